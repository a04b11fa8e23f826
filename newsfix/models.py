"""The data: scrapes stored raw forever, the working copy and its history, flags, imports.

The raw scrape (``Article.raw_text`` and ``raw_html``) is written once when the
article is created and never changed or deleted: ``Article.save`` refuses a
changed raw text, the article queryset refuses updates of it and every delete,
and every foreign key into articles protects them.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsfix.text.fingerprint import content_hash
from newsfix.text.language import detect as detect_language

FLAG_KINDS = (
    "merge_artifact",
    "truncated_sentence",
    "dangling_fragment",
    "boilerplate",
    "duplicate",
    "unbalanced_quote",
    "spacing",
    "encoding",
)

RAW_FIELDS = frozenset({"raw_text", "raw_html"})


class RawTextImmutable(Exception):
    """Raised when code tries to change or delete a raw scrape."""


class User(AbstractUser):
    """A newsroom user; what they may do comes from their groups (editors, admins)."""


class Source(models.Model):
    """A site articles are scraped from."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    domain = models.CharField(_("domain"), max_length=253, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # Summary for the damage overview, refreshed when its articles are (re)flagged,
    # so the overview never aggregates over every article.
    article_count = models.PositiveIntegerField(default=0)
    flag_counts = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Story(models.Model):
    """Articles that are copies of one story (the same wire text on several sites)."""

    title = models.CharField(_("title"), max_length=500, blank=True)
    # Blocking key and normalised title + lead used to match new copies quickly.
    key = models.CharField(max_length=64, db_index=True, blank=True)
    fingerprint = models.TextField(blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name_plural = "stories"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title or f"Story {self.pk}"


class ArticleQuerySet(models.QuerySet):
    def update(self, **kwargs):
        if RAW_FIELDS & kwargs.keys():
            raise RawTextImmutable("The raw scrape of an article is never changed.")
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        if RAW_FIELDS & set(fields):
            raise RawTextImmutable("The raw scrape of an article is never changed.")
        return super().bulk_update(objs, fields, *args, **kwargs)

    def delete(self):
        raise RawTextImmutable("Articles are never deleted: reject them instead.")

    delete.alters_data = True
    delete.queryset_only = True

    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED)


class Article(models.Model):
    """One scrape: the raw text as delivered, the working copy and the published copy."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        FLAGGED = "flagged", _("flagged")
        IN_REVIEW = "in_review", _("in review")
        PUBLISHED = "published", _("published")
        REJECTED = "rejected", _("rejected")

    title = models.CharField(_("title"), max_length=500)
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="articles"
    )
    batch = models.ForeignKey(
        "ImportBatch", on_delete=models.PROTECT, null=True, blank=True, related_name="articles"
    )
    story = models.ForeignKey(
        Story, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    language = models.CharField(_("language"), max_length=8, blank=True)
    content_hash = models.CharField(max_length=64, blank=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW
    )

    raw_text = models.TextField(_("raw text"))
    raw_html = models.TextField(_("raw HTML"), blank=True)
    current_text = models.TextField(_("working copy"), blank=True)
    version = models.PositiveIntegerField(default=1)
    extra = models.JSONField(default=dict, blank=True)
    source_published_at = models.DateTimeField(_("published by the source"), null=True, blank=True)

    published_text = models.TextField(blank=True)
    slug = models.SlugField(max_length=300, unique=True, null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_updated_at = models.DateTimeField(null=True, blank=True)
    unpublished_at = models.DateTimeField(null=True, blank=True)

    # Open flags of the working copy, per kind, stored so the queue filters and
    # sorts without counting flags.
    open_flags = models.PositiveIntegerField(default=0)
    flags_merge_artifact = models.PositiveIntegerField(default=0)
    flags_truncated_sentence = models.PositiveIntegerField(default=0)
    flags_dangling_fragment = models.PositiveIntegerField(default=0)
    flags_boilerplate = models.PositiveIntegerField(default=0)
    flags_duplicate = models.PositiveIntegerField(default=0)
    flags_unbalanced_quote = models.PositiveIntegerField(default=0)
    flags_spacing = models.PositiveIntegerField(default=0)
    flags_encoding = models.PositiveIntegerField(default=0)
    # The article version the stored flags were computed for; None = never analysed.
    flagged_version = models.PositiveIntegerField(null=True, blank=True)

    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        permissions = [
            ("publish_article", "Can publish, unpublish and reject articles"),
            ("export_article", "Can export published articles"),
        ]
        indexes = [
            models.Index(fields=["status", "-updated_at", "-id"], name="article_status_updated"),
            models.Index(fields=["-updated_at", "-id"], name="article_updated"),
            models.Index(fields=["source", "-updated_at", "-id"], name="article_source_updated"),
            models.Index(fields=["language", "-updated_at", "-id"], name="article_lang_updated"),
            models.Index(fields=["-open_flags", "-id"], name="article_open_flags"),
            models.Index(fields=["status", "-open_flags", "-id"], name="article_status_flags"),
            models.Index(fields=["published_at", "id"], name="article_published"),
            models.Index(fields=["url"], name="article_url"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if self._state.adding:
            self._derive_missing()
        else:
            self._refuse_raw_change()
            update_fields = kwargs.get("update_fields")
            if update_fields is None:
                kwargs["update_fields"] = [
                    f.name
                    for f in self._meta.concrete_fields
                    if not f.primary_key
                    and f.name not in RAW_FIELDS
                    and f.attname not in self.get_deferred_fields()
                ]
            elif RAW_FIELDS & set(update_fields):
                raise RawTextImmutable("The raw scrape of an article is never changed.")
        super().save(*args, **kwargs)
        if not hasattr(self, "_loaded_raw") or not self._loaded_raw:
            self._loaded_raw = {"raw_text": self.raw_text, "raw_html": self.raw_html}

    def delete(self, *args, **kwargs):
        raise RawTextImmutable("Articles are never deleted: reject them instead.")

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        loaded = dict(zip(field_names, values, strict=False))
        instance._loaded_raw = {name: loaded[name] for name in RAW_FIELDS if name in loaded}
        return instance

    def _derive_missing(self) -> None:
        if not self.current_text:
            self.current_text = self.raw_text
        if not self.content_hash:
            self.content_hash = content_hash(self.raw_text)
        if not self.language:
            self.language = detect_language(self.raw_text)

    def _refuse_raw_change(self) -> None:
        loaded = getattr(self, "_loaded_raw", None)
        if loaded is None:
            return
        for name, original in loaded.items():
            if getattr(self, name) != original:
                raise RawTextImmutable(
                    f"Article {self.pk}: {name} is the scrape as delivered and cannot change."
                )

    @property
    def flag_counts(self) -> dict[str, int]:
        return {kind: getattr(self, f"flags_{kind}") for kind in FLAG_KINDS}


class Revision(models.Model):
    """One saved state of an article's working copy. Never edited, never deleted."""

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revisions",
    )
    created_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["article", "number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="revision_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.article_id} r{self.number}"


