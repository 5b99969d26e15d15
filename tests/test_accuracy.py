"""The parser never gives a wrong date on the corpus of realistic notes."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

import accuracy  # noqa: E402
from corpus import CORPUS, HOLDOUT, HOLDOUT_2  # noqa: E402


def test_no_wrong_reading_on_the_corpus():
    for corpus in (CORPUS, HOLDOUT, HOLDOUT_2):
        table = accuracy.score(corpus)
        wrong = [entry for outcome in table.values() for entry in outcome["wrong"]]
        missed = [entry for outcome in table.values() for entry in outcome["missed"]]
        assert wrong == [] and missed == []


def test_every_language_has_a_corpus():
    assert set(CORPUS) == set(HOLDOUT) == {"fr", "de", "en", "es", "it", "nl"}
