"""Input and output shared by the JSON Lines commands (not a command itself)."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from newsfix.text.jsonl import Handler, process


def run(command: BaseCommand, path: str, handle: Handler) -> None:
    """Read ``path`` (``-`` is stdin) as bytes, answer every line, fail at the end on errors.

    Bytes in, so that one line with bad UTF-8 is reported alone instead of
    stopping the whole read; UTF-8 out whatever the locale says.
    """
    out: Any = command.stdout._out if hasattr(command.stdout, "_out") else command.stdout
    if out is sys.stdout and hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    if path == "-":
        errors = process(sys.stdin.buffer, out, handle)
    else:
        try:
            with open(path, "rb") as stream:
                errors = process(stream, out, handle)
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from None
    out.flush()
    if errors:
        raise CommandError(f"{errors} line(s) could not be processed; see the error objects")
