"""Articles in given publishing states, and flags placed by hand, for output tests."""

from __future__ import annotations

from newsfix import publishing
from newsfix.models import Article, Flag


def add_flag(article: Article, kind: str = "spacing", state: str = Flag.State.OPEN) -> Flag:
    flag = Flag.objects.create(
        article=article,
        target=Flag.Target.CURRENT,
        text_version=article.version,
        kind=kind,
        start=0,
        end=5,
        message="Two spaces",
        suggestion=" ",
        state=state,
        excerpt=article.current_text[:5],
    )
    if state == Flag.State.OPEN:
        article.open_flags += 1
        setattr(article, f"flags_{kind}", getattr(article, f"flags_{kind}") + 1)
        article.save(update_fields=["open_flags", f"flags_{kind}"])
    return flag


def analysed(article: Article) -> Article:
    """Take the article as analysed with the flags stored so far (none unless added by hand)."""
    Article.objects.filter(pk=article.pk).update(flagged_version=article.version)
    article.refresh_from_db()
    return article


def make_article(source=None, title: str = "Une histoire", text: str = "Texte propre.", **kw):
    kw.setdefault("flagged_version", 1)
    return Article.objects.create(
        title=title,
        raw_text=text,
        current_text=text,
        source=source,
        url=kw.pop("url", "https://example.org/story"),
        language=kw.pop("language", "fr"),
        **kw,
    )


def make_published(source=None, user=None, **kw) -> Article:
    article = make_article(source, **kw)
    publishing.publish(article, user, confirm=True)
    return article
