"""The editor: one article, raw scrape and working copy side by side, and saving it.

The page lists the stored flags (no scan on GET unless the article was never
analysed) and writes nothing: its soft lock is taken by the presence poll that
fires as it loads. Each long text is sent once with it, in the text box; the
highlighted panes (the raw scrape, the saved working copy) are loaded right
after it, and the diff on demand. htmx requests get the pieces of the page
that changed (``_desk.html``); plain forms get a redirect back.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from newsfix import copies, presence, review, shown
from newsfix.models import Article
from newsfix.text import scan as scan_text
from newsfix.text.diff import diff

CONFLICT = 409

# What the page shows of an article: not the scrape (its pane loads on its own) nor
# the published copy, both long, nor the fields only the other screens show.
PAGE_FIELDS = (
    "title",
    "url",
    "source__name",
    "story_id",
    "language",
    "status",
    "slug",
    "published_updated_at",
    "current_text",
    "version",
    "flagged_version",
)


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
    scanned: bool = False,
    conflict: dict | None = None,
    notice: str = "",
    version: int | None = None,
) -> dict:
    """What the working pane, the flag list and the toolbar show.

    A text other than the saved working copy (a conflict, a rebuild) is scanned
    so that its highlights match it; those flags are not stored.
    """
    if flags is None and text is not None and text != article.current_text:
        flags = scan_text(text, title=article.title or None, language=article.language or None)
        scanned = True
    if flags is None:
        flags = shown.open_flags(article)
    base = reverse("editor", args=[article.pk])
    story_copies = copies.other_copies(article)
    found = {} if scanned else copies.full_sentences(article, flags, story_copies)
    return {
        "article": article,
        "copies": story_copies,
        "text": article.current_text if text is None else text,
        # The version and text the box is based on: a save is checked against them.
        "version": article.version if version is None else version,
        "base_digest": review.text_digest(article.current_text) if version is None else "",
        "flags": flags,
        "full_sentences": found,
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
    """The whole editor; its highlighted panes and who else has it open load right after.

    A text other than the saved one (a conflict, a rebuild) is highlighted in the
    page itself: only the saved one can be asked for again.
    """
    context = desk_context(request, article, **kwargs)
    context["later"] = not context["scanned"] and context["text"] == article.current_text
    return render(request, "newsfix/editor.html", context, status=status)


def render_pane(request: HttpRequest, article: Article, pane: str, context: dict) -> HttpResponse:
    """One pane of the editor for the page to put in, or a page of its own without htmx."""
    context.update({"article": article, "base": reverse("editor", args=[article.pk])})
    if request.htmx:
        response = render(request, pane, context)
    else:
        response = render(request, "newsfix/pane.html", {**context, "pane": pane})
    patch_vary_headers(response, ("HX-Request",))
    return response


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
            # The box may hold typing based on the old version, so it keeps that
            # version: the next save shows the other editor's text to merge
            # instead of overwriting it.
            notice = f"{error} {_('Save to compare your text with theirs.')}"
            kept = int_field(request.POST.get("version")) or 0
            return render_desk(request, article, status=CONFLICT, notice=notice, version=kept)
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
    article = get_object_or_404(Article.objects.select_related("source").only(*PAGE_FIELDS), pk=pk)
    review.ensure_analysed(article)
    return render_page(request, article)


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_GET
def raw_pane(request: HttpRequest, pk: int) -> HttpResponse:
    """The raw scrape with its flags, for the editor page to show; no edit changes it."""
    article = get_object_or_404(
        Article.objects.defer("raw_html", "current_text", "published_text"), pk=pk
    )
    review.ensure_analysed(article)
    context = {"raw_flags": shown.raw_flags(article), "loaded": True}
    return render_pane(request, article, "newsfix/_raw_pane.html", context)


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_GET
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The saved working copy with its open flags, for the editor page to show.

    Saves and scans answer with this pane too, for the text they leave.
    """
    article = get_object_or_404(
        Article.objects.defer("raw_text", "raw_html", "published_text"), pk=pk
    )
    review.ensure_analysed(article)
    context = {"text": article.current_text, "flags": shown.open_flags(article)}
    return render_pane(request, article, "newsfix/_working_preview.html", context)


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
        review.save(
            article,
            text,
            version,
            request.user,
            note=request.POST.get("note", ""),
            base_digest=request.POST.get("base_digest"),
        )
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
        context = desk_context(request, article)
    else:
        found = scan_text(text, title=article.title or None, language=article.language or None)
        context = desk_context(request, article, text=text, flags=found, scanned=True)
    context["oob"] = True
    return render(request, "newsfix/_scan.html", context)


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_POST
def presence_ping(request: HttpRequest, pk: int) -> HttpResponse:
    """Take or renew this editor's soft lock and say who else has the article open.

    The page polls this as soon as it loads, then every ``presence.RENEW_SECONDS``.
    """
    article = get_object_or_404(Article.objects.only("pk"), pk=pk)
    presence.touch(article, request.user)
    context = {
        "article": article,
        "base": reverse("editor", args=[article.pk]),
        "others": presence.others(article, request.user),
        # Taken: from now on the poll only renews it.
        "renewed": True,
    }
    return render(request, "newsfix/_presence.html", context)
