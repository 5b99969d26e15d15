"""Build the bundled example exports and state what passpause must make of each pause note.

    python examples/make_examples.py

writes ``export-clients.xlsx`` (a French studio, as the platform exports it) and
``kunden-export.csv`` (a German studio, semicolon CSV in Windows-1252). Both are
read as of ``AS_OF``. Every case below says what it exercises and its expected
outcome; ``tests/test_examples.py`` runs passpause on both files and checks the
import CSV and the review sheet against these expectations, row by row.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).parent
AS_OF = date(2025, 11, 24)  # a Monday; due = resume date from 24/11 to 01/12 (horizon 7)


@dataclass(frozen=True)
class Outcome:
    status: str  # overdue | due | upcoming | open | review | closed | other (another sense)
    valid_from: str = ""
    valid_until: str = ""
    problem: str = ""  # review reason code


@dataclass(frozen=True)
class Case:
    comment: str
    outcomes: tuple[Outcome, ...]
    why: str


def ok(status: str, valid_from: str, valid_until: str) -> Outcome:
    return Outcome(status, valid_from, valid_until)


def review(problem: str) -> Outcome:
    return Outcome("review", problem=problem)


CLOSED = Outcome("closed")
OTHER = Outcome("other")

FRENCH_CASES = [
    Case("Pause à partir du 17 juin 2025 ; il reste 13 jours sur le pass mensuel",
         (ok("open", "2025-11-24", "2025-12-07"),),
         "the help article's phrasing: no resume date, so open, computed from the as-of date"),
    Case("Pause du 03/11 au 23/11/2025, il reste 10 jours sur le pass mensuel",
         (ok("due", "2025-11-24", "2025-12-04"),), "range sharing the year; resume = end + 1"),
    Case("En pause du 1er au 20 novembre 2025 (blessure au genou) - reste 2 semaines",
         (ok("overdue", "2025-11-21", "2025-12-05"),), "ordinal, shared month, reason, weeks"),
    Case("pause du 10/11 au 16/11, il reste 8 jours",
         (ok("overdue", "2025-11-17", "2025-11-25"),), "no year at all: inferred, with a warning"),
    Case("Mise en pause depuis le 20/10/2025, retour prévu le 26/11/2025, il reste 15 jours",
         (ok("due", "2025-11-26", "2025-12-11"),), "explicit resume date"),
    Case("Pass mensuel suspendu à partir du 15/11/2025 pour 3 semaines, il reste 12 jours",
         (ok("upcoming", "2025-12-06", "2025-12-18"),), "pause length; beyond the horizon"),
    Case("Pause à partir du 2 nov. 2025, reprise le 28 novembre, reste 9 jours",
         (ok("due", "2025-11-28", "2025-12-07"),),
         "abbreviated month; resume date without year placed after the start"),
    Case("PAUSE A PARTIR DU 27 OCTOBRE 2025 ; IL RESTE 20 JOURS SUR LE PASS MENSUEL",
         (ok("open", "2025-11-24", "2025-12-14"),), "capitals, no accents"),
    Case("pause a partir du 5 fevrier 2025, il reste 1 mois",
         (ok("open", "2025-11-24", "2025-12-24"),), "month without accent; a calendar month"),
    Case("Carnet 10 cours en pause depuis le 01/10/2025, reste 4 cours",
         (review("pack_without_validity"),),
         "pack with classes left but no time left: the validity is the manager's call"),
    Case("Carnet de 10 séances mis en pause le 15/09/2025 jusqu'au 15/11/2025 : il reste "
         "3 séances et 40 jours", (ok("overdue", "2025-11-16", "2025-12-26"),),
         "pack with classes and time left; the 10 of the product is not a count"),
    Case("Gel du pass du 20/10 au 09/11/2025 (voyage). Valable jusqu'au 30/11/2025",
         (ok("overdue", "2025-11-10", "2025-12-21"),),
         "time left from the original end: 30/11 - 20/10 = 41 days"),
    Case("Pause du 17/06 au 30/06/2025, réactivé le 01/07/2025", (CLOSED,),
         "closed by a reactivation marker"),
    Case("Pause à partir du 10/09/2025, il reste 13 jours [réactivé le 01/10/2025, valable "
         "jusqu'au 14/10/2025]", (CLOSED,), "closed by the marker passpause itself writes"),
    Case("pause déjeuner à 12h30, préfère les cours du soir", (OTHER,),
         "another sense of the word, with a time"),
    Case("Pause midi : ne pas appeler entre 12h et 14h", (OTHER,), "another sense"),
    Case("Gel hydroalcoolique offert", (OTHER,), "gel, but not a frozen pass"),
    Case("Pause", (review("no_details"),), "a bare pause word: a person must look"),
    Case("Pause depuis le 31/09/2025, il reste 10 jours", (review("impossible_date"),),
         "31 September does not exist"),
    Case("pause du 20/11/2025 au 10/11/2025, reste 5 jours", (review("end_before_start"),),
         "end before start"),
    Case("Pause depuis le 01/10/2025, il reste 20 jours, valable jusqu'au 30/11/2025",
         (review("remaining_disagrees"),), "20 days written, 60 by the original end"),
    Case("Pause à partir du 05/10 ou du 02/10 ? reste 10 jours", (review("ambiguous"),),
         "two possible starts"),
    Case("Cliente en pause, on attend son retour", (review("no_details"),),
         "a pause with no date and no time left"),
    Case("En pause depuis le 12/11/2025, il reste 18 jours. Allergique au latex",
         (ok("open", "2025-11-24", "2025-12-12"),), "pause note followed by another note"),
    Case("Pause du 24/11/2025 au 30/11/2025, reste 6 jours",
         (ok("due", "2025-12-01", "2025-12-07"),), "resume on the last day of the horizon"),
    Case("Pause du 24/11 au 01/12/2025, reste 6 jours",
         (ok("upcoming", "2025-12-02", "2025-12-08"),), "resume the day after the horizon"),
    Case("Pause à partir du 10 décembre 2025, il reste 30 jours",
         (ok("open", "2025-12-10", "2026-01-09"),),
         "a pause that has not started: validity counts from its start, with a warning"),
    Case("Abonnement gelé du 1er au 15 novembre 2025, il reste treize jours",
         (ok("overdue", "2025-11-16", "2025-11-29"),), "number in words"),
    Case("Pause pour deux semaines à partir du 10/11/2025, il reste 1 mois et 5 jours",
         (ok("due", "2025-11-24", "2025-12-29"),), "length in words; months then days"),
    Case("Suspendu depuis le 3/11/25 ; retour le 20/11/25 ; 22 j restants",
         (ok("overdue", "2025-11-20", "2025-12-12"),), "two-digit years, 'j' shorthand"),
    Case("pause du 20 au 30 novembre 2025 - il reste 4 jours sur le carnet",
         (ok("due", "2025-12-01", "2025-12-05"),), "a pack with time left"),
    Case("Pause depuis le 14/11/2025 - tél 06 12 34 56 78 - réglé 49,90 € - il reste 11 jours",
         (ok("open", "2025-11-24", "2025-12-05"),),
         "a phone number and a price are neither dates nor counts"),
    Case("Pause du 15/10/2025 au 14/11/2025, reprise le 20/11/2025, reste 10 jours",
         (review("end_resume_disagree"),), "end and resume date contradict each other"),
    Case("lun. 17 novembre 2025 : mise en pause, reprise le lun. 24 novembre 2025, il reste "
         "12 jours", (ok("due", "2025-11-24", "2025-12-06"),), "weekday names in front"),
    Case("Pause à partir du mar. 17 novembre 2025, il reste 12 jours",
         (review("weekday_mismatch"),), "17 November 2025 is a Monday, not a Tuesday"),
    Case("Pause à partir du 17/06 ; il reste 13 jours sur le pass mensuel",
         (ok("open", "2025-11-24", "2025-12-07"),), "start without year: last June"),
    Case("Pause du 1er au 21 novembre, il reste 7 jours",
         (ok("overdue", "2025-11-22", "2025-11-29"),), "range without year"),
    Case("pause du 03/11 au 16/11/2025 ; il reste 2 semaines sur le pass trimestriel",
         (ok("overdue", "2025-11-17", "2025-12-01"),), "weeks"),
    Case("En pause (grossesse) depuis le 01/09/2025, reprise prévue le 05/01/2026, il reste "
         "2 mois", (ok("upcoming", "2026-01-05", "2026-03-05"),), "reason; months"),
    Case("Pause 10/11/2025 ; reste 10 jours", (ok("open", "2025-11-24", "2025-12-04"),),
         "a date right after the pause word is its start"),
    Case("pause du 27/10 au 16/11/2025 et il reste 19 jours. Réactivation prévue le 17/11/2025",
         (ok("overdue", "2025-11-17", "2025-12-06"),), "end and planned reactivation agree"),
    Case("Pause jusqu'au 23/11/2025, il reste 9 jours", (ok("due", "2025-11-24", "2025-12-03"),),
         "an end without a start"),
    Case("pause du 5/11 au 25/11 (opération le 12/11), il reste 10 jours",
         (ok("due", "2025-11-26", "2025-12-06"),), "a date inside the reason is not the end"),
    Case("Pause du 01/03 au 15/03/2025 réactivé le 16/03/2025. Nouvelle pause du 03/11 au "
         "21/11/2025, il reste 12 jours", (CLOSED, ok("overdue", "2025-11-22", "2025-12-04")),
         "a closed pause followed by a new one in the same cell"),
    Case("Pause déjeuner 13h-14h. Pass mis en pause du 10/11 au 20/11/2025, il reste 5 jours",
         (ok("overdue", "2025-11-21", "2025-11-26"),), "another sense next to a real pause"),
    Case("pause pendant 1 mois depuis le 20/10/2025, il reste 15 jours",
         (ok("overdue", "2025-11-20", "2025-12-05"),), "a pause length of one month"),
    Case("Pause 3 semaines à partir du 10/11/2025, il reste 8 jours",
         (ok("due", "2025-12-01", "2025-12-09"),), "a length right after the pause word"),
    Case("=HYPERLINK(\"http://x\") pause du 01/11 au 20/11/2025, il reste 5 jours",
         (ok("overdue", "2025-11-21", "2025-11-26"),),
         "text that looks like a formula stays text in every output"),
    Case("Pause depuis le 06/17/2025, reste 13 jours", (review("impossible_date"),),
         "month-first date in a day-first export: never guessed"),
    Case("Préfère les cours sans pause", (OTHER,), "'sans pause' is not a paused pass"),
]

GERMAN_CASES = [
    Case("Pause ab 03.11.2025, Wiedereinstieg am 24.11.2025, noch 13 Tage auf der Monatskarte",
         (ok("due", "2025-11-24", "2025-12-07"),), "resume date, remaining days"),
    Case("Verletzungspause vom 1. bis 20. November 2025, Rest 3 Wo.",
         (ok("overdue", "2025-11-21", "2025-12-12"),), "compound pause word, shorthand weeks"),
    Case("pausiert seit 17.06.25, noch 13 Tage", (ok("open", "2025-11-24", "2025-12-07"),),
         "two-digit year; open"),
    Case("Mittagspause 12-13 Uhr, bitte nicht anrufen", (OTHER,), "another sense"),
    Case("Pause 20.10.–09.11.2025 (Urlaub), gültig bis 30.11.2025",
         (ok("overdue", "2025-11-10", "2025-12-21"),), "range sharing the year; original end"),
    Case("Unterbrechung vom 01.09.2025 bis 31.08.2025, noch 5 Tage",
         (review("end_before_start"),), "end before start"),
    Case("Pause vom 01.06. bis 15.06.2025, reaktiviert am 16.06.2025", (CLOSED,),
         "closed by a reactivation marker"),
    Case("10er-Block pausiert seit 01.10.2025, noch 4 Einheiten",
         (review("pack_without_validity"),), "the 10 of '10er-Block' is a product, not a count"),
    Case("Pause für 2 Wochen ab 17.11.2025, noch drei Tage",
         (ok("due", "2025-12-01", "2025-12-04"),), "pause length; number in words"),
    Case("Eingefroren seit 30.02.2025, noch 10 Tage", (review("impossible_date"),),
         "30 February does not exist"),
    Case("Ruhezeit bis 27.11.2025 wegen Umzug, noch 20 Tage",
         (ok("due", "2025-11-28", "2025-12-18"),), "an end without a start; a reason"),
    Case("Pause ab Mo. 10.11.2025, noch 2 Wochen und 3 Tage",
         (ok("open", "2025-11-24", "2025-12-11"),), "weekday in front; mixed duration"),
    Case("Monatskarte unterbrochen 20.12.–10.01.2026, noch 5 Tage",
         (ok("upcoming", "2026-01-11", "2026-01-16"),), "range across the new year"),
    Case("Kaffeepause mit Anna", (OTHER,), "another sense"),
    Case("Pause", (review("no_details"),), "a bare pause word"),
]

FIRST_NAMES = ["Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Emma", "Louise",
               "Zoé", "Hugo", "Lucas", "Théo", "Nathan", "Élodie", "Céline", "Amélie", "Noémie"]
LAST_NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
              "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Faure"]
GERMAN_FIRST = ["Jörg", "Anna", "Lena", "Sophie", "Jürgen", "Mia", "Lukas", "Hannah", "Björn"]
GERMAN_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Groß", "Köhler", "Krüger"]
FRENCH_NOTES = ["", "", "", "", "Allergique au latex", "Préfère les cours du matin",
                "Paiement en 3 fois", "Ancienne élève", "Vient avec sa sœur", "Mal de dos"]
GERMAN_NOTES = ["", "", "", "Zahlt bar", "Schulterprobleme", "Kommt mit Freundin"]
FRENCH_ROWS = 160
GERMAN_ROWS = 40


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower()).replace("ß", "ss")
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def french_rows() -> list[dict]:
    """The French export's data rows; pause cases are spread through filler clients."""
    rng = random.Random(17)
    slots = sorted(rng.sample(range(FRENCH_ROWS), len(FRENCH_CASES)))
    cases = dict(zip(slots, FRENCH_CASES))
    rows = []
    for index in range(FRENCH_ROWS):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        case = cases.get(index)
        rows.append({
            "N° client": f"{index + 1:06d}",
            "Prénom": first,
            "Nom": last,
            "E-mail": f"{_slug(first)}.{_slug(last)}{index}@exemple.fr",
            "Téléphone": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} "
                         f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            "Date de naissance": date(rng.randint(1960, 2004), rng.randint(1, 12),
                                      rng.randint(1, 28)),
            "Groupe": rng.choice(["Yoga", "Pilates", "Danse", ""]),
            "Commentaire": case.comment if case else rng.choice(FRENCH_NOTES),
            "Note": rng.choice(["", "", "VIP", "Fidèle"]),
            "Créé le": datetime(2023, rng.randint(1, 12), rng.randint(1, 28), 10, 30),
            "case": case,
        })
    return rows


