"""The queue in a real browser: a filter swaps the table in place, then "next" opens an article."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from newsfix.models import Article, Source
from tests.published import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _flagged(title: str, source: Source, spacing: int) -> Article:
    article = make_article(source, title=title, text="Le ministre a  parlé.")
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.FLAGGED, open_flags=spacing, flags_spacing=spacing
    )
    return article


def test_an_editor_filters_the_queue_and_opens_the_next_article(page, live_server, login, editor):
    lemonde = Source.objects.create(name="lemonde.example")
    figaro = Source.objects.create(name="figaro.example")
    _flagged("Lightly damaged", lemonde, 1)
    worst = _flagged("Badly damaged", lemonde, 7)
    _flagged("Elsewhere", figaro, 30)
    login(editor)

    page.select_option("select[name=source]", label="lemonde.example")
    expect(page.get_by_role("link", name="Elsewhere")).to_have_count(0)
    expect(page.get_by_role("link", name="Badly damaged")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"source={lemonde.pk}"))

    page.get_by_role("link", name="Next article to fix").click()
    expect(page).to_have_url(re.compile(rf"/articles/{worst.pk}/$"))
