"""The import: one file -> articles, stories and problems, committed in chunks.

Shared by the upload task and the ``import_articles`` command. Each chunk of
rows is validated, deduplicated against the chunk and the database (one
query for hashes, one for URLs), grouped into stories and committed with
the batch's counts, so a killed import resumes after the last committed
chunk and a file imported twice creates nothing the second time.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from typing import BinaryIO

from django.db import connection, reset_queries, transaction
from django.utils import timezone

from newsfix import analysis
from newsfix.models import Article, AuditEntry, ImportBatch, ImportProblem, Source, Story
from newsfix.text import scan

from .grouping import Grouper, blocking_key
from .limits import Limits
from .readers import open_rows
from .records import Invalid, Record, host_of, to_record
from .rows import Row, storable

logger = logging.getLogger(__name__)

CHUNK_ROWS = 500
RECONNECT_EVERY = 10  # chunks
# Serialises dedupe + insert between workers on PostgreSQL (SQLite's write lock does it there).
LOCK_ID = 0x6E657773
PROGRESS_FIELDS = [
    "format",
    "status",
    "bytes_read",
    "rows_read",
    "created",
    "duplicates",
    "problems",
    "rows_committed",
    "heartbeat_at",
    "started_at",
]

ChunkCallback = Callable[[ImportBatch, list[ImportProblem]], None]


class _Importer:
    def __init__(self, batch: ImportBatch, limits: Limits, dry_run: bool) -> None:
        self.batch = batch
        self.limits = limits
        self.dry_run = dry_run
        self.source_ids: dict[str, int] = {}
        self.flag_counts: Counter[str] = Counter()
        self.flagging_failures = 0
        # Only a dry run, which stores nothing, must remember what it has seen.
        self.seen_hashes: set[str] = set()
        self.seen_urls: set[str] = set()

    def _problem(self, line: int, member: str, reason: str, excerpt: str = "") -> ImportProblem:
        return ImportProblem(
            batch=None if self.dry_run else self.batch,
            line=max(line, 0),
            member=storable(member)[:500],
            reason=storable(reason)[:1000],
            excerpt=storable(excerpt)[:300],
        )

    def _validate(self, rows: list[Row]) -> tuple[list[Record], list[ImportProblem]]:
        records, problems = [], []
        for row in rows:
            if row.problem is not None:
                problems.append(self._problem(row.line, row.member, row.problem, row.excerpt))
                continue
            try:
                records.append(to_record(row, self.limits, self.batch.source_name))
            except Invalid as exc:
                problems.append(self._problem(row.line, row.member, str(exc)))
        return records, problems

    def _fresh(self, records: list[Record]) -> list[Record]:
        hashes = {r.content_hash for r in records}
        urls = {r.url for r in records if r.url}
        known_hashes = set(
            Article.objects.filter(content_hash__in=hashes).values_list("content_hash", flat=True)
        )
        known_urls = set(Article.objects.filter(url__in=urls).values_list("url", flat=True))
        if self.dry_run:
            known_hashes |= self.seen_hashes & hashes
            known_urls |= self.seen_urls & urls
        fresh = []
        for record in records:
            if record.content_hash in known_hashes or (record.url and record.url in known_urls):
                continue
            known_hashes.add(record.content_hash)
            if record.url:
                known_urls.add(record.url)
            fresh.append(record)
        if self.dry_run:
            self.seen_hashes |= hashes
            self.seen_urls |= urls
        return fresh

    def _sources(self, records: list[Record]) -> None:
        # A name given for the whole file says nothing about the domain of each URL.
        given = self.batch.source_name
        domains = {
            r.source: "" if r.source == given else host_of(r.url)
            for r in reversed(records)
            if r.source
        }
        wanted = domains.keys() - self.source_ids.keys()
        if not wanted:
            return
        found = dict(Source.objects.filter(name__in=wanted).values_list("name", "id"))
        missing = wanted - found.keys()
        if missing:
            Source.objects.bulk_create(
                [Source(name=name, domain=domains[name]) for name in sorted(missing)],
                ignore_conflicts=True,
            )
            found.update(Source.objects.filter(name__in=missing).values_list("name", "id"))
        self.source_ids.update(found)

    def _articles(self, records: list[Record], keys: list[str], grouper: Grouper) -> list[Article]:
        return [
            Article(
                title=r.title,
                url=r.url,
                source_id=self.source_ids.get(r.source),
                batch=self.batch,
                story=grouper.story_for(r.title, r.text, key),
                language=r.language,
                content_hash=r.content_hash,
                raw_text=r.text,
                raw_html=r.raw_html,
                current_text=r.text,
                extra=r.extra,
                source_published_at=r.published,
            )
            for r, key in zip(records, keys, strict=True)
        ]

    def chunk(self, rows: list[Row], position: int) -> list[ImportProblem]:
        """Store one chunk of rows and the batch's progress; returns its problems."""
        records, problems = self._validate(rows)
        batch = self.batch
        if self.dry_run:
            fresh = self._fresh(records)
            for record in fresh:
                found = scan(record.text, title=record.title, language=record.language)
                self.flag_counts.update(flag.kind for flag in found)
            self._count(rows, fresh, records, problems, position)
            return problems
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_ID])
            fresh = self._fresh(records)
            self._sources(fresh)
            keys = [blocking_key(r.title, r.text) for r in fresh]
            grouper = Grouper(keys)
            articles = self._articles(fresh, keys, grouper)
            Story.objects.bulk_create(grouper.new)
            Article.objects.bulk_create(articles)
            ImportProblem.objects.bulk_create(problems)
            self._count(rows, fresh, records, problems, position)
            batch.save(update_fields=PROGRESS_FIELDS)
            if batch.defer_flagging:
                # Queued in the same transaction: stored articles are never left unqueued.
                self._defer([a.pk for a in articles])
        if not batch.defer_flagging:
            self.flag(articles)
        return problems

    def _count(self, rows, fresh, records, problems, position: int) -> None:
        batch = self.batch
        batch.rows_read += len(rows)
        batch.rows_committed += len(rows)
        batch.created += len(fresh)
        batch.duplicates += len(records) - len(fresh)
        batch.problems += len(problems)
        batch.bytes_read = max(batch.bytes_read, position)
        batch.heartbeat_at = timezone.now()

    def flag(self, articles: list[Article]) -> None:
        """Flag new articles; one the text engine fails on is left unflagged, not lost."""
        try:
            analysis.analyse_many(articles)
        except Exception:
            logger.exception("bulk flagging failed; flagging one by one")
            for article in articles:
                try:
                    analysis.analyse_many([article])
                except Exception:
                    logger.exception("article %s could not be flagged", article.pk)
                    self.flagging_failures += 1

    def _defer(self, ids: list[int]) -> None:
        if ids:
            from newsfix.tasks import analyse_articles

            analyse_articles.enqueue(ids)

    def flag_leftovers(self) -> None:
        """Articles a killed run stored but did not flag."""
        left = Article.objects.filter(batch=self.batch, flagged_version__isnull=True)
        while chunk := list(left.order_by("pk")[:CHUNK_ROWS]):
            self.flag(chunk)
            if self.flagging_failures:
                return


