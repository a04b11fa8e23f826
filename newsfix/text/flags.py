"""The one thing every check returns: a defect with its exact span."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Flag:
    """A defect found in a text.

    ``start``/``end`` are code-point offsets into the scanned text, end
    exclusive. ``suggestion`` is the replacement for ``text[start:end]`` when
    one is safe to apply without a human (``""`` deletes), else ``None``.
    """

    kind: str
    start: int
    end: int
    message: str
    suggestion: str | None = None

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
        }
