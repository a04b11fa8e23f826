"""Repair one copy of a story from the other copies of it.

The same wire story scraped from several sites is damaged differently in each
copy; a sentence one copy lost the end of is often whole in another. These
functions ask the text engine's reconciliation for that sentence, or for the
whole story rebuilt, and save the result as an ordinary revision.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from newsfix import review
from newsfix.models import Article, Flag, Revision
from newsfix.text.reconcile import find_full_sentence, reconcile

RESTORABLE_KINDS = frozenset({"truncated_sentence", "dangling_fragment"})


@dataclass(frozen=True, slots=True)
class FullSentence:
    """A flagged span's sentence as another copy of the story has it in full."""

    flag_pk: int
    text: str
    source: Article
    support: int


def other_copies(article: Article) -> list[Article]:
    """The other articles of the same story, their working copies loaded."""
    if not article.story_id:
        return []
    return list(
        Article.objects.filter(story_id=article.story_id)
        .exclude(pk=article.pk)
        .select_related("source")
        .only("title", "status", "language", "current_text", "source__name")
        .order_by("pk")
    )


def full_sentences(
    article: Article, flags: list[Flag], copies: list[Article]
) -> dict[int, FullSentence]:
    """For each truncated sentence or fragment flag, the full sentence when a copy has it."""
    wanted = [f for f in flags if f.kind in RESTORABLE_KINDS and f.pk is not None]
    if not wanted or not copies:
        return {}
    texts = [article.current_text, *(c.current_text for c in copies)]
    found = {}
    for flag in wanted:
        restoration = find_full_sentence(texts, 0, flag.start, flag.end)
        if restoration is None or restoration.copy == 0:
            continue
        found[flag.pk] = FullSentence(
            flag_pk=flag.pk,
            text=restoration.text,
            source=copies[restoration.copy - 1],
            support=restoration.support,
        )
    return found


def restore_from_copy(article: Article, flag: Flag, user, version: int) -> Revision:
    """Put the full sentence from another copy in place of the flagged span, as a revision."""
    if flag.article_id != article.pk or flag.kind not in RESTORABLE_KINDS:
        raise review.ReviewError(_("Only a truncated sentence or a fragment can be restored."))
    if flag.state != Flag.State.OPEN:
        raise review.ReviewError(_("This flag was already handled."))
    if version != article.version or article.flagged_version != article.version:
        raise review.StaleVersion(article.current_text, article.version)
    found = full_sentences(article, [flag], other_copies(article)).get(flag.pk)
    if found is None:
        raise review.ReviewError(_("No other copy of this story has the full sentence."))
    text = article.current_text
    new_text = text[: flag.start] + found.text + text[flag.end :]
    note = _("Restored a sentence from copy %(pk)s (%(source)s)") % {
        "pk": found.source.pk,
        "source": found.source.source or "—",
    }
    return review.save(article, new_text, version, user, note)


def rebuild(article: Article) -> str | None:
    """The story rebuilt from this copy and all the others; None when there is no other copy."""
    copies = other_copies(article)
    if not copies:
        return None
    return reconcile(
        [article.current_text, *(c.current_text for c in copies)],
        titles=[article.title, *(c.title for c in copies)],
    )
