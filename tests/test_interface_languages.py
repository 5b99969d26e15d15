"""Six interface languages: every label exists in each, and a workbook written in one holds
no label of another (names, notes and numbers aside)."""

import csv
import re
import string
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from passpause.cli import main
from passpause.write.labels import LABELS_FILE, Labels, languages

EXAMPLE = Path(__file__).parents[1] / "examples" / "export-clients.xlsx"


def _table() -> list[dict]:
    with LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_there_are_six_interface_languages():
    assert languages() == ("en", "fr", "de", "es", "it", "nl")


@pytest.mark.parametrize("row", _table(), ids=lambda row: row["key"])
def test_every_label_exists_in_every_language_with_the_same_placeholders(row):
    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for lang in languages():
        assert row[lang].strip() or row["key"] == "thousands", (row["key"], lang)
        assert fields(row[lang]) == fields(row["en"]), (row["key"], lang)


def _cells(path: Path) -> tuple[list[str], set[str]]:
    book = openpyxl.load_workbook(path)
    texts = {str(cell.value).strip() for sheet in book.worksheets for row in sheet.iter_rows()
             for cell in row if isinstance(cell.value, str)}
    return book.sheetnames, texts


@pytest.mark.parametrize("lang", languages())
def test_the_example_workbook_speaks_one_language(tmp_path, lang):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(EXAMPLE), "--as-of", "2025-11-24", "--out",
                                       str(out), "--no-ledger", "--lang", lang])
    assert result.exit_code == 0, result.output
    sheets, texts = _cells(out / "reactivations_2025-11-24.xlsx")
    labels = Labels(lang)
    for key in ("sheet_records", "sheet_review", "sheet_summary"):
        assert labels[key] in sheets
    own = {row[lang].strip() for row in _table()}
    book = openpyxl.load_workbook(out / "reactivations_2025-11-24.xlsx")
    for name in (labels["sheet_records"], labels["sheet_review"]):
        header = [cell.value for cell in book[name][1] if cell.value]
        assert header and set(header) <= own, (name, set(header) - own)
    mine = {row[lang].strip() for row in _table()}
    # names: the export's own words (its headers, products as the notes write them)
    mine |= {word for text in _cells(EXAMPLE)[1] for word in re.findall(r"\w+", text)}
    for other in languages():
        if other == lang:
            continue
        foreign = {row[other].strip() for row in _table()
                   if "{" not in row[other] and len(row[other]) >= 4} - mine
        assert not foreign & texts, (other, sorted(foreign & texts)[:5])


@pytest.mark.parametrize("lang, start", [
    ("fr", "Erreur : « missing.xlsx » n'existe pas"),
    ("de", "Fehler: „missing.xlsx“ existiert nicht"),
    ("en", "Error: 'missing.xlsx' does not exist"),
])
def test_an_error_line_speaks_the_users_language(tmp_path, lang, start):
    result = CliRunner().invoke(main, ["run", "missing.xlsx", "--as-of", "2025-11-24", "--out",
                                       str(tmp_path / "out"), "--lang", lang])
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert result.output.startswith(start), result.output


def test_every_keyed_error_has_its_words_in_every_language():
    """An error raised with a key finds that key in the table, with the same
    placeholders the raising code passes."""
    import ast

    root = Path(__file__).parents[1] / "passpause"
    keys = {row["key"] for row in _table()}
    raised = []
    for source in root.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                names = {k.arg for k in node.keywords}
                key = next((k.value for k in node.keywords if k.arg == "key"), None)
                if "key" in names and isinstance(key, ast.Constant):
                    raised.append((key.value, names - {"key"}))
                elif "key" in names and isinstance(key, ast.IfExp):
                    raised += [(branch.value, names - {"key"}) for branch in (key.body, key.orelse)]
    assert len(raised) >= 20
    for key, params in raised:
        assert key in keys, key
        row = next(row for row in _table() if row["key"] == key)
        for lang in languages():
            fields = {name for _, name, _, _ in string.Formatter().parse(row[lang]) if name}
            assert fields <= params, (key, lang, fields - params)
