"""analyse(settings) -> Analysis: read -> find -> parse -> dates, nothing written;
Analysis.write() -> Result: the outputs and the ledger. run() is both."""

from __future__ import annotations

import gc
import io
import os
import re
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from . import dates
from .notes import analyse_all, analyse_comment
from .config import Config
from .errors import PasspauseError
from .lexicon import Lexicon, load_lexicon
from .models import (ACTIONABLE, IMPORTED, Changes, Client, FieldCount, PauseRecord,
                     Problem, Result, RowResult, client_email, customer_number,
                     split_full_name, whole_note_review)


@dataclass(frozen=True)
class Settings:
    """Everything one run needs; the command line fills it, tests build it directly."""

    export: Path
    as_of: date
    out_dir: Path = Path("passpause-output")
    horizon: int | None = None  # None: from the configuration, else 7
    include_open: bool = False
    month_first: bool | None = None  # None: from the configuration, else day first
    count_resume_day: bool | None = None  # None: from the configuration, else no
    comment_columns: tuple[str, ...] = ()  # the note fields to read (): every one found
    id_column: str | None = None  # the customer-number column, when its name is not known
    lang: str | None = None  # None: from the configuration, else the export's headers
    force: bool = False
    generated: str = ""  # when the run was made, for the summary sheet
    progress: Callable[[str], None] | None = None  # told what the run is doing
    ledger: Path | None = None  # the run ledger; None keeps no memory of runs
    studio: str = ""  # whose export this is, so the ledger compares like with like
    config: Config = Config()  # catalogue, policy, column names, import profile
    # processes that parse a big export's distinct notes, this one included (None: one per
    # available core, helpers started only above notes.PARALLEL_MIN_NOTES notes; 1: none)
    workers: int | None = None

    def _option(self, name: str, default):
        """A given option wins over the configuration, which wins over the default (the
        fields keep what was given: None means "not given")."""
        for value in (getattr(self, name), getattr(self.config, name)):
            if value is not None:
                return value
        return default

    @property
    def due_within(self) -> int:
        return self._option("horizon", 7)

    @property
    def reads_month_first(self) -> bool:
        return self._option("month_first", False)

    @property
    def interface_lang(self) -> str | None:
        return self._option("lang", None)

    @property
    def rules(self) -> dates.Rules:
        return dates.Rules(self.as_of, self.due_within, self._option("count_resume_day", False),
                           self.config.products, self.config.policy.max_pause)

    @property
    def imported_statuses(self) -> tuple[str, ...]:
        chosen = self.config.import_statuses or IMPORTED
        if self.include_open and "open" not in chosen:
            chosen += ("open",)
        return chosen


def run_each(common: Settings, exports: list[Path]):
    """Run several exports (a chain's studios): each gets its own folder under the output
    folder and is its own studio in the ledger. A file that cannot be read does not stop
    the others: it is returned with its error. A single export runs as given, and its
    error is raised."""
    if len(exports) == 1:
        return [(common, run(replace(common, export=exports[0])))], []
    results, failed = [], []
    for export, folder in zip(exports, _folders(exports)):
        settings = replace(common, export=export, out_dir=common.out_dir / folder,
                           studio=folder)
        try:
            results.append((settings, run(settings)))
        except PasspauseError as error:
            failed.append((export, error))
    return results, failed


def _folders(exports: list[Path]) -> list[str]:
    """Each export's own folder (and studio) name: its file name without the extension,
    unless two exports share it (``a/lyon.xlsx``, ``b/lyon.csv``): then with the extension,
    then with the folder it came from, so that no two exports write the same files."""
    def unique(names):
        return len({n.lower() for n in names}) == len(names)

    def plain(name: str) -> str:  # never "..", "." or a hidden folder: always inside --out
        return name.lstrip(".").strip() or "export"

    for name in (lambda p: p.stem, lambda p: p.name.replace(".", "_"),
                 lambda p: f"{p.resolve().parent.name}_{p.name.replace('.', '_')}"):
        names = [plain(name(export)) for export in exports]
        if unique(names):
            return names
    return [f"{index + 1}_{export.name.replace('.', '_')}" for index, export in
            enumerate(exports)]


