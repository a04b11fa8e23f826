"""Store what the text engine finds: flags of the raw scrape and of the working copy.

Every entry point that (re)flags articles goes through here: the import, the
editor's save, the re-scan command. The stored per-kind counts on the article
and the per-source summary are what the queue and the overview read, so they
never count flags at request time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from django.db import transaction
from django.db.models import Count, Sum

from newsfix import text as engine
from newsfix.models import FLAG_KINDS, Article, Dismissal, Flag, Source

CONTEXT_CHARS = 40
BATCH_SIZE = 1000

KIND_FIELDS = [(kind, f"flags_{kind}") for kind in FLAG_KINDS]
COUNT_FIELDS = ["open_flags", *(f"flags_{kind}" for kind in FLAG_KINDS), "flagged_version"]


def dismissal_key(text: str, kind: str, start: int, end: int) -> tuple[str, str, str]:
    """What a dismissal is remembered by: kind, flagged text and the text around it.

    Offsets move when an editor changes text elsewhere; the words around a
    finding rarely do, so the key survives re-scans.
    """
    context = (
        text[max(0, start - CONTEXT_CHARS) : start] + "\u2063" + text[end : end + CONTEXT_CHARS]
    )
    return kind, text[start:end], context


def _flag_rows(
    article: Article,
    text: str,
    target: str,
    found: Iterable[engine.Flag],
    dismissed: set[tuple[str, str, str]],
) -> list[Flag]:
    rows = []
    for found_flag in found:
        kind, excerpt, context = dismissal_key(
            text, found_flag.kind, found_flag.start, found_flag.end
        )
        state = (
            Flag.State.DISMISSED
            if target == Flag.Target.CURRENT and (kind, excerpt, context) in dismissed
            else Flag.State.OPEN
        )
        rows.append(
            Flag(
                article=article,
                target=target,
                text_version=article.version,
                kind=kind,
                start=found_flag.start,
                end=found_flag.end,
                message=found_flag.message[:500],
                suggestion=found_flag.suggestion,
                state=state,
                excerpt=excerpt,
                context=context,
            )
        )
    return rows


def _set_counts(article: Article, rows: Sequence[Flag]) -> None:
    counts = Counter(row.kind for row in rows if row.state == Flag.State.OPEN)
    for kind in FLAG_KINDS:
        setattr(article, f"flags_{kind}", counts.get(kind, 0))
    article.open_flags = sum(counts.values())
    article.flagged_version = article.version


def _scan(article: Article, text: str) -> list[engine.Flag]:
    return engine.scan(text, title=article.title or None, language=article.language or None)


@transaction.atomic
def analyse(article: Article, *, rescan_raw: bool = False) -> list[Flag]:
    """Flag the working copy (and the raw scrape the first time); returns the working-copy flags.

    Dismissed findings stay dismissed when they are found again. The article's
    stored counts and status (new → flagged) are updated; its texts are not touched.
    """
    if rescan_raw or article.flagged_version is None:
        article.flags.filter(target=Flag.Target.RAW).delete()
        raw_rows = _flag_rows(
            article, article.raw_text, Flag.Target.RAW, _scan(article, article.raw_text), set()
        )
        Flag.objects.bulk_create(raw_rows, batch_size=BATCH_SIZE)

    dismissed = set(
        Dismissal.objects.filter(article=article).values_list("kind", "excerpt", "context")
    )
    article.flags.filter(target=Flag.Target.CURRENT).delete()
    rows = _flag_rows(
        article,
        article.current_text,
        Flag.Target.CURRENT,
        _scan(article, article.current_text),
        dismissed,
    )
    Flag.objects.bulk_create(rows, batch_size=BATCH_SIZE)

    before = Article.objects.filter(pk=article.pk).values(*(f for _, f in KIND_FIELDS)).get()
    _set_counts(article, rows)
    update = {field: getattr(article, field) for field in COUNT_FIELDS}
    Article.objects.filter(pk=article.pk).update(**update)
    if article.source_id:
        _shift_source_counts(
            article.source_id,
            {
                kind: getattr(article, f"flags_{kind}") - before[f"flags_{kind}"]
                for kind in FLAG_KINDS
            },
        )
    if article.status == Article.Status.NEW:
        Article.objects.filter(pk=article.pk, status=Article.Status.NEW).update(
            status=Article.Status.FLAGGED
        )
        article.status = Article.Status.FLAGGED
    return rows


def _shift_source_counts(source_id: int, delta: dict[str, int]) -> None:
    """Move one source's summary by what one article's re-flagging changed.

    An editor's save re-flags one article; re-adding every article of the
    source would make each save cost as much as the site is large.
    """
    if not any(delta.values()):
        return
    source = Source.objects.select_for_update().only("flag_counts").get(pk=source_id)
    counts = {kind: source.flag_counts.get(kind, 0) + change for kind, change in delta.items()}
    Source.objects.filter(pk=source_id).update(
        flag_counts={kind: max(0, value) for kind, value in counts.items()}
    )


def analyse_many(articles: Sequence[Article]) -> None:
    """Flag freshly imported articles in bulk: one scan each, a few queries per batch.

    Right after an import the working copy equals the raw scrape, so one scan
    serves both texts. Dismissals are not consulted: a new article has none.
    """
    for offset in range(0, len(articles), BATCH_SIZE):
        chunk = articles[offset : offset + BATCH_SIZE]
        rows: list[Flag] = []
        for article in chunk:
            found = _scan(article, article.raw_text)
            raw_rows = _flag_rows(article, article.raw_text, Flag.Target.RAW, found, set())
            if article.current_text != article.raw_text:
                found = _scan(article, article.current_text)
            current_rows = _flag_rows(
                article, article.current_text, Flag.Target.CURRENT, found, set()
            )
            _set_counts(article, current_rows)
            if article.status == Article.Status.NEW:
                article.status = Article.Status.FLAGGED
            rows.extend(raw_rows)
            rows.extend(current_rows)
        with transaction.atomic():
            Flag.objects.bulk_create(rows, batch_size=BATCH_SIZE)
            _store_counts(chunk)


def _store_counts(articles: Sequence[Article]) -> None:
    """Write counts and status with one UPDATE per distinct set of values.

    Freshly imported articles share few distinct combinations of counts, and
    a plain UPDATE ... WHERE id IN (...) costs far less than bulk_update's
    per-row CASE expressions, which dominated the time of flagging an import.
    """
    fields = [*COUNT_FIELDS, "status"]
    groups: dict[tuple, list[int]] = defaultdict(list)
    for article in articles:
        groups[tuple(getattr(article, field) for field in fields)].append(article.pk)
    for values, ids in groups.items():
        Article.objects.filter(pk__in=ids).update(**dict(zip(fields, values, strict=True)))


def refresh_source_summaries(source_ids: Iterable[int]) -> None:
    """Recompute each source's article count and open flags per kind for the overview."""
    sums = {f"flags_{kind}": Sum(f"flags_{kind}") for kind in FLAG_KINDS}
    for source_id in set(source_ids):
        totals = Article.objects.filter(source_id=source_id).aggregate(n=Count("id"), **sums)
        Source.objects.filter(pk=source_id).update(
            article_count=totals.pop("n") or 0,
            flag_counts={key.removeprefix("flags_"): value or 0 for key, value in totals.items()},
        )
