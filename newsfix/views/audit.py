"""The audit log: who published, unpublished, rejected, reopened or imported what (admins)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from newsfix import keyset
from newsfix.models import AuditEntry

PAGE_SIZE = 50
ORDER = ("-created_at", "-id")


@login_required
@permission_required("newsfix.view_auditentry", raise_exception=True)
@require_safe
def audit_log(request: HttpRequest) -> HttpResponse:
    action = request.GET.get("action", "")
    entries = AuditEntry.objects.select_related("actor", "article", "batch")
    if action in AuditEntry.Action.values:
        entries = entries.filter(action=action)
    else:
        action = ""
    try:
        rows, next_cursor = keyset.page(entries, ORDER, request.GET.get("after"), PAGE_SIZE)
    except keyset.BadCursor:
        rows, next_cursor = keyset.page(entries, ORDER, None, PAGE_SIZE)
    query = request.GET.copy()
    query.pop("after", None)
    context = {
        "entries": rows,
        "action": action,
        "actions": AuditEntry.Action.choices,
        "next_cursor": next_cursor,
        "base_query": query.urlencode(),
        "paged": bool(request.GET.get("after")),
    }
    template = "newsfix/_audit_table.html" if request.htmx else "newsfix/audit.html"
    return render(request, template, context)
