"""The live-minutes save path: typing never waits for the disk, and nothing typed waits more than
a second to reach it.

The screen hands every change to put() (a dict write under a lock: microseconds). A writer thread
with its own connection commits what has gathered when the typist pauses for DEBOUNCE seconds, and
in any case MAX_DELAY seconds after the oldest unsaved change: a debounce alone would never save
during continuous typing. flush() waits until everything handed over so far is committed (leaving a
field, changing item, closing). A failed commit (disk full, database busy) keeps the changes in
memory and is retried; the screen is told, and nothing is dropped.

Audit: a commit writes one audit row per record, with each field's length before and after rather
than the whole text (a live text is saved every second; its full history would swamp the file). The
signed plan (a later step) is the record of the text itself.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kitdesk.domain.dates import to_utc_iso, utc_now
from kitdesk.store.db import open_connection

DEBOUNCE = 0.25
MAX_DELAY = 0.8
RETRY_AFTER = 1.0

# What may be typed live, per table. Rows of minutes and item_notes are created on first save.
LIVE_FIELDS = {
    "minutes": ("perspective", "challenges", "resources", "development", "misc", "next_meeting_at",
                "next_meeting_not_agreed", "no_new_agreements"),
    "item_notes": ("discussion", "internal_note", "used_seconds"),
    "agreements": ("what", "follow_up", "status_note"),
}
KEY_COLUMN = {"minutes": "meeting_id", "item_notes": "agenda_item_id", "agreements": "id"}


@dataclass(frozen=True)
class SaveReport:
    ticket: int  # every put() up to this one is on disk
    at: str  # UTC ISO time of the commit
    error: str | None = None  # a Danish message when the last attempt failed (changes kept, retried)


class MinutesSaver:
    def __init__(self, db_path: Path, user: str = "", on_report: Callable[[SaveReport], None] | None = None):
        self._db_path = Path(db_path)
        self._user = user
        self._on_report = on_report
        self._cond = threading.Condition()
        self._pending: dict[tuple[str, int, str], object] = {}
        self._meeting_of_note: dict[int, int] = {}
        self._first_put = 0.0
        self._last_put = 0.0
        self._ticket = 0
        self._saved_ticket = 0
        self._flush_wanted = False
        self._closing = False
        self.last_error: str | None = None
        self._thread = threading.Thread(target=self._run, name="kitdesk-minutes-saver", daemon=True)
        self._thread.start()

    # -- the UI side -----------------------------------------------------------------------------
    def put(self, table: str, row_id: int, field: str, value, meeting_id: int | None = None) -> int:
        """Hand over the newest value of one field; returns a ticket number. Never blocks on disk."""
        if field not in LIVE_FIELDS.get(table, ()):
            raise ValueError(f"{table}.{field} is not a live field")
        with self._cond:
            if self._closing:
                raise RuntimeError("the saver is closed")
            now = time.monotonic()
            if not self._pending:
                self._first_put = now
            self._last_put = now
            self._pending[(table, row_id, field)] = value
            if table == "item_notes" and meeting_id is not None:
                self._meeting_of_note[row_id] = meeting_id
            self._ticket += 1
            self._cond.notify_all()
            return self._ticket

    def flush(self, timeout: float = 5.0) -> bool:
        """Commit now and wait for it; True when everything handed over so far is on disk."""
        deadline = time.monotonic() + timeout
        with self._cond:
            wanted = self._ticket
            self._flush_wanted = True
            self._cond.notify_all()
            while self._saved_ticket < wanted:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True

    @property
    def saved_ticket(self) -> int:
        with self._cond:
            return self._saved_ticket

    @property
    def unsaved(self) -> bool:
        with self._cond:
            return self._saved_ticket < self._ticket

    def close(self, timeout: float = 5.0) -> bool:
        saved = self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout)
        return saved

    # -- the writer thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        conn = None
        while True:
            with self._cond:
                while not self._pending and not self._closing:
                    self._flush_wanted = False
                    self._cond.wait()
                if not self._pending and self._closing:
                    break
                while not (self._flush_wanted or self._closing):
                    now = time.monotonic()
                    due = min(self._last_put + DEBOUNCE, self._first_put + MAX_DELAY)
                    if now >= due:
                        break
                    self._cond.wait(due - now)
                batch, self._pending = self._pending, {}
                notes = dict(self._meeting_of_note)
                ticket = self._ticket
                self._flush_wanted = False
            try:
                if conn is None:
                    conn = open_connection(self._db_path)
                at = self._commit(conn, batch, notes)
            except sqlite3.IntegrityError as exc:
                if "signed plan" not in str(exc):
                    self._failed(batch, exc)
                    time.sleep(RETRY_AFTER)
                    continue
                # The plan was signed off meanwhile: the database refuses the change for good, so
                # retrying would never end. Said once; the words typed are not stored (the screen
                # is read-only from then on, and shows the signed text).
                self._refused(ticket, exc)
                continue
            except sqlite3.Error as exc:
                self._failed(batch, exc)
                time.sleep(RETRY_AFTER)
                continue
            with self._cond:
                self._saved_ticket = max(self._saved_ticket, ticket)
                self.last_error = None
                self._cond.notify_all()
            self._report(SaveReport(ticket, at))
        if conn is not None:
            conn.close()

    def _commit(self, conn: sqlite3.Connection, batch: dict, notes: dict[int, int]) -> str:
        at = to_utc_iso(utc_now())
        by_row: dict[tuple[str, int], dict[str, object]] = {}
        for (table, row_id, field), value in batch.items():
            by_row.setdefault((table, row_id), {})[field] = value
        conn.execute("BEGIN IMMEDIATE")
        try:
            for (table, row_id), values in by_row.items():
                self._write_row(conn, table, row_id, values, notes, at)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return at

    def _write_row(self, conn, table: str, row_id: int, values: dict, notes: dict[int, int], at: str) -> None:
        key = KEY_COLUMN[table]
        before = conn.execute(f"SELECT {', '.join(values)} FROM [{table}] WHERE [{key}] = ?", [row_id]).fetchone()
        if before is None:
            if table == "agreements":
                return  # the agreement was removed meanwhile: nothing to save it into
            extra = {"meeting_id": notes[row_id]} if table == "item_notes" else {}
            columns = {key: row_id, **extra, **values, "updated_at": at}
            conn.execute(f"INSERT INTO [{table}] ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                         list(columns.values()))
            before = tuple(None for _ in values)
        else:
            assignments = ", ".join(f"[{f}] = ?" for f in values)
            conn.execute(f"UPDATE [{table}] SET {assignments}, updated_at = ? WHERE [{key}] = ?",
                         [*values.values(), at, row_id])
        changes = {f: [_summary(b), _summary(v)] for f, b, v in zip(values, before, values.values())}
        conn.execute("INSERT INTO audit (at, user, table_name, row_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)",
                     [at, self._user, table, row_id, "update", json.dumps(changes, ensure_ascii=False)])

    def _failed(self, batch: dict, exc: sqlite3.Error) -> None:
        from kitdesk.store.db import describe_error

        message = describe_error(exc)
        with self._cond:
            for key, value in batch.items():
                self._pending.setdefault(key, value)  # a newer value typed meanwhile wins
            if self._pending:
                self._first_put = min(self._first_put, time.monotonic())
            self.last_error = message
            saved = self._saved_ticket
        self._report(SaveReport(saved, to_utc_iso(utc_now()), message))

    def _refused(self, ticket: int, exc: sqlite3.Error) -> None:
        from kitdesk.store.db import describe_error

        with self._cond:
            self._saved_ticket = max(self._saved_ticket, ticket)  # nothing left that could be saved
            self._cond.notify_all()
        self._report(SaveReport(ticket, to_utc_iso(utc_now()), describe_error(exc)))

    def _report(self, report: SaveReport) -> None:
        if self._on_report is not None:
            try:
                self._on_report(report)
            except Exception:  # a broken listener must not stop the saving
                pass


def _summary(value) -> object:
    """What the audit keeps of a live value: short values as they are, texts by length."""
    if isinstance(value, str) and len(value) > 40:
        return f"<{len(value)} tegn>"
    return value
