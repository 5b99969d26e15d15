"""What the steps of reading a statement share: the tokens, the masked text's
marks, sentences, and the patterns every step uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import DateRef, days_in_month


MASK = "_"


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
                           r"|\.(?<=[^\W\d_]{4}\.)\s+(?=\d)(?!\d{4}\b|\d{1,2}[./-]\d)|\n")


_PHRASE_END = re.compile(r"[.,:;!?\n()+]")


_DIGIT = re.compile(r"\d")


_WORDS_ONLY = re.compile(r"[a-zß]+")


_NO_WORD = re.compile(r"[^a-zß\d]*")


_WORDS = re.compile(r"[a-zß]+(?:'[a-zß]*)?")


_LONG_WORDS = re.compile(r"[a-zß]{5,}")


# Prices, whatever the language: "49,90 €", "79,-", "CHF 20".
_PRICE = r"\d+(?:[.,]\d+)?(?:,-)?\s*(?:€|eur\b|euros?\b|chf\b|fr\.|\$|£|%)|[$£€]\s*\d+|\d{1,6},-"


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


def _sentence_spans(written: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in _NEW_SENTENCE.finditer(written)] + [len(written)]
    return list(zip(cuts, cuts[1:]))


def _identity(value):
    if isinstance(value, DateRef):
        return (value.day, value.month, value.year)
    return value
