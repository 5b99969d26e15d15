"""The workbook read back: sheets, tables, dates, validation, chart, print setup, messages."""

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from passpause.pipeline import Settings, run

AS_OF = dt.date(2025, 11, 24)
NOTES = [
    ("Élodie", "=HYPERLINK(\"http://evil\") Paused 1 Nov to 20 Nov 2025, 9 days left"),
    ("Jörg", "Pause vom 01.11. bis 23.11.2025, noch 10 Tage"),
    ("Chloé", "Pause du 10/11 au 26/11/2025, il reste 5 jours sur le pass mensuel"),
    ("Lucía", "Pausa del 10/11 al 29/11/2025, quedan 6 clases y 20 días"),
    ("Giulia", "Pausa dal 10/11 al 30/11/2025, restano 8 giorni"),
    ("Daan", "Pauze van 1 t/m 24 november 2025, nog 12 dagen"),
    ("Ann", "+Paused from 31/09/2025, 3 days left"),
    ("Bob", "Paused from 1 Nov 2025 until 14 Dec 2025, 5 days left"),
    ("", "-lunch break"),
]


def write_export(path: Path) -> Path:
    rows = ["Customer ID,First name,Last name,Email,Comment"]
    for index, (first, note) in enumerate(NOTES, start=1):
        quoted = '"' + note.replace('"', '""') + '"'
        rows.append(f"{index:04d},{first},@SUM(1),c{index}@example.org,{quoted}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=["fr", "de", "en"])
def workbook(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    result = run(Settings(write_export(tmp / "clients.csv"), AS_OF, out_dir=tmp / "out",
                          lang=request.param))
    path = Path(result.outputs["worksheet"])
    return request.param, path, openpyxl.load_workbook(path)


SHEETS = {"fr": ["Réactivations", "À vérifier", "Messages", "Résumé"],
          "de": ["Reaktivierungen", "Zu prüfen", "Nachrichten", "Übersicht"],
          "en": ["Reactivations", "To review", "Messages", "Summary"]}
DATE_FORMATS = {"fr": "dd/mm/yyyy", "de": "dd.mm.yyyy", "en": "yyyy-mm-dd"}


def test_sheet_names_follow_the_language(workbook):
    lang, _, book = workbook
    assert book.sheetnames == SHEETS[lang]


def _column(sheet, lang: str, key: str) -> int:
    """The 0-based position of a labelled column."""
    from passpause.write.labels import Labels

    return [cell.value for cell in sheet[1]].index(Labels(lang)[key])


def test_records_are_a_table_with_frozen_header_and_name_and_fitted_columns(workbook):
    lang, _, book = workbook
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "D2"  # the header row, and status and name in view
    [table] = sheet.tables.values()
    assert table.ref == "A1:T8"  # 7 reactivations, 20 columns
    assert table.autoFilter is not None and table.tableStyleInfo.name == "TableStyleMedium2"
    # what a manager acts on comes first: status, the name, the new validity, done
    assert [_column(sheet, lang, key) for key in ("status", "first_name", "last_name",
                                                 "new_valid_from", "new_valid_until",
                                                 "done")] == [0, 1, 2, 5, 6, 8]
    assert _column(sheet, lang, "comment") > _column(sheet, lang, "email") > 8
    email, comment = (_column(sheet, lang, key) for key in ("email", "comment"))
    letter = openpyxl.utils.get_column_letter
    longest_email = max(len(c.value) for c in sheet[letter(email + 1)][1:])
    assert sheet.column_dimensions[letter(email + 1)].width > longest_email
    assert sheet.column_dimensions[letter(comment + 1)].width >= 30
    assert 10 < sheet.column_dimensions["A"].width < 25
    assert sheet.cell(row=2, column=comment + 1).alignment.wrap_text


def test_time_owed_is_a_number_of_days(workbook):
    """Typed, so it sums and filters: 41, shown as "41 jours"."""
    from passpause.write.labels import Labels

    lang, _, book = workbook
    sheet = book.worksheets[0]
    column = _column(sheet, lang, "remaining")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(cell.value, int) for cell in cells)
    assert sheet.column_dimensions[openpyxl.utils.get_column_letter(column + 1)] is not None
    days = Labels(lang)["days"]
    styles = {cell.number_format for cell in cells}
    assert styles == {f'0 "{days}"'}, styles


def test_rows_are_sorted_overdue_due_upcoming_then_by_resume_date(workbook):
    lang, _, book = workbook
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    resume = [r[_column(sheet, lang, "resume_date")] for r in rows]
    fills = [sheet.cell(row=i, column=1).fill.fgColor.rgb for i in range(2, 2 + len(rows))]
    order = {"FFFFC7CE": 0, "FFFFEB9C": 1, "FFEDEDED": 2, "FFDDEBF7": 3}
    ranks = [order[f] for f in fills]
    assert ranks == sorted(ranks) and ranks[0] == 0 and 2 in ranks
    for a, b, ra, rb in zip(resume, resume[1:], ranks, ranks[1:]):
        if ra == rb:
            assert a <= b


def test_dates_are_real_dates_in_the_languages_format(workbook):
    lang, _, book = workbook
    sheet = book.worksheets[0]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row
             if isinstance(c.value, dt.datetime)]
    assert len(cells) >= 7 * 3
    assert {c.number_format for c in cells} == {DATE_FORMATS[lang]}


