"""Apply the suggestions that are safe without a human."""

from __future__ import annotations

from collections.abc import Iterable

from .flags import Flag

# Kinds whose suggestions may be applied automatically. Truncations, fragments and
# quotes need a person: their text cannot be restored from the copy alone.
SAFE_KINDS = frozenset({"merge_artifact", "boilerplate", "duplicate", "spacing", "encoding"})


def apply_safe(text: str, flags: Iterable[Flag]) -> str:
    """Apply non-overlapping safe suggestions, first come first served."""
    chosen: list[Flag] = []
    last_end = -1
    for flag in sorted(flags, key=lambda f: (f.start, f.end)):
        if flag.kind not in SAFE_KINDS or flag.suggestion is None:
            continue
        if flag.start < last_end:
            continue
        chosen.append(flag)
        last_end = flag.end
    if not chosen:
        return text
    parts = []
    pos = 0
    for flag in chosen:
        parts.append(text[pos : flag.start])
        parts.append(flag.suggestion)
        pos = flag.end
    parts.append(text[pos:])
    return "".join(parts)
