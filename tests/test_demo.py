"""The demo loader: idempotent, and never in production."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsfix.models import Article, Story, User


def test_it_refuses_to_run_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only runs with DEBUG=1"):
        call_command("demo")
    assert not User.objects.exists()


def test_it_loads_users_and_damaged_articles_once(db, settings):
    settings.DEBUG = True
    call_command("demo")
    call_command("demo")
    assert Article.objects.count() >= 12
    assert set(Article.objects.values_list("language", flat=True)) == {"fr", "en"}
    assert User.objects.filter(username__in=["editor", "admin"]).count() == 2
    assert User.objects.get(username="editor").check_password("editor")
    assert User.objects.get(username="admin").has_perm("newsfix.add_importbatch")
    copies = Story.objects.filter(articles__isnull=False).distinct()
    assert any(story.articles.count() >= 2 for story in copies)
