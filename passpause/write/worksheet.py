"""The reactivation workbook for people: records, review and summary sheets.

XlsxWriter writes it: it only writes (which is all we need), is fast, and makes
real Excel tables, date cells and formats. Every text goes through
``write_string`` (never a formula), and text that looks like one is also marked
quote-prefixed, so editing the cell in Excel keeps it text.
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from ..models import STATUSES, PauseRecord, Problem, Result, RowResult
from .labels import Labels
from .safety import EXCEL_MAX_TEXT, is_formula_like

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


class _Cells:
    """Writes one cell at a time with the right format; remembers what it had to cut."""

    def __init__(self, book, labels: Labels):
        self.book, self.labels = book, labels
        self.truncated: list[Problem] = []
        self._formats: dict[tuple, object] = {}
        self.date_format = labels["excel_date_format"]

    def format(self, **properties):
        key = tuple(sorted(properties.items()))
        if key not in self._formats:
            self._formats[key] = self.book.add_format(dict(properties))
        return self._formats[key]

    def write(self, sheet, row: int, col: int, value, *, wrap=False, source_row=0, **props):
        if value is None or value == "":
            sheet.write_blank(row, col, None, self.format(**props) if props else None)
        elif hasattr(value, "toordinal"):
            sheet.write_datetime(row, col, value,
                                 self.format(num_format=self.date_format, align="left", **props))
        elif isinstance(value, int):
            sheet.write_number(row, col, value, self.format(**props) if props else None)
        else:
            self.text(sheet, row, col, value, wrap=wrap, source_row=source_row, **props)

    def text(self, sheet, row: int, col: int, value: str, *, wrap=False, source_row=0, **props):
        if len(value) > EXCEL_MAX_TEXT:
            value = self._cut(value, source_row)
        if wrap:
            props.update(text_wrap=True, valign="top")
        if is_formula_like(value):
            props["quote_prefix"] = True
        sheet.write_string(row, col, value, self.format(**props) if props else None)

    def _cut(self, value: str, source_row: int) -> str:
        marker = " " + self.labels["truncated"].format(length=len(value), row=source_row)
        warning = Problem.of("long_cell_truncated", row=source_row, length=len(value))
        if warning not in self.truncated:
            self.truncated.append(warning)
        return value[: EXCEL_MAX_TEXT - len(marker)] + marker


def _table(sheet, labels, columns, rows_written: int, style: str) -> None:
    last_row = max(rows_written, 1)
    sheet.add_table(0, 0, last_row, len(columns) - 1, {
        "columns": [{"header": labels[key]} for key, _ in columns],
        "style": style, "autofilter": True,
    })
    sheet.freeze_panes(1, 0)
    for index, (_, width) in enumerate(columns):
        sheet.set_column(index, index, width)


def write_workbook(path: Path, result: Result, labels: Labels,
                   records: list[tuple[RowResult, PauseRecord]], meta: dict) -> list[Problem]:
    """Write the workbook; return the warnings about cells Excel could not hold whole."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False})
    cells = _Cells(book, labels)
    _records_sheet(book, cells, records)
    _review_sheet(book, cells, result)
    _summary_sheet(book, cells, result, meta)
    book.close()
    return cells.truncated


def _records_sheet(book, cells: _Cells, records) -> None:
    labels = cells.labels
    sheet = book.add_worksheet(labels["sheet_records"])
    for row_index, (row, record) in enumerate(records, start=1):
        client, st = row.client, record.statement
        values = {
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
            props = {"bg_color": STATUS_COLOURS[record.status]} if key == "status" else {}
            cells.write(sheet, row_index, col, values[key], source_row=client.source_row,
                        wrap=key in ("comment", "warnings"), **props)
    _table(sheet, labels, RECORD_COLUMNS, len(records), "Table Style Medium 2")


def _review_sheet(book, cells: _Cells, result: Result) -> None:
    labels = cells.labels
    sheet = book.add_worksheet(labels["sheet_review"])
    rows = result.records("review")
    for row_index, (row, record) in enumerate(rows, start=1):
        client = row.client
        name = " ".join(p for p in (client.first_name, client.last_name) if p)
        reasons = "\n".join(labels.problem(p) for p in record.problems)
        for col, value in enumerate((client.source_row, client.customer_id, name, reasons,
                                     record.statement.text or client.comment)):
            cells.write(sheet, row_index, col, value, wrap=col >= 3,
                        source_row=client.source_row)
    _table(sheet, labels, REVIEW_COLUMNS, len(rows), "Table Style Medium 3")


def _summary_sheet(book, cells: _Cells, result: Result, meta: dict) -> None:
    labels = cells.labels
    sheet = book.add_worksheet(labels["sheet_summary"])
    sheet.set_column(0, 0, 44)
    sheet.set_column(1, 1, 70)
    cells.text(sheet, 0, 0, labels["title"], bold=True, font_size=14)
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
    warnings = list(result.warnings) + cells.truncated
    if warnings:
        lines += [("", ""), (labels["warnings_run"], None)]
        lines += [("", labels.problem(w)) for w in warnings]
    for index, (label, value) in enumerate(lines, start=2):
        if value is None:
            cells.text(sheet, index, 0, label, bold=True)
            continue
        cells.write(sheet, index, 0, label)
        cells.write(sheet, index, 1, value)