def _release_connection() -> None:
    """Start a fresh database connection between chunks.

    Over a long import the connection holds on to memory (statement caches
    of large bulk inserts of varying sizes): on SQLite peak memory grew by
    tens of megabytes between 10k and 50k rows, and a fresh connection every
    few chunks returns it. Inside a caller's transaction it is left alone.
    """
    if not connection.in_atomic_block:
        connection.close()


def _position(stream: BinaryIO) -> int:
    try:
        return stream.tell()
    except (AttributeError, OSError, ValueError):
        return 0


def guarded(rows: Iterator[Row]) -> Iterator[Row]:
    """A reader failure ends the file with a problem instead of failing the batch."""
    line = 0
    try:
        for row in rows:
            line = row.line
            yield row
    except Exception as exc:  # the rows read so far are kept
        logger.exception("reader failed after line %s", line)
        yield Row(line, problem=f"the file could not be read past here ({type(exc).__name__})")


def run_batch(
    batch: ImportBatch,
    stream: BinaryIO,
    *,
    dry_run: bool = False,
    on_chunk: ChunkCallback | None = None,
    limits: Limits | None = None,
) -> Counter[str]:
    """Import ``stream`` into ``batch`` (resuming after ``rows_committed``); finish it.

    Returns the flag kinds found when ``dry_run`` (nothing is stored then).
    """
    importer = _Importer(batch, limits or Limits.from_settings(), dry_run)
    fmt, rows = open_rows(stream, batch.filename, importer.limits)
    batch.format = fmt
    if not dry_run:
        batch.status = ImportBatch.Status.RUNNING
        batch.started_at = batch.started_at or timezone.now()
        batch.heartbeat_at = timezone.now()
        batch.save(update_fields=PROGRESS_FIELDS)
        if batch.rows_committed and not batch.defer_flagging:
            importer.flag_leftovers()
    skip, chunk, chunks = batch.rows_committed, [], 0
    for index, row in enumerate(guarded(rows)):
        if index < skip:
            continue
        chunk.append(row)
        if len(chunk) >= CHUNK_ROWS:
            problems = importer.chunk(chunk, _position(stream))
            chunk, chunks = [], chunks + 1
            # With DEBUG on, Django keeps every query's SQL: chunks of inserts add up.
            reset_queries()
            if chunks % RECONNECT_EVERY == 0:
                _release_connection()
            if on_chunk:
                on_chunk(batch, problems)
    problems = importer.chunk(chunk, batch.bytes_total or _position(stream))
    if on_chunk:
        on_chunk(batch, problems)
    if not dry_run:
        _finish(batch, importer)
    return importer.flag_counts


def _finish(batch: ImportBatch, importer: _Importer) -> None:
    source_ids = set(
        Article.objects.filter(batch=batch, source__isnull=False)
        .values_list("source_id", flat=True)
        .distinct()
    )
    analysis.refresh_source_summaries(source_ids)
    batch.status = ImportBatch.Status.DONE
    batch.finished_at = timezone.now()
    if importer.flagging_failures:
        batch.error = f"{importer.flagging_failures} article(s) could not be flagged"
    batch.save(update_fields=[*PROGRESS_FIELDS, "finished_at", "error"])
    AuditEntry.objects.create(
        actor=batch.created_by,
        action=AuditEntry.Action.IMPORT,
        batch=batch,
        detail=(
            f"{batch.filename}: {batch.created} created, {batch.duplicates} duplicates, "
            f"{batch.problems} problems"
        )[:1000],
    )
