"""The workbook read back: sheets, table, dates, labels per language, no formulas from input."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from passpause.pipeline import Settings, run

FIXTURES = Path(__file__).parent / "fixtures"


def write_export(path: Path, comments: list[str]) -> Path:
    rows = ["Customer ID,First name,Last name,Email,Comment"]
    for index, comment in enumerate(comments, start=1):
        quoted = '"' + comment.replace('"', '""') + '"'
        rows.append(f"{index:04d},=cmd|' /C calc'!A0,@SUM(1),a@b.c,{quoted}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("lang, records, review, summary, date_format", [
    ("fr", "Réactivations", "À vérifier", "Résumé", "dd/mm/yyyy"),
    ("de", "Reaktivierungen", "Zu prüfen", "Übersicht", "dd.mm.yyyy"),
    ("en", "Reactivations", "To review", "Summary", "yyyy-mm-dd"),
])
def test_workbook_per_language(tmp_path, lang, records, review, summary, date_format):
    export = write_export(tmp_path / "clients.csv", [
        "=HYPERLINK(\"http://evil\") Paused 1 Nov to 20 Nov 2025, 9 days left",
        "+Paused from 31/09/2025, 3 days left",
        "-lunch break",
    ])
    result = run(Settings(export, dt.date(2025, 11, 24), out_dir=tmp_path / "out", lang=lang))
    book = openpyxl.load_workbook(result.outputs["worksheet"])
    assert book.sheetnames == [records, review, summary]

    sheet = book[records]
    assert sheet.freeze_panes == "A2"
    [table] = sheet.tables.values()
    assert table.ref == "A1:S2"
    row = [cell for cell in sheet[2]]
    dates = [c for c in row if isinstance(c.value, dt.datetime)]
    assert {c.value.date() for c in dates} >= {dt.date(2025, 11, 21), dt.date(2025, 11, 30)}
    assert all(c.number_format == date_format for c in dates)

    for name in book.sheetnames:
        for line in book[name].iter_rows():
            for cell in line:
                assert cell.data_type != "f", (name, cell.coordinate, cell.value)
    texts = [c.value for c in row if isinstance(c.value, str)]
    assert any(t.startswith("=cmd|") for t in texts)  # kept as text, not run

    review_rows = list(book[review].iter_rows(min_row=2, values_only=True))
    assert review_rows[0][0] == 3 and review_rows[0][4].startswith("+Paused")


def test_import_csv_neutralises_formulas(tmp_path):
    export = write_export(tmp_path / "clients.csv",
                          ["=1+2 Paused 1 Nov to 20 Nov 2025, 9 days left"])
    result = run(Settings(export, dt.date(2025, 11, 24), out_dir=tmp_path / "out"))
    text = Path(result.outputs["import"]).read_text(encoding="utf-8")
    assert ",'=cmd|" in text and ",'@SUM(1)," in text and "\"'=1+2 Paused" in text
