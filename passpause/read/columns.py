"""Which row is the header and which column is which: names in every language."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

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


# Customer-number headers so generic that a specific one beside them wins.
_GENERIC_IDS = frozenset({"id", "nr", "no", "nummer", "number", "identifiant", "code"})

# Columns that say who a client is: their cells are names and numbers, never notes.
IDENTITY = ("customer_id", "first_name", "last_name", "full_name", "email", "phone")


def _find_header(rows: list[list[str]], names: dict, note_columns: tuple[str, ...],
                 name: str) -> tuple[int, list[str]]:
    """The header may sit below a few title rows: take the row with the most known names
    (or the first that holds a note column the user named)."""
    wanted = {fold_header(column) for column in note_columns}
    best, best_score = None, 0
    for index, row in enumerate(rows):
        folded = [fold_header(str(cell)) for cell in row]
        if wanted and wanted & set(folded):
            return index, [str(c).strip() for c in row]
        score = sum(1 for cell in folded if cell in names)
        if score > best_score:
            best, best_score = index, score
    if wanted:
        shown = _headers_preview(rows[best] if best is not None else rows[0] if rows else [])
        raise ColumnError(f"No column named '{note_columns[0]}' in '{name}'. Columns are: "
                          f"{shown}.")
    if best is None or best_score < 2:
        first = next((r for r in rows if any(str(c).strip() for c in r)), [])
        raise ColumnError(
            f"No header row with known column names found in '{name}' (the first row reads: "
            f"{_headers_preview(first)}). Use --comment-column NAME to name the note column.",
            key="error_no_header", name=name, first=_headers_preview(first))
    return best, [str(cell).strip() for cell in rows[best]]


def unique_headers(headers: list[str]) -> list[str]:
    """Every column gets a name of its own, as a person would tell them apart: a blank
    header is named by its column letter (``column F``), a repeated one by its rank
    (``Notiz``, ``Notiz (2)``), never as a name another column already has."""
    taken = {fold_header(h) for h in headers if h.strip()}
    seen: Counter[str] = Counter()
    unique = []
    for position, header in enumerate(headers):
        if not header.strip():
            name = f"column {column_letter(position)}"
        else:
            seen[fold_header(header)] += 1
            name, count = header, seen[fold_header(header)]
            while count > 1 and fold_header(name) in taken:
                name = f"{header} ({count})"
                count += 1
        taken.add(fold_header(name))
        unique.append(name)
    return unique


def column_letter(position: int) -> str:
    """Excel's name of the 0-based column ``position``: A, ..., Z, AA, ..."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _note_variant(header: str, names: dict) -> bool:
    """``Commentaire 2``, ``Notes internes``, ``Interne Notiz``: a short header one of whose
    words names a note field (a plural too) is a note field."""
    words = header.split()
    return 1 < len(words) <= 4 and any(
        names.get(word, names.get(word.rstrip("s"), ("",)))[0] == "comment" for word in words)


def _headers_preview(row: list[str]) -> str:
    cells = [str(c).strip() for c in row if str(c).strip()]
    return ", ".join(cells[:20]) + (", ..." if len(cells) > 20 else "") or "(nothing)"


@dataclass(frozen=True)
class Located:
    """Where the columns passpause reads stand in the header."""

    columns: dict[str, int]  # concept -> position of the first column of that concept
    lang: str  # the language most header names are in
    notes: tuple[int, ...]  # every note field (Comment, Note, Warning...), in header order
    others: tuple[int, ...]  # every other column but the customer number and the e-mail
    pause_columns: tuple[int, ...] = ()  # those of ``others`` named after pauses


def _position(folded: list[str], header: str, headers: list[str], name: str) -> int:
    try:
        return folded.index(fold_header(header))
    except ValueError:
        raise ColumnError(f"No column named '{header}' in '{name}'. Columns are: "
                          f"{_headers_preview(headers)}.") from None


def _locate_columns(headers: list[str], names: dict, note_columns: tuple[str, ...], name: str,
                    extra: dict[str, tuple[str, ...]], id_column: str | None = None,
                    about_pauses=lambda header: False) -> Located:
    """Known columns by name; the first of several alike wins. Every note field is read
    (Comment, Note, Warning and their names in every language, and those the configuration
    names), or exactly the ones the user names; every other column but the customer number
    and the e-mail is looked at too (a name or a phone column included), so a pause written
    there is never lost. ``about_pauses``: whether a header names pauses (``Pausiert
    von/bis``, ``Pausen-Kommentar``): such a column is no note field but a column whose every
    filled cell a person looks at."""
    columns: dict[str, int] = {}
    notes: list[int] = []
    identity: set[int] = set()
    votes: Counter[str] = Counter()
    folded = [fold_header(h) for h in headers]
    for position, header in enumerate(folded):
        known = names.get(header) or (("comment", set()) if _note_variant(header, names)
                                      and not about_pauses(headers[position]) else None)
        if known:
            if known[0] == "customer_id" and columns.get("customer_id") is not None \
                    and folded[columns["customer_id"]] in _GENERIC_IDS \
                    and header not in _GENERIC_IDS:
                columns["customer_id"] = position  # "Kundennummer" beats a bare "ID"
            columns.setdefault(known[0], position)
            votes.update(known[1])
            if known[0] == "comment":
                notes.append(position)
            elif known[0] in IDENTITY:
                identity.add(position)
    notes += [folded.index(fold_header(h)) for h in extra.get("comment", ())
              if fold_header(h) in folded]
    if note_columns:
        notes = [_position(folded, header, headers, name) for header in note_columns]
    notes = sorted(set(notes))
    if not notes:
        raise ColumnError(f"No note column (comment, note, warning) found in '{name}'. "
                          f"Columns are: {_headers_preview(headers)}. Use --comment-column "
                          "NAME.", key="error_no_note_column", name=name,
                          columns=_headers_preview(headers))
    columns["comment"] = notes[0]
    if id_column:
        columns["customer_id"] = _position(folded, id_column, headers, name)
        taken = [concept for concept, p in columns.items() if p == columns["customer_id"]
                 and concept not in ("customer_id", "email")]
        if columns["customer_id"] in notes or taken:
            raise ColumnError(f"'{id_column}' in '{name}' is the client's "
                              f"{'note' if columns['customer_id'] in notes else 'name'}, not "
                              "a customer number: give --id-column the column of numbers.")
        identity.add(columns["customer_id"])
    if "first_name" in columns and "last_name" not in columns and "full_name" in columns:
        columns["last_name"] = columns.pop("full_name")  # German "Vorname" + "Name"
    if "customer_id" not in columns and "email" not in columns:
        raise ColumnError(f"Neither a customer number nor an e-mail column found in '{name}', "
                          f"so its clients cannot be told apart. Columns are: "
                          f"{_headers_preview(headers)}. Use --id-column NAME.",
                          key="error_no_ids", name=name, columns=_headers_preview(headers))
    lang = max(sorted(votes), key=lambda code: votes[code]) if votes else ""
    keys = {columns.get("customer_id"), columns.get("email")}
    others = tuple(p for p in range(len(headers)) if p not in notes and p not in keys
                   and (p in identity or p not in columns.values()))
    pause_columns = tuple(p for p in others if p not in identity and about_pauses(headers[p]))
    return Located(columns, lang, tuple(notes), others, pause_columns)
