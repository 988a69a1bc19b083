"""The one door for opening a data folder, for the window and the commands alike.

``open_data_folder`` takes the folder's lock, clears what a crash left behind, checks the database
without writing to it, and opens it – and returns what it found, never raises for it: opened (with
the Store), damaged (with the problems and the newest good backup), a full disk, an I/O error, no
permission, locked by another program, KIT Desk already running, made by a newer version, or not a
KIT Desk database at all. The caller presents that answer and, for a damaged database, passes the
user's choice back through ``restore_offered_backup``. Only a database the check finds damaged ever
leads to restoring a backup; every other answer leaves the data exactly as it was.

The encryption at rest to come adds "wrong passphrase" to the same answer.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from kitdesk.paths import DataFolder
from kitdesk.store import db

if TYPE_CHECKING:
    from kitdesk.store.backup import BackupInfo
    from kitdesk.store.lock import InstanceLock
    from kitdesk.store.store import Store
    from kitdesk.store.unlocking import FolderState


class Found(Enum):
    OPENED = "opened"
    DAMAGED = "damaged"
    DISK_FULL = db.DISK_FULL
    IO_ERROR = db.IO_ERROR
    NO_PERMISSION = db.NO_PERMISSION
    LOCKED = db.LOCKED
    ALREADY_RUNNING = "already_running"
    NEWER_VERSION = "newer_version"
    NOT_KITDESK = "not_kitdesk"
    NO_KEY = "no_key"  # the passphrase was not given (the user quit, or no terminal and no variable)


# Exit codes of the commands and the window: 2 the data cannot be used now, 3 KIT Desk already runs.
EXIT_CODES = {Found.OPENED: 0, Found.ALREADY_RUNNING: 3}
EXIT_PROBLEM = 2

UNCHANGED = "Dine data er ikke ændret."
MESSAGES = {
    Found.DISK_FULL: "Disken er fuld – frigør plads på disken med datamappen ({root}), fx ved at tømme "
                     "papirkurven eller flytte store filer, og start KIT Desk igen. Intet af det gemte er "
                     "gået tabt. " + UNCHANGED,
    Found.IO_ERROR: "Disken med datamappen ({root}) kunne ikke læses eller skrives (I/O-fejl{detail}). "
                    "Kontrollér, at disken eller netværksdrevet er tilsluttet, og start KIT Desk igen. Sker "
                    "det igen, så kontakt din IT-support – disken kan være ved at gå i stykker. " + UNCHANGED,
    Found.NO_PERMISSION: "KIT Desk har ikke lov til at skrive i datamappen {root} (den er skrivebeskyttet, "
                         "eller din bruger mangler rettigheder til den). Sørg for, at din bruger må læse og "
                         "skrive i mappen – spørg evt. din IT-support – og start KIT Desk igen. " + UNCHANGED,
    Found.LOCKED: "Databasen i {root} er låst af et andet program (fx et backupprogram eller et "
                  "databaseværktøj). Luk det program, og start KIT Desk igen. " + UNCHANGED,
    Found.NEWER_VERSION: "Databasen i {root} er lavet af en nyere udgave af KIT Desk end den, du har "
                         "(version {version}). Opdatér KIT Desk til den nyeste udgave, og start igen. Intet er "
                         "skrevet i databasen.",
    Found.NO_KEY: "Dataene i {root} er krypteret og kan kun åbnes med adgangskoden. Skriv den, når du bliver "
                  "spurgt – eller, i et script, i miljøvariablen KITDESK_PASSPHRASE. " + UNCHANGED,
    Found.NOT_KITDESK: "Filen {db} er ikke en KIT Desk-database. Intet er skrevet i den. Flyt filen ud af "
                       "datamappen (så opretter KIT Desk en ny, tom database), eller start KIT Desk med den "
                       "rigtige datamappe (--home MAPPE).",
}
MSG_LOW_SPACE = (
    "Disken med datamappen ({root}) er fuld. Du kan se dine data, men intet nyt kan gemmes, før du frigør "
    "plads – fx ved at tømme papirkurven eller flytte store filer."
)
DAMAGED_INTRO = "Databasen er beskadiget:"
DAMAGED_WITH_BACKUP = (
    "Intet er ændret, og den beskadigede fil bevares. Start KIT Desk-vinduet for at gendanne den nyeste "
    "brugbare sikkerhedskopi (fra {day}) – eller gendan en bestemt med 'kitdesk restore FIL'."
)
DAMAGED_WITHOUT_BACKUP = (
    "Intet er ændret. Der er ingen brugbar sikkerhedskopi i {backups}. Filen bevares, som den er: {db}. "
    "Kontakt din IT-support: de kan måske redde data fra den."
)


@dataclass
class Opening:
    """What opening a data folder found. Close it when done: that closes the store and lets go of
    the folder's lock (held for as long as this answer is in use, so a choice can be carried out)."""

    folder: DataFolder
    found: Found
    store: Store | None = None
    message: str = ""  # Danish, for the user; "" when opened
    problems: tuple[str, ...] = ()  # damaged: what the check found
    backup: BackupInfo | None = None  # damaged: the newest good backup, offered for restoring
    damaged_file: Path | None = None  # after restore_offered_backup: where the damaged file lies now
    notice: str = ""  # after a restore: what the user should be told (Danish)
    restored: bool = False  # after a restore: True if the backup is now in place
    lock: InstanceLock | None = field(default=None, repr=False)
    key: bytes | None = field(default=None, repr=False)  # the data key, once given
    cleaned: str = ""  # old exports deleted from the data folder just now (Danish), to tell in passing

    @property
    def opened(self) -> bool:
        return self.found is Found.OPENED

    @property
    def exit_code(self) -> int:
        return EXIT_CODES.get(self.found, EXIT_PROBLEM)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


