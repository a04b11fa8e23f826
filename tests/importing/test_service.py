"""The import service: what gets stored, counted, deduplicated, grouped and resumed."""

from __future__ import annotations

import io
from unittest import mock

import pytest

from newsfix.importing import service
from newsfix.models import (
    Article,
    AuditEntry,
    Flag,
    ImportBatch,
    ImportProblem,
    Source,
    Story,
)

from .conftest import TEXT_EN, TEXT_FR, jsonl, run_import

pytestmark = pytest.mark.django_db

WIRE = (
    "GENÈVE (AFP) – Les diplomates américains et russes se réunissent lundi à Genève pour "
    "tenter d'apaiser les tensions autour de l'Ukraine, après des semaines de menaces. "
    "Les deux délégations doivent discuter des garanties de sécurité réclamées par Moscou."
)


def test_it_stores_each_row_with_its_fields_and_keeps_unknown_keys_in_extra():
    batch = run_import(
        jsonl(
            {
                "body": TEXT_FR,
                "headline": "Genève",
                "link": "https://www.lemonde.fr/a",
                "lang": "fr-FR",
                "date": "2024-05-01T09:30:00Z",
                "section": "Monde",
                "id": 7,
            }
        )
    )
    article = Article.objects.get()
    assert (batch.status, batch.rows_read, batch.created, batch.problems) == ("done", 1, 1, 0)
    assert article.raw_text == article.current_text == TEXT_FR
    assert (article.title, article.url, article.language) == (
        "Genève",
        "https://www.lemonde.fr/a",
        "fr",
    )
    assert article.source.name == "lemonde.fr"
    assert article.source_published_at.isoformat() == "2024-05-01T09:30:00+00:00"
    assert article.extra == {"section": "Monde", "id": 7}
    assert article.batch == batch


@pytest.mark.parametrize(
    ("row", "option", "expected"),
    [
        ({"text": TEXT_FR, "url": "https://www.lemonde.fr/a"}, "", "lemonde.fr"),
        ({"text": TEXT_FR, "url": "https://lemonde.fr/a", "site": "Le Monde"}, "", "Le Monde"),
        ({"text": TEXT_FR, "site": "Le Monde"}, "AFP", "AFP"),
        ({"text": TEXT_FR}, "", None),
    ],
    ids=["url host", "row site", "option wins", "none"],
)
def test_the_source_comes_from_the_option_else_the_row_else_the_url_host(row, option, expected):
    run_import(jsonl(row), source_name=option)
    article = Article.objects.select_related("source").get()
    assert (article.source.name if article.source else None) == expected


def test_each_created_article_is_flagged_and_its_counts_stored():
    run_import(jsonl({"text": "Il est arrivé aprèsMoscou hier.Le ministre a  parlé."}))
    article = Article.objects.get()
    assert article.flagged_version == article.version
    assert article.status == Article.Status.FLAGGED
    open_current = Flag.objects.filter(article=article, target="current", state="open").count()
    assert article.open_flags == open_current
    assert Source.objects.count() == 0


def test_flagging_can_be_deferred_to_the_workers():
    with mock.patch.object(service._Importer, "flag") as flag_now:
        run_import(jsonl({"text": TEXT_FR}, {"text": TEXT_EN}), defer_flagging=True)
    flag_now.assert_not_called()
    # Tests run tasks at once: the queued analysis has already flagged them.
    assert Article.objects.filter(flagged_version__isnull=True).count() == 0


def test_exact_duplicates_in_the_file_and_in_the_database_are_counted_not_created():
    run_import(jsonl({"text": TEXT_FR, "url": "https://a.example/1"}))
    batch = run_import(
        jsonl(
            {"text": "  " + TEXT_FR.replace(" ", "  ") + "\n"},  # same normalised text
            {"text": TEXT_EN, "url": "https://a.example/1"},  # same URL
            {"text": TEXT_EN},
            {"text": TEXT_EN},  # same text within the file
        )
    )
    assert (batch.created, batch.duplicates, batch.problems) == (1, 3, 0)
    assert Article.objects.count() == 2


