"""Do two checkouts write the same outputs? For a change that must not change behaviour
(a refactoring): both read the bundled examples and two generated exports, and every
output is compared — the import file byte for byte, the calendar byte for byte but its
time stamps, the worksheet cell by cell but the moment it was generated.

    git worktree add /tmp/before main
    python benchmarks/same_outputs.py /tmp/before .

Prints one line per output and exits non-zero when any differs.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # as a script: the repository root

AS_OF = "2025-11-24"
_STAMP = re.compile(rb"^DTSTAMP:.*$", re.MULTILINE)


def inputs(folder: Path) -> list[Path]:
    """The bundled examples and a generated export in each format."""
    from benchmarks import generate

    examples = HERE.parent / "examples"
    return [examples / "export-clients.xlsx", examples / "kunden-export.csv",
            generate.export_path(folder, 3000, "csv"), generate.export_path(folder, 1000, "xlsx")]


def write_outputs(root: Path, export: Path, out: Path) -> None:
    """``passpause run`` of the checkout at ``root`` on ``export``, into ``out``."""
    env = dict(os.environ, PYTHONPATH=str(root))
    subprocess.run([sys.executable, "-m", "passpause", "run", str(export), "--as-of", AS_OF,
                    "--no-ledger", "--out", str(out)], env=env, cwd=root, check=True,
                   stdout=subprocess.DEVNULL)


def _cells(path: Path) -> dict[str, list[list]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
                for sheet in book.worksheets}
    finally:
        book.close()


def _without_generation_time(sheets: dict[str, list[list]]) -> dict[str, list[list]]:
    """The summary says when it was generated: that alone may differ."""
    return {name: [row for row in rows if not any(_generated(v) for v in row)]
            for name, rows in sheets.items()}


def _generated(value) -> bool:
    """The generation time, as text (older versions) or as a date and time of day."""
    if isinstance(value, str):
        return bool(_GENERATED.fullmatch(value))
    return hasattr(value, "hour") and (value.hour, value.minute) != (0, 0)


_GENERATED = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")


def same(before: Path, after: Path) -> bool:
    data = after.read_bytes()
    if after.suffix == ".ics":
        return _STAMP.sub(b"", before.read_bytes()) == _STAMP.sub(b"", data)
    if after.suffix == ".xlsx":
        return _without_generation_time(_cells(before)) == _without_generation_time(_cells(after))
    return before.read_bytes() == data


def compare(before_root: Path, after_root: Path, work: Path) -> list[str]:
    """One line per output: ``same`` or ``DIFFERS``, with its export and file name."""
    lines = []
    for export in inputs(work / "data"):
        outs = [work / side / export.name for side in ("before", "after")]
        for root, out in zip((before_root, after_root), outs):
            write_outputs(root, export, out)
        names = sorted({p.name for out in outs for p in out.iterdir()})
        for name in names:
            paths = [out / name for out in outs]
            verdict = "same" if all(p.exists() for p in paths) and same(*paths) else "DIFFERS"
            lines.append(f"{verdict:8} {export.name}/{name}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="the checkout before the change")
    parser.add_argument("after", type=Path, help="the checkout after it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        lines = compare(args.before.resolve(), args.after.resolve(), Path(work))
    print("\n".join(lines))
    return 1 if any(line.startswith("DIFFERS") for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
