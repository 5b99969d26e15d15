"""The platform's own export shapes: three note fields (Comment, Note, Warning), headers in
the studio's language (mixed with English), a semicolon CSV with a byte-order mark, date
and time columns beside the notes. A pause in any note field is read and says where it
came from; a pause anywhere else goes to review naming its column; every client is
identified, or the run says how. As of Monday 24 November 2025."""

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from passpause.cli import main

AS_OF = "2025-11-24"

GERMAN = ["Kundennummer", "Nachname", "Vorname", "E-Mail-Adresse", "Telefon", "Geburtsdatum",
          "Group", "Status", "Kommentar", "Notiz", "Warnung", "Created at"]
GERMAN_ROWS = [
    ["000311", "Keller", "Jonas", "jonas@example.de", "+41 79 000 00 11", "03.04.1990",
     "Abend", "aktiv", "Pause ab 3.11.2025 bis 16.11.2025, noch 12 Tage", "", "",
     "12.01.2024 18:30"],
    ["000312", "Huber", "Anna", "anna@example.at", "", "17.09.1985", "Morgen", "aktiv",
     "Zahlt bar", "Pausiert seit 01.11.2025 bis 20.11.2025, Restguthaben 9 Tage", "",
     "02.02.2024 09:15"],
    ["000313", "Weiß", "Lena", "lena@example.ch", "", "", "Abend", "aktiv", "", "",
     "Achtung: Pause vom 05.11. bis 19.11.2025, noch 7 Tage offen", "05.03.2024 10:00"],
    ["000314", "Brunner", "Max", "max@example.ch", "", "", "Pause bis 30.11.", "aktiv",
     "Schulterprobleme", "", "", "06.03.2024 11:00"],
    ["000315", "Meier", "Sara", "sara@example.ch", "", "", "Mittagspause", "aktiv",
     "", "", "", "07.03.2024 12:00"],
]


def _csv(path: Path, header, rows, *, delimiter=";", encoding="utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _run(tmp_path: Path, export: Path, *options: str):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(export), "--as-of", AS_OF, "--out", str(out),
                                       "--no-ledger", "--json", *options])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    with (out / f"import_{AS_OF}.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return summary, rows, out


def test_the_platforms_german_csv_reads_all_three_note_fields(tmp_path):
    export = _csv(tmp_path / "kunden.csv", GERMAN, GERMAN_ROWS)
    summary, rows, out = _run(tmp_path, export, "--include-open")
    fields = {row["customer_id"]: row["comment_field"] for row in rows}
    assert fields == {"000311": "Kommentar", "000312": "Notiz", "000313": "Warnung"}
    dates = {row["customer_id"]: (row["new_valid_from"], row["new_valid_until"]) for row in rows}
    assert dates["000311"] == ("2025-11-17", "2025-11-29")  # 16/11 a Sunday: back the 17th
    assert dates["000312"] == ("2025-11-21", "2025-11-30")
    assert dates["000313"] == ("2025-11-20", "2025-11-27")
    # the comment to paste back is that field's own text, marked reactivated
    notiz = next(row for row in rows if row["customer_id"] == "000312")
    assert notiz["comment_update"].startswith("Pausiert seit 01.11.2025")
    assert "Zahlt bar" not in notiz["comment_update"]
    # "Pause bis 30.11." in the Group column: to review, naming the column
    columns = {c["column"]: c for c in summary["columns"]}
    assert [c["kind"] for c in summary["columns"][:3]] == ["note"] * 3
    assert columns["Group"]["mentions"] == 2  # the pause, and a lunch break
    assert (columns["Group"]["review"], columns["Group"]["other_sense"]) == (1, 1)
    assert columns["Kommentar"]["cells"] == 3 and columns["Notiz"]["statements"] == 1
    assert summary["reconciled"] and summary["clients_identified_by"] == "customer_id"
    book = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx")
    review = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[5]) for r in review] == [(5, "Group")]
    assert "„Group“" in review[0][3] and "kein Notizfeld" in review[0][3]


def test_an_english_bookings_export_with_date_times_beside_the_notes(tmp_path):
    header = ["Customer ID", "First name", "Last name", "Email", "Last booking", "Created at",
              "Comment", "Note", "Warning"]
    rows = [
        ["C-1", "Emma", "Hart", "emma@example.com", "03/11/2025 18:30", "14/02/2024 09:00",
         "", "Paused from 03/11/2025 to 16/11/2025, 10 days left", ""],
        ["C-2", "Hugo", "Lane", "hugo@example.com", "20/10/2025 07:00", "01/03/2024 10:00",
         "prefers evening classes", "", "On hold since 01/11/2025 until 20/11/2025, 5 days left"],
    ]
    export = _csv(tmp_path / "customers.csv", header, rows, delimiter=",", encoding="utf-8")
    summary, imported, _ = _run(tmp_path, export)
    got = {row["customer_id"]: (row["comment_field"], row["new_valid_until"]) for row in imported}
    assert got == {"C-1": ("Note", "2025-11-27"), "C-2": ("Warning", "2025-11-26")}
    assert [c["column"] for c in summary["columns"] if c["kind"] == "note"] == [
        "Comment", "Note", "Warning"]