def test_importing_the_same_file_twice_creates_nothing_the_second_time():
    data = jsonl(*({"text": f"{TEXT_FR} Numéro {n}."} for n in range(30)))
    first, second = run_import(data), run_import(data)
    assert (first.created, second.created, second.duplicates) == (30, 0, 30)
    assert Article.objects.count() == 30


def test_every_bad_row_becomes_one_problem_with_its_line_and_the_rest_imports():
    data = jsonl(
        {"text": TEXT_FR},
        "{broken",
        {"text": 12},
        {"title": "no text"},
        {"text": "   "},
        {"text": TEXT_EN, "url": "ftp://x"},
        {"text": TEXT_EN, "published": 1714550000},
        {"text": "x" * 20_000},
        {"text": TEXT_EN},
    )
    with mock.patch("newsfix.importing.limits.settings.NEWSFIX_MAX_ARTICLE_BYTES", 10_000):
        batch = run_import(data)
    problems = list(ImportProblem.objects.filter(batch=batch).values_list("line", "reason"))
    assert problems == [
        (2, "not valid JSON (Expecting property name enclosed in double quotes)"),
        (3, "field `text` must be text, found a number"),
        (4, "missing field `text` (or `body`, `content`)"),
        (5, "field `text` is empty"),
        (6, "field `url` is not a web address (http:// or https://): ftp://x"),
        (7, "field `published` must be a date as text (2024-05-01T09:30:00Z), found a number"),
        (8, "field `text` is 20 KB, over the limit of 9.8 KB (NEWSFIX_MAX_ARTICLE_BYTES)"),
    ]
    assert (batch.rows_read, batch.created, batch.problems) == (9, 2, 7)


def test_an_unreadable_date_is_kept_in_extra_rather_than_refusing_the_article():
    run_import(jsonl({"text": TEXT_FR, "date": "lundi 3 mai"}))
    article = Article.objects.get()
    assert (article.source_published_at, article.extra) == (None, {"date": "lundi 3 mai"})


def test_copies_of_one_wire_story_from_several_sites_share_one_story():
    rows = [
        {
            "title": "Ukraine : les diplomates se réunissent à Genève",
            "text": WIRE,
            "url": "https://lemonde.example/a",
        },
        {
            "title": "Ukraine: les diplomates se réunissent à Genève",
            "text": "Share Post:\n\n" + WIRE,
            "url": "https://lefigaro.example/b",
        },
        {
            "title": "Ukraine : les diplomates se réunissent à Genève",
            "text": WIRE.replace("après des", "aprèsdes")[:-40],
            "url": "https://liberation.example/c",
        },
        {
            "title": "Le prix du blé au plus haut",
            "text": TEXT_FR,
            "url": "https://lemonde.example/d",
        },
    ]
    run_import(jsonl(*rows[:2]))
    run_import(jsonl(*rows[2:]))
    story = dict(Article.objects.values_list("url", "story_id"))
    copies = {story[row["url"]] for row in rows[:3]}
    assert len(copies) == 1
    assert story[rows[3]["url"]] not in copies
    assert Story.objects.count() == 2


def test_a_story_of_many_copies_is_matched_against_one_representative():
    rows = [
        {
            "title": "Ukraine : les diplomates à Genève",
            "text": f"{WIRE} Copie {n}.",
            "url": f"https://site{n}.example/a",
        }
        for n in range(300)
    ]
    run_import(jsonl(*rows))
    assert Story.objects.count() == 1
    assert Article.objects.filter(story=Story.objects.get()).count() == 300


