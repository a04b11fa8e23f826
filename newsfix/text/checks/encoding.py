"""Text that went through the wrong decoder or kept its HTML: mojibake
(``Ã©`` for ``é``), character entities (``&eacute;``, ``&#8217;``,
``&nbsp;``), leftover tags (``<br>``, ``</p>``) and control characters.

    >>> from newsfix.text.document import Document
    >>> [(f.start, f.end, f.suggestion) for f in check(Document("Il a Ã©tÃ© élu.<br>"))]
    [(5, 10, 'été'), (15, 19, '')]

A real one: ``la convention dÃ©mocrate`` becomes ``la convention démocrate``.

Mojibake is repaired by ftfy, asked only about words a cheap test finds
suspicious, with curly quotes kept as they are. A ``&nbsp;`` becomes a plain
space, as the scraped page meant a word gap. A tag between two words becomes
one space; at the edge of a line it goes. Known limits: mojibake that ftfy
cannot undo (bytes lost on the way) is not flagged; only common HTML tag names
count as tags, so ``<3`` or ``a < b`` are left alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ..document import Document
from ..flags import Flag

KIND = "encoding"

# Characters that UTF-8 read as Windows-1252 or Latin-1 leaves behind: a lead
# byte shown as Ã Â Å Ä Ð â, then a continuation byte shown as one of the
# characters 0x80–0xBF map to. Clean French and English almost never has
# these pairs, so ftfy is only asked about words that contain them.
# The lead byte comes first, outside the alternatives, so that the regex
# engine finds candidates by a fast scan for it.
_SUSPECT = re.compile(
    "[ÃÂÅÄÐâ](?:[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026"
    "\u2030\u2039\u203a\u20ac\u2122]"
    # "Ã " is "à" whose no-break space became a plain one on the way.
    "|(?<=Ã)(?= ))"
)
# Mojibake stays inside a word, but its pieces are not all word characters.
_WORD_EDGE = frozenset(' \t\n\r,.;:!?«»“”"()[]<>')
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|br|caption|center|div|em|figcaption|figure|font|"
    "h[1-6]|hr|i|iframe|img|li|nav|noscript|ol|p|picture|script|section|small|source|"
    "span|strong|style|sub|sup|table|tbody|td|th|thead|tr|u|ul|video"
)
# One or more tags in a row, with the plain spaces around them.
_TAGS = re.compile(
    rf"[ \t]*(?:</?(?:{_TAG_NAMES})(?:\s[^<>]*)?/?>[ \t]*)+",
    re.IGNORECASE,
)
_CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+")
_SPACES = frozenset("\u00a0\u2002\u2003\u2009\u202f")


def check(doc: Document) -> Iterator[Flag]:
    text = doc.text
    taken: list[tuple[int, int]] = []
    if _SUSPECT.search(text):
        yield from _mojibake(text, taken)
    if "&" in text:
        for match in _ENTITY.finditer(text):
            if _inside(match.start(), taken):
                continue
            decoded = html.unescape(match.group())
            if decoded == match.group():
                continue
            if decoded in _SPACES:
                decoded = " "
            yield Flag(KIND, match.start(), match.end(), "HTML entity left in the text", decoded)
    if "<" in text:
        for match in _TAGS.finditer(text):
            start, end = match.span()
            before = text[start - 1 : start] if start else ""
            after = text[end : end + 1]
            between_words = before not in ("", "\n", "\r") and after not in ("", "\n", "\r")
            yield Flag(KIND, start, end, "HTML tag left in the text", " " if between_words else "")
    for match in _CONTROL.finditer(text):
        if _inside(match.start(), taken):
            continue
        yield Flag(KIND, match.start(), match.end(), "control character in the text", "")


def garbled(text: str) -> bool:
    """Whether ``text`` holds a pair of characters that mojibake leaves behind."""
    return _SUSPECT.search(text) is not None


def _mojibake(text: str, taken: list[tuple[int, int]]) -> Iterator[Flag]:
    from ftfy import fix_encoding  # imported only when a text needs it

    end = -1
    for match in _SUSPECT.finditer(text):
        if match.start() < end:
            continue
        start = match.start()
        while start > 0 and text[start - 1] not in _WORD_EDGE:
            start -= 1
        end = match.end()
        while end < len(text) and (
            text[end] not in _WORD_EDGE
            or (text[end] in "\u00a0 " and text[end - 1] == "Ã")
            or (text[end] in "“”‘’" and text[end - 1] == "€")  # "â€“" is a dash
        ):
            end += 1
        word = text[start:end]
        if word[-2:] in ("Ã ", "Ã\u00a0") and text[end : end + 1] == " ":
            # "Ã" plus the no-break space of "à", then the real word gap.
            fixed = fix_encoding(word[:-1] + "\u00a0")
        else:
            fixed = fix_encoding(word)
        if fixed != word:
            taken.append((start, end))
            yield Flag(KIND, start, end, "mis-decoded characters (mojibake)", fixed)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)
