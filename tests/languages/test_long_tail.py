"""How staff really write: the forms every language shares, several records in one cell, and
the notes named in the parser's specification."""

import pytest

from passpause import parse_comment

from .table import AS_OF, case, check

FORMS = [
    # date forms
    case("Pause à partir du 17 sept. 2025, il reste 10 jours", "open", start="2025-09-17"),
    case("Pause à partir du 1er septembre 2025, il reste 10 jours", "open",
         start="2025-09-01"),
    case("Paused from the 21st of October 2025, 10 days left", "open", start="2025-10-21"),
    case("Paused from October 2nd, 2025, 10 days left", "open", start="2025-10-02"),
    case("Paused June 17–30, 2025, 13 days left", "overdue", end="2025-06-30"),
    case("Pause du 17/06 → 30/06/2025, reste 10 j", "overdue", end="2025-06-30"),
    case("Pause 17/06->30/06/2025, reste 10 j", "overdue", end="2025-06-30"),
    case("Pause vom 17. bis 30. Juni, noch 13 Tage", "overdue", start="2025-06-17",
         end="2025-06-30"),
    case("Pause ab Mo., 3. November 2025, noch 10 Tage", "open", start="2025-11-03"),
    case("pause du 20.12 au 10.01.2026, reste 5 jours", "upcoming", start="2025-12-20"),
    # numbers and durations
    case("Pause d'un mois à partir du 15/10/2025, il reste 20 jours", "overdue",
         resume="2025-11-15", until="2025-12-05"),
    case("Pausiert ab 1. Oktober 2025, noch zwei Wochen Restlaufzeit", "open",
         start="2025-10-01", days=14),
    case("Pause depuis le 01/11/2025, il reste 1 mois et 5 jours", "open",
         until="2025-12-29"),
    case("Pause seit 01.11.2025, noch 2 Wochen und 3 Tage", "open", days=17),
    case("Paused for a week from 3 Nov 2025, 10 days left", "overdue", resume="2025-11-10"),
    case("Pause für eine Woche ab 3.11.2025, noch 10 Tage", "overdue", resume="2025-11-10"),
    # numbers that are not dates or counts
    case("Pause depuis le 01/11/2025, tél 06 12 34 56 78, 12h30, payé 49,90 €, il reste "
         "4 jours", "open", days=4),
    case("Pause depuis le 01/11/2025, tél 06.12.34.56.78, reste 4 j", "open", days=4),
    case("Pause depuis le 05/10/2025 (opération le 02/10), reste 8 jours", "open",
         start="2025-10-05", reason="opération le 02/10"),
    # vague dates are never replaced by the as-of date: a person decides
    case("Pause bis Ende Juni, noch 10 Tage", "review", problem="vague_date"),
    case("Pause jusqu'à mi-juillet, il reste 10 jours", "review", problem="vague_date"),
    case("Paused from Monday, 10 days left", "review", problem="vague_date"),
    case("Pausa hasta finales de junio, quedan 10 días", "review", problem="vague_date"),
    # "may" is no month here; "soon" is a return without a date: a person decides
    case("She may come back soon: paused since 1 Nov 2025, 10 days left", "review",
         problem="modifier_relative"),
    # a start or a range belongs to the sentence about the pause
    case("En pause, il reste 10 jours. Stage du 20/11 au 22/11/2025.", "review",
         problem="unclear_date"),
    case("Pause depuis le 03/11/2025. Retour prévu le 01/12/2025. Il reste 10 jours.", "due",
         resume="2025-12-01"),
    # several lines in one cell
    case("Allergique au latex\nPause depuis le 01/11/2025\nIl reste 4 jours", "open",
         days=4),
]


@pytest.mark.parametrize("comment, status, expected", FORMS)
def test_forms(comment, status, expected):
    check(comment, status, expected)


def records_of(note, as_of=AS_OF):
    return [(r.status, r.statement.product, str(r.new_valid_from), str(r.new_valid_until),
             r.statement.remaining_classes) for r in parse_comment(note, as_of=as_of)]


def test_two_products_paused_at_once_are_two_records():
    assert records_of(
        "Pass mensuel et carnet 10 cours en pause du 01/11 au 20/11/2025 : il reste 13 jours "
        "sur le pass mensuel et 4 cours et 30 jours sur le carnet") == [
        ("overdue", "Pass mensuel", "2025-11-21", "2025-12-04", None),
        ("overdue", "carnet 10 cours", "2025-11-21", "2025-12-21", 4)]


def test_two_products_each_in_its_own_sentence():
    assert records_of("Pause du 01/11 au 20/11/2025. Pass mensuel : reste 13 jours. Carnet : "
                      "reste 4 séances et 30 jours") == [
        ("overdue", "Pass mensuel", "2025-11-21", "2025-12-04", None),
        ("overdue", "Carnet", "2025-11-21", "2025-12-21", 4)]


def test_a_product_with_nothing_owed_goes_to_review():
    records = parse_comment("Monatskarte und 10er-Block pausiert vom 01.11. bis 20.11.2025, "
                            "noch 13 Tage auf der Monatskarte und 4 Einheiten auf dem "
                            "10er-Block", as_of=AS_OF)
    assert [(r.status, r.statement.product) for r in records] == [
        ("overdue", "Monatskarte"), ("review", "10er-Block")]
    assert records[1].problems[0].code == "pack_without_validity"


@pytest.mark.parametrize("note, expected", [
    ("Congelado del 3 al 17 de octubre de 2025; le quedan 6 clases del bono y 25 días",
     ("2025-10-03", "2025-10-18", "2025-10-18", "2025-11-12", 6)),
    ("Pauze van 1 t/m 14 oktober 2025, nog 10 dagen",
     ("2025-10-01", "2025-10-15", "2025-10-15", "2025-10-25", None)),
    ("Pausiert ab 1. Oktober 2025, noch zwei Wochen Restlaufzeit",
     ("2025-10-01", "None", "2025-11-24", "2025-12-08", None)),
    ("Pause d'un mois à partir du 15/10/2025, il reste 20 jours",
     ("2025-10-15", "2025-11-15", "2025-11-15", "2025-12-05", None)),
])
def test_the_notes_named_in_the_specification(note, expected):
    [record] = parse_comment(note, as_of=AS_OF)
    got = (str(record.pause_start), str(record.resume_date), str(record.new_valid_from),
           str(record.new_valid_until), record.statement.remaining_classes)
    assert got == expected


def test_certainty_says_what_was_read_and_what_was_assumed():
    [record] = parse_comment("Pause 10/11 ; reste 10 jours", as_of=AS_OF)
    assert record.statement.read == ("remaining",)
    assert record.statement.assumed == ("start",)
    assert record.inferred == ("pause_start",)
    assert {w.code for w in record.warnings} == {"year_inferred", "role_assumed"}
