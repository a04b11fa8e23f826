"""Words and word classes: what the gap rules read a text with.

A text's words come from the document's tokens, with French elided articles
split off (``l'OTAN`` -> ``l'`` + ``OTAN``) and kept as plain parallel lists, so
that a scan over a long article stays cheap. The classes (articles,
prepositions, finite verbs…) are read once per language from
``data/truncation_<lang>.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

import wordfreq

from .data import load_lines
from .document import Document

# An elided article or pronoun glued to its word: "l'OTAN", "qu'il", "d'après".
_ELISION = re.compile(r"(?:[ldjmtsnc]|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\w)")


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
    """The words of a text as parallel lists; ``Word`` objects are made only when asked for.

    Most of a text is passed over by looking at ``lowers`` alone, which keeps the
    scan cheap.
    """

    __slots__ = ("ends", "lowers", "starts", "text")

    def __init__(self, text: str, starts: list[int], ends: list[int], lowers: list[str]) -> None:
        self.text, self.starts, self.ends, self.lowers = text, starts, ends, lowers

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Word: ...
    @overload
    def __getitem__(self, i: slice) -> list[Word]: ...
    def __getitem__(self, i: int | slice) -> Word | list[Word]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self.starts)
        start, end = self.starts[i], self.ends[i]
        return Word(start, end, self.text[start:end], self.lowers[i])


def words(doc: Document) -> Words:
    """Word tokens with elided articles split off (``l'OTAN`` -> ``l'`` + ``OTAN``)."""
    text = doc.text
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a rare letter whose lower case is longer
        low = "".join(ch.lower()[:1] for ch in text).replace("’", "'")
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    lowers = [low[t.start : t.end] for t in tokens]
    if "'" in low:
        starts, ends, lowers = _split_elisions(starts, ends, lowers)
    return Words(text, starts, ends, lowers)


def _split_elisions(
    starts: list[int], ends: list[int], lowers: list[str]
) -> tuple[list[int], list[int], list[str]]:
    elided = [k for k, low in enumerate(lowers) if "'" in low and _ELISION.match(low)]
    if not elided:
        return starts, ends, lowers
    out_starts, out_ends, out_lowers = [], [], []
    done = 0
    for k in elided:
        out_starts += starts[done:k]
        out_ends += ends[done:k]
        out_lowers += lowers[done:k]
        cut = _ELISION.match(lowers[k]).end()
        if cut < len(lowers[k]):
            out_starts += (starts[k], starts[k] + cut)
            out_ends += (starts[k] + cut, ends[k])
            out_lowers += (lowers[k][:cut], lowers[k][cut:])
            done = k + 1
        else:
            done = k
    out_starts += starts[done:]
    out_ends += ends[done:]
    out_lowers += lowers[done:]
    return out_starts, out_ends, out_lowers


def adjacent(text: str, a: Word, b: Word) -> bool:
    """Only plain spaces separate two words: no punctuation, no quote, no line break."""
    between = text[a.end : b.start]
    return between != "" and between.strip(" ") == ""


@lru_cache(maxsize=1 << 16)
def known_word(word: str, language: str) -> bool:
    """A word of the language, not two words glued by the scraper (``donnéesseront``)."""
    return wordfreq.zipf_frequency(word, language) >= 1.5