def parse_comment(text: str, *, as_of: date, horizon: int = 7, month_first: bool = False,
                  count_resume_day: bool = False) -> list[PauseRecord]:
    """The pause records one comment holds (an empty list when it holds none)."""
    records, _ = analyse_comment(text, dates.Rules(as_of, horizon, count_resume_day),
                                 month_first=month_first)
    return records


def comment_update(comment: str, records: list[PauseRecord], statuses: tuple[str, ...],
                   lex: Lexicon) -> str:
    """The comment with every pause that goes to the import file marked as reactivated.

    The marker is written in the note's own language, right after the statement,
    and the parser reads it back as a closed marker next week.
    """
    updated = comment
    for record in sorted(records, key=lambda r: r.statement.span[1], reverse=True):
        if record.status not in statuses:
            continue
        language = lex.language(record.statement.lang)
        fmt = language.date_format
        marker = language.marker.format(resume=record.new_valid_from.strftime(fmt),
                                        until=record.new_valid_until.strftime(fmt))
        end = record.statement.span[1]
        updated = f"{updated[:end]} {marker}{updated[end:]}"
    return updated


def find_candidates(column, lex: Lexicon, *, slips: bool = True):
    """Rows whose text may mention a pause word, in one vectorised pass over the column,
    as an Arrow array of row indices.

    A superset (no word boundaries, accents tolerated): the parser decides for each. The
    patterns run only on the filled cells, and on each distinct text once when a column
    repeats itself (a group, a status, a city); the patterns for slips of a pause word only
    on texts with a word of four letters or more, which dates and numbers never hold.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    column = column.combine_chunks() if hasattr(column, "combine_chunks") else column
    filled = pc.indices_nonzero(pc.cast(pc.utf8_length(column), "bool"))
    texts = column.take(filled)
    encoded = texts.dictionary_encode() if len(texts) > 1000 else None
    screened = encoded.dictionary if encoded is not None and (
        len(encoded.dictionary) * 2 < len(texts)) else texts
    hits = pc.match_substring_regex(screened, lex.prefilters[0], ignore_case=True)
    words = pc.and_(pc.invert(hits), pc.match_substring_regex(screened, _FOUR_LETTERS))
    if slips and pc.any(words).as_py():
        some = screened.filter(words)
        if len(some) < _FEW:  # the slip patterns cost more to compile than to look up
            slipped = [text for text in some.to_pylist() if _has_slip(text, lex)]
            if slipped:
                hits = pc.or_(hits, pc.is_in(screened, value_set=pa.array(slipped, pa.string())))
        else:
            slips = pc.match_substring_regex(some, lex.prefilters[1], ignore_case=True)
            for pattern in lex.prefilters[2:]:
                slips = pc.or_(slips, pc.match_substring_regex(some, pattern, ignore_case=True))
            hits = pc.or_(hits, pc.is_in(screened, value_set=some.filter(slips)))
    if screened is not texts:  # back from each distinct text to its rows
        hits = hits.take(encoded.indices)
    return filled.filter(hits)


_FOUR_LETTERS = r"\pL{4}"  # RE2: four letters in a row, of any alphabet
_FEW = 500  # distinct texts below which slips are looked up word by word


def _has_slip(text: str, lex: Lexicon) -> bool:
    """A word of ``text`` that is a pause word one letter wrong, as the parser finds it."""
    from .find import _LONG_WORD
    from .lexicon import normalize

    return any(lex.slipped_pause(word) for word in
               set(_LONG_WORD.findall(normalize(text))) - lex.known_words)


def _clients(export, rows: list[int], comments: list[str]) -> list[Client]:
    """The people behind these rows (ascending indices), each column gathered in one go."""
    from .read import rows_mask

    mask = rows_mask(rows, export.rows)
    get = {concept: [value.strip() for value in export.values(concept, mask)]
           for concept in ("customer_id", "first_name", "last_name", "full_name", "email",
                           "phone")}
    clients = []
    for i, row in enumerate(rows):
        first, last = get["first_name"][i], get["last_name"][i]
        if not first and not last:
            first, last = split_full_name(get["full_name"][i])
        clients.append(Client(export.source_row(row), customer_number(get["customer_id"][i]),
                              first, last, client_email(get["email"][i]), get["phone"][i],
                              comments[i]))
    return clients


def _pause_rows(export, position: int, rules, settings, lex, progress, *, update=True,
                slips=True) -> list[RowResult]:
    """Every row of one column whose text mentions a pause, parsed (each text once, on
    every core when there are many), with the comment to paste back when ``update``."""
    from .read import rows_mask

    column = export.cells[position]
    rows = find_candidates(column, lex, slips=slips).to_pylist()
    texts = column.filter(rows_mask(rows, export.rows)).to_pylist()
    seen = analyse_all(texts, rules, month_first=settings.reads_month_first,
                       default_lang=export.lang, lexicon=lex, progress=progress,
                       workers=settings.workers)
    kept = [k for k, text in enumerate(texts) if any(seen[text])]
    clients = _clients(export, [rows[k] for k in kept], [texts[k] for k in kept])
    found = {text: (tuple(records), non_pause, comment_update(
                 text, records, settings.imported_statuses, lex) if update else "")
             for text, (records, non_pause) in seen.items() if records or non_pause}
    field = export.headers[position]
    return [RowResult(client, *found[texts[k]], field=field) for client, k in zip(clients, kept)]


def _in_other_column(row: RowResult, export) -> RowResult:
    """A pause written in a column that is no note field (a group, a status) goes to
    review, naming the column: never unseen, never imported."""
    notes = ", ".join(export.headers[p] for p in export.notes)
    problem = Problem.of("other_comment_column", column=row.field, used=notes)
    return _one_review(row, problem, row.records[0].statement.lang)


def _one_review(row: RowResult, problem: Problem, lang: str) -> RowResult:
    """The whole cell as one review entry, ``problem`` its reason; nothing imported."""
    return replace(row, records=(whole_note_review(row.client.comment, lang, problem),),
                   comment_update="")


# A column about pauses holding one of these says there is none.
_NOTHING = frozenset({"-", "--", "0", "no", "non", "nein", "nee", "n/a", "false", "falsch",
                      "faux", "falso", "onwaar"})


def _pause_column_rows(export, position: int, lang: str) -> list[RowResult]:
    """A column named after pauses (``Pause``, ``Pausiert von/bis``) that is no note field:
    each of its filled cells is looked at by a person, whatever words it holds, since its
    dates or ``ja`` may be a pause the notes do not mention."""
    import pyarrow.compute as pc

    from .read import has_text

    column = export.cells[position]
    filled = pc.indices_nonzero(pc.fill_null(has_text(column), False)).to_pylist()
    texts = column.take(filled).to_pylist() if filled else []
    rows = [(index, text) for index, text in zip(filled, texts)
            if text.strip().lower() not in _NOTHING]
    if not rows:
        return []
    field = export.headers[position]
    notes = ", ".join(export.headers[p] for p in export.notes)
    problem = Problem.of("pause_column", column=field, used=notes)
    return [_one_review(RowResult(client, (), field=field), problem, lang)
            for client in _clients(export, [i for i, _ in rows], [t for _, t in rows])]


def _shared_keys(rows: list[RowResult], export, concept: str) -> list[RowResult]:
    """A customer number (or, where clients are known by it, an e-mail) on several rows of
    the export (two clients, or one client twice) cannot tell the platform whose validity
    to change: those pauses go to review."""
    import pyarrow.compute as pc

    column = export.column(concept)
    key = {"customer_id": lambda c: c.customer_id, "email": lambda c: c.email.lower()}[concept]
    if column is None or not any(key(row.client) for row in rows):
        return rows
    column = pc.utf8_trim_whitespace(column)
    counted = pc.value_counts(pc.utf8_lower(column) if concept == "email" else column)
    counts = counted.field("counts")
    # counts / counts is 1: comparing with the Python value 1 makes pyarrow import pandas
    several = pc.greater(counts, pc.divide(counts, counts))
    shared = dict(zip(counted.field("values").filter(several).to_pylist(),
                      counts.filter(several).to_pylist()))
    code = "shared_customer_id" if concept == "customer_id" else "shared_email"
    return [_to_review(row, Problem.of(code, number=key(row.client),
                                       count=shared[key(row.client)]))
            if key(row.client) in shared and row.records else row for row in rows]


_DATE_LIKE = re.compile(r"\d{1,2}\s*[./-]\s*\d{1,2}")


def _other_fields_checked(rows: list[RowResult], export, lex: Lexicon) -> list[RowResult]:
    """A pause read in one note field while another note field of the same client speaks
    of a pause, a reactivation, a doubt or a date (``Pause annulée`` in Note, a different
    end in Warning, the same note twice) goes to review: the fields are never weighed
    against each other by guesswork, and nothing is imported twice."""
    from .find import anchors
    from .lexicon import normalize

    checked = []
    for row in rows:
        if not any(r.status in ACTIONABLE for r in row.records):
            checked.append(row)
            continue
        index = row.client.source_row - export.header_row - 1
        speaking = []
        for position in export.notes:
            header = export.headers[position]
            if header == row.field:
                continue
            text = export.cells[position][index].as_py() or ""
            norm = normalize(text)
            if text.strip() and (_DATE_LIKE.search(text) or anchors(norm, lex)
                                 or lex.closed_markers(norm) or lex.modifiers.find(norm)):
                speaking.append(header)
        if speaking:
            row = _to_review(row, Problem.of("other_field_too", fields=", ".join(speaking)))
        checked.append(row)
    return checked


def _other_columns_checked(rows: list[RowResult], notes: set[str]) -> list[RowResult]:
    """A pause read in a note field while another column of the same client (``Pausiert
    bis``, a status) also speaks of a pause goes to review with it: the note is never
    imported against a column that may say otherwise."""
    elsewhere: dict[int, list[str]] = {}
    for row in rows:
        if row.field not in notes and row.records:
            elsewhere.setdefault(row.client.source_row, []).append(row.field)
    if not elsewhere:
        return rows
    return [_to_review(row, Problem.of("other_field_too", fields=", ".join(
                elsewhere[row.client.source_row])))
            if row.field in notes and row.client.source_row in elsewhere
            and any(r.status in ACTIONABLE for r in row.records) else row for row in rows]


def _odd_encoding(row: RowResult, encodings: dict[str, str]) -> RowResult:
    """A row saved in another encoding than the rest of the file was read in the one that
    fits its bytes; a person checks it before its dates are used."""
    return _to_review(row, Problem.of("odd_encoding", **encodings))


def _to_review(row: RowResult, problem: Problem) -> RowResult:
    """Every record of the row that is not a closed pause goes to review, ``problem`` as
    its first reason; nothing of it is imported, so there is no comment to paste back."""
    return replace(row, comment_update="", records=tuple(
        replace(r, status="review", problems=(problem,) + r.problems)
        if r.status != "closed" else r for r in row.records))


def _without_number(row: RowResult) -> RowResult:
    """A client whose customer number is empty in an export that has the column: each
    record says so, as an import row with no customer_id must never pass unnoticed. With
    no e-mail either, nothing tells the platform who it is: review."""
    if not row.client.email:
        return _to_review(row, Problem.of("no_client_key"))
    problem = Problem.of("no_customer_id")
    return replace(row, records=tuple(replace(r, warnings=(problem,) + r.warnings)
                                      for r in row.records))


def _pause_policy(result: Result, settings: Settings, ledger) -> Result:
    """Warn where the policy needs memory: pauses per client per year, notice given."""
    from .ledger import customer_key, pause_key

    policy, changes = settings.config.policy, result.changes
    if not (policy.max_pauses_per_year or policy.min_notice):
        return result
    year = ledger.pauses_since(settings.studio, settings.as_of - timedelta(days=365)) \
        if policy.max_pauses_per_year and ledger is not None else {}
    rows = []
    for row in result.rows:
        customer = customer_key(row)
        pauses = set(year.get(customer, set()))
        pauses.update(pause_key(row, r) for r in row.records if r.status != "review")
        records = []
        for record in row.records:
            extra = []
            if policy.max_pauses_per_year and len(pauses) > policy.max_pauses_per_year \
                    and record.status in ACTIONABLE:
                extra.append(Problem.of("policy_max_per_year", count=len(pauses),
                                        limit=policy.max_pauses_per_year))
            if (policy.min_notice and changes and changes.previous and record.pause_start
                    and pause_key(row, record) in changes.new):
                noticed = date.fromisoformat(changes.previous.as_of)
                if record.pause_start < policy.min_notice.after(noticed):
                    extra.append(Problem.of("policy_min_notice",
                                            days=max((record.pause_start - noticed).days, 0),
                                            limit=policy.min_notice.iso()))
            records.append(replace(record, warnings=record.warnings + tuple(extra))
                           if extra else record)
        rows.append(replace(row, records=tuple(records)))
    return replace(result, rows=tuple(rows))


def check_reconciliation(result: Result) -> None:
    """Every row that mentions a pause is a record, a review, a closed pause or another sense."""
    lost = [row.client.source_row for row in result.rows
            if not row.records and not row.non_pause]
    if lost or not result.reconciled:
        raise RuntimeError(f"reconciliation failed: rows {lost[:10]} mention a pause but "
                           "produced nothing")


def run(settings: Settings) -> Result:
    """Read the export, parse every pause note, compute the dates, write the outputs: one
    call for ``analyse(settings).write()``."""
    return analyse(None, settings).write()


@contextmanager
def no_cyclic_gc():
    """For a program whose whole job is runs (the command line): a big run makes hundreds
    of thousands of small objects that hold no cycles (records, cells, rows of the
    workbook); the cyclic collector walking them again and again cost a tenth of a
    million-row run. Reference counting still frees everything; the collector is switched
    back on (if it was on) when the block ends. The library never does this on its own."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True)
