"""The live-minutes save path: typing never waits for the disk, and nothing typed waits more than
a second to reach it.

The screen hands every change to put() (a dict write under a lock: microseconds). A writer thread
with its own connection commits what has gathered when the typist pauses for DEBOUNCE seconds, and
in any case MAX_DELAY seconds after the oldest unsaved change: a debounce alone would never save
during continuous typing. flush() waits until everything handed over so far is committed (leaving a
field, changing item, closing).

A failed commit (disk full, database busy, an I/O or permission error) keeps the changes in memory,
tells the screen, and is tried again every RETRY_AFTER seconds – at once when a flush asks – on a
fresh connection, for as long as the saver runs. close() therefore only stops a saver that has
nothing unsaved; words are dropped only by abandon(), which the screen calls after the user chose
to close anyway, or when the meeting itself is gone.

A row the database refuses for good is not retried: the plan was signed off meanwhile (the database's
triggers refuse it; the report says so, refused=True), or the agreement or agenda item it belongs to
was removed meanwhile (nothing left to save it into). Each row is written under a savepoint of its
own, so such a row never holds back the others.

Audit: a commit writes one audit row per record, with each field's length before and after rather
than the whole text (a live text is saved every second; its full history would swamp the file). The
signed plan (a later step) is the record of the text itself.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kitdesk.domain.dates import to_utc_iso, utc_now
from kitdesk.store.db import Connection, Errors, IntegrityErrors, describe_error, open_connection

DEBOUNCE = 0.25
MAX_DELAY = 0.8
RETRY_AFTER = 1.0
BUSY_TIMEOUT = 5.0  # how long one attempt waits for another writer before it counts as failed

log = logging.getLogger("kitdesk.saver")

# What may be typed live, per table. Rows of minutes and item_notes are created on first save.
LIVE_FIELDS = {
    "minutes": ("perspective", "challenges", "resources", "development", "misc", "next_meeting_at",
                "next_meeting_not_agreed", "no_new_agreements", "child_words", "discharge_handover",
                "discharge_medication", "discharge_family_contact"),
    "item_notes": ("discussion", "internal_note", "used_seconds"),
    "agreements": ("what", "follow_up", "status_note"),
}
KEY_COLUMN = {"minutes": "meeting_id", "item_notes": "agenda_item_id", "agreements": "id"}


@dataclass(frozen=True)
class SaveReport:
    ticket: int  # every put() up to this one is on disk (or refused for good)
    at: str  # UTC ISO time of the commit or of the failed attempt
    error: str | None = None  # a Danish message: the last attempt failed, or a row was refused
    refused: bool = False  # error is a refusal: those words are not stored and not tried again


class MinutesSaver:
    """`connect` opens the writer's connection (default: the database at db_path with a busy timeout
    of `busy_timeout_s`); it is called again after every failed attempt, so whatever it sets up – a
    test's `PRAGMA max_page_count`, say – applies to the next attempt."""

    def __init__(self, db_path: Path, user: str = "", on_report: Callable[[SaveReport], None] | None = None, *,
                 key: bytes | None, busy_timeout_s: float = BUSY_TIMEOUT,
                 connect: Callable[[], Connection] | None = None):
        self._db_path = Path(db_path)
        self._connect = connect or (lambda: open_connection(self._db_path, key=key, busy_timeout_s=busy_timeout_s))
        self._user = user
        self._on_report = on_report
        self._cond = threading.Condition()
        self._pending: dict[tuple[str, int, str], object] = {}
        self._first_put = 0.0
        self._last_put = 0.0
        self._ticket = 0
        self._saved_ticket = 0
        self._flush_wanted = False
        self._attempts = 0  # attempts begun; an attempt takes everything handed over until it begins
        self._failed_attempt = 0  # the number of the last attempt that failed
        self._closing = False
        self._abandoned = False
        self.last_error: str | None = None  # set while the last attempt failed; None once one succeeds
        self._thread = threading.Thread(target=self._run, name="kitdesk-minutes-saver", daemon=True)
        self._thread.start()

    # -- the UI side -----------------------------------------------------------------------------
    def put(self, table: str, row_id: int, field: str, value, meeting_id: int | None = None) -> int:
        """Hand over the newest value of one field; returns a ticket number. Never blocks on disk.
        (`meeting_id` is accepted for callers that pass it; a note's meeting is read from its item.)"""
        if field not in LIVE_FIELDS.get(table, ()):
            raise ValueError(f"{table}.{field} is not a live field")
        with self._cond:
            if self._closing or self._abandoned:
                raise RuntimeError("the saver is closed")
            now = time.monotonic()
            if not self._pending:
                self._first_put = now
            self._last_put = now
            self._pending[(table, row_id, field)] = value
            self._ticket += 1
            self._cond.notify_all()
            return self._ticket

    def flush(self, timeout: float = 5.0) -> bool:
        """Commit now (after a failure: try again now) and wait for it; True when everything handed
        over so far is on disk. False after `timeout`, or as soon as an attempt that began after this
        call has failed (waiting for the next one would only hold up the caller)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            wanted = self._ticket
            first_attempt = self._attempts + 1
            self._flush_wanted = True
            self._cond.notify_all()
            while self._saved_ticket < wanted:
                left = deadline - time.monotonic()
                if left <= 0 or self._failed_attempt >= first_attempt or self._abandoned \
                        or not self._thread.is_alive():
                    return False
                self._cond.wait(min(left, 0.5))
            return True

    @property
    def unsaved(self) -> bool:
        with self._cond:
            return self._saved_ticket < self._ticket

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def close(self, timeout: float = 5.0) -> bool:
        """Stop once everything handed over is on disk; True then. False when it could not be saved
        within `timeout`: the saver then keeps running and trying, and nothing is dropped – the
        caller asks the user, and calls abandon() only if they choose to lose it."""
        if not self.flush(timeout):
            return False
        with self._cond:
            if self._saved_ticket < self._ticket:
                return False  # typed meanwhile (from another thread): not closed
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout)
        return True

    def abandon(self, timeout: float = 1.0) -> int:
        """Stop now and drop what could not be saved – only when the user chose that, or when what
        it belongs to is gone. Returns how many fields were dropped. An attempt under way may still
        finish (then that much is saved after all); nothing is reported any more."""
        with self._cond:
            dropped = len(self._pending)
            self._pending = {}
            self._abandoned = True
            self._on_report = None
            self._cond.notify_all()
        if dropped:
            log.warning("closed with %d live field(s) that could not be saved", dropped)
        self._thread.join(timeout)
        return dropped

    # -- the writer thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        conn = None
        while True:
            with self._cond:
                while not self._pending and not (self._closing or self._abandoned):
                    self._flush_wanted = False
                    self._cond.wait()
                if self._abandoned or (self._closing and not self._pending):
                    break
                while not (self._flush_wanted or self._closing or self._abandoned):
                    now = time.monotonic()
                    due = min(self._last_put + DEBOUNCE, self._first_put + MAX_DELAY)
                    if now >= due:
                        break
                    self._cond.wait(due - now)
                batch, self._pending = self._pending, {}
                ticket = self._ticket
                self._flush_wanted = False
                self._attempts += 1
                attempt = self._attempts
            try:
                if conn is None:
                    conn = self._connect()
                at, refused = self._commit(conn, batch)
            except Exception as exc:  # noqa: BLE001 - whatever failed, the words are kept and retried
                if not isinstance(exc, Errors):
                    log.error("unexpected error while saving live text: %s", type(exc).__qualname__)
                # A fresh connection for the next attempt: after an I/O error nothing stale is
                # carried over, and the set-up (pragmas) is applied anew.
                _close_quietly(conn)
                conn = None
                self._failed(batch, exc, attempt)
                self._wait_before_retry()
                continue
            with self._cond:
                self._saved_ticket = max(self._saved_ticket, ticket)
                self.last_error = None
                self._cond.notify_all()
            self._report(SaveReport(ticket, at, refused, refused=refused is not None))
        _close_quietly(conn)
        with self._cond:
            self._cond.notify_all()  # a flush waiting on a saver that stopped returns now

    def _wait_before_retry(self) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self._flush_wanted or self._closing or self._abandoned, RETRY_AFTER)

    def _commit(self, conn: Connection, batch: dict) -> tuple[str, str | None]:
        """One transaction for the batch; returns its time and the message of a refused row, if any."""
        at = to_utc_iso(utc_now())
        by_row: dict[tuple[str, int], dict[str, object]] = {}
        for (table, row_id, field), value in batch.items():
            by_row.setdefault((table, row_id), {})[field] = value
        refused = None
        conn.execute("BEGIN IMMEDIATE")
        try:
            for (table, row_id), values in by_row.items():
                conn.execute("SAVEPOINT live_row")
                try:
                    self._write_row(conn, table, row_id, values, at)
                except IntegrityErrors as exc:
                    if "signed plan" not in str(exc):
                        raise
                    # The plan was signed off meanwhile: the database refuses this row for good, so
                    # retrying would never end. Said once; the rest of the batch is saved.
                    conn.execute("ROLLBACK TO live_row")
                    refused = describe_error(exc)
                conn.execute("RELEASE live_row")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return at, refused

    def _write_row(self, conn, table: str, row_id: int, values: dict, at: str) -> None:
        key = KEY_COLUMN[table]
        before = conn.execute(f"SELECT {', '.join(values)} FROM [{table}] WHERE [{key}] = ?", [row_id]).fetchone()
        if before is None:
            extra = {}
            if table == "agreements":
                return  # the agreement was removed meanwhile: nothing to save it into
            if table == "item_notes":
                item = conn.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [row_id]).fetchone()
                if item is None:
                    return  # the agenda item was removed meanwhile, and its notes with it
                extra = {"meeting_id": item[0]}
            columns = {key: row_id, **extra, **values, "updated_at": at}
            conn.execute(f"INSERT INTO [{table}] ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                         list(columns.values()))
            before = tuple(None for _ in values)
        else:
            assignments = ", ".join(f"[{f}] = ?" for f in values)
            conn.execute(f"UPDATE [{table}] SET {assignments}, updated_at = ? WHERE [{key}] = ?",
                         [*values.values(), at, row_id])
        changes = {f: [_summary(b), _summary(v)] for f, b, v in zip(values, before, values.values(), strict=True)}
        conn.execute("INSERT INTO audit (at, user, table_name, row_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)",
                     [at, self._user, table, row_id, "update", json.dumps(changes, ensure_ascii=False)])

    def _failed(self, batch: dict, exc: Exception, attempt: int) -> None:
        message = describe_error(exc)
        with self._cond:
            self._failed_attempt = attempt
            self._cond.notify_all()
            if self._abandoned:
                return
            for key, value in batch.items():
                self._pending.setdefault(key, value)  # a newer value typed meanwhile wins
            self._first_put = min(self._first_put, time.monotonic())
            self.last_error = message
            saved = self._saved_ticket
            self._cond.notify_all()
        self._report(SaveReport(saved, to_utc_iso(utc_now()), message))

    def _report(self, report: SaveReport) -> None:
        listener = self._on_report
        if listener is not None:
            try:
                listener(report)
            except Exception:  # noqa: BLE001 - a broken listener must not stop the saving
                pass


def _close_quietly(conn: Connection | None) -> None:
    if conn is not None:
        try:
            conn.close()
        except Errors:
            pass


def _summary(value) -> object:
    """What the audit keeps of a live value: short values as they are, texts by length."""
    if isinstance(value, str) and len(value) > 40:
        return f"<{len(value)} tegn>"
    return value
