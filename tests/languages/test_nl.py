"""Dutch pause notes, as of Monday 24 November 2025."""

import pytest

from .table import case, check

CASES = [
    case("Pauze vanaf 17 juni 2025, nog 13 dagen", "open", start="2025-06-17",
         until="2025-12-07", lang="nl"),
    case("Abonnement bevroren vanaf 3-11-2025, nog twee weken", "open", days=14,
         kind="pass"),
    case("Gepauzeerd sinds ma 3 november 2025, nog 10 dagen", "open", start="2025-11-03"),
    case("Pauze van 1 t/m 14 oktober 2025, nog 10 dagen", "overdue", start="2025-10-01",
         end="2025-10-14", resume="2025-10-15", until="2025-10-25"),
    case("Pauze van 1 tot 20 november 2025, nog 9 dagen", "overdue", resume="2025-11-21"),
    case("Opgeschort vanaf 01-11-2025, terug op 26-11-2025, nog 8 dagen", "due",
         resume="2025-11-26", until="2025-12-04"),
    case("Pauze voor 3 weken vanaf 03-11-2025, nog 10 dagen", "due", resume="2025-11-24"),
    case("Pauze voor een maand vanaf 20-10-2025, nog 15 dagen", "overdue",
         resume="2025-11-20"),
    case("10-rittenkaart gepauzeerd van 1 t/m 20 november 2025, nog 4 lessen en 30 dagen",
         "overdue", classes=4, days=30, kind="pack"),
    case("10-rittenkaart gepauzeerd vanaf 01-10-2025, nog 4 lessen", "review",
         problem="pack_without_validity"),
    case("Pauze vanaf 20-10-2025, geldig tot 30-11-2025", "open", days=41),
    case("Pauze vanaf 01-11-2025 wegens blessure, nog 9 dagen", "open", reason="blessure"),
    case("Pauze vanaf 17 juni, nog 13 dagen", "open", start="2025-06-17",
         warnings=("year_inferred",)),
    case("Pauze vanaf 31-09-2025, nog 10 dagen", "review", problem="impossible_date"),
    case("Pauze vanaf 17-06-2025 [gereactiveerd op 01-07-2025, geldig tot 14-07-2025]",
         "closed"),
    case("lunchpauze om 12 uur", None),
]


@pytest.mark.parametrize("comment, status, expected", CASES)
def test_dutch(comment, status, expected):
    check(comment, status, expected)
