"""The audit log page: admins only, filter by action, keyset pages, htmx partial."""

from __future__ import annotations

from django.urls import reverse

from newsfix import publishing
from newsfix.models import AuditEntry, ImportBatch
from newsfix.views import audit
from tests.published import make_published

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_admins_see_who_did_what(admin_client_, editor, source):
    article = make_published(source, editor, title="Sur <la> Seine")
    publishing.unpublish(article, editor, "erreur")
    response = admin_client_.get(reverse("audit"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" in body
    assert "unpublished" in body and "published" in body
    assert "Sur &lt;la&gt; Seine" in body and "erreur" in body


def test_it_filters_by_action(admin_client_, editor, source):
    article = make_published(source, editor)
    publishing.unpublish(article, editor, "erreur")
    response = admin_client_.get(reverse("audit"), {"action": "unpublish"})
    assert [e.action for e in response.context["entries"]] == ["unpublish"]


def test_the_htmx_request_gets_the_table_only(admin_client_, db):
    response = admin_client_.get(reverse("audit"), **HTMX)
    body = response.content.decode()
    assert body.startswith('<div id="audit-table">') and "<html" not in body


def test_pages_follow_each_other_without_gaps_or_repeats(admin_client_, monkeypatch, editor):
    monkeypatch.setattr(audit, "PAGE_SIZE", 2)
    AuditEntry.objects.bulk_create(
        AuditEntry(action="import", actor=editor, detail=str(i)) for i in range(5)
    )
    seen, params = [], {}
    for _page in range(3):
        response = admin_client_.get(reverse("audit"), params)
        seen += [e.detail for e in response.context["entries"]]
        params = {"after": response.context["next_cursor"]}
    assert sorted(seen) == ["0", "1", "2", "3", "4"]
    assert response.context["next_cursor"] is None


def test_a_broken_cursor_shows_the_first_page(admin_client_, db):
    assert admin_client_.get(reverse("audit"), {"after": "%%"}).status_code == 200


def test_editors_may_not_read_the_audit_log(editor_client):
    assert editor_client.get(reverse("audit")).status_code == 403


def test_an_import_entry_links_to_its_batch(admin_client_, admin_user):
    batch = ImportBatch.objects.create(created_by=admin_user, filename="lemonde.jsonl")
    AuditEntry.objects.create(action="import", actor=admin_user, batch=batch)
    body = admin_client_.get(reverse("audit")).content.decode()
    assert f'href="{reverse("import_batch", args=[batch.pk])}"' in body


def test_the_menu_offers_the_audit_log_and_export_to_admins_only(admin_client_, client, editor):
    admin_menu = admin_client_.get(reverse("queue")).content.decode()
    client.force_login(editor)
    editor_menu = client.get(reverse("queue")).content.decode()
    for url in (reverse("audit"), reverse("export_published")):
        assert f'href="{url}"' in admin_menu
        assert f'href="{url}"' not in editor_menu
