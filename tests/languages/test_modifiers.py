"""Words that change a value, in every language: a statement holding one goes to review with
a reason that quotes the words, and never to the import file. As of Monday 24 November 2025
unless a case says otherwise."""

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passpause import parse_comment
from passpause.lexicon import load_lexicon, normalize
from passpause.parse import grammar, spell_numbers
from passpause.write.labels import Labels

from .table import AS_OF, case, check

IMPORTED = ("overdue", "due")

CASES = [
    # approximation
    case("Pause depuis le 01/11/2025, il reste environ 10 jours", "review",
         problem="modifier_approximate"),
    case("Pause seit 01.11.2025, noch ca. 10 Tage", "review", problem="modifier_approximate"),
    case("On hold since 01/11/2025, about 10 days left", "review",
         problem="modifier_approximate"),
    case("Pausa desde el 01/11/2025, quedan unos 10 días", "review",
         problem="modifier_approximate"),
    case("Pausa dal 01/11/2025, restano circa 10 giorni", "review",
         problem="modifier_approximate"),
    case("Pauze sinds 01-11-2025, nog ongeveer 10 dagen", "review",
         problem="modifier_approximate"),
    case("Pause du 01/11 au 20/11/2025, il reste ±7 jours", "review",
         problem="modifier_approximate"),
    case("Pause ab 3.11.2025 für zwei-drei Wochen, noch 11 Tage", "review",
         problem="modifier_approximate"),
    # fractions
    case("Gel de deux semaines et demie dès le 3 novembre 2025, reste 9 jours", "review",
         problem="modifier_fraction"),
    case("Pause anderthalb Wochen ab 3.11.2025, noch 9 Tage", "review",
         problem="modifier_fraction"),
    case("Paused from 03/11/2025 for three weeks and a half, 9 days left", "review",
         problem="modifier_fraction"),
    case("Pausa desde el 03/11/2025, quedan 2 semanas y media", "review",
         problem="modifier_fraction"),
    case("Pausa dal 03/11/2025, restano 2 settimane e mezzo", "review",
         problem="modifier_fraction"),
    case("Pauze vanaf 03-11-2025, nog 2 weken en een half", "review",
         problem="modifier_fraction"),
    case("Pause ab 3.11.2025, noch 1,5 Wochen", "review", problem="modifier_fraction"),
    # relative time, without a date the note was written
    case("Pause à partir de la semaine prochaine, il reste 10 jours", "review",
         problem="modifier_relative"),
    case("Pause ab nächsten Montag, noch 10 Tage", "review", problem="modifier_relative"),
    case("Paused from next week, 10 days left", "review", problem="modifier_relative"),
    case("Pausa desde mañana, quedan 10 días", "review", problem="modifier_relative"),
    case("Pausa da domani, restano 10 giorni", "review", problem="modifier_relative"),
    case("Pauze vanaf volgende week, nog 10 dagen", "review", problem="modifier_relative"),
    case("Pause seit heute, noch 9 Tage", "review", problem="modifier_relative"),
    # doubt
    case("Pause du 01/11 au 20/11/2025, il reste 10 jours (à vérifier)", "review",
         problem="modifier_doubt"),
    case("Pause 01.11.–20.11.2025, noch 10 Tage, bitte prüfen", "review",
         problem="modifier_doubt"),
    case("Paused 01/11-20/11/2025, 10 days left, to check", "review", problem="modifier_doubt"),
    case("Pausa del 01/11 al 20/11/2025, quedan 10 días a confirmar", "review",
         problem="modifier_doubt"),
    case("Pausa dal 01/11 al 20/11/2025, restano 10 giorni da verificare", "review",
         problem="modifier_doubt"),
    case("Pauze 01-11 t/m 20-11-2025, nog 10 dagen, navragen", "review",
         problem="modifier_doubt"),
    case("Pause du 01/11 au 20/11/2025 ?, il reste 10 jours", "review",
         problem="modifier_doubt"),
    # what was used up is never the time left
    case("Pause depuis le 01/11/2025, 13 jours utilisés", "review"),
    case("Pause seit 01.11.2025, 13 Tage verbraucht", "review"),
    case("Paused since 01/11/2025, 13 days used up", "review"),
    case("Pausa desde el 01/11/2025, 13 días usados", "review"),
    case("Pausa dal 01/11/2025, 13 giorni usati", "review"),
    case("Pauze sinds 01-11-2025, 13 dagen gebruikt", "review"),
    # signed amounts and implausible years
    case("Pause depuis le 01/11/2025, il reste -5 jours", "review", problem="signed_amount"),
    case("Pause seit 01.11.2025, noch -5 Tage", "review", problem="signed_amount"),
    case("Pause du 01/11/0000 au 20/11/2025, il reste 5 jours", "review",
         problem="implausible_year"),
    case("Pause vom 01.12.9999 bis 20.12.9999, noch 30 Tage", "review",
         problem="implausible_year"),
    case("Paused 01/11/1900 to 20/11/2025, 5 days left", "review", problem="implausible_year"),
    # an unknown word between a keyword and its value, or right after a unit
    case("Pause depuis le 01/11/2025, il reste gratuits 10 jours", "review",
         problem="unread_words"),
    case("Pause ab 01.11.2025 bis voraussichtlich 20.11.2025, noch 9 Tage", "review",
         problem="modifier_doubt"),
    case("Paused from 01/11/2025, 10 days extra", "review"),
    case("Pausa dal 01/11/2025, restano 10 giorni bonus", "review", problem="unread_words"),
    # a modifier on another line or in another sentence of the same statement
    case("Pause du 01/11 au 20/11/2025\nil reste environ 9 jours", "review",
         problem="modifier_approximate"),
    case("Pause vom 01.11. bis 20.11.2025, noch 9 Tage\nbitte prüfen", "review",
         problem="modifier_doubt"),
    case("Paused 01/11-20/11/2025, 9 days left. TBC", "review", problem="modifier_doubt"),
    case("Pause from 01/11/2025 until end of month, 9 days left", "review",
         problem="modifier_relative"),
    # a dash between a keyword and its value, or after a comma, may be a minus sign
    case("Pause du 01/11/2025 au 20/11/2025, il reste – 9 jours", "review",
         problem="signed_amount"),
    case("Pause vom 01.11. bis 20.11.2025, noch - 9 Tage", "review", problem="signed_amount"),
    case("Paused 01/11 to 20/11/2025, - 9 days left", "review", problem="signed_amount"),
    case("Pausa del 01/11 al 20/11/2025, quedan – 9 días", "review", problem="signed_amount"),
    case("Pausa dal 01/11 al 20/11/2025, restano - 9 giorni", "review",
         problem="signed_amount"),
    case("Pauze van 01-11 t/m 20-11-2025, nog – 9 dagen", "review", problem="signed_amount"),
    # one letter wrong in a word that changes a value is still that word
    case("Pause du 01/11 au 20/11/2025, il reste 10 jours, à vérifer", "review",
         problem="modifier_doubt"),
    case("Pause vom 01.11. bis 20.11.2025, noch 10 Tage. Bitte nachprüfn", "review",
         problem="modifier_doubt"),
    case("Paused 01/11 to 20/11/2025, probaly 10 days left", "review",
         problem="modifier_doubt"),
    case("Pausa del 01/11 al 20/11/2025, quedan 10 días, confrimar", "review",
         problem="modifier_doubt"),
    case("Pausa dal 01/11 al 20/11/2025, restano 10 giorni, da verificrae", "review",
         problem="modifier_doubt"),
    case("Pauze van 01-11 t/m 20-11-2025, nog ongeveeer 10 dagen", "review",
         problem="modifier_approximate"),
    # the pause or the product was cancelled, refused, refunded
    case("Pause du 01/11/2025 au 20/11/2025 annulée, il reste 9 jours", "review",
         problem="modifier_cancelled"),
    case("Pause 01.11.–20.11.2025 (storniert), noch 9 Tage", "review",
         problem="modifier_cancelled"),
    case("Paused 01/11 to 20/11/2025, 9 days left. Refunded instead.", "review",
         problem="modifier_cancelled"),
    case("Pausa del 01/11 al 20/11/2025 denegada, quedan 9 días", "review",
         problem="modifier_cancelled"),
    case("Pausa dal 01/11 al 20/11/2025, restano 9 giorni. Pausa revocata.", "review",
         problem="modifier_cancelled"),
    case("Pauze van 01-11 t/m 20-11-2025 afgewezen, nog 9 dagen", "review",
         problem="modifier_cancelled"),
    # the validity was already changed
    case("pause 01/11-20/11/2025, nouvelle fin de validité 29/11/2025", "review",
         problem="modifier_settled"),
    case("Pause 01.11.–20.11.2025, Abo jetzt gültig bis 29.11.2025", "review",
         problem="modifier_settled"),
    case("Paused 01/11-20/11/2025, new expiry 29/11/2025", "review", problem="modifier_settled"),
    case("Pausa del 01/11 al 20/11/2025, nueva fecha de vencimiento 29/11/2025", "review",
         problem="modifier_settled"),
    case("Pausa dal 01/11 al 20/11/2025, nuova scadenza 29/11/2025", "review",
         problem="modifier_settled"),
    case("Pauze 01-11 t/m 20-11-2025, nieuwe einddatum 29-11-2025", "review",
         problem="modifier_settled"),
    # a date moved
    case("Pause du 01/11/2025 au 20/11/2025 (reportée au 27/11), reste 9 jours", "review",
         problem="modifier_moved"),
    case("Pause 01.11.-20.11.2025 (verschoben auf 27.11.), noch 9 Tage", "review",
         problem="modifier_moved"),
    case("Paused Nov 1 - Nov 20 2025 (pushed to Nov 27), 9 days left", "review",
         problem="modifier_moved"),
    case("Pausa dal 01/11/2025 al 20/11/2025 (spostata al 27/11), restano 9 giorni", "review",
         problem="modifier_moved"),
    # only asked for
    case("Cliente souhaite une pause du 01/11 au 20/11/2025, il reste 9 jours", "review",
         problem="modifier_requested"),
    case("Kundin möchte Pause vom 01.11. bis 20.11.2025, noch 9 Tage", "review",
         problem="modifier_requested"),
    case("Client asked for a pause from 01/11 to 20/11/2025, 9 days left", "review",
         problem="modifier_requested"),
    case("Solicitud de pausa del 01/11 al 20/11/2025, quedan 9 días", "review",
         problem="modifier_requested"),
    case("Richiesta pausa dal 01/11 al 20/11/2025, restano 9 giorni", "review",
         problem="modifier_requested"),
    case("Klant wil pauze van 01-11 t/m 20-11-2025, nog 9 dagen", "review",
         problem="modifier_requested"),
    # a condition on the resume
    case("Pause du 01/11 au 20/11/2025, reste 9 jours, sauf si prolongation", "review",
         problem="modifier_condition"),
    case("Pause 01.11.–20.11.2025, noch 9 Tage, ggf. Verlängerung", "review",
         problem="modifier_condition"),
    case("Paused 01/11-20/11/2025, 9 days left unless extended", "review",
         problem="modifier_condition"),
    case("Pausa dal 01/11 al 20/11/2025, restano 9 giorni se porta il certificato", "review",
         problem="modifier_condition"),
    case("Pauze 01-11 t/m 20-11-2025, nog 9 dagen tenzij verlengd", "review",
         problem="modifier_condition"),
    # someone else's product
    case("Pause du 01/11 au 20/11/2025, reste 9 jours sur le pass de son mari", "review",
         problem="modifier_other_person"),
    case("Pause 01.11.–20.11.2025, noch 9 Tage auf dem Abo vom Partner", "review",
         problem="modifier_other_person"),
    case("Paused 01/11-20/11/2025, 9 days left on her husband's pass", "review",
         problem="modifier_other_person"),
    case("Pausa del 01/11 al 20/11/2025, quedan 9 días del bono de su marido", "review",
         problem="modifier_other_person"),
    # the end day excluded
    case("Pause du 01/11 au 20/11/2025 (exclu), reste 9 jours", "review",
         problem="modifier_excluded"),
    case("Paused 01/11 to 20/11/2025 exclusive, 9 days left", "review",
         problem="modifier_excluded"),
    case("Pausa dal 01/11 al 20/11/2025 escluso, restano 9 giorni", "review",
         problem="modifier_excluded"),
    # a value in brackets corrects or adds to the note
    case("Pause du 01/11/2025 au 20/11/2025, il reste 9 jours (+3 offerts)", "review",
         problem="unread_number"),
    case("Pause 01.11.-20.11.2025 (3 Wochen), noch 9 Tage", "review", problem="unread_number"),
    case("Paused 01/11-20/11/2025, 9 days left (12 per Sam)", "review",
         problem="unread_number"),
    # the time left of the pause, not on the product
    case("Pause du 01/11/2025 au 20/11/2025 ; il reste 9 jours de pause", "review",
         problem="unclear_duration"),
    case("Pause vom 01.11.2025 bis 20.11.2025, noch 9 Tage Pause", "review",
         problem="unclear_duration"),
    case("Pauze van 01-11-2025 t/m 20-11-2025, nog 9 dagen pauze", "review",
         problem="unclear_duration"),
    # extended, but not until when
    case("Pause du 01/11/2025 au 20/11/2025 (prolongée), reste 9 jours", "review",
         problem="extension_without_date"),
    # two products, one amount
    case("Pass mensuel + carnet en pause du 01/11/2025 au 20/11/2025, reste 9 jours", "review",
         problem="products_share_amount"),
    case("Monatsabo und 10er-Karte pausiert 01.11.-20.11.2025, noch 9 Tage", "review",
         problem="products_share_amount"),
    # what the amount is about, past the small linking words, in capitals too
    case("Pause du 03/11/2025 au 17/11/2025. Il reste 2 mois à payer sur l'abonnement.",
         "review", problem="unread_words"),
    case("Pause vom 03.11. bis 17.11.2025, noch 2 Monate zu zahlen", "review",
         problem="unread_words"),
    case("Abo Pause 03.11.–17.11.2025, noch 12 Tage Auszeit", "review", problem="unread_words"),
    case("PAUSE DU 03/11/2025 AU 17/11/2025, RESTE 12 JOURS OUVRÉS", "review",
         problem="unread_words"),
    case("Pausa dal 03/11/2025 al 17/11/2025, restano 12 giorni di ferie", "review",
         problem="unread_words"),
    # another date in brackets, on its own
    case("Pause du 01/11/2025 au 20/11/2025 (30/11), reste 12 jours", "review",
         problem="unread_number"),
    case("Paused 01/11/2025 to 20/11/2025 (→ 30/11), 12 days left", "review",
         problem="unread_number"),
    # time counted without a number
    case("On hold from 03/11/2025 for 2 weeks and the week after, 12 days left", "review"),
    case("Pause ab 03.11.2025 für 2 Wochen + Woche gratis, noch 12 Tage", "review"),
    case("Pause depuis le 03/11/2025 pour quelques semaines, reste 12 jours", "review",
         problem="unit_without_amount"),
    # time left counted on another day
    case("Renouvelé le 20/10/2025, reste 30 jours. Pause du 03/11/2025 au 17/11/2025.",
         "review", problem="owed_on_another_date"),
    case("Renewed 20/10/2025, 30 days left. Paused 03/11/2025 to 17/11/2025.", "review",
         problem="owed_on_another_date"),
    # two products named together in front of one list of values
    case("Monatsabo und 10er-Karte pausiert 03.11.-17.11.2025, noch 12 Tage und 4 Einheiten",
         "review", problem="products_share_amount"),
    # more time owed than any pass lasts
    case("Pause du 01/11/2025 au 20/11/2025, il reste 900 jours", "review",
         problem="implausible_amount"),
    # a number that is no value
    case("Pause du 45/11 au 20/11/2025, il reste 9 jours", "review"),
    # a month without a day is never a date
    case("Pause im Jänner, noch 10 Tage", "review", problem="vague_date"),
    case("Pausa en enero, quedan 10 días", "review", problem="vague_date"),
]