class Analysis(Result):
    """What an export says, nothing written yet: ``write`` puts the outputs in a folder
    (and the run in the ledger)."""

    settings: Settings | None = None

    def write(self, folder: Path | str | None = None, *, force: bool | None = None) -> Result:
        """Write the outputs into ``folder`` (default: the settings' ``out_dir``) together,
        then record the run in the ledger if the settings name one. Returns the result
        with the paths written."""
        return _write(self, self.settings if folder is None and force is None else replace(
            self.settings, out_dir=Path(folder) if folder is not None else self.settings.out_dir,
            force=self.settings.force if force is None else force))

    def records_frame(self, statuses: tuple[str, ...] = ACTIONABLE):
        """The records as a pandas DataFrame (the ``passpause[pandas]`` extra)."""
        from .frames import records_frame

        return records_frame(self, statuses)

    def review_frame(self, lang: str | None = None):
        """The notes to review as a pandas DataFrame, reasons in words."""
        from .frames import review_frame

        return review_frame(self, lang)


def analyse_frame(frame, settings: Settings, comment_columns: tuple[str, ...] | str = ()
                  ) -> Analysis:
    """A DataFrame someone already has (a client export read with pandas), analysed as the
    export it came from: its column names are read as an export's headers."""
    named_index = any(name is not None for name in getattr(frame.index, "names", [None]))
    data = io.BytesIO(frame.to_csv(index=named_index).encode("utf-8"))  # a named index too
    data.name = f"{Path(settings.export).stem or 'dataframe'}.csv"
    return analyse(data, replace(settings, comment_columns=comment_columns
                                 or settings.comment_columns))


