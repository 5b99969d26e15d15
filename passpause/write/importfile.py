"""The import-ready CSV for machines: the exact contract columns, UTF-8, comma, ISO dates."""

from __future__ import annotations

import csv
from pathlib import Path

from ..models import PauseRecord, RowResult
from .safety import neutralise

COLUMNS = ("customer_id", "first_name", "last_name", "email", "product", "product_kind",
           "action", "pause_start", "resume_date", "remaining_days", "remaining_classes",
           "new_valid_from", "new_valid_until", "discount_percent", "status", "comment_update",
           "source_row")
def import_row(row: RowResult, record: PauseRecord) -> dict[str, str]:
    client = row.client
    iso = lambda d: d.isoformat() if d else ""  # noqa: E731
    classes = record.statement.remaining_classes
    values = {
        "customer_id": client.customer_id,
        "first_name": client.first_name,
        "last_name": client.last_name,
        "email": client.email,
        "product": record.statement.product,
        "product_kind": record.product_kind,
        "action": record.action,
        "pause_start": iso(record.pause_start),
        "resume_date": iso(record.resume_date),
        "remaining_days": str(record.remaining_days),
        "remaining_classes": "" if classes is None else str(classes),
        "new_valid_from": iso(record.new_valid_from),
        "new_valid_until": iso(record.new_valid_until),
        "discount_percent": "100" if record.action == "reissue" else "",
        "status": record.status,
        "comment_update": row.comment_update,
        "source_row": str(client.source_row),
    }
    return {key: neutralise(value) for key, value in values.items()}


def write_import(path: Path, rows: list[tuple[RowResult, PauseRecord]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row, record in rows:
            writer.writerow(import_row(row, record))