READ = [
    # the same notes without the modifier are read
    case("Pause depuis le 01/11/2025, il reste 10 jours", "open", until="2025-12-04"),
    case("Pause seit 01.11.2025, noch 10 Tage", "open", until="2025-12-04"),
    # a clock time, a price and a file number are no values
    case("Pause ab 01.11.2025, Termin 12.30 Uhr, 49,90 € bezahlt, noch 10 Tage", "open",
         days=10),
    case("Pause depuis le 01/11/2025, il reste 10 jours — Camille, dossier 12345", "open",
         days=10),
    # a dash after a date is punctuation; a capitalised name is no misspelt word ("Clara"
    # is not "claro", unsure)
    case("Pause du 01/11 au 20/11/2025 - 9 jours restants", "overdue", days=9),
    case("Pausa del 01/11 al 20/11/2025, quedan 9 días. Habló con Clara", "overdue", days=9),
    # not yet reactivated is still paused; a later resume is read
    case("Pause du 01/11/2025 au 20/11/2025, pas encore réactivé, il reste 9 jours",
         "overdue", days=9),
    case("Pause vom 01.11. bis 20.11.2025, noch nicht reaktiviert, noch 9 Tage", "overdue",
         days=9),
    case("Paused 01/11-20/11/2025, not reactivated yet, 9 days left", "overdue", days=9),
    case("Pausa del 01/11 al 20/11/2025, aún no reactivada, quedan 9 días", "overdue", days=9),
    case("Pausa dal 01/11 al 20/11/2025, non ancora riattivato, restano 9 giorni", "overdue",
         days=9),
    case("Pauze 01-11 t/m 20-11-2025, nog niet gereactiveerd, nog 9 dagen", "overdue", days=9),
    # a reactivation in words closes the pause
    case("Pause du 01/11/2025 au 20/11/2025, reste 9 jours. Réactivation OK", "closed"),
    case("Pause 01.11.–20.11.2025, noch 9 Tage. Bereits aktiviert.", "closed"),
    case("Paused 01/11-20/11/2025, 9 days left. Reinstated.", "closed"),
    case("Pausa del 01/11 al 20/11/2025, quedan 9 días. Ya activado.", "closed"),
    case("Pausa dal 01/11 al 20/11/2025, restano 9 giorni. Già attivato.", "closed"),
    case("Pauze 01-11 t/m 20-11-2025, nog 9 dagen. Weer actief.", "closed"),
    # a date in brackets that is an event's is no value; a pack's size in brackets neither
    case("pause du 5/11 au 20/11/2025 (opération le 12/11), il reste 10 jours", "overdue",
         days=10),
    case("carnet (10 séances) en pause du 01/11/2025 au 20/11/2025, reste 4 séances et 30 "
         "jours", "overdue", classes=4),
    # "today" after the date the note was written is that date
    case("09.11. AB: seit heute pausiert, noch 9 Tage", "open", start="2025-11-09", days=9),
    case("09/11 AB : en pause depuis aujourd'hui, il reste 9 jours", "open",
         start="2025-11-09"),
    case("09/11 AB: paused as of today, 9 days left", "open", start="2025-11-09"),
    case("09/11 AB: en pausa desde hoy, quedan 9 días", "open", start="2025-11-09"),
    case("09/11 AB: in pausa da oggi, restano 9 giorni", "open", start="2025-11-09"),
    case("09-11 AB: vanaf vandaag gepauzeerd, nog 9 dagen", "open", start="2025-11-09"),
    # a range's end is never dropped
    case("Pass gelé du 26/09 au 04/11 : 19 jours restants", "overdue", resume="2025-11-05",
         until="2025-11-24"),
    case("Pause du 28/09 au 05/11, reste 9 jours", "overdue", resume="2025-11-06"),
    case("Pause dès le 26/10 et jusqu'au 15/11, reste 9 jours", "overdue",
         resume="2025-11-16"),
    case("Pause ab 2.11. und bis 20.11., noch 9 Tage", "overdue", resume="2025-11-21"),
    case("van 28-10 tot 11-11 gepauzeerd, nog 2 weken", "overdue", resume="2025-11-12"),
    case("dal 28/10 all'11/11 in pausa, restano 2 settimane", "overdue",
         resume="2025-11-12"),
    # extended pauses: the latest end is the pause end
    case("Pause du 01/11 au 20/11/2025, prolongée jusqu'au 05/12/2025, il reste 9 jours",
         "upcoming", end="2025-12-05", resume="2025-12-06"),
    case("Pause 01.11.–20.11.2025, verlängert bis 5.12.2025, noch 9 Tage", "upcoming",
         end="2025-12-05"),
    case("Paused 01/11-20/11/2025, extended to 05/12/2025, 9 days left", "upcoming",
         end="2025-12-05"),
    case("Pausa del 01/11 al 20/11/2025, prorrogada hasta el 05/12/2025, quedan 9 días",
         "upcoming", end="2025-12-05"),
    case("Pausa dal 01/11 al 20/11/2025, prorogata al 05/12/2025, restano 9 giorni",
         "upcoming", end="2025-12-05"),
    case("Pauze 01-11 t/m 20-11-2025, verlengd tot 05-12-2025, nog 9 dagen", "upcoming",
         end="2025-12-05"),
    # classes with every unit word packs use
    case("Carnet en pause du 01/11 au 20/11/2025, reste 4 entrées et 30 jours", "overdue",
         classes=4),
    case("10er-Karte pausiert 01.11.–20.11.2025, noch 4 Eintritte und 30 Tage", "overdue",
         classes=4),
    case("Bono en pausa del 01/11 al 20/11/2025, quedan 4 entradas y 30 días", "overdue",
         classes=4),
    case("Carnet in pausa dal 01/11 al 20/11/2025, restano 4 ingressi e 30 giorni",
         "overdue", classes=4),
    case("Beurtenkaart gepauzeerd 01-11 t/m 20-11-2025, nog 4 beurten en 30 dagen",
         "overdue", classes=4),
]

