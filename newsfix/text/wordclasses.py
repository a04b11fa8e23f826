"""Words and word classes: what the gap rules read a text with.

A text's words are found once per document, with French elided articles split
off (``l'OTAN`` -> ``l'`` + ``OTAN``), and kept as plain parallel lists, so that
a scan over a long article stays cheap. The classes (articles,
prepositions, finite verbs…) are read once per language from
``data/truncation_<lang>.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import overload

from .data import load_lines
from .document import Document
from .language import zipf

# A word of lower-cased text; an elided article or pronoun is a word of its own
# ("l'" + "otan", "qu'" + "il"), "aujourd'hui" and "peut-être" stay whole.
_WORD = re.compile(r"(?:[ldjmtsnc]|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\w)|\w++(?:['-]\w++)*+")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    lower: str


class WordClasses(dict):
    """The word classes of one language: ``classes["det"]`` is a frozenset of words.

    A class the language lacks is empty.
    """

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        for line in load_lines(f"truncation_{language}"):
            name, _, listed = line.partition(":")
            self[name.strip()] = frozenset(w.replace("’", "'") for w in listed.split())
        self.function = frozenset().union(
            *(self[name] for name in ("det", "det_pron", "prep", "subject", "conj", "possessive"))
        )
        self.after_article = self["det_next"] | self["prep"] | self["conj"] | self["subject"]
        self.bare_starter = self["starter"] - self["det_pron"] - self["det"]
        self.auxiliaries = self["be_forms"] | self["have_forms"] | self["modal"]

    def __missing__(self, name: str) -> frozenset[str]:
        return frozenset()


class Words(Sequence[Word]):
    """The words of a text as parallel lists: lower-case forms, starts and ends.

    Most of a text is passed over by looking at ``lowers`` alone; ``Word``
    objects are made only when a rule asks for one.
    """

    __slots__ = ("after", "ends", "lowers", "starts", "text")

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        # One split gives separators and words in turn, and the offsets are
        # their lengths summed up: no match object per word, no loop in Python.
        parts = _WORD_SPLIT.split(low)
        self.lowers: list[str] = parts[1::2]
        # What separates each word from the next (" ", ", ", "'" …).
        self.after: list[str] = parts[2::2]
        offsets = list(accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]

    def __len__(self) -> int:
        return len(self.lowers)

    @overload
    def __getitem__(self, i: int) -> Word: ...
    @overload
    def __getitem__(self, i: slice) -> list[Word]: ...
    def __getitem__(self, i: int | slice) -> Word | list[Word]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self.lowers)
        start, end = self.starts[i], self.ends[i]
        return Word(start, end, self.text[start:end], self.lowers[i])


def words(doc: Document) -> Words:
    """Word tokens with elided articles split off (``l'OTAN`` -> ``l'`` + ``OTAN``).

    Made once per document: the truncation and fragment checks both read them.
    """
    found = doc.memo.get("words")
    if found is None:
        found = doc.memo["words"] = Words(doc.text, lowered(doc.text))
    return found


def words_between(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]``, cut as ``words`` cuts them."""
    piece = text[start:end]
    return [
        Word(start + m.start(), start + m.end(), piece[m.start() : m.end()], m.group())
        for m in _WORD.finditer(lowered(piece))
    ]


def count_words(text: str, start: int, end: int) -> int:
    """How many words ``words_between`` would give, without making them."""
    return len(_WORD.findall(lowered(text[start:end])))


def lowered(text: str) -> str:
    """``text`` in lower case with curly apostrophes made straight, offsets unchanged."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a rare letter whose lower case is longer
        low = "".join(ch.lower()[:1] for ch in text).replace("’", "'")
    return low


def adjacent(text: str, a: Word, b: Word) -> bool:
    """Only plain spaces separate two words: no punctuation, no quote, no line break."""
    between = text[a.end : b.start]
    return between != "" and between.strip(" ") == ""


def known_word(word: str, language: str) -> bool:
    """A word of the language, not two words glued by the scraper (``donnéesseront``)."""
    return zipf(word, language) >= 1.5
