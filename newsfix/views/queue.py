"""The queue: filter, search, sort and page through articles; pick the next one; act on many."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from newsfix import overview, publishing, review
from newsfix import queue as worklist
from newsfix.models import Article
from newsfix.views.links import editor_url, safe_next

BULK_LIMIT = 200
BULK_PERMISSIONS = {"fix": "newsfix.change_article", "reject": "newsfix.publish_article"}


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_safe
def queue(request: HttpRequest) -> HttpResponse:
    filters = worklist.Filters.from_query(request.GET)
    articles, next_cursor = worklist.page(filters, request.GET.get("after"))
    context = {
        "articles": articles,
        "filters": filters,
        "query": filters.as_query(),
        "next_query": filters.as_query(after=next_cursor) if next_cursor else "",
        "paged": bool(request.GET.get("after")),
        "sort_links": {name: filters.as_query(sort=name) for name in worklist.SORTS},
        "queue_url": reverse("queue"),
    }
    if request.htmx:
        return render(request, "newsfix/_queue_table.html", context)
    sources = overview.summaries()
    context.update(
        statuses=Article.Status.choices,
        sources=[(source.pk, source.name) for source in sources],
        charts=overview.damage(sources),
    )
    return render(request, "newsfix/queue.html", context)


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_safe
def next_article(request: HttpRequest) -> HttpResponse:
    filters = worklist.Filters.from_query(request.GET)
    article = worklist.next_to_fix(filters, request.user)
    if article is None:
        messages.info(request, _("Nothing left to fix here: no new or flagged article is free."))
        query = filters.as_query()
        return redirect(reverse("queue") + (f"?{query}" if query else ""))
    return redirect(editor_url(article.pk))


@login_required
@permission_required("newsfix.view_article", raise_exception=True)
@require_POST
def bulk(request: HttpRequest) -> HttpResponse:
    action = request.POST.get("action", "")
    if action not in BULK_PERMISSIONS:
        return HttpResponseBadRequest(_("Unknown action: choose one of the queue's buttons."))
    if not request.user.has_perm(BULK_PERMISSIONS[action]):
        raise PermissionDenied
    back = safe_next(request, reverse("queue"))
    articles = worklist.selection(request.POST.getlist("ids"), BULK_LIMIT)
    if not articles:
        messages.warning(request, _("Tick at least one article first."))
        return redirect(back)
    if action == "fix":
        changed = review.bulk_apply_safe_fixes(articles, request.user)
        note = ngettext(
            "Safe fixes applied to %(n)s article.", "Safe fixes applied to %(n)s articles.", changed
        ) % {"n": changed}
    else:
        rejected, skipped = publishing.reject_many(articles, request.user)
        note = ngettext("%(n)s article rejected.", "%(n)s articles rejected.", rejected) % {
            "n": rejected
        }
        if skipped:
            note += " " + ngettext(
                "%(n)s was skipped (published or already rejected).",
                "%(n)s were skipped (published or already rejected).",
                skipped,
            ) % {"n": skipped}
    messages.success(request, note)
    return redirect(back)
