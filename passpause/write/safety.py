"""Spreadsheet safety: text that Excel, LibreOffice or Sheets would run as a formula.

OWASP "CSV injection": a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return (or their full-width forms) is a formula, or a DDE call, to a
spreadsheet. The CSV gets a leading ``'`` (shown by Excel, kept by importers as
text); the workbook keeps the text as it is and marks the cell quote-prefixed,
which is how Excel itself stores text typed after an apostrophe.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d",
                  "\uff20", "\ufe62", "\ufe63", "\ufe66")
EXCEL_MAX_TEXT = 32767
# First characters of a text that may be a formula (spaces may hide one): a cheap test
# that lets almost every text skip the full one.
RISKY_FIRST = frozenset(" " + "".join(FORMULA_STARTS))


def is_formula_like(text: str) -> bool:
    return text.lstrip(" ").startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """For the CSV: prefix a quote so the text is shown, never run."""
    return "'" + text if text and text[0] in RISKY_FIRST and is_formula_like(text) else text
