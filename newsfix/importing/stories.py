"""Fix story grouping by hand: merge stories that are one, split copies that are not."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from newsfix.models import Article, Story

from .grouping import blocking_key, fingerprint


def _represent(story: Story) -> None:
    """Match future copies against the story's first remaining article."""
    first = story.articles.order_by("pk").only("title", "raw_text").first()
    if first is not None:
        story.title = first.title[:500]
        story.key = blocking_key(first.title, first.raw_text)
        story.fingerprint = fingerprint(first.title, first.raw_text)
        story.save(update_fields=["title", "key", "fingerprint"])


@transaction.atomic
def merge(stories: Iterable[Story]) -> Story | None:
    """Move every copy into the oldest of ``stories``; the emptied ones are deleted."""
    ordered = sorted(stories, key=lambda story: story.pk)
    if not ordered:
        return None
    keep, others = ordered[0], [story.pk for story in ordered[1:]]
    Article.objects.filter(story_id__in=others).update(story=keep)
    Story.objects.filter(pk__in=others).delete()
    return keep


@transaction.atomic
def split(story: Story, article_ids: Iterable[int]) -> Story | None:
    """Move the given copies of ``story`` into a new story of their own."""
    moving = Article.objects.filter(story=story, pk__in=list(article_ids))
    if not moving.exists():
        return None
    new = Story.objects.create()
    moving.update(story=new)
    _represent(new)
    if story.articles.exists():
        _represent(story)
    else:
        story.delete()
    return new