Examined = tuple[list[str], object, bool]  # integrity.examine_at_start: problems, identity, walked


def open_data_folder(folder: DataFolder, *, key: bytes | None = None,
                     get_key: Callable[[FolderState], bytes | None] | None = None, exclusive: bool = True,
                     database: bool = True, examined: Callable[[], Examined] | None = None,
                     busy_timeout_s: float = 5.0) -> Opening:
    """Open the data folder and say what was found (see the module docstring).

    `key`: the data key, when the caller has it already; otherwise `get_key(state)` is asked for it,
    with the folder's lock held, so that it may set up a new folder or convert a plain one
    (kitdesk.store.unlocking, kitdesk.store.conversion). It returns None when the user gave no key:
    the answer is then NO_KEY. `exclusive`: take the folder's instance lock (the window and every
    command that writes); the commands that only read may run beside the window. `database=False`:
    take the lock and tidy, but leave the database closed, whatever state it is in (for `kitdesk
    restore`): the answer is then OPENED without a store. `examined`: the check begun earlier in a
    thread (unlocking.start_unlocking: integrity.examine_at_start), so that start-up does not wait twice.
    """
    lock = None
    try:
        folder.ensure()
        if exclusive:
            from kitdesk.store.lock import InstanceLock

            lock = InstanceLock(folder.lock_path)
            if not lock.acquire():
                from kitdesk.store.lock import ALREADY_RUNNING_MESSAGE

                return Opening(folder, Found.ALREADY_RUNNING, message=ALREADY_RUNNING_MESSAGE)
        _tidy(folder)
        if key is None and get_key is not None:
            from kitdesk.store.unlocking import FolderState, folder_state

            state = folder_state(folder)
            refusal = _judge_plain(folder) if state is FolderState.PLAIN and database else None
            if refusal is not None:  # never convert a damaged, foreign or newer file: write nothing
                if lock is not None and refusal.found is Found.DAMAGED:
                    refusal.lock = lock
                elif lock is not None:
                    lock.release()
                return refusal
            key = get_key(state)
            if key is None:
                if lock is not None:
                    lock.release()
                return _answer(folder, Found.NO_KEY)
        early = examined() if examined is not None else None
    except BaseException as exc:
        if lock is not None:
            lock.release()
        answer = answer_for_error(folder, exc, key)
        if answer is None:
            raise
        return answer
    opening = _open_store(folder, early, busy_timeout_s, key) if database else Opening(folder, Found.OPENED)
    opening.lock, opening.key = lock, key
    if opening.opened and key is not None:
        _encrypt_plain_copies(opening.folder, key)
    if not opening.opened and lock is not None and opening.found is not Found.DAMAGED:
        opening.close()  # nothing to carry out: let go of the folder at once
    return opening


