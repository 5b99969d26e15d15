"""The bad-input matrix: every quirk either runs correctly or stops with one clear line."""

import csv
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from passpause.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
DUE = {"due": 1}

# fixture -> ("ok", rows read, comments mentioning a pause, non-zero counts)
#         or ("error", the start of the one line printed)
MATRIX = {
    "empty.csv": ("error", "Error: 'empty.csv' is empty."),
    "header_only.csv": ("ok", 0, 0, {}),
    "random_bytes.xlsx": ("error", "Error: 'random_bytes.xlsx' is neither a workbook nor a "
                                   "text file"),
    "truncated.xlsx": ("error", "Error: 'truncated.xlsx' cannot be read as a workbook"),
    "zip_not_a_workbook.xlsx": ("error", "Error: 'zip_not_a_workbook.xlsx' is a zip archive, "
                                         "not a workbook."),
    "encrypted.xlsx": ("error", "Error: 'encrypted.xlsx' is protected by a password."),
    "protected_sheet.xlsx": ("ok", 3, 1, DUE),
    "old_format.xls": ("ok", 3, 1, DUE),
    "libreoffice.ods": ("ok", 3, 1, DUE),
    "macro_workbook.xlsm": ("ok", 3, 1, DUE),
    "utf16_tab.txt": ("ok", 3, 1, DUE),
    "utf16be_bom_tab.txt": ("ok", 3, 1, DUE),
    "cp1252_semicolon.csv": ("ok", 3, 1, DUE),
    "utf8_bom_comma.csv": ("ok", 3, 1, DUE),
    "mixed_line_endings.csv": ("ok", 3, 1, DUE),
    "long_cell_40000.csv": ("ok", 3, 1, DUE),
    "duplicate_header_names.csv": ("ok", 3, 2, {"due": 1, "open": 1}),
    "title_rows_above_header.xlsx": ("ok", 3, 1, DUE),
    "no_comment_column.csv": ("error", "Error: No note column (comment, note, warning) found in "
                                       "'no_comment_column.csv'."),
    "several_comment_columns.xlsx": ("ok", 3, 3, {"due": 1, "open": 1}),
    "hidden_first_sheet.xlsx": ("ok", 3, 1, DUE),
    "merged_header_cells.xlsx": ("ok", 3, 1, DUE),
    "formula_cells.xlsx": ("ok", 3, 1, DUE),
    "a_folder.xlsx": ("error", "Error: '{path}' is a folder."),
    "does_not_exist.xlsx": ("error", "Error: '{path}' does not exist."),
    "empty_sheet.xlsx": ("error", "Error: 'empty_sheet.xlsx' has no data on its first visible "
                                  "sheet."),
    "text_named_xls.xls": ("ok", 3, 1, DUE),
    "html_named_xls.xls": ("error", "Error: 'html_named_xls.xls' is a web page saved with a "
                                    "spreadsheet name."),
    "quoted_multiline_cells.csv": ("ok", 3, 1, {"due": 1, "closed": 1}),
    "blank_lines_between_rows.csv": ("ok", 3, 1, DUE),
    "trailing_delimiters_semicolon.csv": ("ok", 3, 1, DUE),
    "ragged_rows.csv": ("error", "Error: 'ragged_rows.csv' is not a well-formed CSV file "
                                "(row 3 has 7 fields, the header 5)."),
    "make_fixtures.py": ("error", "Error: 'make_fixtures.py' is not a client export"),
}


def test_the_matrix_covers_every_fixture():
    on_disk = {p.name for p in FIXTURES.iterdir() if not p.name.startswith("__")}
    assert on_disk | {"does_not_exist.xlsx"} == set(MATRIX)
    assert len(MATRIX) >= 25


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_bad_input(name, tmp_path):
    out = tmp_path / "out"
    path = FIXTURES / name
    before = path.read_bytes() if path.is_file() else None
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2025-11-24",
                                       "--out", str(out), "--json"])
    expected = MATRIX[name]
    if expected[0] == "error":
        assert result.exit_code == 2, result.output
        assert result.output.startswith(expected[1].format(path=path))
        assert result.output.count("\n") == 1 and "Traceback" not in result.output
        assert not out.exists()
    else:
        assert result.exit_code == 0, result.output
        import json

        summary = json.loads(result.output)
        _, rows, mentions, counts = expected
        assert (summary["rows_read"], summary["pause_mentions"]) == (rows, mentions)
        assert {k: v for k, v in summary["counts"].items() if v} == counts
        assert summary["reconciled"] is True
    if before is not None:
        assert path.read_bytes() == before  # the input is never touched


def test_blank_lines_keep_excel_row_numbers(tmp_path):
    CliRunner().invoke(main, ["run", str(FIXTURES / "blank_lines_between_rows.csv"),
                              "--as-of", "2025-11-24", "--out", str(tmp_path)])
    text = (tmp_path / "import_2025-11-24.csv").read_text(encoding="utf-8")
    assert text.splitlines()[1].endswith(",5")  # the client's line in the file


def test_a_long_cell_is_cut_in_the_workbook_and_whole_in_the_csv(tmp_path):
    result = CliRunner().invoke(main, ["run", str(FIXTURES / "long_cell_40000.csv"),
                                       "--as-of", "2025-11-24", "--out", str(tmp_path)])
    assert "Attention : Ligne 3 : le commentaire fait 40001 caractères" in result.output
    csv_text = (tmp_path / "import_2025-11-24.csv").read_text(encoding="utf-8")
    assert len(csv_text) > 40000
    book = openpyxl.load_workbook(tmp_path / "reactivations_2025-11-24.xlsx")
    comments = [c.value for row in book.worksheets[0].iter_rows(min_row=2) for c in row
                if isinstance(c.value, str) and c.value.startswith("Pause du 03/11")]
    assert len(comments[0]) == 32767
    assert comments[0].endswith("40001 caractères en tout, voir la ligne 3 de l'export]")


def test_a_note_in_a_second_note_field_is_read_and_says_where_it_came_from(tmp_path):
    CliRunner().invoke(main, ["run", str(FIXTURES / "several_comment_columns.xlsx"),
                              "--as-of", "2025-11-24", "--out", str(tmp_path),
                              "--include-open"])
    with (tmp_path / "import_2025-11-24.csv").open(encoding="utf-8") as handle:
        rows = {row["source_row"]: row for row in csv.DictReader(handle)}
    assert rows["2"]["comment_field"] == "Remarques" and rows["2"]["status"] == "open"
    assert rows["3"]["comment_field"] == "Commentaire" and rows["3"]["status"] == "due"
