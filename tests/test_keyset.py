"""Keyset pagination: cursors round-trip, forged ones are refused, pages never overlap."""

from __future__ import annotations

import datetime

import pytest

from newsfix import keyset
from newsfix.models import AuditEntry


def test_a_cursor_round_trips_numbers_and_times():
    moment = datetime.datetime(2026, 1, 31, 8, 0, 0, 123456, tzinfo=datetime.UTC)
    assert keyset.decode(keyset.encode([moment, 42]), 2) == [moment.isoformat(), 42]


@pytest.mark.parametrize(
    "cursor",
    ["%%%", "bm90IGpzb24", keyset.encode([1]), keyset.encode([[1], 2]), keyset.encode([True, 1])],
    ids=["not-base64", "not-json", "too-short", "nested", "boolean"],
)
def test_a_cursor_it_did_not_make_is_refused(cursor):
    with pytest.raises(keyset.BadCursor):
        keyset.decode(cursor, 2)


@pytest.mark.parametrize("order", [("created_at", "id"), ("-created_at", "-id"), ("action", "-id")])
def test_pages_cover_every_row_once_in_order_with_ties(db, order):
    base = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    AuditEntry.objects.bulk_create(
        AuditEntry(action=["publish", "reject"][i % 2], created_at=base.replace(hour=i % 3))
        for i in range(11)
    )
    expected = list(AuditEntry.objects.order_by(*order).values_list("id", flat=True))
    seen, cursor = [], None
    while True:
        rows, cursor = keyset.page(AuditEntry.objects.all(), order, cursor, 3)
        seen += [row.pk for row in rows]
        if cursor is None:
            break
    assert seen == expected
