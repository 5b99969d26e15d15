"""The reader on real files, each fixture named after the quirk it covers."""

import csv
import zipfile
from pathlib import Path

import pytest

from passpause.errors import ColumnError, InputError
from passpause.lexicon import load_lexicon
from passpause.read import read_export, sniff_delimiter, sniff_encoding

FIXTURES = Path(__file__).parent / "fixtures"


def read(name, **options):
    return read_export(FIXTURES / name, load_lexicon(), **options)


@pytest.mark.parametrize("name, lang, header_row", [
    ("utf8_bom_comma.csv", "fr", 1),
    ("cp1252_semicolon.csv", "de", 1),
    ("utf16_tab.txt", "fr", 1),
    ("title_rows_above_header.xlsx", "fr", 5),
    ("old_format.xls", "fr", 1),
    ("libreoffice.ods", "de", 1),
])
def test_every_format_gives_the_same_clients(name, lang, header_row):
    export = read(name)
    assert export.lang == lang
    assert export.header_row == header_row
    assert export.rows == 3
    ids = export.column("customer_id").to_pylist()
    assert ids[0].startswith("00")  # leading zeros kept
    assert export.source_row(1) == header_row + 2
    comment = export.column("comment")[1].as_py()
    assert comment.startswith("Pause")
    names = export.column("first_name").to_pylist() + export.column("last_name").to_pylist()
    assert any(ch in "".join(names) for ch in "éèçöüß")  # accents survived the encoding


def test_german_name_next_to_vorname_is_the_last_name():
    export = read("cp1252_semicolon.csv")
    assert export.column("last_name")[0].as_py() == "Müller"


@pytest.mark.parametrize("name, message", [
    ("empty.csv", "'empty.csv' is empty"),
    ("random_bytes.xlsx", "is neither a workbook nor a text file"),
    ("truncated.xlsx", "cannot be read as a workbook"),
    ("encrypted.xlsx", "is protected by a password"),
    ("make_fixtures.py", "is not a client export passpause can read"),
    ("missing.xlsx", "does not exist"),
    (".", "is a folder"),
])
def test_unreadable_files_stop_with_a_message_that_says_what_to_do(name, message):
    with pytest.raises(InputError, match=message):
        read(name)


def test_no_comment_column_lists_the_headers_and_suggests_the_option():
    with pytest.raises(ColumnError) as caught:
        read("no_comment_column.csv")
    assert str(caught.value) == (
        "No note column (comment, note, warning) found in 'no_comment_column.csv'. Columns are: N° client, Prénom, "
        "Nom, E-mail. Use --comment-column NAME.")


def test_comment_column_can_be_named():
    export = read("no_comment_column.csv", note_columns=("E-mail",))
    assert export.column("comment")[1].as_py() == "chloe@exemple.fr"


def test_header_only_reads_zero_rows():
    assert read("header_only.csv").rows == 0


def test_the_input_file_is_not_touched(tmp_path):
    before = (FIXTURES / "cp1252_semicolon.csv").read_bytes()
    read("cp1252_semicolon.csv")
    assert (FIXTURES / "cp1252_semicolon.csv").read_bytes() == before


@pytest.mark.parametrize("raw, encoding", [
    ("Kundennummer;Name\n1;Müller;Café Größe".encode("cp1252"), "cp1252"),
    ("Müller;Café".encode("utf-8"), "utf-8"),
    ("Müller;Café".encode("utf-8-sig"), "utf-8"),
    ("Müller\tCafé".encode("utf-16"), "utf-16"),
    ("Müller\tCafé".encode("utf-16-le"), "utf-16-le"),
])
def test_sniff_encoding(raw, encoding):
    assert sniff_encoding(raw) == encoding
    assert raw.decode(encoding).lstrip("\ufeff").startswith(("Kunden", "Müller"))