def test_a_french_workbook_with_its_three_fields(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["N° client", "Prénom", "Nom", "E-mail", "Commentaire", "Note",
                        "Avertissement"])
    book.active.append(["A1", "Léa", "Martin", "lea@example.fr",
                        "Pause du 03/11 au 16/11/2025, il reste 12 jours", "", ""])
    book.active.append(["A2", "Chloé", "Dubois", "chloe@example.fr", "", "",
                        "Pause depuis le 01/11/2025 jusqu'au 20/11/2025, il reste 6 jours"])
    export = tmp_path / "clients.xlsx"
    book.save(export)
    _, imported, _ = _run(tmp_path, export)
    got = {row["customer_id"]: (row["comment_field"], row["new_valid_until"]) for row in imported}
    assert got == {"A1": ("Commentaire", "2025-11-29"), "A2": ("Avertissement", "2025-11-27")}


def test_comment_column_may_be_given_several_times(tmp_path):
    export = _csv(tmp_path / "kunden.csv", GERMAN, GERMAN_ROWS)
    summary, rows, _ = _run(tmp_path, export, "--comment-column", "Notiz",
                            "--comment-column", "warnung", "--include-open")
    assert sorted(row["comment_field"] for row in rows) == ["Notiz", "Warnung"]
    # the Kommentar column is then a column like any other: its pause goes to review
    kommentar = next(c for c in summary["columns"] if c["column"] == "Kommentar")
    assert kommentar["kind"] == "other" and kommentar["review"] == 1


@pytest.mark.parametrize("header", ["Nº de socio", "Mitgliedsnummer", "Kunden-Nr.", "Member ID",
                                    "ID cliente", "Klantnummer", "Lidnummer"])
def test_customer_number_headers_in_every_language(tmp_path, header):
    export = _csv(tmp_path / "export.csv", [header, "Nombre", "Email", "Comentario"],
                  [["0042", "Lucía", "lucia@example.es",
                    "Pausa del 03/11/2025 al 16/11/2025, quedan 12 días"]])
    _, rows, _ = _run(tmp_path, export)
    assert [row["customer_id"] for row in rows] == ["0042"]


def test_an_unknown_number_header_is_named_with_id_column(tmp_path):
    export = _csv(tmp_path / "export.csv", ["Socio", "Nombre", "Email", "Comentario"],
                  [["0042", "Lucía", "lucia@example.es",
                    "Pausa del 03/11/2025 al 16/11/2025, quedan 12 días"]])
    summary, rows, _ = _run(tmp_path, export)
    assert summary["clients_identified_by"] == "email" and rows[0]["customer_id"] == ""
    summary, rows, _ = _run(tmp_path, export, "--id-column", "Socio", "--force")
    assert summary["clients_identified_by"] == "customer_id" and rows[0]["customer_id"] == "0042"


def test_without_a_number_column_the_run_says_clients_are_known_by_email(tmp_path):
    export = _csv(tmp_path / "export.csv", ["Prénom", "Nom", "E-mail", "Commentaire"],
                  [["Léa", "Martin", "lea@example.fr",
                    "Pause du 03/11 au 16/11/2025, il reste 12 jours"]])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(export), "--as-of", AS_OF, "--out", str(out),
                                       "--no-ledger"])
    assert result.exit_code == 0, result.output
    assert "les clients sont identifiés par leur e-mail" in result.output
    summary = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[-1]
    assert any("identifiés par leur e-mail" in str(cell.value)
               for row in summary.iter_rows() for cell in row)


def test_without_number_or_email_the_run_stops_listing_the_headers(tmp_path):
    export = _csv(tmp_path / "export.csv", ["Prénom", "Nom", "Commentaire"],
                  [["Léa", "Martin", "Pause du 03/11 au 16/11/2025, il reste 12 jours"]])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(export), "--as-of", AS_OF, "--out", str(out),
                                       "--no-ledger"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "Columns are: Prénom, Nom, Commentaire. Use --id-column NAME." in result.output
    assert not out.exists()


