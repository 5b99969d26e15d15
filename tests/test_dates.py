"""The date rules, pinned by worked examples with dates (pure functions, no files)."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from passpause.dates import (PLAUSIBLE_YEARS_AHEAD, PLAUSIBLE_YEARS_BACK, Rules, resolve,
                             settle_history,
                             status_of)
from passpause.models import DateRef, Duration, PauseStatement, add_months


def ref(text: str) -> DateRef:
    """'17/06/2025' or '17/06' -> DateRef."""
    parts = [int(p) for p in text.split("/")]
    return DateRef(parts[0], parts[1], parts[2] if len(parts) > 2 else None, text)


def statement(**fields) -> PauseStatement:
    for key in ("start", "end", "resume", "original_end", "extended"):
        if isinstance(fields.get(key), str):
            fields[key] = ref(fields[key])
    return PauseStatement(text="", span=(0, 0), lang="fr", **fields)


AS_OF = date(2025, 11, 24)


def test_the_domain_example_paused_17_june_resumed_1_july():
    # A pass valid until 30 June, paused 17 June, resumed 1 July, 13 days left -> 1-14 July.
    record = resolve(statement(start="17/06/2025", resume="01/07/2025",
                               remaining=Duration(days=13)), Rules(date(2025, 7, 1)))
    assert (record.new_valid_from, record.new_valid_until) == (date(2025, 7, 1),
                                                               date(2025, 7, 14))
    assert record.status == "due"
    # ... which is the original end moved later by the pause length D - S = 14 days
    assert date(2025, 6, 30) + (record.resume_date - record.pause_start) == date(2025, 7, 14)


def test_counting_the_resume_day_ends_one_day_earlier():
    record = resolve(statement(start="17/06/2025", resume="01/07/2025",
                               remaining=Duration(days=13)),
                     Rules(date(2025, 7, 1), count_resume_day=True))
    assert record.new_valid_until == date(2025, 7, 13)


def test_resume_is_pause_end_plus_one_day():
    record = resolve(statement(start="17/06/2025", end="30/06/2025",
                               remaining=Duration(days=13)), Rules(AS_OF))
    assert record.resume_date == date(2025, 7, 1)


def test_resume_is_start_plus_length():
    record = resolve(statement(start="03/11/2025", length=Duration(days=21),
                               remaining=Duration(days=10)), Rules(AS_OF))
    assert record.resume_date == date(2025, 11, 24)


def test_months_are_calendar_months_then_days():
    record = resolve(statement(start="01/01/2026", end="30/01/2026",
                               remaining=Duration(months=1, days=5)), Rules(AS_OF))
    # resumed 31 January; + 1 month = 28 February (no 31st); + 5 days = 5 March
    assert record.new_valid_until == date(2026, 3, 5)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_remaining_from_the_original_end():
    record = resolve(statement(start="20/10/2025", end="09/11/2025",
                               original_end="30/11/2025"), Rules(AS_OF))
    assert record.remaining == Duration(days=41)
    assert record.new_valid_until == date(2025, 11, 10) + (date(2025, 11, 30) -
                                                           date(2025, 10, 20))


def test_remaining_and_original_end_may_differ_by_one_day():
    record = resolve(statement(start="01/10/2025", original_end="31/10/2025",
                               remaining=Duration(days=31)), Rules(AS_OF))
    assert record.status == "open"
    assert record.remaining == Duration(days=31)


def test_remaining_and_original_end_two_days_apart_need_review():
    record = resolve(statement(start="01/10/2025", original_end="31/10/2025",
                               remaining=Duration(days=32)), Rules(AS_OF))
    assert record.status == "review"
    assert record.problems[0].code == "remaining_disagrees"


def test_open_pause_is_computed_from_the_as_of_date():
    record = resolve(statement(start="17/06/2025", remaining=Duration(days=13)),
                     Rules(AS_OF))
    assert record.status == "open"
    assert record.resume_date is None
    assert (record.new_valid_from, record.new_valid_until) == (AS_OF, date(2025, 12, 7))


@pytest.mark.parametrize("start, as_of, year", [
    ("10/03", date(2025, 12, 1), 2025),   # read in December: last March
    ("20/12", date(2025, 11, 24), 2025),  # 26 days ahead: this December
    ("30/12", date(2025, 9, 1), 2024),  # 120 days ahead: too far, so last year
    ("05/01", date(2026, 1, 10), 2026),
])
def test_start_without_year_is_the_latest_no_more_than_31_days_ahead(start, as_of, year):
    record = resolve(statement(start=start, remaining=Duration(days=5)), Rules(as_of))
    assert record.pause_start.year == year
    assert "pause_start" in record.inferred
    assert [w.code for w in record.warnings][0] == "year_inferred"


@pytest.mark.parametrize("start, as_of, planned, status, year", [
    # read in November: 30 December last year (329 days back) or in 36 days? Not sure.
    ("30/12", date(2025, 11, 24), False, "review", None),
    ("30/12", date(2025, 11, 24), True, "upcoming", 2025),  # "prévue": the coming one
    ("14/04", date(2026, 2, 10), False, "review", None),  # Easter, last year or this one?
    ("14/04", date(2026, 2, 10), True, "upcoming", 2026),
    ("14/04", date(2025, 11, 24), False, "open", 2025),  # next April is 141 days away
    ("10/03", date(2025, 9, 1), False, "open", 2025),  # 175 days back: within six months
])
def test_a_yearless_start_that_may_be_last_years_or_the_coming_one(start, as_of, planned,
                                                                   status, year):
    record = resolve(replace(statement(start=start, remaining=Duration(days=5)),
                             planned=planned), Rules(as_of))
    assert record.status == status
    if year is None:
        assert record.problems[0].code == "year_ambiguous"
    else:
        assert record.pause_start.year == year


@pytest.mark.parametrize("written", ["0000", "1900", "2019", "2031", "9999"])
def test_a_year_far_from_the_as_of_date_is_review_never_a_date(written):
    record = resolve(statement(start=f"01/11/{written}", end="20/11/2025",
                               remaining=Duration(days=5)), Rules(AS_OF))
    assert record.status == "review"
    assert record.problems[0].code == "implausible_year"


@pytest.mark.parametrize("owed, status", [
    (Duration(days=366), "overdue"),  # a year pass bought in a leap year, paused at once
    (Duration(months=12), "overdue"),
    (Duration(days=367), "review"),
    (Duration(days=900), "review"),  # "il reste 900 jours": 90? 9?
    (Duration(months=14), "review"),
])
def test_more_owed_than_any_pass_lasts_is_review(owed, status):
    record = resolve(statement(start="01/11/2025", end="20/11/2025", remaining=owed),
                     Rules(AS_OF))
    assert record.status == status
    if status == "review":
        assert record.problems[0].code == "implausible_amount"
    else:
        assert record.new_valid_until == owed.after(date(2025, 11, 21))


@pytest.mark.parametrize("start, end, status", [
    ("11/03/2025", "11/10/2025", "review"),  # seven months, or 3-10 November month-first?
    ("01/06/2025", "30/09/2025", "overdue"),  # 30/09 has no month-first reading: long, sure
    ("03/11/2025", "16/11/2025", "overdue"),
    ("01/04/2025", "01/09/2025", "review"),  # five months, or 4-9 January month-first
    ("20/04/2025", "01/09/2025", "overdue"),  # 20/04 has no month-first reading
])
def test_a_long_pause_that_is_short_the_other_way_round_is_review(start, end, status):
    record = resolve(statement(start=start, end=end, is_range=True,
                               remaining=Duration(days=5)), Rules(AS_OF))
    assert record.status == status
    if status == "review":
        assert record.problems[0].code == "day_month_order"


def test_a_pause_followed_by_a_later_one_is_history():
    """Pause 1–15 June, then 3–16 November in the same cell: June was reactivated before
    November began. Read on 24 November 2025."""
    june = resolve(statement(start="01/06/2025", end="15/06/2025", is_range=True,
                             remaining=Duration(days=20)), Rules(AS_OF))
    november = resolve(statement(start="03/11/2025", end="16/11/2025", is_range=True,
                                 remaining=Duration(days=12)), Rules(AS_OF))
    settled = settle_history([june, november], Rules(AS_OF))
    assert [(r.status, r.resume_date, r.new_valid_until) for r in settled] == [
        ("closed", date(2025, 6, 16), None),
        ("overdue", date(2025, 11, 17), date(2025, 11, 29))]
    assert settled[0].warnings[0].code == "superseded"


def test_an_older_pause_of_another_product_is_review():
    """A pack paused in June, then the pass in November, in one cell: the June line was surely
    handled, but nothing says so."""
    june = resolve(replace(statement(start="01/06/2025", end="30/06/2025", is_range=True,
                                     remaining=Duration(days=20)), product_kind="pack"),
                   Rules(AS_OF))
    november = resolve(replace(statement(start="03/11/2025", end="16/11/2025", is_range=True,
                                         remaining=Duration(days=12)), product_kind="pass"),
                       Rules(AS_OF))
    settled = settle_history([june, november], Rules(AS_OF))
    assert [r.status for r in settled] == ["review", "overdue"]
    assert settled[0].problems[0].code == "older_pause"


@pytest.mark.parametrize("end, status", [
    ("16/11/2024", "review"),  # a year back: handled long ago, or a slip of the year
    ("05/01/2025", "review"),  # 323 days back
    ("20/05/2025", "review"),  # 188 days back
    ("30/05/2025", "overdue"),  # 177 days back: within six months
])
def test_a_resume_more_than_six_months_back_is_review(end, status):
    record = resolve(statement(start="01/" + end[3:], end=end, is_range=True,
                               remaining=Duration(days=12)), Rules(AS_OF))
    [settled] = settle_history([record], Rules(AS_OF))
    assert settled.status == status
    if status == "review":
        assert settled.problems[0].code == "long_ago"


def test_an_extension_makes_the_latest_end_the_pause_end():
    extended = replace(statement(start="01/11/2025", end="20/11/2025",
                                 remaining=Duration(days=9)), extended=ref("05/12/2025"))
    record = resolve(extended, Rules(AS_OF))
    assert (record.status, record.pause_end, record.resume_date) == (
        "upcoming", date(2025, 12, 5), date(2025, 12, 6))
    shorter = replace(extended, extended=ref("10/11/2025"))
    assert resolve(shorter, Rules(AS_OF)).problems[0].code == "extension_before_end"


def test_an_open_pause_that_has_not_begun_is_upcoming_with_nothing_to_enter():
    record = resolve(statement(start="01/12/2025", remaining=Duration(days=9)), Rules(AS_OF))
    assert record.status == "upcoming"
    assert (record.resume_date, record.new_valid_from, record.new_valid_until) == (
        None, None, None)


def test_end_without_year_is_the_first_on_or_after_the_start():
    record = resolve(statement(start="20/11/2025", resume="05/01", remaining=Duration(days=5)),
                     Rules(AS_OF))
    assert record.resume_date == date(2026, 1, 5)


@pytest.mark.parametrize("start, end, expected_start, expected_end", [
    ("17/06", "15/07/2025", date(2025, 6, 17), date(2025, 7, 15)),     # same year
    ("20/12", "10/01/2026", date(2025, 12, 20), date(2026, 1, 10)),    # the year before
    ("20/12/2025", "10/01", date(2025, 12, 20), date(2026, 1, 10)),    # first after start
])
def test_a_range_shares_its_year(start, end, expected_start, expected_end):
    record = resolve(statement(start=start, end=end, is_range=True,
                               remaining=Duration(days=5)), Rules(AS_OF))
    assert (record.pause_start, record.pause_end) == (expected_start, expected_end)
    assert "pause_start" not in record.inferred


def test_29_february_without_year_finds_a_leap_year():
    record = resolve(statement(start="29/02", remaining=Duration(days=5)),
                     Rules(date(2025, 3, 10)))
    assert record.pause_start == date(2024, 2, 29)


@pytest.mark.parametrize("resume, status", [
    (date(2025, 11, 23), "overdue"),
    (date(2025, 11, 24), "due"),
    (date(2025, 12, 1), "due"),
    (date(2025, 12, 2), "upcoming"),
    (None, "open"),
])
def test_status_against_as_of_and_horizon(resume, status):
    assert status_of(resume, Rules(AS_OF, horizon=7)) == status


@pytest.mark.parametrize("fields, code", [
    ({"start": "20/11/2025", "end": "10/11/2025", "remaining": Duration(days=5)},
     "end_before_start"),
    ({"start": "20/11/2025", "resume": "20/11/2025", "remaining": Duration(days=5)},
     "resume_before_start"),
    ({"start": "01/10/2025", "end": "10/10/2025", "resume": "20/10/2025",
      "remaining": Duration(days=5)}, "end_resume_disagree"),
    ({"start": "01/10/2025", "end": "10/10/2025", "length": Duration(days=21),
      "remaining": Duration(days=5)}, "length_disagrees"),
    ({"start": "01/10/2025"}, "nothing_owed"),
    ({"start": "01/10/2025", "remaining": Duration()}, "nothing_owed"),
    ({"start": "01/10/2025", "remaining_classes": 4}, "pack_without_validity"),
    ({"end": "10/10", "remaining": Duration(days=5)}, "year_missing"),
    ({"original_end": "30/11/2025"}, "original_end_without_start"),
    ({"start": "01/12/2025", "original_end": "30/11/2025"}, "original_end_before_start"),
    ({"length": Duration(days=7), "remaining": Duration(days=5)}, "length_without_start"),
    ({"start": "29/02/2025", "remaining": Duration(days=5)}, "impossible_date"),
])
def test_uncertain_statements_go_to_review(fields, code):
    record = resolve(statement(**fields), Rules(AS_OF))
    assert record.status == "review"
    assert record.new_valid_until is None
    assert record.problems[0].code == code


def test_closed_wins_over_everything():
    record = resolve(statement(start="31/02/2025", closed=True), Rules(AS_OF))
    assert record.status == "closed"


@pytest.mark.parametrize("written_on", ["12/04/2527", "12/04/1900"])
def test_a_closed_pause_written_on_a_slip_of_the_year_stays_closed(written_on):
    """The writing date is read for a closed pause too; a slip in its year never stops it."""
    record = resolve(statement(start="03/11/2025", end="16/11/2025", closed=True,
                               written_on=ref(written_on)), Rules(AS_OF))
    assert record.status == "closed"


from hypothesis import assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(DAYS, st.integers(0, 120), st.integers(1, 366), DAYS, st.integers(0, 30),
       st.booleans())
def test_date_rules_hold_for_any_dated_pause(start, length, owed, as_of, horizon, minus_one):
    """Resume = end + 1; validity = resume + what is owed (- 1 day when so counted); the
    status follows the resume date; all of it written back as the note would write it."""
    end = start + timedelta(days=length)
    # further from the as-of date: an implausible year, pinned above
    assume(as_of.year - PLAUSIBLE_YEARS_BACK <= start.year
           and end.year <= as_of.year + PLAUSIBLE_YEARS_AHEAD)
    note = statement(start=DateRef(start.day, start.month, start.year, "s"),
                     end=DateRef(end.day, end.month, end.year, "e"), is_range=True,
                     remaining=Duration(days=owed))
    record = resolve(note, Rules(as_of, horizon, minus_one))
    resume = end + timedelta(days=1)
    assert record.resume_date == resume == record.new_valid_from
    assert record.new_valid_until == resume + timedelta(days=owed - minus_one)
    assert record.remaining_days == owed - minus_one
    expected = ("overdue" if resume < as_of else
                "due" if resume <= as_of + timedelta(days=horizon) else "upcoming")
    assert record.status == expected


@settings(max_examples=200, deadline=None)
@given(DAYS, st.integers(0, 60), DAYS)
def test_a_start_without_year_is_never_more_than_31_days_ahead(start, owed, as_of):
    assume((start.month, start.day) != (2, 29))  # that one waits for a leap year, pinned above
    record = resolve(statement(start=DateRef(start.day, start.month, None, "s"),
                               remaining=Duration(days=owed + 1)), Rules(as_of))
    if record.status == "review":  # last year's, or the one coming soon: a person decides
        assert record.problems[0].code == "year_ambiguous"
        return
    assert as_of + timedelta(days=31) - timedelta(days=366) < record.pause_start
    assert record.pause_start <= as_of + timedelta(days=31)
    assert record.status == ("upcoming" if record.pause_start > as_of else "open")