def test_done_column_has_a_drop_down(workbook):
    lang, _, book = workbook
    sheet = book.worksheets[0]
    [validation] = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert str(validation.sqref) == "I2:I8"
    words = {"fr": '"oui,non"', "de": '"ja,nein"', "en": '"yes,no"'}[lang]
    assert validation.formula1 == words


def test_review_sheet_is_a_table_with_the_reason_in_words(workbook):
    lang, _, book = workbook
    sheet = book.worksheets[1]
    [table] = sheet.tables.values()
    assert table.ref == "A1:H2"
    assert sheet.freeze_panes == "A2"
    row = next(sheet.iter_rows(min_row=2, values_only=True))
    assert row[0] == 8 and "31/09/2025" in row[3] and row[5] in ("Commentaire", "Comment")  # the export's own header
    assert row[6] == "c7@example.org"  # reviewing means calling or writing to the client
    assert sheet.cell(row=2, column=5).quotePrefix  # "+Paused ..." stays text


def test_messages_follow_the_language_of_each_note(workbook):
    _, _, book = workbook
    sheet = book.worksheets[2]
    rows = {r[1] or r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert {name: r[4] for name, r in rows.items()} == {
        "Élodie": "en", "Jörg": "de", "Chloé": "fr", "Lucía": "es", "Giulia": "it",
        "Daan": "nl"}
    assert rows["Chloé"][5] == "Réactivation de votre pass mensuel"
    assert rows["Chloé"][6].startswith("Bonjour Chloé,")
    assert "jusqu'au 2 décembre 2025 inclus" in rows["Chloé"][6]
    assert "bis einschließlich 4. Dezember 2025" in rows["Jörg"][6]
    assert "Te quedan 6 clases por usar." in rows["Lucía"][6]
    assert "fino al 9 dicembre 2025" in rows["Giulia"][6]
    assert "tot en met 7 december 2025" in rows["Daan"][6]
    assert rows["Élodie"][0] == "c1@example.org"


def test_summary_has_the_run_facts_counts_and_reconciliation(workbook):
    lang, path, book = workbook
    sheet = book.worksheets[3]
    values = [v for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert dt.datetime(2025, 11, 24) in values
    assert "clients.csv" in values
    assert any(isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v) for v in values)
    assert "✓" in values


def test_summary_has_a_native_chart_of_reactivations_per_week(workbook):
    lang, path, _ = workbook
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        charts = [n for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        assert len(charts) == 1
        chart = archive.read(charts[0]).decode()
    assert "<c:barChart>" in chart and '<c:barDir val="col"/>' in chart
    summary = SHEETS[lang][3]
    assert f"'{summary}'!$A$" in chart or f"{summary}!$A$" in chart
    points = re.findall(r"<c:v>([^<]*)</c:v>", chart)
    assert len([p for p in points if p.isdigit()]) >= 9  # overdue + 8 weeks


def test_every_sheet_is_print_ready(workbook):
    lang, _, book = workbook
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize in ("9", 9)  # A4
        assert "24" in sheet.oddHeader.left.text and "2025" in sheet.oddHeader.left.text
    for sheet in book.worksheets[2:]:
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # one page wide (1 is the file format's default, so it may be left out), any height
        assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    # the reactivations print the columns to act on, the review sheet the reasons and the
    # notes, at a scale that keeps 11-point text at 8 points or more
    records, review = book.worksheets[:2]
    assert records.print_area.endswith("$A$1:$I$8")
    assert review.print_area.endswith("$A$1:$E$2")
    for sheet in (records, review):
        assert not sheet.sheet_properties.pageSetUpPr.fitToPage
        assert 73 <= int(sheet.page_setup.scale or 100) <= 100  # 100 is left out
    for sheet in book.worksheets[:3]:
        assert sheet.print_title_rows == "$1:$1"


def test_no_cell_is_a_formula(workbook):
    _, _, book = workbook
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)


def test_import_csv_neutralises_formulas(tmp_path):
    result = run(Settings(write_export(tmp_path / "clients.csv"), AS_OF,
                          out_dir=tmp_path / "out"))
    text = Path(result.outputs["import"]).read_text(encoding="utf-8")
    assert ",'@SUM(1)," in text and "\"'=HYPERLINK(\"\"http://evil\"\") Paused" in text


def test_outputs_are_readable_like_any_file_the_user_creates(tmp_path):
    import os
    import stat

    result = run(Settings(write_export(tmp_path / "clients.csv"), AS_OF,
                          out_dir=tmp_path / "out"))
    umask = os.umask(0)
    os.umask(umask)
    for path in result.outputs.values():
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o666 & ~umask


@pytest.mark.skipif(__import__("shutil").which("soffice") is None,
                    reason="LibreOffice is not installed here")
def test_libreoffice_opens_the_workbook_and_prints_it(tmp_path):
    import subprocess

    result = run(Settings(write_export(tmp_path / "clients.csv"), AS_OF,
                          out_dir=tmp_path / "out"))
    done = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                           str(tmp_path), result.outputs["worksheet"]],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "reactivations_2025-11-24.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(__import__("shutil").which("soffice") is None
                    or __import__("shutil").which("pdftotext") is None,
                    reason="LibreOffice or poppler's pdftotext is not installed here")
