"""The editor's actions: saves that never overwrite, revisions, accept, dismiss, undo, restore."""

from __future__ import annotations

import pytest

from newsfix import review
from newsfix import text as engine
from newsfix.models import Article, Dismissal, Flag, Revision
from newsfix.text.flags import Flag as EngineFlag
from tests.flagging import open_flag

pytestmark = pytest.mark.django_db


@pytest.fixture
def plain(source) -> Article:
    return Article.objects.create(
        title="Plain", raw_text="Le ministre aprèsMoscou parle.", source=source
    )


def test_a_save_stores_a_numbered_revision_and_bumps_the_version(plain, editor):
    first = review.save(plain, "Première version.", 1, editor, note="one")
    second = review.save(plain, "Deuxième version.", 2, editor)
    plain.refresh_from_db()
    assert (first.number, second.number) == (1, 2)
    assert first.note == "one" and first.author == editor
    assert plain.version == 3
    assert plain.current_text == "Deuxième version."


def test_it_rejects_a_stale_save_and_never_overwrites(plain, editor, other_editor):
    review.save(plain, "Mine, first.", 1, editor)
    with pytest.raises(review.StaleVersion) as raised:
        review.save(plain, "Theirs, based on version 1.", 1, other_editor)
    plain.refresh_from_db()
    assert plain.current_text == "Mine, first."
    assert raised.value.current_text == "Mine, first."
    assert raised.value.current_version == 2
    assert list(plain.revisions.values_list("text", flat=True)) == ["Mine, first."]


def test_two_editors_cannot_lose_each_others_work(plain, editor, other_editor):
    """Both open version 1; the second to save must merge, and both texts stay in history."""
    review.save(plain, "Editor one fixed the start.", 1, editor)
    with pytest.raises(review.StaleVersion) as raised:
        review.save(plain, "Editor two fixed the end.", 1, other_editor)
    merged = raised.value.current_text + " And the end."
    review.save(plain, merged, raised.value.current_version, other_editor)
    texts = list(plain.revisions.order_by("number").values_list("text", flat=True))
    assert texts == ["Editor one fixed the start.", merged]


def test_a_save_over_a_dismissal_alone_is_no_conflict(plain, editor, other_editor):
    """Both open version 1; one dismisses a flag (no text changes), the other saves."""
    started_from = review.text_digest(plain.current_text)
    flag = open_flag(plain, "merge_artifact", 12, 23, "après Moscou")
    review.dismiss(plain, flag, other_editor, 1)
    review.save(plain, "Le ministre parle.", 1, editor, base_digest=started_from)
    plain.refresh_from_db()
    assert (plain.current_text, plain.version) == ("Le ministre parle.", 3)
    assert plain.revisions.order_by("number").last().author == editor


def test_a_save_over_changed_text_conflicts_whatever_it_started_from(plain, editor, other_editor):
    started_from = review.text_digest(plain.current_text)
    review.save(plain, "Their text.", 1, other_editor)
    with pytest.raises(review.StaleVersion):
        review.save(plain, "My text.", 1, editor, base_digest=started_from)
    plain.refresh_from_db()
    assert plain.current_text == "Their text."


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\rb"),
        ("  spaces kept  \n\n", "  spaces kept  \n\n"),
        ("tab\tand «quotes»", "tab\tand «quotes»"),
        ("<script>x</script>", "<script>x</script>"),
    ],
    ids=["crlf-to-lf", "lone-cr-kept", "white-space-kept", "characters-kept", "markup-kept"],
)
def test_it_stores_the_text_as_sent_except_crlf(plain, editor, sent, stored):
    revision = review.save(plain, sent, 1, editor)
    plain.refresh_from_db()
    assert revision.text == stored
    assert plain.current_text == stored


def test_the_raw_scrape_never_changes(plain, editor):
    raw = plain.raw_text
    review.save(plain, "Tout autre chose.", 1, editor)
    review.restore(plain, None, editor)
    plain.refresh_from_db()
    assert Article.objects.get(pk=plain.pk).raw_text == raw


@pytest.mark.parametrize(
    ("status", "after"),
    [
        (Article.Status.NEW, Article.Status.IN_REVIEW),
        (Article.Status.FLAGGED, Article.Status.IN_REVIEW),
        (Article.Status.IN_REVIEW, Article.Status.IN_REVIEW),
        (Article.Status.PUBLISHED, Article.Status.PUBLISHED),
    ],
    ids=["new", "flagged", "in-review", "published"],
)
def test_the_first_save_puts_the_article_in_review(plain, editor, status, after):
    Article.objects.filter(pk=plain.pk).update(status=status)
    plain.refresh_from_db()
    review.save(plain, "Edited.", 1, editor)
    plain.refresh_from_db()
    assert plain.status == after


def test_a_save_recomputes_the_flags_of_the_working_copy(plain, editor):
    review.save(plain, "Edited.", 1, editor)
    plain.refresh_from_db()
    assert plain.flagged_version == plain.version


def test_accept_puts_the_suggestion_in_as_a_revision(plain, editor):
    flag = open_flag(plain, "merge_artifact", 12, 23, "après Moscou")
    revision = review.accept(plain, flag, editor, plain.version)
    plain.refresh_from_db()
    assert plain.current_text == "Le ministre après Moscou parle."
    assert "merge_artifact" in revision.note


def test_accept_refuses_a_flag_without_suggestion(plain, editor):
    flag = open_flag(plain, "truncated_sentence", 0, 11, None)
    with pytest.raises(review.ReviewError):
        review.accept(plain, flag, editor, plain.version)
    assert not plain.revisions.exists()


