"""One story's copies, to split wrongly grouped ones off or merge another story in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from newsfix.importing import stories
from newsfix.models import Story

PERMISSION = "newsfix.change_story"
COPIES_SHOWN = 500


@login_required
@permission_required(PERMISSION, raise_exception=True)
@require_GET
def story(request: HttpRequest, pk: int) -> HttpResponse:
    shown = get_object_or_404(Story, pk=pk)
    copies = (
        shown.articles.select_related("source")
        .only("title", "url", "language", "status", "source__name", "story_id")
        .order_by("pk")[:COPIES_SHOWN]
    )
    return render(request, "newsfix/imports/story.html", {"story": shown, "copies": copies})


@login_required
@permission_required(PERMISSION, raise_exception=True)
@require_POST
def split(request: HttpRequest, pk: int) -> HttpResponse:
    shown = get_object_or_404(Story, pk=pk)
    ids = [int(value) for value in request.POST.getlist("article") if value.isdigit()]
    new = stories.split(shown, ids)
    if new is None:
        messages.error(request, _("Select the copies to move into a new story."))
        return redirect("story", pk=pk)
    messages.success(request, _("The selected copies are now a story of their own."))
    return redirect("story", pk=new.pk)


@login_required
@permission_required(PERMISSION, raise_exception=True)
@require_POST
def merge(request: HttpRequest, pk: int) -> HttpResponse:
    shown = get_object_or_404(Story, pk=pk)
    other_id = request.POST.get("other", "").strip()
    other = Story.objects.filter(pk=int(other_id)).first() if other_id.isdigit() else None
    if other is None or other.pk == shown.pk:
        messages.error(request, _("Give the number of another story to merge into this one."))
        return redirect("story", pk=pk)
    kept = stories.merge([shown, other])
    messages.success(request, _("The two stories are now one."))
    return redirect("story", pk=kept.pk)
