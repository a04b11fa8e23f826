"""The JSON API of published articles: fields, since, cursors, errors."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from newsfix.models import Article
from tests.published import make_article, make_published

FIELDS = {"id", "title", "text", "language", "url", "source", "published_at", "updated_at"}


def _published_at(article: Article, when: str) -> None:
    Article.objects.filter(pk=article.pk).update(published_at=datetime.datetime.fromisoformat(when))


@pytest.mark.parametrize("suffix", ["", "/"], ids=["no-slash", "slash"])
def test_one_article_is_utf8_json_with_the_documented_fields(client, source, suffix):
    article = make_published(source, title="Élection à Genève", text="Un « texte ».")
    response = client.get(f"/api/articles/{article.pk}{suffix}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "Élection".encode() in response.content
    data = response.json()
    assert set(data) == FIELDS
    assert data["text"] == "Un « texte »."
    assert data["source"] == "lemonde.example"
    assert data["updated_at"] == data["published_at"]


def test_an_unpublished_article_is_not_found(client, source):
    article = make_article(source)
    response = client.get(reverse("api_article", args=[article.pk]))
    assert response.status_code == 404
    assert "error" in response.json()


def test_the_list_holds_published_articles_only(client, source):
    published = make_published(source)
    make_article(source)
    data = client.get(reverse("api_articles")).json()
    assert [item["id"] for item in data["results"]] == [published.pk]
    assert data["next"] is None


def test_since_filters_on_the_first_publication_time(client, source):
    old, new = make_published(source), make_published(source)
    _published_at(old, "2026-01-01T10:00:00+00:00")
    _published_at(new, "2026-03-01T10:00:00+00:00")
    for since in ["2026-02-01", "2026-02-01T00:00:00Z", "2026-03-01T11:00:00+01:00"]:
        data = client.get(reverse("api_articles"), {"since": since}).json()
        assert [item["id"] for item in data["results"]] == [new.pk], since


def test_an_offset_whose_plus_was_not_encoded_still_counts(client, source):
    article = make_published(source)
    _published_at(article, "2026-03-01T10:00:00+00:00")
    url = reverse("api_articles") + "?since=2026-03-01T10:30:00+01:00"
    assert [item["id"] for item in client.get(url).json()["results"]] == [article.pk]


@pytest.mark.parametrize(
    "query",
    [
        {"since": "yesterday"},
        {"since": "2026-13-01"},
        {"cursor": "garbage!"},
        {"limit": "0"},
        {"limit": "x"},
    ],
)
def test_a_bad_parameter_is_a_400_with_a_message(client, db, query):
    response = client.get(reverse("api_articles"), query)
    assert response.status_code == 400
    assert response.json()["error"]


def test_the_cursor_walks_every_article_once_in_publication_order(client, source):
    articles = [make_published(source, title=f"n{i}") for i in range(5)]
    for article in articles[:3]:
        _published_at(article, "2026-01-01T10:00:00+00:00")
    seen, url = [], reverse("api_articles") + "?limit=2"
    while url:
        data = client.get(url).json()
        assert len(data["results"]) <= 2
        seen += [item["id"] for item in data["results"]]
        url = data["next"]
    assert seen == [a.pk for a in articles]


def test_anonymous_visitors_may_use_the_api(client, source):
    make_published(source)
    assert client.get(reverse("api_articles")).status_code == 200