def analyse(source: Path | str | bytes | BinaryIO | None, settings: Settings) -> Analysis:
    """Read an export and every pause note in it, compute the dates, compare with the last
    run if the settings name a ledger; write nothing. ``source``: the export as a path,
    bytes or a binary file object (its file name from the object's ``name``, else
    ``settings.export``); None: ``settings.export``."""
    settings = _checked(settings)
    if source is None or isinstance(source, (str, os.PathLike)):
        return _analyse(replace(settings, export=Path(source or settings.export)))
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif callable(getattr(source, "read", None)):
        if callable(getattr(source, "seek", None)) and getattr(source, "seekable", bool)():
            source.seek(0)  # the whole file, even one read before
        data = source.read()
        if not isinstance(data, bytes):
            raise TypeError("analyse() reads a binary file: open it with 'rb'")
    else:
        raise TypeError("analyse() takes the export as a path, bytes or a binary file object,"
                        f" not {type(source).__name__}")
    name = _upload_name(getattr(source, "name", None), settings.export, data)
    with tempfile.TemporaryDirectory(prefix="passpause-") as folder:
        # the readers (Arrow, calamine) read files; the copy is gone when this returns
        path = Path(folder) / name
        path.write_bytes(data)
        analysis = _analyse(replace(settings, export=path))
    return replace(analysis, input_path=name, settings=replace(settings, export=Path(name)))


