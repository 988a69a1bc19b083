"""What the screen tests share: the store's signal bridge, an undo stack, and questions answered
without a real message box. Plus small look-ups in the demo data (case_named, freja_meeting) and a
read of what is on disk through a connection of its own (on_disk)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from kitdesk.store.db import connect
from kitdesk.ui.bridge import StoreBridge


@pytest.fixture(autouse=True)
def _application(qapp):
    """Every screen test has the QApplication, whichever test a worker happens to run first: a
    QPixmap made without one aborts the process (pytest-xdist runs the tests in any order)."""
    return qapp


@pytest.fixture
def bridge(demo_store):
    b = StoreBridge(demo_store)
    yield b
    b.detach()


@pytest.fixture
def undo_stack():
    return QUndoStack()


@pytest.fixture
def discard_when_asked(monkeypatch):
    """A dialog left open with typed text asks before closing; at teardown the answer is Discard.
    Tests that care about the question patch it themselves."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def case_named(store, child: str) -> int:
    return next(r.id for r in store.cases.rows() if r.child_name == child)


def freja_meeting(store) -> int:
    """Freja's invited meeting in the demo data."""
    return next(r.id for r in store.meetings.rows() if r.child_name == "Freja Nørgaard" and r.state == "invited")


def on_disk(store, sql: str, args):
    """The first value of a query read through a connection of its own, as the next start of the
    app would read it (not through the store's connection)."""
    conn = connect(store.folder.db_path, store.key)
    try:
        row = conn.execute(sql, args).fetchone()
        return row[0] if row else None
    finally:
        conn.close()
