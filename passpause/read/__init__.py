"""File -> table of text cells: format, encoding, delimiter, header row, known columns.

The only code that opens the export, read-only: one module per concern (text files,
workbooks, the workbook head, headers and columns). Only the columns passpause uses
are loaded, as Arrow strings: pyarrow's CSV reader for text exports, fastexcel (Rust
calamine to Arrow) for workbooks. A chain's million-row export is read in about the
time a bare ``pandas.read_csv`` takes.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from ..errors import InputError
from ..models import client_key, split_full_name
from ..lexicon import Lexicon, fold_header
from .columns import _find_header, _known_names, _locate_columns, unique_headers
from .common import EXCEL_SUFFIXES, TEXT_SUFFIXES, _OLE_MAGIC, _ZIP_MAGIC
from .text import HEAD_BYTES, _TextFile, sniff_delimiter, sniff_encoding
from .workbook import _Workbook

__all__ = ["Export", "has_text", "read_export", "rows_mask", "sniff_delimiter", "sniff_encoding"]


@dataclass(frozen=True)
class Export:
    """The client table as text, with the columns passpause understands located."""

    path: Path
    digest: _Digest  # the file's SHA-256, computed beside whatever runs next
    headers: list[str]
    header_row: int  # 1-based, as Excel numbers rows
    rows: int  # data rows below the header, blank ones included
    cells: dict[int, pa.ChunkedArray]  # position -> the loaded column, "" for empty
    columns: dict[str, int] = field(default_factory=dict)  # concept -> position
    lang: str = ""  # language of the header names
    notes: tuple[int, ...] = ()  # every note field (Comment, Note, Warning...)
    others: tuple[int, ...] = ()  # the other columns but the customer number and e-mail
    pause_columns: tuple[int, ...] = ()  # those of ``others`` named after pauses
    odd_rows: tuple[int, ...] = ()  # rows read in another encoding than the file's
    odd_as: tuple[str, str] = ("", "")  # the file's encoding, and the one those rows are in
    other_sheets: tuple[str, ...] = ()  # a workbook's other sheets with data, not read

    @property
    def sha256(self) -> str:
        return self.digest.result()

    def source_row(self, index: int) -> int:
        return self.header_row + 1 + index

    def column(self, concept: str) -> pa.ChunkedArray | None:
        position = self.columns.get(concept)
        return None if position is None else self.cells[position]

    def values(self, concept: str, rows: pa.Array) -> list[str]:
        """The cells of one column at these rows (a mask from ``rows_mask``)."""
        column = self.column(concept)
        if column is None:
            return [""] * int(pc.sum(rows).as_py() or 0)
        return ["" if v is None else v for v in column.filter(rows).to_pylist()]

    def customer_keys(self) -> set[str]:
        """Every client of the export, keyed row by row as the ledger keys them."""
        columns = {concept: (column.to_pylist() if (column := self.column(concept)) is not None
                             else [None] * self.rows)
                   for concept in ("customer_id", "email", "first_name", "last_name",
                                   "full_name")}
        keys = set()
        for number, email, first, last, full in zip(*columns.values()):
            first, last = first or "", last or ""
            if not first.strip() and not last.strip():
                first, last = split_full_name(full or "")
            keys.add(client_key(number or "", email or "", first, last))
        return keys - {""}

    @property
    def filled_rows(self) -> int:
        """Rows with something in a column passpause reads.

        Column by column, each looking only at the rows the ones before left empty: the
        first column (usually the client number) settles almost every row.
        """
        filled, empty = 0, None  # empty: indices of the rows still without text
        for column in self.cells.values():
            part = column if empty is None else column.take(empty)
            mask = has_text(part)
            filled += int(pc.sum(mask).as_py() or 0)
            unfilled = pc.indices_nonzero(pc.or_kleene(pc.invert(mask), pc.is_null(mask)))
            empty = unfilled if empty is None else empty.take(unfilled)
            if not len(empty):
                break
        return filled


def rows_mask(rows: list[int], length: int) -> pa.Array:
    """A mask of ``length`` rows, true at ``rows`` (ascending indices).

    Filtering a column with it works chunk by chunk, where ``take`` first copies the whole
    column into one chunk: on a million-row export that copy cost more than the rest of
    gathering the clients. Built from bytes: handing Python values to Arrow makes pyarrow
    import pandas when it is installed, a fifth of a second.
    """
    if any(a >= b for a, b in zip(rows, rows[1:])):
        raise ValueError("rows_mask needs ascending row indices")
    bits = bytearray((length + 7) // 8)
    for row in rows:
        bits[row >> 3] |= 1 << (row & 7)
    return pa.Array.from_buffers(pa.bool_(), length, [None, pa.py_buffer(bits)])


def has_text(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """True where a cell holds more than blanks (null where it is empty)."""
    # No Python scalar is handed to Arrow on the hot path: pyarrow then imports pandas
    # (when installed) to check its type, which costs a fifth of a second.
    return pc.cast(pc.utf8_length(pc.utf8_trim_whitespace(column)), pa.bool_())


def read_export(path: Path, lex: Lexicon, note_columns: tuple[str, ...] | str = (),
                extra_names: dict[str, tuple[str, ...]] | None = None,
                id_column: str | None = None) -> Export:
    """``note_columns``: the note fields to read, when the user names them (else every
    note field found); ``extra_names``: header names per column from the studio's
    configuration; ``id_column``: the customer-number column, when the user names it."""
    if isinstance(note_columns, str):
        note_columns = (note_columns,)
    path = Path(path)
    head = _head(path)
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES | TEXT_SUFFIXES:
        raise InputError(
            f"'{path.name}' is not a client export passpause can read (.{suffix.lstrip('.')}). "
            "Export the clients as Excel (.xlsx) or CSV and try again.",
            key="error_not_export_type", name=path.name, suffix=suffix.lstrip("."))
    # The content decides, not the name: platforms often save text as ".xls".
    reader = _Workbook if head.startswith((_ZIP_MAGIC, _OLE_MAGIC)) else _TextFile
    source = reader(path, head)
    _refuse_own_output(path, source.sample(), getattr(source, "sheet_names", ()))
    names = _known_names(lex, extra_names or {})
    header_index, headers = _find_header(source.sample(), names, note_columns, path.name)
    headers = unique_headers(headers)
    located = _locate_columns(headers, names, note_columns, path.name, extra_names or {},
                              id_column, lambda header: _about_pauses(header, lex))
    wanted = sorted(set(located.columns.values()) | set(located.notes) | set(located.others))
    cells, rows = source.load(header_index, len(headers), wanted)
    return Export(path, _Digest(path), headers, source.first_row + header_index, rows, cells,
                  located.columns, located.lang, located.notes, located.others,
                  located.pause_columns, source.odd_rows, source.odd_as, source.other_sheets())


def _about_pauses(header: str, lex: Lexicon) -> bool:
    """A header naming pauses: ``Pause``, ``Pausiert von/bis``, ``Pausenbeginn``."""
    from ..find import anchors
    from ..lexicon import normalize

    norm = normalize(header)
    return bool(anchors(norm, lex) or lex.pause_like.search(norm))


def _refuse_own_output(path: Path, rows: list[list[str]], sheets=()) -> None:
    """A reactivation worksheet or import file passpause wrote is no client export, whatever
    sheet was saved first."""
    from ..write.labels import Labels, languages

    # the import file's own column names too (an import profile may rename the others)
    own = {fold_header(name) for lang in languages() for key in ("new_valid_from",
                                                                 "new_valid_until")
           for name in (key, Labels(lang)[key])} | {
        "comment update", "comment field", "source row", "new valid from", "new valid until",
        "remaining days", "product kind"}
    own_sheets = {fold_header(Labels(lang)[key]) for lang in languages()
                  for key in ("sheet_records", "sheet_review", "sheet_summary")}
    if len(own_sheets & {fold_header(sheet) for sheet in sheets}) >= 2 or any(
            len(own & {fold_header(str(cell)) for cell in row}) >= 2 for row in rows):
        raise InputError(f"'{path.name}' is a file passpause wrote (a reactivation "
                         "worksheet or an import file), not a client export. Give the "
                         "client export from the platform.", key="error_own_output",
                         name=path.name)


def lock_of(path: Path) -> str:
    """The workbook a spreadsheet program's lock file stands for ("" if it is none):
    Excel's ``~$name.xlsx``, LibreOffice's ``.~lock.name.xlsx#``."""
    name = Path(path).name
    if name.startswith("~$"):
        return name[2:]
    if name.startswith(".~lock.") and name.endswith("#"):
        return name[len(".~lock."):-1]
    return ""


