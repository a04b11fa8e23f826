"""``manage.py flag [FILE|-]``: every defect of each article, as JSON Lines."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from newsfix.text import scan
from newsfix.text.jsonl import language_of, title_of

from ._io import add_arguments, run


def flag_article(article: dict[str, Any]) -> dict[str, Any]:
    flags = scan(article["text"], title=title_of(article), language=language_of(article))
    return {"flags": [f.as_dict() for f in flags]}


class Command(BaseCommand):
    help = "Flag scraping damage in articles read as JSON Lines (FILE or - for stdin)."
    # Runs on files alone: no database, no system checks, before migrate.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        run(self, options["file"], flag_article, options["jobs"])
