"""Text exports (CSV, TSV, TXT): encoding, delimiter, the header row, read by Arrow."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

import pyarrow as pa

from ..errors import InputError
from .columns import HEADER_SEARCH_ROWS
from .common import EXCEL_SUFFIXES, _SAVE_AGAIN, _short, _strings


HEAD_BYTES = 256 * 1024  # enough of a text export to find its encoding, delimiter and header

DELIMITERS = (";", ",", "\t", "|")

LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "cp850", "mac_roman"]


# A note may be long (years of entries, pasted e-mails): the csv module's default cap of
# 128 KB a cell would stop the run. Any cell up to the file's own size is read.
csv.field_size_limit(2**31 - 1)


class _TextFile:
    """CSV and tab-separated text through pyarrow's CSV reader, only the needed columns."""

    first_row = 1
    odd_rows: tuple[int, ...] = ()  # data rows read in another encoding than the file's
    odd_as = ("UTF-8", "Windows-1252")  # the file's encoding, and the one those rows are in

    def __init__(self, path: Path, head: bytes):
        self.path = path
        _refuse_non_text(path, head)
        self.encoding = sniff_encoding(head)
        self.source: Path | io.BytesIO = path  # what pyarrow reads
        self.odd_lines: list[int] = []  # lines not in the file's main encoding (1-based)
        if _utf8_with_odd_lines(head, self.encoding):
            text = self._transcode(path.read_bytes())[:HEAD_BYTES]
        else:
            text = _decode_head(head, self.encoding)
        lines = text.splitlines()[: HEADER_SEARCH_ROWS * 2]
        self.delimiter = sniff_delimiter(lines)
        if lines and re.fullmatch(r"\s*sep=(.)\s*", lines[0]):
            # Excel's "sep=;" line names the delimiter and is no row Excel shows
            self.delimiter, self.first_row = re.fullmatch(r"\s*sep=(.)\s*", lines[0])[1], 0
        self.rows = list(csv.reader(lines, delimiter=self.delimiter))[:HEADER_SEARCH_ROWS]
        self.line_breaks_in_cells = _has_line_break_in_cell(text, self.delimiter)

    def sample(self) -> list[list[str]]:
        return self.rows

    def other_sheets(self) -> tuple[str, ...]:
        return ()  # a text file has one table

    def load(self, header_index: int, width: int, wanted: list[int]):
        try:
            table = self._read_fast_or_careful(header_index, width, wanted)
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            if not isinstance(exc, UnicodeDecodeError) and (
                    "UTF8" not in str(exc) and "utf-8" not in str(exc).lower()):
                raise self._malformed(exc, header_index, width) from None
            # Valid UTF-8 (or one code page) at the top, not further down: choose again
            # from the whole file.
            raw = self.path.read_bytes()
            if self.encoding == "utf-8" and _UTF8_SEQUENCE.search(raw):
                self._transcode(raw)  # UTF-8 with a few rows in a Windows code page
            else:
                self.encoding = _legacy_encoding(raw)
            try:
                table = self._read_fast_or_careful(header_index, width, wanted)
            except pa.ArrowInvalid as again:
                raise self._malformed(again, header_index, width) from None
        if self.encoding not in _UNICODE and not self.odd_lines:
            # A code page at the top; UTF-8 rows further down (an edit in a newer program)
            # would read as "CÃ©line" without a word: each line in the encoding that fits.
            raw = self.path.read_bytes()
            if _UTF8_SEQUENCE.search(raw):
                self._transcode(raw, legacy=self.encoding)
                table = self._read_fast_or_careful(header_index, width, wanted)
        cells = {position: _strings(table.column(f"c{position}")) for position in wanted}
        self.odd_rows = self._odd_rows(header_index)
        return cells, table.num_rows

    def _transcode(self, raw: bytes, legacy: str = "") -> str:
        """A UTF-8 file with some rows saved in a Windows code page (an edit in an old
        program), or the other way round (``legacy``: the file's code page): each line is
        read in UTF-8 when it is UTF-8, else in the code page, and the lines of the other
        encoding than the file's are remembered. No single encoding reads such a file:
        cp1252 would turn every UTF-8 accent into mojibake (``CÃ©line``), UTF-8 cannot read
        the other rows."""
        lines = raw.split(b"\n")
        if lines[0].startswith(codecs.BOM_UTF8):
            lines[0] = lines[0][len(codecs.BOM_UTF8):]
        decoded, self.odd_lines = [], []
        self.odd_as = ("Windows-1252", "UTF-8") if legacy else ("UTF-8", "Windows-1252")
        for number, line in enumerate(lines, 1):
            try:
                if legacy and not _UTF8_SEQUENCE.search(line):
                    raise UnicodeDecodeError("utf-8", line, 0, 0, "a line in the code page")
                decoded.append(line.decode("utf-8"))
                if legacy:
                    self.odd_lines.append(number)
            except UnicodeDecodeError:
                decoded.append(line.decode(legacy or LENIENT_CP1252))
                if not legacy:
                    self.odd_lines.append(number)
        text = "\n".join(decoded)
        self.encoding, self.source = "utf-8", io.BytesIO(text.encode("utf-8"))
        self.text = text
        return text

    def _odd_rows(self, header_index: int) -> tuple[int, ...]:
        """The data rows (0-based, below the header) that hold a line of another encoding;
        a quoted cell may span several lines."""
        if not self.odd_lines:
            return ()
        odd, rows, last = set(self.odd_lines), [], 0
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        for record, _ in enumerate(reader):
            if any(line in odd for line in range(last + 1, reader.line_num + 1)):
                rows.append(record - header_index - 1)
            last = reader.line_num
        return tuple(row for row in rows if row >= 0)

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
        try:
            return self._read(header_index, width, wanted, line_breaks_in_cells=True)
        except pa.ArrowInvalid as exc:
            if "straddl" not in str(exc):
                raise
            # a cell longer than pyarrow's block (1 MB): blocks as big as the whole file
            return self._read(header_index, width, wanted, line_breaks_in_cells=True,
                              block_size=self._size() + 1)

    def _size(self) -> int:
        if isinstance(self.source, io.BytesIO):
            return len(self.source.getbuffer())
        return self.path.stat().st_size

    def _read(self, header_index: int, width: int, wanted: list[int], *,
              line_breaks_in_cells: bool, block_size: int | None = None):
        import pyarrow.csv as pcsv

        names = [f"c{i}" for i in range(width)]
        if isinstance(self.source, io.BytesIO):
            self.source.seek(0)
        return pcsv.read_csv(
            self.source,
            read_options=pcsv.ReadOptions(encoding=self.encoding,
                                          skip_rows=header_index + 1, column_names=names,
                                          **({"block_size": min(block_size, 2**31 - 1)}
                                             if block_size else {})),
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
                          "as CSV.", key="error_bad_csv", name=self.path.name, what=what)


