"""The raw scrape is written once and never changed or deleted by any code path."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.db.models import ProtectedError
from django.test import RequestFactory

from newsfix.models import Article, ImportBatch, RawTextImmutable, Revision, Source, Story
from newsfix.text.fingerprint import content_hash


def test_an_article_needs_only_title_raw_text_and_working_copy(db):
    article = Article.objects.create(
        title="Hello", raw_text="The minister said the talks had failed.", current_text="x"
    )
    article.refresh_from_db()
    assert article.status == Article.Status.NEW
    assert article.language == "en"
    assert article.content_hash == content_hash("The minister said the talks had failed.")
    assert article.version == 1
    assert article.source is None


def test_the_working_copy_defaults_to_the_raw_scrape(db):
    article = Article.objects.create(title="T", raw_text="Le texte brut est ici.")
    assert article.current_text == "Le texte brut est ici."
    assert article.language == "fr"


def test_saving_a_changed_raw_text_raises(article):
    loaded = Article.objects.get(pk=article.pk)
    loaded.raw_text = "rewritten"
    with pytest.raises(RawTextImmutable):
        loaded.save()
    assert Article.objects.get(pk=article.pk).raw_text == article.raw_text


def test_saving_a_changed_raw_html_raises(article):
    loaded = Article.objects.get(pk=article.pk)
    loaded.raw_html = "<p>rewritten</p>"
    with pytest.raises(RawTextImmutable):
        loaded.save()


def test_saving_the_raw_text_by_name_raises(article):
    with pytest.raises(RawTextImmutable):
        article.save(update_fields=["raw_text"])


def test_a_freshly_created_article_cannot_change_its_raw_text_either(db):
    article = Article.objects.create(title="T", raw_text="original")
    article.raw_text = "changed"
    with pytest.raises(RawTextImmutable):
        article.save()


def test_saving_other_fields_keeps_the_raw_text(article):
    loaded = Article.objects.only("id", "title", "version").get(pk=article.pk)
    loaded.title = "New title"
    loaded.save()
    fresh = Article.objects.get(pk=article.pk)
    assert fresh.title == "New title"
    assert fresh.raw_text == article.raw_text


@pytest.mark.parametrize("field", ["raw_text", "raw_html"])
def test_queryset_update_of_raw_fields_raises(article, field):
    with pytest.raises(RawTextImmutable):
        Article.objects.filter(pk=article.pk).update(**{field: "x"})


def test_bulk_update_of_raw_fields_raises(article):
    article.raw_text = "x"
    with pytest.raises(RawTextImmutable):
        Article.objects.bulk_update([article], ["raw_text"])


def test_articles_cannot_be_deleted_one_by_one_or_in_bulk(article):
    with pytest.raises(RawTextImmutable):
        article.delete()
    with pytest.raises(RawTextImmutable):
        Article.objects.all().delete()
    assert Article.objects.filter(pk=article.pk).exists()


def test_deleting_a_source_with_articles_is_refused(article):
    with pytest.raises(ProtectedError):
        Source.objects.filter(pk=article.source_id).delete()
    assert Article.objects.filter(pk=article.pk).exists()


def test_deleting_an_import_batch_with_articles_is_refused(article):
    batch = ImportBatch.objects.create(filename="scrape.jsonl")
    Article.objects.filter(pk=article.pk).update(batch=batch)
    with pytest.raises(ProtectedError):
        batch.delete()


def test_deleting_a_story_keeps_its_articles(article):
    story = Story.objects.create(title="One story")
    Article.objects.filter(pk=article.pk).update(story=story)
    story.delete()
    article.refresh_from_db()
    assert article.story is None


def test_revisions_protect_their_article_and_author(article, editor):
    Revision.objects.create(article=article, number=1, text="t", author=editor)
    with pytest.raises(ProtectedError):
        editor.delete()


def test_the_admin_offers_no_delete_and_shows_raw_text_read_only(article, admin_user):
    model_admin = admin.site._registry[Article]
    request = RequestFactory().get("/")
    request.user = admin_user
    assert model_admin.has_delete_permission(request, article) is False
    readonly = model_admin.get_readonly_fields(request, article)
    assert "raw_text" in readonly
    assert "raw_html" in readonly


def test_no_group_holds_a_delete_permission_on_articles(db):
    from django.contrib.auth.models import Permission

    perm = Permission.objects.get(codename="delete_article")
    assert not perm.group_set.exists()


def test_every_model_is_registered_in_the_admin():
    from django.apps import apps

    for model in apps.get_app_config("newsfix").get_models():
        assert model in admin.site._registry, model.__name__
