"""Stored flags read for display: plain values, for pages that show hundreds at once."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connections
from django.db.models import Q

from newsfix.models import Article, Flag

FIELDS = ("target", "pk", "kind", "start", "end", "message", "suggestion", "excerpt")


@dataclass(slots=True)
class ShownFlag:
    """A flag as a page shows it; ``full_sentence`` is filled in when another copy has it."""

    pk: int
    kind: str
    start: int
    end: int
    message: str = ""
    suggestion: str | None = None
    excerpt: str = ""
    full_sentence: object = None


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
    for target, *values in rows:
        (raw if target == Flag.Target.RAW else current).append(ShownFlag(*values))
    return current, raw
