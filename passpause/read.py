"""File -> table of text cells: format, encoding, delimiter, header row, known columns.

The only module that opens the export, read-only. Only the columns passpause uses
are loaded, as Arrow strings: pyarrow's CSV reader for text exports, fastexcel (Rust
calamine to Arrow) for workbooks. A chain's million-row export is read in about the
time a bare ``pandas.read_csv`` takes.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import html
import io
import re
import threading
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from .errors import ColumnError, InputError
from .models import client_key, split_full_name
from .lexicon import Lexicon, fold_header

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
HEADER_SEARCH_ROWS = 30
HEAD_BYTES = 256 * 1024  # enough of a text export to find its encoding, delimiter and header
DELIMITERS = (";", ",", "\t", "|")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_SAVE_AGAIN = "open it in Excel (or LibreOffice) and save it again as .xlsx, or export it again"
LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "cp850", "mac_roman"]


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
    other_comments: tuple[int, ...] = ()  # more columns named like a comment column
    extra_comments: tuple[int, ...] = ()  # more comment columns the configuration names

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


def read_export(path: Path, lex: Lexicon, comment_column: str | None = None,
                extra_names: dict[str, tuple[str, ...]] | None = None) -> Export:
    """``extra_names``: header names per column from the studio's configuration."""
    path = Path(path)
    head = _head(path)
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES | TEXT_SUFFIXES:
        raise InputError(
            f"'{path.name}' is not a client export passpause can read (.{suffix.lstrip('.')}). "
            "Export the clients as Excel (.xlsx) or CSV and try again."
        )
    # The content decides, not the name: platforms often save text as ".xls".
    reader = _Workbook if head.startswith((_ZIP_MAGIC, _OLE_MAGIC)) else _TextFile
    source = reader(path, head)
    names = _known_names(lex, extra_names or {})
    header_index, headers = _find_header(source.sample(), names, comment_column, path.name)
    columns, lang, others, extra = _locate_columns(headers, names, comment_column, path.name,
                                                   extra_names or {})
    wanted = sorted(set(columns.values()) | set(others) | set(extra))
    cells, rows = source.load(header_index, len(headers), wanted)
    return Export(path, _Digest(path), headers, source.first_row + header_index, rows, cells,
                  columns, lang, others, extra)


def _known_names(lex: Lexicon, extra: dict[str, tuple[str, ...]]) -> dict:
    """Header name -> (column, languages); the studio's own names win."""
    names = dict(lex.columns)
    for concept, headers in extra.items():
        for header in headers:
            names[fold_header(header)] = (concept, set())
    return names


def _head(path: Path) -> bytes:
    """The first bytes of the file, once it is known to be a readable, non-empty file."""
    if not path.exists():
        raise InputError(f"'{path}' does not exist. Check the path of the export file.")
    if path.is_dir():
        raise InputError(f"'{path}' is a folder. Give the export file inside it.")
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise InputError(f"'{path}' cannot be opened ({exc.strerror}).") from None
    if not head.strip():
        raise InputError(f"'{path.name}' is empty. Export the clients again.")
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


def _short(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]


def _strings(array) -> pa.ChunkedArray:
    """A column as Arrow text; an empty cell may be null or ""."""
    if isinstance(array, pa.Array):
        array = pa.chunked_array([array])
    return array if array.type == pa.string() else array.cast(pa.string())


# -- workbooks -------------------------------------------------------------------------------