def test_a_killed_import_resumes_after_its_last_committed_chunk_without_duplicates(monkeypatch):
    monkeypatch.setattr(service, "CHUNK_ROWS", 10)
    data = jsonl(*({"text": f"{TEXT_FR} Numéro {n}."} for n in range(35)), "[1]")
    batch = ImportBatch.objects.create(filename="a.jsonl", bytes_total=len(data))
    real_chunk = service._Importer.chunk
    calls = []

    def dying_chunk(self, rows, position):
        calls.append(len(rows))
        if len(calls) == 3:
            raise KeyboardInterrupt("worker killed")
        return real_chunk(self, rows, position)

    with (
        mock.patch.object(service._Importer, "chunk", dying_chunk),
        pytest.raises(KeyboardInterrupt),
    ):
        service.run_batch(batch, io.BytesIO(data))
    batch.refresh_from_db()
    assert (batch.status, batch.rows_committed, batch.created) == ("running", 20, 20)

    service.run_batch(batch, io.BytesIO(data))
    batch.refresh_from_db()
    assert (batch.status, batch.rows_read, batch.created, batch.duplicates, batch.problems) == (
        "done",
        36,
        35,
        0,
        1,
    )
    assert Article.objects.count() == 35
    assert ImportProblem.objects.filter(batch=batch).count() == 1


def test_articles_stored_but_not_flagged_before_a_crash_are_flagged_on_resume(monkeypatch):
    monkeypatch.setattr(service, "CHUNK_ROWS", 2)
    data = jsonl({"text": TEXT_FR}, {"text": TEXT_EN}, {"text": TEXT_FR + " Fin."})
    batch = ImportBatch.objects.create(filename="a.jsonl", bytes_total=len(data))
    with (
        mock.patch.object(service._Importer, "flag", side_effect=KeyboardInterrupt),
        pytest.raises(KeyboardInterrupt),
    ):
        service.run_batch(batch, io.BytesIO(data))
    assert Article.objects.filter(flagged_version__isnull=True).count() == 2
    batch.refresh_from_db()
    service.run_batch(batch, io.BytesIO(data))
    assert Article.objects.filter(flagged_version__isnull=True).count() == 0
    assert Article.objects.count() == 3


def test_a_finished_batch_is_audited_and_its_sources_summarised():
    batch = run_import(jsonl({"text": TEXT_FR, "url": "https://a.example/1"}))
    entry = AuditEntry.objects.get(batch=batch)
    assert (entry.action, entry.detail) == (
        "import",
        "scrape.jsonl: 1 created, 0 duplicates, 0 problems",
    )
    assert Source.objects.get().article_count == 1


def test_a_dry_run_stores_nothing_and_reports_what_it_would_do():
    batch = ImportBatch(filename="a.jsonl")
    data = jsonl({"text": TEXT_FR}, {"text": TEXT_FR}, {"text": 3})
    service.run_batch(batch, io.BytesIO(data), dry_run=True)
    assert (batch.rows_read, batch.created, batch.duplicates, batch.problems) == (3, 1, 1, 1)
    assert (
        Article.objects.count(),
        ImportBatch.objects.count(),
        ImportProblem.objects.count(),
    ) == (0, 0, 0)


def test_only_the_newest_stories_of_a_blocking_key_are_compared(monkeypatch):
    from newsfix.importing import grouping

    monkeypatch.setattr(grouping, "CANDIDATES_PER_KEY", 3)
    key = grouping.blocking_key("Les diplomates à Genève", "")
    Story.objects.bulk_create(Story(key=key, fingerprint=f"autre histoire {n}") for n in range(10))
    loaded = grouping.Grouper([key]).candidates[key]
    assert [story.fingerprint for story in loaded] == [f"autre histoire {n}" for n in (9, 8, 7)]


def test_a_source_named_for_the_whole_file_gets_no_domain_from_the_urls():
    run_import(jsonl({"text": TEXT_FR, "url": "https://lemonde.fr/a"}), source_name="AFP")
    run_import(jsonl({"text": TEXT_EN, "url": "https://www.bbc.co.uk/a"}))
    assert dict(Source.objects.values_list("name", "domain")) == {
        "AFP": "",
        "bbc.co.uk": "bbc.co.uk",
    }
