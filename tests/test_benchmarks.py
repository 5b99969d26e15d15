"""The benchmark tooling on a tiny size, so it never rots (no timing is asserted)."""

import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
from benchmarks import generate
from benchmarks import run as bench


def test_the_generator_makes_realistic_exports(tmp_path):
    csv_path = generate.export_path(tmp_path, 2000, "csv")
    xlsx_path = generate.export_path(tmp_path, 300, "xlsx")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2001 and lines[0].startswith("N° client,")
    notes = [line for line in lines if "ause" in line or "pausiert" in line]
    assert 5 < len(notes) < 200  # about 1 % pause notes, plus lunch breaks
    assert xlsx_path.stat().st_size > 10_000


def test_the_benchmark_prints_its_table(tmp_path, capsys):
    report = bench.main(["--csv", "500", "--distinct", "400", "--xlsx", "200", "--repeat",
                         "1", "--notes", "5", "--seconds", "0.01", "--detection-sample", "0",
                         "--data", str(tmp_path)])
    assert "| CSV 500 rows | pandas.read_csv |" in report
    assert "| CSV 400 rows, every pause note distinct | pandas.read_csv |" in report
    assert "| XLSX 200 rows | fastexcel to Arrow |" in report
    assert "parse_comment vs search_dates" in report


def test_a_run_never_imports_pandas(tmp_path):
    """pandas is installed next to pyarrow here, and pyarrow imports it (a fifth of a
    second) as soon as a Python value is handed to Arrow: the hot path must not."""
    import subprocess

    export = generate.export_path(tmp_path, 3000, "csv")
    code = ("import sys; from passpause.cli import main\n"
            "try:\n    main()\nexcept SystemExit as end:\n    assert not end.code, end.code\n"
            "print('pandas' in sys.modules)")
    done = subprocess.run(
        [sys.executable, "-c", code, "run", str(export), "--as-of", "2025-11-24",
         "--out", str(tmp_path / "out"), "--no-ledger"],
        capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_distinct_exports_never_repeat_a_pause_note(tmp_path):
    import csv

    pool = set(generate.pause_notes())
    with generate.export_path(tmp_path, 5000, "csv", distinct=True).open(encoding="utf-8") as f:
        notes = [row[11] for row in csv.reader(f) if row[11].split(" — ")[0] in pool]
    assert len(notes) > 20 and len(set(notes)) == len(notes)


def test_the_distinct_suffix_changes_no_reading():
    from datetime import date

    from passpause import parse_comment

    def reading(note):
        return [(r.status, r.pause_start, r.resume_date, r.new_valid_from, r.new_valid_until,
                 r.statement.product, r.statement.reason)
                for r in parse_comment(note, as_of=date(2025, 11, 24))]

    suffix = generate.DISTINCT_SUFFIX.format(name="Camille", number=12345)
    for note in generate.pause_notes():
        assert reading(note + suffix) == reading(note), note


def test_a_checkout_writes_the_same_outputs_as_itself():
    """The refactoring check: two runs of one checkout agree (the outputs are deterministic
    but for their time stamps), and a changed output is reported."""
    from benchmarks import same_outputs

    assert same_outputs.main([str(ROOT), str(ROOT)]) == 0


def test_a_changed_output_is_reported(tmp_path):
    from benchmarks import same_outputs

    before, after = tmp_path / "a.csv", tmp_path / "b.csv"
    before.write_bytes(b"customer_id\n1\n")
    after.write_bytes(b"customer_id\n2\n")
    assert not same_outputs.same(before, after)
    stamped = [tmp_path / "a.ics", tmp_path / "b.ics"]
    stamped[0].write_bytes(b"BEGIN:VEVENT\nDTSTAMP:20260101T000000Z\nEND:VEVENT\n")
    stamped[1].write_bytes(b"BEGIN:VEVENT\nDTSTAMP:20270101T000000Z\nEND:VEVENT\n")
    assert same_outputs.same(*stamped)


def test_the_hostile_inputs_benchmark_prints_its_table():
    from benchmarks import hostile

    report = hostile.main(["--inflate-mb", "1", "--notes", "50", "--cell-mb", "1",
                           "--spelled", "20", "--repeat", "1"])
    assert "| XLSX of" in report and "unpacking to 1 MB |" in report
    assert "| one cell holding 50 pause notes | the same notes in 50 cells |" in report
    assert "| CSV with one cell of 1 MB | pandas.read_csv |" in report
    assert "with number words | its first entry, 20 times |" in report
