"""English pause notes, as of Monday 24 November 2025."""

import pytest

from .table import case, check

CASES = [
    # the English help article's phrasing, and start forms
    case("Pause starting 15 May 2025; 13 days remaining on monthly pass", "open",
         start="2025-05-15", until="2025-12-07", product="monthly pass", kind="pass",
         lang="en"),
    case("Paused from 2025-06-17, 13 days left", "open", start="2025-06-17"),
    case("On hold since June 17, 2025 - thirteen days left", "open", start="2025-06-17",
         days=13),
    case("Frozen as of 17th June 2025, 13 days remaining", "open", start="2025-06-17"),
    case("Membership suspended from Mon 3 November 2025, 10 days left", "open",
         start="2025-11-03"),
    # end and ranges
    case("Paused from June 17-30, 2025; 13 days left", "overdue", start="2025-06-17",
         end="2025-06-30", resume="2025-07-01", until="2025-07-14"),
    case("On hold 17 June to 15 July 2025, 13 days left", "overdue", resume="2025-07-16"),
    case("Paused from 3 Nov 2025 until 23 Nov 2025, 10 days left", "due",
         resume="2025-11-24", until="2025-12-04"),
    case("Freeze through November 23, 2025, 10 days left", "due", resume="2025-11-24"),
    case("Paused Dec 20 2025 to Jan 10 2026, 5 days left", "upcoming", start="2025-12-20",
         resume="2026-01-11"),
    # resume
    case("On hold since 2025-11-01, back on November 26, 10 days remaining", "due",
         resume="2025-11-26", until="2025-12-06"),
    case("Paused 1 Nov 2025, resumes 16 December 2025, 8 days left", "upcoming",
         resume="2025-12-16"),
    case("Paused since 1 November 2025, returning on 20 November 2025, 8 days left",
         "overdue", resume="2025-11-20"),
    # length
    case("Paused for 3 weeks from 3 November 2025, 10 days left", "due", resume="2025-11-24"),
    case("Freeze for 1 month starting 20 October 2025, 15 days remaining", "overdue",
         resume="2025-11-20"),
    case("Paused for two weeks from 10 Nov 2025, 1 month and 5 days left", "due",
         until="2025-12-29"),
    # classes and packs
    case("10-class pack on hold from 1 Nov to 20 Nov 2025, 4 classes and 30 days left",
         "overdue", classes=4, kind="pack", product="10-class pack", days=30),
    case("10-class pack paused since 1 October 2025, 4 classes left", "review", classes=4,
         problem="pack_without_validity"),
    # original end
    case("Paused from 20 October 2025 (travel), valid until 30 November 2025", "open",
         original_end="2025-11-30", days=41, reason="travel"),
    case("Paused from 1 October 2025, 20 days left, valid until 30 November 2025", "review",
         problem="remaining_disagrees"),
    # reason
    case("Paused 1 Nov to 20 Nov 2025, reason: injury, 9 days left", "overdue",
         reason="injury"),
    case("Paused 1 Nov to 20 Nov 2025 due to surgery, 9 days left", "overdue",
         reason="surgery"),
    # missing year, shorthand
    case("Paused from June 17; 13 days left", "open", start="2025-06-17",
         warnings=("year_inferred",)),
    case("PAUSED FROM 3 NOV 2025, 2 WKS LEFT", "open", days=14),
    case("on hold from 3 Nov 2025, 13d left", "open", days=13),
    # traps
    case("Paused since 31/09/2025, 10 days left", "review", problem="impossible_date"),
    case("Paused from 20 Nov 2025 to 10 Nov 2025, 5 days left", "review",
         problem="end_before_start"),
    case("Paused from Tue 3 November 2025, 10 days left", "review",
         problem="weekday_mismatch"),
    case("Paused since 1 November 2025", "review", problem="nothing_owed"),
    case("Pause", "review", problem="no_details"),
    case("Paused 1 Oct to 10 Oct 2025, back on 20 Oct 2025, 3 days left", "review",
         problem="end_resume_disagree"),
    # closed and other senses
    case("Paused 17 June to 30 June 2025, reactivated 2025-07-01", "closed"),
    case("Paused from 10 Sep 2025, 13 days left [reactivated 2025-10-01, valid until "
         "2025-10-14]", "closed"),
    case("lunch break at noon, prefers evening classes", None),
    case("Hold music annoys her", None),
]


@pytest.mark.parametrize("comment, status, expected", CASES)
def test_english(comment, status, expected):
    check(comment, status, expected)
