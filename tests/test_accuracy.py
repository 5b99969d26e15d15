"""The parser never gives a wrong date on the corpora of realistic notes."""

import pytest

from benchmarks import accuracy

LANGUAGES = {"fr", "de", "en", "es", "it", "nl"}


@pytest.mark.parametrize("name", list(accuracy.CORPORA))
def test_no_wrong_reading_on_the_corpus(name):
    notes, as_of = accuracy.CORPORA[name]
    table = accuracy.score(notes, as_of)
    wrong = {entry[0] for outcome in table.values() for entry in outcome["wrong"]}
    assert wrong == set()


@pytest.mark.parametrize("name", ["corpus", "holdout", "second holdout"])
def test_nothing_missed_on_the_written_corpora(name):
    notes, as_of = accuracy.CORPORA[name]
    table = accuracy.score(notes, as_of)
    assert [entry for outcome in table.values() for entry in outcome["missed"]] == []


def test_every_language_has_a_corpus():
    for notes, _ in accuracy.CORPORA.values():
        assert LANGUAGES <= set(notes)


def test_the_grader_calls_a_wrong_date_wrong():
    """The grader itself: a note whose careful reading differs from the parser's is wrong."""
    note = "Pause du 01/11 au 20/11/2025, il reste 9 jours"
    as_of = accuracy.CORPORA["corpus"][1]
    assert accuracy.grade(note, [("overdue", "2025-11-21", "2025-11-30")], as_of)[0] == "right"
    assert accuracy.grade(note, [("overdue", "2025-11-21", "2025-12-01")], as_of)[0] == "wrong"
    assert accuracy.grade(note, [("review", "", "")], as_of)[0] == "wrong"
    assert accuracy.grade(note, [], as_of)[0] == "wrong"


@pytest.mark.parametrize("name", list(accuracy.CORPORA))
def test_every_note_with_a_pause_word_ends_somewhere(name):
    """A record (imported, upcoming, open, review or closed) or a recognised other sense of
    the word: never nothing."""
    from passpause.dates import Rules
    from passpause.lexicon import load_lexicon, normalize
    from passpause.pipeline import analyse_comment

    lex = load_lexicon()
    notes, as_of = accuracy.CORPORA[name]
    lost = []
    for entries in notes.values():
        for note, _ in entries:
            if not lex.pause.find(normalize(note)):
                continue
            records, other_sense = analyse_comment(note, Rules(as_of))
            if not records and not other_sense:
                lost.append(note)
    assert lost == []