def test_a_row_without_its_number_says_so(tmp_path):
    export = _csv(tmp_path / "export.csv", ["N° client", "Prénom", "Nom", "E-mail", "Note"],
                  [["", "Léa", "Martin", "lea@example.fr",
                    "Pause du 03/11 au 16/11/2025, il reste 12 jours"]])
    _, rows, out = _run(tmp_path, export)
    assert rows[0]["customer_id"] == ""
    sheet = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[0]
    from passpause.write.labels import Labels

    column = [cell.value for cell in sheet[1]].index(Labels("fr")["warnings"])
    warnings = [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "Pas de numéro client sur cette ligne" in warnings[0]


def _every_export():
    root = Path(__file__).parents[1]
    return sorted([*(root / "tests" / "fixtures").glob("*.*"), *(root / "examples").glob("*.*")])


@pytest.mark.parametrize("export", [p for p in _every_export()
                                    if p.suffix in (".csv", ".xlsx", ".xlsm", ".xls", ".ods",
                                                    ".txt")], ids=lambda p: p.name)
def test_no_import_row_lacks_its_customer_number_unstated(export):
    """Across every fixture and example: an imported record without a customer number is
    either in a run that identifies clients by e-mail or carries its own warning."""
    from datetime import date

    import passpause
    from passpause.errors import PasspauseError
    from passpause.models import IMPORTED
    from passpause.pipeline import Settings

    try:
        analysis = passpause.analyse(export, Settings(export, date(2025, 11, 24), ledger=None))
    except PasspauseError:
        return  # a file that is refused writes no import row at all
    for row, record in analysis.records(*IMPORTED):
        assert (row.client.customer_id or analysis.identified_by == "email"
                or any(w.code == "no_customer_id" for w in record.warnings)), row


def _french_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["N° client", "Prénom", "Nom", "E-mail", "Commentaire"])
    book.active.append(["A1", "Léa", "Martin", "lea@example.fr",
                        "Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    book.save(path)
    return path


def test_excel_lock_file_among_the_exports_is_skipped_with_one_line(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    _french_workbook(exports / "lyon.xlsx")
    (exports / "~$lyon.xlsx").write_bytes(b"\x0aLea Martin" + b"\x00" * 150)  # as Excel writes
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", *map(str, sorted(exports.iterdir())), "--as-of",
                                       AS_OF, "--out", str(out), "--no-ledger"])
    assert result.exit_code == 0, result.output
    assert "Skipped ~$lyon.xlsx: Excel's lock file" in result.output
    assert "damaged" not in result.output
    assert (out / f"import_{AS_OF}.csv").exists()  # the one export, as if given alone
    alone = CliRunner().invoke(main, ["run", str(exports / "~$lyon.xlsx"), "--as-of", AS_OF,
                                      "--out", str(tmp_path / "o2"), "--no-ledger"])
    assert alone.exit_code == 2 and alone.output.count("\n") == 1
    assert alone.output.startswith("Error: '~$lyon.xlsx' is Excel's lock file")


@pytest.mark.parametrize("output", ["reactivations_{}.xlsx", "import_{}.csv"])
def test_passpauses_own_outputs_are_no_export(tmp_path, output):
    export = _french_workbook(tmp_path / "clients.xlsx")
    _run(tmp_path, export)
    written = tmp_path / "out" / output.format(AS_OF)
    result = CliRunner().invoke(main, ["run", str(written), "--as-of", AS_OF, "--out",
                                       str(tmp_path / "again"), "--no-ledger"])
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert "is a file passpause wrote" in result.output
    assert not (tmp_path / "again").exists()


@pytest.mark.parametrize("cell", [
    '<c r="E3" t="s"><v>99</v>', '<c r="E3" t="s"><v>-1</v>', '<c r="E3" t="s"><v>abc</v>',
    "<c r=\"E3\" t='s'><v>-1</v>", '<c r="E3" t = "s"><v> 14 </v>',
    '<c r="E3" t="s"><f>1</f><v>-1</v>', '<c r="E3" t="s"><v>18446744073709551617</v>'])
def test_a_damaged_shared_string_index_is_damage_not_an_empty_cell(tmp_path, cell):
    """The second client's note points to a shared text that does not exist: the run stops
    rather than read the cell as empty and lose the pause."""
    import zipfile

    import xlsxwriter

    made = tmp_path / "made.xlsx"
    book = xlsxwriter.Workbook(made)
    sheet = book.add_worksheet()
    for r, row in enumerate([["N° client", "Prénom", "Nom", "E-mail", "Commentaire"],
                             ["A1", "Léa", "Martin", "l@x.fr", "Pause du 03/11 au 16/11/2025, "
                              "il reste 12 jours"],
                             ["A2", "Zoé", "Dubois", "z@x.fr", "Pause du 01/11 au 20/11/2025, "
                              "il reste 6 jours"]]):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<c r="E3" t="s"><v>14</v>' in data
                data = data.replace(b'<c r="E3" t="s"><v>14</v>', cell.encode())
            target.writestr(item, data)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(damaged), "--as-of", AS_OF, "--out", str(out),
                                       "--no-ledger"])
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert result.output.startswith("Error: 'damaged.xlsx' is damaged: a cell points to")
    assert "save it again" in result.output and not out.exists()


