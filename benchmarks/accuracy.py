"""Score the parser on the corpus: exactly right, sent to review, or wrong, per language.

    python benchmarks/accuracy.py [--show]

"Wrong" is the number that matters: a note read as a date that differs from what a careful
person would read, or read at all where a person would not be sure.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import AS_OF, CORPUS, HOLDOUT, HOLDOUT_2  # noqa: E402

from passpause import parse_comment  # noqa: E402

ACTIONABLE = ("overdue", "due", "upcoming", "open")


def grade(note: str, status: str, valid_from: str, valid_until: str,
          as_of: date) -> tuple[str, str]:
    """("right" | "review" | "missed" | "wrong", what the parser read).

    missed: no pause statement found where there is one; wrong: a status or a date that
    differs from the careful reading (the one that must never happen)."""
    records = parse_comment(note, as_of=as_of)
    if not records:
        return ("right" if status == "none" else "missed"), "no statement"
    got = records[-1]
    seen = f"{got.status} {got.new_valid_from or ''} {got.new_valid_until or ''}".strip()
    if got.status == status and (status not in ACTIONABLE or (
            str(got.new_valid_from), str(got.new_valid_until)) == (valid_from, valid_until)):
        return "right", seen
    if got.status == "review":
        return "review", seen
    return "wrong", seen


def score(corpus=CORPUS, as_of: date = date.fromisoformat(AS_OF)) -> dict[str, dict[str, list]]:
    table = {}
    for lang, entries in corpus.items():
        table[lang] = {"right": [], "review": [], "missed": [], "wrong": []}
        for note, status, valid_from, valid_until in entries:
            outcome, seen = grade(note, status, valid_from, valid_until, as_of)
            table[lang][outcome].append((note, status, valid_from, valid_until, seen))
    return table


def main(show: bool = False) -> None:
    for name, corpus in (("corpus", CORPUS), ("holdout", HOLDOUT),
                         ("second holdout", HOLDOUT_2)):
        print(f"== {name}")
        report(score(corpus), show)


def report(table, show: bool) -> None:
    kinds = ("right", "review", "missed", "wrong")
    print(f"{'language':<9}{'notes':>6}" + "".join(f"{k:>8}" for k in kinds))
    totals = [0] * 5
    for lang, outcome in table.items():
        counts = [len(outcome[k]) for k in kinds]
        row = [sum(counts)] + counts
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{lang:<9}{row[0]:>6}" + "".join(f"{n:>8}" for n in row[1:]))
    print(f"{'all':<9}{totals[0]:>6}" + "".join(f"{n:>8}" for n in totals[1:]))
    if show:
        for lang, outcome in table.items():
            for kind in ("review", "missed", "wrong"):
                for note, status, vf, vu, seen in outcome[kind]:
                    print(f"[{lang} {kind}] {note!r}\n    expected {status} {vf} {vu}; got {seen}")


if __name__ == "__main__":
    main(show="--show" in sys.argv)
