"""Italian pause notes, as of Monday 24 November 2025."""

import pytest

from .table import case, check

CASES = [
    case("In pausa dal 17 giugno 2025, restano 13 giorni", "open", start="2025-06-17",
         until="2025-12-07", lang="it"),
    case("Abbonamento sospeso dal 3/11/2025, restano dieci giorni", "open", days=10,
         kind="pass", product="Abbonamento"),
    case("Congelato a partire dal 3 nov. 2025, rimangono 10 giorni", "open",
         start="2025-11-03"),
    case("Pausa dal 1 al 20 novembre 2025, restano 9 giorni", "overdue",
         resume="2025-11-21"),
    case("Pausa dal 01/11/2025 fino al 23/11/2025, restano 10 giorni", "due",
         resume="2025-11-24"),
    case("Sospeso dal 01/11/2025, rientro il 26/11/2025, restano 8 giorni", "due",
         resume="2025-11-26", until="2025-12-04"),
    case("Pausa per 2 settimane dal 03/11/2025, restano 10 giorni", "overdue",
         resume="2025-11-17"),
    case("Pausa per un mese dal 20/10/2025, restano 15 giorni", "overdue",
         resume="2025-11-20"),
    case("Carnet da 10 in pausa dal 01/11 al 20/11/2025, restano 4 lezioni e 30 giorni",
         "overdue", classes=4, days=30, kind="pack"),
    case("Carnet da 10 in pausa dal 01/10/2025, restano 4 lezioni", "review",
         problem="pack_without_validity"),
    case("Pausa dal 20/10/2025, valido fino al 30/11/2025", "open", days=41),
    case("Pausa dal 3 novembre 2025 per infortunio, restano 10 giorni", "open",
         reason="infortunio"),
    case("Pausa dal 01/11/2025, motivo: viaggio, restano 9 giorni", "open", reason="viaggio"),
    case("Pausa dal 17/06, restano 13 giorni", "open", start="2025-06-17",
         warnings=("year_inferred",)),
    case("Pausa dal 31/09/2025, restano 10 giorni", "review", problem="impossible_date"),
    case("Pausa dal 17/06/2025, riattivato il 01/07/2025", "closed"),
    case("pausa pranzo alle 13", None),
]


@pytest.mark.parametrize("comment, status, expected", CASES)
def test_italian(comment, status, expected):
    check(comment, status, expected)
