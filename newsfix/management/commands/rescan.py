"""Re-flag stored articles after the text engine improved. Working copies are untouched."""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsfix.models import Article
from newsfix.tasks import analyse_articles

TASK_SIZE = 1000


class Command(BaseCommand):
    help = "Re-flag stored articles (as background tasks) with the current text engine."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="every article")
        which.add_argument(
            "--since", metavar="DATE", help="articles updated since DATE (YYYY-MM-DD)"
        )
        which.add_argument("--source", metavar="NAME", help="articles of one source")

    def handle(self, *args, **options):
        articles = Article.objects.all()
        if options["since"]:
            try:
                day = datetime.date.fromisoformat(options["since"])
            except ValueError:
                raise CommandError(
                    f"--since {options['since']!r}: use a date like 2026-01-31."
                ) from None
            since = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
            articles = articles.filter(updated_at__gte=since)
        elif options["source"]:
            articles = articles.filter(source__name=options["source"])
            if not articles.exists():
                raise CommandError(f"No articles from a source named {options['source']!r}.")
        ids = list(articles.order_by("pk").values_list("pk", flat=True))
        for offset in range(0, len(ids), TASK_SIZE):
            analyse_articles.enqueue(ids[offset : offset + TASK_SIZE], rescan_raw=True)
        tasks = -(-len(ids) // TASK_SIZE)
        self.stdout.write(f"Queued {len(ids)} articles for re-flagging in {tasks} task(s).")
