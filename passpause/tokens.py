"""What the steps of reading a statement share: the tokens, the masked text's
marks, sentences, and the patterns every step uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .lexicon import LETTER, normalize
from .models import DateRef, days_in_month


MASK = "_"


class Written(str):
    """A statement as the parser reads it: the manager's words with numbers written as
    digits (``deux semaines et demie`` -> ``2 semaines et demie``), and a map from each of
    its offsets back to the words as written. Every other text the parser builds from it
    (normalized, masked) keeps its offsets, so a span found anywhere is quoted from the
    manager's own words with :meth:`quote`."""

    __slots__ = ("original", "_starts", "_ends")

    def __new__(cls, text: str, original: str | None = None) -> "Written":
        self = super().__new__(cls, text)
        self.original = text if original is None else original
        self._starts = self._ends = None
        if self.original != text:
            self._starts, self._ends = _offset_map(self.original, text)
        return self

    def quote(self, start: int, end: int) -> str:
        """The manager's words behind ``self[start:end]``; a number spelled as words is
        quoted whole (``2`` -> ``deux``)."""
        if self._starts is None or start >= end:
            return str.__getitem__(self, slice(start, end))
        return self.original[self._starts[start]:self._ends[end - 1]]

    def spelled(self, start: int, end: int) -> bool:
        """Whether ``self[start:end]`` holds nothing the manager wrote as it reads here
        (a number the manager spelled as a word)."""
        return self.quote(start, end) != str.__getitem__(self, slice(start, end))


def _offset_map(original: str, written: str) -> tuple[list[int], list[int]]:
    """For each offset of ``written``, the span of ``original`` it comes from: a character
    kept maps to itself, a character of a rewritten number to the whole words it replaced.

    Numbers are rewritten within a sentence, so the two texts are compared sentence by
    sentence: a note of many entries costs the sum of its sentences, not the square (or
    worse) of its length. When the sentences do not pair up, word by word."""
    starts = [0] * len(written)
    ends = [0] * len(written)
    pieces = (_SENTENCE.findall(original), _SENTENCE.findall(written))
    if len(pieces[0]) != len(pieces[1]):
        pieces = (_WORD_OR_SPACE.findall(original), _WORD_OR_SPACE.findall(written))
    if len(pieces[0]) != len(pieces[1]):
        pieces = ([original], [written])
    o_at = w_at = 0
    for o_piece, w_piece in zip(*pieces):
        if o_piece == w_piece:
            for i in range(len(w_piece)):
                starts[w_at + i], ends[w_at + i] = o_at + i, o_at + i + 1
        else:
            matcher = SequenceMatcher(None, o_piece, w_piece, autojunk=False)
            for op, o1, o2, w1, w2 in matcher.get_opcodes():
                for i in range(w1, w2):
                    if op == "equal":
                        kept = o_at + o1 + i - w1
                        starts[w_at + i], ends[w_at + i] = kept, kept + 1
                    else:
                        starts[w_at + i], ends[w_at + i] = o_at + o1, o_at + o2
        o_at += len(o_piece)
        w_at += len(w_piece)
    return starts, ends


_SENTENCE = re.compile(r"[^.;!?\n]*(?:[.;!?\n]+|$)")
_WORD_OR_SPACE = re.compile(r"\s+|\S+")


# A keyword and its value never stand further apart than this (in characters).
MAX_GAP = 40


# Range connectors every language writes the same way; words come from range_to.
_SYMBOLS = r"->|\u2192|>|-|~"


# after "05/11/2025", a dash and a digit that start no date ("05/11/2025-3")
_NOT_A_DATE = r"(?!\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?!\d))\d"


# "17/06-15/07/2025" is a range, "06-12-34-56-78" a phone number.
_NO_DASH_RUN = r"(?!-(?=\d)(?!\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?!\d)))"


# A new sentence: a full stop before a capital letter, or a new line.
# "... 20/11/2025. Pass mensuel ...", "le 04/10. Pause", "12 Tage. 10er-Karte ..." end a
# sentence; "17. Juni", "bis 20.11. Pass", "ca. 10 Tage", "17 sept. 2025", "paus. 3.11." do not
_NEW_SENTENCE = re.compile(r"\.(?:(?<=\d{4}\.)|(?<=[/-]\d\.)|(?<=[/-]\d\d\.)|(?<!\d\.))"
                           r"\s+(?=[A-ZÀ-ÖØ-Þ])"
                           r"|\.(?<=[^\W\d_]{4}\.)\s+(?=\d)(?!\d{4}\b|\d{1,2}[./-]\d)"
                           r"|\.(?<=[^\W\d_]\.)\s+(?=\d+-?[^\W\d_]{2})|\n"  # "Tg. 10er-Karte"
                           r"|\s//\s|\s\|\s")  # "reste 9 jrs. // Payé 65€ le 02/03"


_PHRASE_END = re.compile(r"[.,:;!?\n()+]")


_DIGIT = re.compile(r"\d")


_WORDS_ONLY = re.compile(LETTER + "+")


_NO_WORD = re.compile(r"[\W_]*")


_WORDS = re.compile(rf"{LETTER}+(?:'{LETTER}*)?")


_LONG_WORDS = re.compile(LETTER + "{5,}")


# Prices, whatever the language: "49,90 €", "79,-", "CHF 20".
_PRICE = (r"\d+(?:[.,]\d+)?(?:,-|\.-)?\s*(?:€|eur\b|euros?\b|chf\b|fr\.|\$|£|%)|[$£€]\s*\d+"
          r"|(?:chf|fr\.)\s*\d+(?:[.,]\d+)?|\d{1,6}[.,]-")  # Swiss: "CHF 180.–", "89.-"


@dataclass(frozen=True)
class Token:
    kind: str  # "date", "time" (a duration) or "classes"
    start: int
    end: int
    value: object
    text: str
    partial: bool = False  # a day whose month and year come from the next date of a range
    links_next: bool = False  # first half of a range


def _year(text: str | None) -> int | None:
    """Two-digit years are 20xx; four digits are the year written, 0000 included (it is
    then an implausible year, never 2000)."""
    if not text:
        return None
    return 2000 + int(text) if len(text) == 2 else int(text)


def _valid(ref: DateRef) -> bool:
    if not 1 <= ref.month <= 12:
        return False
    last = days_in_month(ref.year or 2024, ref.month)  # 2024: 29 February exists
    return 1 <= ref.day <= last


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def _sentence_spans(written: str, abbreviations: frozenset[str] = frozenset()
                    ) -> list[tuple[int, int]]:
    """The sentences of ``written``; a full stop ending one of ``abbreviations`` (normalized
    words with their dot: "wg.", "susp.") ends none."""
    cuts = [0] + [m.end() for m in _NEW_SENTENCE.finditer(written)
                  if not _abbreviation(written, m.start(), abbreviations)] + [len(written)]
    return list(zip(cuts, cuts[1:]))


_ABBREVIATION = re.compile(rf"(?<!{LETTER}){LETTER}+\.\Z")


def _abbreviation(written: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop at ``dot`` ends a word the language data writes with it."""
    m = _ABBREVIATION.search(written, max(0, dot - 20), dot + 1) if abbreviations else None
    return m is not None and normalize(m.group()) in abbreviations


def _identity(value):
    if isinstance(value, DateRef):
        return (value.day, value.month, value.year)
    return value
