"""The public reading page: no login, escaped text, attribution, 410 after withdrawal."""

from __future__ import annotations

from django.urls import reverse

from newsfix import publishing
from tests.published import make_article, make_published


def test_anyone_reads_a_published_article_with_its_source_and_canonical_link(client, source):
    article = make_published(source, title="Grève à Lyon", text="Premier.\n\nSecond.")
    response = client.get(reverse("public_article", args=[article.slug]))
    body = response.content.decode()
    assert response.status_code == 200
    assert '<link rel="canonical" href="https://example.org/story">' in body
    assert "lemonde.example" in body
    assert "<p>Premier.</p>" in body and "<p>Second.</p>" in body
    assert 'lang="fr"' in body


def test_it_shows_the_published_copy_not_the_working_copy(client, editor, source):
    article = make_published(source, editor, text="Version publiée.")
    article.current_text = "Brouillon en cours."
    article.save()
    body = client.get(reverse("public_article", args=[article.slug])).content.decode()
    assert "Version publiée." in body and "Brouillon" not in body


def test_an_updated_article_shows_its_updated_time(client, editor, source):
    article = make_published(source, editor)
    publishing.publish(article, editor)
    body = client.get(reverse("public_article", args=[article.slug])).content.decode()
    assert 'class="updated"' in body


def test_scraped_markup_is_shown_as_text(client, source):
    text = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
    article = make_published(source, title="<b>titre</b>", text=text)
    body = client.get(reverse("public_article", args=[article.slug])).content.decode()
    assert "<script>alert" not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;b&gt;titre&lt;/b&gt;" in body


def test_an_unpublished_article_is_gone(client, editor, source):
    article = make_published(source, editor)
    publishing.unpublish(article, editor)
    response = client.get(reverse("public_article", args=[article.slug]))
    assert response.status_code == 410


def test_a_never_published_slug_is_not_found(client, source):
    make_article(source)
    assert client.get(reverse("public_article", args=["nothing-1"])).status_code == 404


def test_the_page_keeps_the_content_security_policy(client, source):
    article = make_published(source)
    response = client.get(reverse("public_article", args=[article.slug]))
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "script-src 'self'" in policy
    assert " style=" not in response.content.decode()
