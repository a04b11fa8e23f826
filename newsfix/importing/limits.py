"""Import limits, read from settings so an operator can change them without code."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True, slots=True)
class Limits:
    upload_bytes: int
    article_bytes: int
    archive_bytes: int
    compression_ratio: int
    archive_files: int

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            upload_bytes=settings.NEWSFIX_MAX_UPLOAD_BYTES,
            article_bytes=settings.NEWSFIX_MAX_ARTICLE_BYTES,
            archive_bytes=settings.NEWSFIX_MAX_ARCHIVE_BYTES,
            compression_ratio=settings.NEWSFIX_MAX_COMPRESSION_RATIO,
            archive_files=settings.NEWSFIX_MAX_ARCHIVE_FILES,
        )

    @property
    def line_chars(self) -> int:
        """Longest row read whole: an article at the limit plus room for its other fields."""
        return self.article_bytes * 2 + 64 * 1024


def human_size(size: int) -> str:
    """``1048576`` -> ``"1 MB"``: sizes in messages people read."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return (
                f"{value:.0f} {unit}" if unit == "bytes" or value >= 10 else f"{value:.1f} {unit}"
            )
        value /= 1024
    return f"{value:.1f} GB"
