"""Per-token majority voting of several readings against a pivot, and how ties
between readings are settled."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .align import _edits, _joined, _spaces
from .words import _EDGE_WORDS, _TERMINAL, _damage

_QUOTES = frozenset('«»“”"‘’()')
_MARKUP = re.compile(r"&#?\w+;|</?[a-zA-Z][^>]*>|Ã.|Â|â€")


def _vote(pivot: list[str], readings: Sequence[list[str]]) -> list[str]:
    """One round of per-token majority voting against ``pivot``.

    A reading that lost whole words (a dropped link, or a copy cut short) does
    not vote on them: it knows nothing there, and counting it would let two
    copies damaged at the same spot in different ways outvote each other.
    """
    count = len(readings)
    # Votes are (tokens, span): what a reading has in place of ``span`` pivot
    # tokens from there (span 0 for an insertion in the gap before a token).
    replaced: dict[int, Counter[tuple[tuple[str, ...], int]]] = {}
    inserted: dict[int, Counter[tuple[tuple[str, ...], int]]] = {}
    covered: Counter[int] = Counter()  # tokens already voted on with an earlier one
    silent: Counter[int] = Counter()  # readings with no say on a token
    silent_gaps: Counter[int] = Counter()
    ended = [bool(_TERMINAL.search("".join(reading[-3:]))) for reading in readings]
    for reading, complete in zip(readings, ended, strict=True):
        # Cut short: the passage ends a sentence in some copy, not in this one,
        # or none ends one and it is longer than a subheading.
        cut_short = not complete and (any(ended) or min(map(len, readings)) > 2 * _EDGE_WORDS)
        if cut_short:
            silent_gaps[len(pivot)] += 1  # a copy cut short knows nothing past its end
        for tag, i1, i2, j1, j2 in _edits(pivot, reading):
            if tag == "insert":
                inserted.setdefault(i1, Counter())[(tuple(reading[j1:j2]), 0)] += 1
            elif tag in ("split", "change"):
                replaced.setdefault(i1, Counter())[(tuple(reading[j1:j2]), i2 - i1)] += 1
                covered.update(range(i1 + 1, i2))
            elif (
                tag == "delete" and (cut_short or _inside(pivot, i2)) and _restorable(pivot, i1, i2)
            ):
                silent.update(range(i1, i2))
                silent_gaps.update(range(i1 + 1, i2 if _inside(pivot, i2) else len(pivot)))
            else:
                for k in range(i1, i2):
                    # replace blocks are one token for one; delete gives nothing.
                    new = (reading[j1 + k - i1],) if j2 > j1 else ()
                    replaced.setdefault(k, Counter())[(new, 1)] += 1
    out: list[str] = []
    resume = 0  # the pivot tokens before this were replaced as a block
    for gap in range(len(pivot) + 1):
        if gap < resume:
            continue
        if gap in inserted:
            choices = inserted[gap]
            choices[((), 0)] += count - silent_gaps[gap] - sum(choices.values())
            added, _ = _winner(choices, out, pivot, gap)
            out.extend(added)
        if gap == len(pivot):
            break
        if gap in replaced:
            choices = replaced[gap]
            keep = count - silent[gap] - covered[gap] - sum(choices.values())
            if keep > 0:
                choices[((pivot[gap],), 1)] += keep
            tokens, span = _winner(choices, out, pivot, gap)
            out.extend(tokens)
            resume = gap + max(1, span)
        else:
            out.append(pivot[gap])
    return out


def _winner(
    votes: Counter[tuple[tuple[str, ...], int]], out: list[str], pivot: list[str], at: int
) -> tuple[tuple[str, ...], int]:
    """The reading most copies give at pivot position ``at``; ties settled by signs of damage."""
    ranked = votes.most_common()
    top = ranked[0][1]
    tied = [reading for reading, n in ranked if n == top]
    if len(tied) == 1:
        return tied[0]
    left = "".join(out[-6:])
    gap = all(span == 0 for _, span in tied)
    default = ((), 0) if gap else ((pivot[at],), 1)
    keeps_text = ((), 1) in tied and default in tied and _content(default[0])

    # Ties (two copies, or three that all differ): a reading that fills a gap
    # inside the passage, splits a glued word or keeps a word or mark another
    # copy lost (scraping loses text, it does not add it), then the one with
    # fewer signs of damage in its context, else the pivot's.
    def rank(option: tuple[tuple[str, ...], int]) -> tuple:
        tokens, span = option
        text = "".join(tokens)
        right = "".join(pivot[at + span : at + span + 6])
        inside = _inside(pivot, at + span)
        if gap:
            preferred = inside and _fills(left, text, right)
        else:
            replaced = tuple(pivot[at : at + span])
            preferred = (
                (inside and _splits(tokens, replaced))
                or _adds_quote(tokens, replaced)
                or (keeps_text and option == default)
            )
        return (not preferred, _damage(left + text + right), option != default, option)

    return min(tied, key=rank)


def _content(tokens: tuple[str, ...]) -> bool:
    """Words or marks, not white space or markup."""
    return any(t.strip() and not _MARKUP.fullmatch(t.strip()) for t in tokens)


def _splits(reading: tuple[str, ...], default: tuple[str, ...]) -> bool:
    """``reading`` is ``default`` with spaces put back into a glued word."""
    return _spaces(reading) > _spaces(default) and _joined(reading) == _joined(default)


def _adds_quote(reading: tuple[str, ...], default: tuple[str, ...]) -> bool:
    """``reading`` is ``default`` with a quote mark or bracket another copy lost."""
    mine = _joined(reading)
    bare = "".join(c for c in mine if c not in _QUOTES)
    return len(bare) < len(mine) and bare == "".join(
        c for c in _joined(default) if c not in _QUOTES
    )


def _fills(left: str, added: str, right: str) -> bool:
    if added.strip() in _QUOTES and added.strip():
        return True  # copies lose quote marks, they do not invent them
    return _restorable([left, added, right], 1, 2)


def _inside(tokens: list[str], at: int) -> bool:
    """Some text of the passage follows position ``at``."""
    return any(not t.isspace() for t in tokens[at:])


def _restorable(tokens: Sequence[str], start: int, end: int) -> bool:
    """``tokens[start:end]`` are whole words of body text, not a damaged spot."""
    added = "".join(tokens[start:end])
    if not any(c.isalnum() for c in added) or not any(c.isspace() for c in added):
        return False
    before = "".join(tokens[max(0, start - 3) : start])
    after = "".join(tokens[end : end + 3])
    if before[-1:].isalnum() and added[0].isalnum() or after[:1].isalnum() and added[-1].isalnum():
        return False
    return not _MARKUP.search(before[-8:] + added + after[:8])
