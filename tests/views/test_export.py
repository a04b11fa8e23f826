"""The JSON Lines export of published articles, for admins."""

from __future__ import annotations

import json

from django.urls import reverse

from tests.published import make_article, make_published


def test_admins_download_every_published_article_as_json_lines(admin_client_, source):
    first = make_published(source, title="Été")
    second = make_published(source)
    make_article(source)
    response = admin_client_.get(reverse("export_published"))
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode("utf-8")
    lines = [json.loads(line) for line in body.splitlines()]
    assert [row["id"] for row in lines] == [first.pk, second.pk]
    assert lines[0]["title"] == "Été"
    assert "Été" in body


def test_editors_may_not_export(editor_client, db):
    assert editor_client.get(reverse("export_published")).status_code == 403