_UNICODE = ("utf-8", "utf-16", "utf-16-le", "utf-16-be")

# A character UTF-8 writes in two to four bytes: a Windows code page almost never writes
# these byte pairs (it would read "Ã©" where UTF-8 reads "é").
_UTF8_SEQUENCE = re.compile(rb"[\xc3\xc5][\x80-\xbf]|\xe2\x82\xac|\xe2\x80[\x90-\xa6]")


def _utf8_with_odd_lines(head: bytes, encoding: str) -> bool:
    """Whether the start of a file is UTF-8 with some lines in a Windows code page: a
    byte-order mark or UTF-8 accents, and bytes UTF-8 cannot read."""
    if encoding == "utf-8":
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
            return False
        except UnicodeDecodeError:
            return True  # a byte-order mark says UTF-8, a line says otherwise
    return encoding not in ("utf-16", "utf-16-le", "utf-16-be") and bool(
        _UTF8_SEQUENCE.search(head))


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
                         "in Excel and save it as .xlsx, then run again.",
                         key="error_web_page", name=path.name)
    if not _looks_utf16(sample) and (b"\x00" in sample or path.suffix.lower() in EXCEL_SUFFIXES
                                     and _binary_share(sample) > 0.1):
        raise InputError(f"'{path.name}' is neither a workbook nor a text file (it may be "
                         f"damaged); {_SAVE_AGAIN}.", key="error_not_a_table", name=path.name)


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
