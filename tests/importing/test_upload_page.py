"""The upload page: form, preview (full page and htmx partial) storing nothing, and the start."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from newsfix.models import Article, ImportBatch

from .conftest import TEXT_FR, jsonl

pytestmark = pytest.mark.django_db
URL = "/imports/new/"
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "import-preview"}


def upload(data: bytes, name: str = "scrape.jsonl") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_the_url_names_resolve_to_the_imports_pages():
    assert reverse("import_upload") == URL
    assert reverse("imports") == "/imports/"


def test_it_shows_the_form(admin_client_):
    response = admin_client_.get(URL)
    assert response.status_code == 200
    assert b'name="file"' in response.content
    assert b'hx-post="/imports/new/"' in response.content


@pytest.mark.parametrize("client_name", ["client", "editor_client"], ids=["anonymous", "editor"])
def test_only_users_allowed_to_import_get_the_page(request, client_name):
    client = request.getfixturevalue(client_name)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    if client_name == "editor_client":
        assert response.status_code == 403


def test_a_preview_shows_the_first_rows_flagged_and_stores_nothing(admin_client_):
    data = jsonl({"text": "Il est arrivé aprèsMoscou hier.", "title": "Arrivée"}, {"text": 4})
    response = admin_client_.post(URL, {"file": upload(data), "preview": "1"})
    assert response.status_code == 200
    assert "Arrivée" in response.content.decode()
    assert "field `text` must be text, found a number" in response.content.decode()
    assert b"<html" in response.content
    assert (Article.objects.count(), ImportBatch.objects.count()) == (0, 0)


def test_the_htmx_preview_answers_with_the_partial_only(admin_client_):
    data = jsonl({"text": TEXT_FR, "title": "Genève"})
    response = admin_client_.post(URL, {"file": upload(data), "preview": "1"}, **HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.startswith('<section id="import-preview"')
    assert "Genève" in body and "<html" not in body
    assert ImportBatch.objects.count() == 0


def test_scraped_markup_in_a_preview_is_escaped(admin_client_):
    data = jsonl({"text": "<script>alert(1)</script> Texte.", "title": "<b>x</b>"})
    body = admin_client_.post(URL, {"file": upload(data), "preview": "1"}).content.decode()
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)" in body


def test_importing_stores_the_file_queues_the_task_and_shows_the_batch(
    admin_client_, admin_user, django_capture_on_commit_callbacks
):
    data = jsonl({"text": TEXT_FR})
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_.post(URL, {"file": upload(data), "source": "AFP"})
    batch = ImportBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/imports/{batch.pk}/"
    assert (batch.filename, batch.source_name, batch.created_by) == (
        "scrape.jsonl",
        "AFP",
        admin_user,
    )
    assert batch.file.read() == data
    # Tests run tasks at once: the import is already done.
    assert (batch.status, batch.created) == ("done", 1)
    assert Article.objects.get().source.name == "AFP"


def test_a_file_over_the_upload_limit_is_refused_with_the_limit(admin_client_, settings):
    settings.NEWSFIX_MAX_UPLOAD_BYTES = 10
    response = admin_client_.post(URL, {"file": upload(jsonl({"text": TEXT_FR}))})
    assert response.status_code == 400
    assert "uploads may be at most 10 bytes" in response.content.decode()
    assert ImportBatch.objects.count() == 0


def test_a_post_without_a_file_is_answered_with_the_form_errors(admin_client_):
    response = admin_client_.post(URL, {"preview": "1"}, **HTMX)
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()


def test_the_nav_links_to_imports_only_for_users_allowed_to_import(admin_user, editor):
    admin, ed = Client(), Client()
    admin.force_login(admin_user)
    ed.force_login(editor)
    assert b'href="/imports/"' in admin.get("/imports/").content
    assert b'href="/imports/"' not in ed.get("/accounts/password/").content


def test_undecodable_bytes_in_a_csv_header_are_shown_replaced_not_a_crash(admin_client_):
    data = b"\x80\xe1\x80\x80text,title\nBonjour,T\n"
    response = admin_client_.post(URL, {"file": upload(data, "a.csv"), "preview": "1"})
    assert response.status_code == 200
    assert "\ufffd" in response.content.decode()
