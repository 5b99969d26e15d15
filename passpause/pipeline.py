"""run(settings) -> Result: read -> find -> parse -> dates -> write."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from . import dates
from .find import split_statements
from .lexicon import Lexicon, load_lexicon, normalize
from .models import Client, PauseRecord, PauseStatement, Problem, Result, RowResult
from .parse import parse_statement

IMPORTED = ("overdue", "due")


@dataclass(frozen=True)
class Settings:
    """Everything one run needs; the command line fills it, tests build it directly."""

    export: Path
    as_of: date
    out_dir: Path = Path("passpause-output")
    horizon: int = 7
    include_open: bool = False
    month_first: bool = False
    count_resume_day: bool = False
    comment_column: str | None = None
    lang: str | None = None
    force: bool = False
    generated: str = ""  # when the run was made, for the summary sheet

    @property
    def rules(self) -> dates.Rules:
        return dates.Rules(self.as_of, self.horizon, self.count_resume_day)

    @property
    def imported_statuses(self) -> tuple[str, ...]:
        return IMPORTED + (("open",) if self.include_open else ())


def analyse_comment(text: str, rules: dates.Rules, *, month_first: bool = False,
                    default_lang: str = "", lexicon: Lexicon | None = None
                    ) -> tuple[list[PauseRecord], bool]:
    """All pause records of one comment, and whether its pause words meant something else."""
    lex = lexicon or load_lexicon()
    norm = normalize(text)
    statements = split_statements(norm, lex)
    records = [
        dates.resolve(parsed, rules)
        for st in statements
        for parsed in parse_statement(text, norm, st, lex, month_first=month_first,
                                      default_lang=default_lang)
    ]
    return records, not statements


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


def find_candidates(comments, lex: Lexicon) -> list[int]:
    """Positions of the comments that mention a pause word, in one vectorised pass."""
    folded = (comments.astype(str).str.normalize("NFKD")
              .str.replace(r"[\u0300-\u036f]", "", regex=True).str.lower())
    pattern = lex.pause.pattern
    if lex.compound is not None:
        pattern = f"{pattern}|{lex.compound.pattern}"
    hits = folded.str.contains(pattern, regex=True)
    return [i for i, hit in enumerate(hits.tolist()) if hit]


def _client(export, position: int, comment: str) -> Client:
    get = lambda concept: str(export.column(concept).iat[position]).strip()  # noqa: E731
    first, last = get("first_name"), get("last_name")
    if not first and not last:
        first, last = split_full_name(get("full_name"))
    return Client(export.source_row(position), get("customer_id"), first, last,
                  get("email"), get("phone"), comment)


def split_full_name(full: str) -> tuple[str, str]:
    """``Dupont, Marie`` -> (Marie, Dupont); ``Marie Dupont`` -> (Marie, Dupont)."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, _, last = full.partition(" ")
    return (first, last) if last else ("", first)


def _notes_in_other_columns(export, rules, settings, lex) -> list[RowResult]:
    """A pause note in a second comment-like column goes to review, never unseen."""
    found = []
    used = export.headers[export.columns["comment"]]
    for column in export.other_comments:
        texts = export.data[column].astype(str)
        for position in find_candidates(texts, lex):
            text = texts.iat[position]
            records, non_pause = analyse_comment(text, rules, month_first=settings.month_first,
                                                 default_lang=export.lang, lexicon=lex)
            if non_pause:
                continue
            problem = Problem.of("other_comment_column", column=export.headers[column],
                                 used=used)
            statement = PauseStatement(text=text, span=(0, len(text)),
                                       lang=records[0].statement.lang, problems=(problem,))
            found.append(RowResult(_client(export, position, text),
                                   (PauseRecord(statement, "review", problems=(problem,)),)))
    return found


def check_reconciliation(result: Result) -> None:
    """Every row that mentions a pause is a record, a review, a closed pause or another sense."""
    lost = [row.client.source_row for row in result.rows
            if not row.records and not row.non_pause]
    if lost or not result.reconciled:
        raise RuntimeError(f"reconciliation failed: rows {lost[:10]} mention a pause but "
                           "produced nothing")


def run(settings: Settings) -> Result:
    """Read the export, parse every pause note, compute the dates, write the outputs."""
    from . import __version__
    from .read import read_export
    from .write import write_outputs
    from .write.labels import languages

    lex = load_lexicon()
    export = read_export(settings.export, lex, settings.comment_column)
    lang = settings.lang or (export.lang if export.lang in languages() else "en")
    comments = export.column("comment").astype(str)
    rules = settings.rules
    seen: dict[str, tuple[list[PauseRecord], bool]] = {}
    rows = []
    for position in find_candidates(comments, lex):
        text = comments.iat[position]
        if text not in seen:
            seen[text] = analyse_comment(text, rules, month_first=settings.month_first,
                                         default_lang=export.lang, lexicon=lex)
        records, non_pause = seen[text]
        update = comment_update(text, records, settings.imported_statuses, lex)
        rows.append(RowResult(_client(export, position, text), tuple(records), non_pause,
                              update))
    rows += _notes_in_other_columns(export, rules, settings, lex)
    result = Result(
        input_path=str(settings.export), input_sha256=export.sha256, as_of=settings.as_of,
        lang=lang, rows_read=int((export.data != "").any(axis=1).sum()),
        rows_with_comment=int((comments.str.strip() != "").sum()), rows=tuple(rows),
        columns={concept: export.headers[pos] for concept, pos in export.columns.items()},
    )
    check_reconciliation(result)
    meta = {"version": __version__, "generated": settings.generated}
    outputs, warnings = write_outputs(result, out_dir=settings.out_dir,
                                      imported=settings.imported_statuses, force=settings.force,
                                      meta=meta, lex=lex)
    return replace(result, outputs=outputs, warnings=result.warnings + tuple(warnings))