class _Workbook:
    """.xlsx/.xlsm/.xls/.ods through fastexcel: only the needed columns, straight to Arrow."""

    def __init__(self, path: Path, head: bytes):
        import fastexcel

        self.path = path
        if head.startswith(_OLE_MAGIC) and _is_encrypted(path):
            raise InputError(
                f"'{path.name}' is protected by a password. Open it in Excel, remove the "
                "password (File > Info > Protect Workbook) and save it, then run again."
            )
        if head.startswith(_ZIP_MAGIC):
            _refuse_plain_zip(path)
        try:
            self.book = fastexcel.read_excel(str(path))
            self.sheet = _first_visible_sheet(path, head, len(self.book.sheet_names))
            # The header from the file's first rows when they can be read cheaply (.xlsx),
            # so that calamine converts only the columns we need; else the whole sheet.
            sample = _quick_sample(path, self.sheet) if head.startswith(_ZIP_MAGIC) else None
            self.batch = None
            if sample is None:
                self.batch = self.book.load_sheet(self.sheet, header_row=None,
                                                  dtypes="string").to_arrow()
                sample = self.batch.slice(0, HEADER_SEARCH_ROWS).to_pydict().values()
                sample = [[cell or "" for cell in row] for row in zip(*sample)]
        except InputError:
            raise
        except Exception as exc:  # fastexcel raises several types for damaged files
            raise InputError(f"'{path.name}' cannot be read as a workbook ({_short(exc)}); "
                             f"{_SAVE_AGAIN}.") from None
        self.rows = sample
        if not any(any(cell.strip() for cell in row) for row in self.rows):
            raise InputError(f"'{path.name}' has no data on its first visible sheet. Export "
                             "the clients again.")
        # fastexcel starts at the first filled row; Excel numbers rows from the top.
        self.first_row = _first_filled_row(path, head, self.sheet)

    def sample(self) -> list[list[str]]:
        return self.rows

    def load(self, header_index: int, width: int, wanted: list[int]):
        if self.batch is not None:
            body = self.batch.slice(header_index + 1)
            return {p: _strings(body.column(p)) for p in wanted}, body.num_rows
        try:
            chosen = set(wanted)  # by position from the sheet's first filled column
            # skip_rows counts from the sheet's first row, not from its first filled one
            skip = self.first_row - 1 + header_index + 1
            body = self.book.load_sheet(self.sheet, header_row=None, skip_rows=skip,
                                        use_columns=lambda column: column.index in chosen,
                                        dtypes="string").to_arrow()
        except Exception as exc:  # noqa: BLE001 - a damaged sheet, reported as such
            raise InputError(f"'{self.path.name}' cannot be read as a workbook "
                             f"({_short(exc)}); {_SAVE_AGAIN}.") from None
        cells = {p: _strings(body.column(f"__UNNAMED__{p}")) for p in wanted}
        return cells, body.num_rows


_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"[^>]*?(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.S)
_TEXT = re.compile(rb"<(?:\w+:)?t(?:\s[^>]*)?>(.*?)</(?:\w+:)?t>", re.S)
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*\bref="([A-Z]+)(\d+)')
_SHARED_ITEM = re.compile(rb"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>", re.S)


