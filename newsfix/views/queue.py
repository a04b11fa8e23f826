"""The queue: the articles waiting for an editor."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from newsfix.models import Article

PAGE_SIZE = 50


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
def queue(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.select_related("source").defer(
        "raw_text", "raw_html", "current_text", "published_text"
    )[:PAGE_SIZE]
    return render(request, "newsfix/queue.html", {"articles": articles})
