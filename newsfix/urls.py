from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from newsfix.feeds import PublishedFeed
from newsfix.views import (
    api,
    audit,
    editor,
    editor_actions,
    export,
    history,
    imports,
    public,
    publishing,
    queue,
    stories,
)

urlpatterns = [
    # --- queue and overview
    path("", queue.queue, name="queue"),
    path("queue/next/", queue.next_article, name="queue_next"),
    path("queue/bulk", queue.bulk, name="queue_bulk"),
    # --- editor, history, revisions
    path("articles/<int:pk>/", editor.editor, name="editor"),
    path("articles/<int:pk>/save", editor.save, name="editor_save"),
    path("articles/<int:pk>/scan", editor.scan, name="editor_scan"),
    path("articles/<int:pk>/presence", editor.presence_ping, name="editor_presence"),
    path("articles/<int:pk>/raw", editor.raw_pane, name="editor_raw"),
    path("articles/<int:pk>/preview", editor.preview, name="editor_preview"),
    path("articles/<int:pk>/fix-all", editor_actions.fix_all, name="editor_fix_all"),
    path("articles/<int:pk>/undo", editor_actions.undo, name="editor_undo"),
    path("articles/<int:pk>/rebuild", editor_actions.rebuild, name="editor_rebuild"),
    path("articles/<int:pk>/flags/<int:flag_pk>/accept", editor_actions.accept, name="flag_accept"),
    path(
        "articles/<int:pk>/flags/<int:flag_pk>/dismiss", editor_actions.dismiss, name="flag_dismiss"
    ),
    path(
        "articles/<int:pk>/flags/<int:flag_pk>/restore-from-copy",
        editor_actions.restore_from_copy,
        name="flag_restore_from_copy",
    ),
    path("articles/<int:pk>/diff", history.raw_diff, name="editor_diff"),
    path("articles/<int:pk>/history", history.history, name="history"),
    path("articles/<int:pk>/restore", history.restore, name="history_restore"),
    # --- publishing and public output (pages, feed, API, export, audit log)
    path("articles/<int:pk>/publish", publishing.publish, name="publish"),
    path("articles/<int:pk>/unpublish", publishing.unpublish, name="unpublish"),
    path("articles/<int:pk>/reject", publishing.reject, name="reject"),
    path("articles/<int:pk>/reopen", publishing.reopen, name="reopen"),
    path("p/<slug:slug>/", public.article, name="public_article"),
    path("feed/", PublishedFeed(), name="feed"),
    path("api/articles/", api.articles, name="api_articles"),
    path("api/articles/<int:pk>", api.article, name="api_article"),
    path("api/articles/<int:pk>/", api.article, name="api_article_slash"),
    path("export/published.jsonl", export.published_jsonl, name="export_published"),
    path("audit/", audit.audit_log, name="audit"),
    # --- imports
    path("imports/", imports.batch_list, name="imports"),
    path("imports/new/", imports.upload, name="import_upload"),
    path("imports/<int:pk>/", imports.batch_detail, name="import_batch"),
    path("imports/<int:pk>/resume", imports.resume, name="import_resume"),
    path("stories/<int:pk>/", stories.story, name="story"),
    path("stories/<int:pk>/split", stories.split, name="story_split"),
    path("stories/<int:pk>/merge", stories.merge, name="story_merge"),
    # --- accounts and admin
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("admin/", admin.site.urls),
]
