"""The live session as the shared screen sees it: everything but the internal notes.

The presentation window is on a wall screen or in a video call. It is handed this instead of the
chair's LiveSession, so an internal note can never reach it – whatever that window does with what it
is given.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

HIDDEN_FIELDS = {("item_notes", "internal_note")}


def is_public(table: str, field: str) -> bool:
    return (table, field) not in HIDDEN_FIELDS


class PublicSession(QObject):
    text_changed = Signal(str, int, str, object)
    current_item_changed = Signal(object)
    saved = Signal(str)
    save_failed = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self.store = session.store
        self.meeting_id = session.meeting_id
        session.text_changed.connect(self._relay)
        session.current_item_changed.connect(self.current_item_changed)
        session.saved.connect(self.saved)
        session.save_failed.connect(self.save_failed)

    def value(self, table: str, row_id: int, field: str, stored):
        if not is_public(table, field):
            return ""
        return self._session.value(table, row_id, field, stored)

    def type(self, table: str, row_id: int, field: str, value) -> None:
        raise PermissionError("the shared screen only shows the minutes")

    def flush(self, timeout: float = 5.0) -> bool:
        return self._session.flush(timeout)

    def _relay(self, table: str, row_id: int, field: str, value) -> None:
        if is_public(table, field):
            self.text_changed.emit(table, row_id, field, value)
