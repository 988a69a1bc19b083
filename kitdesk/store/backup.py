"""Daily backups of the database and their rotation (restoring one: ``restore.py``).

A backup is a consistent copy made with SQLite's online backup API (a plain file copy of a live
WAL database can miss data still in the ``-wal`` file, or catch a page mid-write). Files are
named ``kitdesk-YYYY-MM-DD.sqlite3`` by local day; a later backup the same day replaces that
day's file. Every file that lands in a final place is first written to a temporary file in the
same folder, synced and renamed over, so a crash never leaves half a backup or half a database.

Only rotation deletes, and only old backups with our exact file name.

A temporary copy is marked in use while it is written (``lock.marked_in_use``); one that a crash
left behind is removed at the next start (``opening.remove_copy_leftovers``).
"""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kitdesk.domain.dates import local_today
from kitdesk.paths import BACKUP_TEMP_PREFIX, PRIVATE_DIR_MODE, TEMP_SUFFIX
from kitdesk.store.db import Connection, DatabaseErrors, Errors, because, connect
from kitdesk.store.integrity import SIDECAR_SUFFIXES, sidecar
from kitdesk.store.lock import marked_in_use

BACKUP_PATTERN = re.compile(r"^kitdesk-(\d{4})-(\d{2})-(\d{2})\.sqlite3$")
REPLACED_DIR = "replaced"

KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12

MSG_BACKUP_SOURCE_MISSING = "Der er ingen database at tage en sikkerhedskopi af ({detail})."
MSG_BACKUP_FAILED = "Sikkerhedskopien kunne ikke laves{because}. Den forrige sikkerhedskopi er bevaret."
MSG_BACKUP_DAMAGED_SOURCE = (
    "Sikkerhedskopien blev ikke gemt, fordi databasen ser ud til at være beskadiget. "
    "Den forrige sikkerhedskopi er bevaret ({detail})."
)
class BackupError(Exception):
    """A backup could not be made; the message is Danish and fit to show the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    day: date
    size: int


def backup_name(day: date) -> str:
    return f"kitdesk-{day.isoformat()}.sqlite3"


def make_backup(db_path: Path, backups_dir: Path, today: date | None = None, *, key: bytes | None) -> Path:
    """Copy the database to ``backups_dir/kitdesk-<today>.sqlite3``, replacing today's file.

    The copy is checked before it replaces anything, so a damaged database never pushes out the
    good backup made earlier the same day. It is encrypted with the same `key` as the database (the
    backup API copies pages between two connections with one key). Raises ``BackupError``.
    """
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    day = today or local_today()
    if not db_path.is_file():
        raise BackupError(MSG_BACKUP_SOURCE_MISSING.format(detail=db_path.name))
    backups_dir.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    target = backups_dir / backup_name(day)
    try:
        tmp = _temp_file_beside(target, BACKUP_TEMP_PREFIX)
    except OSError as exc:
        raise BackupError(MSG_BACKUP_FAILED.format(because=because(exc, backups_dir))) from exc
    try:
        with marked_in_use(tmp):
            # mode=rw: never create an empty database if the file vanished meanwhile.
            src = connect(db_path.absolute().as_uri() + "?mode=rw", key, uri=True)
            try:
                _copy_into(src, tmp, key)
            finally:
                src.close()
            _fsync_file(tmp)
            os.replace(tmp, target)
        _fsync_dir(backups_dir)
    except _DamagedCopy as exc:
        _unlink_quietly(tmp)
        raise BackupError(MSG_BACKUP_DAMAGED_SOURCE.format(detail=exc)) from exc
    except (*Errors, OSError) as exc:
        _unlink_quietly(tmp)
        raise BackupError(MSG_BACKUP_FAILED.format(because=because(exc, backups_dir))) from exc
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


# --- helpers -------------------------------------------------------------------------------


class _DamagedCopy(Exception):
    """The fresh copy failed quick_check: its source is damaged."""


def _copy_into(src: Connection, target: Path, key: bytes | None) -> None:
    """Copy ``src`` into the (new, empty) file ``target``, under the same key, and check the result."""
    dst = connect(target, key)
    try:
        src.backup(dst)
        # The backup API copies the WAL flag from the source header; switch the copy back to a
        # rollback journal so it is one self-contained file that never needs a -wal beside it.
        dst.execute("PRAGMA journal_mode=DELETE").fetchone()
        result = [row[0] for row in dst.execute("PRAGMA quick_check(1)").fetchall()]
        if result != ["ok"]:
            raise _DamagedCopy(f"quick_check: {result[0]}")
    except DatabaseErrors as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise _DamagedCopy(str(exc)) from exc
        raise
    finally:
        dst.close()


def _temp_file_beside(target: Path, prefix: str) -> Path:
    # Same folder as the target, so os.replace is a rename on one file system (atomic). mkstemp
    # makes it 0600, and the database put in its place keeps that mode.
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target.parent)
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
