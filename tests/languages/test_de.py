"""German pause notes, as of Monday 24 November 2025."""

import pytest

from .table import case, check

CASES = [
    # pause start
    case("Pause ab 17.06.2025, noch 13 Tage auf der Monatskarte", "open", start="2025-06-17",
         until="2025-12-07", product="Monatskarte", kind="pass", lang="de"),
    case("pausiert seit 17.06.25, noch 13 Tage", "open", start="2025-06-17"),
    case("Ab dem 17. Juni 2025 pausiert, Restlaufzeit 2 Wochen", "open", start="2025-06-17",
         days=14),
    case("Eingefroren seit dem 3.11.2025, noch dreizehn Tage", "open", start="2025-11-03",
         days=13),
    case("Ruhezeit ab Mo. 10.11.2025, noch 2 Wochen und 3 Tage", "open", start="2025-11-10",
         days=17),
    # pause end and ranges
    case("Pause vom 17. bis 30. Juni 2025, noch 13 Tage", "overdue", start="2025-06-17",
         end="2025-06-30", resume="2025-07-01", until="2025-07-14"),
    case("Pause 17.–30.06.2025, noch 13 Tage", "overdue", end="2025-06-30"),
    case("Unterbrechung vom 03.11. bis 23.11.2025, noch 10 Tage", "due", resume="2025-11-24",
         until="2025-12-04"),
    case("Pause 20.12.–10.01.2026, noch 5 Tage", "upcoming", start="2025-12-20",
         resume="2026-01-11"),
    case("Pause seit 01.11.2025 bis zum 20.11.2025, noch 9 Tage", "overdue",
         resume="2025-11-21"),
    case("Ruhezeit bis 27.11.2025 wegen Umzug, noch 20 Tage", "due", resume="2025-11-28",
         reason="Umzug"),
    # resume date
    case("Pause seit 01.11.2025, Wiedereinstieg am 26.11.2025, noch 8 Tage", "due",
         resume="2025-11-26", until="2025-12-04"),
    case("Pause seit 01.11.2025, zurück ab 16.12.2025, noch 8 Tage", "upcoming",
         resume="2025-12-16"),
    case("Pause seit 01.11.2025, Rückkehr am 20.11.2025, Rest 3 Wo.", "overdue",
         resume="2025-11-20", days=21),
    # pause length
    case("Pause für 3 Wochen ab 03.11.2025, noch 10 Tage", "due", resume="2025-11-24"),
    case("Pause für 1 Monat ab 20.10.2025, noch 15 Tage", "overdue", resume="2025-11-20"),
    case("3 Wochen Pause ab 03.11.2025, noch 10 Tage", "due", resume="2025-11-24"),
    # remaining classes, products
    case("10er-Block pausiert vom 01.11. bis 20.11.2025, noch 4 Einheiten und 30 Tage",
         "overdue", classes=4, kind="pack", product="10er-Block", days=30),
    case("10er-Block pausiert seit 01.10.2025, noch 4 Einheiten", "review", classes=4,
         problem="pack_without_validity"),
    # original end
    case("Pause ab 20.10.2025 (Urlaub), gültig bis 30.11.2025", "open",
         original_end="2025-11-30", days=41, reason="Urlaub"),
    case("Pause ab 01.10.2025, noch 20 Tage, gültig bis 30.11.2025", "review",
         problem="remaining_disagrees"),
    # reason
    case("Pause vom 01.11. bis 20.11.2025, Grund: Verletzung, noch 9 Tage", "overdue",
         reason="Verletzung"),
    # missing year, umlauts written out or missing
    case("Pause ab 17.06., noch 13 Tage", "open", start="2025-06-17",
         warnings=("year_inferred",)),
    case("Pause vom 1. bis 21. November, noch 7 Tage", "overdue", start="2025-11-01"),
    case("Pause ab 5. Marz 2025, noch 1 Monat", "open", start="2025-03-05",
         until="2025-12-24"),
    case("Pause ab 5. Maerz 2025, noch 1 Monat", "open", start="2025-03-05"),
    case("Verletzungspause vom 1. bis 20. November 2025, Rest 3 Wo.", "overdue",
         resume="2025-11-21", until="2025-12-12"),
    # times and prices are not dates
    case("Pause ab 01.11.2025, Termin 12.30 Uhr, 49,90 € bezahlt, noch 10 Tage", "open",
         start="2025-11-01", days=10),
    # traps
    case("Eingefroren seit 30.02.2025, noch 10 Tage", "review", problem="impossible_date"),
    case("Unterbrechung vom 01.09.2025 bis 31.08.2025, noch 5 Tage", "review",
         problem="end_before_start"),
    case("Pause ab Di. 10.11.2025, noch 5 Tage", "review", problem="weekday_mismatch"),
    case("Pause seit 01.11.2025", "review", problem="nothing_owed"),
    case("Pause", "review", problem="no_details"),
    case("Pause vom 01.10. bis 10.10.2025, Wiedereinstieg am 20.10.2025, noch 3 Tage",
         "review", problem="end_resume_disagree"),
    # closed and other senses
    case("Pause vom 01.06. bis 15.06.2025, reaktiviert am 16.06.2025", "closed"),
    case("Pause ab 10.09.2025, noch 13 Tage [reaktiviert am 01.10.2025, gültig bis "
         "14.10.2025]", "closed"),
    case("Mittagspause 12-13 Uhr, bitte nicht anrufen", None),
    case("Kaffeepause mit Anna", None),
    case("Zahlt bar", None),
]


@pytest.mark.parametrize("comment, status, expected", CASES)
def test_german(comment, status, expected):
    check(comment, status, expected)
