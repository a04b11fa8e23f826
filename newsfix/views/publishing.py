"""Publish, unpublish, reject and reopen one article (POST only, then back to the editor)."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from newsfix import publishing
from newsfix.models import Article
from newsfix.views.links import editor_url, safe_next


def _actions(request: HttpRequest, article: Article, note: str = "", error: str = ""):
    """The publish buttons again, for an htmx swap of ``#publish-actions``."""
    context = {"article": article, "publish_note": note, "publish_error": error}
    return render(request, "newsfix/_publish_actions.html", context)


def _done(request: HttpRequest, article: Article, note: str) -> HttpResponse:
    if request.htmx:
        return _actions(request, article, note=note)
    messages.success(request, note)
    return redirect(safe_next(request, editor_url(article.pk)))


def _refused(request: HttpRequest, article: Article, error: str) -> HttpResponse:
    if request.htmx:
        return _actions(request, article, error=error)
    messages.error(request, error)
    return redirect(safe_next(request, editor_url(article.pk)))


@login_required
@permission_required("newsfix.publish_article", raise_exception=True)
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    confirm = request.POST.get("confirm") == "1"
    try:
        result = publishing.publish(article, request.user, confirm=confirm)
    except publishing.PublishingError as error:
        return _refused(request, article, str(error))
    if result.needs_confirmation:
        context = {
            "article": article,
            "open_flags": result.open_flags,
            "editor_href": editor_url(article.pk),
        }
        template = (
            "newsfix/_publish_confirm.html" if request.htmx else "newsfix/publish_confirm.html"
        )
        return render(request, template, context)
    note = _("Published.") if result.first_time else _("Published again with the latest text.")
    return _done(request, article, note)


def _move(request: HttpRequest, pk: int, action: Callable, note: str) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    try:
        action(article, request.user, request.POST.get("reason", "").strip())
    except publishing.PublishingError as error:
        return _refused(request, article, str(error))
    return _done(request, article, note)


@login_required
@permission_required("newsfix.publish_article", raise_exception=True)
@require_POST
def unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    return _move(request, pk, publishing.unpublish, _("Unpublished: the public page is gone."))


@login_required
@permission_required("newsfix.publish_article", raise_exception=True)
@require_POST
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    return _move(request, pk, publishing.reject, _("Rejected."))


@login_required
@permission_required("newsfix.publish_article", raise_exception=True)
@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    return _move(request, pk, publishing.reopen, _("Reopened."))
