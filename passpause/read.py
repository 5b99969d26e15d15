"""File -> table of text cells: format, encoding, delimiter, header row, known columns.

The only module that opens the export. The file is opened read-only and never
written to.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import ColumnError, InputError
from .lexicon import Lexicon, fold_header

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
HEADER_SEARCH_ROWS = 30
DELIMITERS = (";", ",", "\t", "|")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_SAVE_AGAIN = "open it in Excel (or LibreOffice) and save it again as .xlsx, or export it again"


@dataclass(frozen=True)
class Export:
    """The client table as text, with the columns passpause understands located."""

    path: Path
    sha256: str
    headers: list[str]
    data: pd.DataFrame  # positional columns, every cell a str
    header_row: int  # 1-based, as Excel numbers rows
    columns: dict[str, int] = field(default_factory=dict)  # concept -> position
    lang: str = ""  # language of the header names
    other_comments: tuple[int, ...] = ()  # more columns named like a comment column

    def source_row(self, position: int) -> int:
        return self.header_row + 1 + position

    def column(self, concept: str) -> pd.Series:
        if concept not in self.columns:
            return pd.Series([""] * len(self.data), index=self.data.index, dtype=object)
        return self.data[self.columns[concept]]


def read_export(path: Path, lex: Lexicon, comment_column: str | None = None) -> Export:
    path = Path(path)
    raw = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES | TEXT_SUFFIXES:
        raise InputError(
            f"'{path.name}' is not a client export passpause can read (.{suffix.lstrip('.')}). "
            "Export the clients as Excel (.xlsx) or CSV and try again."
        )
    # The content decides, not the name: platforms often save text as ".xls".
    if raw.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        rows = _excel_rows(path, raw)
        header_index, headers = _find_header(rows[:HEADER_SEARCH_ROWS], lex, comment_column,
                                             path.name)
        width = len(headers)
        body = [(list(r) + [""] * width)[:width] for r in rows[header_index + 1:]]
        data = pd.DataFrame(body, columns=range(width), dtype=object)
    else:
        _refuse_non_text(path, raw)
        text = decode(raw, path.name)
        header_index, headers = _find_header(_sample_rows(text), lex, comment_column, path.name)
        data = _csv_table(text, header_index, len(headers), path.name)
    columns, lang, others = _locate_columns(headers, lex, comment_column, path.name)
    return Export(path, hashlib.sha256(raw).hexdigest(), headers, data, header_index + 1,
                  columns, lang, others)


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"'{path}' does not exist. Check the path of the export file.")
    if path.is_dir():
        raise InputError(f"'{path}' is a folder. Give the export file inside it.")
    try:
        with path.open("rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise InputError(f"'{path}' cannot be opened ({exc.strerror}).") from None
    if not raw.strip():
        raise InputError(f"'{path.name}' is empty. Export the clients again.")
    return raw


# -- Excel -------------------------------------------------------------------------------


def _excel_rows(path: Path, raw: bytes) -> list[list[str]]:
    import python_calamine

    if raw.startswith(_OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in raw:
        raise InputError(
            f"'{path.name}' is protected by a password. Open it in Excel, remove the "
            "password (File > Info > Protect Workbook) and save it, then run again."
        )
    if raw.startswith(_ZIP_MAGIC):
        _refuse_plain_zip(path, raw)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(raw))
        index = _first_visible_sheet(book)
        rows = book.get_sheet_by_index(index).to_python(skip_empty_area=False)
    except python_calamine.PasswordError:
        raise InputError(f"'{path.name}' is protected by a password. Remove the password in "
                         "Excel, save it, then run again.") from None
    except Exception as exc:  # calamine raises several unrelated types for broken files
        raise InputError(f"'{path.name}' cannot be read as a workbook ({_short(exc)}); "
                         f"{_SAVE_AGAIN}.") from None
    table = [[cell_text(cell) for cell in row] for row in rows]
    if not any(any(cell for cell in row) for row in table):
        raise InputError(f"'{path.name}' has no data on its first visible sheet. Export the clients "
                         "again.")
    return table


def _refuse_plain_zip(path: Path, raw: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return  # damaged: calamine says so below
    if not names & {"xl/workbook.xml", "content.xml", "xl/workbook.bin"}:
        raise InputError(f"'{path.name}' is a zip archive, not a workbook. Unzip it and give "
                         "the export inside, or export the clients again.")


def _refuse_non_text(path: Path, raw: bytes) -> None:
    """Text exports are read whatever their name; web pages and binary noise are not."""
    head = raw[:2048]
    if re.match(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|table|\?xml)", head, re.I):
        raise InputError(f"'{path.name}' is a web page saved with a spreadsheet name. Open it "
                         "in Excel and save it as .xlsx, then run again.")
    utf16 = head.count(b"\x00") > len(head) // 4 or head.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and (b"\x00" in head or path.suffix.lower() in EXCEL_SUFFIXES
                      and _binary_share(head) > 0.1):
        raise InputError(f"'{path.name}' is neither a workbook nor a text file (it may be "
                         f"damaged); {_SAVE_AGAIN}.")


def _binary_share(head: bytes) -> float:
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13))
    return controls / max(len(head), 1)


def _first_visible_sheet(book) -> int:
    for index, meta in enumerate(book.sheets_metadata):
        if str(meta.visible).endswith("Visible") and str(meta.typ).endswith("WorkSheet"):
            return index
    return 0


def _short(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]


def cell_text(value) -> str:
    """Every cell as the text a person sees; numbers lose no digits and gain no '.0'."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


