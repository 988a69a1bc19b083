"""Undo/redo of case edits: each command reverts a committed store transaction row by row."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.store.core import DeleteRefused


class StoreCommand(QUndoCommand):
    """Pushed after the store change has happened; the first redo() is therefore a no-op."""

    def __init__(self, store, text: str, journal):
        super().__init__(text)
        self.store = store
        self.journal = list(journal)
        self._done = True

    def undo(self) -> None:
        if self._revert():
            self._done = False

    def redo(self) -> None:
        if self._done:
            return
        if self._revert():
            self._done = True

    def _revert(self) -> bool:
        """Revert the journal; False when the store refuses, changing nothing.

        The store refuses a revert that would delete rows which must stay (the baton log's) or which
        other rows still refer to – a person undone after being added to a network elsewhere, say.
        That will not change by trying again: the user is told why, and the step leaves the stack
        (QUndoStack drops an obsolete command instead of counting it as undone)."""
        try:
            self.journal = self.store.revert(self.journal)
        except DeleteRefused as refused:
            self.setObsolete(True)
            QMessageBox.warning(QApplication.activeWindow(),
                                QCoreApplication.translate("StoreCommand", "Cannot undo"), str(refused))
            return False
        return True


def record(stack, store, text: str) -> None:
    """Push the transaction the store just committed onto an undo stack."""
    journal, store.last_journal = store.last_journal, []
    if journal:
        stack.push(StoreCommand(store, text, journal))