@pytest.mark.parametrize("lines, delimiter", [
    (["a;b;c", "1;2,5;3"], ";"),
    (["a,b,c", "1,\"2;5\",3"], ","),
    (["a\tb\tc", "1\t2\t3"], "\t"),
])
def test_sniff_delimiter(lines, delimiter):
    assert sniff_delimiter(lines) == delimiter


def _xlsxwriter_export(path: Path) -> Path:
    """Shared strings, a rich-text cell, a number and blank rows: as Excel itself writes."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Clients")
    sheet.write_string(1, 1, "Export & co <2025>")
    for col, name in enumerate(["N° client", "Prénom", "Nom", "Commentaire"], start=1):
        sheet.write_string(3, col, name)
    sheet.write_number(4, 1, 101)
    sheet.write_rich_string(4, 2, book.add_format({"bold": True}), "Élo", "die")
    sheet.write_string(4, 4, "Pause du 03/11 au 23/11/2025, il reste 10 jours")
    book.close()
    return path


@pytest.mark.parametrize("name", ["title_rows_above_header.xlsx", "merged_header_cells.xlsx",
                                  "formula_cells.xlsx", "protected_sheet.xlsx",
                                  "macro_workbook.xlsm", "shared_strings"])
def test_the_quick_header_read_agrees_with_the_full_read(name, tmp_path):
    import fastexcel

    from passpause.read.columns import HEADER_SEARCH_ROWS
    from passpause.read.workbook_head import _quick_sample

    path = (_xlsxwriter_export(tmp_path / "shared.xlsx") if name == "shared_strings"
            else FIXTURES / name)
    with zipfile.ZipFile(path) as archive:
        quick, _ = _quick_sample(archive, 0)
    batch = fastexcel.read_excel(str(path)).load_sheet(0, header_row=None,
                                                       dtypes="string").to_arrow()
    full = [[cell or "" for cell in row] for row in zip(*batch.to_pydict().values())]
    assert quick is not None
    assert quick == full[:HEADER_SEARCH_ROWS]


def test_an_xlsxwriter_export_reads_with_excel_row_numbers(tmp_path):
    export = read_export(_xlsxwriter_export(tmp_path / "shared.xlsx"), load_lexicon())
    assert export.header_row == 4
    assert export.column("first_name").to_pylist() == ["Élodie"]
    assert export.column("customer_id").to_pylist() == ["101"]
    assert export.source_row(0) == 5


def test_filled_rows_and_candidates_on_sparse_columns(tmp_path):
    """Rows count when any read column holds more than blanks, whichever column it is;
    candidates are found in upper case and accented spellings, never in empty cells."""
    from passpause.pipeline import find_candidates

    rows = [
        ("0001", "Anna", "Meyer", "PAUSE ab 01.06.2025 bis 30.06.2025"),  # upper case
        ("", "", "", ""),  # blank line inside the export
        ("   ", "", "", "   "),  # only spaces: not filled
        ("", "", "", "Gelé du 3 au 10 mai"),  # only a comment
        ("", "", "Nur Name", ""),  # only a last name
        ("0006", "", "", "nothing to see"),
        ("0007", "", "", "Abo pausiert"),
    ]
    path = tmp_path / "sparse.csv"
    path.write_text("Kundennummer;Vorname;Nachname;Kommentar\n"
                    + "".join(";".join(row) + "\n" for row in rows), encoding="utf-8")
    lex = load_lexicon()
    export = read_export(path, lex)
    expected = sum(1 for row in rows if any(cell.strip() for cell in row))
    assert export.filled_rows == expected == 5
    candidates = find_candidates(export.column("comment"), lex).to_pylist()
    assert candidates == [0, 3, 6]


def test_rows_mask_marks_exactly_the_rows_across_byte_edges():
    from passpause.read import rows_mask

    rows = [0, 7, 8, 9, 15, 16, 62]
    mask = rows_mask(rows, 63)
    assert len(mask) == 63
    assert [i for i, flag in enumerate(mask.to_pylist()) if flag] == rows
    assert rows_mask([], 5).to_pylist() == [False] * 5
    with pytest.raises(ValueError):
        rows_mask([3, 2], 5)


@pytest.mark.parametrize("inner", [
    "zweite Zeile",
    "x;y;z;w",  # a line inside the cell that has as many fields as the header
    "",  # an empty line inside the cell
])
def test_line_break_in_a_cell_far_below_the_top_is_read_whole(tmp_path, inner):
    """The top of the file has no line break in a cell, so the fast read is tried first;
    the cell further down makes it fail, and the careful read gives every row right."""
    filler = [(f"{i:05d}", "Anna", "Meyer", "treu seit 2019") for i in range(12000)]
    note = f"Pause ab 01.06.2025\n{inner}\nbis 30.06.2025"
    rows = filler + [("99999", "Bea", "Kurz", note)] + filler[:5]
    path = tmp_path / "late_multiline.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Kundennummer", "Vorname", "Nachname", "Kommentar"])
        writer.writerows(rows)
    assert path.stat().st_size > 300_000  # beyond the part read to sniff the file
    export = read(path)
    assert export.rows == len(rows)
    assert export.column("comment")[12000].as_py() == note
    assert export.column("customer_id")[12001].as_py() == "00000"
    assert export.source_row(12000) == 12002


@pytest.mark.parametrize("late", [False, True])
def test_a_byte_that_windows_1252_leaves_undefined_is_read_not_a_crash(tmp_path, late):
    """0x8D has no character in cp1252: the file is read with a code page that has one
    for every byte, whether the byte sits at the top or far below it."""
    filler = [f"{i:05d};Anna;treu seit 2019" for i in range(12000 if late else 1)]
    body = "\n".join(["Kundennummer;Vorname;Kommentar", *filler,
                      "77;B\xe9a;Pause ab 01.06.2025 bis 30.06.2025, noch 9 Tage"])
    path = tmp_path / "undefined_byte.csv"
    path.write_bytes(body.encode("cp1252") + b"\n88;Cl\x8d;x\n")
    export = read(path)
    assert export.rows == len(filler) + 2
    assert export.column("first_name")[len(filler)].as_py() == "B\xe9a"


def test_a_workbook_is_opened_as_a_zip_once(monkeypatch):
    """Its sheets, its first rows and where the data starts all come from one open archive
    (fastexcel opens the file on its own)."""
    opened = []
    real = zipfile.ZipFile.__init__

    def spy(self, file, *args, **kwargs):
        opened.append(file)
        real(self, file, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", spy)
    export = read_export(Path(__file__).parents[1] / "examples" / "export-clients.xlsx",
                         load_lexicon())
    assert export.rows > 100 and len(opened) == 1


@pytest.mark.parametrize("distinct", [False, True], ids=["repeated", "distinct"])
@pytest.mark.parametrize("slips", [3, 600], ids=["few", "many"])
def test_candidates_are_the_same_whichever_way_a_column_is_screened(distinct, slips):
    """A column that repeats itself is screened once per distinct text, slips of a pause
    word are looked up word by word when few and matched by pattern when many: the rows
    found never depend on the way."""
    import pyarrow as pa

    from passpause.pipeline import find_candidates

    texts = []
    for i in range(3000):
        suffix = f" {i}" if distinct else ""
        if i % 5 == 0:
            texts.append(f"Pause du 01/11 au 20/11{suffix}")
        elif i % 5 == 1 and i // 5 < slips:
            texts.append(f"Pausse ab 3.11.{suffix}")
        elif i % 5 == 2:
            texts.append(f"12/03/1990{suffix}")
        else:
            texts.append("" if i % 2 else f"Abend{suffix}")
    column = pa.chunked_array([texts[:1500], texts[1500:]])
    found = find_candidates(column, load_lexicon()).to_pylist()
    expected = [i for i, t in enumerate(texts) if t.startswith(("Pause ", "Pausse "))]
    assert found == expected
