"""A row's fields -> a :class:`Record` ready to store, or the reason it cannot be.

Field names are matched without case, with their usual synonyms; every other
key is kept in ``extra``. Values are never coerced: a number where text is
expected is a problem, not a string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from newsfix.text.fingerprint import content_hash
from newsfix.text.language import detect as detect_language

from .formats import json_type
from .limits import Limits, human_size
from .rows import UNSTORABLE, Row

ALIASES = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "site"),
    "language": ("language", "lang"),
    "published": ("published", "date"),
}
TEXT_NAMES = frozenset(ALIASES["text"])
TITLE_CHARS = 500
URL_CHARS = 2000
SOURCE_CHARS = 200
DERIVED_TITLE_CHARS = 120
MAX_DEPTH = 20


class Invalid(Exception):
    """A row that cannot become an article; the message is for a person."""


@dataclass(slots=True)
class Record:
    line: int
    member: str
    text: str
    title: str
    url: str = ""
    source: str = ""
    language: str = ""
    published: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    raw_html: str = ""
    content_hash: str = ""


def _bad_characters(value: Any, depth: int = 0) -> str | None:
    """Why ``value`` cannot be stored (lone surrogates, NUL, too deep), else None."""
    if depth > MAX_DEPTH:
        return "fields nested too deeply"
    if isinstance(value, str):
        found = UNSTORABLE.search(value)
        if found is None:
            return None
        if found.group() == "\x00":
            return "contains NUL characters"
        return "contains undecodable bytes or invalid characters: save the file as UTF-8"
    if isinstance(value, dict):
        items = list(value.keys()) + list(value.values())
    elif isinstance(value, list):
        items = value
    else:
        return None
    for item in items:
        if reason := _bad_characters(item, depth + 1):
            return reason
    return None


def _pick(fields: dict[str, Any], name: str, used: set[str]) -> tuple[str, Any]:
    """The first synonym of ``name`` present, and its value (``None`` when absent)."""
    for alias in ALIASES[name]:
        if alias in fields and fields[alias] not in (None, ""):
            used.add(alias)
            return alias, fields[alias]
    for alias in ALIASES[name]:
        if alias in fields:
            used.add(alias)
            return alias, None
    return name, None


def _text(fields: dict[str, Any], name: str, used: set[str], limit: int | None = None) -> str:
    key, value = _pick(fields, name, used)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Invalid(f"field `{key}` must be text, found {json_type(value)}")
    if reason := _bad_characters(value):
        raise Invalid(f"field `{key}` {reason}")
    value = value.strip()
    if limit and len(value) > limit:
        raise Invalid(f"field `{key}` is longer than {limit} characters")
    return value


def _derived_title(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= DERIVED_TITLE_CHARS:
        return first
    cut = first[:DERIVED_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut + "…"


def _published(value: str) -> dt.datetime | None:
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)):
            moment = dt.datetime.combine(day, dt.time())
    except ValueError:
        return None
    if moment is not None and timezone.is_naive(moment):
        moment = timezone.make_aware(moment, dt.UTC)
    return moment


def to_record(row: Row, limits: Limits, source: str = "") -> Record:
    """The article a row describes; raises :class:`Invalid` with a reason to act on."""
    fields = {str(key).strip().lower(): value for key, value in (row.fields or {}).items()}
    used: set[str] = set()
    key, text = _pick(fields, "text", used)
    if text is None:
        if key in fields:
            raise Invalid(f"field `{key}` is empty")
        raise Invalid("missing field `text` (or `body`, `content`)")
    if not isinstance(text, str):
        raise Invalid(f"field `{key}` must be text, found {json_type(text)}")
    if not text.strip():
        raise Invalid(f"field `{key}` is empty")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.article_bytes:
        raise Invalid(
            f"field `{key}` is {human_size(size)}, over the limit of "
            f"{human_size(limits.article_bytes)} (NEWSFIX_MAX_ARTICLE_BYTES)"
        )
    if reason := _bad_characters(text):
        raise Invalid(f"field `{key}` {reason}")
    title = _text(fields, "title", used)[:TITLE_CHARS] or _derived_title(text)
    url = _text(fields, "url", used, URL_CHARS)
    if url and urlsplit(url).scheme.lower() not in ("http", "https"):
        raise Invalid(f"field `url` is not a web address (http:// or https://): {url[:80]}")
    language = _text(fields, "language", used).lower().replace("_", "-").split("-")[0][:8]
    row_source = _text(fields, "source", used, SOURCE_CHARS)
    published_key, published_raw = _pick(fields, "published", used)
    extra = {k: v for k, v in fields.items() if k not in used}
    published = None
    if published_raw is not None:
        if not isinstance(published_raw, str):
            raise Invalid(
                f"field `{published_key}` must be a date as text (2024-05-01T09:30:00Z), "
                f"found {json_type(published_raw)}"
            )
        published = _published(published_raw.strip())
        if published is None:
            extra[published_key] = published_raw
    if reason := _bad_characters(extra):
        raise Invalid(f"an extra field {reason}")
    return Record(
        line=row.line,
        member=row.member,
        text=text,
        title=title,
        url=url,
        source=source or row_source or host_of(url),
        language=language or detect_language(text),
        published=published,
        extra=extra,
        raw_html=row.raw_html,
        content_hash=content_hash(text),
    )


def host_of(url: str) -> str:
    """``https://www.lemonde.fr/x`` -> ``lemonde.fr``."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")[:SOURCE_CHARS]