def _mixed_export(path: Path, odd_at: str) -> Path:
    """A UTF-8 (BOM) export in which one row, or the header, was saved in Windows-1252."""
    header = "Kundennummer;Vorname;Nachname;E-Mail;Straße;Kommentar\r\n"
    rows = [f"{i:06d};Céline;Müller;c{i}@example.ch;Gasse 1;Schulterprobleme\r\n"
            for i in range(8000)]
    rows[3] = ("000003;Zoé;Weiß;z@example.ch;Weg 2;Pause ab 3.11.2025 bis 16.11.2025, noch 12 "
               "Tage\r\n")
    odd = ("900777;Renée;Jäger;r@example.ch;Gasse 3;Pausiert vom 1.11.2025 bis 20.11.2025, noch 9 "
           "Tage\r\n")
    parts = [header.encode("utf-8")] + [row.encode("utf-8") for row in rows]
    if odd_at == "header":
        parts[0] = header.encode("cp1252")
        parts.append(odd.encode("utf-8"))
    else:
        parts.insert(2 if odd_at == "early" else len(parts), odd.encode("cp1252"))
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(parts))
    return path


@pytest.mark.parametrize("odd_at", ["early", "late", "header"])
def test_a_utf8_export_with_one_windows_row_keeps_every_accent(tmp_path, odd_at):
    """No single encoding reads such a file: each line is read in the one that fits it,
    the UTF-8 rows keep their accents, and the odd row's pause goes to review."""
    from datetime import date

    import passpause
    from passpause.pipeline import Settings

    export = _mixed_export(tmp_path / "kunden.csv", odd_at)
    if odd_at == "late":
        assert export.stat().st_size > 300_000  # past what is sniffed at the start
    analysis = passpause.analyse(export, Settings(export, date(2025, 11, 24), ledger=None))
    clients = {row.client.customer_id: row for row in analysis.rows}
    assert clients["000003"].client.first_name == "Zoé"
    assert clients["000003"].client.last_name == "Weiß"
    assert [r.status for r in clients["000003"].records] == ["overdue"]
    renee = clients["900777"]
    assert (renee.client.first_name, renee.client.last_name) == ("Renée", "Jäger")
    if odd_at == "header":
        assert "Straße" in [field.header for field in analysis.fields]
        assert [r.status for r in renee.records] == ["overdue"] and not analysis.warnings
    else:
        assert [r.status for r in renee.records] == ["review"]
        assert renee.records[0].problems[0].code == "odd_encoding"
        [warning] = analysis.warnings
        assert warning.code == "mixed_encoding" and warning.values["count"] == "1"
    # nobody became "CÃ©line"
    assert all("Ã" not in row.client.first_name for row in analysis.rows)


@pytest.mark.parametrize("other, imported", [
    ("Pause from 03/11/2025 to 20/11/2025, 12 days left", False),  # another end
    ("Pause from 03/11/2025 to 16/11/2025, 12 days left", False),  # the same note twice
    ("Reactivated on 17/11/2025, valid until 05/12/2025", False),  # already done
    ("Pause cancelled, refunded", False),
    ("Do not reactivate - to check", False),
    ("Allergic to latex", True),  # nothing about the pause: the Comment stands
])
def test_two_note_fields_of_one_client_are_never_weighed_by_guesswork(tmp_path, other,
                                                                      imported):
    export = _csv(tmp_path / "customers.csv",
                  ["Customer number", "First name", "Last name", "Email", "Comment", "Warning"],
                  [["2001", "Ann", "Ash", "ann@example.com",
                    "Pause from 03/11/2025 to 16/11/2025, 12 days left", other]],
                  delimiter=",", encoding="utf-8")
    _, rows, out = _run(tmp_path, export)
    assert len(rows) == (1 if imported else 0)
    if not imported:
        review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
        reasons = [row[3] for row in review.iter_rows(min_row=2, values_only=True)]
        assert any("Another note field of this client (Warning)" in r for r in reasons)


def test_a_specific_customer_number_beats_a_generic_id_and_a_house_number_is_none(tmp_path):
    export = _csv(tmp_path / "kunden.csv",
                  ["ID", "Vorname", "Nachname", "E-Mail", "Straße", "Nr.", "Kundennummer",
                   "Kommentar"],
                  [["1", "Anna", "Huber", "a@example.at", "Hauptstraße", "12", "K-0042",
                    "Pause ab 3.11.2025 bis 16.11.2025, noch 12 Tage"]])
    summary, rows, _ = _run(tmp_path, export)
    assert [row["customer_id"] for row in rows] == ["K-0042"]


