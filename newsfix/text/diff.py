"""What changed between two texts, word by word, for display.

The texts are cut into words, runs of white space and single punctuation marks
so that a change reads as whole words struck out and put in, not as scattered
letters. rapidfuzz's Levenshtein opcodes align the two token lists; a
replacement is shown as a deletion followed by an insertion.

    >>> [(s.op, s.text) for s in diff("Il vint aprèsMoscou.", "Il vint après Moscou.")]
    [('equal', 'Il vint '), ('delete', 'aprèsMoscou'), ('insert', 'après Moscou'), ('equal', '.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text that is the same in both texts, only in the new one, or only in the old."""

    op: str
    text: str


def tokens(text: str) -> list[str]:
    """Words, white-space runs and single other characters; joined they give ``text`` back."""
    return _TOKEN.findall(text)


def _common_prefix(a: list[str], b: list[str]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: list[str], b: list[str], prefix: int) -> int:
    n = min(len(a), len(b)) - prefix
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i


def diff(old: str, new: str) -> list[Segment]:
    """The segments that turn ``old`` into ``new``: adjacent segments never share an op.

    Joining the equal and delete segments gives ``old``; equal and insert give ``new``.
    """
    if old == new:
        return [Segment(EQUAL, old)] if old else []
    a, b = tokens(old), tokens(new)
    # An edit usually touches a small part of a long article: align only the middle.
    head = _common_prefix(a, b)
    tail = _common_suffix(a, b, head)
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]

    raw: list[tuple[str, str]] = [(EQUAL, "".join(a[:head]))]
    for tag, a0, a1, b0, b1 in Levenshtein.opcodes(mid_a, mid_b):
        if tag == EQUAL:
            raw.append((EQUAL, "".join(mid_a[a0:a1])))
            continue
        if tag in (DELETE, "replace"):
            raw.append((DELETE, "".join(mid_a[a0:a1])))
        if tag in (INSERT, "replace"):
            raw.append((INSERT, "".join(mid_b[b0:b1])))
    raw.append((EQUAL, "".join(a[len(a) - tail :])))
    return _merge(raw)


def _merge(raw: list[tuple[str, str]]) -> list[Segment]:
    """Join neighbours, drop empty pieces: between equal runs, one deletion then one insertion.

    So a change reads as "this became that", however the alignment split it.
    """
    out: list[Segment] = []
    pending = {DELETE: [], INSERT: []}

    def flush() -> None:
        for op in (DELETE, INSERT):
            if pending[op]:
                out.append(Segment(op, "".join(pending[op])))
                pending[op] = []

    for op, text in raw:
        if not text:
            continue
        if op != EQUAL:
            pending[op].append(text)
            continue
        flush()
        if out and out[-1].op == EQUAL:
            out[-1] = Segment(EQUAL, out[-1].text + text)
        else:
            out.append(Segment(EQUAL, text))
    flush()
    return out


def changed(segments: list[Segment]) -> bool:
    """Whether the segments hold any insertion or deletion."""
    return any(segment.op != EQUAL for segment in segments)


def stats(segments: list[Segment]) -> dict[str, int]:
    """How many words were inserted and deleted."""
    counts = {INSERT: 0, DELETE: 0}
    for segment in segments:
        if segment.op in counts:
            counts[segment.op] += len(re.findall(r"\w+", segment.text))
    return counts