def german_rows() -> list[dict]:
    rng = random.Random(42)
    slots = sorted(rng.sample(range(GERMAN_ROWS), len(GERMAN_CASES)))
    cases = dict(zip(slots, GERMAN_CASES))
    rows = []
    for index in range(GERMAN_ROWS):
        first, last = rng.choice(GERMAN_FIRST), rng.choice(GERMAN_LAST)
        case = cases.get(index)
        rows.append({
            "Kundennummer": f"{index + 1:05d}",
            "Vorname": first,
            "Name": last,
            "E-Mail": f"{_slug(first)}.{_slug(last)}{index}@beispiel.de",
            "Telefon": f"0171 {rng.randint(1000000, 9999999)}",
            "Geburtstag": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}."
                          f"{rng.randint(1960, 2004)}",
            "Kommentar": case.comment if case else rng.choice(GERMAN_NOTES),
            "Notiz": rng.choice(["", "Stammkundin", ""]),
            "case": case,
        })
    return rows


FRENCH_TITLE_ROWS = 2  # a title line and a blank line above the header, as some exports have


def write_french(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Clients"
    sheet.append(["Export clients - Studio Lumière - 24/11/2025"])
    sheet.append([])
    rows = french_rows()
    headers = [key for key in rows[0] if key != "case"]
    sheet.append(headers)
    for row in rows:
        sheet.append([row[h] for h in headers])
    for cell in sheet["F"][FRENCH_TITLE_ROWS + 1:]:
        cell.number_format = "DD/MM/YYYY"
    for cell in sheet["J"][FRENCH_TITLE_ROWS + 1:]:
        cell.number_format = "DD/MM/YYYY HH:MM"
    for row in sheet.iter_rows(min_row=FRENCH_TITLE_ROWS + 2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # stored as text, as the platform does
    book.properties.created = datetime(2025, 11, 24, 8, 0)
    book.save(path)


def write_german(path: Path) -> None:
    rows = german_rows()
    headers = [key for key in rows[0] if key != "case"]
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([row[h] for h in headers])


def expectations(rows: list[dict], first_data_row: int) -> dict[int, Case]:
    """Source row (as Excel numbers it) -> the case written there."""
    return {first_data_row + i: row["case"] for i, row in enumerate(rows) if row["case"]}


FRENCH_EXPECTED = expectations(french_rows(), FRENCH_TITLE_ROWS + 2)
GERMAN_EXPECTED = expectations(german_rows(), 2)

if __name__ == "__main__":
    write_french(HERE / "export-clients.xlsx")
    write_german(HERE / "kunden-export.csv")
    print(f"wrote {HERE / 'export-clients.xlsx'} ({FRENCH_ROWS} clients, "
          f"{len(FRENCH_CASES)} cases) and {HERE / 'kunden-export.csv'} ({GERMAN_ROWS} clients, "
          f"{len(GERMAN_CASES)} cases)")
