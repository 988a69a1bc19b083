"""The one place a database connection is opened, and the one place a failure is sorted into what
the user can do about it.

Every connection is SQLCipher's (the ``sqlcipher3`` module, SQLite with encryption built in). With
a key it reads and writes the encrypted file; without one it is plain SQLite – used only to read a
database from before encryption (to convert it) and the old-schema files the tests upgrade.
"""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from kitdesk.domain.refusal import message
from kitdesk.paths import PRIVATE_FILE_MODE

# Errors a caller may meet when the file is damaged, locked or the disk is full: catch only through
# these (sqlcipher3's classes are not sqlite3's; the stdlib's appear where a test hands one in).
DatabaseErrors = (sqlcipher.DatabaseError, sqlite3.DatabaseError)
Errors = (sqlcipher.Error, sqlite3.Error)
IntegrityErrors = (sqlcipher.IntegrityError, sqlite3.IntegrityError)
Connection = sqlcipher.Connection

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
)


# What the user is told when the store or the database refuses to change a signed plan version.
SIGNED_MESSAGE = "Planen er godkendt og kan ikke ændres. Opret en ny version med en begrundelse for at rette den."
SIGNED = message("plan.signed", SIGNED_MESSAGE, "The plan is signed off and cannot be changed. Create a new "
                 "version with a reason to correct it.")


class StoreError(Exception):
    """The database file cannot be used as it is (damaged, from a newer version, not KIT Desk's): the
    door (kitdesk.store.opening) turns it into its answer. Not a Refusal: no rule refused a request."""


def connect(target: Path | str, key: bytes | None, *, uri: bool = False, timeout: float = 5.0,
            isolation_level: str | None = "") -> sqlcipher.Connection:
    """A bare connection – keyed when `key` is given – for the store, the saver, checks, backups."""
    conn = sqlcipher.connect(str(target), uri=uri, timeout=timeout, isolation_level=isolation_level)
    try:
        # SQLCipher writes "ERROR CORE …" lines to stderr for a wrong key or a damaged page unless told not to.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            from kitdesk.store.keys import sqlcipher_key

            conn.execute(f"PRAGMA key = {sqlcipher_key(key)}")
    except BaseException:
        conn.close()
        raise
    return conn


