"""Turns the store's change announcements into a Qt signal every screen can listen to."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class StoreBridge(QObject):
    # list[kitdesk.store.core.Change]
    changed = Signal(list)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        store.subscribe(self._forward)

    def _forward(self, changes) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self.store.unsubscribe(self._forward)


def touches(changes, entities: set[str], case_id: int | None = None) -> bool:
    """Does a batch of changes concern these tables (and, if given, this case)?"""
    return any(c.entity in entities and (case_id is None or c.case_id in (None, case_id)) for c in changes)
