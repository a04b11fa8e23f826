"""The editor: one article, raw scrape and working copy side by side, and saving it.

The page renders the stored flags (no scan on GET unless the article was never
analysed); the diff is loaded on demand. htmx requests get the pieces of the
page that changed (``_desk.html``); plain forms get a redirect back.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from newsfix import copies, presence, review, shown
from newsfix.models import Article
from newsfix.text import scan as scan_text
from newsfix.text.diff import diff

CONFLICT = 409


def int_field(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


def desk_context(
    request: HttpRequest,
    article: Article,
    *,
    text: str | None = None,
    flags: list | None = None,
    raw_flags: list | None = None,
    scanned: bool = False,
    conflict: dict | None = None,
    notice: str = "",
) -> dict:
    """What the working pane, the flag list and the toolbar show.

    A text other than the saved working copy (a conflict, a rebuild) is scanned
    so that its highlights match it; those flags are not stored.
    """
    if flags is None and text is not None and text != article.current_text:
        flags = scan_text(text, title=article.title or None, language=article.language or None)
        scanned = True
    if flags is None or raw_flags is None:
        stored, stored_raw = shown.stored_flags(article)
        flags = stored if flags is None else flags
        raw_flags = stored_raw if raw_flags is None else raw_flags
    base = reverse("editor", args=[article.pk])
    story_copies = copies.other_copies(article)
    found = {} if scanned else copies.full_sentences(article, flags, story_copies)
    return {
        "article": article,
        "copies": story_copies,
        "text": article.current_text if text is None else text,
        "version": article.version,
        "flags": flags,
        "full_sentences": found,
        "raw_flags": raw_flags,
        "scanned": scanned,
        "conflict": conflict,
        "notice": notice,
        "latest": review.latest_change(article),
        # The editor's own URLs all start here: one reverse instead of one per link.
        "base": base,
        "flags_url": f"{base}flags/",
    }


def render_desk(
    request: HttpRequest,
    article: Article,
    *,
    status: int = 200,
    replace_text: bool = False,
    **kwargs,
) -> HttpResponse:
    """The changed pieces of the editor, for an htmx swap."""
    context = desk_context(request, article, **kwargs)
    context.update({"oob": True, "replace_text": replace_text})
    return render(request, "newsfix/_desk.html", context, status=status)


def render_page(request: HttpRequest, article: Article, *, status: int = 200, **kwargs):
    context = desk_context(request, article, **kwargs)
    context["others"] = presence.others(article, request.user)
    return render(request, "newsfix/editor.html", context, status=status)


def see_other(article: Article) -> HttpResponse:
    """Back to the editor after a POST, as a GET."""
    response = redirect("editor", pk=article.pk)
    response.status_code = 303
    return response


def done(request: HttpRequest, article: Article, note: str, **kwargs) -> HttpResponse:
    """After a change: the new pieces for htmx, else back to the editor with a message."""
    if request.htmx:
        article.refresh_from_db()
        return render_desk(request, article, notice=note, **kwargs)
    if note:
        messages.success(request, note)
    return see_other(article)


def refused(request: HttpRequest, article: Article, error: review.ReviewError) -> HttpResponse:
    """An action that could not be done: 409 when someone saved first, else back with why."""
    if isinstance(error, review.StaleVersion):
        article.refresh_from_db()
        if request.htmx:
            return render_desk(request, article, status=CONFLICT, notice=str(error))
        messages.error(request, str(error))
        return render_page(request, article, status=CONFLICT)
    if request.htmx:
        return render_desk(request, article, notice=str(error))
    messages.error(request, str(error))
    return see_other(article)


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_GET
def editor(request: HttpRequest, pk: int) -> HttpResponse:
    # The page shows neither the scrape's HTML nor the published copy; both can be long.
    article = get_object_or_404(Article.objects.defer("raw_html", "published_text"), pk=pk)
    review.ensure_analysed(article)
    presence.touch(article, request.user)
    return render_page(request, article)


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def save(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    text = request.POST.get("text")
    version = int_field(request.POST.get("version"))
    if text is None or version is None:
        return HttpResponse(_("Send the fields text and version."), status=400)
    try:
        review.save(article, text, version, request.user, note=request.POST.get("note", ""))
    except review.StaleVersion as stale:
        # Never overwrite: show what the other editor saved against what this one sent,
        # with the current version so that the merged text can be saved again.
        mine = review.normalize_newlines(text)
        conflict = {"theirs": stale.current_text, "segments": diff(stale.current_text, mine)}
        article.refresh_from_db()
        if request.htmx:
            return render_desk(
                request, article, status=CONFLICT, text=mine, conflict=conflict, notice=str(stale)
            )
        return render_page(request, article, status=CONFLICT, text=mine, conflict=conflict)
    return done(request, article, _("Saved."))


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def scan(request: HttpRequest, pk: int) -> HttpResponse:
    """The flags of the text being typed, without saving it."""
    article = get_object_or_404(Article, pk=pk)
    text = review.normalize_newlines(request.POST.get("text", ""))
    if text == article.current_text:
        # Typed back to the saved text: its stored flags, with their buttons.
        context = desk_context(request, article, raw_flags=[])
    else:
        found = scan_text(text, title=article.title or None, language=article.language or None)
        context = desk_context(request, article, text=text, flags=found, raw_flags=[], scanned=True)
    context["oob"] = True
    return render(request, "newsfix/_scan.html", context)


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_POST
def presence_ping(request: HttpRequest, pk: int) -> HttpResponse:
    """Renew this editor's soft lock and say who else has the article open."""
    article = get_object_or_404(Article.objects.only("pk"), pk=pk)
    presence.touch(article, request.user)
    context = {
        "article": article,
        "base": reverse("editor", args=[article.pk]),
        "others": presence.others(article, request.user),
    }
    return render(request, "newsfix/_presence.html", context)
