"""Daily backups of the database, their rotation, and restoring one.

A backup is a consistent copy made with SQLite's online backup API (a plain file copy of a live
WAL database can miss data still in the ``-wal`` file, or catch a page mid-write). Files are
named ``kitdesk-YYYY-MM-DD.sqlite3`` by local day; a later backup the same day replaces that
day's file. Every file that lands in a final place is first written to a temporary file in the
same folder, synced and renamed over, so a crash never leaves half a backup or half a database.

Nothing here deletes a database the user might still need: the database replaced by a restore
goes to ``replaced/``, a damaged one to ``damaged/``; only rotation deletes, and only old backups
with our exact file name.

All functions expect the app to have closed its own connections to the database they move or
replace (on Windows an open file cannot be moved).
"""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from kitdesk.paths import DataFolder
from kitdesk.store.integrity import (
    SIDECAR_SUFFIXES,
    check_database_file,
    read_only_connection,
    sidecar,
)

BACKUP_PATTERN = re.compile(r"^kitdesk-(\d{4})-(\d{2})-(\d{2})\.sqlite3$")
REPLACED_DIR = "replaced"

KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12

MSG_BACKUP_SOURCE_MISSING = "Der er ingen database at tage en sikkerhedskopi af ({detail})."
MSG_BACKUP_FAILED = (
    "Sikkerhedskopien kunne ikke laves. Den forrige sikkerhedskopi er bevaret ({detail})."
)
MSG_BACKUP_DAMAGED_SOURCE = (
    "Sikkerhedskopien blev ikke gemt, fordi databasen ser ud til at være beskadiget. "
    "Den forrige sikkerhedskopi er bevaret ({detail})."
)
MSG_RESTORE_MISSING = "Sikkerhedskopien findes ikke ({detail})."
MSG_RESTORE_DAMAGED = (
    "Sikkerhedskopien kan ikke bruges, fordi den selv er beskadiget. "
    "Dine nuværende data er ikke ændret. Vælg en anden sikkerhedskopi ({detail})."
)
MSG_RESTORE_FAILED = (
    "Sikkerhedskopien kunne ikke lægges tilbage. Dine nuværende data er ikke ændret ({detail})."
)
MSG_RESTORE_HALFWAY = (
    "Sikkerhedskopien kunne ikke lægges på plads. Dine tidligere data er gemt uændret "
    "i filen {saved} ({detail})."
)


class BackupError(Exception):
    """A backup could not be made; the message is Danish and fit to show the user."""