def _upload_name(given, fallback: Path, data: bytes) -> str:
    """A safe file name for an upload: its own (without folders, from any system), else the
    settings' export name; with an extension the content agrees with when it has none."""
    from .read.common import EXCEL_SUFFIXES, TEXT_SUFFIXES, _OLE_MAGIC, _ZIP_MAGIC

    name = given if isinstance(given, str) else ""
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip().replace("\0", "")
    if name in ("", ".", "..") or len(name) > 120:
        name = Path(fallback).name if str(fallback) not in ("", ".") else ""
    stem, suffix = Path(name).stem or "export", Path(name).suffix.lower()
    if suffix not in EXCEL_SUFFIXES | TEXT_SUFFIXES:
        suffix = ".xls" if data.startswith(_OLE_MAGIC) else (
            ".xlsx" if data.startswith(_ZIP_MAGIC) else ".csv")
    return f"{stem[:100]}{suffix}"


def _checked(settings: Settings) -> Settings:
    """Settings a library caller may have given in other forms: a datetime or an ISO text
    for the as-of date, a language in capitals. A language passpause has no labels for is
    an error now, not when the worksheet is written."""
    from .write.labels import languages

    as_of = settings.as_of
    if isinstance(as_of, str):
        try:
            as_of = date.fromisoformat(as_of)
        except ValueError:
            raise PasspauseError(f"The as-of date '{as_of}' is not a date; write it as "
                                 "YYYY-MM-DD.") from None
    elif hasattr(as_of, "date") and callable(as_of.date):  # datetime, pandas.Timestamp
        as_of = as_of.date()
    if not isinstance(as_of, date):
        raise PasspauseError(f"The as-of date must be a date, not {type(as_of).__name__}.")
    if dates.check_as_of(as_of):
        raise PasspauseError(dates.check_as_of(as_of))
    lang = settings.lang.lower() if isinstance(settings.lang, str) else settings.lang
    if lang is not None and lang not in languages():
        raise PasspauseError(f"No labels in '{settings.lang}'; the languages are "
                             f"{', '.join(languages())}.")
    if not settings.generated:
        settings = replace(settings, generated=datetime.now().strftime("%Y-%m-%d %H:%M"))
    notes = settings.comment_columns
    notes = (notes,) if isinstance(notes, str) else tuple(notes or ())
    return replace(settings, as_of=as_of, lang=lang, comment_columns=notes)


