"""Where the screens of one article live, in one place."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def editor_url(pk: int) -> str:
    return reverse("editor", args=[pk])


def editor_url_maker() -> Callable[[int], str]:
    """``editor_url`` for a page of rows: one ``reverse``, then string formatting."""
    placeholder = "987654321"
    head, tail = reverse("editor", args=[placeholder]).split(placeholder)
    return lambda pk: f"{head}{pk:d}{tail}"


def safe_next(request, default: str) -> str:
    """The ``next`` field of a form when it points inside this site, else ``default``."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default
