"""Batches as the web and the worker see them: start, claim, resume, stalled, progress."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from newsfix.models import ImportBatch

from .service import run_batch

logger = logging.getLogger(__name__)

# A running batch whose heartbeat is older than this lost its worker.
STALLED_AFTER = dt.timedelta(minutes=2)


def start(
    uploaded: UploadedFile, *, user=None, source: str = "", defer_flagging: bool = False
) -> ImportBatch:
    """Keep the upload in file storage and queue its import; returns at once."""
    batch = ImportBatch(
        created_by=user,
        filename=(uploaded.name or "upload")[:500],
        source_name=source.strip()[:200],
        defer_flagging=defer_flagging,
        bytes_total=uploaded.size or 0,
    )
    batch.file.save(uploaded.name or "upload", uploaded, save=False)
    batch.save()
    _enqueue(batch)
    return batch


def _enqueue(batch: ImportBatch) -> None:
    from newsfix.tasks import run_import

    def send() -> None:
        result = run_import.enqueue(batch.pk)
        ImportBatch.objects.filter(pk=batch.pk).update(task_id=str(result.id)[:64])

    transaction.on_commit(send)


def is_stalled(batch: ImportBatch, now: dt.datetime | None = None) -> bool:
    """Running, but no sign of life from its worker for a while."""
    if batch.status != ImportBatch.Status.RUNNING:
        return False
    last = batch.heartbeat_at or batch.started_at or batch.created_at
    return (now or timezone.now()) - last > STALLED_AFTER


def can_resume(batch: ImportBatch) -> bool:
    """Only uploads can resume here; a command's batch resumes by running the command again."""
    if not batch.file:
        return False
    return batch.status == ImportBatch.Status.FAILED or is_stalled(batch)


def resume(batch: ImportBatch) -> bool:
    """Queue a stalled or failed batch again; it carries on after its last committed chunk."""
    if not can_resume(batch):
        return False
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.PENDING, error="")
    _enqueue(batch)
    return True


def claim(batch_id: int) -> ImportBatch | None:
    """Take a batch for this worker, unless another live worker has it or it is done."""
    now = timezone.now()
    taken = (
        ImportBatch.objects.filter(pk=batch_id)
        .filter(
            Q(status=ImportBatch.Status.PENDING)
            | Q(status=ImportBatch.Status.RUNNING, heartbeat_at__lt=now - STALLED_AFTER)
        )
        .update(status=ImportBatch.Status.RUNNING, heartbeat_at=now, error="")
    )
    return ImportBatch.objects.get(pk=batch_id) if taken else None


def run_stored(batch_id: int) -> ImportBatch | None:
    """Import a batch's stored file (the task's body); failures are kept on the batch."""
    batch = claim(batch_id)
    if batch is None:
        return None
    try:
        with batch.file.open("rb") as stream:
            run_batch(batch, stream)
    except Exception as exc:
        logger.exception("import %s failed", batch_id)
        ImportBatch.objects.filter(pk=batch_id).update(
            status=ImportBatch.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        return None
    return batch


@dataclass(frozen=True, slots=True)
class Progress:
    percent: int
    rate: float  # rows a second
    seconds_left: int | None


def progress(batch: ImportBatch, now: dt.datetime | None = None) -> Progress:
    """How far a batch is, how fast it goes and how long it still needs."""
    if batch.status == ImportBatch.Status.DONE:
        percent = 100
    elif batch.bytes_total:
        percent = min(99, int(100 * batch.bytes_read / batch.bytes_total))
    else:
        percent = 0
    end = batch.finished_at or batch.heartbeat_at or now or timezone.now()
    elapsed = (end - batch.started_at).total_seconds() if batch.started_at else 0
    rate = batch.rows_read / elapsed if elapsed > 0 else 0.0
    left = None
    if batch.status == ImportBatch.Status.RUNNING and batch.bytes_read and elapsed > 0:
        per_byte = elapsed / batch.bytes_read
        left = int(per_byte * max(batch.bytes_total - batch.bytes_read, 0))
    return Progress(percent=percent, rate=rate, seconds_left=left)
