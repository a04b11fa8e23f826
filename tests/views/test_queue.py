"""The queue screen: filters, search, sorting, keyset pages, next article, bulk actions."""

from __future__ import annotations

import importlib
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from newsfix import queue as worklist
from newsfix import review
from newsfix.models import Article, AuditEntry, EditSession, Source
from newsfix.views.links import editor_url
from tests.published import make_article, make_published

Status = Article.Status
HTMX = {"HTTP_HX_REQUEST": "true"}


def _titles(response) -> list[str]:
    return [row["title"] for row in response.context["articles"]]


def _article(title: str, source=None, flags: dict[str, int] | None = None, **kw) -> Article:
    article = make_article(source, title=title, **kw)
    counts = {f"flags_{kind}": n for kind, n in (flags or {}).items()}
    Article.objects.filter(pk=article.pk).update(open_flags=sum(counts.values()), **counts)
    article.refresh_from_db()
    return article


@pytest.fixture
def desk(db, source):
    other = Source.objects.create(name="figaro.example")
    return {
        "glued": _article("Glued words", source, {"merge_artifact": 3}, status=Status.FLAGGED),
        "clean": _article("Clean english", other, language="en", text="A calm day in Paris."),
        "quotes": _article("Quotes", other, {"unbalanced_quote": 1}, status=Status.IN_REVIEW),
        "other": other,
    }


def test_the_page_shows_each_article_with_its_counts_per_kind(editor_client, desk):
    response = editor_client.get(reverse("queue"))
    body = response.content.decode()
    assert response.status_code == 200
    assert set(_titles(response)) == {"Glued words", "Clean english", "Quotes"}
    assert "glued words 3" in body
    assert f'href="{editor_url(desk["glued"].pk)}"' in body
    assert 'id="queue-table"' in body and "<html" in body


def test_htmx_gets_only_the_table(editor_client, desk):
    response = editor_client.get(reverse("queue"), {"status": "flagged"}, **HTMX)
    body = response.content.decode()
    assert body.startswith('<div id="queue-table">') and "<html" not in body
    assert _titles(response) == ["Glued words"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "in_review"}, {"Quotes"}),
        ({"language": "en"}, {"Clean english"}),
        ({"kind": "merge_artifact"}, {"Glued words"}),
        ({"kind": "unbalanced_quote", "status": "flagged"}, set()),
        ({"q": "calm day"}, {"Clean english"}),
        ({"q": "glued"}, {"Glued words"}),
        ({"status": "nonsense", "kind": "nonsense"}, {"Glued words", "Clean english", "Quotes"}),
    ],
    ids=["status", "language", "kind", "kind-and-status", "search-text", "search-title", "junk"],
)
def test_filters_narrow_the_list(editor_client, desk, params, expected):
    assert set(_titles(editor_client.get(reverse("queue"), params))) == expected


def test_it_filters_by_source(editor_client, desk):
    response = editor_client.get(reverse("queue"), {"source": desk["other"].pk})
    assert set(_titles(response)) == {"Clean english", "Quotes"}


def test_sorting_by_flags_puts_the_most_damaged_first(editor_client, desk):
    response = editor_client.get(reverse("queue"), {"sort": "flags"})
    assert _titles(response) == ["Glued words", "Quotes", "Clean english"]


@pytest.mark.parametrize("sort", ["updated", "oldest", "flags"])
def test_pages_cover_every_article_once_without_counting(editor_client, db, monkeypatch, sort):
    monkeypatch.setattr(worklist, "PAGE_SIZE", 3)
    for i in range(8):
        _article(f"a{i}", flags={"spacing": i % 3})
    seen, params = [], {"sort": sort}
    with CaptureQueriesContext(connection) as queries:
        while True:
            response = editor_client.get(reverse("queue"), params, **HTMX)
            seen += _titles(response)
            if not response.context["next_query"]:
                break
            params = {"sort": sort, "after": response.context["next_query"].split("after=")[1]}
    assert sorted(seen) == [f"a{i}" for i in range(8)]
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]


def test_a_broken_cursor_shows_the_first_page(editor_client, desk):
    assert len(_titles(editor_client.get(reverse("queue"), {"after": "zz"}))) == 3


def test_the_damage_overview_is_drawn_from_the_source_summary(editor_client, desk, source):
    Source.objects.filter(pk=source.pk).update(
        article_count=7, flag_counts={"merge_artifact": 40, "encoding": 2}
    )
    body = editor_client.get(reverse("queue")).content.decode()
    assert '<svg class="chart"' in body
    assert 'class="bar k-merge_artifact"' in body and 'class="bar k-encoding"' in body
    assert "lemonde.example: 42 / 7 articles" in body
    assert " style=" not in body


def test_next_goes_to_the_free_article_with_most_open_flags(editor_client, editor, other_editor):
    busy = _article("Busy", flags={"spacing": 9}, status=Status.FLAGGED)
    best = _article("Best", flags={"spacing": 5})
    _article("Less", flags={"spacing": 2}, status=Status.FLAGGED)
    _article("Published", flags={"spacing": 20}, status=Status.PUBLISHED)
    EditSession.objects.create(article=busy, user=other_editor)
    response = editor_client.get(reverse("queue_next"))
    assert response["Location"] == editor_url(best.pk)


