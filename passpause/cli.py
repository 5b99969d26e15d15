"""Command line: options -> one library call -> a summary. No logic lives here."""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date, datetime
from pathlib import Path

import click

from .version import __version__
from .errors import PasspauseError
from .models import ACTIONABLE, STATUSES, PauseRecord
from .write.labels import Labels, languages

LABEL_LANGS = languages()  # the columns of labels.csv
# Exit codes: 0 done; 1 a bug stopped the run; 2 bad input or options (one "Error:" line);
# 3 done, but some notes met a bug in passpause and went to review (see the error log).
INTERNAL_ERRORS = 3


class _Command(click.Command):
    """Turns PasspauseError into one ``Error: ...`` line and exit code 2; bugs keep tracebacks."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PasspauseError as exc:
            labels = Labels(_error_lang(ctx))
            click.echo(labels["error_prefix"].format(
                text=labels.error(exc, as_raised_in_english=True)), err=True)
            ctx.exit(2)
        except OSError as exc:  # the system refused a path: too long, read-only, no such
            where = f" '{exc.filename}'" if exc.filename else ""
            click.echo(f"Error: the system refused{where} ({exc.strerror or exc}). Check the "
                       "path, its length and that you may write there.", err=True)
            ctx.exit(2)
        except UnicodeError:  # a file name in a byte encoding this system cannot show
            click.echo("Error: a file name has characters this system cannot read. Rename "
                       "the file with plain letters and try again.", err=True)
            ctx.exit(2)


def _error_lang(ctx) -> str:
    """The language of an Error: line: --lang, else the system's, else English."""
    from .write.labels import system_lang

    return ctx.params.get("lang") or system_lang() or "en"


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
    from .dates import check_as_of

    try:
        as_of = date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD.") from None
    if check_as_of(as_of):
        raise click.BadParameter(check_as_of(as_of))
    return as_of


class _Group(click.Group):
    """A mistake in the options is one ``Error:`` line too (the command's --help says the
    rest), not click's usage block."""

    def main(self, *args, **kwargs):
        kwargs.pop("standalone_mode", None)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            hint = f" See '{exc.ctx.command_path} --help'." if exc.ctx else ""
            click.echo(f"Error: {exc.format_message()}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)  # ctx.exit(n) returns n here


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="passpause")
def main():
    """Turn a studio's client export into this week's pass and pack reactivations.

    \b
    Example:
      passpause run export-clients.xlsx --as-of 2025-11-24
      passpause parse "Pause à partir du 17 juin 2025 ; il reste 13 jours"
    """
    _tolerant_console()


