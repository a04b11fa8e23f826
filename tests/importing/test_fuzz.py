"""Whatever the bytes, the importer reports problems instead of crashing; the page never 500s."""

from __future__ import annotations

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfix.importing.readers import open_rows
from newsfix.importing.records import Invalid, to_record
from newsfix.importing.service import run_batch
from newsfix.models import ImportBatch

from .conftest import gzipped, small_limits, zipped

LIMITS = small_limits(article_bytes=2000)
FIELDS = ["text", "body", "title", "url", "site", "lang", "date", "extra", "TEXT", ""]
CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
rows = st.dictionaries(st.sampled_from(FIELDS), json_values | st.text(max_size=3000), max_size=6)


@st.composite
def damaged_files(draw) -> tuple[bytes, str]:
    """Plausible files (JSON Lines, arrays, CSV, HTML) in odd encodings, cut and corrupted."""
    kind = draw(st.sampled_from(["jsonl", "json", "csv", "html"]))
    items = draw(st.lists(rows, max_size=6))
    if kind == "jsonl":
        text = "\n".join(json.dumps(item, ensure_ascii=draw(st.booleans())) for item in items)
    elif kind == "json":
        text = json.dumps(items, indent=draw(st.sampled_from([None, 2])))
    elif kind == "csv":
        header = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4))
        delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
        lines = [delimiter.join(header)] + [
            delimiter.join(draw(st.text(max_size=30)) for _ in header) for _ in items
        ]
        text = "\n".join(lines)
    else:
        text = f"<html><body><article><p>{draw(st.text(max_size=200))}</p></article></body></html>"
    data = text.encode(draw(st.sampled_from(CODECS)), "replace")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=20)) + data[cut + draw(st.integers(0, 5)) :]
    wrap = draw(st.sampled_from(["none", "none", "gzip", "zip"]))
    if wrap == "gzip":
        data = gzipped(data)
    elif wrap == "zip":
        data = zipped({f"a.{kind}": data})
    return data, f"upload.{draw(st.sampled_from([kind, 'txt', 'bin', 'gz']))}"


def read_all(data: bytes, name: str) -> int:
    _, found = open_rows(io.BytesIO(data), name, LIMITS)
    count = 0
    for row in found:
        count += 1
        assert (row.fields is None) != (row.problem is None)
        if row.fields is not None:
            try:
                to_record(row, LIMITS)
            except Invalid as exc:
                assert str(exc)
    return count


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["a.jsonl", "a.json", "a.csv", "a.html", "a"]))
def test_random_bytes_never_crash_the_reader(data, name):
    read_all(data, name)


@settings(max_examples=150, deadline=None)
@given(damaged_files())
def test_damaged_files_in_odd_encodings_never_crash_the_reader(file):
    read_all(*file)


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 4), st.sampled_from(["jsonl", "csv", "json"]))
def test_huge_fields_are_refused_without_reading_them_whole(multiple, kind):
    big = "é" * (LIMITS.line_chars * multiple)
    if kind == "jsonl":
        data = (json.dumps({"text": big}) + "\n" + json.dumps({"text": "ok"})).encode()
    elif kind == "json":
        data = json.dumps([{"text": big}, {"text": "ok"}]).encode()
    else:
        data = f'text\n"{big}"\nok\n'.encode()
    _, found = open_rows(io.BytesIO(data), f"a.{kind}", LIMITS)
    found = list(found)
    assert found[0].problem
    assert found[-1].fields == {"text": "ok"}


@pytest.mark.django_db
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(damaged_files() | st.tuples(st.binary(max_size=2000), st.just("x.jsonl")))
def test_an_import_of_any_file_finishes_and_its_counts_add_up(file):
    data, name = file
    batch = ImportBatch.objects.create(filename=name, bytes_total=len(data))
    run_batch(batch, io.BytesIO(data))
    batch.refresh_from_db()
    assert batch.status == "done"
    assert batch.created + batch.duplicates + batch.problems == batch.rows_read
    assert batch.problem_rows.count() == batch.problems


@pytest.mark.django_db
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(damaged_files() | st.tuples(st.binary(max_size=2000), st.just("x.bin")), st.booleans())
def test_the_upload_page_never_answers_500(admin_client_, file, preview):
    data, name = file
    post = {"file": SimpleUploadedFile(name or "x", data)}
    if preview:
        post["preview"] = "1"
    response = admin_client_.post("/imports/new/", post)
    assert response.status_code in (200, 302, 400)
