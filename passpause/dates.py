"""PauseStatement + as-of date -> PauseRecord: years, resume date, new validity, status.

Pure functions: the as-of date is always a parameter.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .catalogue import product_for
from .models import (ACTIONABLE, IMPORTED, DateRef, Duration, PauseRecord, PauseStatement,
                     Problem, add_months, days_in_month)

# How far in the future a start date without a year may lie: pauses are noted when they begin.
START_LOOKAHEAD = timedelta(days=31)
# Two readings of the same date may differ by this much and still agree.
TOLERANCE = timedelta(days=1)
# Overdue this long is flagged on the record: the client has waited two weeks or more.
LONG_OVERDUE_DAYS = 14
# The as-of dates passpause works for: every date it computes (a year of pauses, a year
# of time owed, the week's horizon) stays far inside what calendars and Excel can show.
AS_OF_FIRST, AS_OF_LAST = date(2000, 1, 1), date(2099, 12, 31)


def check_as_of(as_of: date) -> str:
    """Why ``as_of`` cannot be a run's date ("" when it can)."""
    if AS_OF_FIRST <= as_of <= AS_OF_LAST:
        return ""
    return (f"The as-of date {as_of.isoformat()} is outside the dates passpause works for "
            f"({AS_OF_FIRST.isoformat()} to {AS_OF_LAST.isoformat()}); give this week's date.")


# A written year further from the as-of date than this is a slip (0000, 1900, 9999):
# review, never a date. Pauses are noted when they begin and last months, not years.
PLAUSIBLE_YEARS_BACK = 5
PLAUSIBLE_YEARS_AHEAD = 2
# A yearless start read this far back by the rule, while the same day and month come
# again this soon, could be either (``Pause 14.4.-27.4.`` written in February).
AMBIGUOUS_BACK = timedelta(days=183)
AMBIGUOUS_AHEAD = timedelta(days=92)
# A resume date further back than this was surely handled already, or its year is a slip
# ("Pause du 20/10 au 05/01/2025" read in November 2025): review, not an import row.
LONG_AGO = timedelta(days=183)
# A day-first range longer than this that reads as a short one month-first
# ("11/03/2025 to 11/10/2025": seven months, or a week in November?) is review.
LONG_PAUSE = timedelta(days=92)
# Time owed beyond this (and a day: 366 days in a leap year) is a slip ("il reste 900
# jours"): the longest pass is a year.
MAX_OWED_MONTHS = 12


@dataclass(frozen=True)
class Rules:
    as_of: date
    horizon: int = 7
    count_resume_day: bool = False  # new validity = resume + remaining - 1 day
    products: tuple = ()  # config.Product entries of the studio's catalogue
    max_pause: Duration | None = None  # the studio's policy: longer pauses get a warning

    def product_for(self, st: PauseStatement):
        return product_for(self.products, st.product, st.text)


class _Review(Exception):
    """Internal: the statement cannot be computed with certainty."""

    def __init__(self, problem: Problem):
        self.problem = problem


def _date(ref: DateRef, year: int) -> date | None:
    if ref.day > days_in_month(year, ref.month):
        return None
    return date(year, ref.month, ref.day)


def _on_or_after(ref: DateRef, floor: date) -> date:
    for year in range(floor.year, floor.year + 9):
        found = _date(ref, year)
        if found and found >= floor:
            return found
    raise _Review(Problem.of("impossible_date", text=ref.text))


def _latest_before(ref: DateRef, ceiling: date) -> date:
    for year in range(ceiling.year, ceiling.year - 9, -1):
        found = _date(ref, year)
        if found and found <= ceiling:
            return found
    raise _Review(Problem.of("impossible_date", text=ref.text))


def _written(ref: DateRef, as_of: date) -> date:
    if not as_of.year - PLAUSIBLE_YEARS_BACK <= ref.year <= as_of.year + PLAUSIBLE_YEARS_AHEAD:
        raise _Review(Problem.of("implausible_year", text=ref.text))
    found = _date(ref, ref.year)
    if found is None:
        raise _Review(Problem.of("impossible_date", text=ref.text))
    return found


