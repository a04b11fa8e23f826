"""A row as a reader delivers it: the fields found at a place in a file, or what is wrong there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .encoding import UNDECODABLE

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


def excerpt(text: str) -> str:
    """A short, storable piece of a bad row so a person can find it."""
    short = text.strip()[:EXCERPT_CHARS]
    return short.replace(UNDECODABLE, "\ufffd").replace("\x00", "")
