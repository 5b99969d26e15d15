"""Score the parser on the corpora: exactly right, sent to review, missed, or wrong, per
language.

    python benchmarks/accuracy.py [--show]

"Wrong" is the number that matters: a record with a status or dates that differ from what
a careful person would read, or an actionable record where a person would not be sure.
"Missed" is a pause a person reads that got no record at all.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))  # as a script: the repository root

from benchmarks import (blind_eighteenth, blind_eighth, blind_eleventh,  # noqa: E402
                        blind_fifteenth, blind_final, blind_fourteenth,
                        blind_heldout, blind_nineteenth, blind_ninth, blind_precision,
                        blind_recall, blind_regional, blind_seventeenth, blind_seventh,
                        blind_sixteenth, blind_sixth, blind_tenth, blind_thirteenth,
                        blind_twelfth, blind_twentieth, blind_twentyfirst,
                        blind_twentyfourth, blind_twentysecond, blind_twentythird)
from benchmarks.corpus import AS_OF, CORPUS, HOLDOUT, HOLDOUT_2  # noqa: E402

from passpause import parse_comment  # noqa: E402

ACTIONABLE = ("overdue", "due", "upcoming", "open")
OUTCOMES = ("right", "review", "missed", "wrong")  # from best to worst


def notes_of(corpus: dict) -> dict[str, list[tuple[str, list[tuple[str, str, str]]]]]:
    """The older corpora write one expectation per note, "none" for no statement."""
    return {lang: [(note, [] if status == "none" else [(status, vf, vu)])
                   for note, status, vf, vu in entries]
            for lang, entries in corpus.items()}


# name -> (notes per language, as-of date)
CORPORA = {
    "corpus": (notes_of(CORPUS), date.fromisoformat(AS_OF)),
    "holdout": (notes_of(HOLDOUT), date.fromisoformat(AS_OF)),
    "second holdout": (notes_of(HOLDOUT_2), date.fromisoformat(AS_OF)),
    "blind precision": (blind_precision.NOTES, date.fromisoformat(blind_precision.AS_OF)),
    "blind regional": (blind_regional.NOTES, date.fromisoformat(blind_regional.AS_OF)),
    "blind final": (blind_final.NOTES, date.fromisoformat(blind_final.AS_OF)),
    "blind recall": (blind_recall.NOTES, date.fromisoformat(blind_recall.AS_OF)),
    "blind held-out": (blind_heldout.NOTES, date.fromisoformat(blind_heldout.AS_OF)),
    "blind sixth": (blind_sixth.NOTES, date.fromisoformat(blind_sixth.AS_OF)),
    "blind seventh": (blind_seventh.NOTES, date.fromisoformat(blind_seventh.AS_OF)),
    "blind eighth": (blind_eighth.NOTES, date.fromisoformat(blind_eighth.AS_OF)),
    "blind ninth": (blind_ninth.NOTES, date.fromisoformat(blind_ninth.AS_OF)),
    "blind tenth": (blind_tenth.NOTES, date.fromisoformat(blind_tenth.AS_OF)),
    "blind eleventh": (blind_eleventh.NOTES, date.fromisoformat(blind_eleventh.AS_OF)),
    "blind twelfth": (blind_twelfth.NOTES, date.fromisoformat(blind_twelfth.AS_OF)),
    "blind thirteenth": (blind_thirteenth.NOTES, date.fromisoformat(blind_thirteenth.AS_OF)),
    "blind fourteenth": (blind_fourteenth.NOTES, date.fromisoformat(blind_fourteenth.AS_OF)),
    "blind fifteenth": (blind_fifteenth.NOTES, date.fromisoformat(blind_fifteenth.AS_OF)),
    "blind sixteenth": (blind_sixteenth.NOTES, date.fromisoformat(blind_sixteenth.AS_OF)),
    "blind seventeenth": (blind_seventeenth.NOTES,
                          date.fromisoformat(blind_seventeenth.AS_OF)),
    "blind eighteenth": (blind_eighteenth.NOTES, date.fromisoformat(blind_eighteenth.AS_OF)),
    "blind nineteenth": (blind_nineteenth.NOTES, date.fromisoformat(blind_nineteenth.AS_OF)),
    "blind twentieth": (blind_twentieth.NOTES, date.fromisoformat(blind_twentieth.AS_OF)),
    "blind twenty-first": (blind_twentyfirst.NOTES,
                           date.fromisoformat(blind_twentyfirst.AS_OF)),
    "blind twenty-second": (blind_twentysecond.NOTES,
                            date.fromisoformat(blind_twentysecond.AS_OF)),
    "blind twenty-third": (blind_twentythird.NOTES,
                           date.fromisoformat(blind_twentythird.AS_OF)),
    "blind twenty-fourth": (blind_twentyfourth.NOTES,
                            date.fromisoformat(blind_twentyfourth.AS_OF)),
}


def _record_outcome(want: tuple[str, str, str] | None, got) -> str:
    if got is None:
        return "missed"
    seen = (got.status, str(got.new_valid_from or ""), str(got.new_valid_until or ""))
    if want is None:  # a record where the careful reading has none
        return "wrong" if got.status in ACTIONABLE else "review"
    status = want[0]
    if got.status == status and (status not in ACTIONABLE or seen == tuple(want)):
        return "right"
    if got.status == "review":
        return "review"
    if status == "closed" and got.status != "closed":
        return "wrong" if got.status in ACTIONABLE else "review"
    return "wrong"


def grade(note: str, expected: list, as_of: date) -> tuple[str, str]:
    """The note's worst outcome, and what the parser read."""
    records = parse_comment(note, as_of=as_of)
    seen = "; ".join(f"{r.status} {r.new_valid_from or ''} {r.new_valid_until or ''}".strip()
                     + (f" ({r.problems[0].code})" if r.problems else "")
                     for r in records) or "no statement"
    if not expected and not records:
        return "right", seen
    outcomes = [_record_outcome(want, got) for want, got in _aligned(expected, records)]
    return max(outcomes, key=OUTCOMES.index), seen


