"""One style for every language table: comment -> the single record expected from it."""

from __future__ import annotations

import re
from datetime import date

import pytest

from passpause import parse_comment

AS_OF = date(2025, 11, 24)  # a Monday
# Expected keys and how to read them off a record.
READERS = {
    "start": lambda r: r.pause_start,
    "end": lambda r: r.pause_end,
    "resume": lambda r: r.resume_date,
    "original_end": lambda r: r.original_end,
    "from": lambda r: r.new_valid_from,
    "until": lambda r: r.new_valid_until,
    "days": lambda r: r.remaining_days,
    "classes": lambda r: r.statement.remaining_classes,
    "product": lambda r: r.statement.product,
    "kind": lambda r: r.product_kind,
    "reason": lambda r: r.statement.reason,
    "lang": lambda r: r.statement.lang,
    "problem": lambda r: r.problems[0].code if r.problems else None,
    "warnings": lambda r: tuple(w.code for w in r.warnings),
}


def case(comment: str, status: str | None, **expected):
    """``status`` None means: no pause statement at all."""
    return pytest.param(comment, status, expected, id=comment[:60])


def check(comment: str, status: str | None, expected: dict, as_of: date = AS_OF, **options):
    records = parse_comment(comment, as_of=as_of, **options)
    if status is None:
        assert records == [], f"expected no pause statement, got {records}"
        return
    assert len(records) == 1, f"expected one record, got {[r.status for r in records]}"
    record = records[0]
    assert record.status == status, (record.status, record.problems)
    for key, want in expected.items():
        got = READERS[key](record)
        if isinstance(want, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", want):
            want = date.fromisoformat(want)
        assert got == want, f"{key}: expected {want!r}, got {got!r}"
