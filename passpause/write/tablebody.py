"""Table bodies rendered straight to sheet XML, for the big sheets of a chain's export.

XlsxWriter's cell-by-cell path costs about 7 µs a cell (a cell record and a shared-string
lookup when written, attribute lists when the sheet is assembled); a million-row export
gives the workbook some 10,000 records of 19 cells. ``TableSheet`` is an XlsxWriter
worksheet (made with ``add_worksheet(..., worksheet_class=TableSheet)``) whose body rows
are rendered to XML as they are added, measuring each column's widest text on the way,
and written out when XlsxWriter assembles the sheet. Everything else — header, table
definition, validation, column widths, print setup — stays XlsxWriter's.

Text is written as inline strings (valid OOXML that Excel, LibreOffice and every reader
accept), escaped as XlsxWriter escapes it: XML entities, control characters as ``_xHHHH_``,
a literal ``_xHHHH_`` protected by escaping its underscore.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from .safety import EXCEL_MAX_TEXT, RISKY_FIRST, is_formula_like

EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's 1900 date system
# The XlsxWriter minor versions whose private row writer (``_write_rows``, ``table``,
# ``row_info``, ``fh``) TableSheet is tested against; pyproject.toml pins the same.
TESTED_XLSXWRITER = ("3.2", "3.3")

# What needs more than copying: XML's special characters, characters XML cannot hold,
# and text that reads like Excel's own escape of them.
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_ESCAPE_LIKE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def shown_width(value) -> int:
    """Characters a value takes in its column: its longest line; a date, ten."""
    if isinstance(value, str):
        return longest_line(value)
    if isinstance(value, date):
        return 10
    return len(str(value))


def longest_line(text: str) -> int:
    if "\n" not in text and "\r" not in text:
        return len(text)
    return max((len(line) for line in text.splitlines()), default=0)


def _style(fmt) -> str:
    """The style attribute of a cell with this XlsxWriter Format (or none)."""
    return f' s="{fmt._get_xf_index()}"' if fmt is not None else ""


def escape_text(text: str) -> str:
    """Text as the content of a ``<t>`` element, the way Excel itself escapes it."""
    if not _SPECIAL.search(text):
        return text
    text = _ESCAPE_LIKE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TableSheet(Worksheet):
    """A worksheet whose rows below those written the usual way come from ``add_row``.

    Rows are rendered as they come. A format's style index is fixed on first use, as
    XlsxWriter itself does in its constant-memory mode, which writes rows as they come too.
    """

    def __init__(self):
        super().__init__()
        self._body: list[str] = []
        self._first_body_row: int | None = None
        self._last_body_row = -1
        self._text_styles: list[str] = []
        self._number_style = self._date_style = ""
        self._cell_starts: list[str] = []  # '<c r="B' for column 1
        self.longest: list[int] = []  # per column: characters of the longest line written
        self.unsafe: Callable[[str, int, int], tuple[str, object]] | None = None

    def set_body_formats(self, text: list, number=None, date_=None) -> None:
        """The formats of body cells: one per column for text, one for numbers and one
        for dates (written as the serial numbers Excel stores)."""
        self._text_styles = [_style(fmt) for fmt in text]
        self._number_style, self._date_style = _style(number), _style(date_)
        self._cell_starts = [f'<c r="{xl_col_to_name(c)}' for c in range(len(text))]
        self.longest = [0] * len(text)

    def add_row(self, row: int, values: list, height: float | None = None,
                formats: dict[int, object] | None = None) -> None:
        """One body row, a value per column from the first (None or "" leaves the cell
        blank), its height in points (None: Excel's default), and ``formats`` for cells
        whose format is not their column's. Text that could run as a formula or is too
        long for a cell goes through ``unsafe(text, row, column)`` first. Rows come in
        ascending order, below every row written through XlsxWriter's own methods."""
        if row <= self._last_body_row:
            raise ValueError(f"body row {row} comes after row {self._last_body_row}")
        if self._first_body_row is None:
            self._first_body_row = row
        self._last_body_row = row
        self._check_dimensions(row, 0)
        self._check_dimensions(row, len(values) - 1)
        number = row + 1
        starts, text_styles, longest = self._cell_starts, self._text_styles, self.longest
        parts = [f'<row r="{number}" ht="{height:g}" customHeight="1">' if height
                 else f'<row r="{number}">']
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if type(value) is str:
                style = _style(formats[col]) if formats and col in formats else \
                    text_styles[col]
                if (value[0] in RISKY_FIRST or len(value) > EXCEL_MAX_TEXT) and self.unsafe \
                        and (is_formula_like(value) or len(value) > EXCEL_MAX_TEXT):
                    value, fmt = self.unsafe(value, row, col)
                    style = _style(fmt)
                shown = longest_line(value)
                if shown > longest[col]:
                    longest[col] = shown
                if _SPECIAL.search(value):
                    value = escape_text(value)
                space = ' xml:space="preserve"' if (value[0].isspace()
                                                    or value[-1].isspace()) else ""
                parts.append(f'{starts[col]}{number}"{style} t="inlineStr"><is>'
                             f'<t{space}>{value}</t></is></c>')
            elif isinstance(value, date):
                if longest[col] < 10:
                    longest[col] = 10
                style = _style(formats[col]) if formats and col in formats else self._date_style
                parts.append(f'{starts[col]}{number}"{style}><v>'
                             f'{(value - EXCEL_EPOCH).days}</v></c>')
            else:
                shown = len(str(value))
                if shown > longest[col]:
                    longest[col] = shown
                style = (_style(formats[col]) if formats and col in formats
                         else self._number_style)
                parts.append(f'{starts[col]}{number}"{style}><v>{value}</v></c>')
        parts.append("</row>")
        self._body.append("".join(parts))

    def _write_rows(self) -> None:
        super()._write_rows()  # the rows XlsxWriter holds: the header
        if not self._body:
            return
        written = [r for r, cells in self.table.items() if cells] + list(self.row_info)
        if written and max(written) >= self._first_body_row:
            raise RuntimeError("table body rows overlap rows written cell by cell")
        self.fh.write("".join(self._body))
