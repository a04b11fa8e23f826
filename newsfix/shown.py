"""Stored flags read for display: plain values, for pages that show hundreds at once."""

from __future__ import annotations

from typing import NamedTuple

from django.db import connections
from django.db.models import Q

from newsfix.models import Article, Flag

FIELDS = ("target", "pk", "kind", "start", "end", "message", "suggestion", "excerpt")


class ShownFlag(NamedTuple):
    """A flag as a page shows it: a plain row."""

    pk: int
    kind: str
    start: int
    end: int
    message: str = ""
    suggestion: str | None = None
    excerpt: str = ""


def stored_flags(article: Article) -> tuple[list[ShownFlag], list[ShownFlag]]:
    """The open flags of the working copy and the flags of the raw scrape, in text order.

    One query, its rows fetched as they come: these columns are integers and
    strings on every database, so the ORM's per-row conversion has nothing to do
    and would cost more than the rest of the page for a long article.
    """
    queryset = (
        Flag.objects.filter(article=article)
        .filter(Q(target=Flag.Target.RAW) | Q(target=Flag.Target.CURRENT, state=Flag.State.OPEN))
        .order_by("start", "end")
        .values_list(*FIELDS)
    )
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    current: list[ShownFlag] = []
    raw: list[ShownFlag] = []
    make = ShownFlag._make
    for row in rows:
        (raw if row[0] == Flag.Target.RAW else current).append(make(row[1:]))
    return current, raw
