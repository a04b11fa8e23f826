"""Readers for JSON Lines and JSON arrays, streamed, and what every text reader shares.

Each reader takes a decoded text stream and yields :class:`Row` objects in
file order with the line a row starts on. A bad row becomes a ``Row`` with a
``problem`` and reading carries on; nothing here raises on bad input, and no
row longer than the limit is ever held whole in memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

from .encoding import UNDECODABLE
from .limits import Limits, human_size
from .rows import Row, excerpt

CHUNK_CHARS = 256 * 1024


def json_type(value: Any) -> str:
    """How a JSON value's type is called in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _parse_object(text: str, line: int) -> Row:
    if UNDECODABLE in text:
        return Row(line, problem="undecodable bytes: save the file as UTF-8", excerpt=excerpt(text))
    try:
        value = json.loads(text)
    except ValueError as exc:
        reason = getattr(exc, "msg", None) or str(exc)
        return Row(line, problem=f"not valid JSON ({reason})", excerpt=excerpt(text))
    except RecursionError:
        return Row(line, problem="not valid JSON (nested too deeply)", excerpt=excerpt(text))
    if not isinstance(value, dict):
        return Row(
            line, problem=f"expected a JSON object, found {json_type(value)}", excerpt=excerpt(text)
        )
    return Row(line, fields=value)


def capped_lines(text: TextIO, limit: int) -> Iterator[tuple[str, bool]]:
    """``(line, too_long)`` for each line; a line over ``limit`` is skipped, not held."""
    while True:
        line = text.readline(limit)
        if not line:
            return
        if len(line) >= limit and not line.endswith(("\n", "\r")):
            while True:
                rest = text.readline(limit)
                if not rest or rest.endswith(("\n", "\r")):
                    break
            yield line[:1000], True
        else:
            yield line, False


def too_long(limits: Limits) -> str:
    return (
        f"row longer than {human_size(limits.line_chars)}: an article may be at most "
        f"{human_size(limits.article_bytes)} (NEWSFIX_MAX_ARTICLE_BYTES)"
    )


def read_jsonl(text: TextIO, limits: Limits) -> Iterator[Row]:
    """One JSON object per line; blank lines are skipped."""
    for number, (line, is_too_long) in enumerate(capped_lines(text, limits.line_chars), 1):
        if is_too_long:
            yield Row(number, problem=too_long(limits), excerpt=excerpt(line))
        elif line.strip():
            yield _parse_object(line, number)


_OUTSIDE = re.compile(r'[\[\]{},"]')
_INSIDE = re.compile(r'["\\]')
_SPACE = re.compile(r"\S")


class _ArrayScanner:
    """Splits ``[obj, obj, …]`` into elements without parsing the whole array.

    Only structure is tracked (strings, escapes, bracket depth); each element
    is then parsed alone, so a broken element costs only itself.
    """

    def __init__(self, text: TextIO, limits: Limits) -> None:
        self.text = text
        self.limits = limits
        self.buf = ""
        self.eof = False
        self.line = 1

    def _more(self, keep_from: int) -> int:
        """Drop the buffer before ``keep_from``, read more; returns the shift applied."""
        self.line += self.buf.count("\n", 0, keep_from)
        chunk = self.text.read(CHUNK_CHARS)
        if not chunk:
            self.eof = True
        self.buf = self.buf[keep_from:] + chunk
        return keep_from

    def _skip_space(self, pos: int) -> int:
        while True:
            match = _SPACE.search(self.buf, pos)
            if match:
                return match.start()
            if self.eof:
                return len(self.buf)
            self._more(len(self.buf))
            pos = 0

    def _line_at(self, pos: int) -> int:
        return self.line + self.buf.count("\n", 0, pos)

    def rows(self) -> Iterator[Row]:
        pos = self._skip_space(0)
        if self.buf[pos : pos + 1] != "[":
            yield Row(self._line_at(pos), problem="expected a JSON array starting with [")
            return
        pos += 1
        while True:
            pos = self._skip_space(pos)
            if pos >= len(self.buf):
                yield Row(self._line_at(pos), problem="the file ends before the closing ]")
                return
            char = self.buf[pos]
            if char == "]":
                yield from self._trailing(pos + 1)
                return
            if char == ",":
                pos += 1
                continue
            row, pos, last = self._element(pos)
            yield row
            if last:
                yield from self._trailing(pos)
                return

    def _trailing(self, pos: int) -> Iterator[Row]:
        pos = self._skip_space(pos)
        if pos < len(self.buf):
            yield Row(
                self._line_at(pos),
                problem="unexpected data after the closing ] of the JSON array",
                excerpt=excerpt(self.buf[pos : pos + 100]),
            )

    def _element(self, start: int) -> tuple[Row, int, bool]:
        """The row starting at ``start``, the position after it, and whether ] ended it."""
        line = self._line_at(start)
        pos, depth, inside, oversize = start, 0, False, False
        while True:
            match = (_INSIDE if inside else _OUTSIDE).search(self.buf, pos)
            if match is None or (inside and match.group() == "\\" and match.end() >= len(self.buf)):
                if self.eof:
                    problem = (
                        too_long(self.limits) if oversize else "the file ends inside this element"
                    )
                    return (
                        Row(line, problem=problem, excerpt=excerpt(self.buf[start:])),
                        len(self.buf),
                        True,
                    )
                if len(self.buf) - start > self.limits.line_chars:
                    # Too long to keep: scan on without holding it.
                    oversize = True
                    self._more(match.start() if match else len(self.buf))
                    start = pos = 0
                else:
                    pos -= self._more(start)
                    start = 0
                continue
            char, pos = match.group(), match.end()
            if inside:
                if char == "\\":
                    pos += 1
                else:
                    inside = False
            elif char == '"':
                inside = True
            elif char in "[{":
                depth += 1
            elif depth > 0 and char in "]}":
                depth -= 1
            elif depth == 0 and char in ",]":
                if oversize:
                    row = Row(line, problem=too_long(self.limits))
                else:
                    row = _parse_object(self.buf[start : pos - 1], line)
                return row, pos, char == "]"


def read_json_array(text: TextIO, limits: Limits) -> Iterator[Row]:
    """A JSON array of objects, read one element at a time."""
    return _ArrayScanner(text, limits).rows()
