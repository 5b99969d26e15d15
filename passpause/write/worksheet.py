"""The reactivation workbook for people: reactivations, review, messages and summary sheets.

XlsxWriter writes it: it only writes (all we need), is several times faster than
openpyxl, and makes native Excel tables, data validation, charts, print settings
and cell formats. Every text goes through ``write_string`` (never a formula), and
text that looks like one is also marked quote-prefixed, so editing the cell in
Excel keeps it text.
"""

from __future__ import annotations

import io

from pathlib import Path

import xlsxwriter

from ..models import ACTIONABLE, STATUSES, PauseRecord, Problem, Result, RowResult
from .labels import Labels
from .messages import Message
from .safety import EXCEL_MAX_TEXT, is_formula_like
from .tablebody import TableSheet, shown_width

# Fill and font of each status: red, amber, grey, blue.
STATUS_STYLE = {
    "overdue": {"bg_color": "#FFC7CE", "font_color": "#9C0006"},
    "due": {"bg_color": "#FFEB9C", "font_color": "#9C5700"},
    "upcoming": {"bg_color": "#EDEDED", "font_color": "#404040"},
    "open": {"bg_color": "#DDEBF7", "font_color": "#1F4E78"},
}
# Overdue for two weeks or more: the same red, loud.
LONG_OVERDUE_STYLE = {"bg_color": "#C00000", "font_color": "#FFFFFF", "bold": True}
# (label key, narrowest, widest) in characters
RECORD_COLUMNS = (
    # what a manager acts on, printed: status, who, what, the new validity, done
    ("status", 12, 22), ("first_name", 10, 16), ("last_name", 10, 18),
    ("customer_id", 10, 14), ("product", 10, 20), ("new_valid_from", 11, 12),
    ("new_valid_until", 11, 12), ("remaining_classes", 8, 10), ("done", 8, 10),
    # then how it was worked out, how to reach the client, and the note (on screen)
    ("remaining", 10, 14), ("resume_date", 11, 12), ("pause_start", 11, 12),
    ("product_kind", 8, 14), ("email", 14, 32), ("phone", 12, 18), ("warnings", 16, 34),
    ("reason_pause", 12, 20), ("comment", 30, 50), ("comment_field", 10, 16),
    ("source_row", 8, 10),
)
PRINTED_COLUMNS = 9  # the first nine: what a manager needs on paper to act
FROZEN_COLUMNS = 3  # status and the client's name stay in view while scrolling right
REVIEW_COLUMNS = (("source_row", 8, 10), ("customer_id", 10, 16), ("name", 14, 24),
                  ("review_reason", 30, 45), ("comment", 30, 45), ("comment_field", 10, 16),
                  ("email", 14, 32), ("phone", 12, 18))
REVIEW_PRINTED = 5  # row, number, client, the reason and the note side by side on paper
MESSAGE_COLUMNS = (("email", 14, 32), ("first_name", 10, 18), ("last_name", 10, 20),
                   ("customer_id", 10, 16), ("language", 8, 10), ("subject", 20, 40),
                   ("body", 40, 80), ("reply_to", 14, 32))
WRAPPED = {"comment", "warnings", "review_reason", "body"}
LINE_HEIGHT = 15  # points per line of 11-point text
MAX_LINES = 15
WEEKS_AHEAD = 8


class _Cells:
    """Writes one cell at a time with the right format; remembers what it had to cut."""

    def __init__(self, book, labels: Labels):
        self.book, self.labels = book, labels
        self.truncated: list[Problem] = []
        self._formats: dict[tuple, object] = {}

    def format(self, **properties):
        key = tuple(sorted(properties.items()))
        if key not in self._formats:
            self._formats[key] = self.book.add_format(dict(properties))
        return self._formats[key]

    def write(self, sheet, row: int, col: int, value, *, wrap=False, source_row=0, **props):
        if wrap:
            props.update(text_wrap=True)
        if value is None or value == "":
            sheet.write_blank(row, col, None, self.format(**props) if props else None)
        elif hasattr(value, "toordinal"):
            props = {"align": "left", **props, "num_format": self.labels["excel_date_format"]}
            sheet.write_datetime(row, col, value, self.format(**props))
        elif isinstance(value, int):
            sheet.write_number(row, col, value, self.format(**{"align": "center", **props}))
        else:
            self.text(sheet, row, col, value, source_row=source_row, **props)

    def text(self, sheet, row: int, col: int, value: str, *, source_row=0, **props):
        value, fmt = self.safe_text(value, source_row, **props)
        sheet.write_string(row, col, value, fmt)

    def safe_text(self, value: str, source_row: int = 0, **props) -> tuple[str, object]:
        """Text as a cell holds it, and its format: cut with a marker when too long, and
        quote-prefixed when it looks like a formula, so editing it in Excel keeps it text."""
        if len(value) > EXCEL_MAX_TEXT:
            value = self._cut(value, source_row)
        if is_formula_like(value):
            props["quote_prefix"] = True
        return value, self.format(**props) if props else None

    def _cut(self, value: str, source_row: int) -> str:
        marker = " " + self.labels["truncated"].format(length=len(value), row=source_row)
        warning = Problem.of("long_cell_truncated", row=source_row, length=len(value))
        if warning not in self.truncated:
            self.truncated.append(warning)
        return value[: EXCEL_MAX_TEXT - len(marker)] + marker


