"""The parser never gives a wrong date on the corpora of realistic notes."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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

_ALL_NOTES = sorted({note for notes, _ in accuracy.CORPORA.values()
                     for entries in notes.values() for note, _ in entries})


@st.composite
def _altered_notes(draw):
    """A note of the corpora, altered the way cells are: cut short, joined to another,
    shouted, its punctuation or a digit changed."""
    note = draw(st.sampled_from(_ALL_NOTES))
    for change in draw(st.lists(st.sampled_from(
            ["cut", "join", "upper", "lower", "punctuation", "digit", "newline"]), max_size=3)):
        words = note.split(" ")
        if change == "cut" and len(words) > 2:
            start = draw(st.integers(0, len(words) - 2))
            note = " ".join(words[start:draw(st.integers(start + 1, len(words)))])
        elif change == "join":
            note += draw(st.sampled_from([". ", "\n", " ; ", " — "])) + draw(
                st.sampled_from(_ALL_NOTES))
        elif change == "upper":
            note = note.upper()
        elif change == "lower":
            note = note.lower()
        elif change == "punctuation":
            note = note.replace(",", draw(st.sampled_from(["", ";", " -", "."])))
        elif change == "digit" and any(ch.isdigit() for ch in note):
            at = draw(st.sampled_from([i for i, ch in enumerate(note) if ch.isdigit()]))
            note = note[:at] + str(draw(st.integers(0, 9))) + note[at + 1:]
        elif change == "newline":
            note = note.replace(". ", ".\n")
    return note


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_altered_notes(), st.sampled_from([date(2025, 11, 24), date(2027, 6, 14)]))
def test_an_altered_note_with_a_pause_word_still_ends_somewhere(note, as_of):
    """Over the corpora's notes, altered: a cell holding a pause word, or a word that looks
    like one, ends as a record (imported, upcoming, open, review or closed) or a
    recognised other sense of the word, never nowhere."""
    from passpause.dates import Rules
    from passpause.lexicon import load_lexicon, normalize
    from passpause.pipeline import analyse_comment

    lex = load_lexicon()
    norm = normalize(note)
    if not (lex.pause.find(norm) or lex.pause_like.search(norm)):
        return
    records, other_sense = analyse_comment(note, Rules(as_of))
    assert records or other_sense, note
