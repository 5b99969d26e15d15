"""Table bodies rendered straight to sheet XML, for the big sheets of a chain's export.

XlsxWriter's cell-by-cell path costs about 7 µs a cell (a cell record and a shared-string
lookup when written, attribute lists when the sheet is assembled); a million-row export
gives the workbook some 10,000 records of 19 cells. ``TableSheet`` is an XlsxWriter
worksheet (made with ``add_worksheet(..., worksheet_class=TableSheet)``) that keeps a
table's body as rows of (column, value, format) and writes them as XML when XlsxWriter
assembles the sheet, at well under a microsecond a cell. Everything else — header, table
definition, validation, widths, print setup — stays XlsxWriter's.

Text is written as inline strings (valid OOXML that Excel, LibreOffice and every reader
accept), escaped as XlsxWriter escapes it: XML entities, control characters as ``_xHHHH_``,
a literal ``_xHHHH_`` protected by escaping its underscore.
"""

from __future__ import annotations

import re

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

# What needs more than copying: XML's special characters, characters XML cannot hold,
# and text that reads like Excel's own escape of them.
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_ESCAPE_LIKE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")


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
        self._styles: dict[object, str] = {}
        self._cell_starts: list[str] = []  # '<c r="B' for column 1

    def add_row(self, row: int, cells: list[tuple[int, object, object]],
                height: float | None = None) -> None:
        """One body row: (column, text or number, Format or None) for each filled cell, and
        its height in points (None: Excel's default). Rows come in ascending order, below
        every row written through XlsxWriter's own methods."""
        if row <= self._last_body_row:
            raise ValueError(f"body row {row} comes after row {self._last_body_row}")
        if self._first_body_row is None:
            self._first_body_row = row
        self._last_body_row = row
        self._check_dimensions(row, 0)
        if cells:
            self._check_dimensions(row, cells[-1][0])
        number = row + 1
        styles, starts = self._styles, self._cell_starts
        if cells and cells[-1][0] >= len(starts):
            starts += [f'<c r="{xl_col_to_name(c)}' for c in range(len(starts),
                                                                   cells[-1][0] + 1)]
        parts = [f'<row r="{number}" ht="{height:g}" customHeight="1">' if height
                 else f'<row r="{number}">']
        for col, value, fmt in cells:
            if fmt is None:
                style = ""
            else:
                style = styles.get(fmt)
                if style is None:
                    style = styles[fmt] = f' s="{fmt._get_xf_index()}"'
            if isinstance(value, str):
                if not value:
                    continue
                if _SPECIAL.search(value):
                    value = escape_text(value)
                space = ' xml:space="preserve"' if (value[0].isspace()
                                                    or value[-1].isspace()) else ""
                parts.append(f'{starts[col]}{number}"{style} t="inlineStr"><is>'
                             f'<t{space}>{value}</t></is></c>')
            else:
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