# a yearless start that may be last year's or the coming one, written in February
YEARS = [
    case("Pause 14.4.–27.4., noch 12 Tage", "review", problem="year_ambiguous"),
    case("Pause geplant 14.4.–27.4., noch 12 Tage", "upcoming", resume="2026-04-28"),
    case("Pause prévue du 14/04 au 27/04, il reste 12 jours", "upcoming",
         resume="2026-04-28"),
    case("Pause du 14/04 au 27/04, il reste 12 jours", "review", problem="year_ambiguous"),
]


@pytest.mark.parametrize("comment, status, expected", CASES + READ)
def test_words_that_change_a_value(comment, status, expected):
    check(comment, status, expected)


@pytest.mark.parametrize("comment, status, expected", YEARS)
def test_yearless_dates_in_february(comment, status, expected):
    check(comment, status, expected, as_of=date(2026, 2, 10))


@pytest.mark.parametrize("comment, status, expected", [
    c for c in CASES if c.values[2].get("problem") not in (None, "implausible_amount")])
def test_the_review_reason_quotes_the_words(comment, status, expected):
    [record] = parse_comment(comment, as_of=AS_OF)
    problem = record.problems[0]
    quoted = problem.values.get("words") or problem.values.get("text")
    assert quoted and all(part in spelled(comment)
                          for part in re.split(" / | … ", quoted))  # several quotes
    for lang in ("en", "fr", "de"):
        assert quoted in Labels(lang).problem(problem)


