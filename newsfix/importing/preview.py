"""The first rows of a file as they would import, flagged, with nothing stored."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import BinaryIO

from newsfix.models import Article
from newsfix.text import scan

from .limits import Limits
from .readers import open_rows
from .records import Invalid, to_record
from .rows import storable
from .service import guarded

PREVIEW_ROWS = 10
EXCERPT_CHARS = 280


@dataclass(slots=True)
class PreviewRow:
    line: int
    member: str = ""
    problem: str = ""
    title: str = ""
    source: str = ""
    language: str = ""
    url: str = ""
    excerpt: str = ""
    duplicate: bool = False
    flags: list[tuple[str, int]] = field(default_factory=list)


def preview(
    stream: BinaryIO, filename: str, source: str = "", rows: int = PREVIEW_ROWS
) -> tuple[str, list[PreviewRow]]:
    """The format of the file and its first ``rows`` rows, read, checked and flagged."""
    limits = Limits.from_settings()
    fmt, found = open_rows(stream, filename, limits)
    shown = []
    for row in islice(guarded(found), rows):
        if row.problem is not None:
            shown.append(PreviewRow(row.line, storable(row.member), problem=storable(row.problem)))
            continue
        try:
            record = to_record(row, limits, source)
        except Invalid as exc:
            shown.append(PreviewRow(row.line, storable(row.member), problem=storable(str(exc))))
            continue
        kinds = Counter(
            flag.kind for flag in scan(record.text, title=record.title, language=record.language)
        )
        duplicate = Article.objects.filter(content_hash=record.content_hash).exists() or bool(
            record.url and Article.objects.filter(url=record.url).exists()
        )
        shown.append(
            PreviewRow(
                row.line,
                row.member,
                title=record.title,
                source=record.source,
                language=record.language,
                url=record.url,
                excerpt=record.text[:EXCERPT_CHARS],
                duplicate=duplicate,
                flags=sorted(kinds.items()),
            )
        )
    return fmt, shown
