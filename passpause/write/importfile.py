"""The import-ready CSV for machines: the exact contract columns, UTF-8, comma, ISO dates."""

from __future__ import annotations

import csv
from pathlib import Path

from ..config import ImportProfile
from ..errors import OutputError
from ..models import IMPORT_COLUMNS, PauseRecord, RowResult
from .safety import neutralise

COLUMNS = IMPORT_COLUMNS


def import_row(row: RowResult, record: PauseRecord,
               date_format: str = "%Y-%m-%d") -> dict[str, str]:
    client = row.client
    if date_format == "%Y-%m-%d":
        iso = lambda d: d.isoformat() if d else ""  # noqa: E731 - the same, faster
    else:
        iso = lambda d: d.strftime(date_format) if d else ""  # noqa: E731
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
        "comment_field": row.field,
        "source_row": str(client.source_row),
    }
    return {key: neutralise(value) for key, value in values.items()}


def write_import(path: Path, rows: list[tuple[RowResult, PauseRecord]],
                 profile: ImportProfile | None = None) -> None:
    """The contract's columns in the contract's order; an import profile may rename them
    and change the date format, delimiter and encoding for the target system."""
    profile = profile or ImportProfile()
    try:
        with path.open("w", encoding=profile.encoding, newline="") as handle:
            writer = csv.writer(handle, delimiter=profile.delimiter, lineterminator="\r\n")
            writer.writerow([profile.columns.get(c, c) for c in COLUMNS])
            for row, record in rows:
                values = import_row(row, record, profile.date_format)
                writer.writerow([values[c] for c in COLUMNS])
    except UnicodeEncodeError as exc:
        raise OutputError(
            f"The import file cannot be written in {profile.encoding}: "
            f"'{exc.object[exc.start:exc.end]}' has no place in it. Set [import] encoding = "
            "\"utf-8\" (or \"utf-8-sig\" for Excel) in passpause.toml.") from None
