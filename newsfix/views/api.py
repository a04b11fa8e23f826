"""Read-only JSON API of the published articles (no login: it is what the public sees)."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from newsfix import keyset, output

PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
JSON_UTF8 = "application/json; charset=utf-8"


def _json(data, status: int = 200) -> JsonResponse:
    return JsonResponse(
        data, status=status, content_type=JSON_UTF8, json_dumps_params={"ensure_ascii": False}
    )


def _error(message: str) -> JsonResponse:
    return _json({"error": message}, status=400)


def _limit(raw: str | None) -> int:
    if raw is None or raw == "":
        return PAGE_SIZE
    value = int(raw)
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise ValueError
    return value


@require_safe
def articles(request: HttpRequest) -> JsonResponse:
    since = request.GET.get("since")
    try:
        moment = output.parse_since(since) if since else None
    except ValueError as error:
        return _error(str(error))
    try:
        limit = _limit(request.GET.get("limit"))
    except ValueError:
        return _error(_("limit must be a whole number from 1 to %(max)s.") % {"max": MAX_PAGE_SIZE})
    try:
        results, next_cursor = output.api_page(moment, request.GET.get("cursor"), limit)
    except keyset.BadCursor:
        return _error(_("cursor is not one this API gave out: start again without it."))
    next_url = None
    if next_cursor:
        query = request.GET.copy()
        query["cursor"] = next_cursor
        next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    return _json({"results": results, "next": next_url})


@require_safe
def article(request: HttpRequest, pk: int) -> JsonResponse:
    found = output.published().filter(pk=pk).first()
    if found is None:
        return _json({"error": _("No published article has this id.")}, status=404)
    return _json(output.record(found))