def open_connection(path: Path | str, *, key: bytes | None, busy_timeout_s: float = 5.0,
                    read_only: bool = False) -> sqlcipher.Connection:
    """The one function that opens the database file for work."""
    if read_only:
        conn = connect(f"{Path(path).resolve().as_uri()}?mode=ro", key, uri=True, timeout=busy_timeout_s)
        conn.execute("PRAGMA query_only=ON")
        return conn
    _create_private(Path(path))
    # isolation_level=None: the driver must not open hidden transactions; every write goes through
    # Database.atomic(), everything else autocommits.
    conn = connect(path, key, timeout=busy_timeout_s, isolation_level=None)
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def _create_private(path: Path) -> None:
    """A new database file starts as 0600: SQLite gives its -wal and -shm the mode of the main
    file, so the whole database stays private whatever the umask."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def wrap(conn: sqlcipher.Connection):
    """sqlite-utils around an open connection. Imported here, on first use: it costs ~100 ms,
    which start-up (reads only) does not need to pay before the window shows."""
    import sqlite_utils

    return sqlite_utils.Database(conn)


def open_database(path: Path | str, *, key: bytes | None, busy_timeout_s: float = 5.0):
    """An opened database wrapped in sqlite-utils (for tools and tests)."""
    return wrap(open_connection(path, key=key, busy_timeout_s=busy_timeout_s))


# -- what went wrong --------------------------------------------------------------------------------

# The kinds of failure a user meets, each with its own remedy. Only DAMAGED may ever lead to
# restoring a backup; the others leave the data as it is and wait for the cause to go away.
DISK_FULL = "disk_full"
IO_ERROR = "io_error"
NO_PERMISSION = "no_permission"
LOCKED = "locked"
DAMAGED = "damaged"
OTHER = "other"

# Below this much free space an I/O error while writing is the disk being full: SQLite reports a
# full disk as SQLITE_FULL only for the database itself, not for its -shm or a copy.
LOW_SPACE_BYTES = 1024 * 1024

_ERRNO_KINDS = {
    errno.ENOSPC: DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): DISK_FULL,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.EROFS: NO_PERMISSION,
    errno.EIO: IO_ERROR,
    errno.EBUSY: LOCKED,
}


def classify(exc: BaseException, near: Path | None = None) -> str:
    """Which kind of failure ``exc`` is (one of the constants above).

    ``near``: a file or folder on the disk in question, to tell a full disk from other I/O errors.
    """
    if isinstance(exc, OSError):
        kind = _ERRNO_KINDS.get(exc.errno or 0, IO_ERROR)
        if kind == NO_PERMISSION and getattr(exc, "winerror", None) == 32:  # "used by another process"
            return LOCKED
        return DISK_FULL if kind == IO_ERROR and low_space(near) else kind
    if not isinstance(exc, DatabaseErrors):
        return OTHER
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL"):
        return DISK_FULL
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LOCKED
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DAMAGED
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        if low_space(near):
            return DISK_FULL
        return IO_ERROR if name.startswith("SQLITE_IOERR") else NO_PERMISSION
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return NO_PERMISSION
    if name:
        return OTHER
    kind = _classify_text(str(exc).lower())  # no error name (e.g. from the backup API): SQLite's wording
    return DISK_FULL if kind in (IO_ERROR, NO_PERMISSION) and low_space(near) else kind


def _classify_text(text: str) -> str:
    if "locked" in text or "busy" in text:
        return LOCKED
    if "disk is full" in text:
        return DISK_FULL
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return NO_PERMISSION
    if "disk i/o error" in text:
        return IO_ERROR
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DAMAGED
    return OTHER


def low_space(near: Path | None) -> bool:
    """Is the disk holding ``near`` (nearly) full?"""
    if near is None:
        return False
    path = Path(near)
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        if hasattr(os, "statvfs"):  # shutil.disk_usage does the same, but importing shutil costs start-up 3 ms
            info = os.statvfs(path)
            free = info.f_bavail * info.f_frsize
        else:
            import shutil

            free = shutil.disk_usage(path).free
    except OSError:
        return False
    return free < LOW_SPACE_BYTES


def technical_detail(exc: BaseException) -> str:
    """The short technical part for the end of a message (never the user's data: SQLite's and the
    operating system's own wording)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def describe_error(exc: BaseException, near: Path | None = None) -> str:
    """A Danish sentence for a database error a user can act on."""
    text = str(exc).lower()
    if "signed plan" in text:  # the triggers of schema step m004
        return SIGNED_MESSAGE
    kind = classify(exc, near)
    if kind == LOCKED:
        return "Databasen er optaget af et andet program. Vent et øjeblik, og prøv igen."
    if kind == DISK_FULL:
        return "Disken er fuld. Frigør plads, og prøv igen – intet af det gemte er gået tabt."
    if kind == NO_PERMISSION:
        return "Databasen kan ikke skrives til (skrivebeskyttet). Kontrollér rettighederne til datamappen."
    if kind == IO_ERROR:
        return ("Disken kunne ikke læses eller skrives (I/O-fejl). Kontrollér, at disken eller netværksdrevet "
                "er tilsluttet, og prøv igen – intet af det gemte er gået tabt.")
    if kind == DAMAGED:
        return "Databasen er beskadiget. Luk programmet og start det igen for at gendanne fra en sikkerhedskopi."
    return "Der opstod en fejl i databasen. Prøv igen – fortsætter det, så genstart programmet."


# Half-sentences for "… could not be done, because …": each says what to do.
_BECAUSE = {
    DISK_FULL: "disken er fuld – frigør plads, og prøv igen",
    NO_PERMISSION: "KIT Desk ikke må skrive i mappen – kontrollér rettighederne til datamappen, og prøv igen",
    IO_ERROR: "disken ikke kunne læses eller skrives (I/O-fejl) – kontrollér, at disken eller netværksdrevet "
              "er tilsluttet, og prøv igen",
    LOCKED: "databasen er optaget af et andet program – luk det, eller vent lidt, og prøv igen",
}


def because(exc: BaseException, near: Path | None = None) -> str:
    """", fordi disken er fuld – frigør plads, og prøv igen" – or " (technical detail)" for a
    failure of no known kind. Meant to follow "Sikkerhedskopien kunne ikke laves"."""
    reason = _BECAUSE.get(classify(exc, near))
    return f", fordi {reason}" if reason else f" ({technical_detail(exc)})"
