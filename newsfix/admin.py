"""Django admin for every model. Raw scrapes are read-only and articles cannot be deleted."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from newsfix import models
from newsfix.importing import stories


@admin.register(models.User)
class NewsfixUserAdmin(UserAdmin):
    pass


@admin.register(models.Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "article_count", "created_at"]
    search_fields = ["name", "domain"]
    readonly_fields = ["article_count", "flag_counts"]


@admin.register(models.Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["id", "title", "copies", "created_at"]
    search_fields = ["title"]
    actions = ["merge_stories"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(copy_count=Count("articles"))

    @admin.display(description=_("copies"), ordering="copy_count")
    def copies(self, story: models.Story) -> str:
        # The story page lists the copies and splits wrongly grouped ones off.
        return format_html(
            '<a href="{}">{}</a>', reverse("story", args=[story.pk]), story.copy_count
        )

    @admin.action(description=_("Merge the selected stories into one"), permissions=["change"])
    def merge_stories(self, request, queryset) -> None:
        kept = stories.merge(queryset)
        if kept is not None:
            self.message_user(request, _("Merged into story %(pk)s.") % {"pk": kept.pk})


class RevisionInline(admin.TabularInline):
    model = models.Revision
    fields = ["number", "author", "created_at", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["id", "title", "source", "language", "status", "open_flags", "updated_at"]
    list_filter = ["status", "language", "source"]
    search_fields = ["title", "url"]
    raw_id_fields = ["story", "batch"]
    readonly_fields = [
        "raw_text",
        "raw_html",
        "content_hash",
        "version",
        "published_text",
        "published_at",
        "published_updated_at",
        "unpublished_at",
        "open_flags",
        "flagged_version",
        "created_at",
        "updated_at",
    ]
    inlines = [RevisionInline]
    actions = None

    def get_readonly_fields(self, request, obj=None):
        # The raw scrape can be typed once, when an article is added by hand.
        if obj is None:
            return [f for f in self.readonly_fields if f not in ("raw_text", "raw_html")]
        return self.readonly_fields

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.Revision)
class RevisionAdmin(admin.ModelAdmin):
    list_display = ["article", "number", "author", "created_at", "note"]
    readonly_fields = ["article", "number", "text", "author", "created_at", "note"]
    raw_id_fields = ["article"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["article", "target", "kind", "start", "end", "state"]
    list_filter = ["kind", "state", "target"]
    raw_id_fields = ["article"]


@admin.register(models.Dismissal)
class DismissalAdmin(admin.ModelAdmin):
    list_display = ["article", "kind", "excerpt", "created_by", "created_at"]
    raw_id_fields = ["article"]


class ImportProblemInline(admin.TabularInline):
    model = models.ImportProblem
    fields = ["member", "line", "reason", "excerpt"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["id", "filename", "status", "rows_read", "created", "duplicates", "problems"]
    list_filter = ["status"]
    readonly_fields = [
        "rows_read",
        "created",
        "duplicates",
        "problems",
        "rows_committed",
        "bytes_total",
        "bytes_read",
        "started_at",
        "heartbeat_at",
        "finished_at",
        "task_id",
    ]
    inlines = [ImportProblemInline]


@admin.register(models.ImportProblem)
class ImportProblemAdmin(admin.ModelAdmin):
    list_display = ["batch", "member", "line", "reason"]
    raw_id_fields = ["batch"]


@admin.register(models.AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "article", "batch", "detail"]
    list_filter = ["action"]
    readonly_fields = ["created_at", "actor", "action", "article", "batch", "detail"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.EditSession)
class EditSessionAdmin(admin.ModelAdmin):
    list_display = ["article", "user", "seen_at"]
    raw_id_fields = ["article"]
