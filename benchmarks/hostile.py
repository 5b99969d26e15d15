"""Hostile inputs: does passpause stay linear where an export is odd, and bounded?

    python benchmarks/hostile.py                  # 128 MB inflated workbook, a cell with
                                                  # 10,000 notes, a CSV cell of 5 MB
    python benchmarks/hostile.py --inflate-mb 16 --notes 1000 --cell-mb 1

Each case against a baseline measured in the same run (these machines are noisy):

- a small workbook whose sheet unpacks to many MB before its first row, against only
  unpacking that sheet (zipfile): the ratio stays flat as the size grows, where the head
  reader's time once grew with its square (6 minutes for 128 MB);
- one cell holding N pause notes, against the same N notes in N cells: linear when the
  ratio stays near 1 as N grows (it was 73 s for 10,000);
- a long note whose numbers are written as words, against its first entry parsed as often;
- a CSV with one cell of several MB, against pandas.read_csv of the same file.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # as a script: the repository root

from benchmarks.run import AS_OF, measure, passpause_command  # noqa: E402

NOTE = "Pause du {d:02d}/{m:02d}/2024 au {d:02d}/{m:02d}/2024, il reste 3 jours"


def inflated_workbook(path: Path, megabytes: int) -> Path:
    import xlsxwriter

    plain = path.with_suffix(".plain.xlsx")
    book = xlsxwriter.Workbook(str(plain))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["N° client", "Prénom", "Nom", "E-mail", "Commentaire"])
    sheet.write_row(1, 0, ["A1", "Léa", "Martin", "lea@example.fr",
                           "Pause du 03/11 au 16/11/2025, il reste 12 jours"])
    book.close()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w",
                                                           zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (megabytes << 20))
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    plain.unlink()
    return path


def bench_inflated(folder: Path, megabytes: int, repeat: int) -> dict:
    path = inflated_workbook(folder / f"inflated_{megabytes}.xlsx", megabytes)
    base = measure([sys.executable, "-c", "import zipfile; zipfile.ZipFile("
                    f"{str(path)!r}).read('xl/worksheets/sheet1.xml')"], repeat)
    ours = measure(passpause_command(path, folder), repeat)
    return {"case": f"XLSX of {path.stat().st_size // 1000} kB unpacking to {megabytes} MB",
            "baseline": "unpacking the sheet (zipfile)", "base": base[0], "ours": ours[0]}


def _notes(count: int) -> list[str]:
    return [NOTE.format(d=1 + i % 28, m=1 + i % 12) for i in range(count)]


def bench_cell(count: int) -> dict:
    """In this process: the notes as one cell, and as as many cells."""
    from passpause import dates
    from passpause.lexicon import clear_caches
    from passpause.notes import analyse_comment

    rules = dates.Rules(as_of=date.fromisoformat(AS_OF))
    notes = _notes(count)
    clear_caches()
    started = time.perf_counter()
    for note in notes:
        analyse_comment(note, rules)
    base = time.perf_counter() - started
    clear_caches()
    started = time.perf_counter()
    analyse_comment("\n".join(notes), rules)
    ours = time.perf_counter() - started
    return {"case": f"one cell holding {count:,} pause notes",
            "baseline": f"the same notes in {count:,} cells", "base": base, "ours": ours}


def bench_spelled(count: int) -> dict:
    """A long note whose numbers are words (``deux séances``): the words are mapped back to
    the note's text sentence by sentence (it once cost the cube of the note's length)."""
    from passpause import dates
    from passpause.lexicon import clear_caches
    from passpause.notes import analyse_comment

    rules = dates.Rules(as_of=date.fromisoformat(AS_OF))
    entry = "Client a appelé, deux séances à rattraper, rappeler. "
    head = "Pause du 01/11/2025 au 30/11/2025, il reste treize jours. "
    clear_caches()
    started = time.perf_counter()
    for _ in range(count):
        analyse_comment(head + entry, rules)
    base = time.perf_counter() - started
    clear_caches()
    started = time.perf_counter()
    analyse_comment(head + entry * count, rules)
    ours = time.perf_counter() - started
    return {"case": f"one note of {len(head + entry * count) // 1000} kB with number words",
            "baseline": f"its first entry, {count:,} times", "base": base, "ours": ours}


def bench_long_cell(folder: Path, megabytes: int, repeat: int) -> dict:
    path = folder / f"long_cell_{megabytes}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["N° client", "Prénom", "Nom", "E-mail", "Commentaire"])
        writer.writerow(["A1", "Léa", "Martin", "lea@example.fr",
                         "Note sans rapport. " * (megabytes * 55_000)
                         + "\nPause du 03/11 au 16/11/2025, il reste 12 jours"])
        for i in range(1000):
            writer.writerow([f"B{i}", "Paul", "Roy", f"p{i}@example.fr", "Allergique"])
    base = measure([sys.executable, "-c", f"import pandas; pandas.read_csv({str(path)!r})"],
                   repeat)
    ours = measure(passpause_command(path, folder), repeat)
    return {"case": f"CSV with one cell of {megabytes} MB", "baseline": "pandas.read_csv",
            "base": base[0], "ours": ours[0]}


def table(rows: list[dict]) -> str:
    lines = ["| case | baseline | baseline s | passpause s | ratio |", "|---|---|---:|---:|---:|"]
    lines += [f"| {r['case']} | {r['baseline']} | {r['base']:.2f} | {r['ours']:.2f} | "
              f"{r['ours'] / max(r['base'], 1e-9):.1f} |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inflate-mb", type=int, nargs="*", default=[32, 128])
    parser.add_argument("--notes", type=int, nargs="*", default=[2_500, 10_000])
    parser.add_argument("--cell-mb", type=int, nargs="*", default=[5])
    parser.add_argument("--spelled", type=int, nargs="*", default=[400])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        rows = [bench_inflated(folder, mb, args.repeat) for mb in args.inflate_mb]
        rows += [bench_cell(count) for count in args.notes]
        rows += [bench_spelled(count) for count in args.spelled]
        rows += [bench_long_cell(folder, mb, args.repeat) for mb in args.cell_mb]
    report = table(rows)
    print(report)
    return report


if __name__ == "__main__":
    main()
