"""Plain values passed between the pipeline steps."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

STATUSES = ("overdue", "due", "upcoming", "open", "review", "closed")
ACTIONABLE = ("overdue", "due", "upcoming", "open")  # in the order the worksheet lists them
IMPORTED = ("overdue", "due")  # what the import file holds unless the studio says otherwise
# The import file's columns, in order: the contract with the machine that reads it.
IMPORT_COLUMNS = ("customer_id", "first_name", "last_name", "email", "product", "product_kind",
                  "action", "pause_start", "resume_date", "remaining_days",
                  "remaining_classes", "new_valid_from", "new_valid_until", "discount_percent",
                  "status", "comment_update", "comment_field", "source_row")


@dataclass(frozen=True)
class Duration:
    """Time owed or paused: calendar months first, then days."""

    months: int = 0
    days: int = 0

    def __bool__(self) -> bool:
        return bool(self.months or self.days)

    def __add__(self, other: Duration) -> Duration:
        return Duration(self.months + other.months, self.days + other.days)

    def after(self, start: date) -> date:
        return add_months(start, self.months) + timedelta(days=self.days)

    def iso(self) -> str:
        """ISO 8601 (``P1M10D``): how a problem carries a length, worded by the labels."""
        return f"P{self.months}M{self.days}D"

    def describe(self) -> str:
        parts = []
        if self.months:
            parts.append(f"{self.months} month" + ("s" if self.months != 1 else ""))
        if self.days or not parts:
            parts.append(f"{self.days} day" + ("s" if self.days != 1 else ""))
        return " ".join(parts)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]``, without working out the first weekday."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def add_months(day: date, months: int) -> date:
    """Calendar months; the 31st becomes the last day of a shorter month."""
    if not months:
        return day
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = days_in_month(year, month + 1)
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class DateRef:
    """A date as written: the year may be missing until dates.py resolves it."""

    day: int
    month: int
    year: int | None
    text: str
    weekday: int | None = None  # 0 = Monday, when the note names one


@dataclass(frozen=True)
class Problem:
    """Why a statement needs review, or a warning on a record. Rendered by the writer."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: str, **params) -> Problem:
        return cls(code, tuple((k, str(v)) for k, v in params.items()))

    @property
    def values(self) -> dict[str, str]:
        return dict(self.params)


@dataclass(frozen=True)
class PauseStatement:
    """What one pause statement says, as written (parse.py)."""

    text: str
    span: tuple[int, int]
    lang: str
    start: DateRef | None = None
    end: DateRef | None = None
    resume: DateRef | None = None
    original_end: DateRef | None = None
    extended: DateRef | None = None  # "prolongée jusqu'au": a later end than the first one
    written_on: DateRef | None = None  # "09.02. AB: ..." the date the note was written
    planned: bool = False  # "prévue", "geplant": a yearless date lies ahead
    is_range: bool = False
    length: Duration | None = None
    remaining: Duration | None = None
    remaining_classes: int | None = None
    product: str = ""
    product_kind: str = ""
    reason: str = ""
    closed: bool = False
    closed_on: DateRef | None = None  # "ab 01.12. wieder aktiv": when the marker says so
    problems: tuple[Problem, ...] = ()
    read: tuple[str, ...] = ()  # fields read from a keyword in the note
    assumed: tuple[str, ...] = ()  # fields whose role comes from their place next to the word
    unread: tuple[str, ...] = ()  # words of the pause sentences the language data does not know
    slip: str = ""  # a pause word written one letter wrong ("Pausse"), read as that word
    word_slips: tuple[tuple[str, str], ...] = ()  # ("remaning", "remaining"): read as the second


@dataclass(frozen=True)
class PauseRecord:
    """A statement with its dates resolved against the as-of date (dates.py)."""

    statement: PauseStatement
    status: str
    pause_start: date | None = None
    pause_end: date | None = None
    resume_date: date | None = None
    original_end: date | None = None
    remaining: Duration | None = None
    new_valid_from: date | None = None
    new_valid_until: date | None = None
    action: str = "extend"
    inferred: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def long_overdue(self) -> bool:
        return any(w.code == "overdue_weeks" for w in self.warnings)

    @property
    def remaining_days(self) -> int | None:
        if self.new_valid_from is None or self.new_valid_until is None:
            return None
        return (self.new_valid_until - self.new_valid_from).days

    @property
    def product_kind(self) -> str:
        if self.statement.product_kind:
            return self.statement.product_kind
        return "pack" if self.statement.remaining_classes is not None else ""


