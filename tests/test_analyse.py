"""Many distinct notes are parsed on several cores, with exactly the serial results."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from passpause import dates
from passpause import notes as many
from passpause.lexicon import load_lexicon

ROOT = Path(__file__).parents[1]
from examples import make_examples

RULES = dates.Rules(date(2025, 11, 24))


def _notes(count: int) -> list[str]:
    """The documented example notes, each made distinct as real notes are."""
    cases = [case.comment for case in make_examples.FRENCH_CASES + make_examples.GERMAN_CASES]
    return [f"{cases[i % len(cases)]} — Camille, dossier {i}" for i in range(count)]


def _analyse(notes, workers):
    return many.analyse_all(notes, RULES, month_first=False, default_lang="fr",
                            lexicon=load_lexicon(), workers=workers)


def test_helpers_give_exactly_the_serial_results(monkeypatch):
    monkeypatch.setattr(many, "PARALLEL_MIN_NOTES", 10)
    notes = _notes(300) + _notes(40)  # repeated notes are parsed once
    serial = _analyse(notes, workers=1)
    parallel = _analyse(notes, workers=3)
    assert list(parallel) == list(serial) == list(dict.fromkeys(notes))
    assert parallel == serial
    assert sum(1 for records, _ in serial.values() if records) > 200


def test_a_helper_that_cannot_start_leaves_its_share_to_this_process(monkeypatch):
    monkeypatch.setattr(many, "PARALLEL_MIN_NOTES", 10)
    notes = _notes(60)
    serial = _analyse(notes, workers=1)
    monkeypatch.setattr(sys, "executable", str(ROOT / "no-such-python"))
    assert _analyse(notes, workers=2) == serial


@pytest.mark.parametrize("count, expected_helpers", [(100, 0), (2000, 1)])
def test_helpers_start_only_for_many_notes(tmp_path, count, expected_helpers):
    """Run from a script with no __main__ guard, as a library user may write it: the
    helper never runs that script again, and nothing is printed but the result."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import sys, subprocess\n"
        "from datetime import date\n"
        "from passpause import dates, notes as many\n"
        "from passpause.lexicon import load_lexicon\n"
        "started = []\n"
        "real = subprocess.Popen\n"
        "subprocess.Popen = lambda *a, **k: started.append(1) or real(*a, **k)\n"
        f"notes = [f'Pause du 1er au 15 juin 2025, reste {{i}} jours' for i in range({count})]\n"
        "found = many.analyse_all(notes, dates.Rules(date(2025, 11, 24)), month_first=False,\n"
        "                         default_lang='fr', lexicon=load_lexicon(), workers=2)\n"
        "print(len(found), sum(1 for records, _ in found.values() if records), len(started))\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          cwd=tmp_path, check=True)
    assert done.stdout.split() == [str(count), str(count), str(expected_helpers)]
    assert done.stderr == ""
