"""Playwright against Debian's Chromium (never a downloaded browser build)."""

from __future__ import annotations

import shutil

import pytest
from django.conf import settings
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class SerialWSGIServer(WSGIServer):
    """The live server answering one request at a time.

    On SQLite the test database lives in memory behind one connection that the
    server thread shares; pages that fire several htmx requests at once would
    use it from several threads together. PostgreSQL gives each thread its own.
    """

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    LiveServerThread.server_class = SerialWSGIServer


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def login(page, live_server):
    """Log a user in through the real login form; returns a function taking the user."""

    def _login(user, password: str | None = None) -> None:
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", password or user.username + "-pw!")
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/")

    return _login
