"""Faults: one note never stops a run, and the output folder holds one complete set of
files, the earlier one or the new one, whatever happens while a run writes it."""

import csv
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from passpause.cli import INTERNAL_ERRORS, main

AS_OF = "2025-11-24"
FILES = ["import_2025-11-24.csv", "reactivations_2025-11-24.ics",
         "reactivations_2025-11-24.xlsx"]


def _export(path: Path, notes: list[str], name: str = "Martin") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["N° client", "Prénom", "Nom", "E-mail", "Commentaire"])
        for i, note in enumerate(notes):
            writer.writerow([f"C{i:05d}", f"Client{i}", name, f"c{i}@example.fr", note])
    return path


def _shown(folder: Path) -> list[str]:
    """A folder's files as its owner sees them: all but the lock that runs share."""
    return sorted(p.name for p in folder.iterdir() if p.name != ".passpause.lock")


def _run(*args: str):
    return CliRunner().invoke(main, ["run", *args, "--as-of", AS_OF, "--no-ledger"])


def test_a_bug_in_one_note_sends_it_to_review_and_the_run_completes(tmp_path, monkeypatch):
    """A failure injected into the parser for one note: that note is on the review sheet
    with a plain reason, its traceback in the error log, every other note is read, and the
    exit code says the run completed with internal errors."""
    import openpyxl

    from passpause import notes

    real = notes.parse_statement

    def failing(text, *args, **kwargs):
        if "Léo" in text:
            raise RuntimeError("injected failure")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(notes, "parse_statement", failing)
    export = _export(tmp_path / "clients.csv", [
        "Pause du 03/11 au 16/11/2025, il reste 12 jours",
        "Pause du 03/11 au 16/11/2025 (Léo), il reste 12 jours",
        "Pause du 01/11 au 20/11/2025, il reste 9 jours"])
    out = tmp_path / "out"
    result = _run(str(export), "--out", str(out))
    assert result.exit_code == INTERNAL_ERRORS == 3, result.output
    assert "Traceback" not in result.output
    assert "1 notes n'ont pas pu être lues à cause d'une erreur interne" in result.output
    with (out / "import_2025-11-24.csv").open(encoding="utf-8") as handle:
        assert [row["customer_id"] for row in csv.DictReader(handle)] == ["C00000", "C00002"]
    review = openpyxl.load_workbook(out / "reactivations_2025-11-24.xlsx").worksheets[1]
    [row] = list(review.iter_rows(min_row=2, values_only=True))
    assert row[0] == 3 and row[3].startswith("passpause n'a pas pu lire cette note")
    log = (out / "errors_2025-11-24.log").read_text(encoding="utf-8")
    assert "row 3, column 'Commentaire'" in log and "RuntimeError: injected failure" in log