def spelled(comment: str) -> str:
    """The comment with its number words as digits, as the reasons quote it."""
    lex = load_lexicon()
    return comment + " " + " ".join(spell_numbers(comment, normalize(comment),
                                                   lang.number_words, grammar(lex))
                                     for lang in lex.languages.values() if lang.number_words)


def test_no_value_of_one_products_phrase_ends_up_on_another_products_record():
    note = ("Pass mensuel en pause du 01/11 au 20/11/2025, reste 10 jours ; carnet 10 cours "
            "en pause aussi, reste 4 séances, valable jusqu'au 30/03/2026")
    pass_, pack = parse_comment(note, as_of=AS_OF)
    assert (pass_.statement.product, pass_.remaining_days, pass_.original_end,
            pass_.statement.remaining_classes) == ("Pass mensuel", 10, None, None)
    assert (pack.statement.product, pack.statement.remaining_classes,
            pack.original_end) == ("carnet 10 cours", 4, date(2026, 3, 30))
    # the amounts written before the pause dates, each after its product
    before = ("Abonnement il reste 9 jours, carte il reste 4 cours, pause du 01/11/2025 au "
              "20/11/2025")
    pass_, pack = parse_comment(before, as_of=AS_OF)
    assert (pass_.statement.product, pass_.remaining_days,
            pass_.statement.remaining_classes) == ("Abonnement", 9, None)
    assert (pack.statement.product, pack.statement.remaining_classes, pack.status) == (
        "carte", 4, "review")
    # a product named only outside the pause's sentence is not paused
    only_pack = ("Pass mensuel : reste 12 jours. Carnet 10 cours en pause du 03/11/2025 au "
                 "16/11/2025, reste 4 cours, valable jusqu'au 31/12/2025")
    pass_, pack = parse_comment(only_pack, as_of=AS_OF)
    assert (pass_.status, pass_.problems[0].code) == ("review", "product_not_paused")
    assert (pack.status, pack.new_valid_until) == ("overdue", date(2026, 1, 14))
    own_dates = ("Monatskarte pausiert vom 5.11. bis 18.11.2025, noch 10 Tage; 10er-Block "
                 "ebenfalls pausiert 5.11.–25.11.2025, noch 4 Einheiten, gültig bis 30.03.2026")
    card, block = parse_comment(own_dates, as_of=AS_OF)
    assert (card.pause_end, card.new_valid_until) == (date(2025, 11, 18), date(2025, 11, 29))
    assert (block.pause_end, block.original_end, block.statement.remaining_classes) == (
        date(2025, 11, 25), date(2026, 3, 30), 4)


