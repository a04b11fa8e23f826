"""The clean copy going out: one record shape for the API and the JSON Lines export."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from newsfix import keyset
from newsfix.models import Article

API_ORDER = ("published_at", "id")
RECORD_FIELDS = (
    "id",
    "title",
    "published_text",
    "language",
    "url",
    "source__name",
    "published_at",
    "published_updated_at",
)


def _iso(value: datetime.datetime | None) -> str | None:
    return value.isoformat() if value else None


def record(article: Article) -> dict[str, Any]:
    """A published article as the outside world sees it."""
    return {
        "id": article.pk,
        "title": article.title,
        "text": article.published_text,
        "language": article.language,
        "url": article.url,
        "source": article.source.name if article.source_id else None,
        "published_at": _iso(article.published_at),
        "updated_at": _iso(article.published_updated_at or article.published_at),
    }


def published():
    return Article.objects.published().select_related("source").only(*RECORD_FIELDS)


def parse_since(value: str) -> datetime.datetime:
    """An ISO 8601 date or date-time; a time without offset is taken as UTC.

    Raises ValueError with a message for the caller.
    """
    value = value.strip()
    if " " in value and "T" in value:
        # An unencoded "+01:00" in a query string arrives as " 01:00".
        value = value.replace(" ", "+")
    try:
        moment = parse_datetime(value)
        if moment is None:
            day = parse_date(value)
            if day is None:
                raise ValueError
            moment = datetime.datetime.combine(day, datetime.time())
    except ValueError:
        message = _("since=%(value)s is not an ISO 8601 date or time, e.g. %(example)s")
        raise ValueError(message % {"value": value, "example": "2026-01-31T08:00:00Z"}) from None
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


def api_page(
    since: datetime.datetime | None, cursor: str | None, size: int
) -> tuple[list[dict[str, Any]], str | None]:
    """Published articles in publication order; raises keyset.BadCursor."""
    articles = published()
    if since is not None:
        articles = articles.filter(published_at__gte=since)
    rows, next_cursor = keyset.page(articles, API_ORDER, cursor, size)
    return [record(a) for a in rows], next_cursor


def jsonl_lines() -> Iterator[str]:
    """Every published article as one JSON line, read from the database in chunks."""
    for article in published().order_by(*API_ORDER).iterator(chunk_size=500):
        yield json.dumps(record(article), ensure_ascii=False) + "\n"
