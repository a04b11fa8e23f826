"""A row as a reader delivers it: the fields found at a place in a file, or what is wrong there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

EXCERPT_CHARS = 120


@dataclass(slots=True)
class Row:
    """``fields`` when the row could be read, else ``problem`` (a reason for a person)."""

    line: int
    fields: dict[str, Any] | None = None
    problem: str | None = None
    excerpt: str = ""
    member: str = ""
    raw_html: str = field(default="", repr=False)


# NUL and lone surrogates (undecodable bytes, bad escapes) cannot be stored.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """``text`` with what a database refuses replaced by U+FFFD."""
    return UNSTORABLE.sub("\ufffd", text)


def excerpt(text: str) -> str:
    """A short, storable piece of a bad row so a person can find it."""
    return storable(text.strip()[:EXCERPT_CHARS])