def split_full_name(full: str) -> tuple[str, str]:
    """``Dupont, Marie`` -> (Marie, Dupont); ``Marie Dupont`` -> (Marie, Dupont)."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, _, last = full.partition(" ")
    return (first, last) if last else ("", first)


# What a spreadsheet shows where a customer number is missing: no number at all.
_NO_NUMBER = frozenset({"-", "--", "?", "n/a", "na", "n.a.", "#n/a", "#na", "#nv", "#n/v", "n.v.",
                        "k.a.", "k. a.", "none", "null", "nan", "aucun", "keine", "ninguno",
                        "nessuno", "geen", "x", "true", "false", "wahr", "falsch", "vrai",
                        "faux", "\u2013", "\u2014", "#value!", "#wert!", "#ref!", "#bezug!",
                        "#valeur!", "#name?"})
# 1.23457E+11: a long number Excel turned into a rounded one, which names nobody
_MANGLED = re.compile(r"\d(?:[.,]\d+)?e\+?\d+", re.I)


def customer_number(value: str) -> str:
    """The customer number as written, or "" where the cell only says there is none (a
    placeholder, zeros only, an error value, a number Excel rounded)."""
    value = value.strip()
    if value.lower() in _NO_NUMBER or not value.strip("0") or _MANGLED.fullmatch(value):
        return ""
    return value


def client_email(value: str) -> str:
    """The e-mail as written, or "" where the cell holds no address (``-``, ``n/a``)."""
    value = value.strip()
    return value if "@" in value else ""


def client_key(customer_id: str, email: str, first_name: str, last_name: str) -> str:
    """How a client is known from run to run: the customer number, else the e-mail, else
    the name (the one definition, for the export reader, the pipeline and the ledger)."""
    return (customer_number(customer_id) or client_email(email).lower()
            or f"{first_name.strip()} {last_name.strip()}".strip()).lower()


@dataclass(frozen=True)
class Client:
    """Who a row of the export is about, as written in the export."""

    source_row: int
    customer_id: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    comment: str = ""

    @property
    def key(self) -> str:
        return client_key(self.customer_id, self.email, self.first_name, self.last_name)


def whole_note_review(text: str, lang: str, problem: Problem) -> PauseRecord:
    """The whole note as one review entry, ``problem`` its reason: nothing of it imported."""
    statement = PauseStatement(text=text, span=(0, len(text)), lang=lang, problems=(problem,))
    return PauseRecord(statement, "review", problems=(problem,))


@dataclass(frozen=True)
class RowResult:
    """Everything found in one comment that mentions a pause."""

    client: Client
    records: tuple[PauseRecord, ...]
    non_pause: bool = False  # the pause word was only used in another sense
    comment_update: str = ""
    field: str = ""  # the export column the text came from, as its header names it


@dataclass(frozen=True)
class FieldCount:
    """One column of the export that passpause looked at for pauses."""

    header: str
    kind: str  # "note": a note field, read for pauses; "other": any other text column
    cells: int  # cells with text


@dataclass(frozen=True)
class Run:
    """One run kept in the ledger (ledger.py)."""

    id: int
    created_at: str
    as_of: str
    input_name: str
    studio: str
    counts: dict[str, int]


@dataclass(frozen=True)
class Changes:
    """What is different from the previous run of the same studio."""

    previous: Run | None = None
    new: tuple[str, ...] = ()  # pause keys
    closed_since: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()  # pauses no longer in any note
    disappeared: tuple[str, ...] = ()  # clients no longer in the export
    overdue_runs: dict[str, int] = field(default_factory=dict)  # key -> earlier runs overdue


@dataclass(frozen=True)
class Result:
    """The outcome of a whole run (pipeline.py)."""

    input_path: str
    input_sha256: str
    as_of: date
    lang: str
    rows_read: int
    rows_with_comment: int
    rows: tuple[RowResult, ...]
    outputs: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    warnings: tuple[Problem, ...] = ()  # about the run as a whole, not one record
    changes: Changes | None = None  # against the previous run, when there is a ledger
    fields: tuple[FieldCount, ...] = ()  # the columns looked at, note fields first
    identified_by: str = "customer_id"  # or "email" when the export has no number column

    def records(self, *statuses: str) -> list[tuple[RowResult, PauseRecord]]:
        return [(row, rec) for row in self.rows for rec in row.records
                if not statuses or rec.status in statuses]

    def per_week(self, weeks: int = 8) -> list[tuple[date | None, int]]:
        """Reactivations per week, for the charts: the overdue ones (None), then each of the
        next ``weeks`` weeks by its first day. A pause not begun has no resume day yet."""
        ahead = [(record.resume_date - self.as_of).days // 7
                 for _, record in self.records("due", "upcoming") if record.resume_date]
        return [(None, self.counts["overdue"])] + [
            (self.as_of + timedelta(days=7 * week), ahead.count(week)) for week in range(weeks)]

    @property
    def internal_errors(self) -> list[tuple[RowResult, PauseRecord]]:
        """Notes passpause failed on (a bug): on the review sheet, traced in the error log."""
        return [(row, rec) for row, rec in self.records("review")
                if any(p.code == "internal_error" for p in rec.problems)]

    @property
    def long_overdue(self) -> int:
        """Records overdue for two weeks or more: the ones to reactivate first."""
        return sum(1 for _, record in self.records("overdue") if record.long_overdue)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for _, rec in self.records():
            counts[rec.status] += 1
        return counts

    @property
    def mention_rows(self) -> int:
        return len(self.rows)

    @property
    def non_pause_rows(self) -> int:
        return sum(1 for row in self.rows if row.non_pause)

    @property
    def statement_rows(self) -> int:
        return sum(1 for row in self.rows if row.records)

    @property
    def reconciled(self) -> bool:
        """Every comment that mentions a pause has a statement or is another sense."""
        return self.mention_rows == self.statement_rows + self.non_pause_rows

    def by_field(self) -> list[dict]:
        """Per column looked at: its cells with text, those that mention a pause, and
        where they ended (a statement, to review, another sense of the word)."""
        counts = []
        for field in self.fields:
            rows = [row for row in self.rows if row.field == field.header]
            counts.append({
                "column": field.header, "kind": field.kind, "cells": field.cells,
                "mentions": len(rows),
                "statements": sum(1 for row in rows if row.records
                                  and any(r.status != "review" for r in row.records)),
                "review": sum(1 for row in rows if row.records
                              and all(r.status == "review" for r in row.records)),
                "other_sense": sum(1 for row in rows if not row.records and row.non_pause),
            })
        return counts
