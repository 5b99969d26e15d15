"""Table bodies written as XML by TableSheet read back exactly, in openpyxl and calamine."""

from datetime import date

import fastexcel
import openpyxl
import pytest
import xlsxwriter

from passpause.write.tablebody import TableSheet, escape_text

TEXTS = [
    "plain",
    "Pause à partir du 17 juin 2025 ; il reste 13 jours",
    "a & b < c > d \"quoted\" 'single'",
    "  leading and trailing spaces  ",
    "two\nlines",
    "bell \x07 and vertical tab \x0b inside",
    "literal _x0041_ stays literal",
    "emoji 🧘 and full-width ＝SUM(A1)",
    "=1+1",
]


def _write(path, rows, heights=None):
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Body", worksheet_class=TableSheet)
    sheet.write_string(0, 0, "Header")
    bold = book.add_format({"bold": True})
    sheet.set_body_formats([bold] + [None] * (len(rows[0]) - 1))
    for r, values in enumerate(rows, start=1):
        sheet.add_row(r, values, (heights or {}).get(r))
    book.close()
    return sheet


def test_text_and_numbers_read_back_exactly(tmp_path):
    path = tmp_path / "body.xlsx"
    rows = [[text, float(n), n] for n, text in enumerate(TEXTS)]
    _write(path, rows, heights={2: 45})
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "Header"
    for r, (text, number, count) in enumerate(rows, start=2):
        if "_x" not in escape_text(text):  # openpyxl leaves Excel's _xHHHH_ escapes as they are
            assert sheet.cell(r, 1).value == text
        assert sheet.cell(r, 1).data_type == "s"  # text, never a formula
        assert sheet.cell(r, 1).font.b
        assert sheet.cell(r, 2).value == number and sheet.cell(r, 3).value == count
    assert sheet.row_dimensions[3].height == 45
    assert sheet.max_row == len(TEXTS) + 1 and sheet.max_column == 3
    # calamine decodes the escapes as Excel does: every text comes back whole
    calamine = fastexcel.read_excel(path).load_sheet(0).to_arrow()
    assert calamine.column("Header").to_pylist() == TEXTS


def test_blank_cells_are_left_out(tmp_path):
    path = tmp_path / "blank.xlsx"
    _write(path, [["", "x"], ["y", ""]])
    sheet = openpyxl.load_workbook(path).active
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == [[None, "x"],
                                                                              ["y", None]]


def test_escape_matches_excel_conventions():
    assert escape_text("no change") == "no change"
    assert escape_text("<&>") == "&lt;&amp;&gt;"
    assert escape_text("a\x01b") == "a_x0001_b"
    assert escape_text("_x00AB_") == "_x005F_x00AB_"
    assert escape_text("\ufffe") == "_xFFFE_"  # not a character XML may hold
    assert escape_text("tab\tand newline\n") == "tab\tand newline\n"


def test_dates_formats_and_measured_widths(tmp_path):
    path = tmp_path / "dates.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Body", worksheet_class=TableSheet)
    sheet.write_string(0, 0, "Header")
    red = book.add_format({"font_color": "#9C0006"})
    sheet.set_body_formats([None, None, None], number=None,
                           date_=book.add_format({"num_format": "dd/mm/yyyy"}))
    sheet.add_row(1, ["short", date(2025, 6, 17), 7], formats={0: red})
    sheet.add_row(2, ["a longer text\nwith two lines", date(2026, 2, 28), 12345])
    assert sheet.longest == [len("with two lines"), 10, 5]
    book.close()
    cells = openpyxl.load_workbook(path).active
    assert cells["B2"].value.date() == date(2025, 6, 17) and cells["B2"].is_date
    assert cells["B3"].value.date() == date(2026, 2, 28)
    assert cells["A2"].font.color.rgb.endswith("9C0006")
    assert cells["C3"].value == 12345


def test_rows_must_come_in_order_below_the_cells_written_one_by_one(tmp_path):
    book = xlsxwriter.Workbook(str(tmp_path / "order.xlsx"))
    sheet = book.add_worksheet("Body", worksheet_class=TableSheet)
    sheet.set_body_formats([None])
    sheet.add_row(2, ["b"])
    with pytest.raises(ValueError):
        sheet.add_row(1, ["a"])
    sheet.write_string(5, 0, "written one by one, below the body")
    with pytest.raises(RuntimeError):
        book.close()


def test_xlsxwriter_is_a_version_tablesheet_was_tested_with():
    """TableSheet extends XlsxWriter's private row writer: a new minor version must be
    tested (and added to TESTED_XLSXWRITER and the pin) before it is used."""
    import xlsxwriter
    from xlsxwriter.worksheet import Worksheet

    from passpause.write.tablebody import TESTED_XLSXWRITER

    minor = ".".join(xlsxwriter.__version__.split(".")[:2])
    assert minor in TESTED_XLSXWRITER, f"XlsxWriter {xlsxwriter.__version__} is untested"
    sheet = Worksheet()
    assert callable(getattr(Worksheet, "_write_rows", None))
    assert hasattr(sheet, "table") and hasattr(sheet, "row_info")
