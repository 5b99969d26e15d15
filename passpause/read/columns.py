"""Which row is the header and which column is which: names in every language."""

from __future__ import annotations

from collections import Counter

from ..errors import ColumnError
from ..lexicon import Lexicon, fold_header


HEADER_SEARCH_ROWS = 30


def _known_names(lex: Lexicon, extra: dict[str, tuple[str, ...]]) -> dict:
    """Header name -> (column, languages); the studio's own names win."""
    names = dict(lex.columns)
    for concept, headers in extra.items():
        for header in headers:
            names[fold_header(header)] = (concept, set())
    return names


def _find_header(rows: list[list[str]], names: dict, comment_column: str | None,
                 name: str) -> tuple[int, list[str]]:
    """The header may sit below a few title rows: take the row with the most known names."""
    wanted = fold_header(comment_column) if comment_column else None
    best, best_score = None, 0
    for index, row in enumerate(rows):
        folded = [fold_header(str(cell)) for cell in row]
        if wanted and wanted in folded:
            return index, [str(c).strip() for c in row]
        score = sum(1 for cell in folded if cell in names)
        if score > best_score:
            best, best_score = index, score
    if wanted:
        shown = _headers_preview(rows[best] if best is not None else rows[0] if rows else [])
        raise ColumnError(f"No column named '{comment_column}' in '{name}'. Columns are: "
                          f"{shown}.")
    if best is None or best_score < 2:
        first = next((r for r in rows if any(str(c).strip() for c in r)), [])
        raise ColumnError(
            f"No header row with known column names found in '{name}' (the first row reads: "
            f"{_headers_preview(first)}). Use --comment-column NAME to name the comment column."
        )
    return best, [str(cell).strip() for cell in rows[best]]


def _headers_preview(row: list[str]) -> str:
    cells = [str(c).strip() for c in row if str(c).strip()]
    return ", ".join(cells[:20]) + (", ..." if len(cells) > 20 else "") or "(nothing)"


def _locate_columns(headers: list[str], names: dict, comment_column: str | None, name: str,
                    extra: dict[str, tuple[str, ...]]):
    """Known columns by name; the first of several alike wins. Other comment-like columns
    are returned so their pause notes go to review instead of being lost; comment columns
    the configuration names are all read."""
    columns: dict[str, int] = {}
    comments: list[int] = []
    votes: Counter[str] = Counter()
    folded = [fold_header(h) for h in headers]
    for position, header in enumerate(folded):
        known = names.get(header)
        if known:
            columns.setdefault(known[0], position)
            votes.update(known[1])
            if known[0] == "comment":
                comments.append(position)
    configured = [folded.index(fold_header(h)) for h in extra.get("comment", ())
                  if fold_header(h) in folded]
    if configured:
        columns["comment"] = configured[0]
    if comment_column:
        columns["comment"] = folded.index(fold_header(comment_column))
        comments, configured = [columns["comment"]], []
    if "comment" not in columns:
        raise ColumnError(f"No comment column found in '{name}'. Columns are: "
                          f"{_headers_preview(headers)}. Use --comment-column NAME.")
    if "first_name" in columns and "last_name" not in columns and "full_name" in columns:
        columns["last_name"] = columns.pop("full_name")  # German "Vorname" + "Name"
    lang = max(sorted(votes), key=lambda code: votes[code]) if votes else ""
    extra_comments = tuple(p for p in configured if p != columns["comment"])
    others = tuple(p for p in comments if p != columns["comment"] and p not in extra_comments)
    return columns, lang, others, extra_comments
