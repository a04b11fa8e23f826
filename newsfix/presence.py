"""Soft locks: who has an article open in the editor. They warn; they never block.

The editor page takes its session with a poll that fires as soon as it loads
(showing the page writes nothing) and renews it every ``RENEW_SECONDS``; a
session not renewed for ``EXPIRE_SECONDS`` is taken to be a closed page.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from newsfix.models import Article, EditSession

RENEW_SECONDS = 30
EXPIRE_SECONDS = 90


def touch(article: Article, user) -> None:
    """Record that ``user`` has the article open now."""
    now = timezone.now()
    # One UPDATE in the usual case of a page renewing its own session.
    if not EditSession.objects.filter(article=article, user=user).update(seen_at=now):
        EditSession.objects.get_or_create(article=article, user=user, defaults={"seen_at": now})


def others(article: Article, user) -> list[str]:
    """Who else had the article open in the last ``EXPIRE_SECONDS``: their user names."""
    since = timezone.now() - timedelta(seconds=EXPIRE_SECONDS)
    return list(
        EditSession.objects.filter(article=article, seen_at__gte=since)
        .exclude(user=user)
        .order_by("seen_at")
        .values_list("user__username", flat=True)
    )
