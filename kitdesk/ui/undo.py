"""Undo/redo of case edits: each command reverts a committed store transaction row by row."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class StoreCommand(QUndoCommand):
    """Pushed after the store change has happened; the first redo() is therefore a no-op."""

    def __init__(self, store, text: str, journal):
        super().__init__(text)
        self.store = store
        self.journal = list(journal)
        self._done = True

    def undo(self) -> None:
        self.journal = self.store.revert(self.journal)
        self._done = False

    def redo(self) -> None:
        if self._done:
            return
        self.journal = self.store.revert(self.journal)
        self._done = True


def record(stack, store, text: str) -> None:
    """Push the transaction the store just committed onto an undo stack."""
    journal, store.last_journal = store.last_journal, []
    if journal:
        stack.push(StoreCommand(store, text, journal))
