"""Parse many distinct notes, on every core when there are enough of them.

A chain's export holds thousands of different pause notes (each with its own dates), and
parsing one costs about a quarter of a millisecond of pure Python: 10,000 notes are two to
three seconds on one core. Above ``PARALLEL_MIN_NOTES`` distinct notes, this process
parses one share and helper processes (``python -m passpause.notes``, one per other
core) parse the others. A helper is a fresh interpreter that loads the same language
files and gets its notes and rules as a pickle on stdin; it never imports the caller's
own script, so a library user's code needs no ``if __name__ == "__main__"`` guard.
When a helper cannot start or fails, its share is parsed here: the result is the same,
only slower.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from . import dates
from .find import mentions_pause, split_statements
from .lexicon import Lexicon, load_lexicon, normalize
from .models import PauseRecord, Problem, whole_note_review
from .parse import dated_other_sense, parse_statement, said_above

PARALLEL_MIN_NOTES = 1500  # below this, starting a helper costs more than it saves

Analysis = tuple[list[PauseRecord], bool]


def analyse_all(texts: list[str], rules: dates.Rules, *, month_first: bool, default_lang: str,
                lexicon: Lexicon, progress: Callable[[str], None] | None = None,
                workers: int | None = None) -> dict[str, Analysis]:
    """Each distinct text -> its pause records, and whether its pause words meant
    something else. ``workers``: processes to use, this one included (None: one per
    available core)."""
    unique = list(dict.fromkeys(texts))
    workers = _cores() if workers is None else workers
    if (workers < 2 or len(unique) < PARALLEL_MIN_NOTES or lexicon.directory is None
            or getattr(sys, "frozen", False)):
        return dict(zip(unique, _parse(unique, rules, month_first, default_lang, lexicon,
                                       progress)))
    shares = [unique[i::workers] for i in range(workers)]  # interleaved: alike in length
    setup = (rules, month_first, default_lang, lexicon.directory)
    helpers = [_Helper(share, setup) for share in shares[1:]]
    results = {}
    results.update(zip(shares[0], _parse(shares[0], rules, month_first, default_lang,
                                         lexicon, progress, of=len(unique))))
    for helper, share in zip(helpers, shares[1:]):
        parsed = helper.result()
        if parsed is None or len(parsed) != len(share):  # it failed: parse its share here
            parsed = _parse(share, rules, month_first, default_lang, lexicon, None)
        results.update(zip(share, parsed))
    return {text: results[text] for text in unique}


def analyse_comment(text: str, rules: dates.Rules, *, month_first: bool = False,
                    default_lang: str = "", lexicon: Lexicon | None = None
                    ) -> tuple[list[PauseRecord], bool]:
    """All pause records of one comment, and whether its pause words meant something else."""
    lex = lexicon or load_lexicon()
    norm = normalize(text)
    statements = split_statements(norm, lex)
    if not statements:
        if word := _unread_pause_word(text, norm, lex):  # "Pausenbeginn 01.10.": never lost
            return [whole_note_review(text, default_lang,
                                      Problem.of("unread_pause_word", word=word))], False
        if words := dated_other_sense(norm, text, lex):  # "Kurze Pause 03.11.–16.11."
            return [whole_note_review(text, default_lang,
                                      Problem.of("other_sense_with_dates", words=words))], False
        return [], mentions_pause(norm, lex)  # only other senses, or no pause word at all
    records = [
        dates.resolve(parsed, rules)
        for st in statements
        for parsed in parse_statement(text, norm, st, lex, month_first=month_first,
                                      default_lang=default_lang)
    ]
    if words := said_above(norm, text, statements[0].span[0], lex):
        # "Reaktiviert am 17.11.\nAbo pausiert 03.11.–16.11.": a line above the pause
        records = [dates.to_review(r, Problem.of("line_above", words=words))
                   if r.status != "closed" else r for r in records]
    return dates.settle_history(records, rules), False


def _unread_pause_word(text: str, norm: str, lex: Lexicon) -> str:
    """A word that looks like a pause (``Pausenbeginn``, ``Suspendierung``) outside any
    other sense of a pause word, in a note where no pause statement was found."""
    others = lex.not_pause.find(norm)
    for match in lex.pause_like.finditer(norm):
        if not any(o.start <= match.start() < o.end for o in others):
            return text[match.start():match.end()]
    return ""


def _parse(texts, rules, month_first, default_lang, lexicon, progress, of=None
           ) -> list[Analysis]:
    total = of or len(texts)
    results = []
    for done, text in enumerate(texts):
        if progress and done % 1000 == 0:
            progress(f"Reading pause notes: {done * total // len(texts):,} of {total:,}")
        results.append(_isolated(text, rules, month_first, default_lang, lexicon))
    return results


def _isolated(text: str, rules, month_first, default_lang, lexicon) -> Analysis:
    """One note's analysis; a bug met while reading it sends that note to review (the
    traceback kept for the run's error log) instead of stopping everyone's run."""
    try:
        return analyse_comment(text, rules, month_first=month_first,
                               default_lang=default_lang, lexicon=lexicon)
    except Exception:  # noqa: BLE001 - any bug in one note, whatever its type
        return [whole_note_review(text, default_lang, Problem.of(
            "internal_error", trace=traceback.format_exc()))], False


class _Helper:
    """One helper process parsing one share; its output is collected by a thread."""

    def __init__(self, texts: list[str], setup: tuple):
        self.output: bytes | None = None
        package_root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [package_root] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "passpause.notes"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, env=env)
        except OSError:
            self.process = None
            return
        payload = pickle.dumps((setup, texts), protocol=pickle.HIGHEST_PROTOCOL)
        self.thread = threading.Thread(target=self._talk, args=(payload,), daemon=True)
        self.thread.start()

    def _talk(self, payload: bytes) -> None:
        try:
            output, _ = self.process.communicate(payload)
        except OSError:
            return
        if self.process.returncode == 0:
            self.output = output

    def result(self) -> list[Analysis] | None:
        if self.process is None:
            return None
        self.thread.join()
        if self.output is None:
            return None
        try:
            return pickle.loads(self.output)
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None


def _serve() -> None:
    """A helper's life: notes and rules on stdin, their analyses on stdout."""
    (rules, month_first, default_lang, directory), texts = pickle.load(sys.stdin.buffer)
    parsed = _parse(texts, rules, month_first, default_lang, load_lexicon(directory), None)
    sys.stdout.buffer.write(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


if __name__ == "__main__":
    _serve()
