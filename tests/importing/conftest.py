"""Helpers for import tests: build files in memory and run them through the service."""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest

from newsfix.importing.limits import Limits
from newsfix.importing.service import run_batch
from newsfix.models import ImportBatch

TEXT_FR = "Les diplomates se réunissent lundi à Genève après des semaines de tension."
TEXT_EN = "The minister said on Tuesday that the talks had failed and would resume."


def jsonl(*rows) -> bytes:
    return "".join(
        (row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n"
        for row in rows
    ).encode("utf-8")


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data)


def small_limits(**overrides) -> Limits:
    values = {
        "upload_bytes": 10 * 1024**2,
        "article_bytes": 10_000,
        "archive_bytes": 50 * 1024**2,
        "compression_ratio": 100,
        "archive_files": 20,
    }
    values.update(overrides)
    return Limits(**values)


def run_import(data: bytes, filename: str = "scrape.jsonl", **fields) -> ImportBatch:
    """A saved batch for ``data``, imported to the end."""
    batch = ImportBatch.objects.create(filename=filename, bytes_total=len(data), **fields)
    run_batch(batch, io.BytesIO(data))
    batch.refresh_from_db()
    return batch


@pytest.fixture
def limits() -> Limits:
    return small_limits()