# -- properties: a modifier next to a value never yields an import row with other dates ------

READABLE = [
    ("Pause du 01/11 au 20/11/2025, il reste {m}10 jours", "fr"),
    ("Pause vom 01.11. bis 20.11.2025, noch {m}10 Tage", "de"),
    ("Paused 01/11 to 20/11/2025, {m}10 days left", "en"),
    ("Pausa del 01/11 al 20/11/2025, quedan {m}10 días", "es"),
    ("Pausa dal 01/11 al 20/11/2025, restano {m}10 giorni", "it"),
    ("Pauze van 01-11 t/m 20-11-2025, nog {m}10 dagen", "nl"),
]
MODIFIERS = ["environ ", "ca. ", "about ", "aprox. ", "circa ", "ongeveer ", "~", "± ",
             "et demi ", "anderthalb ", "half ", "y medio ", "e mezzo ", "en een half ",
             "demain ", "morgen ", "next week ", "mañana ", "domani ", "volgende week ",
             "? ", "à vérifier ", "bitte prüfen ", "to check ", "a confirmar ",
             "da verificare ", "navragen ", "utilisés ", "verbraucht ", "used ", "usados ",
             "usati ", "gebruikt ", "wahrscheinlich ", "maybe ", "quizás ", "forse "]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(READABLE), st.sampled_from(MODIFIERS), st.booleans())
