"""Settings come from the environment; bad values give a message a person can act on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsfix import settings as project_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", True),
        ("true", True),
        ("Yes", True),
        ("on", True),
        ("0", False),
        ("false", False),
        ("no", False),
        ("OFF", False),
    ],
)
def test_debug_accepts_the_usual_yes_no_words(monkeypatch, raw, expected):
    monkeypatch.setenv("DEBUG", raw)
    assert project_settings.env_bool("DEBUG") is expected


def test_unset_debug_means_off(monkeypatch):
    monkeypatch.delenv("DEBUG", raising=False)
    assert project_settings.env_bool("DEBUG") is False


def test_a_bad_boolean_names_the_variable_and_the_choices(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match=r"DEBUG='maybe'.*1, 0, true"):
        project_settings.env_bool("DEBUG")


def test_a_bad_number_is_refused(monkeypatch):
    monkeypatch.setenv("NEWSFIX_MAX_ARTICLE_BYTES", "lots")
    with pytest.raises(ImproperlyConfigured, match="not a whole number"):
        project_settings.env_int("NEWSFIX_MAX_ARTICLE_BYTES", 1)


def test_hosts_are_a_comma_list(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", "news.example, www.news.example ,")
    assert project_settings.env_list("ALLOWED_HOSTS", []) == ["news.example", "www.news.example"]


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", str(ROOT))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_silent_with_production_settings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DEBUG": "0",
            "SECRET_KEY": "k" * 60 + "-production-like-key-0123456789",
            "ALLOWED_HOSTS": "news.example",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


def test_a_missing_secret_key_is_an_error_only_when_needed(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    assert _manage("migrate", "--no-input", env=env).returncode == 0
    result = _manage("check", "--deploy", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_a_bad_tasks_backend_is_refused_with_the_choices():
    result = _manage("check", env={"TASKS_BACKEND": "celery"})
    assert result.returncode != 0
    assert "TASKS_BACKEND='celery' is unknown" in result.stderr


def test_the_policy_forbids_inline_scripts_and_styles():
    from django.conf import settings

    policy = settings.SECURE_CSP
    for directive in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in policy[directive]
    assert "'unsafe-inline'" not in str(policy)
