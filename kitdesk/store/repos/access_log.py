"""The access log: who opened, viewed or exported what about a child, and when.

Beside the change audit (Writer's `audit` rows), which records what changed, this records what was
seen or left the laptop. A row holds codes and ids only (kitdesk.domain.access.check_entry): the
user's name from Settings, the time in UTC, an action code, the record's kind and id, the case id
and a few detail words – never a child's name, a CPR number or a file name.

Writing a row must never stop the user: opening a case costs one INSERT, waiting at most
BUSY_WAIT for another writer; if the database refuses (full disk, locked, read-only), the row is kept
in memory, tried again with the next one, and the failure is logged without personal data. Inside
a running transaction the row waits for the commit, so an access row is never what makes another
write fail (SQLite may roll a whole transaction back on a full disk).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from kitdesk.domain.access import check_entry
from kitdesk.domain.dates import to_utc_iso, utc_now
from kitdesk.store.db import DatabaseErrors

log = logging.getLogger("kitdesk.access")

BUSY_WAIT_MS = 250  # how long one attempt waits for another writer (the default is 5 s)
MAX_WAITING = 1000  # rows kept in memory while the database refuses them; the oldest go first
COLUMNS = ("at", "user", "action", "entity", "entity_id", "case_id", "detail")


@dataclass(frozen=True, slots=True)
class AccessRow:
    id: int
    at: str  # UTC ISO
    user: str
    action: str
    entity: str
    entity_id: int
    case_id: int | None
    detail: str


class AccessLogRepo:
    def __init__(self, store):
        self.store = store
        self._waiting: list[tuple] = []
        self._listening = False

    # -- writing ------------------------------------------------------------------------------------
    def record(self, action: str, entity: str, entity_id: int, case_id: int | None = None, *details: str) -> bool:
        """Log one access; True when it is on disk now (False: kept and tried again with the next)."""
        detail = check_entry(action, entity, entity_id, case_id, details)
        self._waiting.append((to_utc_iso(utc_now()), self._user(), action, entity, entity_id, case_id, detail))
        del self._waiting[:-MAX_WAITING]
        return self.flush()

    def record_meeting(self, action: str, meeting_id: int, *details: str) -> bool:
        """An access to a meeting (its tab, its plan, its files), logged with the meeting's case."""
        row = self.store.conn.execute("SELECT case_id FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        return self.record(action, "meetings", meeting_id, row[0] if row else None, *details)

    def flush(self) -> bool:
        """Write the rows waiting, in one statement. True when none is left waiting."""
        if not self._waiting:
            return True
        conn = self.store.conn
        if conn.in_transaction:
            self._after_commit()
            return False
        rows = list(self._waiting)
        try:
            timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
            conn.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
            try:
                conn.execute(f"INSERT INTO access_log ({', '.join(COLUMNS)}) VALUES "
                             + ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(rows)), [v for r in rows for v in r])
            finally:
                conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        except DatabaseErrors as exc:
            # Codes only: the action and the ids say what is missing; the exception's name says why.
            log.warning("access log: %d row(s) not written yet (%s); the first is %s %s %s, case %s",
                        len(rows), getattr(exc, "sqlite_errorname", type(exc).__name__), rows[0][2], rows[0][3],
                        rows[0][4], rows[0][5])
            return False
        del self._waiting[:len(rows)]
        return True

    @property
    def waiting(self) -> int:
        """Rows not yet on disk."""
        return len(self._waiting)

    def _after_commit(self) -> None:
        if not self._listening:
            self._listening = True
            self.store.subscribe(lambda _changes: self.flush() if not self.store.conn.in_transaction else None)

    def _user(self) -> str:
        return self.store.settings.get("user_name") or ""

    # -- reading ------------------------------------------------------------------------------------
    def rows(self, case_id: int | None = None, entity: str | None = None,
             entity_id: int | None = None) -> list[AccessRow]:
        where, args = [], []
        for column, value in (("case_id", case_id), ("entity", entity), ("entity_id", entity_id)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = f"SELECT id, {', '.join(COLUMNS)} FROM access_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [AccessRow(*r) for r in self.store.conn.execute(sql + " ORDER BY at, id", args).fetchall()]

    def started_at(self) -> str | None:
        """When this data folder began keeping the log (the schema step's time, UTC ISO)."""
        row = self.store.conn.execute("SELECT applied_at FROM _sqlite_migrations "
                                      "WHERE migration_set = 'kitdesk' AND name = 'm007_access_log'").fetchone()
        return row[0] if row else None

    # -- erasure ------------------------------------------------------------------------------------
    def delete_case_rows(self, case_id: int) -> int:
        """Remove a deleted case's rows (in the caller's transaction, if any). The log is otherwise
        append-only: the database refuses UPDATE, and nothing else deletes."""
        self._waiting = [r for r in self._waiting if r[5] != case_id]
        return self.store.conn.execute("DELETE FROM access_log WHERE case_id = ?", [case_id]).rowcount
