"""The run ledger: every run and every pause it saw, in an embedded SQLite database.

It lets a run say what changed since the previous one (new pauses, pauses closed
since, clients gone from the export) and lets ``passpause history`` list the runs.
One file per user by default; concurrent runs queue on SQLite's write lock.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import functools
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from .errors import PasspauseError
from .models import ACTIONABLE, STATUSES, Changes, PauseRecord, Result, Run, RowResult

# Each step brings a database from the version before it to its own; never edit a
# released step, add one.
MIGRATIONS = [
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        as_of TEXT NOT NULL,
        input_name TEXT NOT NULL,
        input_sha256 TEXT NOT NULL,
        counts TEXT NOT NULL
    );
    CREATE TABLE records (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        pause_key TEXT NOT NULL,
        customer TEXT NOT NULL,
        status TEXT NOT NULL,
        resume_date TEXT,
        new_valid_until TEXT
    );
    CREATE INDEX records_by_run ON records(run_id);
    """,
    """
    ALTER TABLE runs ADD COLUMN studio TEXT NOT NULL DEFAULT '';
    ALTER TABLE records ADD COLUMN source_row INTEGER;
    CREATE TABLE customers (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        customer TEXT NOT NULL
    );
    CREATE INDEX customers_by_run ON customers(run_id);
    CREATE INDEX records_by_key ON records(pause_key);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


LOCK_WAIT = 10  # seconds a run waits for another program holding the ledger


class LedgerError(PasspauseError):
    """The ledger file cannot be used."""


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("passpause", appauthor=False)) / "ledger.sqlite3"


def customer_key(row: RowResult) -> str:
    return row.client.key


def pause_key(row: RowResult, record: PauseRecord) -> str:
    """The same pause, week after week: the client, what was paused, when it started."""
    anchor = next((str(d) for d in (record.pause_start, record.pause_end, record.resume_date,
                                    record.original_end) if d), "")
    if not anchor:  # nothing dated: the words of the note stand for the pause
        anchor = hashlib.sha1(record.statement.text.split("[")[0].strip().casefold()
                              .encode()).hexdigest()[:12]
    return f"{customer_key(row)}|{record.product_kind}|{anchor}"


def _guarded(method):
    """A ledger that cannot be read or written (damaged pages, a full disk, a file another
    program locks) is one ``Error:`` line that says what to do, from every method."""
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except PasspauseError:
            raise
        except (OSError, sqlite3.Error, ValueError) as exc:
            if isinstance(exc, ValueError) or isinstance(exc, sqlite3.DatabaseError) \
                    and "malformed" in str(exc) or "not a database" in str(exc):
                advice = ("it is damaged. Move it aside (rename it) to start a new history, "
                          "or run with --no-ledger")
            elif "locked" in str(exc):
                advice = "another program holds it. Try again in a moment, or run with " \
                    "--no-ledger"
            else:
                advice = "give another file with --ledger PATH, or run with --no-ledger"
            raise LedgerError(f"Cannot use the ledger '{self.path}' "
                              f"({getattr(exc, 'strerror', None) or exc}): {advice}.") from None
    return guarded


def _rollback(db: sqlite3.Connection) -> None:
    """Undo an open transaction; SQLite may already have undone it (a full disk)."""
    try:
        db.execute("ROLLBACK")
    except sqlite3.Error:
        pass


class Ledger:
    def __init__(self, path: Path, *, read_only: bool = False):
        """``read_only``: look, never write (no schema change, no lock); ``readable`` says
        whether there is anything of this version to read."""
        self.path = Path(path)
        self.read_only = read_only
        self.readable = self._open()

    @_guarded
    def _open(self) -> bool:
        if self.read_only:
            with closing(self._connect()) as db:
                version = db.execute("PRAGMA user_version").fetchone()[0]
            return version == SCHEMA_VERSION
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate()
        return True

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                         timeout=LOCK_WAIT, isolation_level=None)
            connection.execute("PRAGMA query_only = ON")
            return connection
        connection = sqlite3.connect(self.path, timeout=LOCK_WAIT, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {LOCK_WAIT * 1000}")
        return connection

    def _migrate(self) -> None:
        with closing(self._connect()) as db:
            _with_retries(lambda: db.execute("PRAGMA journal_mode = WAL"))
            db.execute("BEGIN IMMEDIATE")  # one process migrates, the others wait
            try:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise LedgerError(f"The ledger '{self.path}' was written by a newer "
                                      "passpause. Upgrade passpause, or use --ledger PATH.")
                for step in range(version, SCHEMA_VERSION):
                    for statement in filter(str.strip, MIGRATIONS[step].split(";")):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {step + 1}")
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise

    @_guarded
    def runs(self, limit: int | None = None) -> list[Run]:
        with closing(self._connect()) as db:
            rows = db.execute("SELECT id, created_at, as_of, input_name, studio, counts "
                              "FROM runs ORDER BY as_of DESC, id DESC"
                              + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
        return [Run(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    @_guarded
    def compare(self, result: Result, studio: str, customers: Callable[[], set[str]]
                ) -> Changes:
        """This run against the latest earlier run of the same studio. ``customers`` gives
        every client key of the export; it is only asked for when there is an earlier run."""
        with closing(self._connect()) as db:
            previous = db.execute(
                "SELECT id, created_at, as_of, input_name, studio, counts FROM runs "
                "WHERE studio = ? AND as_of < ? ORDER BY as_of DESC, id DESC LIMIT 1",
                (studio, result.as_of.isoformat())).fetchone()
            if previous is None:
                return Changes()
            run = Run(previous[0], previous[1], previous[2], previous[3], previous[4],
                      json.loads(previous[5]))
            before = dict(db.execute("SELECT pause_key, status FROM records WHERE run_id = ?",
                                     (run.id,)).fetchall())
            before_customers = {c for (c,) in db.execute(
                "SELECT customer FROM customers WHERE run_id = ?", (run.id,))}
            now = {pause_key(row, rec): rec.status for row, rec in result.records()}
            overdue = [k for k, s in now.items() if s == "overdue"]
            counts = dict(db.execute(
                "SELECT r.pause_key, COUNT(*) FROM records r JOIN runs u ON u.id = r.run_id "
                "WHERE u.studio = ? AND r.status = 'overdue' AND u.as_of < ? GROUP BY "
                "r.pause_key", (studio, result.as_of.isoformat())).fetchall()) if overdue else {}
        pending = {k for k, s in before.items() if s in ACTIONABLE}
        customers = customers()
        return Changes(
            previous=run,
            new=tuple(sorted(k for k, s in now.items() if k not in before and s != "closed")),
            closed_since=tuple(sorted(k for k in pending if now.get(k) == "closed")),
            gone=tuple(sorted(k for k in pending if k not in now
                              and k.split("|")[0] in customers)),
            disappeared=tuple(sorted(c for c in before_customers if c not in customers)),
            overdue_runs={k: counts[k] for k in overdue if k in counts},
        )

    @_guarded
    def pauses_since(self, studio: str, since: date) -> dict[str, set[str]]:
        """Each client's pauses seen in earlier runs that started on or after ``since``."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT DISTINCT r.customer, r.pause_key FROM records r JOIN runs u "
                "ON u.id = r.run_id WHERE u.studio = ? AND r.status != 'review'",
                (studio,)).fetchall()
        found: dict[str, set[str]] = {}
        for customer, key in rows:
            anchor = key.rsplit("|", 1)[-1]
            if len(anchor) == 10 and anchor[4] == "-" and anchor >= since.isoformat():
                found.setdefault(customer, set()).add(key)
        return found

    @_guarded
    def record(self, result: Result, studio: str) -> int:
        """Store this run and the pauses it saw; returns the run's id."""
        counts = result.counts
        with closing(self._connect()) as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                run_id = db.execute(
                    "INSERT INTO runs (created_at, as_of, input_name, input_sha256, counts, "
                    "studio) VALUES (?, ?, ?, ?, ?, ?)",
                    (datetime.now().isoformat(timespec="seconds"), result.as_of.isoformat(),
                     Path(result.input_path).name, result.input_sha256,
                     json.dumps({s: counts[s] for s in STATUSES}), studio)).lastrowid
                db.executemany(
                    "INSERT INTO records (run_id, pause_key, customer, status, resume_date, "
                    "new_valid_until, source_row) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(run_id, pause_key(row, rec), customer_key(row), rec.status,
                      _iso(rec.resume_date), _iso(rec.new_valid_until), row.client.source_row)
                     for row, rec in result.records()])
                db.executemany("INSERT INTO customers (run_id, customer) VALUES (?, ?)",
                               [(run_id, c) for c in sorted({customer_key(r)
                                                             for r in result.rows})])
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        return run_id


def _with_retries(step, attempts: int = 3):
    """Switching to WAL needs a moment alone with the file; another run may be opening it."""
    for attempt in range(attempts):
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