@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_printed_reactivations_fit_a4_at_a_legible_size(tmp_path, lang):
    """Rendered by LibreOffice: the first page holds every column to act on (up to Done)
    and its text is 8 points or more. Word boxes in poppler's PDF text are 1.3 times the
    font size for this font (measured: 13.1 points for 11-point text at 92 %)."""
    import statistics
    import subprocess

    from passpause.write.labels import Labels

    example = Path(__file__).parents[1] / "examples" / "export-clients.xlsx"
    result = run(Settings(example, AS_OF, out_dir=tmp_path / "out", lang=lang))
    done = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                           str(tmp_path), result.outputs["worksheet"]],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    boxes = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox",
                            str(tmp_path / "reactivations_2025-11-24.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', boxes)
    text = " ".join(word for _, _, word in words)
    labels = Labels(lang)
    assert labels["done"] in text and labels["status"] in text
    heights = [float(bottom) - float(top) for top, bottom, _ in words]
    assert min(heights) / 1.3 >= 8, statistics.median(heights)


def test_messages_are_signed_by_the_studio_and_read_naturally(tmp_path):
    """The studio's name and signature from its configuration; one class is "1 séance",
    products as a sentence writes them; an overdue client may book right away."""
    from passpause.config import load_config

    config = tmp_path / "passpause.toml"
    config.write_text('[studio]\nname = "Studio Lumière"\nsignature = "Anna et l\'équipe"\n'
                      'reply_to = "bonjour@lumiere.example"\n\n[[product]]\n'
                      'name = "Carnet Zen"\nkind = "pack"\nvalidity = "6 months"\n',
                      encoding="utf-8")
    export = tmp_path / "clients.csv"
    export.write_text(
        "N° client,Prénom,Nom,E-mail,Commentaire\n"
        "1,Chloé,Roy,c@example.fr,\"PASS MENSUEL en pause du 03/11 au 16/11/2025, il reste "
        "12 jours\"\n"
        "2,Inès,Blanc,i@example.fr,\"carnet zen en pause du 20/11 au 30/11/2025, il reste "
        "1 séance et 10 jours\"\n", encoding="utf-8")
    result = run(Settings(export, AS_OF, out_dir=tmp_path / "out",
                          config=load_config(config)))
    sheet = openpyxl.load_workbook(result.outputs["worksheet"]).worksheets[2]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    chloe, ines = rows["Chloé"], rows["Inès"]
    assert chloe[5] == "Studio Lumière – Réactivation de votre pass mensuel"
    assert "Votre pass mensuel est de nouveau actif depuis le 17 novembre 2025 : vous " \
           "pouvez réserver dès maintenant" in chloe[6]
    assert chloe[6].endswith("À très bientôt au studio !\n\nAnna et l'équipe")
    assert chloe[7] == "bonjour@lumiere.example"
    assert "votre Carnet Zen à partir du 1er décembre 2025" in ines[6]
    assert "Il vous reste 1 séance à utiliser." in ines[6]
