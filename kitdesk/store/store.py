"""The Store: open a data folder's database safely and hand out one repository per aggregate."""
from __future__ import annotations

import contextlib
import logging
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Iterator

from kitdesk.paths import DataFolder
from kitdesk.store.core import Change, JournalItem, Listener, Writer
from kitdesk.store.db import StoreError, open_connection, wrap
from kitdesk.store.schema import pending_steps
from kitdesk.store.integrity import check_database_file, remove_scratch_leftovers
from kitdesk.store.repos import Repository

if TYPE_CHECKING:  # the type checker's view of the lazy repositories; nothing is imported at run time
    from kitdesk.store.repos.audit import AuditRepo
    from kitdesk.store.repos.baton_log import BatonLogRepo
    from kitdesk.store.repos.cases import CaseRepo
    from kitdesk.store.repos.consents import ConsentRepo
    from kitdesk.store.repos.exchanges import ExchangeRepo
    from kitdesk.store.repos.live import LiveRepo
    from kitdesk.store.repos.meetings import MeetingRepo
    from kitdesk.store.repos.network import NetworkRepo
    from kitdesk.store.repos.persons import PersonRepo
    from kitdesk.store.repos.plans import PlanRepo
    from kitdesk.store.repos.settings import SettingsRepo

log = logging.getLogger(__name__)


class DatabaseDamaged(StoreError):
    def __init__(self, problems: list[str]):
        super().__init__(" ".join(problems))
        self.problems = problems


class Store:
    # Made on first use (repos/__init__.py); typed through the TYPE_CHECKING imports above.
    settings: Repository[SettingsRepo] = Repository()
    persons: Repository[PersonRepo] = Repository()
    cases: Repository[CaseRepo] = Repository()
    network: Repository[NetworkRepo] = Repository()
    consents: Repository[ConsentRepo] = Repository()
    exchanges: Repository[ExchangeRepo] = Repository()
    baton_log: Repository[BatonLogRepo] = Repository()
    audit: Repository[AuditRepo] = Repository()
    meetings: Repository[MeetingRepo] = Repository()
    live: Repository[LiveRepo] = Repository()
    plans: Repository[PlanRepo] = Repository()

    def __init__(self, conn: sqlite3.Connection, folder: DataFolder | None = None):
        self.conn = conn
        self._db = None
        self.folder = folder
        self._listeners: list[Listener] = []
        self.last_journal: list[JournalItem] = []
        self.writer = Writer(self, self._current_user)

    @property
    def db(self):
        """sqlite-utils around the connection, made on first use (writes, migrations, tools)."""
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    def query(self, sql: str, args=()) -> list[dict]:
        """Rows as dicts through the raw connection: reads need no sqlite-utils."""
        cursor = self.conn.execute(sql, args)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: DataFolder, *, check: bool = True, problems: list[str] | None = None) -> "Store":
        """Check, open and migrate. Raises DatabaseDamaged without writing a byte to a damaged file.

        `problems`: the result of a check_database_file() the caller already ran (start-up runs it
        in a thread while Qt loads).
        """
        folder.ensure()
        remove_scratch_leftovers(folder.root)
        if check and problems is None and folder.db_path.exists():
            problems = check_database_file(folder.db_path)
        if check and problems:
            raise DatabaseDamaged(problems)
        conn = open_connection(folder.db_path)
        try:
            pending = pending_steps(conn)
            if pending:
                from kitdesk.store import migrations

                if conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
                    _copy_before_migrating(conn, folder, pending)
                migrations.apply(wrap(conn))
        except BaseException:
            conn.close()
            raise
        return cls(conn, folder)

    def close(self) -> None:
        self.conn.close()

    # -- transactions and announcements ---------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Writer]:
        outermost = not self.writer.in_transaction
        with self.writer.transaction() as writer:
            yield writer
        if outermost:
            changes, self.last_journal = self.writer.take_changes()
            self._announce(changes)

    def revert(self, journal: list[JournalItem]) -> list[JournalItem]:
        """Undo a committed transaction row by row; returns the journal of the revert (for redo).

        The journal holds every row the transaction changed, the dependants Writer.delete removed or
        unlinked before a row included, in the order they changed: replayed backwards, a deleted row
        comes back before its dependants, and they before the references to it.

        The baton log is append-only: an event entry the reverted transaction wrote stays, and a
        correction entry pointing at it says that it was undone.
        """
        with self.transaction() as w:
            touched: dict[int, None] = {}
            for item in reversed(journal):
                if item.table == "log_entries":
                    if item.action == "insert":
                        self.baton_log.note_undone(w, item.id)
                    continue
                if item.action == "insert":
                    w.delete(item.table, item.id, item.case_id)
                elif item.action == "update":
                    w.update(item.table, item.id, item.before, item.case_id)
                else:
                    w.insert(item.table, item.before, item.case_id)
                if item.case_id:
                    touched[item.case_id] = None
            for case_id in touched:  # once per case, however many rows a cascade brought back
                self.cases.touch(w, case_id)
        return self.last_journal

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, changes: list[Change]) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)

    def _current_user(self) -> str:
        return self.settings.get("user_name") or ""


def _copy_before_migrating(conn, folder: DataFolder, pending: list[str]) -> None:
    """A consistent copy of the database as it was, before any pending schema step runs."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder.backups / f"before-migration-{stamp}.sqlite3"
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    log.info("database copied to %s before migrations %s", target.name, ", ".join(pending))
