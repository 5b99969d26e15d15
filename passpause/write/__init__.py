"""Outputs: the worksheet for people, the import file for machines and the calendar, as a
table of writers (OUTPUTS), written together."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Written:
    """What the writers of one run share: the result and its records, sorted once."""

    result: Result
    labels: Labels
    records: list  # every actionable record, in the worksheet's order
    imported: list  # the import file's records, in the same order
    messages: list[str]
    meta: dict
    profile: ImportProfile | None


def _worksheet(path: Path, w: Written) -> list[Problem]:
    return write_workbook(path, w.result, w.labels, w.records, w.messages, w.meta)


def _import(path: Path, w: Written) -> list[Problem]:
    write_import(path, w.imported, w.profile)
    return []


def _calendar(path: Path, w: Written) -> list[Problem]:
    write_calendar(path, w.records, w.labels)
    return []


@dataclass(frozen=True)
class Output:
    """One file a run writes: adding an output is adding a writer and a line to OUTPUTS."""

    name: str  # its key in Result.outputs
    pattern: str  # its file name; {as_of} is the run's date
    title: str  # how the printed summary names it
    write: Callable[[Path, Written], list[Problem]]  # returns warnings for the summary


OUTPUTS = (
    Output("worksheet", "reactivations_{as_of}.xlsx", "Worksheet", _worksheet),
    Output("import", "import_{as_of}.csv", "Import file", _import),
    Output("calendar", "reactivations_{as_of}.ics", "Calendar", _calendar),
)


def output_paths(out_dir: Path, as_of) -> dict[str, Path]:
    return {o.name: out_dir / o.pattern.format(as_of=as_of.isoformat()) for o in OUTPUTS}


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
    """Write every output to a temporary name, then move them into place together.

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
        shared = Written(result, Labels(result.lang), sorted_records(result), to_import,
                         [compose(row, record, lex) for row, record in to_import], meta,
                         profile)
        warnings = [w for output in OUTPUTS for w in output.write(temporary[output.name],
                                                                   shared)]
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
