"""Workbooks (xlsx, xlsm, xls, ods): read by fastexcel (Rust calamine) to Arrow."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import InputError
from .columns import HEADER_SEARCH_ROWS
from .common import _OLE_MAGIC, _SAVE_AGAIN, _ZIP_MAGIC, _short, _strings
from .workbook_head import _bad_shared_index, _first_filled_row_xlsx, _quick_sample, _sheet_part


class _Workbook:
    """.xlsx/.xlsm/.xls/.ods through fastexcel: only the needed columns, straight to Arrow."""

    odd_rows: tuple[int, ...] = ()  # a workbook's text is always Unicode
    odd_as = ("", "")

    def __init__(self, path: Path, head: bytes):
        self.path = path
        if head.startswith(_OLE_MAGIC) and _is_encrypted(path):
            raise InputError(
                f"'{path.name}' is protected by a password. Open it in Excel, remove the "
                "password (File > Info > Protect Workbook) and save it, then run again.",
                key="error_password", name=path.name)
        archive = _open_zip(path) if head.startswith(_ZIP_MAGIC) else None  # opened once
        try:
            self._open(path, archive)
        finally:
            if archive is not None:
                archive.close()

    def _open(self, path: Path, archive: zipfile.ZipFile | None) -> None:
        import fastexcel

        if archive is not None:
            _refuse_plain_zip(path, archive)
            _refuse_bomb(path, archive)
        try:
            self.book = fastexcel.read_excel(str(path))
            self.charts = {i for i in range(len(self.book.sheet_names)) if _is_chart(archive, i)}
            self.sheet = _first_visible_sheet(path, archive, len(self.book.sheet_names))
            # The header from the file's first rows when they can be read cheaply (.xlsx),
            # so that calamine converts only the columns we need; else the whole sheet.
            quick = _quick_sample(archive, self.sheet) if archive is not None else None
            # fastexcel starts at the first filled row; Excel numbers rows from the top
            self.first_row = _first_filled_row(path, archive, self.sheet)
            # the sample's first row and the one the body is counted from must be the same
            # row, or the first clients would be skipped: else the whole sheet is loaded
            sample = quick[0] if quick and quick[1] == self.first_row else None
            bad = _bad_shared_index(archive, self.sheet) if archive is not None else None
            if bad is not None:
                raise InputError(
                    f"'{path.name}' is damaged: a cell points to text '{bad}' of the "
                    "workbook's shared text table, which has no such entry (the cell would "
                    f"read as empty); {_SAVE_AGAIN}.", key="error_damaged", name=path.name)
            self.batch = None
            if sample is None:
                self.batch = self.book.load_sheet(self.sheet, header_row=None,
                                                  dtypes="string").to_arrow()
                sample = self.batch.slice(0, HEADER_SEARCH_ROWS).to_pydict().values()
                sample = [[cell or "" for cell in row] for row in zip(*sample)]
        except InputError:
            raise
        except Exception as exc:  # fastexcel raises several types for damaged files
            raise _unreadable(path, exc) from None
        self.rows = sample
        if not any(any(cell.strip() for cell in row) for row in self.rows):
            raise InputError(f"'{path.name}' has no data on its first visible sheet. Export "
                             "the clients again.", key="error_no_data", name=path.name)

    def sample(self) -> list[list[str]]:
        return self.rows

    @property
    def sheet_names(self) -> list[str]:
        return list(self.book.sheet_names)

    def other_sheets(self) -> tuple[str, ...]:
        """The workbook's other sheets that hold something: they are not read, and the run
        says so (a second sheet of clients must not pass unnoticed)."""
        others = []
        for index, name in enumerate(self.book.sheet_names):
            if index == self.sheet or index in self.charts:
                continue
            try:
                sample = self.book.load_sheet(index, header_row=None, n_rows=2,
                                              dtypes="string").to_arrow()
            except Exception:  # noqa: BLE001 - a sheet calamine cannot read is still there
                others.append(name)
                continue
            if any(any((value or "").strip() for value in column.to_pylist())
                   for column in sample.columns):
                others.append(name)
        return tuple(others)

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
            raise _unreadable(self.path, exc) from None
        cells = {p: _strings(body.column(f"__UNNAMED__{p}")) for p in wanted}
        return cells, body.num_rows


def _unreadable(path: Path, exc: Exception) -> InputError:
    if "shared strings" in str(exc):
        return InputError(f"'{path.name}' is damaged: a cell points to an entry of the "
                          f"workbook's shared text table that does not exist; {_SAVE_AGAIN}.",
                          key="error_damaged", name=path.name)
    return InputError(f"'{path.name}' cannot be read as a workbook ({_short(exc)}); "
                      f"{_SAVE_AGAIN}.", key="error_damaged", name=path.name)


def _open_zip(path: Path) -> zipfile.ZipFile | None:
    """The archive of a zip workbook, None when it is damaged (the reader says so)."""
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return None


def _first_visible_sheet(path: Path, archive: zipfile.ZipFile | None, count: int) -> int:
    """The sheet a person sees first when opening the file; hidden ones are skipped."""
    if archive is not None:
        try:
            workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
            sheets = re.findall(r"<(?:\w+:)?sheet\b[^>]*>", workbook)
            for index, tag in enumerate(sheets[:count]):
                if not re.search(r'\bstate="(?:hidden|veryHidden)"', tag) \
                        and not _is_chart(archive, index):
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


def _is_chart(archive: zipfile.ZipFile | None, index: int) -> bool:
    """A chart sheet: a sheet tab with a chart and no cells."""
    if archive is None:
        return False
    try:
        return "chartsheets/" in (_sheet_part(archive, index) or "")
    except (KeyError, zipfile.BadZipFile):
        return False


def _is_encrypted(path: Path) -> bool:
    return "EncryptedPackage".encode("utf-16-le") in path.read_bytes()


# What a workbook may inflate to: a million-row export's sheet is under 1 GB of XML.
MAX_INFLATED = 4 << 30


def _refuse_bomb(path: Path, archive: zipfile.ZipFile) -> None:
    """A small file that unpacks to more than any real export (a "zip bomb") stops at once
    rather than keep the run busy for hours."""
    infos = archive.infolist()
    for info in infos:
        # deflate never grows data: a part that claims to be smaller than its compressed
        # bytes lies about its size (a crafted file)
        if info.compress_type and info.file_size < info.compress_size // 2:
            raise InputError(f"'{path.name}' is damaged: a part of the workbook is not the "
                             f"size it says; {_SAVE_AGAIN}.", key="error_damaged",
                             name=path.name)
    # a part packed tighter than any export is measured for real, as a stream, never kept
    suspicious = any(info.file_size > info.compress_size * SUSPICIOUS_RATIO
                     and _inflates_past(archive, info, MAX_INFLATED) for info in infos)
    inflated = max(sum(info.file_size for info in infos), MAX_INFLATED + 1 if suspicious else 0)
    if inflated > MAX_INFLATED:
        raise InputError(f"'{path.name}' unpacks to {inflated / (1 << 30):.1f} GB, more than "
                         f"any client export ({MAX_INFLATED >> 30} GB at most); it is damaged or "
                         f"not an export. {_SAVE_AGAIN[0].upper()}{_SAVE_AGAIN[1:]}.",
                         key="error_damaged", name=path.name)


SUSPICIOUS_RATIO = 200  # spreadsheet XML packs 5-30 times, whitespace at most about 100


def _inflates_past(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bool:
    """Whether a part unpacks to more than ``limit`` bytes, counted as it streams."""
    import zlib

    if info.compress_type != zipfile.ZIP_DEFLATED:
        return False
    inflater, total = zlib.decompressobj(-15), 0
    with open(archive.filename, "rb") as raw:
        raw.seek(info.header_offset)
        header = raw.read(30)
        name_length, extra_length = int.from_bytes(header[26:28], "little"), \
            int.from_bytes(header[28:30], "little")
        raw.seek(info.header_offset + 30 + name_length + extra_length)
        left = info.compress_size
        while left > 0:
            chunk = raw.read(min(left, 1 << 20))
            if not chunk:
                break
            left -= len(chunk)
            total += len(inflater.decompress(chunk, 1 << 24))
            while inflater.unconsumed_tail and total <= limit:
                total += len(inflater.decompress(inflater.unconsumed_tail, 1 << 24))
            if total > limit:
                return True
    return False


def _refuse_plain_zip(path: Path, archive: zipfile.ZipFile) -> None:
    if not set(archive.namelist()) & {"xl/workbook.xml", "content.xml", "xl/workbook.bin"}:
        raise InputError(f"'{path.name}' is a zip archive, not a workbook. Unzip it and give "
                         "the export inside, or export the clients again.", key="error_zip",
                         name=path.name)


def _first_filled_row(path: Path, archive: zipfile.ZipFile | None, sheet: int) -> int:
    """The 1-based row of the first filled cell, where fastexcel's first row is."""
    if archive is not None:
        row = _first_filled_row_xlsx(archive, sheet)
        if row:
            return row
    import python_calamine  # .xls and .ods are small: let calamine find where data starts

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    start = book.get_sheet_by_index(sheet).start  # None on an empty sheet
    return start[0] + 1 if start else 1
