"""Realistic synthetic client exports for benchmarks: a chain's export, any size.

    python benchmarks/generate.py --rows 1000000 --format csv --out benchmarks/data

15 columns as the platform exports them; about 10 % of the clients have a comment and
about 1 % a pause note, drawn from a pool of notes in six languages (the accuracy corpus
and the bundled examples). Deterministic: the same arguments give the same file.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # as a script: the repository root

HEADERS = ["N° client", "Prénom", "Nom", "E-mail", "Téléphone", "Date de naissance", "Adresse",
           "Code postal", "Ville", "Groupe", "Statut", "Commentaire", "Note", "Avertissement",
           "Créé le"]
FIRST = ["Camille", "Léa", "Manon", "Jörg", "Anna", "Lucía", "Giulia", "Daan", "Emma", "Hugo",
         "Sophie", "Lukas", "Marta", "Sven", "Chloé", "Inès"]
LAST = ["Martin", "Müller", "García", "Rossi", "de Vries", "Dubois", "Schmidt", "Bernard",
        "Fernández", "Bianchi", "Jansen", "Lefèvre", "Weiß", "Moreau", "Janssen", "Romano"]
OTHER_NOTES = ["Allergique au latex", "Préfère les cours du matin", "Zahlt bar",
               "Schulterprobleme", "prefers evening classes", "Paga in contanti",
               "Viene con su hermana", "Komt met vriendin", "pause déjeuner à 12h30",
               "Mittagspause beachten", "VIP", "Ancienne élève, revenue en 2024"]


DISTINCT_SUFFIX = " — {name}, dossier {number}"


def pause_notes() -> list[str]:
    from benchmarks.corpus import CORPUS, HOLDOUT
    from examples.make_examples import FRENCH_CASES, GERMAN_CASES

    notes = [entry[0] for corpus in (CORPUS, HOLDOUT) for entries in corpus.values()
             for entry in entries]
    return notes + [case.comment for case in FRENCH_CASES + GERMAN_CASES]


def rows(count: int, seed: int = 7, distinct: bool = False):
    """``distinct``: every pause note differs from the others, as in a real export where
    each carries its own client's dates; otherwise notes repeat from the pool, and the
    tool parses each text once."""
    rng = random.Random(seed)
    notes = pause_notes()
    for index in range(count):
        draw = rng.random()
        if draw < 0.01:
            comment = rng.choice(notes)
            if distinct:  # a signature that changes what the note says about no pause
                comment += DISTINCT_SUFFIX.format(name=rng.choice(FIRST), number=index + 1)
        elif draw < 0.10:
            comment = rng.choice(OTHER_NOTES)
        else:
            comment = ""
        first, last = rng.choice(FIRST), rng.choice(LAST)
        yield [
            f"{index + 1:07d}", first, last, f"client{index}@example.org",
            f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}",
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2005)}",
            f"{rng.randint(1, 200)} rue de la Paix", f"{rng.randint(10000, 99999)}",
            rng.choice(["Paris", "Lyon", "Berlin", "Madrid", "Roma", "Utrecht"]),
            rng.choice(["Yoga", "Pilates", "Danse", ""]), rng.choice(["Actif", "Inactif"]),
            comment, rng.choice(["", "", "VIP"]), "",
            f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:30",
        ]


def write_csv(path: Path, count: int, distinct: bool = False) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows(count, distinct=distinct))


def write_xlsx(path: Path, count: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                           "strings_to_numbers": False,
                                           "strings_to_formulas": False})
    sheet = book.add_worksheet("Clients")
    sheet.write_row(0, 0, HEADERS)
    for index, row in enumerate(rows(count), start=1):
        for col, value in enumerate(row):
            if value:
                sheet.write_string(index, col, value)
    book.close()


def export_path(out: Path, count: int, fmt: str, distinct: bool = False) -> Path:
    """The file for this size and format, generated once and then reused."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"export_{count}{'_distinct' if distinct else ''}.{fmt}"
    if not path.exists():
        partial = path.with_suffix(f".partial.{fmt}")
        if fmt == "csv":
            write_csv(partial, count, distinct)
        else:
            write_xlsx(partial, count)
        partial.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    parser.add_argument("--out", type=Path, default=HERE / "data")
    args = parser.parse_args()
    print(export_path(args.out, args.rows, args.format))


if __name__ == "__main__":
    main()
