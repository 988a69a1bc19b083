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

Only a KIT Desk database is restored (see ``identity.py``), never one from a newer version, and one
taken in another data folder only when the user has said yes to that.

A temporary copy is marked in use while it is written (``lock.marked_in_use``); one that a crash
left behind is removed at the next start (``remove_copy_leftovers``).
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

from kitdesk.paths import PRIVATE_DIR_MODE, DataFolder
from kitdesk.store.db import because
from kitdesk.store.identity import FOLDER_ID_KEY, Identity, read_identity
from kitdesk.store.integrity import (
    SIDECAR_SUFFIXES,
    check_database_file,
    examine_database_file,
    read_only_connection,
    sidecar,
)
from kitdesk.store.lock import in_use, marked_in_use

BACKUP_PATTERN = re.compile(r"^kitdesk-(\d{4})-(\d{2})-(\d{2})\.sqlite3$")
REPLACED_DIR = "replaced"
BACKUP_TEMP_PREFIX = ".kitdesk-backup-"
RESTORE_TEMP_PREFIX = ".kitdesk-restore-"
TEMP_SUFFIX = ".tmp"

KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12

MSG_BACKUP_SOURCE_MISSING = "Der er ingen database at tage en sikkerhedskopi af ({detail})."
MSG_BACKUP_FAILED = "Sikkerhedskopien kunne ikke laves{because}. Den forrige sikkerhedskopi er bevaret."
MSG_BACKUP_DAMAGED_SOURCE = (
    "Sikkerhedskopien blev ikke gemt, fordi databasen ser ud til at være beskadiget. "
    "Den forrige sikkerhedskopi er bevaret ({detail})."
)
MSG_RESTORE_MISSING = "Sikkerhedskopien findes ikke ({detail})."
MSG_RESTORE_DAMAGED = (
    "Sikkerhedskopien kan ikke bruges, fordi den selv er beskadiget. "
    "Dine nuværende data er ikke ændret. Vælg en anden sikkerhedskopi ({detail})."
)
MSG_RESTORE_UNREADABLE = "Sikkerhedskopien {name} kunne ikke læses{because}. Dine nuværende data er ikke ændret."
MSG_RESTORE_NOT_KITDESK = (
    "Filen {name} er ikke en sikkerhedskopi fra KIT Desk. Dine nuværende data er ikke ændret. "
    "Vælg en af KIT Desks sikkerhedskopier (kitdesk-ÅÅÅÅ-MM-DD.sqlite3 i mappen backups i datamappen)."
)
MSG_RESTORE_NEWER = (
    "Sikkerhedskopien {name} er lavet af en nyere udgave af KIT Desk end denne. "
    "Opdatér KIT Desk til den nyeste udgave, før du gendanner den. Dine nuværende data er ikke ændret."
)
MSG_RESTORE_OTHER_FOLDER = (
    "Sikkerhedskopien {name} er ikke taget af denne datamappe, men af en anden KIT Desk-datamappe. "
    "Gendanner du den, er det sagerne fra den anden datamappe, du arbejder med herefter."
)
MSG_RESTORE_FAILED = "Sikkerhedskopien kunne ikke lægges tilbage{because}. Dine nuværende data er ikke ændret."
MSG_SET_ASIDE_FAILED = "Den beskadigede fil kunne ikke flyttes til side{because}. Intet er ændret."
MSG_RESTORE_HALFWAY = (
    "Sikkerhedskopien kunne ikke lægges på plads{because}. Dine tidligere data er gemt uændret "
    "i filen {saved}."
)


class BackupError(Exception):
    """A backup could not be made; the message is Danish and fit to show the user."""


class RestoreError(Exception):
    """A backup could not be restored; the message is Danish and fit to show the user."""


class OtherFolderBackup(RestoreError):
    """The backup was taken in another data folder and the user has not said yes to that."""


