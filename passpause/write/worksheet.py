"""The reactivation workbook for people: records, review and summary sheets.

XlsxWriter writes it: it only writes (which is all we need), is fast, and makes
real Excel tables, date cells and formats. Every text goes through
``write_string``, so no cell text can become a formula.
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from ..models import STATUSES, PauseRecord, Result, RowResult
from .labels import Labels

EXCEL_MAX_TEXT = 32767
STATUS_COLOURS = {"overdue": "#F8CBAD", "due": "#FFE699", "upcoming": "#E7E6E6",
                  "open": "#BDD7EE"}
RECORD_COLUMNS = (  # (label key, width)
    ("status", 14), ("customer_id", 12), ("first_name", 14), ("last_name", 16), ("email", 26),
    ("phone", 16), ("product", 18), ("product_kind", 10), ("pause_start", 12),
    ("resume_date", 12), ("remaining", 14), ("remaining_classes", 10), ("new_valid_from", 13),
    ("new_valid_until", 13), ("warnings", 40), ("reason_pause", 18), ("comment", 60),
    ("source_row", 9), ("done", 8),
)
REVIEW_COLUMNS = (("source_row", 9), ("customer_id", 12), ("name", 24), ("review_reason", 60),
                  ("comment", 70))


def _text(value: str) -> str:
    if len(value) > EXCEL_MAX_TEXT:
        return value[: EXCEL_MAX_TEXT - 3] + "..."
    return value


def write_workbook(path: Path, result: Result, labels: Labels,
                   records: list[tuple[RowResult, PauseRecord]], meta: dict) -> None:
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False})
    formats = {
        "date": book.add_format({"num_format": labels["excel_date_format"], "align": "left"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "title": book.add_format({"bold": True, "font_size": 14}),
        "bold": book.add_format({"bold": True}),
    }
    for status, colour in STATUS_COLOURS.items():
        formats[status] = book.add_format({"bg_color": colour})
    _records_sheet(book, labels, records, formats)
    _review_sheet(book, labels, result, formats)
    _summary_sheet(book, labels, result, formats, meta)
    book.close()


def _table(sheet, labels, columns, rows_written: int, style: str) -> None:
    last_row = max(rows_written, 1)
    sheet.add_table(0, 0, last_row, len(columns) - 1, {
        "columns": [{"header": labels[key]} for key, _ in columns],
        "style": style, "autofilter": True,
    })
    sheet.freeze_panes(1, 0)
    for index, (_, width) in enumerate(columns):
        sheet.set_column(index, index, width)


def _records_sheet(book, labels, records, formats) -> None:
    sheet = book.add_worksheet(labels["sheet_records"])
    for row_index, (row, record) in enumerate(records, start=1):
        client, st = row.client, record.statement
        cells = {
            "status": labels[record.status],
            "customer_id": client.customer_id, "first_name": client.first_name,
            "last_name": client.last_name, "email": client.email, "phone": client.phone,
            "product": st.product,
            "product_kind": labels[record.product_kind] if record.product_kind else "",
            "pause_start": record.pause_start, "resume_date": record.resume_date,
            "remaining": labels.duration(record.remaining),
            "remaining_classes": st.remaining_classes,
            "new_valid_from": record.new_valid_from, "new_valid_until": record.new_valid_until,
            "warnings": "\n".join(labels.problem(w) for w in record.warnings),
            "reason_pause": st.reason, "comment": client.comment,
            "source_row": client.source_row, "done": "",
        }
        for col, (key, _) in enumerate(RECORD_COLUMNS):
            value = cells[key]
            if value is None or value == "":
                sheet.write_blank(row_index, col, None)
            elif hasattr(value, "toordinal"):
                sheet.write_datetime(row_index, col, value, formats["date"])
            elif isinstance(value, int):
                sheet.write_number(row_index, col, value)
            else:
                fmt = formats["wrap"] if key in ("comment", "warnings") else None
                sheet.write_string(row_index, col, _text(value), fmt)
        sheet.write_string(row_index, 0, labels[record.status], formats[record.status])
    _table(sheet, labels, RECORD_COLUMNS, len(records), "Table Style Medium 2")


def _review_sheet(book, labels, result: Result, formats) -> None:
    sheet = book.add_worksheet(labels["sheet_review"])
    rows = result.records("review")
    for row_index, (row, record) in enumerate(rows, start=1):
        client = row.client
        name = " ".join(p for p in (client.first_name, client.last_name) if p)
        sheet.write_number(row_index, 0, client.source_row)
        sheet.write_string(row_index, 1, client.customer_id)
        sheet.write_string(row_index, 2, _text(name))
        sheet.write_string(row_index, 3, "\n".join(labels.problem(p) for p in record.problems),
                           formats["wrap"])
        sheet.write_string(row_index, 4, _text(record.statement.text or client.comment),
                           formats["wrap"])
    _table(sheet, labels, REVIEW_COLUMNS, len(rows), "Table Style Medium 3")


def _summary_sheet(book, labels, result: Result, formats, meta: dict) -> None:
    sheet = book.add_worksheet(labels["sheet_summary"])
    sheet.set_column(0, 0, 44)
    sheet.set_column(1, 1, 70)
    sheet.write_string(0, 0, labels["title"], formats["title"])
    lines: list[tuple[str, object]] = [
        (labels["as_of"], result.as_of),
        (labels["input_file"], Path(result.input_path).name),
        (labels["sha256"], result.input_sha256),
        (labels["generated"], meta.get("generated", "")),
        (labels["version"], meta.get("version", "")),
        ("", ""),
        (labels["counts"], None),
    ]
    counts = result.counts
    lines += [(labels[status], counts[status]) for status in STATUSES]
    lines += [("", ""), (labels["reconciliation"], None),
              (labels["rows_read"], result.rows_read),
              (labels["rows_with_comment"], result.rows_with_comment),
              (labels["mention_rows"], result.mention_rows),
              (labels["statements"], sum(counts.values())),
              (labels["non_pause_rows"], result.non_pause_rows),
              (labels["reconciled"], "✓")]
    for index, (label, value) in enumerate(lines, start=2):
        if value is None:
            sheet.write_string(index, 0, label, formats["bold"])
            continue
        sheet.write_string(index, 0, label)
        if hasattr(value, "toordinal"):
            sheet.write_datetime(index, 1, value, formats["date"])
        elif isinstance(value, int):
            sheet.write_number(index, 1, value)
        else:
            sheet.write_string(index, 1, str(value))
