"""What the user reads, in their language, from ``labels.csv`` (one column a language)."""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import cache
from pathlib import Path

from ..models import Duration, Problem

LABELS_FILE = Path(__file__).with_name("labels.csv")
# The role names the parser uses in problems, and the labels that name them for people.
FIELD_LABELS = {"start": "pause_start", "end": "pause_end", "resume": "resume_date",
                "original_end": "original_end", "length": "length",
                "remaining": "remaining", "classes": "remaining_classes"}
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_DURATION = re.compile(r"P(\d+)M(\d+)D")


@cache
def _table() -> dict[str, dict[str, str]]:
    with LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        return {row["key"]: row for row in csv.DictReader(handle)}


def languages() -> tuple[str, ...]:
    return tuple(code for code in next(iter(_table().values())) if code != "key")


def system_lang() -> str | None:
    """The interface language of this computer's user, when passpause has labels in it:
    the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG (fr_CH.UTF-8 -> fr), else the locale
    Windows and macOS report."""
    import locale
    import os

    names = [os.environ.get(key, "") for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    try:
        names.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for name in names:
        for part in name.split(":"):
            code = part[:2].lower()
            if code in languages():
                return code
    return None


class Labels:
    def __init__(self, lang: str):
        if lang not in languages():
            raise ValueError(f"no labels for language {lang!r}")
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        return _table()[key][self.lang]

    def date(self, value: date | None) -> str:
        return value.strftime(self["date_format"]) if value else ""

    def number(self, value: int) -> str:
        """A whole number with the language's thousands separator: 12,345 / 12 345."""
        return f"{value:,}".replace(",", self["thousands"])

    def duration(self, value: Duration | None) -> str:
        if not value:
            return ""
        parts = [f"{value.months} {self['months']}"] if value.months else []
        if value.days or not parts:
            parts.append(f"{value.days} {self['days']}")
        return " + ".join(parts)

    def error(self, error: Exception, *, as_raised_in_english: bool = False) -> str:
        """A PasspauseError in this language when the table has its words, else as raised
        (in English: a message no label names yet). ``as_raised_in_english``: the command
        line's English keeps the raised message, which names its options (--comment-column);
        the page's words name the configuration instead."""
        key = getattr(error, "key", "")
        if as_raised_in_english and self.lang == "en":
            return str(error)
        if key and key in _table():
            try:
                return self[key].format(**getattr(error, "params", {}))
            except (KeyError, IndexError, ValueError):
                pass
        return str(error)

    def problem(self, problem: Problem) -> str:
        """The sentence a person reads; a reason that cannot be worded (a bug) still reads
        as one, saying so, rather than stopping the run."""
        values = {}
        for key, text in problem.values.items():
            if _ISO.fullmatch(text) and key != "text":
                try:
                    text = self.date(date.fromisoformat(text))
                except ValueError:  # a quoted "2025-02-30" stays as written
                    pass
            elif _DURATION.fullmatch(text):  # "P0M20D": "20 jours" in the sheet's words
                months, days = map(int, _DURATION.fullmatch(text).groups())
                text = self.duration(Duration(months, days))
            elif key == "field":
                text = self[FIELD_LABELS.get(text, text)]
            values[key] = text
        try:
            return self[problem.code].format(**values)
        except (KeyError, IndexError, ValueError):
            return self["internal_error"]