def _quick_sample(path: Path, sheet: int) -> list[list[str]] | None:
    """The first rows of an .xlsx sheet as fastexcel would give them, read from the XML
    without parsing the whole sheet. None when the file is not plain enough to be sure."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return None
            head = _read_until(archive, part, HEADER_SEARCH_ROWS)
            dimension = _DIMENSION.search(head)
            cells = []  # (row, column, type, raw)
            for row in _ROW.finditer(head):
                for cell in _CELL.finditer(row.group(2) or b""):
                    attributes, body = cell.group(1), cell.group(2) or b""
                    ref = _REF.search(attributes)
                    kind = _TYPE.search(attributes)
                    kind = kind.group(1) if kind else b"n"
                    if kind == b"inlineStr":
                        raw = b"".join(_TEXT.findall(body))
                    else:
                        value = _VALUE.search(body)
                        raw = value.group(1) if value else None
                    if ref and raw is not None:
                        cells.append((int(ref.group(2)), _column_number(ref.group(1)), kind, raw))
            if not cells or dimension is None:
                return None
            shared = _shared_strings(archive, max((int(raw) for _, _, kind, raw in cells
                                                   if kind == b"s"), default=-1))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
    first_row = min(r for r, _, _, _ in cells)
    first_col = min(c for _, c, _, _ in cells)
    # fastexcel's columns start at the sheet's first filled column: trust the sample only
    # when the sheet's own dimension agrees with it.
    if _column_number(dimension.group(1)) != first_col:
        return None
    rows = [[""] * (max(c for _, c, _, _ in cells) - first_col + 1)
            for _ in range(max(r for r, _, _, _ in cells) - first_row + 1)]
    for r, c, kind, raw in cells:
        text = shared[int(raw)] if kind == b"s" else html.unescape(raw.decode("utf-8"))
        rows[r - first_row][c - first_col] = text
    return rows[:HEADER_SEARCH_ROWS]


def _read_until(archive: zipfile.ZipFile, part: str, rows: int) -> bytes:
    buffer = b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 16):
            buffer += chunk
            if buffer.count(b"</row>") + buffer.count(b"/>") > rows * 2 and \
                    len(list(_ROW.finditer(buffer))) > rows:
                break
    return buffer


def _shared_strings(archive: zipfile.ZipFile, last: int) -> list[str]:
    """Shared strings up to index ``last``, streamed: header names come first."""
    if last < 0:
        return []
    found: list[str] = []
    buffer = b""
    with archive.open("xl/sharedStrings.xml") as handle:
        while len(found) <= last and (chunk := handle.read(1 << 16)):
            buffer += chunk
            end = 0
            for item in _SHARED_ITEM.finditer(buffer):
                found.append(html.unescape(b"".join(_TEXT.findall(item.group(1)))
                                           .decode("utf-8")))
                end = item.end()
            buffer = buffer[end:]
    if len(found) <= last:
        raise ValueError("shared strings end early")
    return found


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _first_visible_sheet(path: Path, head: bytes, count: int) -> int:
    """The sheet a person sees first when opening the file; hidden ones are skipped."""
    if head.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as archive:
                workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
            sheets = re.findall(r"<(?:\w+:)?sheet\b[^>]*>", workbook)
            for index, tag in enumerate(sheets[:count]):
                if not re.search(r'\bstate="(?:hidden|veryHidden)"', tag):
                    return index
            return 0
        except (KeyError, zipfile.BadZipFile):
            pass  # an OpenDocument file: ask calamine
    import python_calamine

    metadata = python_calamine.CalamineWorkbook.from_path(str(path)).sheets_metadata
    for index, meta in enumerate(metadata):
        if str(meta.visible).endswith("Visible") and str(meta.typ).endswith("WorkSheet"):
            return index
    return 0


def _is_encrypted(path: Path) -> bool:
    return "EncryptedPackage".encode("utf-16-le") in path.read_bytes()


def _refuse_plain_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return  # damaged: the workbook reader says so
    if not names & {"xl/workbook.xml", "content.xml", "xl/workbook.bin"}:
        raise InputError(f"'{path.name}' is a zip archive, not a workbook. Unzip it and give "
                         "the export inside, or export the clients again.")


_FIRST_VALUE = re.compile(rb'<(?:\w+:)?c r="[A-Z]+(\d+)"[^>]*?(?<!/)>\s*(?:<(?:\w+:)?f[^>]*'
                          rb'(?:/>|>.*?</(?:\w+:)?f>)\s*)?<(?:\w+:)?(?:v|is)\b', re.S)


def _first_filled_row(path: Path, head: bytes, sheet: int) -> int:
    """The 1-based row of the first filled cell, where fastexcel's first row is."""
    if head.startswith(_ZIP_MAGIC):
        row = _first_filled_row_xlsx(path, sheet)
        if row:
            return row
    import python_calamine  # .xls and .ods are small: let calamine find where data starts

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_index(sheet).start[0] + 1


def _first_filled_row_xlsx(path: Path, sheet: int) -> int | None:
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return None
            with archive.open(part) as handle:
                buffer = b""
                while chunk := handle.read(1 << 16):
                    buffer += chunk
                    found = _FIRST_VALUE.search(buffer)
                    if found:
                        return int(found.group(1))
                    buffer = buffer[-4096:]
    except (zipfile.BadZipFile, KeyError, OSError):
        return None
    return None


