"""A text analysed once and shared by every check.

Checks must not re-tokenise: paragraphs, sentences and word tokens are computed
lazily on first use and then cached on the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from . import language as _language
from .data import load_words

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_MATCH_SPAN = re.Match.span
_TOKEN = re.compile(r"\w+(?:[’'-]\w+)*", re.UNICODE)
# Spans no check may judge as prose: web and e-mail addresses, hashtags, handles.
_PROTECTED = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>«»“”\"]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@#])[#@]\w+",
    re.IGNORECASE,
)
# Bare domain names ("lemonde.fr/international"), found from their ending,
# which is much cheaper than trying every word as the start of one. The
# pattern opens on the dot and looks behind it for the word character: one
# that opens on a literal is searched for by a fast scan, one that opens on a
# look-behind is tried at every position.
_DOMAIN_END = re.compile(
    r"\.(?<=\w\.)(?:com|org|net|fr|be|ch|ca|uk|eu|io|info|gov|edu)\b(?:/[^\s<>«»“”\"]*)?"
)
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
# A sentence ends at . ! ? or … (optionally followed by closing quotes or
# brackets) when whitespace or the paragraph's end follows. One branch, not
# two: a pattern that opens on a character class is searched for by a fast scan.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’)\]]*(?=\s|$)")
# "« Oui. » Il part.": a spaced closing mark ends the quotation the sentence opened.
_SPACED_CLOSER = re.compile(r"[ \u00a0\u202f][»”](?=\s|$)")
_CLOSERS = frozenset("»”")


class Span(NamedTuple):
    """A stretch of the text, ``text[start:end]``. A named tuple because
    documents make hundreds of thousands of them and tuples are cheap."""

    start: int
    end: int


@dataclass
class Document:
    text: str
    title: str | None = None
    language: str | None = None
    _lang: str = field(init=False, repr=False)
    # Findings one check computes and another reuses (e.g. which paragraphs
    # are furniture), so no work is done twice per document.
    memo: dict = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        if self.language not in _language.LANGUAGES:
            self.language = _language.detect(self.text)

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Non-empty paragraphs (split on line breaks), without surrounding white space."""
        spans = []
        pos = 0
        for match in _PARAGRAPH_BREAK.finditer(self.text):
            spans.append(_strip(self.text, pos, match.start()))
            pos = match.end()
        spans.append(_strip(self.text, pos, len(self.text)))
        return [s for s in spans if s.end > s.start]

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences within paragraphs; abbreviations (``M.``, ``e.g.``) do not end one."""
        abbreviations = load_words("abbreviations")
        text = self.text
        spans = []
        for para in self.paragraphs:
            start = para.start
            for match in _SENTENCE_END.finditer(text, para.start, para.end):
                mark_start, end = match.span()
                if end - mark_start == 1 and text[mark_start] == ".":
                    word_start = text.rfind(" ", para.start, mark_start) + 1
                    word = text[max(word_start, para.start) : mark_start]
                    if word.lower().strip("(«“\"'") in abbreviations or (
                        len(word) == 1 and word.isupper()
                    ):
                        continue
                # The closer test is a regex: look at the one character it needs first.
                if text[end + 1 : end + 2] in _CLOSERS:
                    closer = _SPACED_CLOSER.match(text, end, para.end)
                    if closer and _quote_open(text[start:end]):
                        end = closer.end()
                spans.append(_strip(text, start, end))
                start = end
            if start < para.end:
                spans.append(_strip(text, start, para.end))
        return [s for s in spans if s.end > s.start]

    @cached_property
    def tokens(self) -> list[Span]:
        """Word tokens (letters and digits, with inner apostrophes and hyphens)."""
        # map() keeps the loop in C: documents have thousands of tokens.
        return list(map(Span._make, map(_MATCH_SPAN, _TOKEN.finditer(self.text))))

    def sentences_in(self, para: Span) -> list[Span]:
        """The sentences of one paragraph, in order."""
        starts = self.sentence_starts
        lo = bisect_right(starts, para.start - 1)
        hi = bisect_right(starts, para.end - 1)
        return self.sentences[lo:hi]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, in order: for bisecting."""
        return [s.start for s in self.sentences]

    def block_span(self, index: int, removed: set[int]) -> tuple[int, int]:
        """The span that deletes paragraph ``index`` and one line break with it.

        Text before the first paragraph that stays goes with the break after
        it; any other paragraph takes the break before it, so deleting every
        paragraph in ``removed`` leaves the others joined exactly as they were.
        """
        paragraphs = self.paragraphs
        para = paragraphs[index]
        if index == 0 or all(i in removed for i in range(index)):
            end = paragraphs[index + 1].start if index + 1 < len(paragraphs) else para.end
            return para.start, end
        start = paragraphs[index - 1].end
        # Trailing blanks of the line before stay with it; the break goes.
        while start < para.start and self.text[start] not in "\r\n":
            start += 1
        return start, para.end

    @cached_property
    def protected(self) -> list[Span]:
        """URLs, e-mail addresses, hashtags and handles, in text order."""
        text = self.text
        spans = []
        if "@" in text or "#" in text or "://" in text or "www." in text:
            spans = [Span(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
        for match in _DOMAIN_END.finditer(text):
            start = match.start()
            while start > 0 and text[start - 1] in _DOMAIN_CHARS:
                start -= 1
            spans.append(Span(start, match.end()))
        spans.sort(key=lambda s: s.start)
        return spans

    @cached_property
    def _protected_starts(self) -> list[int]:
        return [s.start for s in self.protected]

    def is_protected(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` touches a URL, an address, a hashtag or a handle."""
        if not self.protected:
            return False
        i = bisect_right(self._protected_starts, max(start, end - 1)) - 1
        return i >= 0 and self.protected[i].end > start

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]


def _quote_open(sentence: str) -> bool:
    return sentence.count("«") > sentence.count("»") or sentence.count("“") > sentence.count("”")


def _strip(text: str, start: int, end: int) -> Span:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return Span(start, end)  # most spans: nothing to strip
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
