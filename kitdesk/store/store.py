"""The Store: open a data folder's database safely and hand out one repository per aggregate."""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from kitdesk.domain.dates import TZ
from kitdesk.paths import DataFolder
from kitdesk.store.core import Change, JournalItem, Listener, Writer
from kitdesk.store.db import StoreError, connect, open_connection, wrap
from kitdesk.store.identity import Identity, read_identity, stamp
from kitdesk.store.integrity import examine_at_start
from kitdesk.store.page_check import PageCheck
from kitdesk.store.repos import Repository
from kitdesk.store.schema import pending_steps

if TYPE_CHECKING:  # the type checker's view of the lazy repositories; nothing is imported at run time
    from kitdesk.store.repos.access_log import AccessLogRepo
    from kitdesk.store.repos.audit import AuditRepo
    from kitdesk.store.repos.baton_log import BatonLogRepo
    from kitdesk.store.repos.cases import CaseRepo
    from kitdesk.store.repos.consents import ConsentRepo
    from kitdesk.store.repos.desk import DeskRepo
    from kitdesk.store.repos.exchanges import ExchangeRepo
    from kitdesk.store.repos.live import LiveRepo
    from kitdesk.store.repos.meetings import MeetingRepo
    from kitdesk.store.repos.network import NetworkRepo
    from kitdesk.store.repos.persons import PersonRepo
    from kitdesk.store.repos.plan_import import PlanImportRepo
    from kitdesk.store.repos.plans import PlanRepo
    from kitdesk.store.repos.report import ReportRepo
    from kitdesk.store.repos.settings import SettingsRepo
    from kitdesk.store.repos.waiting import WaitingRepo

log = logging.getLogger(__name__)
# The window's connection keeps up to 32 MiB of decrypted pages (SQLCipher's default is 8 MB): a
# report over two years of 2,000 cases reads ~20 MB of index pages, and with the default each new
# report – another period, municipality or school – decrypted them all again (year 226 -> 189 ms).
# The cache fills only with what is read; start-up reads far less.
STORE_CACHE_KIB = 32 * 1024


class DatabaseDamaged(StoreError):
    def __init__(self, problems: list[str]):
        super().__init__(" ".join(problems))
        self.problems = problems


class NewerDatabase(StoreError):
    """The database has schema steps this version does not know: made by a newer KIT Desk."""

    def __init__(self, steps: list[str]):
        super().__init__(", ".join(steps))
        self.steps = steps


class NotKitDeskDatabase(StoreError):
    """The file is an SQLite database, but not one of KIT Desk's."""


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
    access_log: Repository[AccessLogRepo] = Repository()
    waiting: Repository[WaitingRepo] = Repository()
    desk: Repository[DeskRepo] = Repository()
    plan_imports: Repository[PlanImportRepo] = Repository()
    report: Repository[ReportRepo] = Repository()

    def __init__(self, conn, folder: DataFolder | None = None, key: bytes | None = None):
        self.conn = conn
        # The data key, for the connections of the minutes saver and the backups; never shown,
        # never written anywhere but into SQLCipher.
        self.key = key
        self._db = None
        self.folder = folder
        self._listeners: list[Listener] = []
        self.last_journal: list[JournalItem] = []
        self.writer = Writer(self, self._current_user)
        # The page walk start-up may have left out (a sealed file): owed until it has run.
        self.page_check = PageCheck(None, key, walked=True)

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
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: DataFolder, *, key: bytes | None,
             examined: tuple[list[str], Identity | None, bool] | None = None, busy_timeout_s: float = 5.0) -> Store:
        """Check, open, migrate and mark. Writes nothing to a file it refuses: raises DatabaseDamaged
        (with the problems found), NewerDatabase or NotKitDeskDatabase; and OSError or a database error
        for a file it cannot get at (kitdesk.store.db.classify says which kind).

        `examined`: the result of integrity.examine_at_start(db_path, read_identity) the caller already
        has (start-up runs it in a thread while Qt loads). kitdesk.store.opening.open_data_folder
        is the door the app and the commands use; this is the part of it that opens the database.

        A sealed file (kitdesk.store.seal) is opened without walking its pages first: the walk is
        then owed (`store.page_check`), and the window starts it once its first page shows.
        """
        folder.ensure()
        walked = True  # a new file: everything in it is written now
        if folder.db_path.exists():
            problems, identity, walked = examined or (None, None, True)
            if problems is None or (not problems and identity is None):
                problems, identity, walked = examine_at_start(folder.db_path, read_identity, key=key)
            if problems:
                raise DatabaseDamaged(problems)
            if identity is not None and not identity.is_empty:
                if not identity.is_ours:
                    raise NotKitDeskDatabase(str(folder.db_path))
                if identity.unknown_steps:
                    raise NewerDatabase(identity.unknown_steps)
        from kitdesk.store.seal import break_seal

        break_seal(folder.db_path)  # before the first write: a crash from here on leaves no seal
        conn = open_connection(folder.db_path, key=key, busy_timeout_s=busy_timeout_s)
        try:
            conn.execute(f"PRAGMA cache_size = -{STORE_CACHE_KIB}")
            pending = pending_steps(conn)
            if pending:
                from kitdesk.store import migrations

                if conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
                    _copy_before_migrating(conn, folder, pending, key)
                migrations.apply(wrap(conn))
            stamp(conn)
            # Can we write at all? Asked now, so that a read-only file or a database another program
            # holds is said at start rather than on the first save.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except BaseException:
            conn.close()
            raise
        store = cls(conn, folder, key)
        store.page_check = PageCheck(folder.db_path, key, walked=walked)
        return store

    def close(self) -> None:
        """Close the database; sealed (kitdesk.store.seal) when its pages are known healthy and the
        close left nothing in a WAL – the next start then need not walk them."""
        healthy = self.folder is not None and self.page_check.finish()
        self.conn.close()
        if healthy and self.folder is not None:
            from kitdesk.store.seal import write_seal

            write_seal(self.folder.db_path)

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
                elif item.before is None:  # the writer journals every update and delete with the row before
                    raise RuntimeError(f"journal item without the row before: {item.table} {item.id}")
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


def _copy_before_migrating(conn, folder: DataFolder, pending: list[str], key: bytes | None) -> None:
    """A consistent copy of the database as it was, before any pending schema step runs."""
    import os

    from kitdesk.paths import PRIVATE_FILE_MODE

    stamp_ = datetime.now(TZ).strftime("%Y%m%d-%H%M%S")
    target = folder.backups / f"before-migration-{stamp_}.sqlite3"
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE))
    try:
        dest = connect(target, key)
        try:
            conn.backup(dest)
        finally:
            dest.close()
    except BaseException:
        target.unlink(missing_ok=True)  # half a copy helps nobody (and the disk may be full)
        raise
    log.info("database copied to %s before migrations %s", target.name, ", ".join(pending))
