"""What an editor does to one article: save, accept, dismiss, fix, restore, undo.

Every change of the working copy is a new ``Revision``; nothing is overwritten
or lost. Saves are guarded by the article's ``version``: a save based on an
older version raises ``StaleVersion`` (carrying the text that won) instead of
overwriting another editor's work, unless the working copy is still exactly
the text the editor started from (the saves in between changed no text, as a
dismissal does). Accepting, dismissing and applying the safe
fixes are revisions too, so each can be undone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Case, F, Max, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from newsfix import analysis
from newsfix.models import Article, Dismissal, Flag, Revision
from newsfix.text.repair import SAFE_KINDS, apply_safe

EXCERPT_CHARS = 60


class ReviewError(Exception):
    """An action that cannot be done as asked; the message says why, for the editor."""


class StaleVersion(ReviewError):
    """The save was based on an older version: someone else saved in between."""

    def __init__(self, current_text: str, current_version: int):
        super().__init__(
            _("Someone else saved this article in the meantime (now version %(v)s).")
            % {"v": current_version}
        )
        self.current_text = current_text
        self.current_version = current_version


def text_digest(text: str) -> str:
    """A short fingerprint of a working copy, exact to the character: the
    editor's form carries the one of the text it was opened on."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def normalize_newlines(text: str) -> str:
    """Browsers send CRLF line ends; that is the only change made to what an editor sends."""
    return text.replace("\r\n", "\n")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def ensure_analysed(article: Article) -> Article:
    """Flag an article that was never analysed (e.g. created directly in the database)."""
    if article.flagged_version is None:
        analysis.analyse(article)
    return article


def save(
    article: Article,
    text: str,
    version: int,
    user,
    note: str = "",
    *,
    created_at=None,
    base_digest: str | None = None,
) -> Revision:
    """Store ``text`` as the working copy if ``version`` is still current; a new revision.

    Raises ``StaleVersion`` when another save came first, unless
    ``base_digest`` (``text_digest`` of the text the editor started from)
    shows that the working copy is still that text: the saves in between
    left the text as it was (a dismissed flag; an edit and its undo), so
    nothing of theirs can be lost.
    Status new/flagged becomes in review; the working copy's flags are
    recomputed.
    """
    text = normalize_newlines(text)
    now = created_at or timezone.now()
    with transaction.atomic():
        before = (
            Article.objects.select_for_update()
            .only("current_text", "raw_text", "version")
            .get(pk=article.pk)
        )
        # The conditional update is the lock: of two saves based on one version,
        # exactly one matches.
        updated = _store(article, text, version, now)
        if not updated and base_digest == text_digest(before.current_text):
            # The row is locked: the version read above is still the current one.
            updated = _store(article, text, before.version, now)
        if not updated:
            raise StaleVersion(before.current_text, before.version)
        last = article.revisions.aggregate(n=Max("number"))["n"] or 0
        if last == 0 and before.current_text != before.raw_text:
            # The working copy came in different from the scrape: keep it as revision 1
            # so that undoing the first edit has something to go back to.
            last = 1
            Revision.objects.create(
                article=article,
                number=1,
                text=before.current_text,
                created_at=now,
                note=_("Working copy before the first edit"),
            )
        revision = Revision.objects.create(
            article=article,
            number=last + 1,
            text=text,
            author=user,
            created_at=now,
            note=note[:500],
        )
        article.refresh_from_db()
        analysis.analyse(article)
    return revision


def _store(article: Article, text: str, version: int, now) -> int:
    """Write ``text`` if the article is still at ``version``; how many rows changed."""
    return Article.objects.filter(pk=article.pk, version=version).update(
        current_text=text,
        version=F("version") + 1,
        updated_at=now,
        status=Case(
            When(
                status__in=[Article.Status.NEW, Article.Status.FLAGGED],
                then=Value(Article.Status.IN_REVIEW),
            ),
            default=F("status"),
        ),
    )


def _open_flag(article: Article, flag: Flag, version: int) -> Flag:
    if flag.article_id != article.pk or flag.target != Flag.Target.CURRENT:
        raise ReviewError(_("This flag does not belong to the working copy of this article."))
    if flag.state != Flag.State.OPEN:
        raise ReviewError(_("This flag was already handled."))
    if version != article.version or article.flagged_version != article.version:
        raise StaleVersion(article.current_text, article.version)
    return flag