def _judge_plain(folder: DataFolder) -> Opening | None:
    """A database from before encryption, looked at before it is converted: damaged, not ours, or
    from a newer version is answered as such (nothing converted, nothing written); None if fine."""
    from kitdesk.store.identity import read_identity
    from kitdesk.store.integrity import examine_database_file

    problems, identity = examine_database_file(folder.db_path, read_identity, key=None)
    if problems:
        return _damaged(folder, problems, None)
    if identity is not None and not identity.is_empty:
        if not identity.is_ours:
            return _answer(folder, Found.NOT_KITDESK)
        if identity.unknown_steps:
            from kitdesk import __version__

            return _answer(folder, Found.NEWER_VERSION, version=__version__)
    return None


def _encrypt_plain_copies(folder: DataFolder, key: bytes) -> None:
    """Backups and set-aside files from before encryption (or a conversion cut off) are encrypted
    with the folder's key at the first open that has it; a failure is tried again next time."""
    from kitdesk.store.conversion import encrypt_plain_copies

    try:
        encrypt_plain_copies(folder, key)
    except (OSError, *db.Errors):
        pass  # the data itself is open and safe; the copies are tried again at the next open


def restore_offered_backup(opening: Opening) -> Opening:
    """The user's "yes" to a damaged database: set the damaged file aside in damaged/, restore the
    offered backup and open it. Returns the new answer (with `damaged_file`, or the failure's
    `message`); the lock passes to it."""
    from kitdesk.store.restore import RestoreError, recover_with_backup

    assert opening.found is Found.DAMAGED and opening.backup is not None
    try:
        moved = recover_with_backup(opening.folder, opening.backup, opening.key)
    except RestoreError as exc:
        answer = replace(opening, notice=str(exc))  # still damaged, the file back where it was
        opening.lock = None  # passed on
        return answer
    return _reopened(opening, damaged_file=moved, restored=True)


def restore_and_open(opening: Opening, backup_file: Path, *, other_folder_ok: bool = False) -> Opening:
    """Restore `backup_file` in place of the open database (its store closed first), and open
    the folder again – the restored data, or the current data as it was if restoring failed. The
    answer's `notice` says which (Danish)."""
    from kitdesk.domain.dates import fmt_date
    from kitdesk.store.backup import BACKUP_PATTERN
    from kitdesk.store.restore import RestoreError, restore_backup

    if opening.store is not None:
        opening.store.close()
        opening.store = None
    restored = False
    try:
        restore_backup(backup_file, opening.folder, key=opening.key, other_folder_ok=other_folder_ok)
    except RestoreError as exc:
        notice = str(exc)
    else:
        restored = True
        match = BACKUP_PATTERN.match(Path(backup_file).name)
        if match:
            from datetime import date

            day = fmt_date(date(*(int(part) for part in match.groups())))
            notice = f"Sikkerhedskopien fra {day} er gendannet."
        else:
            notice = f"Sikkerhedskopien {Path(backup_file).name} er gendannet."
        notice += f" De data, du havde før, er gemt i mappen {opening.folder.root / 'replaced'}."
    return _reopened(opening, notice=notice, restored=restored)