def _sheet_part(archive: zipfile.ZipFile, index: int) -> str | None:
    """The XML part of the index-th sheet, as workbook.xml orders them."""
    workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    ids = re.findall(r'<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"', workbook)
    if index >= len(ids):
        return None
    for rel in re.findall(r"<Relationship\b[^>]*>", rels):
        if f'Id="{ids[index]}"' in rel:
            target = re.search(r'Target="([^"]+)"', rel).group(1)
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


# -- text files ------------------------------------------------------------------------------


class _TextFile:
    """CSV and tab-separated text through pyarrow's CSV reader, only the needed columns."""

    first_row = 1

    def __init__(self, path: Path, head: bytes):
        self.path = path
        _refuse_non_text(path, head)
        self.encoding = sniff_encoding(head)
        text = _decode_head(head, self.encoding)
        lines = text.splitlines()[: HEADER_SEARCH_ROWS * 2]
        self.delimiter = sniff_delimiter(lines)
        self.rows = list(csv.reader(lines, delimiter=self.delimiter))[:HEADER_SEARCH_ROWS]
        self.line_breaks_in_cells = _has_line_break_in_cell(text, self.delimiter)

    def sample(self) -> list[list[str]]:
        return self.rows

    def load(self, header_index: int, width: int, wanted: list[int]):
        try:
            table = self._read_fast_or_careful(header_index, width, wanted)
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            if not isinstance(exc, UnicodeDecodeError) and (
                    "UTF8" not in str(exc) and "utf-8" not in str(exc).lower()):
                raise self._malformed(exc, header_index, width) from None
            # Valid UTF-8 (or one code page) at the top, not further down: choose again
            # from the whole file.
            self.encoding = _legacy_encoding(self.path.read_bytes())
            try:
                table = self._read_fast_or_careful(header_index, width, wanted)
            except pa.ArrowInvalid as again:
                raise self._malformed(again, header_index, width) from None
        cells = {position: _strings(table.column(f"c{position}")) for position in wanted}
        return cells, table.num_rows

    def _read_fast_or_careful(self, header_index: int, width: int, wanted: list[int]):
        """Without line breaks inside quoted cells pyarrow reads blocks fully in parallel,
        in about half the time. A cell that does hold one splits its row in two, and each
        part has fewer fields than the header whenever the header has two or more: the
        fast read then fails and the file is read again, the careful way."""
        if width >= 2 and not self.line_breaks_in_cells:
            try:
                return self._read(header_index, width, wanted, line_breaks_in_cells=False)
            except pa.ArrowInvalid:
                pass  # a cell with a line break further down, or a real fault: see below
        return self._read(header_index, width, wanted, line_breaks_in_cells=True)

    def _read(self, header_index: int, width: int, wanted: list[int], *,
              line_breaks_in_cells: bool):
        import pyarrow.csv as pcsv

        names = [f"c{i}" for i in range(width)]
        return pcsv.read_csv(
            self.path,
            read_options=pcsv.ReadOptions(encoding=self.encoding,
                                          skip_rows=header_index + 1, column_names=names),
            parse_options=pcsv.ParseOptions(delimiter=self.delimiter, quote_char='"',
                                            newlines_in_values=line_breaks_in_cells,
                                            ignore_empty_lines=False),
            convert_options=pcsv.ConvertOptions(
                include_columns=[names[i] for i in wanted],
                column_types={names[i]: pa.string() for i in wanted},
                strings_can_be_null=False, quoted_strings_can_be_null=False),
        )

    def _malformed(self, exc: Exception, header_index: int, width: int) -> InputError:
        what = _short(exc)
        with self.path.open(encoding=self.encoding, errors="replace", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter=self.delimiter), 1):
                if number > header_index + 1 and row and len(row) != width:
                    what = f"row {number} has {len(row)} fields, the header {width}"
                    break
        return InputError(f"'{self.path.name}' is not a well-formed CSV file ({what}). "
                          "Export the clients again, or open the file in Excel and save it "
                          "as CSV.")