def _analysis(export: Path):
    from datetime import date

    import passpause
    from passpause.pipeline import Settings

    return passpause.analyse(export, Settings(export, date(2025, 11, 24), ledger=None))


def test_a_column_named_after_pauses_is_looked_at_whatever_its_cells_say(tmp_path):
    """``Pausiert von/bis`` is no note field: its dates are a pause the notes may not
    mention, so each filled cell goes to review naming the column; ``nein`` says none."""
    export = _csv(tmp_path / "kunden.csv",
                  ["Kundennummer", "Vorname", "Nachname", "E-Mail", "Pausiert von/bis",
                   "Kommentar"],
                  [["1", "Anna", "Huber", "a@example.at", "01.11.–20.11.2025", ""],
                   ["2", "Jonas", "Keller", "j@example.at", "nein", "Zahlt bar"],
                   ["3", "Lena", "Weiß", "l@example.at", "ja", ""]])
    summary, rows, out = _run(tmp_path, export)
    assert rows == []
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    reviewed = [(row[0], row[5]) for row in review.iter_rows(min_row=2, values_only=True)]
    assert reviewed == [(2, "Pausiert von/bis"), (4, "Pausiert von/bis")]
    assert summary["reconciled"]


def _two_sheets(path: Path, second: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Clients"
    book.active.append(["N° client", "Prénom", "Nom", "E-mail", "Commentaire"])
    book.active.append(["A1", "Léa", "Martin", "lea@example.fr",
                        "Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    other = book.create_sheet("Anciens")
    for row in second:
        other.append(row)
    book.save(path)
    return path


def test_another_sheet_with_data_is_named_never_passed_over_silently(tmp_path):
    export = _two_sheets(tmp_path / "clients.xlsx",
                         [["N° client", "Commentaire"], ["B2", "Pause du 01/11 au 30/11"]])
    [warning] = _analysis(export).warnings
    assert warning.code == "other_sheets" and warning.values["sheets"] == "Anciens"
    summary, _, _ = _run(tmp_path, export)
    assert any("Anciens" in line for line in summary["warnings"])
    empty = _two_sheets(tmp_path / "empty.xlsx", [])
    assert _analysis(empty).warnings == ()


@pytest.mark.parametrize("placeholder", ["n/a", "-", "#N/A", "0", " NULL ", "#NV", "k.A.",
                                         "\u2013", "000", "1.23457E+11", "true"])
def test_a_placeholder_is_no_customer_number(tmp_path, placeholder):
    export = _csv(tmp_path / "export.csv", ["N° client", "Prénom", "Nom", "E-mail", "Note"],
                  [[placeholder, "Léa", "Martin", "lea@example.fr",
                    "Pause du 03/11 au 16/11/2025, il reste 12 jours"],
                   [placeholder, "Paul", "Roy", "paul@example.fr", "Allergique"]])
    analysis = _analysis(export)
    [(row, record)] = analysis.records()
    assert row.client.customer_id == "" and record.status == "overdue"
    assert record.warnings[0].code == "no_customer_id"  # not two clients sharing "n/a"


def test_a_customer_number_on_two_rows_sends_their_pauses_to_review(tmp_path):
    export = _csv(tmp_path / "export.csv", ["N° client", "Prénom", "Nom", "E-mail", "Note"],
                  [["77", "Léa", "Martin", "lea@example.fr",
                    "Pause du 03/11 au 16/11/2025, il reste 12 jours"],
                   ["77 ", "Paul", "Roy", "paul@example.fr", ""],
                   ["78", "Zoé", "Blanc", "zoe@example.fr",
                    "Pause du 03/11 au 16/11/2025, il reste 12 jours"]])
    _, rows, out = _run(tmp_path, export)
    assert [row["customer_id"] for row in rows] == ["78"]
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    [reason] = [row[3] for row in review.iter_rows(min_row=2, values_only=True)]
    assert reason.startswith("Le numéro client 77 figure sur 2 lignes de l'export")


@pytest.mark.parametrize("named, what", [("Note", "note"), ("Prénom", "name")])
def test_id_column_refuses_a_note_or_a_name(tmp_path, named, what):
    export = _csv(tmp_path / "export.csv", ["Prénom", "Nom", "Note"],
                  [["Léa", "Martin", "Pause du 03/11 au 16/11/2025, il reste 12 jours"]])
    result = CliRunner().invoke(main, ["run", str(export), "--as-of", AS_OF, "--out",
                                       str(tmp_path / "out"), "--no-ledger", "--id-column",
                                       named])
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert result.output.startswith(f"Error: '{named}' in 'export.csv' is the client's {what}")


@pytest.mark.parametrize("header", [["N° client", "Prénom", "Nom", "E-mail", "Note"],
                                    ["Prénom", "Nom", "E-mail", "Note"]])
def test_a_row_with_neither_number_nor_email_goes_to_review(tmp_path, header):
    row = ["", "Léa", "Martin", "", "Pause du 03/11 au 16/11/2025, il reste 12 jours"]
    export = _csv(tmp_path / "export.csv", header, [row[-len(header):]])
    _, rows, out = _run(tmp_path, export)
    assert rows == []
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    [reason] = [row[3] for row in review.iter_rows(min_row=2, values_only=True)]
    assert reason.startswith("Cette ligne de l'export n'a ni numéro client ni e-mail")


def test_two_columns_with_one_name_are_told_apart(tmp_path):
    export = _csv(tmp_path / "kunden.csv",
                  ["Kundennummer", "Vorname", "Nachname", "E-Mail", "Notiz", "Notiz"],
                  [["1", "Anna", "Huber", "a@example.at", "Zahlt bar",
                    "Pause ab 3.11.2025 bis 16.11.2025, noch 12 Tage"]])
    summary, rows, _ = _run(tmp_path, export)
    assert [row["comment_field"] for row in rows] == ["Notiz (2)"]
    notes = [c for c in summary["columns"] if c["kind"] == "note"]
    assert [c["column"] for c in notes] == ["Notiz", "Notiz (2)"]
    assert [c["cells"] for c in notes] == [1, 1]


@pytest.mark.parametrize("header", ["Commentaire 2", "Notes internes", "Interne Notiz",
                                    "Remarques client"])
def test_a_note_field_named_in_a_few_words_is_a_note_field(tmp_path, header):
    export = _csv(tmp_path / "export.csv", ["N° client", "Prénom", "Nom", "E-mail", header],
                  [["9", "Léa", "Martin", "lea@example.fr",
                    "Pause du 03/11 au 16/11/2025, il reste 12 jours"]])
    _, rows, _ = _run(tmp_path, export)
    assert [(row["customer_id"], row["comment_field"]) for row in rows] == [("9", header)]


def test_libreoffice_lock_file_among_the_exports_is_skipped(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    _french_workbook(exports / "lyon.xlsx")
    (exports / ".~lock.lyon.xlsx#").write_text(",Léa,host,26.11.2026 09:00,file:///x;")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", *map(str, sorted(exports.iterdir())), "--as-of",
                                       AS_OF, "--out", str(out), "--no-ledger"])
    assert result.exit_code == 0, result.output
    assert "Skipped .~lock.lyon.xlsx#: LibreOffice's lock file" in result.output
    alone = CliRunner().invoke(main, ["run", str(exports / ".~lock.lyon.xlsx#"), "--as-of",
                                      AS_OF, "--out", str(tmp_path / "o2"), "--no-ledger"])
    assert alone.exit_code == 2 and alone.output.count("\n") == 1
    assert alone.output.startswith("Error: '.~lock.lyon.xlsx#' is LibreOffice's lock file")


def test_a_resaved_worksheet_with_its_review_sheet_first_is_no_export(tmp_path):
    export = _french_workbook(tmp_path / "clients.xlsx")
    _run(tmp_path, export)
    written = tmp_path / "out" / f"reactivations_{AS_OF}.xlsx"
    book = openpyxl.load_workbook(written)
    book.move_sheet(book.worksheets[1], offset=-1)
    book.active = 0
    book.save(tmp_path / "resaved.xlsx")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "resaved.xlsx"), "--as-of", AS_OF,
                                       "--out", str(tmp_path / "again"), "--no-ledger"])
    assert result.exit_code == 2 and "is a file passpause wrote" in result.output


