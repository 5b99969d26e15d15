"""Measure passpause against its baselines, side by side in one run, and print the table.

    python benchmarks/run.py                      # 10k / 100k / 1M CSV, 1M CSV with
                                                  # distinct notes, 200k XLSX, parser
    python benchmarks/run.py --csv 10000 --xlsx 20000 --repeat 1

Every figure is a ratio against a baseline measured in the same run, because these
machines are noisy: whole processes for reading (time and peak memory), notes per
second for the parser. Targets: CSV <= 2.0x a bare pandas.read_csv (memory <= 2x),
XLSX <= 1.3x a bare fastexcel read to Arrow, parser >= 300x dateparser.search_dates.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # as a script: the repository root

from benchmarks.generate import export_path, pause_notes  # noqa: E402

AS_OF = "2025-11-24"
TARGETS = {"csv": 2.0, "xlsx": 1.3, "memory": 2.0, "parser": 300.0}
DETECTION_SAMPLE = 40


def measure(command: list[str], repeat: int) -> tuple[float, float]:
    """Median wall time (s) and peak resident memory (MB) of a whole process."""
    times, peaks = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - started)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
        process.stderr.close()
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def passpause_command(path: Path, out: Path) -> list[str]:
    # --no-ledger: a benchmark must not fill the user's run history
    # one folder per export: --force replaces only the same export's files
    return [sys.executable, "-m", "passpause", "run", str(path), "--as-of", AS_OF,
            "--out", str(out / path.stem), "--force", "--no-ledger"]


def bench_csv(rows: int, data: Path, out: Path, repeat: int, distinct: bool = False) -> dict:
    path = export_path(data, rows, "csv", distinct)
    base = measure([sys.executable, "-c", f"import pandas; pandas.read_csv({str(path)!r})"],
                   repeat)
    ours = measure(passpause_command(path, out), repeat)
    case = f"CSV {rows:,} rows" + (", every pause note distinct" if distinct else "")
    return {"case": case, "rows": rows, "baseline": "pandas.read_csv",
            "base": base, "ours": ours, "target": TARGETS["csv"]}


def bench_xlsx(rows: int, data: Path, out: Path, repeat: int) -> dict:
    path = export_path(data, rows, "xlsx")
    base = measure([sys.executable, "-c", "import fastexcel; fastexcel.read_excel("
                    f"{str(path)!r}).load_sheet(0).to_arrow()"], repeat)
    ours = measure(passpause_command(path, out), repeat)
    return {"case": f"XLSX {rows:,} rows", "rows": rows, "baseline": "fastexcel to Arrow",
            "base": base, "ours": ours, "target": TARGETS["xlsx"]}


def bench_parser(limit: int | None = None, seconds: float = 1.0,
                 detection_sample: int = DETECTION_SAMPLE) -> dict:
    """Notes per second: passpause.parse_comment against dateparser.search_dates."""
    import dateparser.search

    from passpause import parse_comment
    from passpause.lexicon import clear_caches

    notes = _notes_with_language()[:limit]
    as_of = date.fromisoformat(AS_OF)
    for note, _ in notes:  # warm both up: language data, compiled patterns
        parse_comment(note, as_of=as_of)
    dateparser.search.search_dates("17 juin 2025", languages=["fr"])

    started = time.perf_counter()
    for note, lang in notes:
        dateparser.search.search_dates(note, languages=[lang])
    theirs = (time.perf_counter() - started) / len(notes)
    # passpause finds each note's language itself; dateparser's own detection is the like
    # for like comparison (slow: a sample of the notes).
    sample = notes[:: max(1, len(notes) // max(1, detection_sample))][:detection_sample]
    started = time.perf_counter()
    for note, _ in sample:
        dateparser.search.search_dates(note)
    detecting = (time.perf_counter() - started) / len(sample) if sample else None

    rounds, spent = 0, 0.0
    while spent < seconds:
        clear_caches()  # every round parses cold, as the notes of a real export are new
        started = time.perf_counter()
        for note, _ in notes:
            parse_comment(note, as_of=as_of)
        spent += time.perf_counter() - started
        rounds += 1
    ours = spent / (rounds * len(notes))
    return {"notes": len(notes), "dateparser": theirs, "detecting": detecting,
            "passpause": ours, "ratio": theirs / ours,
            "ratio_detecting": detecting / ours if detecting else None,
            "target": TARGETS["parser"]}


def _notes_with_language() -> list[tuple[str, str]]:
    from benchmarks.corpus import CORPUS, HOLDOUT

    notes = [(entry[0], lang) for corpus in (CORPUS, HOLDOUT)
             for lang, entries in corpus.items() for entry in entries]
    known = {note for note, _ in notes}
    notes += [(note, "fr") for note in pause_notes() if note not in known]
    return notes


def table(rows: list[dict], parser: dict | None) -> str:
    lines = ["| case | baseline | baseline s | passpause s | ratio | target | "
             "baseline MB | passpause MB | memory ratio | µs per row |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        (base_s, base_mb), (ours_s, ours_mb) = row["base"], row["ours"]
        ratio = ours_s / base_s
        memory = f"{ours_mb / base_mb:.2f}" + (" (≤ 2.0)" if row["case"].startswith("CSV")
                                                 else "")
        lines.append(
            f"| {row['case']} | {row['baseline']} | {base_s:.2f} | {ours_s:.2f} | "
            f"{ratio:.2f} | ≤ {row['target']} {'✓' if ratio <= row['target'] else '✗'} | "
            f"{base_mb:.0f} | {ours_mb:.0f} | {memory} | {ours_s / row['rows'] * 1e6:.1f} |")
    if parser:
        target = parser["target"]
        lines += ["", "| parser | notes | dateparser ms/note | passpause ms/note | ratio | "
                      "target |", "|---|---:|---:|---:|---:|---:|"]
        for name, key, ratio in (("languages given", "dateparser", "ratio"),
                                 ("language detected", "detecting", "ratio_detecting")):
            if parser[ratio] is None:
                continue  # not measured (--detection-sample 0)
            lines.append(
                f"| parse_comment vs search_dates, {name} | {parser['notes']} | "
                f"{parser[key] * 1e3:.2f} | {parser['passpause'] * 1e3:.3f} | "
                f"{parser[ratio]:.0f} | ≥ {target:.0f} "
                f"{'✓' if parser[ratio] >= target else '✗'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--distinct", type=int, nargs="*", default=[1_000_000],
                        help="CSV sizes whose pause notes all differ (the pool repeats)")
    parser.add_argument("--xlsx", type=int, nargs="*", default=[200_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-parser", action="store_true")
    parser.add_argument("--notes", type=int, default=None, help="limit the parser's notes")
    parser.add_argument("--seconds", type=float, default=1.0,
                        help="how long the parser is timed, at least")
    parser.add_argument("--detection-sample", type=int, default=DETECTION_SAMPLE,
                        help="notes dateparser detects the language of (it is slow)")
    parser.add_argument("--data", type=Path, default=HERE / "data")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as out:
        rows = [bench_csv(n, args.data, Path(out), args.repeat) for n in args.csv]
        rows += [bench_csv(n, args.data, Path(out), args.repeat, distinct=True)
                 for n in args.distinct]
        rows += [bench_xlsx(n, args.data, Path(out), args.repeat) for n in args.xlsx]
    report = table(rows, None if args.no_parser else bench_parser(
        args.notes, args.seconds, args.detection_sample))
    print(report)
    return report


if __name__ == "__main__":
    main()
