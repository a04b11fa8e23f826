"""Bytes in, rows out: finds the format of a file from its content and reads it.

>>> import io
>>> fmt, rows = open_rows(io.BytesIO(b'{"text": "Oui."}\\n[1]\\n'), "scrape.txt", Limits(
...     upload_bytes=10**6, article_bytes=10**5, archive_bytes=10**7,
...     compression_ratio=100, archive_files=10))
>>> fmt, [(row.line, row.problem) for row in rows]
('jsonl', [(1, None), (2, 'expected a JSON object, found a list')])
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import BinaryIO

from . import archives, csvrows, encoding, formats
from .html import read_html
from .limits import Limits
from .records import TEXT_NAMES
from .rows import Row

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
GZIP_MAGIC = b"\x1f\x8b"
EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".html": "html",
    ".htm": "html",
}
UNKNOWN = (
    "cannot tell the format: expected JSON Lines, a JSON array, CSV with a header row, "
    "an HTML page, or a ZIP or gzip archive of these"
)
NESTED = "an archive inside an archive is not read: unpack it and import its files"


def text_format(head: str, filename: str) -> str | None:
    """``jsonl``, ``json``, ``csv`` or ``html`` from the first characters, else the extension."""
    extension = EXTENSIONS.get(os.path.splitext(filename.lower())[1])
    stripped = head.lstrip("\ufeff \t\r\n")
    if not stripped:
        return extension
    first = stripped[0]
    if first == "[":
        return "jsonl" if _lines_of_json(stripped) else "json"
    if first == "{":
        return "jsonl"
    if first == "<":
        return "html"
    header = stripped.splitlines()[0]
    if any(delimiter in header for delimiter in csvrows.DELIMITERS):
        return "csv"
    return extension


def _lines_of_json(text: str) -> bool:
    """True when the first line is a whole JSON value and more lines follow (JSON Lines)."""
    lines = text.split("\n", 2)
    if len(lines) < 2 or not lines[1].strip():
        return False
    try:
        json.loads(lines[0])
    except (ValueError, RecursionError):
        return False
    return True


def sniff(head: bytes, filename: str) -> str | None:
    """The format of a file from its first bytes (and its name when they do not tell)."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    return text_format(head.decode(encoding.detect(head), "replace"), filename)


def open_rows(stream: BinaryIO, filename: str, limits: Limits) -> tuple[str, Iterator[Row]]:
    """The format of ``stream`` and its rows, read lazily in file order."""
    head, stream = encoding.peek(stream)
    fmt = sniff(head, filename)
    if fmt == "zip":
        return fmt, _zip_rows(stream, limits)
    if fmt == "gzip":
        return fmt, _gzip_rows(stream, filename, limits)
    return fmt or "", _text_rows(stream, filename, limits, member="", nested=False)


def _zip_rows(stream: BinaryIO, limits: Limits) -> Iterator[Row]:
    name = ""
    try:
        for name, member in archives.zip_members(stream, limits):
            yield from _text_rows(member, name, limits, member=name, nested=True)
    except archives.ArchiveRefused as exc:
        yield Row(0, problem=str(exc), member=name)


def _gzip_rows(stream: BinaryIO, filename: str, limits: Limits) -> Iterator[Row]:
    inner = filename[:-3] if filename.lower().endswith(".gz") else filename
    try:
        yield from _text_rows(archives.gzip_member(stream, limits), inner, limits, "", True)
    except archives.ArchiveRefused as exc:
        yield Row(0, problem=str(exc))


def _text_rows(
    stream: BinaryIO, name: str, limits: Limits, member: str, nested: bool
) -> Iterator[Row]:
    head, stream = encoding.peek(stream)
    if nested and head.startswith((*ZIP_MAGIC, GZIP_MAGIC)):
        yield Row(0, problem=NESTED, member=member)
        return
    charset = encoding.detect(head)
    head_text = head.decode(charset, "replace")
    fmt = text_format(head_text, name)
    text = encoding.text_stream(stream, charset)
    if fmt == "jsonl":
        rows = formats.read_jsonl(text, limits)
    elif fmt == "json":
        rows = formats.read_json_array(text, limits)
    elif fmt == "csv":
        rows = csvrows.read_csv(text, limits, head_text, TEXT_NAMES)
    elif fmt == "html":
        rows = read_html(text, limits)
    else:
        rows = iter([Row(0, problem=UNKNOWN if head.strip() else "the file is empty")])
    for row in rows:
        row.member = member
        yield row
