"""An admin previews a file in place, imports it and watches the batch page finish."""

from __future__ import annotations

import json

import pytest

from newsfix.models import Article, ImportBatch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_preview_swaps_in_without_losing_the_chosen_file_then_the_import_runs(
    page, live_server, login, admin_user, tmp_path
):
    scrape = tmp_path / "scrape.jsonl"
    rows = [
        {"title": "Les diplomates à Genève", "text": "Il est arrivé aprèsMoscou hier."},
        {"title": "<script>window.hacked = 1</script>", "text": "Texte. <b>gras</b>"},
    ]
    scrape.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    login(admin_user)
    page.click("text=Imports")
    page.click("text=Import a file")
    page.set_input_files("#id_file", str(scrape))
    page.click("button[name=preview]")
    page.wait_for_selector("#import-preview table")
    assert page.get_by_text("Les diplomates à Genève").is_visible()
    assert page.evaluate("window.hacked") is None
    assert ImportBatch.objects.count() == 0

    page.click("button.primary")
    page.wait_for_url(f"{live_server.url}/imports/*/")
    assert page.locator(".import-status").inner_text() == "done"
    assert Article.objects.count() == 2
