"""Publishing: move an article through its statuses and record every move.

new → flagged (analysed) → in review (first save) → published; unpublishing
returns it to in review; any article not yet published can be rejected, and a
rejected one reopened. Publish, unpublish, reject and reopen each write an
AuditEntry in the same transaction as the change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from newsfix import analysis
from newsfix.models import Article, AuditEntry, Flag

Status = Article.Status
SLUG_TITLE_LENGTH = 280


class PublishingError(Exception):
    """The action is not possible from the article's status; the message says why."""


@dataclass
class PublishResult:
    article: Article
    published: bool
    # Publishing with open flags needs an explicit confirmation; these are the flags.
    needs_confirmation: bool = False
    open_flags: list[Flag] = field(default_factory=list)
    first_time: bool = False


def open_flags(article: Article) -> list[Flag]:
    """The open flags of the working copy, in text order."""
    return list(
        article.flags.filter(target=Flag.Target.CURRENT, state=Flag.State.OPEN).order_by(
            "start", "end", "pk"
        )
    )


def slug_for(article: Article) -> str:
    title = slugify(article.title)[:SLUG_TITLE_LENGTH].strip("-")
    return f"{title}-{article.pk}" if title else str(article.pk)


def _locked(article: Article) -> Article:
    return Article.objects.select_for_update().get(pk=article.pk)


def _save(article: Article, locked: Article, fields: list[str]) -> None:
    locked.save(update_fields=[*fields, "updated_at"])
    for name in [*fields, "updated_at"]:
        setattr(article, name, getattr(locked, name))


def _audit(user, action: str, article: Article, detail: str = "") -> AuditEntry:
    return AuditEntry.objects.create(
        actor=user if user and user.is_authenticated else None,
        action=action,
        article=article,
        detail=detail[:1000],
    )


def _working_status(article: Article) -> str:
    """Where a reopened article goes back to: as far as its work had gone."""
    if article.version > 1:
        return Status.IN_REVIEW
    if article.flagged_version is not None:
        return Status.FLAGGED
    return Status.NEW


@transaction.atomic
def publish(article: Article, user, confirm: bool = False) -> PublishResult:
    """Publish the working copy, or say that its open flags need a confirmation first.

    An article whose stored flags are missing or stale is analysed first. Without
    ``confirm`` an article with open flags is left unpublished and the result lists
    them. With ``confirm`` it is published from any status but rejected.
    The slug is fixed at the first publication; later ones set the updated time.
    """
    locked = _locked(article)
    if locked.status == Status.REJECTED:
        raise PublishingError(_("A rejected article must be reopened before it is published."))
    if locked.flagged_version != locked.version:
        # Flags missing or computed for an older text: what is published must be checked.
        analysis.analyse(locked)
    flags = open_flags(locked)
    if flags and not confirm:
        return PublishResult(article, published=False, needs_confirmation=True, open_flags=flags)
    now = timezone.now()
    first_time = locked.published_at is None
    if first_time:
        locked.published_at = now
        locked.slug = locked.slug or slug_for(locked)
    else:
        locked.published_updated_at = now
    locked.published_text = locked.current_text
    locked.status = Status.PUBLISHED
    locked.unpublished_at = None
    _save(
        article,
        locked,
        [
            "published_text",
            "published_at",
            "published_updated_at",
            "unpublished_at",
            "slug",
            "status",
        ],
    )
    detail = _("version %(version)s") % {"version": locked.version}
    if flags:
        confirmed = ngettext(
            "%(count)s open flag confirmed", "%(count)s open flags confirmed", len(flags)
        )
        detail += ", " + confirmed % {"count": len(flags)}
    _audit(user, AuditEntry.Action.PUBLISH, locked, detail)
    return PublishResult(article, published=True, open_flags=flags, first_time=first_time)


@transaction.atomic
def unpublish(article: Article, user, reason: str = "") -> Article:
    """Take a published article offline; its public page then answers 410 Gone."""
    locked = _locked(article)
    if locked.status != Status.PUBLISHED:
        raise PublishingError(_("Only a published article can be unpublished."))
    locked.status = Status.IN_REVIEW
    locked.unpublished_at = timezone.now()
    _save(article, locked, ["status", "unpublished_at"])
    _audit(user, AuditEntry.Action.UNPUBLISH, locked, reason)
    return article


@transaction.atomic
def reject(article: Article, user, reason: str = "") -> Article:
    """Set an article aside for good (until reopened). A published one must be unpublished first."""
    locked = _locked(article)
    if locked.status == Status.REJECTED:
        raise PublishingError(_("This article is already rejected."))
    if locked.status == Status.PUBLISHED:
        raise PublishingError(_("Unpublish this article before rejecting it."))
    locked.status = Status.REJECTED
    _save(article, locked, ["status"])
    _audit(user, AuditEntry.Action.REJECT, locked, reason)
    return article


def reject_many(articles: Iterable[Article], user, reason: str = "") -> tuple[int, int]:
    """Reject each article that can be; returns (rejected, skipped)."""
    rejected = skipped = 0
    for article in articles:
        try:
            reject(article, user, reason)
        except PublishingError:
            skipped += 1
        else:
            rejected += 1
    return rejected, skipped


@transaction.atomic
def reopen(article: Article, user, reason: str = "") -> Article:
    """Bring a rejected article back to the desk, at the status its work had reached."""
    locked = _locked(article)
    if locked.status != Status.REJECTED:
        raise PublishingError(_("Only a rejected article can be reopened."))
    locked.status = _working_status(locked)
    _save(article, locked, ["status"])
    _audit(user, AuditEntry.Action.REOPEN, locked, reason)
    return article
