"""One passage rebuilt from its versions in several copies.

``consensus`` picks a pivot, lets ``vote`` settle every token, puts back words
only some copies kept, and drops closing sentences most copies do not share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from .align import _edits
from .tidy import _tidy
from .vote import _inside, _restorable, _vote
from .words import _SENTENCE_END, _TERMINAL, _damage, _words

# Alignment units: an HTML entity or tag, a word (mojibake included, so that a
# damaged word is one unit against the clean one) or a mark, each with the white
# space before it: spaces aligned on their own would match between any words.
_TOKEN = re.compile(r"\s*(?:&#?\w+;|</?[a-zA-Z][^>]*>|(?:[ÃÂ].|â€.|\w)+|[^\w\s])|\s+$")
# Closing sentences of a paragraph checked for furniture.
_TAIL_SENTENCES = 3
# Readings compared with each other to pick the first pivot.
_SAMPLE = 5


def consensus(readings: Sequence[str]) -> str:
    """The fullest clean reading of several versions of one passage.

    >>> consensus(["il a dit à Paris.", "il a ditàParis.", "il a dit à Paris ."])
    'il a dit à Paris.'
    >>> consensus(["Il est parti hier soir.", "Il est hier.", "Il est parti hier."])
    'Il est parti hier soir.'

    Damage no other copy is needed for is undone first (``_tidy``). Then a
    majority text: every reading is split into tokens (words, spaces, marks)
    and aligned to a pivot (a complete reading close to the others, then the
    previous majority text, until it no longer changes); each token and each
    gap between tokens takes the reading most copies give there. Then words
    only some readings kept inside a sentence are put back: a dropped link
    loses whole words in one copy, and scraping does not invent words. Text
    one copy adds after the passage's last sentence is not put back, and a
    closing sentence most readings do not share goes: that is where sites
    glue their furniture.
    """
    readings = [_tidy(r) for r in readings if r]
    if not readings:
        return ""
    if len(readings) == 1:
        return readings[0]
    # A leading space makes the first word the same unit as anywhere else.
    tokenized = [_TOKEN.findall(" " + r) for r in readings]
    pivot = _medoid(tokenized)
    for _ in range(4):
        voted = _vote(pivot, tokenized)
        if voted == pivot:
            break
        pivot = voted
    return _drop_unsupported_tail("".join(_restore(pivot, tokenized)).strip(), tokenized)


def _medoid(readings: Sequence[list[str]]) -> list[str]:
    """The first pivot: a complete reading close to the others, with few signs of damage.

    Only a fixed-size sample is compared, so the cost stays linear in copies.
    """
    step = max(1, len(readings) // _SAMPLE)
    sample = list(readings[::step][:_SAMPLE])

    def cost(reading: list[str]) -> tuple[bool, float]:
        text = "".join(reading)
        spread = sum(Levenshtein.distance(reading, other) for other in sample)
        return (not _TERMINAL.search(text), spread / len(sample) + 4 * _damage(text))

    return min(sample, key=cost)


def _restore(text: list[str], readings: Sequence[list[str]]) -> list[str]:
    """``text`` with the words back that some readings hold and the majority lost."""
    additions: dict[int, list[str]] = {}
    for reading in readings:
        for tag, i1, _i2, j1, j2 in _edits(text, reading):
            if tag != "insert" or not _inside(text, i1) or not _restorable(reading, j1, j2):
                continue
            added = reading[j1:j2]
            if len("".join(added)) > len("".join(additions.get(i1, []))):
                additions[i1] = added
    if not additions:
        return text
    # Copies aligned a little differently can offer the same words at two
    # gaps: words already there, or already put back, are not added again.
    present = _ngrams(_words("".join(text)), 3)
    for gap in sorted(additions):
        offered = _ngrams(_words("".join(additions[gap])), 3)
        if len(offered & present) * 2 > len(offered):
            del additions[gap]
        else:
            present |= offered
    out: list[str] = []
    for gap, token in enumerate(text):
        out.extend(additions.get(gap, ()))
        out.append(token)
    return out


def _drop_unsupported_tail(text: str, readings: Sequence[list[str]]) -> str:
    """``text`` without closing sentences that most readings do not share.

    Sites glue furniture (``Read more: …``) after a paragraph's last sentence,
    each its own; a copy cut short knows nothing past its end, so voting alone
    cannot settle what ends a paragraph. A closing sentence stays when most
    readings hold at least half of its words (a copy that lost some of them
    still holds the others; other furniture shares only a "the" or a "for"),
    or its first three (a copy cut short in it).
    """
    for _ in range(_TAIL_SENTENCES):
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        if not ends:
            return text
        start = ends[-1]
        last = _words(text[start:])
        if not last:
            return text
        wanted, opening = set(last), tuple(last[:3])
        support = 0
        for reading in readings:
            words = _words("".join(reading))
            if len(wanted & set(words)) * 2 >= len(wanted) or opening in _ngrams(words, 3):
                support += 1
        if support * 2 > len(readings):
            return text
        text = text[:start].rstrip()
    return text


def _ngrams(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[k : k + size]) for k in range(max(1, len(words) - size + 1))}
