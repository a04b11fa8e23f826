"""Every revision of an article, the difference between any two, and restoring one.

Revision 0 is the raw scrape: it can be compared and restored like the others.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from newsfix import review
from newsfix.models import Article, Revision
from newsfix.text.diff import diff, stats
from newsfix.views.editor import done, int_field, refused


def _text_of(article: Article, number: int) -> str:
    if number == 0:
        return article.raw_text
    revision = article.revisions.filter(number=number).only("text").first()
    if revision is None:
        raise Http404(_("There is no revision %(n)s.") % {"n": number})
    return revision.text


def _diff_context(old_label: str, old: str, new_label: str, new: str) -> dict:
    segments = diff(old, new)
    return {"segments": segments, "stats": stats(segments), "old": old_label, "new": new_label}


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_GET
def raw_diff(request: HttpRequest, pk: int) -> HttpResponse:
    """What the editors changed: the raw scrape against the working copy."""
    article = get_object_or_404(Article, pk=pk)
    context = _diff_context(
        _("Raw scrape"), article.raw_text, _("Working copy"), article.current_text
    )
    context["article"] = article
    template = "newsfix/_diff.html" if request.htmx else "newsfix/diff.html"
    return render(request, template, context)


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_GET
def history(request: HttpRequest, pk: int) -> HttpResponse:
    """The revisions, newest first, and the diff between two of them (``?a=&b=``)."""
    article = get_object_or_404(Article, pk=pk)
    revisions = list(article.revisions.select_related("author").defer("text").order_by("-number"))
    latest = revisions[0].number if revisions else 0
    a = int_field(request.GET.get("a"))
    b = int_field(request.GET.get("b"))
    if b is None:
        b = latest
    if a is None:
        a = max(b - 1, 0)
    label = _("Revision %(n)s")
    context = _diff_context(
        label % {"n": a} if a else _("Raw scrape"),
        _text_of(article, a),
        label % {"n": b} if b else _("Raw scrape"),
        _text_of(article, b),
    )
    context.update({"article": article, "revisions": revisions, "a": a, "b": b})
    if request.htmx:
        return render(request, "newsfix/_diff.html", context)
    return render(request, "newsfix/history.html", context)


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def restore(request: HttpRequest, pk: int) -> HttpResponse:
    """Make an old revision (0: the raw scrape) the working copy again, as a new revision."""
    article = get_object_or_404(Article, pk=pk)
    number = int_field(request.POST.get("revision"))
    if number is None:
        raise Http404(_("Say which revision to restore."))
    revision = None if number == 0 else get_object_or_404(Revision, article=article, number=number)
    version = int_field(request.POST.get("version"))
    try:
        review.restore(article, revision, request.user, version)
    except review.ReviewError as error:
        return refused(request, article, error)
    return done(request, article, _("Revision %(n)s restored.") % {"n": number}, replace_text=True)
