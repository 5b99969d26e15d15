"""What the readers of every format share."""

from __future__ import annotations

import pyarrow as pa


EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}

TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_ZIP_MAGIC = b"PK\x03\x04"

_SAVE_AGAIN = "open it in Excel (or LibreOffice) and save it again as .xlsx, or export it again"


def _short(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]


def _strings(array) -> pa.ChunkedArray:
    """A column as Arrow text; an empty cell may be null or ""."""
    if isinstance(array, pa.Array):
        array = pa.chunked_array([array])
    return array if array.type == pa.string() else array.cast(pa.string())
