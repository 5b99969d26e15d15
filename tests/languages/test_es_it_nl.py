"""Spanish, Italian and Dutch: the help article's statement (pause start + time left) and kin."""

import pytest

from .table import case, check

CASES = [
    case("Pausa desde el 17 de junio de 2025, quedan 13 días en el bono mensual", "open",
         start="2025-06-17", until="2025-12-07", lang="es", kind="pass"),
    case("Bono congelado a partir del 3/11/2025, quedan quince días", "open",
         start="2025-11-03", days=15, lang="es"),
    case("Pausa del 1 al 20 de noviembre de 2025, quedan 9 días", "overdue",
         resume="2025-11-21", lang="es"),
    case("Pausa desde el 17/06/2025, reactivado el 01/07/2025", "closed"),
    case("In pausa dal 17 giugno 2025, restano 13 giorni", "open", start="2025-06-17",
         until="2025-12-07", lang="it"),
    case("Abbonamento sospeso dal 3/11/2025, restano dieci giorni", "open", days=10,
         lang="it"),
    case("Pausa dal 1 al 20 novembre 2025, restano 9 giorni", "overdue",
         resume="2025-11-21"),
    case("pausa pranzo alle 13", None),
    case("Pauze vanaf 17 juni 2025, nog 13 dagen", "open", start="2025-06-17",
         until="2025-12-07", lang="nl"),
    case("Abonnement bevroren vanaf 3-11-2025, nog twee weken", "open", days=14, lang="nl"),
    case("Pauze van 1 t/m 20 november 2025, nog 9 dagen", "overdue", resume="2025-11-21"),
    case("lunchpauze om 12 uur", None),
]


@pytest.mark.parametrize("comment, status, expected", CASES)
def test_other_languages(comment, status, expected):
    check(comment, status, expected)
