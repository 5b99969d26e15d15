"""Outputs: the worksheet for people and the import file for machines, written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..config import ImportProfile
from ..errors import OutputError
from ..lexicon import Lexicon
from ..models import ACTIONABLE, Problem, Result
from .calendar import write_calendar
from .importfile import write_import
from .labels import Labels
from .messages import compose
from .worksheet import write_workbook



def output_paths(out_dir: Path, as_of) -> dict[str, Path]:
    stamp = as_of.isoformat()
    return {"worksheet": out_dir / f"reactivations_{stamp}.xlsx",
            "import": out_dir / f"import_{stamp}.csv",
            "calendar": out_dir / f"reactivations_{stamp}.ics"}


def sorted_records(result: Result, statuses=ACTIONABLE):
    """Overdue first, then due, upcoming, open; within a status by resume date, then row."""
    return sorted(result.records(*statuses), key=lambda pair: (
        statuses.index(pair[1].status), pair[1].new_valid_from or result.as_of,
        pair[0].client.source_row))


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_outputs(result: Result, *, out_dir: Path, imported: tuple[str, ...], force: bool,
                  meta: dict, lex: Lexicon, profile: ImportProfile | None = None
                  ) -> tuple[dict[str, str], list[Problem]]:
    """Write both files to temporary names, then move them into place together.

    Returns the paths, and warnings about text the worksheet could not hold whole.
    """
    paths = output_paths(out_dir, result.as_of)
    existing = [p for p in paths.values() if p.exists()]
    if existing and not force:
        raise OutputError(f"'{existing[0]}' already exists from an earlier run. Use another "
                          "--out folder, or --force to replace it.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"Cannot create the output folder '{out_dir}' ({exc.strerror}).") from None
    temporary: dict[str, Path] = {}
    try:
        for name, path in paths.items():
            handle, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix,
                                            dir=out_dir)
            os.close(handle)
            temporary[name] = Path(temp)
        to_import = sorted_records(result, imported)
        write_import(temporary["import"], to_import, profile)
        messages = [compose(row, record, lex) for row, record in to_import]
        labels = Labels(result.lang)
        warnings = write_workbook(temporary["worksheet"], result, labels,
                                  sorted_records(result), messages, meta)
        write_calendar(temporary["calendar"], sorted_records(result), labels)
        mode = 0o666 & ~_umask()  # mkstemp makes files only their owner can read
        for name, path in paths.items():
            os.chmod(temporary[name], mode)
            os.replace(temporary[name], path)
    except OSError as exc:
        raise OutputError(f"Cannot write to '{out_dir}' ({exc.strerror}).") from None
    finally:
        for temp in temporary.values():
            temp.unlink(missing_ok=True)
    return {name: str(path) for name, path in paths.items()}, warnings
