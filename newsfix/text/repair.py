"""Apply the suggestions that are safe without a human."""

from __future__ import annotations

from collections.abc import Iterable

from .flags import Flag

# Kinds whose suggestions may be applied automatically. Truncations, fragments and
# quotes need a person: their text cannot be restored from the copy alone.
SAFE_KINDS = frozenset({"merge_artifact", "boilerplate", "duplicate", "spacing", "encoding"})


def apply_safe(text: str, flags: Iterable[Flag]) -> str:
    """Apply non-overlapping safe suggestions; overlapping deletions join into one.

    Two deletions that share a line break (furniture right after a repeated
    headline) delete their union. Any other overlap keeps the first finding
    only. A text that would lose everything is left as it is: that is a
    judgement for an editor.
    """
    chosen: list[tuple[int, int, str]] = []
    for flag in sorted(flags, key=lambda f: (f.start, -f.end)):
        if flag.kind not in SAFE_KINDS or flag.suggestion is None:
            continue
        if chosen and flag.start < chosen[-1][1]:
            start, end, suggestion = chosen[-1]
            if suggestion == "" and flag.suggestion == "":
                chosen[-1] = (start, max(end, flag.end), "")
            continue
        chosen.append((flag.start, flag.end, flag.suggestion))
    if not chosen:
        return text
    parts = []
    pos = 0
    for start, end, suggestion in chosen:
        parts.append(text[pos:start])
        parts.append(suggestion)
        pos = end
    parts.append(text[pos:])
    repaired = "".join(parts)
    return repaired if repaired.strip() or not text.strip() else text
