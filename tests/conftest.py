"""Fixtures shared by every test: users in each role, logged-in clients, articles."""

from __future__ import annotations

import importlib
import os

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group

from newsfix.models import Article, Source

# Live-server browser tests drive the ORM from the test thread while Playwright's
# event loop runs; Django's async-safety guard would refuse that.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _fast_tasks(settings, tmp_path):
    """Run tasks in-process and keep uploads out of the project folder."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"
    # Strong hashing is the point in production and only slowness in tests.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _ensure_groups() -> None:
    """Transactional (live-server) tests flush the tables the data migration filled."""
    if not Group.objects.filter(name="editors").exists():
        migration = importlib.import_module("newsfix.migrations.0002_groups")
        migration.create_groups(django_apps, None)


def _user(django_user_model, username: str, group: str | None):
    _ensure_groups()
    user = django_user_model.objects.create_user(username=username, password=username + "-pw!")
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return _user(django_user_model, "ed", "editors")


@pytest.fixture
def other_editor(db, django_user_model):
    return _user(django_user_model, "ed2", "editors")


@pytest.fixture
def admin_user(db, django_user_model):
    user = _user(django_user_model, "boss", "admins")
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def outsider(db, django_user_model):
    """Logged in, but in no group: may see nothing."""
    return _user(django_user_model, "nobody", None)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def admin_client_(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def source(db):
    return Source.objects.create(name="lemonde.example", domain="lemonde.example")


@pytest.fixture
def article(db, source):
    text = (
        "Share Post:\n\nWashington – Les diplomates se réunissent lundi à Genève aprèsMoscou "
        "a amassé des soldats à la frontière.Le ministre a parlé.\n\n"
        "Le ministre a  déclaré que rien n’était joué."
    )
    return Article.objects.create(
        title="Les diplomates à Genève",
        raw_text=text,
        current_text=text,
        source=source,
        url="https://lemonde.example/geneve",
    )
