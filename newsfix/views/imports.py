"""Imports: upload a file (with a preview), follow a batch's progress, resume a stalled one."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from newsfix.importing import batches
from newsfix.importing.limits import Limits, human_size
from newsfix.importing.preview import preview
from newsfix.models import ImportBatch

PERMISSION = "newsfix.add_importbatch"
BATCHES_SHOWN = 100
PROBLEMS_PER_PAGE = 50
POLL_SECONDS = 2


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "JSON Lines, a JSON array, CSV with a header row, HTML pages, "
            "or a ZIP or gzip archive of these."
        ),
    )
    source = forms.CharField(
        label=gettext_lazy("Source"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Leave empty to use each row's source, else its URL's host."),
    )
    defer_flagging = forms.BooleanField(
        label=gettext_lazy("Flag the articles afterwards, in the background"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = Limits.from_settings().upload_bytes
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is %(size)s; uploads may be at most %(limit)s.")
                % {"size": human_size(upload.size), "limit": human_size(limit)}
            )
        return upload


def _guard(view):
    return login_required(permission_required(PERMISSION, raise_exception=True)(view))


@_guard
@require_GET
def batch_list(request: HttpRequest) -> HttpResponse:
    recent = ImportBatch.objects.select_related("created_by").defer("error")[:BATCHES_SHOWN]
    rows = [(batch, batches.is_stalled(batch)) for batch in recent]
    return render(request, "newsfix/imports/list.html", {"rows": rows})


@_guard
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    context: dict = {"form": form}
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        source = form.cleaned_data["source"]
        if request.POST.get("preview"):
            fmt, rows = preview(upload_file, upload_file.name or "", source=source)
            context.update(preview_format=fmt, preview_rows=rows, previewed=True)
            template = "newsfix/imports/_preview.html" if request.htmx else None
            return render(request, template or "newsfix/imports/upload.html", context)
        batch = batches.start(
            upload_file,
            user=request.user,
            source=source,
            defer_flagging=form.cleaned_data["defer_flagging"],
        )
        messages.success(request, _("Import started: this page shows its progress."))
        return redirect("import_batch", pk=batch.pk)
    status = 400 if request.method == "POST" else 200
    if request.htmx and request.method == "POST":
        return render(request, "newsfix/imports/_preview.html", context, status=status)
    return render(request, "newsfix/imports/upload.html", context, status=status)


def _progress_context(batch: ImportBatch) -> dict:
    stalled = batches.is_stalled(batch)
    active = batch.status in (ImportBatch.Status.PENDING, ImportBatch.Status.RUNNING)
    return {
        "batch": batch,
        "progress": batches.progress(batch),
        "stalled": stalled,
        "can_resume": batches.can_resume(batch),
        "polling": active and not stalled,
        "poll_seconds": POLL_SECONDS,
    }


@_guard
@require_GET
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch, pk=pk)
    context = _progress_context(batch)
    if request.htmx and request.htmx.target == "import-progress":
        return render(request, "newsfix/imports/_progress.html", context)
    problems = Paginator(batch.problem_rows.order_by("member", "line", "id"), PROBLEMS_PER_PAGE)
    context["problems"] = problems.get_page(request.GET.get("page"))
    if request.htmx and request.htmx.target == "import-problems":
        return render(request, "newsfix/imports/_problems.html", context)
    return render(request, "newsfix/imports/batch.html", context)


@_guard
@require_POST
def resume(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch, pk=pk)
    resumed = batches.resume(batch)
    if request.htmx:
        batch.refresh_from_db()
        return render(request, "newsfix/imports/_progress.html", _progress_context(batch))
    if resumed:
        messages.success(request, _("Import resumed after its last saved chunk."))
    else:
        messages.error(request, _("This import is not stalled or failed: nothing to resume."))
    return redirect("import_batch", pk=batch.pk)