@pytest.mark.parametrize("note", [
    "Pausenbeginn 01.10.2025, Pausenende 30.11.2025, Resttage 13",
    "Pausenzeitraum 01.10.-30.11.2025",
    "Suspendiert bis 30.11.2025, noch 13 Tage",
    "Pause01.10.2025-30.11.2025 noch 13 Tage",
    "Pauzeperiode 1/10 - 30/11/2025",
    "Stilllegungsantrag gestellt",
    "Pausenkonto: 13 Tage",
])
def test_a_note_that_looks_like_a_pause_but_cannot_be_read_goes_to_review(tmp_path, note):
    export = _csv(tmp_path / "kunden.csv", ["Kundennummer", "Vorname", "Nachname", "E-Mail",
                                            "Kommentar"],
                  [["1", "Anna", "Huber", "a@example.at", note],
                   ["2", "Jonas", "Keller", "j@example.at", "Mittagspause um 12"]])
    summary, rows, out = _run(tmp_path, export)
    assert rows == [] and summary["counts"]["review"] == 1 and summary["reconciled"]
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    [reason] = [row[3] for row in review.iter_rows(min_row=2, values_only=True)]
    assert "sieht nach einer Pause aus" in reason


def test_a_top_row_of_empty_text_cells_loses_no_client(tmp_path):
    """``<c t="inlineStr"/>`` cells above the header: the quick header read and the body
    must count rows from the same place, or the first clients are skipped."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["", "", "", "", ""])  # openpyxl writes empty inline strings
    sheet.append(["Kundennummer", "Vorname", "Nachname", "E-Mail", "Kommentar"])
    sheet.append(["1001", "Anna", "Aebi", "a@x.ch", "Pause ab 01.10.2025 bis 30.11.2025, "
                  "noch 10 Tage"])
    sheet.append(["1002", "Beat", "Bühler", "b@x.ch", "Pause ab 01.10.2025 bis 30.11.2025, "
                  "noch 12 Tage"])
    book.save(tmp_path / "kunden.xlsx")
    summary, rows, _ = _run(tmp_path, tmp_path / "kunden.xlsx")
    assert summary["rows_read"] == 2
    assert [(row["customer_id"], row["source_row"]) for row in rows] == [("1001", "3"),
                                                                          ("1002", "4")]


def test_a_windows_export_with_utf8_rows_far_down_is_read_line_by_line(tmp_path):
    header = "N° client;Prénom;Nom;E-mail;Commentaire\r\n"
    rows = [f"{i:05d};Hélène;Dupré;h{i}@example.fr;Allergie à l'arnica\r\n" for i in range(6000)]
    late = "99999;Noël;Côté;n@example.fr;Abonnement gelé du 03/11 au 16/11/2025, il reste 12 jours\r\n"
    data = (header + "".join(rows)).encode("cp1252") + late.encode("utf-8")
    assert len(data) > 300_000  # past what is sniffed at the start
    (tmp_path / "clients.csv").write_bytes(data)
    analysis = _analysis(tmp_path / "clients.csv")
    [noel] = [row for row in analysis.rows if row.client.customer_id == "99999"]
    assert (noel.client.first_name, noel.client.last_name) == ("Noël", "Côté")
    assert [r.status for r in noel.records] == ["review"]
    assert noel.records[0].problems[0].code == "odd_encoding"
    [warning] = analysis.warnings
    assert warning.values == {"count": "1", "rows": "6002", "file": "Windows-1252",
                              "read_as": "UTF-8"}


@pytest.mark.parametrize("header, cell", [
    ("Pausen-Kommentar", "01.10.2025 - 30.11.2025, noch 13 Tage"),
    ("Notiz Pause", "01.10.2025 - 30.11.2025"),
    ("Pausenbeginn", "01.10.2025"),
    ("Pausiert", "x"),
    ("Paused?", "X"),
])
def test_a_column_about_pauses_is_never_read_as_a_plain_note(tmp_path, header, cell):
    export = _csv(tmp_path / "kunden.csv",
                  ["Kundennummer", "Vorname", "Nachname", "E-Mail", header, "Kommentar"],
                  [["1", "Anna", "Huber", "a@example.at", cell, ""]])
    summary, rows, out = _run(tmp_path, export)
    assert rows == [] and summary["counts"]["review"] == 1
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    assert [row[5] for row in review.iter_rows(min_row=2, values_only=True)] == [header]


def test_a_pause_in_a_name_or_phone_column_is_looked_at(tmp_path):
    export = _csv(tmp_path / "kunden.csv",
                  ["Kundennummer", "Vorname", "Nachname", "E-Mail", "Telefon", "Kommentar"],
                  [["1", "Anna", "Aebi (PAUSE bis 30.11.2025)", "a@example.at", "", ""],
                   ["2", "Beat", "Bühler", "b@example.at", "079 Pause ab 01.10.2025", ""]])
    summary, rows, out = _run(tmp_path, export)
    assert rows == [] and summary["counts"]["review"] == 2
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    assert [(row[0], row[5]) for row in review.iter_rows(min_row=2, values_only=True)] == [
        (2, "Nachname"), (3, "Telefon")]


def test_clients_known_by_email_are_checked_like_numbers(tmp_path):
    """Two rows with one e-mail (any case), or an e-mail cell without an address: review."""
    note = "Pause du 03/11 au 16/11/2025, il reste 12 jours"
    export = _csv(tmp_path / "export.csv", ["Prénom", "Nom", "E-mail", "Commentaire"],
                  [["Léa", "Dupont", "famille.dupont@example.fr", note],
                   ["Paul", "Dupont", "Famille.Dupont@example.fr ", ""],
                   ["Zoé", "Blanc", "n/a", note],
                   ["Marc", "Roy", "marc@example.fr", note]])
    summary, rows, out = _run(tmp_path, export)
    assert [row["email"] for row in rows] == ["marc@example.fr"]
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    reasons = [row[3] for row in review.iter_rows(min_row=2, values_only=True)]
    assert reasons[0].startswith("L'e-mail famille.dupont@example.fr figure sur 2 lignes")
    assert reasons[1].startswith("Cette ligne de l'export n'a ni numéro client ni e-mail")


def test_a_note_is_not_imported_while_a_pause_column_speaks_too(tmp_path):
    export = _csv(tmp_path / "kunden.csv",
                  ["Kundennummer", "Vorname", "Nachname", "E-Mail", "Pausiert bis", "Kommentar"],
                  [["1", "Anna", "Huber", "a@example.at", "31.12.2025",
                    "Pause ab 01.10.2025 bis 30.11.2025, noch 13 Tage"],
                   ["2", "Jonas", "Keller", "j@example.at", "",
                    "Pause ab 01.10.2025 bis 30.11.2025, noch 13 Tage"]])
    summary, rows, out = _run(tmp_path, export)
    assert [row["customer_id"] for row in rows] == ["2"]
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    reasons = {(row[0], row[5]): row[3] for row in review.iter_rows(min_row=2, values_only=True)}
    assert reasons[(2, "Kommentar")].startswith(
        "Ein anderes Notizfeld dieses Kunden (Pausiert bis)")


def test_an_import_file_with_renamed_columns_is_no_export(tmp_path):
    export = _french_workbook(tmp_path / "clients.xlsx")
    (tmp_path / "passpause.toml").write_text(
        '[import]\ncolumns = { customer_id = "Member ID", new_valid_from = "Valid from", '
        'new_valid_until = "Valid until" }\n', encoding="utf-8")
    _run(tmp_path, export, "--config", str(tmp_path / "passpause.toml"))
    result = CliRunner().invoke(main, ["run", str(tmp_path / "out" / f"import_{AS_OF}.csv"),
                                       "--as-of", AS_OF, "--out", str(tmp_path / "again"),
                                       "--no-ledger"])
    assert result.exit_code == 2 and "is a file passpause wrote" in result.output


def test_headers_that_would_collide_get_names_of_their_own(tmp_path):
    export = _csv(tmp_path / "kunden.csv",
                  ["Kundennummer", "Vorname", "Nachname", "E-Mail", "Notiz", "Notiz (2)", "Notiz",
                   ""],
                  [["1", "Anna", "Huber", "a@example.at", "", "",
                    "Pause ab 3.11.2025 bis 16.11.2025, noch 12 Tage", "Pause bis 30.11."]])
    summary, rows, out = _run(tmp_path, export)
    columns = [c["column"] for c in summary["columns"]]
    assert columns[:3] == ["Notiz", "Notiz (2)", "Notiz (3)"] and "column H" in columns
    assert rows == []  # column H speaks of a pause too: the note goes to review
    review = openpyxl.load_workbook(out / f"reactivations_{AS_OF}.xlsx").worksheets[1]
    assert sorted(row[5] for row in review.iter_rows(min_row=2, values_only=True)) == [
        "Notiz (3)", "column H"]


def test_a_chart_sheet_before_the_clients_is_passed_over(tmp_path):
    import xlsxwriter

    path = tmp_path / "kunden.xlsx"
    book = xlsxwriter.Workbook(str(path))
    chart_sheet = book.add_chartsheet("Diagramm")  # added first: the first tab
    clients = book.add_worksheet("Kunden")
    clients.write_row(0, 0, ["Kundennummer", "Vorname", "Nachname", "E-Mail", "Kommentar"])
    clients.write_row(1, 0, ["1001", "Anna", "Aebi", "a@x.ch",
                             "Pause ab 01.10.2025 bis 30.11.2025, noch 10 Tage"])
    chart = book.add_chart({"type": "column"})
    chart.add_series({"values": "=Kunden!$A$2:$A$2"})
    chart_sheet.set_chart(chart)
    book.close()
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", AS_OF, "--out", str(out),
                                       "--no-ledger", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["warnings"] == []  # a chart holds no clients
    with (out / f"import_{AS_OF}.csv").open(encoding="utf-8") as handle:
        assert [row["customer_id"] for row in csv.DictReader(handle)] == ["1001"]


def test_excels_sep_line_is_no_row(tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_text("sep=;\r\nKundennummer;Vorname;Nachname;E-Mail;Kommentar\r\n"
                    "1001;Anna;Aebi;a@x.ch;Pause ab 01.10.2025 bis 30.11.2025, noch 10 Tage\r\n",
                    encoding="utf-8")
    _, rows, _ = _run(tmp_path, path)
    assert [(row["customer_id"], row["source_row"]) for row in rows] == [("1001", "2")]
