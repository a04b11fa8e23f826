"""System checks of newsfix's own configuration."""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured


@checks.register(checks.Tags.security, deploy=True)
def secret_key_is_set(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Without DEBUG the key must come from the environment; refuse to deploy without it."""
    try:
        key = settings.SECRET_KEY
    except ImproperlyConfigured:
        key = ""
    if key:
        return []
    return [
        checks.Error(
            "SECRET_KEY is not set.",
            hint="Set the SECRET_KEY environment variable to a long random string.",
            id="newsfix.E001",
        )
    ]