@dataclass(frozen=True)
class BackupVerdict:
    """What a file offered for restoring is: ``problem`` (Danish) if it cannot be restored, and
    whether it was taken in another data folder than the one it would go into."""

    problem: str = ""
    other_folder: bool = False
    folder_id: str = ""  # the id of the folder it would go into ("" if unknown)


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
    backups_dir.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    target = backups_dir / backup_name(day)
    try:
        tmp = _temp_file_beside(target, BACKUP_TEMP_PREFIX)
    except OSError as exc:
        raise BackupError(MSG_BACKUP_FAILED.format(because=because(exc, backups_dir))) from exc
    try:
        with marked_in_use(tmp):
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


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check and that this version can open, or None."""
    for info in list_backups(backups_dir):
        try:
            problems, identity = examine_database_file(info.path, read_identity)
        except (sqlite3.Error, OSError):
            continue  # unreadable just now: not one to offer
        if not problems and _restorable(identity) is None:
            return info
    return None


def judge_backup(backup_file: Path, folder: DataFolder) -> BackupVerdict:
    """May ``backup_file`` be restored into ``folder``? Reads both, writes nothing."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        return BackupVerdict(MSG_RESTORE_MISSING.format(detail=backup_file.name))
    try:
        problems, identity = examine_database_file(backup_file, read_identity)
    except (sqlite3.Error, OSError) as exc:
        return BackupVerdict(MSG_RESTORE_UNREADABLE.format(name=backup_file.name, because=because(exc, backup_file)))
    if problems:
        return BackupVerdict(MSG_RESTORE_DAMAGED.format(detail=_inner_detail(problems[0])))
    refusal = _restorable(identity)
    if refusal:
        return BackupVerdict(refusal.format(name=backup_file.name))
    here = current_folder_id(folder)
    return BackupVerdict(other_folder=bool(here and identity.folder_id and here != identity.folder_id),
                         folder_id=here)


def current_folder_id(folder: DataFolder) -> str:
    """The id of the data folder, read from its database; "" when there is none or it cannot be read
    (a damaged database: then nobody can tell, and nobody is asked)."""
    try:
        problems, identity = examine_database_file(folder.db_path, read_identity)
    except (sqlite3.Error, OSError):
        return ""
    return identity.folder_id if identity is not None and not problems else ""


def _restorable(identity: Identity | None) -> str | None:
    """None if a healthy file with this identity may be restored, else the refusal's message."""
    if identity is None or not identity.has_tables or not identity.is_ours:
        return MSG_RESTORE_NOT_KITDESK
    if identity.unknown_steps:
        return MSG_RESTORE_NEWER
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


def restore_backup(backup_file: Path, folder: DataFolder, *, other_folder_ok: bool = False) -> Path | None:
    """Put ``backup_file`` in place of the folder's database.

    The current database (with its ``-wal``/``-shm``) is moved to ``replaced/`` as
    ``kitdesk-before-restore-YYYYmmdd-HHMMSS.sqlite3``, never deleted; its path is returned, or
    None if there was no database. Raises ``RestoreError`` (Danish message) and changes nothing
    if the backup is missing, damaged, not a KIT Desk database or from a newer version – and
    ``OtherFolderBackup`` if it was taken in another data folder, unless ``other_folder_ok``.
    """
    backup_file = Path(backup_file)
    verdict = judge_backup(backup_file, folder)
    if verdict.problem:
        raise RestoreError(verdict.problem)
    if verdict.other_folder and not other_folder_ok:
        raise OtherFolderBackup(MSG_RESTORE_OTHER_FOLDER.format(name=backup_file.name))

    db_path = folder.db_path
    # Build the restored database completely before moving anything, so a failure here (full
    # disk, unreadable backup) leaves the current database where it was.
    try:
        folder.root.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        tmp = _temp_file_beside(db_path, RESTORE_TEMP_PREFIX)
    except OSError as exc:
        raise RestoreError(MSG_RESTORE_FAILED.format(because=because(exc, folder.root))) from exc
    with marked_in_use(tmp):
        try:
            with read_only_connection(backup_file) as src:
                _copy_into(src, tmp)
            if verdict.folder_id:
                # The id belongs to the folder, not to the data: the folder's own backups stay its own.
                _keep_folder_id(tmp, verdict.folder_id)
            _fsync_file(tmp)
        except (_DamagedCopy, sqlite3.Error, OSError) as exc:
            _unlink_quietly(tmp)
            raise RestoreError(MSG_RESTORE_FAILED.format(because=because(exc, folder.root))) from exc

        try:
            set_aside = _move_database_files(
                db_path, folder.root / REPLACED_DIR, "kitdesk-before-restore"
            )
        except OSError as exc:
            _unlink_quietly(tmp)
            raise RestoreError(MSG_RESTORE_FAILED.format(because=because(exc, folder.root))) from exc
        # Nothing is left at db_path now: in particular no old -wal, whose frames SQLite would
        # otherwise replay onto the restored file and corrupt it.
        try:
            os.replace(tmp, db_path)
        except OSError as exc:
            _unlink_quietly(tmp)
            raise RestoreError(
                MSG_RESTORE_HALFWAY.format(saved=set_aside or "-", because=because(exc, folder.root))
            ) from exc
    _fsync_dir(db_path.parent)
    return set_aside