EXPORT_PROPERTY = "passpause export"


def studio_of(result: Result) -> str:
    """Whose export a result is: its studio when the run names one, and its file name."""
    settings = getattr(result, "settings", None)
    studio = getattr(settings, "studio", "") or ""
    name = Path(result.input_path).name or "-"
    return f"{studio} / {name}" if studio else name


def export_written_for(path: Path) -> str:
    """Whose export a worksheet passpause wrote was made from ("" when unknown)."""
    import re
    import zipfile
    from html import unescape

    try:
        with zipfile.ZipFile(path) as archive:
            custom = archive.read("docProps/custom.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return ""
    found = re.search(rf'name="{EXPORT_PROPERTY}"[^>]*>\s*<vt:lpwstr>([^<]*)<', custom)
    return unescape(found.group(1)) if found else ""


def write_workbook(path: Path, result: Result, labels: Labels,
                   records: list[tuple[RowResult, PauseRecord]], messages: list[Message],
                   meta: dict) -> list[Problem]:
    """Write the workbook; return the warnings about cells Excel could not hold whole."""
    # built in memory (no temporary files), then written in one go: a full disk or a locked
    # file is then one OSError of ours, never xlsxwriter's half-closed zip
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False,
                                           "in_memory": True})
    book.set_properties({"title": f"{labels['title']} {labels.date(result.as_of)}",
                         "comments": f"passpause {meta.get('version', '')}"})
    # which export this set was written for: --force replaces only that export's files
    book.set_custom_property(EXPORT_PROPERTY, studio_of(result))
    cells = _Cells(book, labels)
    header = f"{labels['page_title']} {labels.date(result.as_of)}"
    _records_sheet(book, cells, records, header)
    _review_sheet(book, cells, result, header)
    _messages_sheet(book, cells, messages, header)
    _summary_sheet(book, cells, result, meta, header)
    book.close()
    path.write_bytes(buffer.getbuffer())
    return cells.truncated


def _table(sheet, cells: _Cells, columns, rows: list[list], style: str, header: str,
           source_rows: list[int] | None = None,
           long_overdue: list[bool] | None = None, *, frozen: int = 0,
           printed: int | None = None, column_formats: dict | None = None,
           one_line_rows: bool = False) -> None:
    """Rows as a native Excel table: styled, filter buttons, frozen header, fitted columns,
    printable on pages one sheet wide with the header row repeated.

    The hot loop of big runs: formats are made once per column, and ``TableSheet``
    renders the body, measuring the columns as it goes.
    """
    labels = cells.labels
    keys = [key for key, _, _ in columns]
    statuses = [values[0] for values in rows] if keys[0] == "status" else []
    if statuses:  # shown in words
        rows = [[labels[values[0]]] + values[1:] for values in rows]
    # Wrapped columns are measured first: row heights depend on their widths.
    wrapped = [c for c, key in enumerate(keys) if key in WRAPPED]
    widths = {c: _width(labels[keys[c]], [row[c] for row in rows], *columns[c][1:])
              for c in wrapped}
    sheet.set_body_formats(
        [cells.format(valign="top", **({"text_wrap": True} if key in WRAPPED else {}))
         for key in keys],
        number=cells.format(valign="top", align="center"),
        date_=cells.format(valign="top", align="left", num_format=labels["excel_date_format"]))
    status_formats = {s: cells.format(valign="top", **style_) for s, style_ in
                      (STATUS_STYLE | {"long_overdue": LONG_OVERDUE_STYLE}).items()}
    sheet.unsafe = lambda value, r, c: cells.safe_text(
        value, source_rows[r - 1] if source_rows else 0, valign="top",
        **({"text_wrap": True} if keys[c] in WRAPPED else {}))
    for r, values in enumerate(rows, start=1):
        formats = dict(column_formats) if column_formats else None
        if statuses:
            formats = (formats or {}) | {0: status_formats[
                "long_overdue" if long_overdue and long_overdue[r - 1] else statuses[r - 1]]}
        # Excel and LibreOffice do not grow rows for wrapped text on opening: size them here
        # (a printed sheet keeps one line a row: its wrapped notes are read on screen)
        lines = 1 if one_line_rows else max([_lines(values[c], widths[c]) for c in wrapped]
                                            or [1])
        sheet.add_row(r, values, LINE_HEIGHT * min(lines, MAX_LINES) if lines > 1 else None,
                      formats)
    for c, (key, narrowest, widest) in enumerate(columns):
        if c not in widths:
            widths[c] = max(narrowest, min(widest, max(len(labels[key]) + 3,
                                                       sheet.longest[c] + 1)))
        # a header wraps between words, never inside one ("Resteinheit/en")
        widths[c] = max(widths[c], max(len(word) for word in labels[key].split()) + 2)
    heading = cells.format(bold=True, text_wrap=True, valign="top")
    sheet.add_table(0, 0, max(len(rows), 1), len(columns) - 1, {
        "columns": [{"header": labels[key], "header_format": heading}
                    for key, _, _ in columns],
        "style": style, "autofilter": True,
    })
    sheet.freeze_panes(1, frozen)
    for c, width in sorted(widths.items()):
        sheet.set_column(c, c, width)
    sheet.set_row(0, LINE_HEIGHT * max(_lines(labels[key], widths[c] - 2)
                                       for c, (key, _, _) in enumerate(columns)))
    # on paper, the columns to act on, at a size one can read
    _print_setup(sheet, header, print_scale([widths[c] for c in range(printed)])
                 if printed else None)
    if printed:
        sheet.print_area(0, 0, max(len(rows), 1), printed - 1)


