"""Undo/redo of case edits: each command reverts a committed store transaction row by row; write()
is the one way a screen makes a change: ask, write, say why the store refused, record the undo step."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.domain.refusal import Refusal
from kitdesk.store.core import DeleteRefused
from kitdesk.ui.refusals import refusal_text, said


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
                                QCoreApplication.translate("StoreCommand", "Cannot undo"), refusal_text(refused))
            return False
        return True


def record(stack, store, text: str) -> None:
    """Push the transaction the store just committed onto an undo stack."""
    journal, store.last_journal = store.last_journal, []
    if journal:
        stack.push(StoreCommand(store, text, journal))


def write(parent, undo_stack, store, action: Callable[[], object], text: str | None = None, *, title: str = "",
          confirm: str = "", show: Callable[[str], object] | None = None,
          refusals: tuple[type[Exception], ...] = (Refusal,)) -> bool:
    """The steps of every change a screen makes: ask first (when `confirm` is given), write, say why
    the store refused, record one undo step. Returns True when the change was written.

    `action` makes the change in the store; what it returns is the undo text unless `text` is given.
    A refusal – the store's message for the user, in the chosen language – is shown by `show` (a
    dialog's banner) or in a warning box titled `title`; nothing is recorded then. `refusals` may add
    KeyError (the row is gone). `undo_stack` None: nothing to record into."""
    if confirm and QMessageBox.question(parent, title, confirm,
                                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                        QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return False
    try:
        result = action()
    except refusals as exc:
        if show is not None:
            show(said(exc))
        else:
            QMessageBox.warning(parent, title, said(exc))
        return False
    if undo_stack is not None:
        record(undo_stack, store, text if text is not None else str(result))
    return True
