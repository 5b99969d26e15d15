"""Command line: options -> one library call -> a summary. No logic lives here."""

from __future__ import annotations

import json
import sys
import time
from datetime import date, datetime
from pathlib import Path

import click

from . import __version__
from .errors import PasspauseError
from .models import ACTIONABLE, STATUSES, PauseRecord
from .write.labels import Labels

LABEL_LANGS = ("fr", "en", "de")


class _Command(click.Command):
    """Turns PasspauseError into one ``Error: ...`` line and exit code 2; bugs keep tracebacks."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PasspauseError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(2)


class _Progress:
    """One updating line on a terminal's stderr, so a big export visibly moves on."""

    def __init__(self):
        self.started = time.monotonic()
        self.width = 0

    def __call__(self, message: str) -> None:
        line = f"{message} ({time.monotonic() - self.started:.0f} s)"
        click.echo("\r" + line.ljust(self.width), err=True, nl=False)
        self.width = len(line)

    def clear(self) -> None:
        click.echo("\r" + " " * self.width + "\r", err=True, nl=False)


def _as_of(ctx, param, value):
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD.") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="passpause")
def main():
    """Turn a studio's client export into this week's pass and pack reactivations.

    \b
    Example:
      passpause run export-clients.xlsx --as-of 2025-11-24
      passpause parse "Pause à partir du 17 juin 2025 ; il reste 13 jours"
    """


@main.command(cls=_Command)
@click.argument("export", type=click.Path(path_type=Path))
@click.option("--as-of", "as_of", callback=_as_of, metavar="YYYY-MM-DD",
              help="Date the run is for (default: today).")
@click.option("--horizon", default=7, show_default=True, type=click.IntRange(0, 365),
              help="Days ahead that count as due.")
@click.option("--out", "out_dir", default="passpause-output", show_default=True,
              type=click.Path(path_type=Path), help="Folder for the worksheet and import file.")
@click.option("--include-open", is_flag=True,
              help="Also put open-ended pauses (no resume date) in the import file.")
@click.option("--month-first", is_flag=True, help="Read 06/07 as June 7 (US-style exports).")
@click.option("--count-resume-day", is_flag=True,
              help="Count the resume day as the first remaining day (validity ends a day "
                   "earlier).")
@click.option("--comment-column", metavar="NAME", help="Header of the comment column.")
@click.option("--lang", type=click.Choice(LABEL_LANGS),
              help="Language of the worksheet (default: that of the export's headers, "
                   "else English).")
@click.option("--force", is_flag=True, help="Replace the files of an earlier run for the same "
                                            "date.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a machine-readable summary instead of the human one.")
def run(export, as_of, horizon, out_dir, include_open, month_first, count_resume_day,
        comment_column, lang, force, as_json):
    """Read EXPORT (.xlsx, .xls, .ods, .csv, .txt) and write the reactivation worksheet and
    the import file.

    \b
    Example:
      passpause run examples/export-clients.xlsx --as-of 2025-11-24 --out reactivations
    """
    from .pipeline import Settings, run as run_pipeline

    progress = _Progress() if sys.stderr.isatty() else None
    settings = Settings(export=export, as_of=as_of, out_dir=out_dir, horizon=horizon,
                        include_open=include_open, month_first=month_first,
                        count_resume_day=count_resume_day, comment_column=comment_column,
                        lang=lang, force=force,
                        generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
                        progress=progress)
    try:
        result = run_pipeline(settings)
    finally:
        if progress:
            progress.clear()
    counts = result.counts
    warnings = [Labels("en").problem(w) for w in result.warnings]
    if as_json:
        click.echo(json.dumps({
            "input": str(export), "as_of": as_of.isoformat(), "rows_read": result.rows_read,
            "rows_with_comment": result.rows_with_comment,
            "pause_mentions": result.mention_rows, "non_pause_rows": result.non_pause_rows,
            "counts": counts, "reconciled": result.reconciled, "warnings": warnings,
            "outputs": result.outputs,
        }, indent=2, ensure_ascii=False))
        return
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"{result.rows_read} rows read. Comments mentioning a pause: "
               f"{result.mention_rows} ({result.statement_rows} with a pause statement, "
               f"{result.non_pause_rows} in another sense), all accounted for.")
    click.echo("  " + ", ".join(f"{counts[s]} {s}" for s in STATUSES))
    imported = sum(counts[s] for s in settings.imported_statuses)
    click.echo(f"Worksheet:   {result.outputs['worksheet']}")
    click.echo(f"Import file: {result.outputs['import']} ({imported} rows)")


@main.command(cls=_Command)
@click.argument("comment")
@click.option("--as-of", "as_of", callback=_as_of, metavar="YYYY-MM-DD",
              help="Date the reading is for (default: today).")
@click.option("--horizon", default=7, show_default=True, type=click.IntRange(0, 365))
@click.option("--month-first", is_flag=True, help="Read 06/07 as June 7.")
@click.option("--count-resume-day", is_flag=True,
              help="Count the resume day as the first remaining day.")
@click.option("--lang", type=click.Choice(LABEL_LANGS), default="en", show_default=True,
              help="Language of the explanations.")
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON.")
def parse(comment, as_of, horizon, month_first, count_resume_day, lang, as_json):
    """Show what passpause reads in one COMMENT: each pause with its dates, or why it needs
    review.

    \b
    Example:
      passpause parse "Pause à partir du 17 juin 2025 ; il reste 13 jours" --as-of 2025-07-01
    """
    from .pipeline import parse_comment

    records = parse_comment(comment, as_of=as_of, horizon=horizon, month_first=month_first,
                            count_resume_day=count_resume_day)
    labels = Labels(lang)
    described = [_describe(record, labels) for record in records]
    if as_json:
        click.echo(json.dumps({"as_of": as_of.isoformat(), "records": described},
                              indent=2, ensure_ascii=False))
        return
    if not described:
        click.echo("No pause statement in this comment.")
    for number, item in enumerate(described, start=1):
        click.echo(f"Pause {number}: {item['status']}")
        for key, value in item.items():
            if key != "status" and value not in ("", None, []):
                click.echo(f"  {key}: {value}")


def _describe(record: PauseRecord, labels) -> dict:
    st = record.statement
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    item = {
        "status": record.status, "text": st.text, "language": st.lang,
        "pause_start": iso(record.pause_start), "pause_end": iso(record.pause_end),
        "resume_date": iso(record.resume_date), "original_end": iso(record.original_end),
        "remaining": record.remaining.describe() if record.remaining else None,
        "remaining_days": record.remaining_days,
        "remaining_classes": st.remaining_classes,
        "new_valid_from": iso(record.new_valid_from),
        "new_valid_until": iso(record.new_valid_until),
        "product": st.product, "product_kind": record.product_kind,
        "reason": st.reason,
        "read": list(st.read), "assumed": list(st.assumed), "inferred": list(record.inferred),
        "warnings": [labels.problem(w) for w in record.warnings],
        "review_reasons": [labels.problem(p) for p in record.problems],
    }
    if record.status not in ACTIONABLE:
        for key in ("new_valid_from", "new_valid_until", "remaining_days"):
            item[key] = None
    return item


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
