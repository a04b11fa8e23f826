"""The queue: which articles an editor sees, in what order, and which one to fix next.

Every page is read with keyset pagination over the indexes declared on
``Article``; flag filters read the per-kind counts stored on each article, so
no page counts or joins flags, whatever the size of the table.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, Exists, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import QueryDict
from django.utils import timezone

from newsfix import keyset, presence
from newsfix.models import FLAG_KINDS, Article, EditSession

PAGE_SIZE = 50

# Name → ordering; every ordering ends with the primary key and matches an index.
SORTS = {
    "updated": ("-updated_at", "-id"),
    "oldest": ("updated_at", "id"),
    "flags": ("-open_flags", "-id"),
}

TO_FIX = (Article.Status.NEW, Article.Status.FLAGGED)

# Someone whose editor page renewed its session this recently is still on the article.
OPEN_RECENTLY = timedelta(seconds=presence.EXPIRE_SECONDS)

# What a queue row shows, read as plain values: building 50 model instances per
# page would cost more than the query itself.
LIST_FIELDS = (
    "id",
    "title",
    "status",
    "language",
    "updated_at",
    "open_flags",
    "source__name",
    *(f"flags_{kind}" for kind in FLAG_KINDS),
)

# Full-text search on PostgreSQL: the text search configuration follows each
# article's language. A migration creates a GIN index on exactly this expression.
TS_CONFIG = "(CASE WHEN language = 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END)"
TS_DOCUMENT = f"to_tsvector({TS_CONFIG}, coalesce(title, '') || ' ' || coalesce(current_text, ''))"
# The query side names each configuration as a constant so the index can serve it.
TS_MATCH = (
    f"((language = 'fr' AND {TS_DOCUMENT} @@ websearch_to_tsquery('french', %s))"
    f" OR (language <> 'fr' AND {TS_DOCUMENT} @@ websearch_to_tsquery('english', %s)))"
)


@dataclass(frozen=True)
class Filters:
    status: str = ""
    source: int | None = None
    language: str = ""
    kind: str = ""
    q: str = ""
    sort: str = "updated"

    @classmethod
    def from_query(cls, params: QueryDict) -> Filters:
        """The filters a query string asks for; unknown values are ignored, never an error."""
        status = params.get("status", "")
        source = params.get("source", "")
        language = params.get("language", "")
        kind = params.get("kind", "")
        sort = params.get("sort", "")
        return cls(
            status=status if status in Article.Status.values else "",
            source=int(source) if source.isdigit() else None,
            language=language if language in dict(settings.LANGUAGES) else "",
            kind=kind if kind in FLAG_KINDS else "",
            q=params.get("q", "").strip()[:200],
            sort=sort if sort in SORTS else "updated",
        )

    def as_query(self, **changes) -> str:
        """The query string of these filters (with ``changes``), empty values left out."""
        query = QueryDict(mutable=True)
        for name, value in {**asdict(self), **changes}.items():
            if value not in ("", None) and not (name == "sort" and value == "updated"):
                query[name] = str(value)
        return query.urlencode()


def search(articles: QuerySet, words: str) -> QuerySet:
    if connection.vendor == "postgresql":
        # A constant SQL text; the words go in as a query parameter.
        match = RawSQL(TS_MATCH, [words, words], output_field=BooleanField())  # noqa: S611
        return articles.filter(match)
    return articles.filter(Q(title__icontains=words) | Q(current_text__icontains=words))


def filtered(filters: Filters, statuses: tuple[str, ...] = ()) -> QuerySet:
    articles = Article.objects.all()
    if filters.status:
        articles = articles.filter(status=filters.status)
    elif statuses:
        articles = articles.filter(status__in=statuses)
    if filters.source is not None:
        articles = articles.filter(source_id=filters.source)
    if filters.language:
        articles = articles.filter(language=filters.language)
    if filters.kind:
        articles = articles.filter(**{f"flags_{filters.kind}__gt": 0})
    if filters.q:
        articles = search(articles, filters.q)
    return articles


def page(
    filters: Filters, cursor: str | None, size: int | None = None
) -> tuple[list[dict], str | None]:
    """One page of the queue (rows as dicts of ``LIST_FIELDS``) and the cursor of the next.

    A cursor this module did not make gives the first page.
    """
    size = size or PAGE_SIZE
    articles = filtered(filters).values(*LIST_FIELDS)
    order = SORTS[filters.sort]
    try:
        return keyset.page(articles, order, cursor, size)
    except keyset.BadCursor:
        return keyset.page(articles, order, None, size)


def next_to_fix(filters: Filters, user) -> Article | None:
    """The new or flagged article with the most open flags that nobody else has open.

    The queue's other filters (source, language, kind, search) still apply.
    """
    busy = EditSession.objects.filter(
        article=OuterRef("pk"), seen_at__gte=timezone.now() - OPEN_RECENTLY
    ).exclude(user=user)
    wanted = (filters.status,) if filters.status in TO_FIX else TO_FIX
    best = None
    # One indexed query per status (status, -open_flags, -id) rather than one sort over both.
    for status in wanted:
        candidate = (
            filtered(Filters(**{**asdict(filters), "status": status}))
            .exclude(Exists(busy))
            .only("id", "open_flags")
            .order_by("-open_flags", "-id")
            .first()
        )
        if candidate and (best is None or candidate.open_flags > best.open_flags):
            best = candidate
    return best


def selection(ids: list[str], limit: int) -> list[Article]:
    """The articles ticked in the queue (at most ``limit``), in the order of their ids."""
    pks = sorted({int(i) for i in ids if i.isdigit()})[:limit]
    return list(Article.objects.filter(pk__in=pks).order_by("pk"))
