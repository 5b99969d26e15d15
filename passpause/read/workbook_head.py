"""The first rows of an .xlsx sheet, read straight from its XML: where the header
row is and which sheet is the first visible one, without loading the workbook."""

from __future__ import annotations

import html
import re
import zipfile

from .columns import HEADER_SEARCH_ROWS


_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"[^>]*?(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)

_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)

_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')

_TYPE = re.compile(rb'\bt="(\w+)"')

_VALUE = re.compile(rb"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.S)

_TEXT = re.compile(rb"<(?:\w+:)?t(?:\s[^>]*)?>(.*?)</(?:\w+:)?t>", re.S)

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*\bref="([A-Z]+)(\d+)')

_SHARED_ITEM = re.compile(rb"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>", re.S)


def _quick_sample(archive: zipfile.ZipFile, sheet: int) -> tuple[list[list[str]], int] | None:
    """The first rows of an .xlsx sheet as fastexcel would give them, read from the XML
    without parsing the whole sheet, and the row number of the first. None when the file
    is not plain enough to be sure."""
    try:
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
                if kind == b"inlineStr":  # <c t="inlineStr"/> holds nothing at all
                    raw = b"".join(_TEXT.findall(body)) if b"<" in body else None
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
    return rows[:HEADER_SEARCH_ROWS], first_row


_ROW_END = re.compile(rb"</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>")
HEAD_LIMIT = 64 << 20  # XML bytes read for the first rows; past it, the sheet is loaded whole
_TAIL = 512  # bytes kept from one chunk to the next: longer than any row's end tag


def _read_until(archive: zipfile.ZipFile, part: str, rows: int) -> bytes:
    """The sheet's XML up to its first ``rows`` rows and one more. Linear: only each new
    chunk (and the end of the one before, where a row end may be cut) is searched."""
    chunks: list[bytes] = []
    ended, size, tail = 0, 0, b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 16):
            chunks.append(chunk)
            size += len(chunk)
            window = tail + chunk  # a row end cut between two chunks is found whole
            ended += sum(1 for end in _ROW_END.finditer(window) if end.end() > len(tail))
            tail = window[-_TAIL:]
            if ended > rows or size > HEAD_LIMIT:
                break
    buffer = b"".join(chunks)
    if size > HEAD_LIMIT and len(list(_ROW.finditer(buffer))) <= rows:
        raise ValueError("the first rows are too big to read quickly")
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

_FIRST_VALUE = re.compile(rb'<(?:\w+:)?c r="[A-Z]+(\d+)"[^>]*?(?<!/)>\s*(?:<(?:\w+:)?f[^>]*'
                          rb'(?:/>|>.*?</(?:\w+:)?f>)\s*)?<(?:\w+:)?(?:v|is)\b', re.S)


def _first_filled_row_xlsx(archive: zipfile.ZipFile, sheet: int) -> int | None:
    try:
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


# A shared-string cell whose value is not a plain index ("-1", "abc", " 11 ", 10^23):
# calamine reads it as empty or as another cell's text. (An index past the table's end it
# reports itself.) Quotes and spaces in the type are XML's to choose; a formula may come
# before the value.
_BAD_SHARED_INDEX = re.compile(
    rb"""\bt\s*=\s*["']s["'][^>]*>\s*(?:<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)\s*)?"""
    rb"""<(?:\w+:)?v>(?![0-9]{1,9}<)([^<]{0,24})""")
_OVERLAP = 512  # bytes kept from one chunk to the next, so no cell is cut in two


def _bad_shared_index(archive: zipfile.ZipFile, sheet: int) -> str | None:
    """The first shared-string index of the sheet that is not a number, streamed."""
    if "xl/sharedStrings.xml" not in archive.namelist():
        return None  # OpenDocument, or a workbook without shared text
    part = _sheet_part(archive, sheet)
    if part is None:
        return None
    tail = b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 20):
            buffer = tail + chunk
            found = _BAD_SHARED_INDEX.search(buffer)
            if found:
                return found.group(1).decode("utf-8", "replace").strip()
            tail = buffer[-_OVERLAP:]
    return None