class RestoreError(Exception):
    """A backup could not be restored; the message is Danish and fit to show the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    day: date
    size: int


def backup_name(day: date) -> str:
    return f"kitdesk-{day.isoformat()}.sqlite3"


def make_backup(db_path: Path, backups_dir: Path, today: date | None = None) -> Path:
    """Copy the database to ``backups_dir/kitdesk-<today>.sqlite3``, replacing today's file.

    The copy is checked before it replaces anything, so a damaged database never pushes out the
    good backup made earlier the same day. Raises ``BackupError`` (Danish message).
    """
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    day = today or date.today()
    if not db_path.is_file():
        raise BackupError(MSG_BACKUP_SOURCE_MISSING.format(detail=db_path.name))
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / backup_name(day)
    tmp = _temp_file_beside(target, ".kitdesk-backup-")
    try:
        # mode=rw: never create an empty database if the file vanished meanwhile.
        src = sqlite3.connect(db_path.absolute().as_uri() + "?mode=rw", uri=True)
        try:
            _copy_into(src, tmp)
        finally:
            src.close()
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(backups_dir)
    except _DamagedCopy as exc:
        _unlink_quietly(tmp)
        raise BackupError(MSG_BACKUP_DAMAGED_SOURCE.format(detail=exc)) from exc
    except (sqlite3.Error, OSError) as exc:
        _unlink_quietly(tmp)
        raise BackupError(MSG_BACKUP_FAILED.format(detail=_detail(exc))) from exc
    return target


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Our backup files in ``backups_dir``, newest day first; other files are ignored."""
    backups_dir = Path(backups_dir)
    if not backups_dir.is_dir():
        return []
    found = []
    for entry in backups_dir.iterdir():
        match = BACKUP_PATTERN.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            day = date(*(int(part) for part in match.groups()))
        except ValueError:  # e.g. kitdesk-2025-02-30.sqlite3: not one of ours
            continue
        found.append(BackupInfo(path=entry, day=day, size=entry.stat().st_size))
    found.sort(key=lambda info: info.day, reverse=True)
    return found


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check, or None."""
    for info in list_backups(backups_dir):
        if not check_database_file(info.path):
            return info
    return None


def rotate_backups(backups_dir: Path, today: date) -> list[Path]:
    """Thin out old backups; returns the files deleted.

    Keeps the newest backup of each of the last 7 days, of each of the last 4 ISO weeks (this
    week included) and of each of the last 12 calendar months (this month included). Also always
    keeps the newest backup of all, however old (after a long pause it is the only one left), and
    any dated after ``today`` (the clock was wrong; we cannot tell what is old). Files not named
    like our backups are never touched.
    """
    backups = list_backups(backups_dir)  # newest first, so the first hit per period is the newest
    if not backups:
        return []
    first_day = today - timedelta(days=KEEP_DAYS - 1)
    weeks = {(today - timedelta(weeks=n)).isocalendar()[:2] for n in range(KEEP_WEEKS)}
    months = {_month_back(today, n) for n in range(KEEP_MONTHS)}

    keep = {backups[0].path}
    weeks_seen: set[tuple[int, int]] = set()
    months_seen: set[tuple[int, int]] = set()
    for info in backups:
        if info.day > today or info.day >= first_day:
            keep.add(info.path)
        week = info.day.isocalendar()[:2]
        if week in weeks and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(info.path)
        month = (info.day.year, info.day.month)
        if month in months and month not in months_seen:
            months_seen.add(month)
            keep.add(info.path)

    deleted = []
    for info in backups:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
        except OSError:
            continue  # e.g. open in another program on Windows; next rotation tries again
        deleted.append(info.path)
    return deleted


def restore_backup(backup_file: Path, folder: DataFolder) -> Path | None:
    """Put ``backup_file`` in place of the folder's database.

    The current database (with its ``-wal``/``-shm``) is moved to ``replaced/`` as
    ``kitdesk-before-restore-YYYYmmdd-HHMMSS.sqlite3``, never deleted; its path is returned, or
    None if there was no database. Raises ``RestoreError`` (Danish message) and changes nothing
    if the backup is missing or damaged.
    """
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise RestoreError(MSG_RESTORE_MISSING.format(detail=backup_file.name))
    problems = check_database_file(backup_file)
    if problems:
        raise RestoreError(MSG_RESTORE_DAMAGED.format(detail=_inner_detail(problems[0])))

    folder.root.mkdir(parents=True, exist_ok=True)
    db_path = folder.db_path
    # Build the restored database completely before moving anything, so a failure here (full
    # disk, unreadable backup) leaves the current database where it was.
    tmp = _temp_file_beside(db_path, ".kitdesk-restore-")
    try:
        with read_only_connection(backup_file) as src:
            _copy_into(src, tmp)
        _fsync_file(tmp)
    except (_DamagedCopy, sqlite3.Error, OSError) as exc:
        _unlink_quietly(tmp)
        raise RestoreError(MSG_RESTORE_FAILED.format(detail=_detail(exc))) from exc

    try:
        set_aside = _move_database_files(
            db_path, folder.root / REPLACED_DIR, "kitdesk-before-restore"
        )
    except OSError as exc:
        _unlink_quietly(tmp)
        raise RestoreError(MSG_RESTORE_FAILED.format(detail=_detail(exc))) from exc
    # Nothing is left at db_path now: in particular no old -wal, whose frames SQLite would
    # otherwise replay onto the restored file and corrupt it.
    try:
        os.replace(tmp, db_path)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise RestoreError(
            MSG_RESTORE_HALFWAY.format(saved=set_aside or "-", detail=_detail(exc))
        ) from exc
    _fsync_dir(db_path.parent)
    return set_aside


def set_aside_damaged(folder: DataFolder) -> Path:
    """Move the damaged database (and its ``-wal``/``-shm``) into ``damaged/``, untouched.

    The name carries a timestamp and never overwrites an earlier file. Returns the new path.
    Raises ``FileNotFoundError`` if there is no database.
    """
    if not folder.db_path.exists():
        raise FileNotFoundError(2, "No database to set aside", str(folder.db_path))
    moved = _move_database_files(folder.db_path, folder.damaged, "kitdesk-damaged")
    assert moved is not None
    return moved


# --- helpers -------------------------------------------------------------------------------


class _DamagedCopy(Exception):
    """The fresh copy failed quick_check: its source is damaged."""


def _copy_into(src: sqlite3.Connection, target: Path) -> None:
    """Copy ``src`` into the (new, empty) file ``target`` and check the result."""
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        # The backup API copies the WAL flag from the source header; switch the copy back to a
        # rollback journal so it is one self-contained file that never needs a -wal beside it.
        dst.execute("PRAGMA journal_mode=DELETE").fetchone()
        result = [row[0] for row in dst.execute("PRAGMA quick_check(1)").fetchall()]
        if result != ["ok"]:
            raise _DamagedCopy(f"quick_check: {result[0]}")
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise _DamagedCopy(str(exc)) from exc
        raise
    finally:
        dst.close()


def _move_database_files(db_path: Path, target_dir: Path, stem: str) -> Path | None:
    """Move ``db_path`` and its sidecar files into ``target_dir`` under a new unique name.

    The sidecars keep SQLite's naming (``<name>-wal``), so opening the moved file still sees the
    data that was only in its WAL. Returns the new main path, or None if there was no main file
    (stray sidecars are still moved, never deleted).
    """
    sources = [db_path] + [sidecar(db_path, s) for s in SIDECAR_SUFFIXES]
    present = [p for p in sources if p.exists()]
    if not present:
        return None
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    new_main = _unique_name(target_dir, f"{stem}-{stamp}")
    # The main file goes last: should a move fail midway, the database stays at db_path with
    # whatever it still needs, and the error reaches the caller.
    for source in reversed(sources):
        if source.exists():
            suffix = source.name[len(db_path.name):]
            destination = new_main.with_name(new_main.name + suffix)
            if destination.exists():  # checked by _unique_name; never overwrite regardless
                raise FileExistsError(17, "Refusing to overwrite", str(destination))
            os.replace(source, destination)
    _fsync_dir(target_dir)
    _fsync_dir(db_path.parent)
    return new_main if db_path in present else None


def _unique_name(folder: Path, base: str) -> Path:
    for n in range(1, 10_000):
        name = f"{base}.sqlite3" if n == 1 else f"{base}-{n}.sqlite3"
        candidate = folder / name
        related = [candidate] + [sidecar(candidate, s) for s in SIDECAR_SUFFIXES]
        if not any(p.exists() for p in related):
            return candidate
    raise FileExistsError(17, "No free file name", str(folder / base))


def _temp_file_beside(target: Path, prefix: str) -> Path:
    # Same folder as the target, so os.replace is a rename on one file system (atomic).
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    os.close(fd)
    return Path(name)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    # Makes a rename durable on POSIX. Windows cannot open a folder this way (and does not need
    # to); some file systems refuse it too — the rename itself has still happened.
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
    for suffix in SIDECAR_SUFFIXES:
        with contextlib.suppress(OSError):
            sidecar(path, suffix).unlink()


def _month_back(day: date, n: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) - n
    return index // 12, index % 12 + 1


def _detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _inner_detail(problem: str) -> str:
    """The technical part in parentheses at the end of an integrity message."""
    # Every integrity message ends " (detail)." and has no parenthesis before the detail; the
    # detail itself may contain some, so cut at the first one.
    if problem.endswith(").") and "(" in problem:
        return problem[problem.index("(") + 1 : -2]
    return problem
