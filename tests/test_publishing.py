"""The publishing service: statuses, published copy, slug, audit log."""

from __future__ import annotations

import pytest

from newsfix import publishing
from newsfix.models import Article, AuditEntry
from tests.published import add_flag, analysed, make_article, make_published

Status = Article.Status


@pytest.fixture
def article(article):
    """The shared damaged article, analysed with no flags stored: each test adds its own."""
    return analysed(article)


def test_it_asks_for_confirmation_when_flags_remain_and_changes_nothing(editor, article):
    flag = add_flag(article)
    result = publishing.publish(article, editor)
    article.refresh_from_db()
    assert result.needs_confirmation and not result.published
    assert result.open_flags == [flag]
    assert article.status == Status.NEW
    assert article.published_at is None and article.slug is None
    assert not AuditEntry.objects.exists()


def test_it_publishes_with_open_flags_once_confirmed(editor, article):
    add_flag(article)
    result = publishing.publish(article, editor, confirm=True)
    article.refresh_from_db()
    assert result.published and result.first_time
    assert article.status == Status.PUBLISHED
    assert article.published_text == article.current_text
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.article) == ("publish", editor, article)
    assert "1 open flag confirmed" in entry.detail


def test_it_publishes_a_clean_article_without_confirmation(editor, article):
    result = publishing.publish(article, editor)
    assert result.published


def test_the_slug_is_the_title_and_pk_and_never_changes(editor, source):
    article = make_published(source, editor, title="Les diplomates à Genève !")
    assert article.slug == f"les-diplomates-a-geneve-{article.pk}"
    article.title = "Another title"
    article.current_text = "Corrected."
    article.save()
    publishing.publish(article, editor)
    article.refresh_from_db()
    assert article.slug == f"les-diplomates-a-geneve-{article.pk}"


def test_a_title_without_letters_still_gets_a_slug(editor):
    article = make_published(title="!!!")
    assert article.slug == str(article.pk)


def test_republishing_updates_the_text_and_the_updated_time_only(editor, source):
    article = make_published(source, editor)
    first = article.published_at
    article.current_text = "Texte corrigé."
    article.save()
    result = publishing.publish(article, editor)
    article.refresh_from_db()
    assert not result.first_time
    assert article.published_text == "Texte corrigé."
    assert article.published_at == first
    assert article.published_updated_at >= first


def test_unpublish_goes_back_to_review_and_is_recorded(editor, source):
    article = make_published(source, editor)
    publishing.unpublish(article, editor, "wrong story")
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW
    assert article.unpublished_at is not None
    entry = AuditEntry.objects.filter(action="unpublish").get()
    assert entry.detail == "wrong story"


def test_publishing_again_after_unpublishing_clears_the_withdrawal(editor, source):
    article = make_published(source, editor)
    publishing.unpublish(article, editor)
    publishing.publish(article, editor)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.unpublished_at is None


def test_reject_then_reopen_returns_to_where_the_work_was(editor, article):
    article.flagged_version = article.version
    article.status = Status.FLAGGED
    article.save()
    publishing.reject(article, editor)
    assert Article.objects.get(pk=article.pk).status == Status.REJECTED
    publishing.reopen(article, editor)
    assert Article.objects.get(pk=article.pk).status == Status.FLAGGED
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == [
        "reject",
        "reopen",
    ]


def test_a_reopened_article_that_was_edited_goes_back_to_review(editor, article):
    article.version = 3
    article.status = Status.REJECTED
    article.save()
    publishing.reopen(article, editor)
    assert Article.objects.get(pk=article.pk).status == Status.IN_REVIEW


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (Status.REJECTED, publishing.publish),
        (Status.REJECTED, publishing.reject),
        (Status.PUBLISHED, publishing.reject),
        (Status.NEW, publishing.unpublish),
        (Status.IN_REVIEW, publishing.reopen),
    ],
    ids=[
        "publish-rejected",
        "reject-rejected",
        "reject-published",
        "unpublish-unpublished",
        "reopen-open",
    ],
)
def test_it_refuses_moves_the_status_flow_does_not_allow(editor, article, status, action):
    article.status = status
    article.save()
    with pytest.raises(publishing.PublishingError):
        action(article, editor)
    assert Article.objects.get(pk=article.pk).status == status
    assert not AuditEntry.objects.exists()


def test_reject_many_skips_what_cannot_be_rejected(editor, source):
    waiting = make_article(source)
    published = make_published(source, editor)
    assert publishing.reject_many([waiting, published], editor) == (1, 1)
    assert Article.objects.get(pk=waiting.pk).status == Status.REJECTED
    assert Article.objects.get(pk=published.pk).status == Status.PUBLISHED


def test_an_article_never_analysed_is_checked_before_it_is_published(editor, source):
    text = "Le ministre a  déclaré que rien n’était joué."
    article = make_article(source, text=text, flagged_version=None)
    result = publishing.publish(article, editor)
    article.refresh_from_db()
    assert result.needs_confirmation
    assert [flag.kind for flag in result.open_flags] == ["spacing"]
    assert article.flagged_version == article.version
    assert article.status != Status.PUBLISHED
