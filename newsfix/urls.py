from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from newsfix.views import queue

urlpatterns = [
    # --- queue and overview
    path("", queue.queue, name="queue"),
    # --- editor, history, revisions
    # --- publishing and public output (pages, feed, API, export, audit log)
    # --- imports
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
