"""The queue in a real browser: a filter swaps the table in place, then "next" opens an article."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from newsfix import publishing
from newsfix.models import Article, Source
from tests.published import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _flagged(title: str, source: Source, spacing: int) -> Article:
    article = make_article(source, title=title, text="Le ministre a  parlé.")
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.FLAGGED, open_flags=spacing, flags_spacing=spacing
    )
    return article


def test_an_editor_filters_the_queue_and_opens_the_next_article_by_keyboard(
    page, live_server, login, editor
):
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

    page.keyboard.press("n")
    expect(page).to_have_url(re.compile(rf"/articles/{worst.pk}/$"))


def test_the_queue_and_a_public_page_break_no_content_security_rule(
    page, live_server, login, editor
):
    source = Source.objects.create(name="lemonde.example", flag_counts={"spacing": 4})
    article = make_article(source, title="Publié")
    publishing.publish(article, editor, confirm=True)
    article.refresh_from_db()
    violations = []
    page.on("console", lambda message: violations.append(message.text))
    login(editor)
    page.select_option("select[name=status]", value="published")
    expect(page.get_by_role("link", name="Publié")).to_be_visible()
    page.goto(f"{live_server.url}/p/{article.slug}/")
    expect(page.get_by_role("heading", name="Publié")).to_be_visible()
    assert [text for text in violations if "Content Security Policy" in text] == []