def test_a_modifier_next_to_a_value_never_changes_an_imported_date(note, modifier, after):
    template, _ = note
    plain = parse_comment(template.format(m=""), as_of=AS_OF)
    text = (template.format(m="").replace("10", f"10 {modifier.strip()}", 1) if after
            else template.format(m=modifier))
    for record in parse_comment(text, as_of=AS_OF):
        if record.status in IMPORTED:  # the same record as without the word, or review
            assert [(r.status, r.new_valid_from, r.new_valid_until) for r in plain] == [
                (record.status, record.new_valid_from, record.new_valid_until)], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(READABLE), st.integers(1, 400), st.sampled_from(["-", "- ", "−"]))
def test_a_signed_amount_never_yields_an_import_row(note, amount, sign):
    template, _ = note
    text = template.format(m=f"{sign}").replace(f"{sign}10", f"{sign}{amount}")
    records = parse_comment(text, as_of=AS_OF)
    assert all(r.status not in IMPORTED for r in records), text


def test_a_line_that_only_comments_on_the_pause_holds_for_the_whole_cell():
    for note in ("Pause du 03/11/2025 au 17/11/2025, reste 12 jours\nPause annulée",
                 "Pause storniert\nPause vom 03.11. bis 17.11.2025, noch 12 Tage",
                 "Paused 03/11-17/11/2025, 12 days left\nHold cancelled"):
        records = parse_comment(note, as_of=AS_OF)
        assert records and all(r.status == "review" for r in records), note
        assert records[0].problems[0].code == "modifier_cancelled"


