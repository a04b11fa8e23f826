"""Stored flags made by hand, so that tests do not depend on what the checks find today."""

from __future__ import annotations

from newsfix.analysis import dismissal_key
from newsfix.models import Article, Flag


def open_flag(article: Article, kind: str, start: int, end: int, suggestion: str | None) -> Flag:
    """An open flag of the working copy, as the analysis would have stored it."""
    Article.objects.filter(pk=article.pk).update(flagged_version=article.version)
    article.flagged_version = article.version
    _kind, excerpt, context = dismissal_key(article.current_text, kind, start, end)
    return Flag.objects.create(
        article=article,
        target=Flag.Target.CURRENT,
        text_version=article.version,
        kind=kind,
        start=start,
        end=end,
        message=f"{kind} here",
        suggestion=suggestion,
        excerpt=excerpt,
        context=context,
    )
