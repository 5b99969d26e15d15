"""Spanish pause notes, as of Monday 24 November 2025."""

import pytest

from .table import case, check

CASES = [
    case("Pausa desde el 17 de junio de 2025, quedan 13 días en el bono mensual", "open",
         start="2025-06-17", until="2025-12-07", lang="es", kind="pass",
         product="bono mensual"),
    case("Bono congelado a partir del 3/11/2025, quedan quince días", "open",
         start="2025-11-03", days=15),
    case("Suspendido desde el lunes 3 de noviembre de 2025, le quedan 10 días", "open",
         start="2025-11-03"),
    case("Pausa del 1 al 20 de noviembre de 2025, quedan 9 días", "overdue",
         resume="2025-11-21", until="2025-11-30"),
    case("En pausa desde el 01/11/2025 hasta el 23/11/2025, quedan 10 días", "due",
         resume="2025-11-24"),
    case("Pausado desde el 01/11/2025, vuelve el 26/11/2025, quedan 8 días", "due",
         resume="2025-11-26", until="2025-12-04"),
    case("Pausa durante 3 semanas desde el 03/11/2025, quedan 10 días", "due",
         resume="2025-11-24"),
    case("Pausa por un mes desde el 20/10/2025, quedan 15 días", "overdue",
         resume="2025-11-20"),
    case("Congelado del 3 al 17 de octubre de 2025; le quedan 6 clases del bono y 25 días",
         "overdue", start="2025-10-03", end="2025-10-17", classes=6, days=25,
         until="2025-11-12"),
    case("Bono 10 clases en pausa desde el 01/10/2025, quedan 4 clases", "review",
         classes=4, problem="pack_without_validity", kind="pack"),
    case("Pausa desde el 20/10/2025, válido hasta el 30/11/2025", "open", days=41),
    case("Pausa desde el 01/11/2025 (lesión), quedan 9 días", "open", reason="lesión"),
    case("Pausa desde el 01/11/2025, motivo: viaje, quedan 9 días", "open", reason="viaje"),
    case("Pausa desde el 17 jun., quedan 13 días", "open", start="2025-06-17",
         warnings=("year_inferred",)),
    case("Pausa desde el 31/09/2025, quedan 10 días", "review", problem="impossible_date"),
    case("Pausa del 20/11/2025 al 10/11/2025, quedan 5 días", "review",
         problem="end_before_start"),
    case("Pausa desde el 17/06/2025, reactivado el 01/07/2025", "closed"),
    case("pausa para comer a las 14h", None),
]


@pytest.mark.parametrize("comment, status, expected", CASES)
def test_spanish(comment, status, expected):
    check(comment, status, expected)
