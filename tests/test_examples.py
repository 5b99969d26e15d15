"""The bundled examples, end to end: the import file and the worksheet row by row against
the expectations written next to each case in examples/make_examples.py."""

import csv
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from passpause.cli import main
from passpause.dates import Rules
from passpause.pipeline import analyse_comment
from passpause.write.importfile import COLUMNS

ROOT = Path(__file__).parents[1]
from examples import make_examples

EXAMPLES = [("export-clients.xlsx", make_examples.FRENCH_EXPECTED, "Réactivations",
             "À vérifier"),
            ("kunden-export.csv", make_examples.GERMAN_EXPECTED, "Reaktivierungen", "Zu prüfen")]
IMPORTED = ("overdue", "due")


@pytest.fixture(scope="module", params=EXAMPLES, ids=[e[0] for e in EXAMPLES])
def run_example(request, tmp_path_factory):
    name, expected, records_sheet, review_sheet = request.param
    out = tmp_path_factory.mktemp("out")
    # module-scoped: conftest's private ledger is not set up yet, so give it one here
    ledger = tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"
    result = CliRunner(env={"PASSPAUSE_LEDGER": str(ledger)}).invoke(
        main, ["run", str(ROOT / "examples" / name), "--as-of",
               make_examples.AS_OF.isoformat(), "--out", str(out)])
    assert result.exit_code == 0, result.output
    stamp = make_examples.AS_OF.isoformat()
    with (out / f"import_{stamp}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames
        rows = list(reader)
    book = openpyxl.load_workbook(out / f"reactivations_{stamp}.xlsx")
    return {"expected": expected, "header": header, "rows": rows, "book": book,
            "records_sheet": records_sheet, "review_sheet": review_sheet}


def test_import_has_exactly_the_contract_columns(run_example):
    assert tuple(run_example["header"]) == COLUMNS


def test_import_rows_match_the_documented_expectations(run_example):
    want = sorted(
        (str(row), o.status, o.valid_from, o.valid_until)
        for row, case in run_example["expected"].items()
        for o in case.outcomes if o.status in IMPORTED
    )
    got = sorted((r["source_row"], r["status"], r["new_valid_from"], r["new_valid_until"])
                 for r in run_example["rows"])
    assert got == want


def test_import_rows_are_consistent(run_example):
    from datetime import date

    for row in run_example["rows"]:
        start, end = date.fromisoformat(row["new_valid_from"]), date.fromisoformat(
            row["new_valid_until"])
        assert int(row["remaining_days"]) == (end - start).days
        assert row["action"] == "extend"
        assert row["customer_id"].startswith("0")  # leading zeros kept
        assert not row["comment_update"].startswith(("=", "+", "-", "@"))


def test_nothing_uncertain_reaches_the_import_file(run_example):
    uncertain = {str(row) for row, case in run_example["expected"].items()
                 if all(o.status not in IMPORTED for o in case.outcomes)}
    assert uncertain.isdisjoint(r["source_row"] for r in run_example["rows"])


def test_comment_update_closes_the_pause_next_week(run_example):
    for row in run_example["rows"]:
        text = row["comment_update"].removeprefix("'")
        records, _ = analyse_comment(text, Rules(make_examples.AS_OF))
        assert records and all(r.status in ("closed",) for r in records), text


def test_review_sheet_lists_every_review_case_with_a_reason(run_example):
    sheet = run_example["book"][run_example["review_sheet"]]
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    want = sorted(row for row, case in run_example["expected"].items()
                  for o in case.outcomes if o.status == "review")
    assert sorted(r[0] for r in rows) == want
    assert all(r[3] and len(r[3]) > 20 for r in rows)  # a reason in words


def test_records_sheet_holds_every_actionable_record_in_order(run_example):
    sheet = run_example["book"][run_example["records_sheet"]]
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    actionable = [o for case in run_example["expected"].values() for o in case.outcomes
                  if o.status in ("overdue", "due", "upcoming", "open")]
    assert len(rows) == len(actionable)
    order = {"overdue": 0, "due": 1, "upcoming": 2, "open": 3}
    labels = [r[0] for r in rows]
    assert labels == sorted(labels, key=lambda label: next(
        order[s] for s in order if label in _status_words(s)))


def _status_words(status):
    from passpause.write.labels import Labels

    return {Labels(lang)[status] for lang in ("fr", "de", "en")}


def test_the_example_file_matches_its_generator():
    book = openpyxl.load_workbook(ROOT / "examples" / "export-clients.xlsx")
    sheet = book.active
    for row, case in make_examples.FRENCH_EXPECTED.items():
        assert sheet.cell(row=row, column=8).value == case.comment
    with (ROOT / "examples" / "kunden-export.csv").open(encoding="cp1252") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    for row, case in make_examples.GERMAN_EXPECTED.items():
        assert lines[row - 1][6] == case.comment


def test_the_examples_are_as_large_as_promised():
    french = make_examples.FRENCH_EXPECTED
    assert make_examples.FRENCH_ROWS >= 150
    assert sum(len(c.outcomes) for c in french.values()) >= 40
    statuses = {o.status for c in french.values() for o in c.outcomes}
    assert statuses >= {"overdue", "due", "upcoming", "open", "review", "closed", "other"}


def test_the_library_run_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc
    from datetime import date

    from passpause.pipeline import Settings, run

    export = Path(__file__).parent.parent / "examples" / "kunden-export.csv"
    for enabled in (True, False):
        gc.enable() if enabled else gc.disable()
        try:
            result = run(Settings(export=export, as_of=date(2025, 11, 24),
                                  out_dir=tmp_path / str(enabled)))
            assert gc.isenabled() is enabled
            assert result.reconciled
        finally:
            gc.enable()
