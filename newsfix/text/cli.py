"""The engine's command line: ``flag``, ``repair`` and ``reconcile`` over JSON Lines.

    python manage.py flag articles.jsonl > flags.jsonl

They read a file (or ``-``, standard input) and write one answer per line;
no settings, no database. ``manage.py`` hands them to ``main`` without
starting Django, so a run waits for no start-up but the engine's own; the
Django commands of the same names call ``run`` too (``call_command``,
``manage.py help``). A bad line gets an error object in its place and the
process exits non-zero at the end, after answering every other line.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterable
from typing import IO, Any

from . import repair, scan, warm_up
from .jsonl import Handler, language_of, process, read_articles, title_of, write_line
from .reconcile import reconcile

HELP = {
    "flag": "Flag scraping damage in articles read as JSON Lines (FILE or - for stdin).",
    "repair": "Apply the safe fixes to articles read as JSON Lines (FILE or - for stdin).",
    "reconcile": (
        "Rebuild each story from its copies: JSON Lines in (FILE or - for stdin), "
        'articles sharing a "group"; one {"group", "text"} line out per group.'
    ),
}

# Big files are shared among worker processes; below this size starting them
# costs more than it saves.
PARALLEL_FROM_BYTES = 2_000_000


class CommandFailed(Exception):
    """What went wrong, for the user to act on; the process exits with status 1."""


def flag_article(article: dict[str, Any]) -> dict[str, Any]:
    flags = scan(article["text"], title=title_of(article), language=language_of(article))
    return {"flags": [f.as_dict() for f in flags]}


def repair_article(article: dict[str, Any]) -> dict[str, Any]:
    text = repair(article["text"], title=title_of(article), language=language_of(article))
    return {"text": text}


HANDLERS: dict[str, Handler] = {"flag": flag_article, "repair": repair_article}


def add_arguments(parser: Any, command: str) -> None:
    """The arguments of ``command`` (an argparse parser, Django's included)."""
    parser.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    if command in HANDLERS:
        parser.add_argument(
            "--jobs",
            type=int,
            default=None,
            help="worker processes (default: one per CPU for files of 2 MB or more, else 1)",
        )


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


def run(command: str, path: str, out: IO[str], jobs: int | None = None) -> None:
    """Answer every line of ``path`` (``-`` is stdin) on ``out``; fail at the end on errors.

    Bytes in, so that one line with bad UTF-8 is reported alone instead of
    stopping the whole read; UTF-8 out whatever the locale says.
    """
    if out is sys.stdout and hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    jobs = jobs_for(path, jobs) if command in HANDLERS else 1
    if jobs > 1:
        warm_up()  # workers are forked: they start with the word lists loaded
        # Out of the collector's sight, the loaded lists stay shared with the
        # workers instead of being copied page by page as it walks them.
        gc.freeze()
    try:
        if path == "-":
            errors = _answer(command, sys.stdin.buffer, out, jobs)
        else:
            try:
                stream = open(path, "rb")  # noqa: SIM115 - closed below, after the answers
            except OSError as exc:
                raise CommandFailed(f"cannot read {path}: {exc.strerror}") from None
            with stream:
                errors = _answer(command, stream, out, jobs)
    finally:
        if jobs > 1:
            gc.unfreeze()  # a long-lived caller (call_command) collects as before
    out.flush()
    if errors:
        what = "line(s) or group(s)" if command == "reconcile" else "line(s)"
        raise CommandFailed(f"{errors} {what} could not be processed; see the error objects")


def _answer(command: str, stream: Iterable[bytes], out: IO[str], jobs: int) -> int:
    if command == "reconcile":
        return reconcile_stream(stream, out)
    return process(stream, out, HANDLERS[command], jobs)


def reconcile_stream(stream: Iterable[str | bytes], out: IO[str]) -> int:
    """One ``{"group", "text"}`` line per story found in ``stream``; the number of errors.

    Articles sharing a ``group`` are copies of one story; groups are answered
    in the order they first appear. An article without a ``group`` is a group
    of its own, named by its ``id``. A malformed line gets ``{"id", "error"}``
    where it stood among the groups.
    """
    plan: list[tuple[str, Any]] = []  # ("error", object) or ("group", key), in input order
    groups: dict[str, tuple[Any, list[dict[str, Any]]]] = {}
    for article, error in read_articles(stream):
        if error is not None:
            plan.append(("error", {"id": article["id"], "error": error}))
            continue
        name = article.get("group")
        if name is None:
            name = article["id"]
            key = "id:" + json.dumps(name, sort_keys=True)
        else:
            key = "group:" + json.dumps(name, sort_keys=True)
        if key not in groups:
            groups[key] = (name, [])
            plan.append(("group", key))
        groups[key][1].append(article)
    errors = 0
    for kind, item in plan:
        if kind == "error":
            errors += 1
            write_line(out, item)
            continue
        name, articles = groups[item]
        try:
            text = reconcile(
                [a["text"] for a in articles],
                titles=[title_of(a) for a in articles],
                languages=[language_of(a) for a in articles],
            )
        except Exception as exc:  # one bad group must not cost the others
            errors += 1
            write_line(out, {"group": name, "error": f"could not be reconciled ({exc})"})
            continue
        write_line(out, {"group": name, "text": text})
    return errors


def main(argv: list[str]) -> int | None:
    """Run ``argv`` (``["flag", "FILE"]``…) as ``manage.py`` would; the exit status.

    ``None`` when ``argv`` holds options only Django knows (``--verbosity``,
    ``--settings``…): the caller then leaves the command to Django.
    """
    command, *args = argv
    parser = argparse.ArgumentParser(prog=f"manage.py {command}", description=HELP[command])
    add_arguments(parser, command)
    options, unknown = parser.parse_known_args(args)
    if unknown:
        return None
    try:
        run(command, options.file, sys.stdout, getattr(options, "jobs", None))
    except CommandFailed as exc:
        print(f"CommandError: {exc}", file=sys.stderr)  # as Django's commands say it
        return 1
    return 0