def recover_with_backup(folder: DataFolder, backup: BackupInfo) -> Path:
    """A damaged database: set it aside in ``damaged/`` and put ``backup`` in its place.

    Returns where the damaged file lies now. If the restore fails after the damaged file was
    moved, it is moved back (the next start finds things as they were, not an empty database)
    and ``RestoreError`` is raised.
    """
    try:
        moved = set_aside_damaged(folder)
    except OSError as exc:
        raise RestoreError(MSG_SET_ASIDE_FAILED.format(because=because(exc, folder.root))) from exc
    try:
        # The offered backup is one of this folder's own: no question about where it came from.
        restore_backup(backup.path, folder, other_folder_ok=True)
    except RestoreError:
        _put_back(moved, folder)
        raise
    return moved


def _put_back(moved: Path, folder: DataFolder) -> None:
    """Move a set-aside database (and its -wal/-shm) back, if nothing is in the way."""
    if folder.db_path.exists():
        return  # never overwrite
    with contextlib.suppress(OSError):
        for suffix in SIDECAR_SUFFIXES:
            if sidecar(moved, suffix).exists() and not sidecar(folder.db_path, suffix).exists():
                os.replace(sidecar(moved, suffix), sidecar(folder.db_path, suffix))
        os.replace(moved, folder.db_path)


def remove_copy_leftovers(folder: DataFolder) -> list[Path]:
    """Delete half-made backups and restores a crash (or kill -9) left behind; returns them.

    They are full copies of the database. One another process is still writing is left alone.
    """
    removed = []
    for where, prefix in ((folder.backups, BACKUP_TEMP_PREFIX), (folder.root, RESTORE_TEMP_PREFIX)):
        try:
            leftovers = [p for p in where.glob(prefix + "*" + TEMP_SUFFIX) if p.is_file()]
        except OSError:
            continue
        for leftover in leftovers:
            if in_use(leftover):
                continue
            try:
                leftover.unlink()
            except OSError:
                continue  # not ours to delete, or open elsewhere (Windows): next start tries again
            _unlink_quietly(leftover)  # its -journal, if SQLite left one
            removed.append(leftover)
    return removed


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


def _keep_folder_id(path: Path, folder_id: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [FOLDER_ID_KEY, folder_id])
    finally:
        conn.close()


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
    target_dir.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
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


def _inner_detail(problem: str) -> str:
    """The technical part in parentheses at the end of an integrity message."""
    # Every integrity message ends " (detail)." and has no parenthesis before the detail; the
    # detail itself may contain some, so cut at the first one.
    if problem.endswith(").") and "(" in problem:
        return problem[problem.index("(") + 1 : -2]
    return problem
