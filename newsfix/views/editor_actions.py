"""The editor's one-click changes: accept, dismiss, apply all safe fixes, undo, copies.

Each is a POST carrying the ``version`` the editor saw; each is a revision.
htmx gets the changed pieces of the editor, a plain form a redirect back.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from newsfix import copies, review
from newsfix.models import Article, Flag, Revision
from newsfix.views.editor import done, int_field, refused, render_desk, render_page


def _article_and_version(request: HttpRequest, pk: int) -> tuple[Article, int]:
    article = get_object_or_404(Article, pk=pk)
    version = int_field(request.POST.get("version"))
    return article, article.version if version is None else version


def _flag(article: Article, flag_pk: int) -> Flag:
    return get_object_or_404(Flag, pk=flag_pk, article=article, target=Flag.Target.CURRENT)


def _on_flag(request: HttpRequest, pk: int, flag_pk: int, action, note: str, **kwargs):
    """Run ``action(article, flag, user, version)`` and answer with the editor's new state."""
    article, version = _article_and_version(request, pk)
    try:
        action(article, _flag(article, flag_pk), request.user, version)
    except review.ReviewError as error:
        return refused(request, article, error)
    return done(request, article, note, **kwargs)


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def accept(request: HttpRequest, pk: int, flag_pk: int) -> HttpResponse:
    note = _("Suggestion accepted.")
    return _on_flag(request, pk, flag_pk, review.accept, note, replace_text=True)


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def dismiss(request: HttpRequest, pk: int, flag_pk: int) -> HttpResponse:
    return _on_flag(request, pk, flag_pk, review.dismiss, _("Flag dismissed."))


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def fix_all(request: HttpRequest, pk: int) -> HttpResponse:
    article, version = _article_and_version(request, pk)
    try:
        revision = review.apply_safe_fixes(article, request.user, version)
    except review.ReviewError as error:
        return refused(request, article, error)
    note = revision.note if revision else _("There was no safe fix to apply.")
    return done(request, article, note, replace_text=True)


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def undo(request: HttpRequest, pk: int) -> HttpResponse:
    article, version = _article_and_version(request, pk)
    revision = get_object_or_404(
        Revision, article=article, number=int_field(request.POST.get("revision"))
    )
    try:
        review.undo(article, revision, request.user, version)
    except review.ReviewError as error:
        return refused(request, article, error)
    return done(request, article, _("Undone."), replace_text=True)


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def restore_from_copy(request: HttpRequest, pk: int, flag_pk: int) -> HttpResponse:
    note = _("Sentence restored from another copy.")
    return _on_flag(request, pk, flag_pk, copies.restore_from_copy, note, replace_text=True)


@login_required
@permission_required("newsfix.change_article", raise_exception=True)
@require_POST
def rebuild(request: HttpRequest, pk: int) -> HttpResponse:
    """The working copy rebuilt from all copies, put in the editor unsaved, for review."""
    article = get_object_or_404(Article, pk=pk)
    text = copies.rebuild(article)
    if text is None:
        return refused(request, article, review.ReviewError(_("This story has no other copy.")))
    note = _("Rebuilt from all copies: review the text, then save it.")
    if request.htmx:
        return render_desk(request, article, text=text, notice=note, replace_text=True)
    return render_page(request, article, text=text, notice=note)
