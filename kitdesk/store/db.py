"""The one place a database connection is opened (so encryption at rest can be added here)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

# Errors a caller may meet when the file is damaged, locked or the disk is full. With SQLCipher
# these become sqlcipher3.dbapi2.*: extend this tuple there, and catch only through it.
DatabaseErrors = (sqlite3.DatabaseError,)

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
)


# What the user is told when the store or the database refuses to change a signed plan version.
SIGNED_MESSAGE = "Planen er godkendt og kan ikke ændres. Opret en ny version med en begrundelse for at rette den."


class StoreError(Exception):
    """A problem the user must be told about, with a Danish message."""


def open_connection(path: Path | str, *, busy_timeout_s: float = 5.0, read_only: bool = False) -> sqlite3.Connection:
    """The one function that opens the database file."""
    if read_only:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout_s)
        conn.execute("PRAGMA query_only=ON")
        return conn
    # isolation_level=None: sqlite3 must not open hidden transactions; every write goes through
    # Database.atomic(), everything else autocommits.
    conn = sqlite3.connect(str(path), timeout=busy_timeout_s, isolation_level=None)
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def wrap(conn: sqlite3.Connection):
    """sqlite-utils around an open connection. Imported here, on first use: it costs ~100 ms,
    which start-up (reads only) does not need to pay before the window shows."""
    import sqlite_utils

    return sqlite_utils.Database(conn)


def open_database(path: Path | str, *, busy_timeout_s: float = 5.0):
    """An opened database wrapped in sqlite-utils (for tools and tests)."""
    return wrap(open_connection(path, busy_timeout_s=busy_timeout_s))


def describe_error(exc: BaseException) -> str:
    """A Danish sentence for a database error a user can act on."""
    text = str(exc).lower()
    if "signed plan" in text:  # the triggers of schema step m004
        return SIGNED_MESSAGE
    if "locked" in text or "busy" in text:
        return "Databasen er optaget af et andet program. Vent et øjeblik, og prøv igen."
    if "disk is full" in text or "database or disk is full" in text:
        return "Disken er fuld. Frigør plads, og prøv igen – intet af det gemte er gået tabt."
    if "readonly" in text or "read-only" in text:
        return "Databasen kan ikke skrives til (skrivebeskyttet). Kontrollér rettighederne til datamappen."
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "Databasen er beskadiget. Luk programmet og start det igen for at gendanne fra en sikkerhedskopi."
    return "Der opstod en fejl i databasen. Prøv igen – fortsætter det, så genstart programmet."
