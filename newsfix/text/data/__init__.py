"""Language data as plain text files: one entry per line, ``#`` starts a comment."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Entries of ``data/<name>.txt``, stripped, without blanks and comments."""
    path = _HERE / f"{name}.txt"
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return tuple(lines)


@cache
def load_words(name: str) -> frozenset[str]:
    """Entries of ``data/<name>.txt`` as a lower-cased set."""
    return frozenset(line.lower() for line in load_lines(name))