def test_a_planned_pause_does_not_close_the_one_before_it():
    """The November pause is not reactivated just because another is planned in December."""
    first, planned = parse_comment(
        "Pause du 03/11/2025 au 17/11/2025, reste 12 jours\nNouvelle pause prévue du "
        "15/12/2025 au 31/12/2025, reste 20 jours", as_of=AS_OF)
    assert (first.status, first.new_valid_until) == ("overdue", date(2025, 11, 30))
    assert planned.status == "upcoming"


@pytest.mark.parametrize("note, code, quoted", [
    ("Pause à partir du 03/11/2025 ; il reste -quinze jours", "signed_amount", "-quinze jours"),
    ("Pause 3/11/2025, still twelve days (twelve)", "unread_number", "(twelve)"),
    ("Pause ab 3.11.2025, noch -zwölf Tage", "signed_amount", "-zwölf Tage"),
    ("Pausa dal 3/11/2025, restano -dodici giorni", "signed_amount", "-dodici giorni"),
])
def test_a_reason_quotes_the_words_as_written(note, code, quoted):
    """The parser reads spelled numbers as digits, but a reason shows the manager's words."""
    [record] = parse_comment(note, as_of=AS_OF)
    problem = next(p for p in record.problems if p.code == code)
    assert quoted in problem.values.values()


def test_the_written_text_maps_every_offset_back_to_the_words():
    from passpause.tokens import Written

    original = "reste vingt et un jours, puis deux"
    written = Written("reste 21 jours, puis 2", original)
    assert written == "reste 21 jours, puis 2"
    assert written.quote(6, 14) == "vingt et un jours"
    assert written.quote(0, 5) == "reste"
    assert written.quote(21, 22) == "deux"
    assert written.spelled(6, 8) and not written.spelled(0, 5)
    same = Written("il reste 13 jours")
    assert same.quote(9, 11) == "13" and not same.spelled(9, 11)