def _analyse(settings: Settings) -> Analysis:
    import pyarrow.compute as pc

    from .read import has_text, read_export
    from .write.labels import languages, system_lang

    progress = settings.progress
    lex = load_lexicon()
    if progress:
        progress(f"Reading {settings.export.name}")
    export = read_export(settings.export, lex, settings.comment_columns,
                         settings.config.column_names, settings.id_column)
    lang = (settings.interface_lang or (export.lang if export.lang in languages() else None)
            or system_lang() or "en")
    rules = settings.rules
    rows = []
    for position in export.notes:  # every note field: Comment, Note, Warning...
        rows += _pause_rows(export, position, rules, settings, lex, progress)
    if len(export.notes) > 1:  # one client, several note fields: read together
        rows = _other_fields_checked(rows, export, lex)
    # names and phones: a pause word as written, not one letter wrong ("Pauser" is a name)
    identity = {export.columns.get(c) for c in ("first_name", "last_name", "full_name", "phone")}
    for position in export.others:  # a pause anywhere else is looked at by a person
        if position in export.pause_columns:  # a column named "Pause", "Pausenbeginn"
            rows += _pause_column_rows(export, position, export.lang or lang)
            continue
        rows += [_in_other_column(row, export) if row.records else row
                 for row in _pause_rows(export, position, rules, settings, lex, progress,
                                        update=False, slips=position not in identity)]
    rows = _other_columns_checked(rows, {export.headers[p] for p in export.notes})
    warnings: tuple[Problem, ...] = ()
    if export.odd_rows:  # rows in another encoding: read, but checked by a person
        odd = {export.source_row(index) for index in export.odd_rows}
        encodings = dict(zip(("file", "read_as"), export.odd_as))
        rows = [_odd_encoding(row, encodings) if row.client.source_row in odd and row.records
                else row for row in rows]
        shown = sorted(odd)
        warnings = (Problem.of("mixed_encoding", count=len(shown), rows=", ".join(
            map(str, shown[:10])) + (", ..." if len(shown) > 10 else ""), **encodings),)
    if "customer_id" in export.columns:  # a row without its number says so
        rows = [_without_number(row) if not row.client.customer_id and row.records else row
                for row in rows]
        rows = _shared_keys(rows, export, "customer_id")
    else:  # identified by e-mail: a row without one cannot be found in the platform
        rows = [_to_review(row, Problem.of("no_client_key"))
                if not row.client.email and row.records else row for row in rows]
        rows = _shared_keys(rows, export, "email")
    if export.other_sheets:
        warnings += (Problem.of("other_sheets", sheets=", ".join(export.other_sheets)),)
    failed = sum(1 for row in rows for r in row.records
                 if any(p.code == "internal_error" for p in r.problems))
    if failed:  # a bug met in some notes: the run goes on, and says so
        from .write import error_log_name

        warnings += (Problem.of("internal_errors", count=failed,
                                log=error_log_name(settings.as_of)),)
    fields = tuple(FieldCount(export.headers[position], kind,
                              int(pc.sum(has_text(export.cells[position])).as_py() or 0))
                   for kind, positions in (("note", export.notes), ("other", export.others))
                   for position in positions)
    result = Analysis(
        input_path=str(settings.export), input_sha256=export.sha256, as_of=settings.as_of,
        lang=lang, rows_read=export.filled_rows,
        rows_with_comment=sum(field.cells for field in fields if field.kind == "note"),
        rows=tuple(rows),
        columns={concept: export.headers[pos] for concept, pos in export.columns.items()},
        settings=settings, fields=fields,
        identified_by="customer_id" if "customer_id" in export.columns else "email",
        warnings=warnings,
    )
    check_reconciliation(result)
    if settings.ledger:
        from .ledger import Ledger, LedgerError

        if Path(settings.ledger).exists() and not Path(settings.ledger).is_file():
            raise LedgerError(f"Cannot use the ledger '{settings.ledger}': it is a folder, not a "
                              "file. Give a file with --ledger PATH, or run with --no-ledger.")
        # read only: a ledger that does not exist yet is created when the run is written,
        # one of an older version is brought up to date then
        ledger = Ledger(settings.ledger, read_only=True) \
            if Path(settings.ledger).is_file() else None
        ledger = ledger if ledger is not None and ledger.readable else None
        result = replace(result, changes=ledger.compare(
            result, settings.studio, export.customer_keys) if ledger else Changes())
        result = _pause_policy(result, settings, ledger)
    return result


def _write(analysis: Analysis, settings: Settings) -> Result:
    from .version import __version__
    from .write import write_outputs

    if settings.progress:
        settings.progress(f"Writing {sum(1 for _ in analysis.records()):,} records")
    config = settings.config
    meta = {"version": __version__, "generated": settings.generated,
            "config": str(config.path) if config.path else "", "config_sha256": config.sha256}
    outputs, warnings = write_outputs(analysis, out_dir=settings.out_dir,
                                      imported=settings.imported_statuses, force=settings.force,
                                      meta=meta, lex=load_lexicon(),
                                      profile=config.import_profile, studio=config.studio,
                                      catalogue=tuple(p.name for p in config.products))
    if settings.ledger:
        from .ledger import Ledger, LedgerError

        try:
            Ledger(settings.ledger).record(analysis, settings.studio)  # once outputs exist
        except LedgerError as error:
            raise LedgerError(f"The files were written in '{settings.out_dir}', but this run "
                              f"could not be recorded. {error}") from None
    return replace(analysis, outputs=outputs, warnings=analysis.warnings + tuple(warnings))