def _aligned(expected: list, records: list):
    for index in range(max(len(expected), len(records))):
        yield (expected[index] if index < len(expected) else None,
               records[index] if index < len(records) else None)


def score(notes: dict, as_of: date) -> dict[str, dict[str, list]]:
    table = {}
    for lang, entries in notes.items():
        table[lang] = {kind: [] for kind in OUTCOMES}
        for note, expected in entries:
            outcome, seen = grade(note, expected, as_of)
            table[lang][outcome].append((note, expected, seen))
    return table


def main(show: bool = False) -> None:
    for name, (notes, as_of) in CORPORA.items():
        print(f"== {name} (as of {as_of})")
        report(score(notes, as_of), show)


def certain(expected: list) -> bool:
    """A note a careful person reads with certainty: it has a pause, none of it for review."""
    return bool(expected) and all(status != "review" for status, _, _ in expected)


def report(table, show: bool) -> None:
    """Counts per outcome; recall is the share of the notes a person reads with certainty
    that are read exactly right."""
    print(f"{'language':<9}{'notes':>6}" + "".join(f"{k:>8}" for k in OUTCOMES)
          + f"{'recall':>8}")
    totals = [0] * 7
    for lang, outcome in table.items():
        counts = [len(outcome[k]) for k in OUTCOMES]
        sure = [sum(certain(e) for _, e, _ in outcome[k]) for k in OUTCOMES]
        row = [sum(counts)] + counts + [sure[0], sum(sure)]
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{lang:<9}{row[0]:>6}" + "".join(f"{n:>8}" for n in row[1:5])
              + f"{_share(row[5], row[6]):>8}")
    print(f"{'all':<9}{totals[0]:>6}" + "".join(f"{n:>8}" for n in totals[1:5])
          + f"{_share(totals[5], totals[6]):>8}")
    if show:
        for lang, outcome in table.items():
            for kind in ("review", "missed", "wrong"):
                for note, expected, seen in outcome[kind]:
                    want = "; ".join(" ".join(x for x in rec if x) for rec in expected)
                    print(f"[{lang} {kind}] {note!r}\n    expected {want or 'nothing'}; "
                          f"got {seen}")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


if __name__ == "__main__":
    main(show="--show" in sys.argv)
