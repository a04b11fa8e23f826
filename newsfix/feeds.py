"""Atom feed of the published articles, newest first."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.translation import gettext_lazy as _

from newsfix.models import Article

FEED_SIZE = 50


class PublishedFeed(Feed):
    feed_type = Atom1Feed
    title = _("newsfix: published articles")
    subtitle = _("Scraped news articles, repaired by editors.")

    def link(self) -> str:
        return reverse("feed")

    def items(self):
        return (
            Article.objects.published()
            .select_related("source")
            .only(
                "title",
                "slug",
                "url",
                "published_text",
                "published_at",
                "published_updated_at",
                "source__name",
            )
            .order_by("-published_at", "-id")[:FEED_SIZE]
        )

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        # The feed carries HTML: the scraped text is escaped before it becomes markup.
        return linebreaks(item.published_text, autoescape=True)

    def item_link(self, item: Article) -> str:
        return reverse("public_article", args=[item.slug])

    def item_guid(self, item: Article) -> str:
        return f"newsfix-article-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return item.published_updated_at or item.published_at

    def item_author_name(self, item: Article) -> str | None:
        return item.source.name if item.source_id else None
