"""The Atom feed: published articles only, escaped, with links to the public pages."""

from __future__ import annotations

from xml.etree import ElementTree

from django.urls import reverse

from tests.published import make_article, make_published

ATOM = "{http://www.w3.org/2005/Atom}"


def _entries(client):
    response = client.get(reverse("feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    # Parsing the feed this very server just made.
    return ElementTree.fromstring(response.content).findall(f"{ATOM}entry")  # noqa: S314


def test_the_feed_lists_published_articles_only(client, source):
    published = make_published(source, title="Publié")
    make_article(source, title="Pas encore")
    entries = _entries(client)
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Publié"]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link.endswith(reverse("public_article", args=[published.slug]))


def test_feed_summaries_escape_scraped_markup(client, source):
    make_published(source, text="<script>alert(1)</script>")
    summary = _entries(client)[0].find(f"{ATOM}summary").text
    assert "<script>" not in summary
    assert "&lt;script&gt;" in summary
