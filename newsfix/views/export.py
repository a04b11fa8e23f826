"""Export of every published article as JSON Lines, streamed (admins)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, StreamingHttpResponse
from django.views.decorators.http import require_safe

from newsfix import output


@login_required
@permission_required("newsfix.export_article", raise_exception=True)
@require_safe
def published_jsonl(request: HttpRequest) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        output.jsonl_lines(), content_type="application/jsonl; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="published.jsonl"'
    return response
