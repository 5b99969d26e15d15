"""Weekly memory: the closing marker round trip, the ledger, history, the calendar, and
several exports in one run."""

import csv
import datetime as dt
import json
import multiprocessing
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from passpause.cli import main
from passpause.ledger import MIGRATIONS, SCHEMA_VERSION, Ledger
from passpause.pipeline import Settings, run

ROOT = Path(__file__).parents[1]
WEEK_1 = dt.date(2025, 11, 24)
WEEK_2 = dt.date(2025, 12, 1)


def example_as_csv(path: Path, replace: dict[int, str] | None = None,
                   drop: set[int] | None = None) -> Path:
    """The French example export as a plain CSV (header on line 1), notes replaced by row."""
    sheet = openpyxl.load_workbook(ROOT / "examples" / "export-clients.xlsx").active
    rows = [[("" if v is None else str(v)) for v in row]
            for row in sheet.iter_rows(min_row=3, values_only=True)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for number, row in enumerate(rows, start=1):
            if drop and number in drop:
                continue
            if replace and number in replace:
                row[7] = replace[number]
            writer.writerow(row)
    return path


def imported(result) -> list[dict]:
    with open(result.outputs["import"], encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_closing_marker_round_trip(tmp_path):
    ledger = tmp_path / "ledger.sqlite3"
    week1 = run(Settings(example_as_csv(tmp_path / "w1.csv"), WEEK_1, out_dir=tmp_path / "1",
                         ledger=ledger))
    rows = imported(week1)
    assert len(rows) == 23
    # The manager pastes comment_update back into every reactivated client's profile.
    pasted = {int(r["source_row"]): r["comment_update"].removeprefix("'") for r in rows}
    week2 = run(Settings(example_as_csv(tmp_path / "w2.csv", replace=pasted), WEEK_2,
                         out_dir=tmp_path / "2", ledger=ledger))

    again = {int(r["source_row"]) for r in imported(week2)}
    assert again.isdisjoint(pasted)  # nothing is imported twice
    for row in week2.rows:
        if row.client.source_row in pasted:
            assert {r.status for r in row.records} == {"closed"}, row.client.comment
    assert week2.counts["closed"] == week1.counts["closed"] + len(pasted)
    assert week2.reconciled and week2.mention_rows == week1.mention_rows
    changes = week2.changes
    assert changes.previous.as_of == "2025-11-24"
    assert len(changes.closed_since) == len(pasted)
    assert changes.new == () and changes.gone == () and changes.disappeared == ()
    summary = openpyxl.load_workbook(week2.outputs["worksheet"]).worksheets[3]
    values = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row[0]}
    assert values["Exécution précédente"] == "2025-11-24 (w1.csv)"
    assert values["Pauses réactivées depuis"] == len(pasted)
    assert values["Nouvelles pauses"] == 0


def test_since_last_run_sees_new_gone_and_disappeared(tmp_path):
    ledger = tmp_path / "ledger.sqlite3"
    week1 = run(Settings(example_as_csv(tmp_path / "w1.csv"), WEEK_1, out_dir=tmp_path / "1",
                         ledger=ledger))
    pauses = [row for row in week1.rows if row.records and row.records[0].status == "open"]
    quiet = next(n for n in range(2, 200) if n not in {r.client.source_row for r in week1.rows})
    deleted, left = pauses[0].client, pauses[1].client
    week2 = run(Settings(example_as_csv(
        tmp_path / "w2.csv",
        replace={quiet: "Pause du 24/11 au 30/11/2025, il reste 10 jours",  # a new pause
                 deleted.source_row: "Allergique au latex"},  # the pause note was deleted
        drop={left.source_row}),  # this client left the studio
        WEEK_2, out_dir=tmp_path / "2", ledger=ledger))
    changes = week2.changes
    assert len(changes.new) == 1 and changes.new[0].startswith(f"{quiet - 1:06d}|")
    assert [k.split("|")[0] for k in changes.gone] == [deleted.customer_id]
    assert changes.disappeared == (left.customer_id,)
    overdue = [k for k in changes.overdue_runs]
    assert overdue and all(changes.overdue_runs[k] == 1 for k in overdue)


def test_long_overdue_is_flagged_on_the_record_and_in_the_summary(tmp_path):
    result = run(Settings(example_as_csv(tmp_path / "w.csv"), dt.date(2025, 12, 8),
                          out_dir=tmp_path / "out"))
    long = [r for _, r in result.records("overdue") if r.long_overdue]
    assert long and all((dt.date(2025, 12, 8) - r.resume_date).days >= 14 for r in long)
    assert all(r.warnings[0].code == "overdue_weeks" for r in long)
    book = openpyxl.load_workbook(result.outputs["worksheet"])
    first = book.worksheets[0]["A2"]
    assert first.fill.fgColor.rgb == "FFC00000" and first.font.b
    summary = [row for row in book.worksheets[3].iter_rows(values_only=True)
               if row[0] == "En retard depuis deux semaines ou plus"]
    assert summary[0][1] == len(long)


def test_history_lists_runs_newest_first(tmp_path):
    ledger = tmp_path / "ledger.sqlite3"
    export = example_as_csv(tmp_path / "w.csv")
    runner = CliRunner()
    for day in ("2025-11-17", "2025-11-24"):
        result = runner.invoke(main, ["run", str(export), "--as-of", day, "--out",
                                      str(tmp_path / day), "--ledger", str(ledger)])
        assert result.exit_code == 0, result.output
    listing = runner.invoke(main, ["history", "--ledger", str(ledger)]).output.splitlines()
    assert listing[0].split()[:4] == ["as", "of", "run", "at"]
    assert listing[1].startswith("2025-11-24") and listing[2].startswith("2025-11-17")
    assert "w.csv" in listing[1]


def test_no_ledger_keeps_no_record(tmp_path):
    ledger = tmp_path / "ledger.sqlite3"
    result = CliRunner().invoke(main, ["run", str(example_as_csv(tmp_path / "w.csv")),
                                       "--as-of", "2025-11-24", "--out", str(tmp_path / "o"),
                                       "--ledger", str(ledger), "--no-ledger"])
    assert result.exit_code == 0
    assert not ledger.exists()


def test_a_ledger_of_the_first_version_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO runs (created_at, as_of, input_name, input_sha256, counts) "
                   "VALUES ('2025-11-17T09:00:00', '2025-11-17', 'old.xlsx', 'abc', ?)",
                   (json.dumps({"overdue": 2}),))
    ledger = Ledger(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    [old] = ledger.runs()
    assert (old.as_of, old.input_name, old.studio, old.counts["overdue"]) == (
        "2025-11-17", "old.xlsx", "", 2)


def test_a_ledger_from_a_newer_passpause_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    from passpause.ledger import LedgerError

    with pytest.raises(LedgerError, match="newer passpause"):
        Ledger(path)


def _record_runs(ledger_path: str, export: str, out: str, studio: str, count: int) -> None:
    import sys
    import traceback

    try:
        for week in range(count):
            run(Settings(Path(export), WEEK_1 + dt.timedelta(days=7 * week),
                         out_dir=Path(out) / str(week), ledger=Path(ledger_path), studio=studio))
    except BaseException:
        traceback.print_exc()  # shows in the test's captured output
        sys.exit(1)


def test_two_processes_writing_at_once(tmp_path):
    ledger = tmp_path / "ledger.sqlite3"
    export = example_as_csv(tmp_path / "w.csv")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_record_runs,
                               args=(str(ledger), str(export), str(tmp_path / name), name, 4))
               for name in ("lyon", "paris")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    runs = Ledger(ledger).runs()
    assert sorted((r.studio, r.as_of) for r in runs) == sorted(
        (s, (WEEK_1 + dt.timedelta(days=7 * w)).isoformat())
        for s in ("lyon", "paris") for w in range(4))
    with sqlite3.connect(ledger) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_run = db.execute("SELECT COUNT(*) FROM records GROUP BY run_id").fetchall()
        assert len({count for (count,) in per_run}) == 1  # every run stored whole


