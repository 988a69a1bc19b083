"""Restoring a backup, and setting a damaged database aside.

Only a KIT Desk database is restored (see ``identity.py``), never one from a newer version, and one
taken in another data folder only when the user has said yes to that. Nothing here deletes a
database the user might still need: the one a restore replaces goes to ``replaced/``, a damaged one
to ``damaged/``.

All functions expect the app to have closed its own connections to the database they move or
replace (on Windows an open file cannot be moved).
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kitdesk.domain.dates import TZ
from kitdesk.paths import PRIVATE_DIR_MODE, RESTORE_TEMP_PREFIX, DataFolder
from kitdesk.store.backup import (
    REPLACED_DIR,
    BackupInfo,
    _copy_into,
    _DamagedCopy,
    _fsync_dir,
    _fsync_file,
    _temp_file_beside,
    _unlink_quietly,
    list_backups,
)
from kitdesk.store.db import Errors, because, connect
from kitdesk.store.identity import FOLDER_ID_KEY, Identity, read_identity
from kitdesk.store.integrity import SIDECAR_SUFFIXES, examine_database_file, read_only_connection, sidecar
from kitdesk.store.lock import marked_in_use
from kitdesk.store.unlocking import is_plain_database

MSG_RESTORE_MISSING = "Sikkerhedskopien findes ikke ({detail})."
MSG_RESTORE_DAMAGED = (
    "Sikkerhedskopien kan ikke bruges: den er beskadiget, eller den er krypteret med en anden datamappes "
    "nøgle. Dine nuværende data er ikke ændret. Vælg en anden sikkerhedskopi ({detail})."
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


def newest_good_backup(backups_dir: Path, key: bytes | None) -> BackupInfo | None:
    """The newest backup that passes the integrity check and that this version can open, or None."""
    for info in list_backups(backups_dir):
        try:
            problems, identity = examine_database_file(info.path, read_identity, key=key)
        except (*Errors, OSError):
            continue  # unreadable just now: not one to offer
        if not problems and _restorable(identity) is None:
            return info
    return None


def judge_backup(backup_file: Path, folder: DataFolder, key: bytes | None) -> BackupVerdict:
    """May ``backup_file`` be restored into ``folder``? Reads both, writes nothing."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        return BackupVerdict(MSG_RESTORE_MISSING.format(detail=backup_file.name))
    # A backup from before encryption is plain: judged as such, and encrypted as it is restored.
    file_key = None if is_plain_database(backup_file) else key
    try:
        problems, identity = examine_database_file(backup_file, read_identity, key=file_key)
    except (*Errors, OSError) as exc:
        return BackupVerdict(MSG_RESTORE_UNREADABLE.format(name=backup_file.name, because=because(exc, backup_file)))
    if problems:
        return BackupVerdict(MSG_RESTORE_DAMAGED.format(detail=_inner_detail(problems[0])))
    refusal = _restorable(identity)
    if refusal:
        return BackupVerdict(refusal.format(name=backup_file.name))
    here = current_folder_id(folder, key)
    return BackupVerdict(other_folder=bool(here and identity.folder_id and here != identity.folder_id),
                         folder_id=here)


def current_folder_id(folder: DataFolder, key: bytes | None) -> str:
    """The id of the data folder, read from its database; "" when there is none or it cannot be read
    (a damaged database: then nobody can tell, and nobody is asked)."""
    try:
        with read_only_connection(folder.db_path, key) as conn:  # one setting: no full check needed
            return read_identity(conn).folder_id
    except (*Errors, OSError):
        return ""


def _restorable(identity: Identity | None) -> str | None:
    """None if a healthy file with this identity may be restored, else the refusal's message."""
    if identity is None or not identity.has_tables or not identity.is_ours:
        return MSG_RESTORE_NOT_KITDESK
    if identity.unknown_steps:
        return MSG_RESTORE_NEWER
    return None


def restore_backup(backup_file: Path, folder: DataFolder, *, key: bytes | None,
                   other_folder_ok: bool = False) -> Path | None:
    """Put ``backup_file`` in place of the folder's database.

    The current database (with its ``-wal``/``-shm``) is moved to ``replaced/`` as
    ``kitdesk-before-restore-YYYYmmdd-HHMMSS.sqlite3``, never deleted; its path is returned, or
    None if there was no database. Raises ``RestoreError`` (Danish message) and changes nothing
    if the backup is missing, damaged, not a KIT Desk database or from a newer version – and
    ``OtherFolderBackup`` if it was taken in another data folder, unless ``other_folder_ok``.
    """
    backup_file = Path(backup_file)
    verdict = judge_backup(backup_file, folder, key)
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
            if key is not None and is_plain_database(backup_file):
                from kitdesk.store.conversion import encrypt_copy

                encrypt_copy(backup_file, tmp, key)
            else:
                with read_only_connection(backup_file, key) as src:
                    _copy_into(src, tmp, key)
            if verdict.folder_id:
                # The id belongs to the folder, not to the data: the folder's own backups stay its own.
                _keep_folder_id(tmp, verdict.folder_id, key)
            _fsync_file(tmp)
        except (_DamagedCopy, *Errors, OSError) as exc:
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


def recover_with_backup(folder: DataFolder, backup: BackupInfo, key: bytes | None) -> Path:
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
        restore_backup(backup.path, folder, key=key, other_folder_ok=True)
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


def _keep_folder_id(path: Path, folder_id: str, key: bytes | None) -> None:
    conn = connect(path, key)
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
    stamp = datetime.now(TZ).strftime("%Y%m%d-%H%M%S")
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


def _inner_detail(problem: str) -> str:
    """The technical part in parentheses at the end of an integrity message."""
    # Every integrity message ends " (detail)." and has no parenthesis before the detail; the
    # detail itself may contain some, so cut at the first one.
    if problem.endswith(").") and "(" in problem:
        return problem[problem.index("(") + 1 : -2]
    return problem