class _Resolver:
    """Turns the written dates of one statement into calendar dates (domain rule: missing year)."""

    def __init__(self, st: PauseStatement, rules: Rules):
        self.st, self.rules = st, rules
        self.inferred: list[str] = []
        self.written_on = self._written_on()

    def _written_on(self) -> date | None:
        """The day the note was written: never after the as-of date."""
        ref = self.st.written_on
        if ref is None:
            return None
        if ref.year is not None:
            return _written(ref, self.rules.as_of)
        return _latest_before(ref, self.rules.as_of)

    def start(self) -> date | None:
        st = self.st
        if st.start is None:
            return None
        if st.start.year is not None:
            return _written(st.start, self.rules.as_of)
        if st.is_range and st.end is not None and st.end.year is not None:
            # "du 17/06 au 15/07/2025", "20.12.-10.01.2026": same year, or the one before.
            end = _written(st.end, self.rules.as_of)
            same = _date(st.start, end.year)
            return same if same and same <= end else _on_or_after(
                st.start, date(end.year - 1, 1, 1))
        self.inferred.append("pause_start")
        if self.written_on is not None:  # the note says when it was written: read from there
            written = self.written_on
            past = _latest_before(st.start, written + START_LOOKAHEAD)
            coming = _on_or_after(st.start, written)
            # "01.12. MK: Pause 07.02.-20.02.": noted in December for the coming February
            if past < written - AMBIGUOUS_BACK and coming <= written + AMBIGUOUS_AHEAD:
                return coming
            return past
        as_of = self.rules.as_of
        start = _latest_before(st.start, as_of + START_LOOKAHEAD)
        coming = _on_or_after(st.start, as_of)
        if start < as_of - AMBIGUOUS_BACK and coming <= as_of + AMBIGUOUS_AHEAD:
            if not st.planned:  # last year's, or the coming one? A person knows.
                raise _Review(Problem.of("year_ambiguous", text=st.start.text,
                                         past=start, coming=coming))
            return coming  # "prévue", "geplant": the coming one
        return start

    def later(self, name: str, ref: DateRef | None, start: date | None) -> date | None:
        """An end, resume or original end date: the first such date on or after the start
        (or, without a start, after the day the note was written)."""
        if ref is None:
            return None
        if ref.year is not None:
            return _written(ref, self.rules.as_of)
        start = start or self.written_on
        if start is None:
            raise _Review(Problem.of("year_missing", text=ref.text))
        if not (self.st.is_range and name == "pause_end"):
            self.inferred.append(name)
        return _on_or_after(ref, start)


def _check_weekday(ref: DateRef | None, resolved: date | None) -> None:
    if ref is not None and resolved is not None and ref.weekday is not None:
        if resolved.weekday() != ref.weekday:
            raise _Review(Problem.of("weekday_mismatch", text=ref.text, date=resolved))


def _weekend_between(first: date, resume: date) -> bool:
    """``du 15 au 26 novembre (vendredi), vuelve el lunes 29``: only a weekend stands between
    the day after the pause and the resume date written, so the resume date holds."""
    days = (resume - first).days
    return 0 < days <= 2 and all((first + timedelta(days=n)).weekday() >= 5
                                 for n in range(days))


def _apart(a: date, b: date) -> bool:
    return abs(a - b) > TOLERANCE


def status_of(resume: date | None, rules: Rules) -> str:
    if resume is None:
        return "open"
    if resume < rules.as_of:
        return "overdue"
    if resume <= rules.as_of + timedelta(days=rules.horizon):
        return "due"
    return "upcoming"


def resolve(st: PauseStatement, rules: Rules) -> PauseRecord:
    """Apply the date rules to one statement; anything uncertain becomes a review record."""
    if st.closed:
        return _closed(st, rules)
    if st.problems:
        return PauseRecord(st, "review", problems=st.problems)
    try:
        resolver = _Resolver(st, rules)
        return _compute(st, rules, resolver)
    except _Review as review:
        return PauseRecord(st, "review", problems=(review.problem,))
    except OverflowError:  # a date past the year 9999: no calendar holds it
        return PauseRecord(st, "review", problems=(Problem.of("implausible_year", text=""),))


def _closed(st: PauseStatement, rules: Rules) -> PauseRecord:
    """A reactivated pause keeps the dates it had, so next week's run knows which it was."""
    try:  # (its writing date too may be a slip: "12/04/2527 MR: ... Reactivat el ...")
        resolver = _Resolver(st, rules)
        start = resolver.start()
        end = resolver.later("pause_end", st.end, start)
        resume = resolver.later("resume_date", st.resume, start)
    except (_Review, OverflowError):
        return PauseRecord(st, "closed")
    try:
        reactivated = resolver.later("closed_on", st.closed_on, start)
    except (_Review, OverflowError):
        reactivated = None
    if reactivated is not None and reactivated > rules.as_of:
        # "ab 01.12. wieder aktiv" read on 24.11.: not reactivated yet; the date is when
        return PauseRecord(st, "review", problems=(Problem.of("reactivated_later",
                                                              date=st.closed_on.text),))
    planned = resume or (end + timedelta(days=1) if end else None)
    return PauseRecord(st, "closed", pause_start=start, pause_end=end, resume_date=planned)


