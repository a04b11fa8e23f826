"""Load the demo: two users and a set of damaged articles. Safe to run again."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from newsfix import analysis
from newsfix.models import Article, Source, Story

DEMO_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "demo_articles.jsonl"
DEMO_USERS = [("editor", "editors", False), ("admin", "admins", True)]


class Command(BaseCommand):
    help = "Create the demo users (password = user name) and demo articles. Needs DEBUG on."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "The demo loader creates users whose password is their name: "
                "it only runs with DEBUG=1, never on a production database."
            )
        with transaction.atomic():
            users = self._users()
            created = self._articles()
        self.stdout.write(
            f"Demo ready: {users} new user(s), {created} new article(s) "
            f"({Article.objects.count()} in all)."
        )

    def _users(self) -> int:
        created = 0
        User = get_user_model()
        for name, group, staff in DEMO_USERS:
            user, is_new = User.objects.get_or_create(username=name, defaults={"is_staff": staff})
            if is_new:
                user.set_password(name)
                user.save()
                created += 1
            user.groups.add(Group.objects.get(name=group))
        return created

    def _articles(self) -> int:
        new_articles = []
        stories: dict[str, Story] = {}
        for line in DEMO_FILE.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if Article.objects.filter(url=row["url"]).exists():
                continue
            source, _ = Source.objects.get_or_create(
                name=row["site"], defaults={"domain": row["site"]}
            )
            story = None
            if row.get("story"):
                story = (
                    stories.get(row["story"])
                    or Story.objects.filter(key=f"demo-{row['story']}").first()
                )
                if story is None:
                    story = Story.objects.create(key=f"demo-{row['story']}", title=row["title"])
                stories[row["story"]] = story
            new_articles.append(
                Article.objects.create(
                    title=row["title"],
                    url=row["url"],
                    raw_text=row["text"],
                    language=row["language"],
                    source=source,
                    story=story,
                )
            )
        for article in new_articles:
            analysis.analyse(article)
        analysis.refresh_source_summaries({a.source_id for a in new_articles})
        return len(new_articles)