def _reopened(opening: Opening, **changes) -> Opening:
    answer = _open_store(opening.folder, None, 5.0, opening.key)
    answer.lock, opening.lock = opening.lock, None
    answer.key = opening.key
    for name, value in changes.items():
        setattr(answer, name, value)
    return answer


def _tidy(folder: DataFolder) -> None:
    """What a crash left behind goes: half-made backups and restores and check copies (each a full
    copy of the children's data). And the folder is made the user's alone."""
    from kitdesk.store.conversion import finish_interrupted
    from kitdesk.store.integrity import remove_scratch_leftovers

    remove_copy_leftovers(folder)
    remove_scratch_leftovers(folder.root)
    finish_interrupted(folder)
    folder.make_private()


def remove_copy_leftovers(folder: DataFolder) -> list[Path]:
    """Delete half-made backups and restores a crash (or kill -9) left behind; returns them.

    They are full copies of the database. One another process is still writing is left alone.
    """
    from kitdesk.paths import BACKUP_TEMP_PREFIX, RESTORE_TEMP_PREFIX, TEMP_SUFFIX
    from kitdesk.store.integrity import SIDECAR_SUFFIXES, sidecar
    from kitdesk.store.lock import in_use

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
                continue  # not ours to delete, or open elsewhere (Windows): the next start tries again
            for suffix in SIDECAR_SUFFIXES:  # its -journal, if SQLite left one
                with contextlib.suppress(OSError):
                    sidecar(leftover, suffix).unlink()
            removed.append(leftover)
    return removed


def _open_store(folder: DataFolder, early: Examined | None, busy_timeout_s: float, key: bytes | None) -> Opening:
    from kitdesk.store.store import DatabaseDamaged, NewerDatabase, NotKitDeskDatabase, Store

    try:
        store = Store.open(folder, key=key, examined=early, busy_timeout_s=busy_timeout_s)  # type: ignore[arg-type]
    except DatabaseDamaged as exc:
        return _damaged(folder, exc.problems, key)
    except NewerDatabase:
        from kitdesk import __version__

        return _answer(folder, Found.NEWER_VERSION, version=__version__)
    except NotKitDeskDatabase:
        return _answer(folder, Found.NOT_KITDESK)
    except BaseException as exc:
        answer = answer_for_error(folder, exc, key)
        if answer is None:
            raise
        return answer
    # Reading still works on a full disk (the window can show the data), but say it at once.
    notice = MSG_LOW_SPACE.format(root=folder.root) if db.low_space(folder.root) else ""
    return Opening(folder, Found.OPENED, store=store, notice=notice, cleaned=_clean_exports(store))


def _clean_exports(store) -> str:
    """Old exports deleted from the data folder (a setting, default 30 days); what to tell the user."""
    from kitdesk.store.exports_cleanup import clean_exports, cleaned_message

    try:
        days = int(store.settings.get("export_days") or 30)
    except ValueError:
        days = 30
    gone = clean_exports(store.folder, days)
    return cleaned_message(len(gone), days) if gone else ""


def _damaged(folder: DataFolder, problems: list[str], key: bytes | None) -> Opening:
    from kitdesk.domain.dates import fmt_date
    from kitdesk.store.restore import newest_good_backup

    backup = newest_good_backup(folder.backups, key)
    if backup is not None:
        advice = DAMAGED_WITH_BACKUP.format(day=fmt_date(backup.day))
    else:
        advice = DAMAGED_WITHOUT_BACKUP.format(backups=folder.backups, db=folder.db_path)
    message = "\n".join([DAMAGED_INTRO, *(f"- {p}" for p in problems), advice])
    return Opening(folder, Found.DAMAGED, message=message, problems=tuple(problems), backup=backup)


