"""The Store: open a data folder's database safely and hand out one repository per aggregate."""
from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from typing import Iterator

from kitdesk.paths import DataFolder
from kitdesk.store import migrations
from kitdesk.store.core import Change, JournalItem, Listener, Writer
from kitdesk.store.db import StoreError, open_database
from kitdesk.store.integrity import check_database_file

log = logging.getLogger(__name__)


class DatabaseDamaged(StoreError):
    def __init__(self, problems: list[str]):
        super().__init__(" ".join(problems))
        self.problems = problems


class Store:
    def __init__(self, db, folder: DataFolder | None = None):
        from kitdesk.store.repos import attach_repositories

        self.db = db
        self.folder = folder
        self._listeners: list[Listener] = []
        self.last_journal: list[JournalItem] = []
        self.writer = Writer(db, self._current_user)
        attach_repositories(self)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: DataFolder, *, check: bool = True) -> "Store":
        """Check, open and migrate. Raises DatabaseDamaged without writing a byte to a damaged file."""
        folder.ensure()
        if check and folder.db_path.exists():
            problems = check_database_file(folder.db_path)
            if problems:
                raise DatabaseDamaged(problems)
        db = open_database(folder.db_path)
        pending = migrations.pending(db)
        if pending and db.table_names():
            _copy_before_migrating(db, folder, pending)
        migrations.apply(db)
        return cls(db, folder)

    def close(self) -> None:
        self.db.conn.close()

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

        The baton log is append-only: an event entry the reverted transaction wrote stays, and a
        correction entry pointing at it says that it was undone.
        """
        with self.transaction() as w:
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
                    self.cases.touch(w, item.case_id)
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


def _copy_before_migrating(db, folder: DataFolder, pending: list[str]) -> None:
    """A consistent copy of the database as it was, before any pending schema step runs."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder.backups / f"before-migration-{stamp}.sqlite3"
    import sqlite3

    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    log.info("database copied to %s before migrations %s", target.name, ", ".join(pending))