def accept(article: Article, flag: Flag, user, version: int) -> Revision:
    """Put the flag's suggestion into the working copy, as a new revision."""
    _open_flag(article, flag, version)
    if flag.suggestion is None:
        raise ReviewError(_("This flag has no safe suggestion: edit the text by hand."))
    text = article.current_text
    new_text = text[: flag.start] + flag.suggestion + text[flag.end :]
    note = _("Accepted %(kind)s: “%(old)s” → “%(new)s”") % {
        "kind": flag.kind,
        "old": _short(text[flag.start : flag.end]),
        "new": _short(flag.suggestion),
    }
    with transaction.atomic():
        Flag.objects.filter(pk=flag.pk).update(state=Flag.State.ACCEPTED)
        return save(article, new_text, version, user, note)


def dismiss(article: Article, flag: Flag, user, version: int) -> Revision:
    """Remember that this finding is not a defect; a revision with the same text.

    The dismissal is keyed by kind, flagged text and surrounding text, so the
    finding stays dismissed when the text is scanned again.
    """
    _open_flag(article, flag, version)
    now = timezone.now()
    note = _("Dismissed %(kind)s: “%(old)s”") % {"kind": flag.kind, "old": _short(flag.excerpt)}
    with transaction.atomic():
        # The dismissal and its revision share their time: that is how undo finds it.
        Dismissal.objects.create(
            article=article,
            kind=flag.kind,
            excerpt=flag.excerpt,
            context=flag.context,
            created_by=user,
            created_at=now,
        )
        return save(article, article.current_text, version, user, note, created_at=now)


def safe_flags(article: Article) -> list[Flag]:
    """Open flags of the working copy whose suggestion may be applied without a human."""
    return list(
        article.flags.filter(
            target=Flag.Target.CURRENT,
            state=Flag.State.OPEN,
            kind__in=SAFE_KINDS,
            suggestion__isnull=False,
        ).order_by("start", "end")
    )


def apply_safe_fixes(article: Article, user, version: int) -> Revision | None:
    """Apply every safe suggestion at once, as one revision; None when there is none."""
    if version != article.version or article.flagged_version != article.version:
        raise StaleVersion(article.current_text, article.version)
    flags = safe_flags(article)
    new_text = apply_safe(article.current_text, flags)
    if new_text == article.current_text:
        return None
    note = _("Applied %(n)s safe fixes") % {"n": len(flags)}
    return save(article, new_text, version, user, note)


def bulk_apply_safe_fixes(articles: Iterable[Article], user) -> int:
    """Apply the safe fixes to each article; returns how many changed.

    An article saved by someone else meanwhile is skipped, never overwritten.
    """
    changed = 0
    for article in articles:
        ensure_analysed(article)
        try:
            if apply_safe_fixes(article, user, article.version) is not None:
                changed += 1
        except StaleVersion:
            continue
    return changed


def restore(
    article: Article, revision: Revision | None, user, version: int | None = None
) -> Revision:
    """Make an old revision (None: the raw scrape) the working copy again, as a new revision."""
    if revision is not None and revision.article_id != article.pk:
        raise ReviewError(_("This revision belongs to another article."))
    if revision is None:
        text, note = article.raw_text, _("Restored the raw scrape")
    else:
        text = revision.text
        note = _("Restored revision %(n)s") % {"n": revision.number}
    return save(article, text, article.version if version is None else version, user, note)


def undo(article: Article, revision: Revision, user, version: int) -> Revision:
    """Undo the latest revision: its predecessor's text comes back, its dismissals are lifted."""
    latest = article.revisions.order_by("-number").first()
    if latest is None or revision.pk != latest.pk:
        raise ReviewError(_("Only the latest change can be undone; restore from the history."))
    previous = article.revisions.filter(number__lt=revision.number).order_by("-number").first()
    text = previous.text if previous is not None else article.raw_text
    note = _("Undid revision %(n)s") % {"n": revision.number}
    with transaction.atomic():
        article.dismissals.filter(created_at=revision.created_at).delete()
        return save(article, text, version, user, note)


def latest_change(article: Article) -> dict | None:
    """The number and note of the latest revision, for an undo button; None before any."""
    return article.revisions.order_by("-number").values("number", "note").first()
