"""Keyset pagination: the next page starts after the last row seen, never at an offset.

A cursor is the ordering values of the last row shown, as opaque URL-safe text.
No page ever counts the table, so the cost of a page does not grow with it.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from collections.abc import Sequence
from typing import Any

from django.db.models import Q, QuerySet


class BadCursor(ValueError):
    """A cursor that was not made by this module (edited, truncated or stale)."""


def encode(values: Sequence[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, datetime.datetime) else v for v in values]
    raw = json.dumps(plain, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, size: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise BadCursor(cursor) from None
    if not isinstance(values, list) or len(values) != size:
        raise BadCursor(cursor)
    if any(not isinstance(v, str | int) or isinstance(v, bool) for v in values):
        raise BadCursor(cursor)
    return values


def _after(order: Sequence[str], values: Sequence[Any]) -> Q:
    """Rows strictly after ``values`` in ``order`` (lexicographic, mixed directions).

    The leading bound is repeated on its own (``a <= x AND (a < x OR ...)``):
    it changes no result, but lets the database seek into the index instead of
    reading it from the start, so a deep page costs what the first one does.
    """
    first = order[0]
    bound = Q(**{f"{first.lstrip('-')}__{'lte' if first.startswith('-') else 'gte'}": values[0]})
    condition = Q()
    for i, spec in enumerate(order):
        name = spec.lstrip("-")
        lookup = "lt" if spec.startswith("-") else "gt"
        step = Q(**{f"{name}__{lookup}": values[i]})
        for earlier, value in zip(order[:i], values[:i], strict=True):
            step &= Q(**{earlier.lstrip("-"): value})
        condition |= step
    return bound & condition


def page(
    queryset: QuerySet, order: Sequence[str], cursor: str | None, size: int
) -> tuple[list[Any], str | None]:
    """One page of ``queryset`` in ``order`` after ``cursor``, and the cursor of the next page.

    ``order`` must end with a unique field (the primary key) so no row is skipped
    or shown twice. Rows may be model instances or dicts (``.values()``).
    Raises BadCursor for a cursor this module did not make.
    """
    queryset = queryset.order_by(*order)
    if cursor:
        queryset = queryset.filter(_after(order, decode(cursor, len(order))))
    rows = list(queryset[: size + 1])
    if len(rows) <= size:
        return rows, None
    rows = rows[:size]
    last = rows[-1]
    names = [spec.lstrip("-") for spec in order]
    if isinstance(last, dict):
        return rows, encode([last[name] for name in names])
    return rows, encode([getattr(last, name) for name in names])