def test_accept_on_an_old_version_is_stale(plain, editor):
    flag = open_flag(plain, "merge_artifact", 12, 23, "après Moscou")
    with pytest.raises(review.StaleVersion):
        review.accept(plain, flag, editor, plain.version + 5)


@pytest.fixture
def glued_words_found(monkeypatch):
    """The engine finds "aprèsMoscou" wherever it is, whatever else the text holds."""

    def scan(text, title=None, language=None):
        at = text.find("aprèsMoscou")
        if at < 0:
            return []
        return [EngineFlag("merge_artifact", at, at + 11, "glued", "après Moscou")]

    monkeypatch.setattr(engine, "scan", scan)


def test_a_dismissal_survives_a_rescan(source, editor, glued_words_found):
    text = "Le ministre des Affaires étrangères est arrivé lundi aprèsMoscou, a-t-il dit."
    article = Article.objects.create(title="Dismiss", raw_text=text, source=source)
    review.ensure_analysed(article)
    flag = article.flags.get(target=Flag.Target.CURRENT, kind="merge_artifact")
    review.dismiss(article, flag, editor, article.version)
    dismissal = Dismissal.objects.get(article=article)
    assert (dismissal.kind, dismissal.excerpt) == ("merge_artifact", "aprèsMoscou")
    # Text added far from the finding moves its offsets; it stays dismissed.
    article.refresh_from_db()
    review.save(article, "Un long chapeau ajouté avant tout le reste.\n\n" + text, 2, editor)
    article.refresh_from_db()
    again = article.flags.get(target=Flag.Target.CURRENT, kind="merge_artifact")
    assert again.start > flag.start
    assert again.state == Flag.State.DISMISSED
    assert article.flags_merge_artifact == 0


def test_undo_of_an_accept_brings_the_text_back(plain, editor):
    before = plain.current_text
    flag = open_flag(plain, "merge_artifact", 12, 23, "après Moscou")
    accepted = review.accept(plain, flag, editor, plain.version)
    plain.refresh_from_db()
    review.undo(plain, accepted, editor, plain.version)
    plain.refresh_from_db()
    assert plain.current_text == before
    assert plain.revisions.count() == 2


def test_undo_of_a_dismissal_lifts_it(plain, editor):
    flag = open_flag(plain, "merge_artifact", 12, 23, "après Moscou")
    dismissed = review.dismiss(plain, flag, editor, plain.version)
    plain.refresh_from_db()
    review.undo(plain, dismissed, editor, plain.version)
    assert not Dismissal.objects.filter(article=plain).exists()


def test_only_the_latest_revision_can_be_undone(plain, editor):
    first = review.save(plain, "One.", 1, editor)
    review.save(plain, "Two.", 2, editor)
    plain.refresh_from_db()
    with pytest.raises(review.ReviewError):
        review.undo(plain, first, editor, plain.version)


def test_apply_safe_fixes_applies_only_safe_kinds(plain, editor):
    open_flag(plain, "merge_artifact", 12, 23, "après Moscou")
    open_flag(plain, "truncated_sentence", 24, 30, "")
    revision = review.apply_safe_fixes(plain, editor, plain.version)
    plain.refresh_from_db()
    assert revision is not None
    assert plain.current_text == "Le ministre après Moscou parle."


def test_apply_safe_fixes_with_nothing_safe_makes_no_revision(plain, editor):
    plain.flagged_version = plain.version
    Article.objects.filter(pk=plain.pk).update(flagged_version=plain.version)
    Flag.objects.filter(article=plain).delete()
    assert review.apply_safe_fixes(plain, editor, plain.version) is None
    assert not plain.revisions.exists()


def test_bulk_apply_safe_fixes_counts_the_articles_changed(plain, source, editor):
    open_flag(plain, "spacing", 2, 3, "")
    clean = Article.objects.create(title="Clean", raw_text="Rien à voir.", source=source)
    review.ensure_analysed(clean)
    Flag.objects.filter(article=clean).delete()
    assert review.bulk_apply_safe_fixes([plain, clean], editor) == 1


def test_restore_makes_a_new_revision_with_the_old_text(plain, editor):
    first = review.save(plain, "One.", 1, editor)
    review.save(plain, "Two.", 2, editor)
    plain.refresh_from_db()
    restored = review.restore(plain, first, editor)
    plain.refresh_from_db()
    assert restored.number == 3
    assert plain.current_text == "One."
    assert Revision.objects.filter(article=plain).count() == 3


def test_restore_refuses_a_revision_of_another_article(plain, source, editor):
    other = Article.objects.create(title="Other", raw_text="Autre.", source=source)
    foreign = review.save(other, "Autre texte.", 1, editor)
    with pytest.raises(review.ReviewError):
        review.restore(plain, foreign, editor)


def test_an_article_never_analysed_is_analysed_on_first_open(plain):
    assert plain.flagged_version is None
    review.ensure_analysed(plain)
    plain.refresh_from_db()
    assert plain.flagged_version == plain.version
    assert (
        plain.flags.filter(target=Flag.Target.RAW).count()
        == plain.flags.filter(target=Flag.Target.CURRENT).count()
    )


def test_a_working_copy_imported_different_from_the_scrape_is_kept_as_revision_one(source, editor):
    article = Article.objects.create(
        title="Pre-edited", raw_text="Raw text.", current_text="Cleaned text.", source=source
    )
    revision = review.save(article, "Edited text.", 1, editor)
    assert revision.number == 2
    assert article.revisions.get(number=1).text == "Cleaned text."
