"""Publish, unpublish, reject and reopen through the web: plain forms and htmx."""

from __future__ import annotations

import pytest
from django.urls import reverse

from newsfix.models import Article, AuditEntry
from newsfix.views.links import editor_url
from tests.published import add_flag, analysed, make_published

Status = Article.Status


@pytest.fixture
def article(article):
    """The shared damaged article, analysed with no flags stored: each test adds its own."""
    return analysed(article)


HTMX = {"HTTP_HX_REQUEST": "true"}


def test_publishing_with_open_flags_shows_them_and_asks_to_confirm(editor_client, article):
    add_flag(article, kind="encoding")
    response = editor_client.post(reverse("publish", args=[article.pk]))
    assert response.status_code == 200
    assert "newsfix/publish_confirm.html" in [t.name for t in response.templates]
    body = response.content.decode()
    assert 'name="confirm" value="1"' in body
    assert "Two spaces" in body
    assert Article.objects.get(pk=article.pk).status == Status.NEW


def test_the_confirmation_over_htmx_is_the_partial_only(editor_client, article):
    add_flag(article)
    response = editor_client.post(reverse("publish", args=[article.pk]), **HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="publish-actions"')
    assert "<html" not in body


def test_confirming_publishes_and_redirects_to_the_editor(editor_client, article):
    add_flag(article)
    response = editor_client.post(reverse("publish", args=[article.pk]), {"confirm": "1"})
    assert response.status_code == 302
    assert response["Location"] == editor_url(article.pk)
    assert Article.objects.get(pk=article.pk).status == Status.PUBLISHED


def test_publishing_over_htmx_answers_with_the_new_buttons(editor_client, article):
    response = editor_client.post(reverse("publish", args=[article.pk]), **HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert reverse("unpublish", args=[article.pk]) in body
    assert Article.objects.get(pk=article.pk).slug in body


@pytest.mark.parametrize(
    ("url_name", "before", "after"),
    [
        ("unpublish", Status.PUBLISHED, Status.IN_REVIEW),
        ("reject", Status.FLAGGED, Status.REJECTED),
        ("reopen", Status.REJECTED, Status.FLAGGED),
    ],
)
def test_each_move_changes_the_status_and_is_audited(
    editor_client, editor, article, url_name, before, after
):
    article.status = before
    article.save()
    response = editor_client.post(reverse(url_name, args=[article.pk]), {"reason": "because"})
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).status == after
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.detail) == (url_name, editor, "because")


def test_a_refused_move_says_why_and_changes_nothing(editor_client, article):
    response = editor_client.post(reverse("unpublish", args=[article.pk]), follow=False)
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Only a published article can be unpublished."]
    assert not AuditEntry.objects.exists()


def test_a_refused_move_over_htmx_shows_the_error_in_place(editor_client, article):
    article.status = Status.REJECTED
    article.save()
    response = editor_client.post(reverse("publish", args=[article.pk]), **HTMX)
    assert "must be reopened" in response.content.decode()


def test_it_goes_back_to_a_local_next_page_but_never_elsewhere(editor_client, article):
    url = reverse("reject", args=[article.pk])
    assert editor_client.post(url, {"next": "/?status=new"})["Location"] == "/?status=new"
    article.status = Status.NEW
    article.save()
    response = editor_client.post(url, {"next": "https://evil.example/"})
    assert response["Location"] == editor_url(article.pk)


@pytest.mark.parametrize("url_name", ["publish", "unpublish", "reject", "reopen"])
def test_the_moves_answer_only_post(editor_client, article, url_name):
    assert editor_client.get(reverse(url_name, args=[article.pk])).status_code == 405


def test_an_unknown_article_is_404(editor_client, db):
    assert editor_client.post(reverse("publish", args=[999999])).status_code == 404


def test_the_publish_partial_offers_what_the_status_allows(editor_client, editor, source):
    article = make_published(source, editor)
    response = editor_client.post(reverse("reject", args=[article.pk]), **HTMX)
    body = response.content.decode()
    assert "Unpublish this article before rejecting it." in body
    assert reverse("reopen", args=[article.pk]) not in body
    assert reverse("public_article", args=[article.slug]) in body
