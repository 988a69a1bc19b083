"""Transactions, audit rows and change announcements shared by every repository.

Every write goes through Writer inside Store.transaction(): the audit row is written in the same
transaction, and the (entity, id) pairs it touched are announced to subscribers after commit.
"""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from kitdesk.domain.dates import to_utc_iso, utc_now


@dataclass(frozen=True)
class Change:
    entity: str  # table name: "cases", "members", ...
    id: int
    case_id: int | None = None


Listener = Callable[[list[Change]], None]


@dataclass(frozen=True)
class JournalItem:
    """One row operation of a transaction; `before` is what undo needs to put back."""

    table: str
    id: int
    action: str  # insert / update / delete
    before: dict | None
    case_id: int | None = None


# A meeting's state is its life (draft, invited, running, held, signed, cancelled): only
# MeetingsRepo.set_state changes it, handing Writer.update this key. Nothing else holds it – not a
# screen, not undo (Ctrl+Z never un-sends, un-ends or un-signs a meeting). tests/store check that
# only kitdesk/store/repos/meetings.py names it.
STATE_KEY = object()
STATE_MESSAGE = "Mødets tilstand ændres kun ved at sende, starte, afslutte, godkende eller aflyse mødet."


class StateChangeRefused(RuntimeError):
    """Writer.update was asked to change a meeting's state without the key: a bug in the caller."""


def _jsonable(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float)) else str(value)


class Writer:
    """Inserts, updates and deletes rows, recording an audit row for each, in the caller's transaction."""

    def __init__(self, store, user: Callable[[], str]):
        self._store = store
        self.conn = store.conn
        self._user = user
        self._pending: list[Change] = []
        # What the outermost transaction did, row by row, so that it can be reverted (undo).
        self._journal: list[JournalItem] = []
        self._depth = 0

    @property
    def db(self):
        """The sqlite-utils Database (for atomic() and table helpers)."""
        return self._store.db

    # -- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Writer"]:
        self._depth += 1
        try:
            with self.db.atomic():
                yield self
        except BaseException:
            if self._depth == 1:
                self._pending.clear()
                self._journal.clear()
            raise
        finally:
            self._depth -= 1

    def take_changes(self) -> tuple[list[Change], list["JournalItem"]]:
        changes, self._pending = self._pending, []
        journal, self._journal = self._journal, []
        return changes, journal

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- row operations ------------------------------------------------------------------------
    def now(self) -> str:
        return to_utc_iso(utc_now())

    def insert(self, table: str, values: dict, case_id: int | None = None) -> int:
        self._require_tx()
        cursor = self.conn.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in values)}) VALUES ({', '.join('?' for _ in values)})",
            [_jsonable(v) for v in values.values()],
        )
        row_id = cursor.lastrowid
        self._journal.append(JournalItem(table, row_id, "insert", None, case_id))
        self._audit(table, row_id, "insert", {k: [None, _jsonable(v)] for k, v in values.items()})
        self._pending.append(Change(table, row_id, case_id))
        return row_id

    def update(self, table: str, row_id: int, values: dict, case_id: int | None = None, *,
               key: object = None) -> dict:
        """Write only the fields that differ; return their values before, for undo.

        A meeting's 'state' needs `key` = STATE_KEY (MeetingsRepo.set_state), even when unchanged.
        """
        self._require_tx()
        if table == "meetings" and "state" in values and key is not STATE_KEY:
            raise StateChangeRefused(STATE_MESSAGE)
        before = self.row(table, row_id)
        if before is None:
            raise KeyError(f"{table} {row_id}")
        changed = {k: _jsonable(v) for k, v in values.items() if before.get(k) != _jsonable(v)}
        if not changed:
            return {}
        assignments = ", ".join(f"[{k}] = ?" for k in changed)
        self.conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*changed.values(), row_id])
        self._journal.append(JournalItem(table, row_id, "update", {k: before[k] for k in changed}, case_id))
        self._audit(table, row_id, "update", {k: [before[k], v] for k, v in changed.items()})
        self._pending.append(Change(table, row_id, case_id))
        return {k: before[k] for k in changed}

    def delete(self, table: str, row_id: int, case_id: int | None = None) -> dict:
        """Delete a row; return it whole so that undo can put it back with the same id."""
        self._require_tx()
        before = self.row(table, row_id)
        if before is None:
            raise KeyError(f"{table} {row_id}")
        self.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        self._journal.append(JournalItem(table, row_id, "delete", before, case_id))
        self._audit(table, row_id, "delete", {k: [v, None] for k, v in before.items() if k != "id"})
        self._pending.append(Change(table, row_id, case_id))
        return before

    def row(self, table: str, row_id: int) -> dict | None:
        cursor = self.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found))

    def announce(self, entity: str, row_id: int, case_id: int | None = None) -> None:
        self._pending.append(Change(entity, row_id, case_id))

    def _audit(self, table: str, row_id: int, action: str, changes: dict) -> None:
        self.conn.execute(
            "INSERT INTO audit (at, user, table_name, row_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)",
            [self.now(), self._user() or "", table, row_id, action, json.dumps(changes, ensure_ascii=False)],
        )

    def _require_tx(self) -> None:
        if not self._depth:
            raise RuntimeError("writes must run inside Store.transaction()")
