"""The furniture vocabulary: patterns for French and English, and their cheap triggers.

``data/furniture_*.txt`` hold regular expressions (share buttons, pitches,
related links…). Matching all of them on every sentence would be slow, so
each pattern also gives the literal word it starts with (its trigger): a
sentence with no word starting like a trigger cannot match.

    >>> "abonn" in triggers()
    True
    >>> bool(pattern().search("Abonnez-vous à notre newsletter"))
    True

Limits: a pattern that opens on a common word ("à", "the") is triggered by
its next literal word instead; a pattern opening on a character class has a
trigger that never fires, so it is only found once something else triggers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .data import load_lines

# Words too common to stand for a furniture pattern when judging cheaply
# whether a sentence is worth the full look; the next word stands instead.
_COMMON_STARTS = frozenset(
    "à a en ne se les le la sur dans pour plus même cet vous politique temps mot données "
    "mentions de all up ad top more most the this you we your our post may might think "
    "at ce cette d in is of on to un une was que not have nos notre votre vos tout "
    "make full will what l' avez faire faites chaque petit avec derniers dernières".split()
)


@cache
def pattern() -> re.Pattern[str]:
    """Every pattern, case-insensitive: the plain form of the vocabulary.

    ``search``, ``match`` and ``count`` below give the same answers faster
    (and read a curly apostrophe as the straight one the lists use).
    """
    patterns = load_lines("furniture_en") + load_lines("furniture_fr")
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


@cache
def _lower_case_pattern() -> re.Pattern[str]:
    """The vocabulary for lower-cased text, as alternatives grouped by first letter.

    The patterns are lower case, so on lower-cased text they need no
    case-insensitive matching. Each pattern is written out as alternatives
    that open on a plain letter (``(?:à )?lire`` gives ``à lire`` and
    ``lire``), grouped by that letter: the regex engine then rejects a group
    on one character, and at each word it tries a few alternatives instead
    of hundreds. The alternatives keep their order, so the matches are the
    same.
    """
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for line in load_lines("furniture_en") + load_lines("furniture_fr"):
        for alternative in _opening_on_letters(line):
            first, quantified = alternative[:1], alternative[1:2] in ("?", "*", "+", "{")
            if first.isalpha() and not quantified and len(_split_alternatives(alternative)) == 1:
                by_letter.setdefault(first, []).append(alternative[1:])
            else:
                others.append(alternative)
    grouped = [f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in by_letter.items()]
    return re.compile(r"(?<!\w)(?:" + "|".join(grouped + others) + r")(?!\w)")


def _opening_on_letters(pattern: str, depth: int = 0) -> list[str]:
    """``pattern`` as alternatives, in order, with its opening group written out."""
    if depth > 3 or not pattern.startswith("(?:"):
        return [pattern]
    close = _group_end(pattern)
    rest = pattern[close + 1 :]
    optional = rest.startswith("?") and not rest.startswith(("??", "?+"))
    if optional:
        rest = rest[1:]
    elif rest[:1] in ("*", "+", "{", "?"):
        return [pattern]
    found = []
    for alternative in _split_alternatives(pattern[3:close]):
        found += _opening_on_letters(alternative + rest, depth + 1)
    if optional:  # greedy: with the group first, then without it
        found += _opening_on_letters(rest, depth + 1)
    return found


def _group_end(pattern: str) -> int:
    """Where the group opening ``pattern`` closes."""
    for i, ch, depth in _structure(pattern):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced pattern: {pattern}")


def _class_end(pattern: str, start: int) -> int:
    """Where the character class opening at ``start`` closes: a "]" first in
    the class ("[]…]", "[^]…]") or escaped ("[\\]]") is one of its characters."""
    i = start + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``."""
    parts: list[str] = []
    start = 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` that is not escaped nor in a class, with
    its offset and the depth of groups around it (counted after it)."""
    depth = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i) + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        yield i, ch, depth
        i += 1


def _prepared(unit: str) -> tuple[re.Pattern[str], str]:
    # The lists write the apostrophe straight; copy has it curly as often.
    straight = unit.replace("’", "'")
    lowered = straight.lower()
    # Lower-casing may lengthen a letter ("İ"); offsets must stay the unit's.
    if len(lowered) != len(unit):
        return pattern(), straight
    return _lower_case_pattern(), lowered


def search(unit: str) -> re.Match[str] | None:
    """The first furniture word or phrase in ``unit`` (offsets are ``unit``'s)."""
    regex, text = _prepared(unit)
    return regex.search(text)


def match(unit: str) -> re.Match[str] | None:
    """A furniture word or phrase at the very start of ``unit``."""
    regex, text = _prepared(unit)
    return regex.match(text)


def count(unit: str) -> int:
    """How many furniture words and phrases ``unit`` holds (without overlaps)."""
    regex, text = _prepared(unit)
    return len(regex.findall(text))


@cache
def triggers() -> tuple[str, ...]:
    """Literal starts of the vocabulary's patterns: a unit with no word starting
    like one cannot match, and testing that is far cheaper than the regex."""
    starts: list[str] = []
    for pattern in load_lines("furniture_en") + load_lines("furniture_fr"):
        starts.extend(_literal_starts(pattern))
    return tuple(sorted(set(starts)))


def _literal_starts(pattern: str) -> list[str]:
    literal = ""
    for i, ch in enumerate(pattern):
        if ch in "\\()[]{}|.*+?^$" or pattern[i + 1 : i + 2] in ("?", "*", "{"):
            break
        literal += ch
    words = literal.lower().split(" ")
    for word in words:
        if word and word not in _COMMON_STARTS:
            return [word]  # "à découvrir": "à" is in every French sentence
    rest = pattern[len(literal) :]
    if rest.startswith("(?:"):
        depth, close = 0, len(rest) - 1
        for i, ch in enumerate(rest):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                close = i
                break
        alternatives = _split_alternatives(rest[3:close])
        after = rest[close + 1 :]
        if after.startswith("?"):
            tail = after[1:].lstrip()
            if tail:
                return _literal_starts(tail)
            return [s for alt in alternatives for s in _literal_starts(alt)]
        return [s for alt in alternatives for s in _literal_starts(alt + after)]
    first = next((w for w in words if w), "")
    return [first or pattern[:1].lower()]


@cache
def trigger_keys() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    starts = triggers()
    short = frozenset(t for t in starts if len(t) < 4)
    by_prefix: dict[str, tuple[str, ...]] = {}
    for trigger in starts:
        if len(trigger) >= 4:
            by_prefix[trigger[:4]] = (*by_prefix.get(trigger[:4], ()), trigger)
    return short, by_prefix