def _compute(st: PauseStatement, rules: Rules, resolver: _Resolver) -> PauseRecord:
    start = resolver.start()
    end = resolver.later("pause_end", st.end, start)
    extended = resolver.later("pause_end", st.extended, start)
    resume = resolver.later("resume_date", st.resume, start)
    original_end = resolver.later("original_end", st.original_end, start)
    for ref, value in ((st.start, start), (st.end, end), (st.extended, extended),
                       (st.resume, resume), (st.original_end, original_end)):
        _check_weekday(ref, value)
    if extended is not None:
        # "bis 20.11., verlängert bis 5.12.": the latest end is the pause end
        if end is not None and extended < end:
            raise _Review(Problem.of("extension_before_end", end=end, extended=extended))
        end = extended

    if start and end and end < start:
        raise _Review(Problem.of("end_before_start", start=start, end=end))
    _check_order(st, start, end)
    if start and resume and resume <= start:
        raise _Review(Problem.of("resume_before_start", start=start, resume=resume))

    planned = _resume_date(st, start, end, resume)
    product = rules.product_for(st)
    reissue = product is not None and product.action == "reissue"
    remaining = product.validity if reissue else _remaining(st, start, original_end)

    warnings = [Problem.of("year_inferred", field=name) for name in resolver.inferred]
    warnings += [Problem.of("role_assumed", field=role) for role in st.assumed]
    if st.slip:
        warnings.append(Problem.of("pause_word_slip", words=st.slip))
    warnings += [Problem.of("word_slip", words=shown, meant=meant) for shown, meant in st.word_slips]
    if remaining is None:
        if st.remaining_classes is not None:
            raise _Review(Problem.of("pack_without_validity", classes=st.remaining_classes))
        raise _Review(Problem.of("nothing_owed"))
    if not reissue and remaining.after(rules.as_of) > (add_months(rules.as_of, MAX_OWED_MONTHS)
                                                       + timedelta(days=1)):
        # "il reste 900 jours": no pass owes more than a year; a slip of the keyboard
        raise _Review(Problem.of("implausible_amount", amount=remaining.iso()))
    if reissue and product.kind == "pack" and not st.remaining_classes:
        raise _Review(Problem.of("reissue_without_classes", product=product.name))
    paused_until = planned or rules.as_of  # an open pause has lasted until today so far
    if rules.max_pause and start and paused_until > rules.max_pause.after(start):
        warnings.append(Problem.of("policy_max_pause", days=(paused_until - start).days,
                                   limit=rules.max_pause.iso()))

    effective = planned
    if planned is None:
        if start and start > rules.as_of:
            # Not begun: the product is still valid and nothing is due yet.
            warnings.append(Problem.of("not_started", start=start))
            return PauseRecord(st, "upcoming", pause_start=start, original_end=original_end,
                               remaining=remaining, inferred=tuple(resolver.inferred),
                               warnings=tuple(warnings))
        # Open-ended: computed as if the client came back on the as-of date.
        effective = rules.as_of
    if planned and (rules.as_of - planned).days >= LONG_OVERDUE_DAYS:
        warnings.insert(0, Problem.of("overdue_weeks", weeks=(rules.as_of - planned).days // 7))
    until = remaining.after(effective)
    if rules.count_resume_day and not reissue:  # a new product runs its normal validity
        until -= timedelta(days=1)
    if product is not None and product.kind != st.product_kind:
        st = replace(st, product_kind=product.kind)
    return PauseRecord(
        st, status_of(planned, rules), pause_start=start, pause_end=end, resume_date=planned,
        original_end=original_end, remaining=remaining, new_valid_from=effective,
        new_valid_until=until, action="reissue" if reissue else "extend",
        inferred=tuple(resolver.inferred), warnings=tuple(warnings),
    )


def _check_order(st: PauseStatement, start: date | None, end: date | None) -> None:
    """``11/03/2025 to 11/10/2025``: seven months day-first, a week month-first. A long pause
    whose dates are short the other way round needs a person."""
    if not (start and end and end - start > LONG_PAUSE and _digits(st.start) and _digits(st.end)):
        return
    try:
        swapped = (date(start.year, start.day, start.month), date(end.year, end.day, end.month))
    except ValueError:
        return  # the other order is no date: the written order stands
    if timedelta(0) <= swapped[1] - swapped[0] <= LONG_PAUSE:
        raise _Review(Problem.of("day_month_order", start=st.start.text, end=st.end.text))


def _digits(ref: DateRef | None) -> bool:
    return ref is not None and not any(ch.isalpha() for ch in ref.text)


def _first_date(record: PauseRecord) -> str:
    """The first date a review record gives its pause (start, end, resume or extension), or
    one it could not place ("Pauze eerder beëindigd op 10/11"); "" when none."""
    st = record.statement
    ref = st.start or st.end or st.resume or st.extended
    if ref is not None:
        return ref.text
    return next((text for p in record.problems if p.code in _UNPLACED_DATE
                 for text in [p.values.get("text") or p.values.get("values")] if text), "")


_UNPLACED_DATE = frozenset({"unclear_date", "ambiguous", "year_missing", "vague_date"})


def settle_history(records: list[PauseRecord], rules: Rules) -> list[PauseRecord]:
    """The statements of one cell, read together.

    - A pause that a later, begun pause of the same product follows was reactivated before
      that one began: it is history (closed), never a second import row. Followed by
      another product's pause, it is review.
    - A line that only comments on the pause ("Pause annulée", "pause à vérifier") holds
      for every pause of the cell.
    - A resume date more than six months back is review: surely handled already, or a
      slip of the year.
    """
    dated = [r for r in records if r.status in ACTIONABLE
             and r.pause_start]
    comments = tuple(p for r in records if r.status == "review" and not _values(r.statement)
                     for p in r.problems if p.code.startswith("modifier_"))
    # Linear in the cell's pauses (a cell may hold thousands): the begun pauses sorted by
    # start, with the product kinds found from each one to the last; and for each record the
    # first later review of the same product.
    begun = sorted((r for r in dated if r.pause_start <= rules.as_of),
                   key=lambda r: r.pause_start)
    starts = [r.pause_start for r in begun]
    kinds_after: list[frozenset] = [frozenset()] * (len(begun) + 1)
    for i in range(len(begun) - 1, -1, -1):
        kinds_after[i] = kinds_after[i + 1] | {begun[i].statement.product_kind}
    # the cell's reviews that give the pause a date, by product: above or below, they may
    # change this pause ("Still paused until 30/11.", "20/11 JS: hold extended to 30/11"
    # written above the older line); one with no product may be about any
    # (one per product written, and the products are few: "Monthly pass …" / "Pass still on
    # hold until 30/11." are one)
    dated_reviews: dict[str, tuple[int, PauseRecord]] = {}
    for position, record in enumerate(records):
        if record.status == "review" and _first_date(record):
            dated_reviews.setdefault(_key(record.statement.product), (position, record))

    def other_review(record: PauseRecord) -> tuple[int, PauseRecord] | None:
        return next((found for found in dated_reviews.values()
                     if _same_product(record.statement, found[1].statement)), None)

    # two lines that both pause the same product over the same days: which one holds?
    # ("Abo pausiert 03.11.–16.11. …\nAbo pausiert 03.11.–30.11. …", a log newest first)
    twice = _overlapping(dated)
    is_dated = {id(r) for r in dated}
    settled = []
    for index, record in enumerate(records):
        first = bisect.bisect_right(starts, record.resume_date) \
            if id(record) in is_dated and record.resume_date \
            and record.resume_date >= record.pause_start else len(begun)
        later = begun[first:]  # begun pauses that start after this one ended
        kind = record.statement.product_kind
        same_later = bool(kinds_after[first] & {"", kind}) if kind else bool(later)
        following = other_review(record) if record.status in ACTIONABLE else None
        if id(record) in twice:
            record = to_review(record, Problem.of("later_line", date=twice[id(record)]))
        elif same_later:
            record = replace(record, status="closed", new_valid_from=None,
                             new_valid_until=None, warnings=(Problem.of(
                                 "superseded", start=later[0].pause_start),))
        elif later:
            # another product's pause began after this one ended: an old line, surely
            # handled — but nothing says so
            record = to_review(record, Problem.of("older_pause", start=later[0].pause_start))
        elif following is not None:
            # another line about a pause of this product needs a person: this one may be
            # history, or changed by it
            position, review = following
            problem = (Problem.of("older_pause", start=review.statement.start.text)
                       if review.statement.start is not None and position > index else
                       Problem.of("later_line", date=_first_date(review)))
            record = to_review(record, problem)
        elif (record.status in IMPORTED and record.resume_date
              and rules.as_of - record.resume_date > LONG_AGO):
            record = to_review(record, Problem.of("long_ago", resume=record.resume_date))
        if comments and record.status in ACTIONABLE:
            record = replace(record, status="review", new_valid_from=None,
                             new_valid_until=None, problems=comments)
        settled.append(record)
    return settled


def _overlapping(dated: list[PauseRecord]) -> dict[int, str]:
    """The records (by id) whose pause overlaps another's of the same product (or one with
    no product), each with the other's start; linear after sorting by start."""
    found: dict[int, str] = {}
    by_start = sorted(dated, key=lambda r: r.pause_start)
    open_until: dict[str, tuple[date, PauseRecord]] = {}  # product -> latest resume so far
    for record in by_start:
        key = _key(record.statement.product)
        ends = record.resume_date or record.pause_start
        for until, other in list(open_until.values()):
            if _same_product(record.statement, other.statement) and record.pause_start < until:
                found[id(record)] = other.statement.start.text if other.statement.start else ""
                found[id(other)] = record.statement.start.text if record.statement.start else ""
        if key not in open_until or open_until[key][0] < ends:
            open_until[key] = (ends, record)
    return found


def _same_product(a: PauseStatement, b: PauseStatement) -> bool:
    """Whether two lines of a cell may speak of one product: the same name, two passes, or
    one name within the other of the same kind ("10-class pack" / "pack"); a line naming
    none may be about any pass, never about a named pack."""
    first, second = _key(a.product), _key(b.product)
    if not first or not second:
        return "pack" not in (a.product_kind, b.product_kind)
    # (a client has one pass: "Monatskarte …" / "Abo weiterhin pausiert bis 30.11.")
    return first == second or a.product_kind == b.product_kind == "pass" or (
        first in second or second in first) and a.product_kind == b.product_kind


def to_review(record: PauseRecord, problem: Problem) -> PauseRecord:
    """``record`` sent to review for ``problem``, its new dates taken away."""
    return replace(record, status="review", new_valid_from=None, new_valid_until=None,
                   warnings=(), problems=(problem,))


def _values(st: PauseStatement) -> bool:
    return any((st.start, st.end, st.resume, st.extended, st.length, st.remaining,
                st.remaining_classes, st.original_end))


def _key(product: str) -> str:
    return " ".join(product.casefold().split())


def _resume_date(st: PauseStatement, start: date | None, end: date | None,
                 resume: date | None) -> date | None:
    """Explicit resume date; else pause end + 1 day; else start + pause length."""
    after_end = end + timedelta(days=1) if end else None
    # an extension replaces the length first planned ("1 mois ..., prolongée jusqu'au 22/11")
    after_length = st.length.after(start) if st.length and start and not st.extended else None
    if st.length and not start and not end and not resume:
        raise _Review(Problem.of("length_without_start"))
    if resume and after_end and _apart(resume, after_end) and not _weekend_between(after_end,
                                                                                  resume):
        raise _Review(Problem.of("end_resume_disagree", end=end, resume=resume))
    candidate = resume or after_end
    if candidate and after_length and _apart(candidate, after_length):
        raise _Review(Problem.of("length_disagrees", length=st.length.iso(),
                                 date=candidate))
    return candidate or after_length


def _remaining(st: PauseStatement, start: date | None,
               original_end: date | None) -> Duration | None:
    """What staff wrote; else original end - start. Both must agree within a day."""
    if original_end is not None:
        if start is None:
            raise _Review(Problem.of("original_end_without_start"))
        if original_end <= start:
            raise _Review(Problem.of("original_end_before_start", start=start,
                                     original_end=original_end))
        if st.remaining and _apart(st.remaining.after(start), original_end):
            raise _Review(Problem.of("remaining_disagrees", remaining=st.remaining.iso(),
                                     original_end=original_end,
                                     days=(original_end - start).days))
        return st.remaining or Duration(days=(original_end - start).days)
    if st.remaining is not None and not st.remaining:
        raise _Review(Problem.of("nothing_owed"))
    return st.remaining
