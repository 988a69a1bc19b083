"""What a database file is: a KIT Desk database (and from which data folder), a newer one, or
something else.

Our files carry ``PRAGMA application_id`` = APPLICATION_ID in the header (set on creation and on
the first open of an older database of ours, which is known by its ``_sqlite_migrations`` rows for
the migration set "kitdesk"). Each data folder has a random id in its settings table; a backup
carries the id of the folder it was taken from, so restoring one from another folder is noticed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kitdesk.store.db import Connection

from dataclasses import dataclass

from kitdesk.store import schema

APPLICATION_ID = 0x4B495444  # "KITD"
FOLDER_ID_KEY = "folder_id"


@dataclass(frozen=True)
class Identity:
    application_id: int
    steps: frozenset[str]  # applied schema steps of the migration set "kitdesk"
    has_tables: bool
    folder_id: str = ""

    @property
    def is_empty(self) -> bool:
        """A database with nothing in it yet (a new data folder): ours to fill."""
        return self.application_id == 0 and not self.has_tables

    @property
    def is_ours(self) -> bool:
        if self.application_id == APPLICATION_ID:
            return True
        return self.application_id == 0 and bool(self.steps)  # made before the mark existed

    @property
    def unknown_steps(self) -> list[str]:
        """Schema steps this version of KIT Desk does not know: the file is from a newer one."""
        return sorted(self.steps - set(schema.STEPS))


def _table_exists(conn: Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def read_identity(conn: Connection) -> Identity:
    """Reads only; works on a read-only connection."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    has_tables = conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
    steps: frozenset[str] = frozenset()
    if _table_exists(conn, "_sqlite_migrations"):
        steps = frozenset(r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [schema.MIGRATION_SET]))
    folder_id = ""
    if _table_exists(conn, "settings"):
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [FOLDER_ID_KEY]).fetchone()
        folder_id = str(row[0]) if row else ""
    return Identity(application_id, steps, has_tables, folder_id)


def stamp(conn: Connection) -> None:
    """Mark an (opened, migrated) database of ours and give its data folder an id, if not done yet.

    Written straight through the connection, outside the audit: neither is the user's data.
    """
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    if _table_exists(conn, "settings") and conn.execute(
            "SELECT 1 FROM settings WHERE key = ?", [FOLDER_ID_KEY]).fetchone() is None:
        import secrets  # here, not at the top: it loads OpenSSL (~4 MB), which start-up need not pay

        conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                     [FOLDER_ID_KEY, secrets.token_hex(16)])
