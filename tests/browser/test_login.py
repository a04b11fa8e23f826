"""A demo editor logs in with a real browser and sees the articles."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_logs_in_and_sees_the_queue(page, live_server, login, editor, article):
    login(editor)
    assert page.get_by_text(article.title).is_visible()


def test_a_wrong_password_shows_an_error(page, live_server, editor):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "wrong")
    page.click("button[type=submit]")
    assert page.get_by_role("alert").is_visible()
