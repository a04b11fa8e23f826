"""Input and output shared by the JSON Lines commands (not a command itself)."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from newsfix.text import warm_up
from newsfix.text.jsonl import Handler, process

# Big files are shared among worker processes; below this size starting them
# costs more than it saves.
PARALLEL_FROM_BYTES = 2_000_000


def jobs_for(path: str, requested: int | None) -> int:
    """How many processes to use: as asked, else one per CPU (up to 8) for big files."""
    if requested is not None:
        return max(1, requested)
    if path == "-":
        return 1
    try:
        size = os.path.getsize(path)
    except OSError:
        return 1
    return min(8, os.cpu_count() or 1) if size >= PARALLEL_FROM_BYTES else 1


def add_arguments(parser: Any) -> None:
    parser.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="worker processes (default: one per CPU for files of 2 MB or more, else 1)",
    )


def run(command: BaseCommand, path: str, handle: Handler, jobs: int | None = None) -> None:
    """Read ``path`` (``-`` is stdin) as bytes, answer every line, fail at the end on errors.

    Bytes in, so that one line with bad UTF-8 is reported alone instead of
    stopping the whole read; UTF-8 out whatever the locale says.
    """
    out: Any = command.stdout._out if hasattr(command.stdout, "_out") else command.stdout
    if out is sys.stdout and hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    jobs = jobs_for(path, jobs)
    if jobs > 1:
        warm_up()  # workers are forked: they start with the word lists loaded
    if path == "-":
        errors = process(sys.stdin.buffer, out, handle, jobs)
    else:
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below, after the answers
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from None
        with stream:
            errors = process(stream, out, handle, jobs)
    out.flush()
    if errors:
        raise CommandError(f"{errors} line(s) could not be processed; see the error objects")
