"""Catalan pause notes, as of Monday 24 November 2025. Catalan is a language file only
(passpause/languages/ca.toml): these cases prove that a language is data."""

import pytest

from .table import case, check

CASES = [
    case("Abonament congelat del 03/11 al 16/11/2025, queden 12 dies", "overdue",
         resume="2025-11-17", until="2025-11-29", lang="ca", kind="pass",
         product="Abonament"),
    case("Pausa del 3 al 16 de novembre de 2025, queden 12 dies", "overdue",
         resume="2025-11-17", until="2025-11-29"),
    case("Aturat des del 03/11/2025, torna el 17/11, queden 12 dies", "overdue",
         resume="2025-11-17", until="2025-11-29"),
    case("Quota en pausa del 03/11/2025 fins al 16/11/2025, li queden 12 dies", "overdue",
         resume="2025-11-17"),
    case("Abonament en pausa des de l'1 de novembre de 2025 durant 3 setmanes, queden 10 dies",
         "overdue", resume="2025-11-22", until="2025-12-02"),
    case("Congelat del dl. 3 de novembre al dg. 16 de novembre de 2025, queden 2 setmanes",
         "overdue", resume="2025-11-17", until="2025-12-01"),
    case("Bo 10 classes aturat del 03/11 al 16/11/2025, queden 4 classes, vàlid fins al "
         "31/12/2025", "overdue", classes=4, kind="pack", until="2026-01-14"),
    case("Pausa des del 03/11/2025, queden 12 dies", "open", start="2025-11-03",
         until="2025-12-06"),
    case("Pausa prevista del 01/12 al 14/12/2025, queden 12 dies", "upcoming",
         resume="2025-12-15"),
    case("Pausa del 03/11 al 16/11/2025, reactivat el 17/11", "closed"),
    case("14/10 JM: abonament congelat del 03/11 al 16/11/2025, li quedaven 12 dies", "overdue",
         resume="2025-11-17", until="2025-11-29"),
    # what changes a value sends the note to review, in Catalan too
    case("Congelat del 03/11 al 16/11/2025, queden uns 12 dies", "review",
         problem="modifier_approximate"),
    case("Pausa del 03/11 al 16/11/2025, queden 12 dies, a confirmar", "review",
         problem="modifier_doubt"),
    case("Pausa del 03/11 al 16/11/2025 cancel·lada, queden 12 dies", "review",
         problem="modifier_cancelled"),
    case("Pausa des de demà, queden 12 dies", "review", problem="modifier_relative"),
    # numbers in words, from the language file (text2num has no Catalan), in front of a unit
    case("Pausa del 03/11 al 16/11/2025, queden dotze dies", "overdue", resume="2025-11-17",
         until="2025-11-29"),
    case("Congelat des del 03/11/2025 durant dues setmanes, queden vint-i-un dies", "overdue",
         resume="2025-11-17", until="2025-12-08"),
    case("Nou abonament congelat del 03/11 al 16/11/2025, queden 12 dies", "overdue",
         resume="2025-11-17", until="2025-11-29"),  # "nou": new, no unit after it
    # ... and never past thirty-one, which is not listed
    case("Pausa del 03/11 al 16/11/2025, queden quaranta dies", "review"),
    # other senses
    case("Pausa per dinar a les 13h", None),
    case("Ve a la pausa del migdia (13 h). Paga amb targeta.", None),
]


@pytest.mark.parametrize("comment, status, expected", CASES)
def test_catalan(comment, status, expected):
    check(comment, status, expected)
