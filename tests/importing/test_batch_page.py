"""The batch list and page: progress (full page and htmx poll), problems, stalled, resume."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from newsfix.models import Article, ImportBatch, ImportProblem

from .conftest import TEXT_EN, TEXT_FR, jsonl

pytestmark = pytest.mark.django_db
POLL = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "import-progress"}


def make_batch(**fields) -> ImportBatch:
    values = {
        "filename": "scrape.jsonl",
        "status": "running",
        "bytes_total": 1000,
        "bytes_read": 250,
        "rows_read": 100,
        "created": 90,
        "duplicates": 6,
        "problems": 4,
        "started_at": timezone.now() - dt.timedelta(seconds=10),
        "heartbeat_at": timezone.now(),
    }
    values.update(fields)
    return ImportBatch.objects.create(**values)


def test_the_list_shows_each_batch_with_its_counts(admin_client_):
    batch = make_batch()
    body = admin_client_.get("/imports/").content.decode()
    assert f'href="/imports/{batch.pk}/"' in body
    assert "scrape.jsonl" in body and "<td>90</td>" in body


def test_a_running_batch_shows_its_counts_rate_and_time_left_and_polls(admin_client_):
    batch = make_batch()
    body = admin_client_.get(f"/imports/{batch.pk}/").content.decode()
    assert 'hx-trigger="every 2s"' in body
    assert '<progress max="100" value="25">' in body
    assert "10 rows/s" in body
    assert "about 30 s" in body
    assert "<dd>90</dd>" in body and "<dd>6</dd>" in body


def test_the_poll_answers_with_the_progress_partial_only(admin_client_):
    batch = make_batch()
    response = admin_client_.get(f"/imports/{batch.pk}/", **POLL)
    body = response.content.decode()
    assert body.startswith('<section id="import-progress"')
    assert "<html" not in body


def test_a_finished_batch_stops_polling(admin_client_):
    batch = make_batch(status="done", finished_at=timezone.now())
    body = admin_client_.get(f"/imports/{batch.pk}/", **POLL).content.decode()
    assert "hx-trigger" not in body
    assert 'value="100"' in body


def test_a_running_batch_without_a_recent_heartbeat_shows_as_stalled_with_resume(admin_client_):
    batch = make_batch(heartbeat_at=timezone.now() - dt.timedelta(minutes=10))
    batch.file.save("scrape.jsonl", ContentFile(b""))
    body = admin_client_.get(f"/imports/{batch.pk}/").content.decode()
    assert "stalled" in body
    assert f'action="/imports/{batch.pk}/resume"' in body
    assert "hx-trigger" not in body
    assert "stalled" in admin_client_.get("/imports/").content.decode()


def test_a_stalled_command_run_has_no_resume_button_since_it_resumes_by_running_again(
    admin_client_,
):
    batch = make_batch(heartbeat_at=timezone.now() - dt.timedelta(minutes=10))
    body = admin_client_.get(f"/imports/{batch.pk}/").content.decode()
    assert "stalled" in body
    assert "/resume" not in body


def test_the_problems_are_listed_with_their_line_and_paged(admin_client_):
    batch = make_batch(status="done")
    ImportProblem.objects.bulk_create(
        ImportProblem(batch=batch, line=n, reason=f"reason {n}") for n in range(1, 61)
    )
    body = admin_client_.get(f"/imports/{batch.pk}/").content.decode()
    assert "line 1<" in body and "reason 50" in body and "reason 51" not in body
    response = admin_client_.get(
        f"/imports/{batch.pk}/?page=2", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="import-problems"
    )
    assert response.content.decode().startswith('<section id="import-problems">')
    assert "reason 60" in response.content.decode()


def test_resuming_a_stalled_batch_finishes_it_without_duplicates(
    admin_client_, django_capture_on_commit_callbacks
):
    data = jsonl({"text": TEXT_FR}, {"text": TEXT_EN})
    batch = make_batch(
        heartbeat_at=timezone.now() - dt.timedelta(minutes=10),
        rows_read=0,
        created=0,
        duplicates=0,
        problems=0,
        bytes_read=0,
        bytes_total=len(data),
    )
    batch.file.save("scrape.jsonl", ContentFile(data))
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_.post(f"/imports/{batch.pk}/resume")
    assert response.status_code == 302
    batch.refresh_from_db()
    assert (batch.status, batch.created) == ("done", 2)
    assert Article.objects.count() == 2


def test_resuming_over_htmx_answers_with_the_progress(admin_client_):
    batch = make_batch(status="done")
    response = admin_client_.post(f"/imports/{batch.pk}/resume", **POLL)
    assert response.content.decode().startswith('<section id="import-progress"')


def test_a_live_batch_is_not_resumed(admin_client_):
    batch = make_batch()
    response = admin_client_.post(f"/imports/{batch.pk}/resume", follow=True)
    assert "nothing to resume" in response.content.decode()
    batch.refresh_from_db()
    assert batch.status == "running"


@pytest.mark.parametrize("path", ["/imports/", "/imports/{pk}/"], ids=["list", "batch"])
def test_editors_may_not_see_imports(editor_client, path):
    batch = make_batch()
    assert editor_client.get(path.format(pk=batch.pk)).status_code == 403


def test_resume_only_accepts_post(admin_client_):
    batch = make_batch()
    assert admin_client_.get(f"/imports/{batch.pk}/resume").status_code == 405
