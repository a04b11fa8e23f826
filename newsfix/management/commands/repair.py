"""``manage.py repair [FILE|-]``: each article with its safe fixes applied, as JSON Lines."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from newsfix.text import repair
from newsfix.text.jsonl import language_of, title_of

from ._io import add_arguments, run


def repair_article(article: dict[str, Any]) -> dict[str, Any]:
    text = repair(article["text"], title=title_of(article), language=language_of(article))
    return {"text": text}


class Command(BaseCommand):
    help = "Apply the safe fixes to articles read as JSON Lines (FILE or - for stdin)."
    # Runs on files alone: no database, no system checks, before migrate.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        run(self, options["file"], repair_article, options["jobs"])
