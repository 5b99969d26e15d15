"""Outputs: the worksheet for people, the import file for machines and the calendar, as a
table of writers (OUTPUTS), written together."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config import ImportProfile, Studio
from ..errors import OutputError
from ..lexicon import Lexicon
from ..models import ACTIONABLE, Problem, Result
from .calendar import write_calendar
from .folder import locked, write_set
from .importfile import write_import
from .labels import Labels
from .messages import compose
from .worksheet import export_written_for, studio_of, write_workbook


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


def error_log_name(as_of) -> str:
    """The file beside the outputs that traces the notes passpause failed on, if any."""
    return f"errors_{as_of.isoformat()}.log"


def error_log(result: Result) -> str:
    """For whoever fixes passpause: each failed note's place and its traceback."""
    parts = []
    for row, record in result.internal_errors:
        trace = next(p.values.get("trace", "") for p in record.problems
                     if p.code == "internal_error")
        parts.append(f"{result.input_path}, row {row.client.source_row}, column "
                     f"'{row.field}':\n{row.client.comment!r}\n{trace}")
    return "\n".join(parts)


def sorted_records(result: Result, statuses=ACTIONABLE):
    """Overdue first, then due, upcoming, open; within a status by resume date, then row."""
    return sorted(result.records(*statuses), key=lambda pair: (
        statuses.index(pair[1].status), pair[1].new_valid_from or result.as_of,
        pair[0].client.source_row))


def write_outputs(result: Result, *, out_dir: Path, imported: tuple[str, ...], force: bool,
                  meta: dict, lex: Lexicon, profile: ImportProfile | None = None,
                  studio: Studio = Studio(), catalogue: tuple[str, ...] = ()
                  ) -> tuple[dict[str, str], list[Problem]]:
    """Write every output into a staging folder, then swap them in as one set (folder.py):
    after any interruption the folder holds the earlier set or the new one, never a mix.

    Returns the paths, and warnings about text the worksheet could not hold whole.
    """
    paths = output_paths(out_dir, result.as_of)
    export = Path(result.input_path)
    _refuse_export_as_output(export, out_dir, paths)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"Cannot create the output folder '{out_dir}' ({exc.strerror}).") from None
    log = error_log(result)
    names = {name: path.name for name, path in paths.items()}
    if log:
        names["errors"] = error_log_name(result.as_of)
    try:
        with locked(out_dir):
            _check_earlier_set(paths, studio_of(result), force)
            to_import = sorted_records(result, imported)
            shared = Written(result, Labels(result.lang), sorted_records(result), to_import,
                             [compose(row, record, lex, studio, catalogue)
                              for row, record in to_import], meta,
                             profile)
            warnings: list[Problem] = []

            def writer(output):
                return lambda path: warnings.extend(output.write(path, shared))

            files = {names[output.name]: writer(output) for output in OUTPUTS}
            if log:
                files[names["errors"]] = lambda path: path.write_text(log, encoding="utf-8")
            stale = () if log else (error_log_name(result.as_of),)  # an earlier run's log
            write_set(out_dir, files, stale)
    except OSError as exc:
        raise OutputError(f"Cannot write to '{out_dir}' ({exc.strerror or exc}).") from None
    outputs = {name: str(out_dir / file) for name, file in names.items()}
    return outputs, warnings


def _refuse_export_as_output(export: Path, out_dir: Path, paths: dict[str, Path]) -> None:
    """An export is never an output: not the folder, not one of the files."""
    try:
        source = export.resolve()
        if source == out_dir.resolve() or any(source == p.resolve() for p in paths.values()):
            raise OutputError(f"'{export}' is the export being read: passpause never writes "
                              "over it. Give another --out folder.")
    except (OSError, RuntimeError):
        return  # a path that cannot be resolved is no file of ours either


def _check_earlier_set(paths: dict[str, Path], whose: str, force: bool) -> None:
    """An earlier set of the same date is replaced only with --force, and only when it was
    written for the same export: two studios never overwrite each other's files."""
    existing = [p for p in paths.values() if p.exists()]
    if not existing:
        return
    # "" when written by an older version: taken as the same export, as before
    owner = export_written_for(paths["worksheet"])
    if owner and owner != whose:
        raise OutputError(f"'{paths['worksheet'].parent}' holds the files written for "
                          f"'{owner}' on the same "
                          f"date; --force replaces only the files of the same export. Give "
                          f"'{whose}' another --out folder.", key="error_other_export",
                          folder=str(paths['worksheet'].parent), owner=owner, name=whose)
    if not force:
        raise OutputError(f"'{existing[0]}' already exists from an earlier run. Use another "
                          "--out folder, or --force to replace that run's files.",
                          key="error_already_exists", path=str(existing[0]))