def answer_for_error(folder: DataFolder, exc: BaseException, key: bytes | None = None) -> Opening | None:
    """The answer for an error met while opening (or working in) the folder, or None for one that
    is a bug: the caller lets it propagate."""
    if not isinstance(exc, (OSError, *db.Errors)):
        return None
    kind: str | None = db.classify(exc, folder.root)
    if kind == db.DAMAGED:
        # SQLite met damage after the check said healthy (the file changed meanwhile?): only the
        # check may call a file damaged, so ask it again.
        from kitdesk.store.integrity import check_database_file

        try:
            problems = check_database_file(folder.db_path, key)
        except (OSError, *db.Errors) as again:
            return answer_for_error(folder, again, key) if db.classify(again, folder.root) != db.DAMAGED else None
        if problems:
            return _damaged(folder, problems, key)
        kind = db.IO_ERROR
    if kind == db.OTHER:
        kind = db.IO_ERROR if isinstance(exc, OSError) else None
        if kind is None:
            return None
    return _answer(folder, Found(kind), detail=db.technical_detail(exc))


def _answer(folder: DataFolder, found: Found, **details) -> Opening:
    detail = details.get("detail", "")
    text = MESSAGES[found].format(root=folder.root, db=folder.db_path, detail=f": {detail}" if detail else "",
                                  version=details.get("version", ""))
    return Opening(folder, found, message=text)


# -- kitdesk check: the same questions, without opening or writing anything ------------------------

MSG_CHECK_NO_DATABASE = "Der er ingen database i {root} endnu."
MSG_CHECK_OLDER = "Databasen er fra en ældre udgave og opdateres, næste gang programmet startes."
MSG_CHECK_BROKEN_LINKS = "Databasen har {count} brudte henvisninger mellem tabeller."
MSG_CHECK_BUT = "Databasen er i orden, men: {message}"


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str  # Danish; "ok" when ok
    exit_code: int


def check_data_folder(folder: DataFolder, key: bytes | None) -> CheckResult:
    """`kitdesk check`: is the folder's database healthy, ours, of this version, and can KIT Desk
    work in the folder? Reads only – beside a running window, too."""
    import os

    from kitdesk.store.identity import read_identity
    from kitdesk.store.integrity import examine_database_file
    from kitdesk.store.schema import pending_steps

    def read(conn):
        return (read_identity(conn), pending_steps(conn),
                len(conn.execute("PRAGMA foreign_key_check").fetchall()))

    try:
        if not folder.db_path.exists():
            return CheckResult(False, MSG_CHECK_NO_DATABASE.format(root=folder.root), 1)
        problems, facts = examine_database_file(folder.db_path, read, key=key)
    except (OSError, *db.Errors) as exc:
        answer = answer_for_error(folder, exc, key)
        if answer is None:
            raise
        return CheckResult(False, answer.message, answer.exit_code)
    if problems:
        answer = _damaged(folder, problems, key)
        return CheckResult(False, answer.message, answer.exit_code)
    identity, pending, broken_links = facts
    if not identity.is_empty and not identity.is_ours:
        return CheckResult(False, _answer(folder, Found.NOT_KITDESK).message, EXIT_PROBLEM)
    if identity.unknown_steps:
        from kitdesk import __version__

        newer = _answer(folder, Found.NEWER_VERSION, version=__version__)
        return CheckResult(False, newer.message, EXIT_PROBLEM)
    if broken_links:
        return CheckResult(False, MSG_CHECK_BROKEN_LINKS.format(count=broken_links), EXIT_PROBLEM)
    # The database is fine; can KIT Desk work here? (os.access: the mode bits for this user; root
    # passes them, and can indeed write, unless the file system is mounted read-only.)
    if not all(os.access(p, os.W_OK) for p in (folder.root, folder.db_path)):
        message = _answer(folder, Found.NO_PERMISSION).message
        return CheckResult(False, MSG_CHECK_BUT.format(message=message), EXIT_PROBLEM)
    if db.low_space(folder.root):
        return CheckResult(False, MSG_CHECK_BUT.format(message=_answer(folder, Found.DISK_FULL).message),
                           EXIT_PROBLEM)
    if pending:
        return CheckResult(False, MSG_CHECK_OLDER, 1)
    return CheckResult(True, "ok", 0)
