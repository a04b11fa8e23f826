"""Storing the text engine's findings: flags, counts, dismissals, source summaries."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command

from newsfix import analysis
from newsfix import text as engine
from newsfix.models import Article, Dismissal, Flag, Source


def _double_spaces(text, title=None, language=None):
    """A predictable stand-in for the engine: flags every double space."""
    return [
        engine.Flag("spacing", m.start(), m.end(), "double space", " ")
        for m in re.finditer(r"  ", text)
    ]


@pytest.fixture
def fake_engine(monkeypatch):
    monkeypatch.setattr(analysis.engine, "scan", _double_spaces)


@pytest.fixture
def spaced(db, source):
    text = "Au terme d’une longue journée de discussions, le ministre a  parlé.  Il est parti."
    return Article.objects.create(title="T", raw_text=text, current_text=text, source=source)


def test_it_stores_flags_of_both_texts_and_counts_the_open_ones(fake_engine, spaced):
    analysis.analyse(spaced)
    spaced.refresh_from_db()
    assert spaced.flags.filter(target=Flag.Target.RAW).count() == 2
    current = list(spaced.flags.filter(target=Flag.Target.CURRENT))
    assert [(f.start, f.end, f.excerpt) for f in current] == [(59, 61, "  "), (67, 69, "  ")]
    assert spaced.open_flags == 2
    assert spaced.flags_spacing == 2
    assert spaced.flags_merge_artifact == 0
    assert spaced.flagged_version == spaced.version
    assert spaced.status == Article.Status.FLAGGED


def test_it_keeps_a_dismissed_finding_dismissed_when_offsets_move(fake_engine, spaced):
    flags = analysis.analyse(spaced)
    first = flags[0]
    Dismissal.objects.create(
        article=spaced, kind=first.kind, excerpt=first.excerpt, context=first.context
    )
    # Text added at the start shifts every offset, the words around stay the same.
    spaced.current_text = "Paris. " + spaced.current_text
    spaced.version += 1
    spaced.save()
    rows = analysis.analyse(spaced)
    assert [r.state for r in rows] == [Flag.State.DISMISSED, Flag.State.OPEN]
    spaced.refresh_from_db()
    assert spaced.open_flags == 1


def test_it_leaves_the_working_copy_and_raw_text_untouched(fake_engine, spaced):
    before = (spaced.raw_text, spaced.current_text)
    analysis.analyse(spaced)
    spaced.refresh_from_db()
    assert (spaced.raw_text, spaced.current_text) == before


def test_it_flags_imported_articles_in_bulk(fake_engine, db, source):
    articles = [
        Article.objects.create(title=f"T{i}", raw_text=f"Texte {i}  ici.", source=source)
        for i in range(3)
    ]
    analysis.analyse_many(articles)
    assert Flag.objects.filter(target=Flag.Target.CURRENT).count() == 3
    assert Flag.objects.filter(target=Flag.Target.RAW).count() == 3
    assert set(Article.objects.values_list("open_flags", "status")) == {(1, "flagged")}


def test_it_summarises_open_flags_per_source(fake_engine, spaced, source):
    analysis.analyse(spaced)
    analysis.refresh_source_summaries([source.pk])
    source = Source.objects.get(pk=source.pk)
    assert source.article_count == 1
    assert source.flag_counts["spacing"] == 2
    assert source.flag_counts["encoding"] == 0


def test_rescan_reflags_without_touching_working_copies(fake_engine, spaced, capsys):
    spaced.current_text = "Corrigé  à la main."
    spaced.version += 1
    spaced.save()
    call_command("rescan", "--all")
    spaced.refresh_from_db()
    assert spaced.current_text == "Corrigé  à la main."
    assert spaced.flags.filter(target=Flag.Target.CURRENT).count() == 1
    assert "Queued 1 articles" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "use a date like"),
        (["--source", "nowhere.example"], "No articles from a source named"),
    ],
    ids=["bad-date", "unknown-source"],
)
def test_rescan_explains_bad_arguments(db, args, message):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match=message):
        call_command("rescan", *args)


def test_re_flagging_one_article_moves_its_source_summary_by_the_difference(
    fake_engine, spaced, source
):
    other = Article.objects.create(title="U", raw_text="Un  autre  texte.", source=source)
    analysis.analyse(other)
    analysis.analyse(spaced)
    assert Source.objects.get(pk=source.pk).flag_counts["spacing"] == 4
    spaced.current_text = "Au terme d’une longue journée, le ministre a parlé."
    spaced.version += 1
    spaced.save()
    analysis.analyse(spaced)
    assert Source.objects.get(pk=source.pk).flag_counts["spacing"] == 2
    # The shifted summary agrees with a full recount.
    analysis.refresh_source_summaries([source.pk])
    assert Source.objects.get(pk=source.pk).flag_counts["spacing"] == 2
