"""Stored flags read for display: plain values, for pages that show hundreds at once."""

from __future__ import annotations

from itertools import starmap
from typing import NamedTuple

from django.db import connections
from django.db.models import QuerySet

from newsfix.models import Article, Flag


class ShownFlag(NamedTuple):
    """A flag as a page shows it: a plain row."""

    pk: int
    kind: str
    start: int
    end: int
    message: str = ""
    suggestion: str | None = None
    excerpt: str = ""


def _rows(queryset: QuerySet) -> list[ShownFlag]:
    """The rows of a ``values_list`` in text order, fetched as they come.

    These columns are integers and strings on every database, so the ORM's
    per-row conversion has nothing to do and would cost more than the rest of
    the page for a long article.
    """
    queryset = queryset.order_by("start", "end")
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return list(starmap(ShownFlag, cursor.fetchall()))


def open_flags(article: Article) -> list[ShownFlag]:
    """The open flags of the working copy, in text order, with what their list items show."""
    return _rows(
        Flag.objects.filter(
            article=article, target=Flag.Target.CURRENT, state=Flag.State.OPEN
        ).values_list("pk", "kind", "start", "end", "message", "suggestion", "excerpt")
    )


def raw_flags(article: Article) -> list[ShownFlag]:
    """The flags of the raw scrape, in text order, with what their highlights show."""
    return _rows(
        Flag.objects.filter(article=article, target=Flag.Target.RAW).values_list(
            "pk", "kind", "start", "end", "message"
        )
    )
