"""The output folder holds one complete set of a run's files, the earlier one or the new one.

A run writes its files into a staging folder inside the output folder, then swaps them in:

1. a journal (``.passpause-swap.json``) names the staging folder and the files; from the
   moment it exists the new set is complete and the swap only ever goes forward;
2. the earlier set's files move aside into a backup folder (on Windows, a file Excel holds
   open refuses to move: the swap stops there and undoes itself, nothing replaced);
3. the new files move in; the journal and the backup are removed.

A run killed before the journal leaves the earlier set as it was (and a staging folder
the next run removes); killed after it, the next run, or ``recover``, finishes the swap
before doing anything else. A lock (``.passpause.lock``, an operating-system lock that dies
with its process) keeps two runs from writing one folder at once.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import OutputError

JOURNAL = ".passpause-swap.json"
LOCK = ".passpause.lock"
STAGING_PREFIX = ".passpause-staging-"
BACKUP_PREFIX = ".passpause-backup-"
LOCK_WAIT_SECONDS = 10


@contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Only this run writes ``out_dir`` while inside; another waits a few seconds, then
    stops with an ``Error:``."""
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path(out_dir), timeout=LOCK_WAIT_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise OutputError(f"Another passpause run is writing to '{out_dir}' right now. Wait "
                          "for it to finish, or use another --out folder.",
                          key="error_another_run", folder=str(out_dir)) from None
    except OSError as exc:
        raise OutputError(f"Cannot write to '{out_dir}' ({exc.strerror}).") from None
    try:
        recover(out_dir)
        yield
    finally:
        lock.release()


def lock_path(out_dir: Path) -> Path:
    """The lock lives in the output folder itself: every run that writes there sees it,
    whatever its temporary folder (a service with its own /tmp, another user)."""
    return out_dir / LOCK


def recover(out_dir: Path) -> None:
    """Finish a swap a killed run left half done; remove what killed runs left behind."""
    journal = out_dir / JOURNAL
    if journal.exists():
        staging, backup, names, stale = _plan(journal, out_dir)
        for name in names:  # forward: every new file is in staging or already in place
            if (staging / name).exists():
                os.replace(staging / name, out_dir / name)
        for name in stale:
            (out_dir / name).unlink(missing_ok=True)
        journal.unlink()
        shutil.rmtree(backup, ignore_errors=True)
    (out_dir / (JOURNAL + ".new")).unlink(missing_ok=True)  # a journal never finished
    for leftover in out_dir.glob(".passpause-*-*"):
        if leftover.is_dir() and leftover.name.startswith((STAGING_PREFIX, BACKUP_PREFIX)):
            shutil.rmtree(leftover, ignore_errors=True)


def _plan(journal: Path, out_dir: Path) -> tuple[Path, Path, list[str], list[str]]:
    """The journal's plan, trusted only as far as it names our own folders and plain file
    names inside the output folder: a journal someone wrote by hand deletes nothing else."""
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        staging, backup = plan["staging"], plan["backup"]
        names, stale = list(plan["files"]), list(plan["stale"])
        plain = all(isinstance(n, str) and n and Path(n).name == n and n not in (".", "..")
                    for n in names + stale + [staging, backup])
        ours = staging.startswith(STAGING_PREFIX) and backup.startswith(BACKUP_PREFIX)
        if not (plain and ours):
            raise ValueError("not a plan passpause writes")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise OutputError(f"'{journal}' is damaged: passpause cannot tell whether the "
                          f"files in '{out_dir}' are complete. Delete that file and run "
                          "again with --force.") from None
    return out_dir / staging, out_dir / backup, names, stale


def write_set(out_dir: Path, files: dict[str, Callable[[Path], None]],
              stale: tuple[str, ...] = ()) -> None:
    """Write each file (name -> writer of a path) and swap them in as one set; ``stale``:
    files of the earlier set that the new one no longer has, removed with the swap."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        for name, write in files.items():
            write(staging / name)
        for name in files:  # mkdtemp made the folder for its owner only; files keep umask
            os.chmod(staging / name, 0o666 & ~_umask())
        _fsync(staging, files)
        _swap(out_dir, staging, list(files), [n for n in stale if (out_dir / n).exists()])
    finally:
        if not (out_dir / JOURNAL).exists():  # else the next run finishes the swap from it
            shutil.rmtree(staging, ignore_errors=True)


def _swap(out_dir: Path, staging: Path, names: list[str], stale: list[str]) -> None:
    backup = Path(tempfile.mkdtemp(prefix=BACKUP_PREFIX, dir=out_dir))
    journal = out_dir / JOURNAL
    moved: list[str] = []  # earlier files moved aside, to put back if the swap fails
    placed: list[str] = []
    _write_journal(journal, {"staging": staging.name, "backup": backup.name,
                             "files": names, "stale": stale})
    try:
        for name in [n for n in names if (out_dir / n).exists()] + stale:
            try:
                os.replace(out_dir / name, backup / name)
            except PermissionError:
                raise OutputError(
                    f"'{out_dir / name}' cannot be replaced: it is probably open in Excel or "
                    "another program. Close it and run again; no file was changed.",
                    key="error_file_open", path=str(out_dir / name)) from None
            moved.append(name)
        for name in names:
            os.replace(staging / name, out_dir / name)
            placed.append(name)
    except BaseException:
        try:  # undo: the earlier set back as it was
            for name in reversed(placed):
                os.replace(out_dir / name, staging / name)
            for name in reversed(moved):
                os.replace(backup / name, out_dir / name)
        except OSError:
            # the undo failed too: the journal stays, with the complete new set in staging
            # and out_dir, and the next run finishes the swap forward from it
            raise
        journal.unlink(missing_ok=True)
        shutil.rmtree(backup, ignore_errors=True)
        raise
    journal.unlink()
    shutil.rmtree(backup, ignore_errors=True)


def _write_journal(journal: Path, plan: dict) -> None:
    temporary = journal.with_name(journal.name + ".new")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(plan, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, journal)


def _fsync(folder: Path, names) -> None:
    """The new files are on disk before the journal says they are complete."""
    for name in names:
        with (folder / name).open("rb") as handle:
            os.fsync(handle.fileno())


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