class Flag(models.Model):
    """A stored finding of the text engine against one version of a text."""

    class Target(models.TextChoices):
        RAW = "raw", _("raw scrape")
        CURRENT = "current", _("working copy")

    class State(models.TextChoices):
        OPEN = "open", _("open")
        ACCEPTED = "accepted", _("accepted")
        DISMISSED = "dismissed", _("dismissed")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="flags")
    target = models.CharField(max_length=8, choices=Target.choices, default=Target.CURRENT)
    text_version = models.PositiveIntegerField(default=1)
    kind = models.CharField(max_length=32, choices=[(k, k) for k in FLAG_KINDS])
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    message = models.CharField(max_length=500, blank=True)
    # None: no safe fix known; "": delete the span. The two must stay distinct.
    suggestion = models.TextField(null=True, blank=True)  # noqa: DJ001
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    # The flagged text and a little around it: what a dismissal is remembered by.
    excerpt = models.TextField(blank=True)
    context = models.TextField(blank=True)

    class Meta:
        ordering = ["article", "target", "start", "end"]
        indexes = [models.Index(fields=["article", "target", "state"], name="flag_article_target")]

    def __str__(self) -> str:
        return f"{self.kind} {self.start}-{self.end}"


class Dismissal(models.Model):
    """An editor said this finding is not a defect; it stays dismissed across re-scans."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="dismissals")
    kind = models.CharField(max_length=32)
    excerpt = models.TextField()
    context = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["article", "kind"], name="dismissal_article_kind")]

    def __str__(self) -> str:
        return f"{self.kind}: {self.excerpt[:40]}"


class ImportBatch(models.Model):
    """One upload or command run: its file, progress and counts."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now)
    file = models.FileField(upload_to="imports/%Y/%m/", blank=True)
    filename = models.CharField(max_length=500, blank=True)
    source_name = models.CharField(max_length=200, blank=True)
    format = models.CharField(max_length=16, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    defer_flagging = models.BooleanField(default=False)
    task_id = models.CharField(max_length=64, blank=True)

    bytes_total = models.PositiveBigIntegerField(default=0)
    bytes_read = models.PositiveBigIntegerField(default=0)
    rows_read = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    problems = models.PositiveIntegerField(default=0)
    # Rows already committed: a resumed import skips this many.
    rows_committed = models.PositiveIntegerField(default=0)

    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "import batches"

    def __str__(self) -> str:
        return f"Import {self.pk} ({self.filename})"


class ImportProblem(models.Model):
    """One bad row of an import, with where it was and what to do about it."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="problem_rows")
    line = models.PositiveIntegerField()
    member = models.CharField(max_length=500, blank=True)
    reason = models.CharField(max_length=1000)
    excerpt = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["batch", "member", "line"]

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class AuditEntry(models.Model):
    """Who published, unpublished, rejected, reopened or imported what, and when."""

    class Action(models.TextChoices):
        PUBLISH = "publish", _("published")
        UNPUBLISH = "unpublish", _("unpublished")
        REJECT = "reject", _("rejected")
        REOPEN = "reopen", _("reopened")
        IMPORT = "import", _("imported")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    action = models.CharField(max_length=16, choices=Action.choices)
    article = models.ForeignKey(Article, on_delete=models.PROTECT, null=True, blank=True)
    batch = models.ForeignKey(ImportBatch, on_delete=models.PROTECT, null=True, blank=True)
    detail = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"


class EditSession(models.Model):
    """A soft lock: who has an article open in the editor, renewed while the page is open."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="edit_sessions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="edit_session_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.article_id}"
