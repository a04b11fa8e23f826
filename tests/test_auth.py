"""Login for everything but published pages; groups carry the permissions."""

from __future__ import annotations

import pytest
from django.urls import reverse


def test_the_queue_sends_anonymous_visitors_to_login(client, db):
    response = client.get(reverse("queue"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_login_page_is_open_and_carries_a_csrf_token(client, db):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content


def test_a_user_in_no_group_is_refused(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("queue")).status_code == 403


def test_an_editor_logs_in_and_sees_the_articles(client, editor, article):
    response = client.post(reverse("login"), {"username": "ed", "password": "ed-pw!"})
    assert response.status_code == 302
    page = client.get(reverse("queue"))
    assert page.status_code == 200
    assert article.title in page.content.decode()


@pytest.mark.parametrize(
    ("perm", "editor_has", "admin_has"),
    [
        ("newsfix.view_article", True, True),
        ("newsfix.change_article", True, True),
        ("newsfix.publish_article", True, True),
        ("newsfix.add_importbatch", False, True),
        ("newsfix.export_article", False, True),
        ("newsfix.add_user", False, True),
        ("newsfix.delete_article", False, False),
    ],
)
def test_groups_grant_what_each_role_needs(editor, admin_user, perm, editor_has, admin_has):
    assert editor.has_perm(perm) is editor_has
    assert admin_user.has_perm(perm) is admin_has


def test_logout_is_a_post_with_csrf(client, editor):
    client.force_login(editor)
    assert client.get(reverse("logout")).status_code == 405
    assert client.post(reverse("logout")).status_code == 302


def test_responses_carry_a_content_security_policy(client, db):
    header = client.get(reverse("login"))["Content-Security-Policy"]
    assert "default-src 'self'" in header
    assert "unsafe-inline" not in header
