"""CSV with a header row: delimiter sniffed, quoted fields over several lines, streamed."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any, TextIO

from .encoding import UNDECODABLE
from .formats import too_long
from .limits import Limits
from .rows import Row, excerpt

DELIMITERS = ",;\t|"


def csv_dialect(head: str) -> type[csv.Dialect]:
    """The delimiter of a CSV file, sniffed from its first lines."""
    lines = head.splitlines()
    header = lines[0] if lines else ""
    delimiter = ""
    try:
        sample = head[: head.rfind("\n")] if "\n" in head else head
        delimiter = csv.Sniffer().sniff(sample[:65536], delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    if delimiter not in header or not delimiter:
        delimiter = max(DELIMITERS, key=header.count)

    class Sniffed(csv.excel):
        pass

    Sniffed.delimiter = delimiter
    return Sniffed


class _PhysicalLines:
    """Lines for the csv module in pieces of at most ``limit`` characters.

    Remembers which physical line each piece comes from and which lines
    were too long, so the rows those lines produce are reported once and
    dropped, and memory stays bounded whatever the file holds.
    """

    def __init__(self, text: TextIO, limit: int) -> None:
        self.text = text
        self.limit = limit
        self.line = 0
        self.at_start = True
        self.long: set[int] = set()

    def next_line(self) -> int:
        return self.line + 1 if self.at_start else self.line

    def __iter__(self) -> Iterator[str]:
        while piece := self.text.readline(self.limit):
            if self.at_start:
                self.line += 1
            self.at_start = piece.endswith(("\n", "\r"))
            if not self.at_start and len(piece) >= self.limit:
                self.long.add(self.line)
            yield piece


def read_csv(text: TextIO, limits: Limits, head: str, text_names: frozenset[str]) -> Iterator[Row]:
    """A header row, then one article per record; quoted fields may span lines."""
    csv.field_size_limit(limits.line_chars)
    lines = _PhysicalLines(text, limits.line_chars)
    reader = csv.reader(lines, csv_dialect(head))
    try:
        header = [name.strip().lstrip("\ufeff").lower() for name in next(reader)]
    except (StopIteration, csv.Error):
        yield Row(1, problem="the CSV file has no header row")
        return
    if not text_names & set(header):
        shown = ", ".join(f"`{name}`" for name in header[:10]) or "nothing"
        yield Row(
            1,
            problem=f"the header row has no `text`, `body` or `content` column (found {shown})",
        )
        return
    reported: set[int] = set()
    while True:
        line = lines.next_line()
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            values, problem = None, f"not valid CSV ({exc})"
        else:
            problem = None
        if long := {n for n in lines.long if line <= n <= lines.line} - reported:
            reported |= long
            yield Row(min(long), problem=too_long(limits))
            continue
        if line in reported:
            continue
        if values is None:
            yield Row(line, problem=problem)
            continue
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            yield Row(
                line,
                problem=f"{len(values)} fields where the header has {len(header)}",
                excerpt=excerpt(text_sample(values)),
            )
            continue
        if any(UNDECODABLE in value for value in values):
            yield Row(
                line,
                problem="undecodable bytes: save the file as UTF-8",
                excerpt=excerpt(text_sample(values)),
            )
            continue
        fields: dict[str, Any] = {}
        for name, value in zip(header, values, strict=True):
            fields.setdefault(name, value)
        yield Row(line, fields=fields)


def text_sample(values: list[str]) -> str:
    return " | ".join(value[:40] for value in values)