# -- text files ----------------------------------------------------------------------------


def decode(raw: bytes, name: str) -> str:
    """BOM first, then UTF-16 without BOM, UTF-8, and the Windows code pages Excel writes."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return _decode_as(raw, encoding, name)
    head = raw[:4000]
    if head.count(b"\x00") > len(head) // 4:
        return _decode_as(raw, "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1252", "iso8859_15", "cp850", "mac_roman"]).best()
    return _decode_as(raw, best.encoding if best else "cp1252", name)


def _decode_as(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"'{name}' is not readable text (tried {encoding}). Export the clients "
                         "again as CSV UTF-8 or as Excel.") from None


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number of fields."""
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        counts = Counter(len(row) for row in csv.reader(lines, delimiter=delimiter))
        fields, lines_with = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        score = lines_with * (fields > 1) * fields
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _sample_rows(text: str) -> list[list[str]]:
    lines = text.splitlines()[:HEADER_SEARCH_ROWS * 2]
    return list(csv.reader(lines, delimiter=sniff_delimiter(lines)))[:HEADER_SEARCH_ROWS]


def _csv_table(text: str, header_index: int, width: int, name: str) -> pd.DataFrame:
    delimiter = sniff_delimiter(text.splitlines()[:HEADER_SEARCH_ROWS * 2])
    try:
        table = pd.read_csv(io.StringIO(text), sep=delimiter, header=None, names=range(width),
                            skiprows=header_index + 1, dtype=str, keep_default_na=False,
                            skip_blank_lines=False, quotechar='"')
    except pd.errors.EmptyDataError:
        return pd.DataFrame(columns=range(width), dtype=object)
    except (pd.errors.ParserError, csv.Error) as exc:
        raise InputError(f"'{name}' is not a well-formed CSV file ({_short(exc)}). Export the "
                         "clients again, or open the file in Excel and save it as CSV.") from None
    return table.fillna("")


# -- header and columns ----------------------------------------------------------------------


def _find_header(rows: list[list[str]], lex: Lexicon, comment_column: str | None,
                 name: str) -> tuple[int, list[str]]:
    """The header may sit below a few title rows: take the row with the most known names."""
    wanted = fold_header(comment_column) if comment_column else None
    best, best_score = None, 0
    for index, row in enumerate(rows):
        folded = [fold_header(str(cell)) for cell in row]
        if wanted and wanted in folded:
            return index, [str(c).strip() for c in row]
        score = sum(1 for cell in folded if cell in lex.columns)
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


def _locate_columns(headers: list[str], lex: Lexicon, comment_column: str | None,
                    name: str) -> tuple[dict[str, int], str, tuple[int, ...]]:
    """Known columns by name; the first of several alike wins, the other comment columns
    are returned so their pause notes can be sent to review instead of being lost."""
    columns: dict[str, int] = {}
    comments: list[int] = []
    votes: Counter[str] = Counter()
    for position, header in enumerate(headers):
        known = lex.columns.get(fold_header(header))
        if known:
            columns.setdefault(known[0], position)
            votes.update(known[1])
            if known[0] == "comment":
                comments.append(position)
    if comment_column:
        columns["comment"] = [fold_header(h) for h in headers].index(fold_header(comment_column))
        comments = [columns["comment"]]
    if "comment" not in columns:
        raise ColumnError(f"No comment column found in '{name}'. Columns are: "
                          f"{_headers_preview(headers)}. Use --comment-column NAME.")
    if "first_name" in columns and "last_name" not in columns and "full_name" in columns:
        columns["last_name"] = columns.pop("full_name")  # German "Vorname" + "Name"
    lang = max(sorted(votes), key=lambda code: votes[code]) if votes else ""
    return columns, lang, tuple(p for p in comments if p != columns["comment"])
