"""``manage.py reconcile [FILE|-]``: one reconstruction per story from all its copies.

Reads articles as JSON Lines; those sharing a ``group`` are copies of one
story. Prints ``{"group": …, "text": …}`` per group, in the order groups first
appear. An article without a ``group`` is a group of its own, named by its
``id``. A malformed line prints ``{"id": …, "error": …}`` where it stood among
the groups, and the command exits non-zero at the end; the groups are still
all answered.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError

from newsfix.text.jsonl import language_of, read_articles, title_of, write_line
from newsfix.text.reconcile import reconcile


def reconcile_stream(stream: Iterable[str | bytes], out: IO[str]) -> int:
    """Answer every group found in ``stream`` on ``out``; return the number of errors."""
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


class Command(BaseCommand):
    help = (
        "Rebuild each story from its copies: JSON Lines in (FILE or - for stdin), "
        'articles sharing a "group"; one {"group", "text"} line out per group.'
    )
    # Runs on files alone: no database, no system checks, before migrate.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")

    def handle(self, *args: Any, **options: Any) -> None:
        out: Any = getattr(self.stdout, "_out", self.stdout)
        if out is sys.stdout and hasattr(out, "reconfigure"):
            out.reconfigure(encoding="utf-8")
        path = options["file"]
        if path == "-":
            errors = reconcile_stream(sys.stdin.buffer, out)
        else:
            try:
                with open(path, "rb") as stream:
                    errors = reconcile_stream(stream, out)
            except OSError as exc:
                raise CommandError(f"cannot read {path}: {exc.strerror}") from None
        out.flush()
        if errors:
            raise CommandError(
                f"{errors} line(s) or group(s) could not be processed; see the error objects"
            )