def test_an_impossible_iso_date_is_a_review_not_a_crash(tmp_path):
    export = _export(tmp_path / "clients.csv",
                     ["Pause du 2025-02-30 au 2025-03-10, il reste 5 jours"])
    result = _run(str(export), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "1 à vérifier" in result.output


def test_force_replaces_only_the_same_exports_files(tmp_path):
    """Two studios run one after the other into one folder: the second cannot overwrite
    the first's worksheet (with its Done ticks), even with --force."""
    out = tmp_path / "out"
    lyon = _export(tmp_path / "lyon.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    paris = _export(tmp_path / "paris.csv", ["Pause du 01/11 au 20/11/2025, il reste 9 jours"])
    assert _run(str(lyon), "--out", str(out)).exit_code == 0
    kept = (out / FILES[2]).read_bytes()
    refused = _run(str(paris), "--out", str(out), "--force")
    assert refused.exit_code == 2 and refused.output.count("\n") == 1, refused.output
    assert "holds the files written for 'lyon.csv'" in refused.output
    assert (out / FILES[2]).read_bytes() == kept
    again = _run(str(lyon), "--out", str(out), "--force")
    assert again.exit_code == 0, again.output
    assert _shown(out) == FILES


def test_the_export_is_never_an_output(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    export = _export(folder / "import_2025-11-24.csv",
                     ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    before = export.read_bytes()
    result = _run(str(export), "--out", str(folder), "--force")
    assert result.exit_code == 2 and "is the export being read" in result.output
    assert export.read_bytes() == before
    assert _shown(folder) == ["import_2025-11-24.csv"]


def test_two_exports_with_one_name_never_share_a_folder(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    first = _export(tmp_path / "a" / "lyon.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    second = _export(tmp_path / "b" / "lyon.csv", ["Pause du 01/11 au 20/11/2025, il reste 9 jours"])
    out = tmp_path / "out"
    result = _run(str(first), str(second), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert _shown(out) == ["a_lyon_csv", "b_lyon_csv"]
    for folder in out.iterdir():
        if folder.name == ".passpause.lock":
            continue
        assert _shown(folder) == FILES


def test_a_file_open_in_excel_stops_the_run_and_nothing_is_replaced(tmp_path, monkeypatch):
    """On Windows a file Excel holds open cannot be replaced (simulated here: moving the
    earlier worksheet aside fails with a permission error)."""
    from passpause.write import folder

    out = tmp_path / "out"
    export = _export(tmp_path / "lyon.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    assert _run(str(export), "--out", str(out)).exit_code == 0
    before = {name: (out / name).read_bytes() for name in FILES}
    real = os.replace

    def excel_holds(source, target):
        if Path(source).name == FILES[2] and Path(source).parent == out:
            raise PermissionError(13, "Permission denied")
        return real(source, target)

    monkeypatch.setattr(folder.os, "replace", excel_holds)
    _export(export, ["Pause du 01/11 au 20/11/2025, il reste 9 jours"])
    result = _run(str(export), "--out", str(out), "--force")
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert f"'{out / FILES[2]}' cannot be replaced" in result.output
    assert "open in Excel" in result.output
    assert {name: (out / name).read_bytes() for name in FILES} == before
    assert _shown(out) == FILES


def test_a_second_run_into_the_same_folder_waits_then_says_so(tmp_path, monkeypatch):
    from filelock import FileLock

    from passpause.write import folder

    monkeypatch.setattr(folder, "LOCK_WAIT_SECONDS", 0.2)
    out = tmp_path / "out"
    out.mkdir()
    export = _export(tmp_path / "lyon.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from filelock import FileLock; lock = FileLock(sys.argv[1]); "
        "lock.acquire(); print('held', flush=True); time.sleep(30)"),
        str(folder.lock_path(out))], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = _run(str(export), "--out", str(out))
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2, result.output
    assert "Another passpause run is writing to" in result.output
    assert _shown(out) == []
    assert FileLock(folder.lock_path(out)).acquire(timeout=1)  # freed with its process


def _generation(out: Path) -> set[str]:
    """Which export each file of the folder was written from: 'Ancien' or 'Nouveau'."""
    found = set()
    for name in FILES:
        path = out / name
        data = (zipfile.ZipFile(path).read("xl/sharedStrings.xml").decode()
                if name.endswith(".xlsx") else path.read_text(encoding="utf-8"))
        found |= {word for word in ("Ancien", "Nouveau") if word in data}
    return found


@pytest.mark.parametrize("delay", [0.4, 0.8, 1.1, 1.4])
def test_a_run_killed_at_any_moment_leaves_one_complete_set(tmp_path, delay):
    """A run over an earlier run's folder, killed after ``delay`` seconds: the folder holds
    the earlier set or the new one (a swap cut short is finished by the next run)."""
    from passpause.write.folder import locked

    notes = ["Pause du 03/11 au 16/11/2025, il reste 12 jours"] * 20000  # a run of ~1.5 s
    export = tmp_path / "studio.csv"
    out = tmp_path / "out"
    _export(export, notes, name="Ancien")
    assert _run(str(export), "--out", str(out)).exit_code == 0
    _export(export, notes, name="Nouveau")
    process = subprocess.Popen(
        [sys.executable, "-m", "passpause", "run", str(export), "--as-of", AS_OF, "--out",
         str(out), "--force", "--no-ledger"], stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with locked(out):  # what the next run does first
        pass
    assert _shown(out) == FILES
    assert _generation(out) in ({"Ancien"}, {"Nouveau"})


def test_a_swap_cut_short_after_its_journal_is_finished_by_the_next_run(tmp_path):
    """The moment a kill test can hardly hit: the journal written, one new file moved in,
    the others still in the staging folder. The next run finishes the swap first."""
    import json

    from passpause.write.folder import JOURNAL, locked

    out = tmp_path / "out"
    staging, backup = out / ".passpause-staging-x", out / ".passpause-backup-x"
    for folder in (out, staging, backup):
        folder.mkdir()
    for name in FILES:
        (out / name).write_text("Ancien")
        (staging / name).write_text("Nouveau")
    os.replace(out / FILES[0], backup / FILES[0])
    os.replace(staging / FILES[0], out / FILES[0])
    (out / "errors_2025-11-24.log").write_text("Ancien")  # of the earlier set only
    (out / JOURNAL).write_text(json.dumps({
        "staging": staging.name, "backup": backup.name, "files": FILES,
        "stale": ["errors_2025-11-24.log"]}))
    with locked(out):
        pass
    assert _shown(out) == FILES
    assert {(out / name).read_text() for name in FILES} == {"Nouveau"}


# -- every operational failure is one Error: line -------------------------------------------

def _limited_run(args: list[str], max_bytes: int) -> subprocess.CompletedProcess:
    """passpause in a process that may not write a file past ``max_bytes``: the operating
    system refuses the write as it does on a full disk."""
    import resource

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    return subprocess.run([sys.executable, "-m", "passpause", "run", *args, "--as-of", AS_OF],
                          capture_output=True, text=True, preexec_fn=limit)


def test_a_full_disk_while_writing_the_worksheet_is_one_error_line(tmp_path):
    notes = [f"Pause du 03/11 au 16/11/2025, il reste {n % 20 + 1} jours" for n in range(3000)]
    export = _export(tmp_path / "studio.csv", notes)
    out = tmp_path / "out"
    done = _limited_run([str(export), "--out", str(out), "--no-ledger"], 60_000)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"Error: Cannot write to '{out}'") and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert _shown(out) == []  # no half-written set, no staging folder left


def test_a_full_disk_while_recording_the_ledger_is_one_error_line(tmp_path):
    export = _export(tmp_path / "studio.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    ledger = tmp_path / "ledger.db"
    # the worksheet (15 kB) fits, the ledger's pages (28 kB) do not
    done = _limited_run([str(export), "--out", str(tmp_path / "out"), "--ledger", str(ledger)],
                        20_000)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "ledger" in done.stderr and "Traceback" not in done.stderr
    assert "The files were written in" in done.stderr
    assert _shown((tmp_path / "out")) == FILES


@pytest.mark.parametrize("command", ["run", "history"])
def test_a_ledger_with_damaged_pages_is_one_error_line(tmp_path, command):
    export = _export(tmp_path / "studio.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    ledger = tmp_path / "ledger.db"
    first = CliRunner().invoke(main, ["run", str(export), "--as-of", AS_OF, "--out",
                                      str(tmp_path / "a"), "--ledger", str(ledger)])
    assert first.exit_code == 0, first.output
    data = bytearray(ledger.read_bytes())
    for position in range(4096, len(data), 97):  # every page after the first
        data[position] = 0xAB
    ledger.write_bytes(bytes(data))
    args = (["run", str(export), "--as-of", "2025-12-01", "--out", str(tmp_path / "b")]
            if command == "run" else ["history"])
    result = CliRunner().invoke(main, [*args, "--ledger", str(ledger)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Error: Cannot use the ledger '{ledger}'")
    assert "it is damaged. Move it aside" in result.output and "--no-ledger" in result.output
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("as_of", ["0001-01-01", "0001-01-05", "1899-12-31", "9999-12-31"])
def test_an_as_of_date_outside_the_supported_range_is_refused(tmp_path, as_of):
    from datetime import date

    import passpause
    from passpause.errors import PasspauseError
    from passpause.pipeline import Settings

    export = _export(tmp_path / "studio.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    result = CliRunner().invoke(main, ["run", str(export), "--as-of", as_of, "--no-ledger",
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "outside the dates passpause works for (2000-01-01 to 2099-12-31)" in result.output
    with pytest.raises(PasspauseError, match="outside the dates passpause works for"):
        passpause.analyse(export, Settings(export, date.fromisoformat(as_of), ledger=None))


def test_a_path_longer_than_the_system_allows_is_one_error_line(tmp_path):
    export = _export(tmp_path / "studio.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    result = _run(str(export), "--out", str(tmp_path / ("x" * 300)))
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert result.output.startswith("Error: Cannot create the output folder")


# -- reading is linear in the input and bounded ---------------------------------------------

def _inflated_workbook(path: Path, blank_bytes: int) -> Path:
    """A small workbook whose sheet unpacks to ``blank_bytes`` more: spaces before the
    first row, as a "zip bomb" holds them."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["N° client", "Prénom", "Nom", "E-mail", "Commentaire"])
    book.active.append(["A1", "Léa", "Martin", "lea@example.fr",
                        "Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w",
                                                           zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * blank_bytes)
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    plain.unlink()
    return path


def test_a_workbook_that_inflates_far_is_still_read(tmp_path):
    """32 MB of XML before the first row (the benchmark measures the time: it grows with
    the size, no longer with its square)."""
    export = _inflated_workbook(tmp_path / "big.xlsx", 32 << 20)
    assert export.stat().st_size < 100_000
    result = _run(str(export), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "(1 ligne)" in result.output


def test_a_workbook_that_inflates_past_the_limit_stops_at_once(tmp_path, monkeypatch):
    from passpause.read import workbook

    monkeypatch.setattr(workbook, "MAX_INFLATED", 1 << 20)  # 1 MB here; 4 GB in real life
    export = _inflated_workbook(tmp_path / "bomb.xlsx", 2 << 20)
    result = _run(str(export), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert "unpacks to" in result.output and "more than any client export" in result.output
    assert not (tmp_path / "out").exists()


def test_a_csv_cell_of_any_size_is_read(tmp_path):
    history = "Ancienne note sans rapport. " * 60_000  # 1.7 MB: past the csv module's cap
    # and pyarrow's block
    export = _export(tmp_path / "clients.csv",
                     [history + "\nPause du 03/11 au 16/11/2025, il reste 12 jours"])
    result = _run(str(export), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "(1 ligne)" in result.output


def test_a_cell_with_thousands_of_notes_is_read_whole(tmp_path):
    """Every line a pause of its own: each older one is history, the last one stands."""
    from datetime import date

    from passpause import dates
    from passpause.notes import analyse_comment

    lines = [f"Pause du {1 + i % 28:02d}/{1 + i % 12:02d}/2024 au {1 + i % 28:02d}/"
             f"{1 + i % 12:02d}/2024, il reste 3 jours" for i in range(2999)]
    lines.append("Pause du 03/11 au 16/11/2025, il reste 12 jours")
    records, _ = analyse_comment("\n".join(lines), dates.Rules(as_of=date(2025, 11, 24)))
    assert len(records) == 3000
    assert [r.status for r in records].count("overdue") == 1
    assert records[-1].status == "overdue"


# -- values that cannot be right are never imported -----------------------------------------

@pytest.mark.parametrize("note", [
    "Pause du 01/11/2025 au 15/11/2025, il reste -5 jours",
    "Pause du 01/11/0000 au 15/11/0000, il reste 5 jours",
    "Pause du 01/11/1900 au 15/11/1900, il reste 5 jours",
    "Pause du 01/12/9999 au 20/12/9999, il reste 30 jours",
    "Pause du 2025-02-30 au 2025-03-10, il reste 5 jours",
    "Pause du 01/11/2031 au 15/11/2031, il reste 5 jours",  # years ahead: a slip
])
def test_a_value_that_cannot_be_right_goes_to_review(tmp_path, note):
    export = _export(tmp_path / "clients.csv", [note])
    result = _run(str(export), "--out", str(tmp_path / "out"), "--json")
    assert result.exit_code == 0, result.output
    import json

    summary = json.loads(result.output)
    assert summary["counts"]["review"] == 1 and summary["reconciled"]
    assert (tmp_path / "out" / FILES[0]).read_text(encoding="utf-8").count("\n") == 1


def test_every_date_the_worksheet_shows_is_the_import_files(tmp_path):
    """Across the bundled example: each imported row's new validity dates are in the
    worksheet's row for the same source row, as dates (no 1900 leap-day shift)."""
    import openpyxl

    example = Path(__file__).parents[1] / "examples" / "export-clients.xlsx"
    out = tmp_path / "out"
    assert _run(str(example), "--out", str(out)).exit_code == 0
    with (out / FILES[0]).open(encoding="utf-8") as handle:
        imported = [(row["source_row"], row["new_valid_from"], row["new_valid_until"])
                    for row in csv.DictReader(handle)]
    assert len(imported) > 10
    sheet = openpyxl.load_workbook(out / FILES[2]).worksheets[0]
    rows = [{value.date().isoformat() if hasattr(value, "date") else str(value)
             for value in row} for row in sheet.iter_rows(min_row=2, values_only=True)]
    for source_row, valid_from, valid_until in imported:
        assert any({source_row, valid_from, valid_until} <= row for row in rows), source_row


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_console_that_cannot_show_every_character_degrades_gracefully(tmp_path, encoding):
    """A Windows console in a code page: "→" and "Zoé" become "?" rather than a crash."""
    env = dict(os.environ, PYTHONIOENCODING=encoding)
    parsed = subprocess.run([sys.executable, "-m", "passpause", "parse",
                             "Pause du 03/11 au 16/11/2025 → il reste 12 jours, Zoé ✓",
                             "--as-of", AS_OF], capture_output=True, env=env)
    assert parsed.returncode == 0, parsed.stderr
    assert b"Traceback" not in parsed.stderr and b"overdue" in parsed.stdout
    export = _export(tmp_path / "clients→✓.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    done = subprocess.run([sys.executable, "-m", "passpause", "run", str(export), "--as-of",
                           AS_OF, "--out", str(tmp_path / "sortie→"), "--no-ledger"],
                          capture_output=True, env=env)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr


# -- the whole run, fuzzed ------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["Pause", "pausiert", "gelé", "pausa", "pauze", "du", "au", "bis",
                           "il reste", "noch", "jours", "Tage", "→", "-", "/", ".", "17", "06",
                           "2025", "9999", "0000", "juin", "(", ")", "réactivé le", "\n", ";",
                           "=1+1", "\x00", "\ufeff", '"', ",", "3 semaines", "-5"])
_CELLS = st.one_of(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12).map(" ".join),
                   st.binary(max_size=12).map(lambda b: b.decode("latin-1")))


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_CELLS, _CELLS, _CELLS), min_size=1, max_size=6),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_a_fuzzed_export_never_breaks_the_run(tmp_path_factory, rows, encoding):
    """Random notes and random bytes in the cells of a small export: no traceback, exit 0
    or 2, and when it runs, every cell that mentions a pause is accounted for."""
    import json

    folder = tmp_path_factory.mktemp("fuzz")
    lines = [["N° client", "Nom", "E-mail", "Commentaire", "Note"]]
    lines += [[str(i), name, f"c{i}@example.fr", comment, note]
              for i, (name, comment, note) in enumerate(rows)]
    text = io_csv(lines)
    data = text.encode(encoding, errors="replace")
    export = folder / "clients.csv"
    export.write_bytes(data)
    result = CliRunner().invoke(main, ["run", str(export), "--as-of", AS_OF, "--out",
                                       str(folder / "out"), "--no-ledger", "--json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        assert json.loads(result.output)["reconciled"]
    else:
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1


def io_csv(rows: list[list[str]]) -> str:
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def test_a_ledger_that_is_a_folder_stops_before_anything_is_written(tmp_path):
    export = _export(tmp_path / "studio.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    (tmp_path / "ledger").mkdir()
    result = CliRunner().invoke(main, ["run", str(export), "--as-of", AS_OF, "--out",
                                       str(tmp_path / "out"), "--ledger",
                                       str(tmp_path / "ledger")])
    assert result.exit_code == 2 and "it is a folder, not a file" in result.output
    assert not (tmp_path / "out").exists()


def test_a_long_note_with_numbers_in_words_quotes_them_right():
    """Numbers written as words are mapped back to the note sentence by sentence: a log of
    hundreds of entries is read at once, and a reason still quotes the words written."""
    from passpause.tokens import _offset_map

    original = "Pause du 01/11 au 30/11/2025, il reste treize jours. " + \
        "Client a appelé, deux séances, rappeler. " * 400
    written = original.replace("treize", "13").replace("deux", "2")
    starts, ends = _offset_map(original, written)
    at = written.index("13")
    assert original[starts[at]:ends[at + 1]] == "treize"
    last = written.rindex("2 séances")
    assert original[starts[last]:ends[last]] == "deux"
    assert original[starts[-1]:ends[-1]] == original[-1]


@pytest.mark.parametrize("plan", [
    {"staging": ".passpause-staging-x", "backup": "../victim", "files": FILES, "stale": []},
    {"staging": ".passpause-staging-x", "backup": ".passpause-backup-x", "files": FILES,
     "stale": ["../keep.txt"]},
    {"staging": ".passpause-staging-x", "backup": ".passpause-backup-x", "files": [1],
     "stale": []},
])
def test_a_journal_written_by_someone_else_deletes_nothing(tmp_path, plan):
    import json

    out, victim, keep = tmp_path / "out", tmp_path / "victim", tmp_path / "keep.txt"
    for folder in (out, victim):
        folder.mkdir()
    (victim / "precious.txt").write_text("x")
    keep.write_text("x")
    (out / ".passpause-swap.json").write_text(json.dumps(plan))
    export = _export(tmp_path / "studio.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    result = _run(str(export), "--out", str(out))
    assert result.exit_code == 2 and "is damaged" in result.output, result.output
    assert (victim / "precious.txt").exists() and keep.exists()


def test_a_swap_whose_undo_fails_too_is_finished_by_the_next_run(tmp_path, monkeypatch):
    """A rename fails in the swap, and another in its undo (an antivirus holding a new
    file): the journal and the staging folder stay, and the next run completes the set."""
    from passpause.write import folder

    out = tmp_path / "out"
    export = _export(tmp_path / "lyon.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"],
                     name="Ancien")
    assert _run(str(export), "--out", str(out)).exit_code == 0
    _export(export, ["Pause du 03/11 au 16/11/2025, il reste 12 jours"], name="Nouveau")
    real, calls = os.replace, []

    def flaky(source, target):
        calls.append(source)
        if len(calls) in (5, 6):  # the last new file's move, then the first undo
            raise OSError(5, "Input/output error")
        return real(source, target)

    monkeypatch.setattr(folder.os, "replace", flaky)
    failed = _run(str(export), "--out", str(out), "--force")
    assert failed.exit_code == 2 and failed.output.startswith("Error:")
    monkeypatch.setattr(folder.os, "replace", real)
    with folder.locked(out):  # what the next run does first
        pass
    assert _shown(out) == FILES and _generation(out) == {"Nouveau"}


def test_force_tells_studios_apart_even_with_one_file_name(tmp_path):
    out = tmp_path / "out"
    export = _export(tmp_path / "export-clients.csv",
                     ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    assert _run(str(export), "--out", str(out), "--studio", "lyon").exit_code == 0
    other = _run(str(export), "--out", str(out), "--studio", "paris", "--force")
    assert other.exit_code == 2 and "lyon / export-clients.csv" in other.output
    assert _run(str(export), "--out", str(out), "--studio", "lyon", "--force").exit_code == 0


def test_an_export_named_with_dots_stays_inside_the_output_folder(tmp_path):
    (tmp_path / "in").mkdir()
    dots = _export(tmp_path / "in" / "...csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    lyon = _export(tmp_path / "in" / "lyon.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    out = tmp_path / "parent" / "out"
    assert _run(str(dots), str(lyon), "--out", str(out)).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "parent").iterdir()) == ["out"]
    assert _shown(out) == ["export", "lyon"]  # "...csv" has no name of its own


@pytest.mark.parametrize("case", ["export", "config", "ledger", "init"])
def test_a_path_the_system_refuses_is_one_error_line(tmp_path, monkeypatch, case):
    long = str(tmp_path / ("x" * 300))
    export = _export(tmp_path / "studio.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    args = {"export": ["run", long + ".csv", "--as-of", AS_OF, "--no-ledger"],
            "config": ["run", str(export), "--as-of", AS_OF, "--no-ledger", "--config",
                       long + ".toml"],
            "ledger": ["history", "--ledger", long + "/ledger.db"],
            "init": ["init"]}[case]
    if case == "init":
        (tmp_path / "passpause.toml").mkdir()  # a folder where the file would go
        monkeypatch.chdir(tmp_path)
        args = ["init", "--force"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and result.output.startswith("Error:"), result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_a_ledger_with_a_damaged_row_is_one_error_line(tmp_path):
    import sqlite3

    export = _export(tmp_path / "studio.csv", ["Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    ledger = tmp_path / "ledger.db"
    assert CliRunner().invoke(main, ["run", str(export), "--as-of", AS_OF, "--out",
                                     str(tmp_path / "a"), "--ledger", str(ledger)]).exit_code == 0
    with sqlite3.connect(ledger) as db:
        db.execute("UPDATE runs SET counts = '{oops'")
    for args in (["history"], ["run", str(export), "--as-of", "2025-12-01", "--out",
                               str(tmp_path / "b")]):
        result = CliRunner().invoke(main, [*args, "--ledger", str(ledger)])
        assert result.exit_code == 2 and "it is damaged" in result.output, result.output


def test_a_workbook_that_lies_about_its_size_is_damaged(tmp_path):
    """A part whose zip entry claims fewer bytes than it holds compressed: refused before
    anything unpacks it (it may unpack to gigabytes)."""
    import struct

    honest = _inflated_workbook(tmp_path / "honest.xlsx", 4 << 20)
    data = bytearray(honest.read_bytes())
    with zipfile.ZipFile(honest) as archive:
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
    # the uncompressed size, in the central directory and in the local header: 100 bytes
    central = data.rfind(b"PK\x01\x02", 0, data.find(b"xl/worksheets/sheet1.xml", data.find(
        b"PK\x01\x02")) + 1)
    for offset in (central + 24, sheet.header_offset + 22):
        data[offset:offset + 4] = struct.pack("<I", 100)
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(bytes(data))
    result = _run(str(liar), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "is damaged" in result.output, result.output


@pytest.mark.parametrize("args", [["run", "x.csv", "--as-of", "2100-01-01"],
                                  ["run", "x.csv", "--horizon", "999"], ["run"]])
def test_a_mistake_in_the_options_is_one_error_line(args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and result.output.startswith("Error: "), result.output
    assert result.output.count("\n") == 1 and "run --help" in result.output
