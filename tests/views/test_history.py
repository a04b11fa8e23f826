"""The history screen: every revision, a diff between any two, restoring, the raw diff."""

from __future__ import annotations

import pytest
from django.urls import reverse

from newsfix import review

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def edited(article, editor):
    review.save(article, "Première correction.", 1, editor, note="first pass")
    review.save(article, "Seconde correction.", 2, editor, note="second pass")
    article.refresh_from_db()
    return article


def test_the_history_lists_every_revision_with_author_time_and_note(editor_client, edited):
    response = editor_client.get(reverse("history", args=[edited.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="revision-2"' in page and 'id="revision-1"' in page and 'id="revision-0"' in page
    assert "first pass" in page and "second pass" in page
    assert "<td>ed</td>" in page
    assert "<time datetime=" in page


def test_by_default_it_shows_the_last_change(editor_client, edited):
    page = editor_client.get(reverse("history", args=[edited.pk])).content.decode()
    assert "<del>Première</del><ins>Seconde</ins>" in page


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (1, 2, "<del>Première</del><ins>Seconde</ins>"),
        (2, 1, "<del>Seconde</del><ins>Première</ins>"),
        (0, 1, "correction</ins>."),
    ],
    ids=["forward", "backward", "from-the-scrape"],
)
def test_any_two_revisions_can_be_compared_as_a_partial(editor_client, edited, a, b, expected):
    url = reverse("history", args=[edited.pk]) + f"?a={a}&b={b}"
    response = editor_client.get(url, **HTMX)
    assert response.status_code == 200
    body = response.content.decode()
    assert expected in body
    assert "<html" not in body


def test_an_unknown_revision_is_not_found(editor_client, edited):
    url = reverse("history", args=[edited.pk]) + "?a=1&b=9"
    assert editor_client.get(url).status_code == 404


def test_restore_makes_a_new_revision_and_goes_back_to_the_editor(editor_client, edited):
    response = editor_client.post(reverse("history_restore", args=[edited.pk]), {"revision": 1})
    assert response.status_code == 303
    assert response["Location"] == reverse("editor", args=[edited.pk])
    edited.refresh_from_db()
    assert edited.current_text == "Première correction."
    assert edited.revisions.count() == 3


def test_restoring_revision_zero_brings_back_the_raw_scrape(editor_client, edited):
    editor_client.post(reverse("history_restore", args=[edited.pk]), {"revision": 0})
    edited.refresh_from_db()
    assert edited.current_text == edited.raw_text


def test_restore_with_htmx_answers_the_new_working_copy(editor_client, edited):
    response = editor_client.post(
        reverse("history_restore", args=[edited.pk]), {"revision": 1}, **HTMX
    )
    assert response.status_code == 200
    assert "Première correction.</textarea>" in response.content.decode()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "partial"])
def test_the_raw_diff_is_loaded_on_demand(editor_client, edited, headers):
    response = editor_client.get(reverse("editor_diff", args=[edited.pk]), **headers)
    assert response.status_code == 200
    body = response.content.decode()
    assert "correction</ins>." in body and "<del>" in body
    assert ("<html" in body) is not bool(headers)


def test_the_history_needs_the_view_permission(client, outsider, edited):
    client.force_login(outsider)
    assert client.get(reverse("history", args=[edited.pk])).status_code == 403
    assert client.get(reverse("editor_diff", args=[edited.pk])).status_code == 403


def test_restoring_needs_the_change_permission(client, outsider, edited):
    client.force_login(outsider)
    response = client.post(reverse("history_restore", args=[edited.pk]), {"revision": 1})
    assert response.status_code == 403
    edited.refresh_from_db()
    assert edited.current_text == "Seconde correction."