def lock_kind(path: Path) -> str:
    return "Excel's lock file" if Path(path).name.startswith("~$") else "LibreOffice's lock file"


def _head(path: Path) -> bytes:
    """The first bytes of the file, once it is known to be a readable, non-empty file."""
    if lock_of(path):
        raise InputError(f"'{path.name}' is {lock_kind(path)} (made while "
                         f"{lock_of(path)} is open), not an export. Give '{lock_of(path)}' "
                         "itself.", key="error_lock_excel" if path.name.startswith("~$")
                         else "error_lock_libreoffice", name=path.name, target=lock_of(path))
    if not path.exists():
        raise InputError(f"'{path}' does not exist. Check the path of the export file.",
                         key="error_not_found", path=str(path))
    if path.is_dir():
        raise InputError(f"'{path}' is a folder. Give the export file inside it.",
                         key="error_is_folder", path=str(path))
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise InputError(f"'{path}' cannot be opened ({exc.strerror}).") from None
    if not head.strip():
        raise InputError(f"'{path.name}' is empty. Export the clients again.",
                         key="error_empty", name=path.name)
    return head


class _Digest(threading.Thread):
    """SHA-256 of the whole file, computed on the other core while the notes are parsed
    (hashlib lets other threads run while it hashes): on a big export the fingerprint
    costs no time of its own. Started once the reader is done, which uses every core."""

    def __init__(self, path: Path):
        super().__init__(name="passpause-sha256", daemon=True)
        self.path, self.value, self.error = path, "", None
        self.start()

    def run(self) -> None:
        digest = hashlib.sha256()
        try:
            with self.path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except OSError as exc:
            self.error = exc
        self.value = digest.hexdigest()

    def result(self) -> str:
        self.join()
        if self.error:
            raise InputError(f"'{self.path}' cannot be read ({self.error.strerror}).")
        return self.value