# A4 landscape less the margins, in points. A column one character wide is 5.25 points in
# Excel (7 pixels of 11-point Calibri) and about 6.8 in LibreOffice (measured on its PDF):
# a little more than the wider measure, so the columns fit on paper in both.
PRINTABLE_WIDTH = (297 / 25.4 - 0.8) * 72
POINTS_PER_CHARACTER = 7.0
MIN_PRINT_SCALE = 73  # 11-point text printed at 73 % is 8 points


def print_scale(widths: list[float]) -> int:
    """The print scale (percent) at which columns this wide fit A4 landscape, never below
    the scale that keeps 11-point text at 8 points."""
    points = sum((width + 0.71) * POINTS_PER_CHARACTER for width in widths)  # as stored
    return max(MIN_PRINT_SCALE, min(100, int(PRINTABLE_WIDTH / points * 100)))


def _lines(value, width: float) -> int:
    """How many lines a wrapped text needs in a column this wide (a fair estimate)."""
    if not value:
        return 1
    per_line = max(int(width) - 1, 1)
    text = value if isinstance(value, str) else str(value)
    if "\n" not in text and "\r" not in text:
        return -(-len(text) // per_line) or 1
    return sum(max(1, -(-len(line) // per_line)) for line in text.splitlines()) or 1


def _width(header: str, values: list, narrowest: int, widest: int) -> float:
    """Characters wide enough for the header and the longest line of the values."""
    longest = max([len(header) + 3] + [shown_width(v) + 1 for v in values
                                       if v is not None and v != ""])
    return max(narrowest, min(widest, longest))


def _print_setup(sheet, header: str, scale: int | None = None) -> None:
    """A4 landscape, the header row on every page; one page wide, or at ``scale``."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    if scale:
        sheet.set_print_scale(scale)
    else:
        sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.6)
    sheet.set_header(f"&L&B{header.replace('&', '&&')}&R&P / &N")


def _records_sheet(book, cells: _Cells, records, header: str) -> None:
    labels = cells.labels
    sheet = book.add_worksheet(labels["sheet_records"], worksheet_class=TableSheet)
    rows = []
    for row, record in records:
        client, st = row.client, record.statement
        rows.append([
            record.status, client.first_name, client.last_name, client.customer_id,
            st.product, record.new_valid_from, record.new_valid_until, st.remaining_classes,
            "", record.remaining_days, record.resume_date, record.pause_start,
            labels[record.product_kind] if record.product_kind else "",
            client.email, client.phone,
            "\n".join(labels.problem(w) for w in record.warnings), st.reason, client.comment,
            row.field, client.source_row,
        ])
    # the time owed as a number of days, shown with the word: it sums and filters
    days = [c for c, (key, _, _) in enumerate(RECORD_COLUMNS) if key == "remaining"][0]
    _table(sheet, cells, RECORD_COLUMNS, rows, "Table Style Medium 2", header,
           [row.client.source_row for row, _ in records],
           [record.long_overdue for _, record in records], frozen=FROZEN_COLUMNS,
           printed=PRINTED_COLUMNS, one_line_rows=True, column_formats={days: cells.format(
               valign="top", align="center", num_format=f'0 "{labels["days"]}"')})
    done = [c for c, (key, _, _) in enumerate(RECORD_COLUMNS) if key == "done"][0]
    sheet.data_validation(1, done, max(len(rows), 1), done, {
        "validate": "list", "source": [labels["yes"], labels["no"]],
        "input_title": labels["done"], "input_message": labels["done_prompt"],
    })


def _review_sheet(book, cells: _Cells, result: Result, header: str) -> None:
    labels = cells.labels
    sheet = book.add_worksheet(labels["sheet_review"], worksheet_class=TableSheet)
    found = result.records("review")
    rows = [[row.client.source_row, row.client.customer_id,
             " ".join(p for p in (row.client.first_name, row.client.last_name) if p),
             "\n".join(labels.problem(p) for p in record.problems),
             record.statement.text or row.client.comment, row.field, row.client.email,
             row.client.phone] for row, record in found]
    _table(sheet, cells, REVIEW_COLUMNS, rows, "Table Style Medium 3", header,
           [row.client.source_row for row, _ in found], printed=REVIEW_PRINTED)


def _messages_sheet(book, cells: _Cells, messages: list[Message], header: str) -> None:
    sheet = book.add_worksheet(cells.labels["sheet_messages"], worksheet_class=TableSheet)
    rows = [[m.email, m.first_name, m.last_name, m.customer_id, m.lang, m.subject, m.body,
             m.reply_to] for m in messages]
    _table(sheet, cells, MESSAGE_COLUMNS, rows, "Table Style Medium 4", header)


def _summary_sheet(book, cells: _Cells, result: Result, meta: dict, header: str) -> None:
    """What to do this week first (the counts, the chart), then what changed, the proof
    that nothing was lost, the warnings, and the audit lines (file, SHA-256, version)."""
    labels = cells.labels
    sheet = book.add_worksheet(labels["sheet_summary"])
    sheet.set_column(0, 0, 62)
    sheet.set_column(1, 1, 66)
    cells.text(sheet, 0, 0, labels["title"], bold=True, font_size=14)
    counts = result.counts
    actionable = sum(counts[s] for s in ACTIONABLE)
    lines: list[tuple[str, object, dict]] = [
        (labels["as_of"], result.as_of, {}),
        (labels["summary_todo"].format(act=counts["overdue"] + counts["due"],
                                       overdue=counts["overdue"], review=counts["review"]),
         "", {"bold": True}),
        ("", "", {}),
        (labels["counts"], None, {}),
    ]
    lines += [(labels[s], counts[s], STATUS_STYLE.get(s, {})) for s in STATUSES]
    chart_row = len(lines) + 3
    lines += [("", "", {})] * CHART_ROWS  # the chart of the weeks ahead sits here
    lines += [("", "", {})] + _since_last_run(result, labels)
    lines += [
        ("", "", {}), (labels["reconciliation"], None, {}),
        (labels["rows_read"], result.rows_read, {}),
        (labels["rows_with_comment"], result.rows_with_comment, {}),
        (labels["mention_rows"], result.mention_rows, {}),
        ("    " + labels["statement_rows"], result.statement_rows, {}),
        ("    " + labels["non_pause_rows"], result.non_pause_rows, {}),
        (labels["statements"], sum(counts.values()), {}),
        ("    " + labels["records_actionable"], actionable, {}),
        ("    " + labels["other_statements"], counts["review"] + counts["closed"], {}),
        (labels["reconciled"], "✓" if result.reconciled else "✗", {"bold": True}),
        *_columns_lines(result, labels),
    ]
    warnings = list(result.warnings) + cells.truncated
    if warnings:
        lines += [("", "", {}), (labels["warnings_run"], None, {})]
        lines += [("", labels.problem(w), {"text_wrap": True}) for w in warnings]
    lines += [
        ("", "", {}),
        (labels["input_file"], Path(result.input_path).name, {}),
        (labels["sha256"], result.input_sha256, {}),
        (labels["generated"], _moment(meta.get("generated", "")), {
            "num_format": labels["excel_date_format"] + " hh:mm"}),
        (labels["version"], meta.get("version", ""), {}),
        (labels["config_file"], meta.get("config") or "-", {}),
        (labels["config_sha256"], meta.get("config_sha256") or "-", {}),
    ]
    for index, (label, value, props) in enumerate(lines, start=2):
        if value is None:
            cells.text(sheet, index, 0, label, bold=True)
            continue
        cells.write(sheet, index, 0, label, **props)
        cells.write(sheet, index, 1, value, **({"align": "left"} | props))
    _weekly_chart(book, sheet, cells, result, chart_row, data_row=len(lines) + 4)
    _print_setup(sheet, header)


CHART_ROWS = 17  # rows of 15 points the chart covers (300 pixels high)


def _moment(generated: str):
    """The generation time as a date and time Excel shows in the sheet's format."""
    from datetime import datetime

    try:
        return datetime.strptime(generated, "%Y-%m-%d %H:%M")
    except ValueError:
        return generated


def _columns_lines(result: Result, labels: Labels) -> list[tuple[str, object, dict]]:
    """Per column looked at, where its cells that mention a pause ended: the proof that
    a pause in any field is somewhere. Columns that are no note field show only when one
    of their cells mentions a pause."""
    lines: list[tuple[str, object, dict]] = [("", "", {}), (labels["by_column"], None, {})]
    for column in result.by_field():
        if column["kind"] == "other" and not column["mentions"]:
            continue
        kind = labels["note_field" if column["kind"] == "note" else "other_column"]
        lines.append((f"    {column['column']} ({kind})", labels["column_line"].format(
            mentions=column["mentions"], read=column["statements"], review=column["review"],
            other=column["other_sense"], cells=column["cells"]), {}))
    if result.identified_by == "email":
        lines.append((labels["identified_by_email"], "", {"bold": True}))
    return lines


def _since_last_run(result: Result, labels: Labels) -> list[tuple[str, object, dict]]:
    """What changed since the previous run, from the ledger; long overdue in red."""
    long_overdue = result.long_overdue
    loud = LONG_OVERDUE_STYLE if long_overdue else {}
    lines: list[tuple[str, object, dict]] = [(labels["since_last_run"], None, {})]
    changes = result.changes
    if changes is None:
        lines.append((labels["no_ledger"], "", {}))
    elif changes.previous is None:
        lines.append((labels["first_run"], "", {}))
    else:
        previous = changes.previous
        lines += [
            (labels["previous_run"], f"{previous.as_of} ({previous.input_name})", {}),
            (labels["new_pauses"], len(changes.new), {}),
            (labels["closed_since"], len(changes.closed_since), {}),
            (labels["gone_pauses"], len(changes.gone), {}),
            (labels["disappeared"], len(changes.disappeared), {}),
            (labels["still_overdue"], len(changes.overdue_runs), {}),
        ]
    lines.append((labels["long_overdue"], long_overdue, loud))
    return lines


def _weekly_chart(book, sheet, cells: _Cells, result: Result, first_row: int,
                  data_row: int) -> None:
    """Reactivations per week, the overdue ones, then each of the next eight weeks: the
    chart at ``first_row``, its figures below everything else, from ``data_row``."""
    labels = cells.labels
    weeks = [(f"{labels['week']} {labels.date(start)}" if start else labels["overdue"], count)
             for start, count in result.per_week(WEEKS_AHEAD)]
    cells.text(sheet, data_row, 0, labels["chart_title"], bold=True)
    cells.text(sheet, data_row + 1, 0, labels["week"], bold=True)
    cells.text(sheet, data_row + 1, 1, labels["reactivations"], bold=True)
    for offset, (name, count) in enumerate(weeks, start=data_row + 2):
        cells.text(sheet, offset, 0, name)
        cells.write(sheet, offset, 1, count, align="left")
    last = data_row + 1 + len(weeks)
    chart = book.add_chart({"type": "column"})
    chart.add_series({
        "name": labels["reactivations"],
        "categories": [sheet.name, data_row + 2, 0, last, 0],
        "values": [sheet.name, data_row + 2, 1, last, 1],
        "fill": {"color": "#4472C4"},
        "points": [{"fill": {"color": "#C00000"}}],  # the overdue bar in red
        "data_labels": {"value": True},
    })
    chart.set_title({"name": labels["chart_title"]})
    chart.set_legend({"none": True})
    most = max(count for _, count in weeks)
    chart.set_y_axis({"major_gridlines": {"visible": True}, "min": 0, "num_format": "0",
                      "major_unit": max(1, -(-most // 8))})  # whole clients, never 0.5
    chart.set_size({"width": 720, "height": CHART_ROWS * 20})
    sheet.insert_chart(first_row, 0, chart, {"x_offset": 10})