def _has_line_break_in_cell(text: str, delimiter: str) -> bool:
    """Whether a quoted cell in this (first part of the) file holds a line break."""
    if '"' not in text:
        return False
    try:
        return any("\n" in cell or "\r" in cell
                   for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
                   for cell in row)
    except csv.Error:
        return True  # unsure: read the careful way


def _refuse_non_text(path: Path, head: bytes) -> None:
    """Text exports are read whatever their name; web pages and binary noise are not."""
    sample = head[:2048]
    if re.match(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|table|\?xml)", sample, re.I):
        raise InputError(f"'{path.name}' is a web page saved with a spreadsheet name. Open it "
                         "in Excel and save it as .xlsx, then run again.")
    if not _looks_utf16(sample) and (b"\x00" in sample or path.suffix.lower() in EXCEL_SUFFIXES
                                     and _binary_share(sample) > 0.1):
        raise InputError(f"'{path.name}' is neither a workbook nor a text file (it may be "
                         f"damaged); {_SAVE_AGAIN}.")


def _looks_utf16(sample: bytes) -> bool:
    return sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        sample.count(b"\x00") > len(sample) // 4)


def _binary_share(sample: bytes) -> float:
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 13))
    return controls / max(len(sample), 1)


def sniff_encoding(head: bytes) -> str:
    """BOM first, then UTF-16 without BOM, UTF-8, and the Windows code pages Excel writes."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"  # pyarrow drops the BOM itself
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _looks_utf16(head[:4000]):
        return "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return _legacy_encoding(head)


def _legacy_encoding(raw: bytes) -> str:
    """The Windows code page that reads these bytes best, and never one that cannot read
    them at all: cp1252 leaves five bytes undefined, which Windows itself reads as the
    control characters of the same number (so does :data:`LENIENT_CP1252`)."""
    from charset_normalizer import from_bytes

    # Judged without the undefined bytes, or one stray byte would rule cp1252 out
    sample = raw[:HEAD_BYTES * 4].translate(None, _CP1252_UNDEFINED)
    best = from_bytes(sample, cp_isolation=LEGACY_ENCODINGS).best()
    name = best.encoding if best else "cp1252"
    if _decodes(raw, name):
        return name
    return LENIENT_CP1252 if name == "cp1252" else next(
        (other for other in LEGACY_ENCODINGS if _decodes(raw, other)), LENIENT_CP1252)


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _lenient_cp1252() -> codecs.CodecInfo:
    import encodings.cp1252

    table = "".join(chr(byte) if char == "\ufffe" else char
                    for byte, char in enumerate(encodings.cp1252.decoding_table))

    def decode(data, errors="strict"):
        return codecs.charmap_decode(data, errors, table)

    class Decoder(codecs.IncrementalDecoder):
        def decode(self, data, final=False):
            return codecs.charmap_decode(data, self.errors, table)[0]

    return codecs.CodecInfo(name=LENIENT_CP1252, encode=codecs.lookup("cp1252").encode,
                            decode=decode, incrementaldecoder=Decoder)


_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
# Registered by name because pyarrow's CSV reader takes a codec name.
LENIENT_CP1252 = "passpause_cp1252"
codecs.register(lambda name: _lenient_cp1252() if name == LENIENT_CP1252 else None)


def _decode_head(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(head, final=False).lstrip("\ufeff")


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number of fields."""
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        counts = Counter(len(row) for row in csv.reader(lines, delimiter=delimiter))
        if not counts:
            continue
        fields, lines_with = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        score = lines_with * (fields > 1) * fields
        if score > best_score:
            best, best_score = delimiter, score
    return best


# -- header and columns ----------------------------------------------------------------------


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
