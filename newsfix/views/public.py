"""The public reading page of a published article: no login, the clean copy only."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from newsfix.models import Article


@require_safe
def article(request: HttpRequest, slug: str) -> HttpResponse:
    found = (
        Article.objects.select_related("source")
        .only(
            "title",
            "url",
            "language",
            "status",
            "slug",
            "published_text",
            "published_at",
            "published_updated_at",
            "source__name",
            "source__domain",
        )
        .filter(slug=slug)
        .first()
    )
    if found is None:
        raise Http404
    if found.status != Article.Status.PUBLISHED:
        return render(request, "newsfix/public_gone.html", {"article": found}, status=410)
    paragraphs = [p.strip() for p in found.published_text.split("\n\n") if p.strip()]
    return render(
        request, "newsfix/public_article.html", {"article": found, "paragraphs": paragraphs}
    )