def test_next_ignores_stale_sessions_and_my_own(editor_client, editor, other_editor):
    left = _article("Left open long ago", flags={"spacing": 9}, status=Status.FLAGGED)
    mine = _article("Mine", flags={"spacing": 12}, status=Status.FLAGGED)
    EditSession.objects.create(
        article=left, user=other_editor, seen_at=timezone.now() - timedelta(hours=1)
    )
    EditSession.objects.create(article=mine, user=editor)
    assert editor_client.get(reverse("queue_next"))["Location"] == editor_url(mine.pk)


def test_next_keeps_the_queue_filters(editor_client, desk):
    other = desk["other"].pk
    response = editor_client.get(reverse("queue_next"), {"source": other})
    assert response["Location"] == editor_url(desk["clean"].pk)
    response = editor_client.get(reverse("queue_next"), {"source": other, "kind": "spacing"})
    assert response["Location"] == f"{reverse('queue')}?source={other}&kind=spacing"


def test_next_with_nothing_to_fix_says_so(editor_client, db):
    response = editor_client.get(reverse("queue_next"), follow=True)
    assert "Nothing left to fix" in response.content.decode()


def test_bulk_reject_rejects_the_ticked_articles_and_skips_published(editor_client, editor, desk):
    published = make_published(desk["other"], editor)
    response = editor_client.post(
        reverse("queue_bulk"),
        {"action": "reject", "ids": [desk["glued"].pk, published.pk], "next": "/?status=new"},
        follow=True,
    )
    assert response.redirect_chain[0][0] == "/?status=new"
    assert "1 article rejected. 1 was skipped" in response.content.decode()
    assert Article.objects.get(pk=desk["glued"].pk).status == Status.REJECTED
    assert AuditEntry.objects.filter(action="reject").count() == 1


def test_bulk_fix_hands_the_ticked_articles_to_the_review_service(
    editor_client, editor, desk, monkeypatch
):
    calls = []

    def record(articles, user):
        calls.append(([a.pk for a in articles], user))
        return len(articles)

    monkeypatch.setattr(review, "bulk_apply_safe_fixes", record)
    ids = [desk["quotes"].pk, desk["glued"].pk]
    response = editor_client.post(reverse("queue_bulk"), {"action": "fix", "ids": ids}, follow=True)
    assert calls == [(sorted(ids), editor)]
    assert "Safe fixes applied to 2 articles." in response.content.decode()


def test_bulk_with_nothing_ticked_changes_nothing(editor_client, desk):
    response = editor_client.post(reverse("queue_bulk"), {"action": "reject"}, follow=True)
    assert "Tick at least one article first." in response.content.decode()
    assert not AuditEntry.objects.exists()


def test_an_unknown_bulk_action_is_refused(editor_client, desk):
    response = editor_client.post(reverse("queue_bulk"), {"action": "delete", "ids": [1]})
    assert response.status_code == 400


def test_bulk_actions_need_the_matching_permission(client, editor, desk):
    editor.groups.first().permissions.remove(Permission.objects.get(codename="publish_article"))
    client.force_login(editor)
    response = client.post(reverse("queue_bulk"), {"action": "reject", "ids": [desk["glued"].pk]})
    assert response.status_code == 403
    assert Article.objects.get(pk=desk["glued"].pk).status == Status.FLAGGED


def test_the_search_index_is_on_the_expression_the_queue_searches_with():
    migration = importlib.import_module("newsfix.migrations.0003_queue_search")
    assert migration.DOCUMENT == worklist.TS_DOCUMENT


# PostgreSQL stems each article with its own language; SQLite only finds the words as typed.
@pytest.mark.parametrize(
    ("words", "on_postgresql", "on_sqlite"),
    [
        ("diplomate", {"Réunion"}, {"Réunion"}),
        ("meetings", {"Meeting"}, set()),
        ("réunion -genève", set(), set()),
    ],
    ids=["french-stem", "english-stem", "websearch-not"],
)
def test_search_stems_each_article_in_its_own_language_where_the_database_can(
    editor_client, db, words, on_postgresql, on_sqlite
):
    make_article(title="Réunion", text="Les diplomates se réunissent à Genève.", language="fr")
    make_article(title="Meeting", text="The diplomats are meeting in Geneva.", language="en")
    expected = on_postgresql if connection.vendor == "postgresql" else on_sqlite
    assert set(_titles(editor_client.get(reverse("queue"), {"q": words}))) == expected


def test_bulk_actions_come_back_to_the_filters_the_table_shows(editor_client, desk):
    response = editor_client.get(reverse("queue"), {"status": "flagged"}, **HTMX)
    assert 'name="next" value="/?status=flagged" form="bulk-form"' in response.content.decode()


def test_bulk_fix_really_repairs_the_ticked_articles(editor_client, editor, source):
    article = make_article(
        source, text="Le ministre a  déclaré que rien n’était joué.", flagged_version=None
    )
    untouched = make_article(source, text="Le ministre a  parlé.", flagged_version=None)
    response = editor_client.post(reverse("queue_bulk"), {"action": "fix", "ids": [article.pk]})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.current_text == "Le ministre a déclaré que rien n’était joué."
    assert article.revisions.filter(author=editor).exists()
    assert Article.objects.get(pk=untouched.pk).current_text == "Le ministre a  parlé."