def test_the_calendar_is_valid_icalendar(tmp_path):
    from icalendar import Calendar

    result = run(Settings(example_as_csv(tmp_path / "w.csv"), WEEK_1, out_dir=tmp_path))
    calendar = Calendar.from_ical(Path(result.outputs["calendar"]).read_bytes())
    events = list(calendar.walk("VEVENT"))
    wanted = {(row.client.customer_id, record.resume_date)
              for row, record in result.records("due", "upcoming")
              if record.resume_date is not None}  # a pause not begun has no day yet
    assert len(events) == len(wanted) == 13
    got = set()
    for event in events:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert isinstance(start, dt.date) and not isinstance(start, dt.datetime)
        assert end - start == dt.timedelta(days=1)
        summary = str(event["summary"])
        assert summary.startswith("Réactiver ")
        got.add((summary.rsplit("(", 1)[1].rstrip(")"), start))
        assert "Nouvelle validité" in str(event["description"])
    assert got == wanted
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_several_exports_in_one_run(tmp_path):
    first = example_as_csv(tmp_path / "lyon.csv")
    second = ROOT / "examples" / "kunden-export.csv"
    result = CliRunner().invoke(main, ["run", str(first), str(second), "--as-of", "2025-11-24",
                                       "--out", str(tmp_path / "out"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "== lyon.csv" in result.output and "== kunden-export.csv" in result.output
    assert "== All 2 exports" in result.output
    assert "200 rows read; 15 overdue, 13 due" in result.output
    for stem in ("lyon", "kunden-export"):
        names = sorted(p.name for p in (tmp_path / "out" / stem).iterdir() if p.name != ".passpause.lock")
        assert names == ["import_2025-11-24.csv", "reactivations_2025-11-24.ics",
                         "reactivations_2025-11-24.xlsx"]
    listing = CliRunner().invoke(main, ["history"]).output
    assert "lyon" in listing and "kunden-export" in listing


def test_calendar_text_survives_escaping_and_folding(tmp_path):
    from icalendar import Calendar

    note = "Pause du 24/11 au 30/11/2025; il reste 6 jours (blessure au genou)"
    name = "Lefèvre; « carnet », \\ back " + "é" * 80
    path = tmp_path / "clients.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["N° client", "Prénom", "Nom", "Commentaire"],
                                      ["0001", "Zoé", name, note]])
    result = run(Settings(path, WEEK_1, out_dir=tmp_path / "out"))
    raw = Path(result.outputs["calendar"]).read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    [event] = Calendar.from_ical(raw).walk("VEVENT")
    assert str(event["summary"]) == f"Réactiver Zoé {name} (0001)"
    # calendars are shared and synced: the note and its reason never go there
    assert "genou" not in raw.decode("utf-8") and "Pause du" not in str(event["description"])


def test_one_bad_export_stops_no_other(tmp_path):
    good = example_as_csv(tmp_path / "lyon.csv")
    bad = tmp_path / "paris.csv"
    bad.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(bad), str(good), "--as-of", "2025-11-24",
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "== lyon.csv" in result.output
    assert "Error: paris.csv: 'paris.csv' is empty. Export the clients again." in result.output
    assert (tmp_path / "out" / "lyon" / "import_2025-11-24.csv").exists()
    assert not (tmp_path / "out" / "paris").exists()


def test_a_client_known_by_e_mail_is_not_gone_the_next_week(tmp_path):
    """No customer number on this row, but an e-mail: the ledger and the export reader key
    the client the same way, so week 2 does not report them gone from the export."""
    ledger = tmp_path / "ledger.sqlite3"

    def export(name: str) -> Path:
        path = tmp_path / name
        path.write_text("N° client;Prénom;Nom;E-mail;Commentaire\n"
                        "000001;Anne;Roy;anne@example.fr;Allergique au latex\n"
                        ";Marc;Lin;Marc.Lin@Example.fr ;"
                        "Pause depuis le 03/11/2025, il reste 12 jours\n",
                        encoding="utf-8-sig")
        return path

    run(Settings(export("w1.csv"), WEEK_1, out_dir=tmp_path / "1", ledger=ledger))
    week2 = run(Settings(export("w2.csv"), WEEK_2, out_dir=tmp_path / "2", ledger=ledger))
    assert week2.changes.previous is not None
    assert week2.changes.disappeared == ()
    assert week2.changes.gone == () and week2.changes.new == ()
