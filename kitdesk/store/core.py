"""Transactions, audit rows and change announcements shared by every repository.

Every write goes through Writer inside Store.transaction(): the audit row is written in the same
transaction, and the (entity, id) pairs it touched are announced to subscribers after commit.
"""
from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from kitdesk.domain.dates import to_utc_iso, utc_now
from kitdesk.store.db import IntegrityErrors
from kitdesk.store.references import CASCADE, SET_NULL, STILL_REFERRED_ELSEWHERE, DeleteRefused, Reference, References


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
        # The foreign keys, read from this connection's database on first need.
        self.references = References(self.conn)
        # What "now" is for the rows written: the real time, except while the demo writes its history
        # (kitdesk.store.demo), whose entries carry the days they tell of.
        self.clock: Callable[[], Any] = utc_now

    @property
    def db(self):
        """The sqlite-utils Database (for atomic() and table helpers)."""
        return self._store.db

    # -- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Writer]:
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

    def take_changes(self) -> tuple[list[Change], list[JournalItem]]:
        changes, self._pending = self._pending, []
        journal, self._journal = self._journal, []
        return changes, journal

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- row operations ------------------------------------------------------------------------
    def now(self) -> str:
        return to_utc_iso(self.clock())

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
        """Delete a row; return it whole so that undo can put it back with the same id.

        What refers to the row is dealt with first, here, rather than left to ON DELETE CASCADE /
        SET NULL: rows SQLite removes or changes on its own would be in no journal and no audit row,
        and undo would bring back the row without them. So the rows that would cascade are deleted
        (their own dependants before them) and the references that would be set to NULL are set to
        NULL, each journalled and audited; a revert, replaying the journal backwards, puts back the
        row, then its dependants, then the references. A dependant that must never be deleted (an
        append-only row such as the baton log's), or a reference SQLite refuses to let go, refuses
        the whole delete with DeleteRefused.
        """
        self._require_tx()
        before = self.row(table, row_id)
        if before is None:
            raise KeyError(f"{table} {row_id}")
        self._delete(table, row_id, before, case_id, set())
        return before

    def _delete(self, table: str, row_id: int, before: dict, case_id: int | None, seen: set) -> None:
        seen.add((table, row_id))
        for ref in self.references.to(table):  # () for most tables: no extra query
            self._release(ref, before, case_id, seen)
        try:
            self.conn.execute(f"DELETE FROM [{table}] WHERE [{self.references.key(table)}] = ?", [row_id])
        except IntegrityErrors as exc:
            if "FOREIGN KEY" not in str(exc).upper():
                raise
            raise self._blocked(table, before) from exc
        self._journal.append(JournalItem(table, row_id, "delete", before, case_id))
        self._audit(table, row_id, "delete", {k: [v, None] for k, v in before.items() if k != "id"})
        self._pending.append(Change(table, row_id, case_id))

    def _release(self, ref: Reference, parent: dict, case_id: int | None, seen: set) -> None:
        """Delete or unlink the rows of ref.table that refer to `parent`, as ON DELETE would."""
        values = [parent[c] for c in ref.parent_columns]
        if None in values:
            return
        where = " AND ".join(f"[{c}] = ?" for c in ref.columns)
        key = self.references.key(ref.table)
        ids = [r[0] for r in self.conn.execute(f"SELECT [{key}] FROM [{ref.table}] WHERE {where}", values)]
        if not ids:
            return
        if self.references.append_only(ref.table) or ref.on_delete not in (CASCADE, SET_NULL):
            raise self.references.refusal(ref)
        for child_id in ids:
            if ref.on_delete == SET_NULL:
                self.update(ref.table, child_id, dict.fromkeys(ref.columns), case_id)
                continue
            if (ref.table, child_id) in seen:
                continue
            # Read again: deleting an earlier dependant may have changed this one (or taken it along).
            child = self.row(ref.table, child_id)
            if child is not None:
                self._delete(ref.table, child_id, child, case_id, seen)

    def _blocked(self, table: str, row: dict) -> DeleteRefused:
        """The refusal for a row that rows elsewhere still refer to (ON DELETE NO ACTION / RESTRICT)."""
        for ref in self.references.blocking(table):
            values = [row[c] for c in ref.parent_columns]
            where = " AND ".join(f"[{c}] = ?" for c in ref.columns)
            if None not in values and self.conn.execute(
                    f"SELECT 1 FROM [{ref.table}] WHERE {where} LIMIT 1", values).fetchone():
                return self.references.refusal(ref)
        return DeleteRefused(STILL_REFERRED_ELSEWHERE)

    def row(self, table: str, row_id: int) -> dict | None:
        cursor = self.conn.execute(f"SELECT * FROM [{table}] WHERE [{self.references.key(table)}] = ?", [row_id])
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found, strict=True))

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