def _tolerant_console() -> None:
    """A console that cannot show every character (a Windows code page) gets a "?" in
    its place, never a crash in the middle of a summary."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError, OSError):
            pass  # not a text console (a test runner's buffer, a pipe already set up)


@main.command(cls=_Command)
@click.argument("exports", nargs=-1, required=True, type=click.Path(path_type=Path),
                metavar="EXPORT...")
@click.option("--as-of", "as_of", callback=_as_of, metavar="YYYY-MM-DD",
              help="Date the run is for (default: today).")
@click.option("--horizon", default=None, type=click.IntRange(0, 365),
              help="Days ahead that count as due (default: passpause.toml, else 7).")
@click.option("--out", "out_dir", default="passpause-output", show_default=True,
              type=click.Path(path_type=Path),
              help="Folder for the files (with several exports, one subfolder each).")
@click.option("--include-open", is_flag=True,
              help="Also put open-ended pauses (no resume date) in the import file.")
@click.option("--month-first/--day-first", "month_first", default=None,
              help="Read 06/07 as June 7 (US-style exports), or as 6 July (the default).")
@click.option("--count-resume-day/--count-after-resume-day", "count_resume_day", default=None,
              help="Count the resume day as the first remaining day (validity ends a day "
                   "earlier), or not (the default).")
@click.option("--config", "config_path", type=click.Path(path_type=Path), metavar="PATH",
              help="The studio's configuration (default: passpause.toml in this folder).")
@click.option("--comment-column", "comment_columns", metavar="NAME", multiple=True,
              help="A note column to read for pauses; repeat it for several (default: every "
                   "Comment, Note and Warning column found).")
@click.option("--id-column", metavar="NAME",
              help="The customer-number column, when passpause does not know its name.")
@click.option("--lang", type=click.Choice(LABEL_LANGS),
              help="Language of the worksheet (default: that of the export's headers, "
                   "else English).")
@click.option("--force", is_flag=True, help="Replace the worksheet, import file and calendar of "
                                            "an earlier run of the same export for the same "
                                            "date (never another export's).")
@click.option("--ledger", "ledger", type=click.Path(path_type=Path), metavar="PATH",
              help="The run ledger (default: $PASSPAUSE_LEDGER, else a file in your user "
                   "data folder).")
@click.option("--no-ledger", is_flag=True, help="Keep no record of this run.")
@click.option("--studio", default=None, metavar="NAME",
              help="Whose export this is, for comparing with earlier runs (default: none; "
                   "with several exports, each file's name).")
@click.option("--json", "as_json", is_flag=True,
              help="Print a machine-readable summary instead of the human one.")
def run(exports, as_of, horizon, out_dir, include_open, month_first, count_resume_day,
        config_path, comment_columns, id_column, lang, force, ledger, no_ledger, studio,
        as_json):
    """Read each EXPORT (.xlsx, .xls, .ods, .csv, .txt) and write its reactivation worksheet,
    import file and calendar.

    \b
    Examples:
      passpause run examples/export-clients.xlsx --as-of 2025-11-24 --out reactivations
      passpause run exports/*.xlsx --as-of 2025-11-24
    """
    from .config import find_config
    from .pipeline import Settings, no_cyclic_gc, run_each

    if studio and len(exports) > 1:
        raise click.UsageError("--studio names one export; with several, each file's name "
                               "is its studio.")
    from .read import lock_kind, lock_of

    locks = [export for export in exports if lock_of(export)]
    if locks and len(locks) < len(exports):  # "exports/*" while one is open in Excel
        for lock in locks:
            click.echo(f"Skipped {lock.name}: {lock_kind(lock)} (made while "
                       f"{lock_of(lock)} is open), not an export.", err=True)
        exports = tuple(export for export in exports if export not in locks)
    progress = _Progress() if sys.stderr.isatty() else None
    common = Settings(
        export=exports[0], as_of=as_of, out_dir=out_dir, horizon=horizon,
        include_open=include_open, month_first=month_first, count_resume_day=count_resume_day,
        comment_columns=comment_columns, id_column=id_column, lang=lang, force=force,
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"), progress=progress,
        ledger=None if no_ledger else (ledger or _default_ledger()), studio=studio or "",
        config=find_config(config_path))  # options left unset come from the configuration
    try:
        with no_cyclic_gc():  # this process does nothing else: the collector can rest
            results, failed = run_each(common, list(exports))
    finally:
        if progress:
            progress.clear()
    if as_json:
        summaries = [_json_summary(settings, result) for settings, result in results]
        click.echo(json.dumps(summaries[0] if len(exports) == 1 else summaries, indent=2,
                              ensure_ascii=False))
    else:
        for settings, result in results:
            if len(exports) > 1:
                click.echo(f"== {settings.export.name}")
            _human_summary(settings, result)
        if len(exports) > 1 and results:
            _combined_summary(results)
    labels = Labels(_error_lang(click.get_current_context()))
    for export, error in failed:
        text = labels.error(error, as_raised_in_english=True)
        click.echo(labels["error_prefix"].format(text=f"{export.name}: {text}"), err=True)
    if failed:
        click.get_current_context().exit(2)
    if any(result.internal_errors for _, result in results):
        click.get_current_context().exit(INTERNAL_ERRORS)


def _default_ledger() -> Path:
    from .ledger import default_path

    return Path(os.environ["PASSPAUSE_LEDGER"]) if os.environ.get("PASSPAUSE_LEDGER") \
        else default_path()


def _json_summary(settings, result) -> dict:
    changes = result.changes
    return {
        "input": str(settings.export), "as_of": settings.as_of.isoformat(),
        "rows_read": result.rows_read, "rows_with_comment": result.rows_with_comment,
        "pause_mentions": result.mention_rows, "non_pause_rows": result.non_pause_rows,
        "counts": result.counts, "reconciled": result.reconciled,
        "columns": result.by_field(), "clients_identified_by": result.identified_by,
        "warnings": [Labels("en").problem(w) for w in result.warnings],
        "since_last_run": None if changes is None or changes.previous is None else {
            "previous_as_of": changes.previous.as_of, "new": len(changes.new),
            "closed_since": len(changes.closed_since), "gone": len(changes.gone),
            "disappeared_clients": len(changes.disappeared),
            "still_overdue": len(changes.overdue_runs)},
        "overdue_two_weeks_or_more": result.long_overdue,
        "outputs": result.outputs,
    }


def _human_summary(settings, result) -> None:
    """The run in a few lines, in the run's interface language."""
    labels = Labels(result.lang)
    number = labels.number
    counts = result.counts
    for warning in result.warnings:
        click.echo(labels["console_warning"].format(text=labels.problem(warning)), err=True)
    click.echo(labels["console_rows"].format(
        rows=number(result.rows_read), mentions=number(result.mention_rows),
        statements=number(result.statement_rows), other=number(result.non_pause_rows)))
    for column in result.by_field():
        if column["kind"] == "note" or column["mentions"]:
            kind = labels["note_field" if column["kind"] == "note" else "console_kind_other"]
            click.echo(labels["console_column"].format(
                column=column["column"], kind=kind, cells=number(column["cells"]),
                mentions=number(column["mentions"]), read=number(column["statements"]),
                review=number(column["review"]), other=number(column["other_sense"])))
    if result.identified_by == "email":
        click.echo(labels["console_by_email"])
    click.echo("  " + ", ".join(f"{number(counts[s])} {_inline(labels[s])}" for s in STATUSES))
    changes = result.changes
    if changes is not None and changes.previous is not None:
        click.echo(labels["console_since"].format(
            date=labels.date(date.fromisoformat(changes.previous.as_of)),
            new=len(changes.new), closed=len(changes.closed_since), gone=len(changes.gone),
            disappeared=len(changes.disappeared), overdue=len(changes.overdue_runs)))
    long_overdue = result.long_overdue
    if long_overdue:
        click.secho(labels["console_long_overdue"].format(count=long_overdue), bold=True)
    imported = sum(counts[s] for s in settings.imported_statuses)
    titles = {name: labels[f"title_{name}"] for name in result.outputs}
    width = max(len(title) for title in titles.values()) + 2
    for name, path in result.outputs.items():
        rows = ""
        if name == "import":
            rows = " " + (labels["console_import_row"] if imported == 1 else
                          labels["console_import_rows"].format(count=number(imported)))
        click.echo(f"{titles[name] + ':':<{width}}{path}{rows}")


def _inline(label: str) -> str:
    """A heading as words inside a sentence: its first letter small ("à faire", "ohne
    Enddatum"), the rest as written."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _combined_summary(results) -> None:
    labels = Labels(results[0][1].lang)
    click.echo(labels["console_all"].format(count=len(results)))
    totals = {s: sum(r.counts[s] for _, r in results) for s in STATUSES}
    rows = sum(r.rows_read for _, r in results)
    click.echo(labels["console_total"].format(rows=labels.number(rows), counts=", ".join(
        f"{labels.number(totals[s])} {_inline(labels[s])}" for s in STATUSES)))


@main.command(cls=_Command)
@click.option("--port", default=0, type=click.IntRange(0, 65535),
              help="The port to listen on (default: a free one).")
@click.option("--no-browser", is_flag=True, help="Do not open the browser.")
@click.option("--max-upload-mb", default=200, show_default=True, type=click.IntRange(1, 4096),
              help="The largest upload accepted, in MB.")
@click.option("--ledger", "ledger", type=click.Path(path_type=Path), metavar="PATH",
              help="The run ledger (default: $PASSPAUSE_LEDGER, else your user data folder).")
@click.option("--no-ledger", is_flag=True, help="Keep no history of runs.")
def serve(port, no_browser, max_upload_mb, ledger, no_ledger):
    """The weekly run in a page of your browser, on this computer only: drop the export,
    read the result, copy the dates, download the files. Ctrl+C stops it and removes
    every file it made.

    \b
    Example:
      passpause serve
    """
    from .web import serve as run_server

    try:
        run_server(port, open_browser=not no_browser, max_upload_mb=max_upload_mb,
                   ledger=None if no_ledger else (ledger or _default_ledger()),
                   started=lambda address: click.echo(
                       f"passpause is open at {address} (Ctrl+C to stop)."))
    except OSError as exc:
        raise PasspauseError(f"Cannot listen on port {port} ({exc.strerror}). Choose another "
                             "with --port.") from None


@main.command(cls=_Command)
@click.option("--lang", type=click.Choice(LABEL_LANGS), default="en", show_default=True,
              help="Language of the template's comments.")
@click.option("--force", is_flag=True, help="Replace an existing passpause.toml.")
def init(lang, force):
    """Write a commented passpause.toml in this folder: products, rules, pause policy and
    import profile, ready to fill in.

    \b
    Example:
      passpause init --lang fr
    """
    from .config import load_config, write_template

    path = write_template(Path.cwd(), lang, force)
    load_config(path)  # the template must always be a valid configuration
    click.echo(f"Wrote {path}. Edit it, then run passpause from this folder.")


@main.command(cls=_Command)
@click.option("--ledger", "ledger", type=click.Path(path_type=Path), metavar="PATH",
              help="The run ledger (default: $PASSPAUSE_LEDGER, else your user data folder).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1),
              help="How many runs to show.")
def history(ledger, limit):
    """List the earlier runs, newest first, with their counts.

    \b
    Example:
      passpause history --limit 5
    """
    from .ledger import Ledger

    path = ledger or _default_ledger()
    if not path.exists():
        click.echo(f"No runs recorded yet (ledger: {path}).")
        return
    found = Ledger(path, read_only=True)  # looking never waits for a writer, nor migrates
    runs = (found if found.readable else Ledger(path)).runs(limit)
    if not runs:
        click.echo(f"No runs recorded yet (ledger: {path}).")
        return
    header = ["as of", "run at", "export", "studio"] + list(STATUSES)
    table = [[r.as_of, r.created_at.replace("T", " "), r.input_name, r.studio or "-"]
             + [str(r.counts.get(s, 0)) for s in STATUSES] for r in runs]
    widths = [max(len(str(c)) for c in column) for column in zip(header, *table)]
    for line in [header] + table:
        click.echo("  ".join(str(c).ljust(w) for c, w in zip(line, widths)).rstrip())


@main.command(cls=_Command)
@click.argument("comment")
@click.option("--as-of", "as_of", callback=_as_of, metavar="YYYY-MM-DD",
              help="Date the reading is for (default: today).")
@click.option("--horizon", type=click.IntRange(0, 365),
              help="Days ahead that count as due (default: the configuration's, else 7).")
@click.option("--month-first", is_flag=True, default=None, help="Read 06/07 as June 7.")
@click.option("--count-resume-day", is_flag=True, default=None,
              help="Count the resume day as the first remaining day.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), metavar="PATH",
              help="The studio's configuration (default: passpause.toml in this folder), "
                   "read as 'run' reads it: the same note gives the same record.")
@click.option("--lang", type=click.Choice(LABEL_LANGS), default="en", show_default=True,
              help="Language of the explanations.")
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON.")
def parse(comment, as_of, horizon, month_first, count_resume_day, config_path, lang, as_json):
    """Show what passpause reads in one COMMENT: each pause with its dates, or why it needs
    review.

    \b
    Example:
      passpause parse "Pause à partir du 17 juin 2025 ; il reste 13 jours" --as-of 2025-07-01
    """
    from .notes import analyse_comment
    from .config import find_config
    from .pipeline import Settings

    settings = Settings(Path(), as_of, horizon=horizon, month_first=month_first,
                        count_resume_day=count_resume_day, config=find_config(config_path))
    records, _ = analyse_comment(comment, settings.rules, month_first=settings.reads_month_first)
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
        "words_not_understood": list(st.unread),
        "warnings": [labels.problem(w) for w in record.warnings],
        "review_reasons": [labels.problem(p) for p in record.problems],
    }
    if record.status not in ACTIONABLE:
        for key in ("new_valid_from", "new_valid_until", "remaining_days"):
            item[key] = None
    return item


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
