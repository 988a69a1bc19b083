"""A multi-line text field that, like QLineEdit, says when the user has finished editing it.

QPlainTextEdit has no editingFinished; the meeting screens save each field when it is left.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from kitdesk.ui.widgets import restyle


class NoteEdit(QPlainTextEdit):
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3):
        super().__init__(parent)
        # Tab moves on to the next field: nobody types a tab character into a note.
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + self.fontMetrics().lineSpacing() * 2)

    def text(self) -> str:
        return self.toPlainText()

    def isModified(self) -> bool:
        return self.document().isModified()

    def setModified(self, modified: bool) -> None:
        self.document().setModified(modified)

    def set_text(self, text: str) -> None:
        """Show a stored value, unless the user is typing something else into the field right now."""
        if self.hasFocus() and self.isModified():
            return
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.setModified(False)

    def mark_invalid(self, invalid: bool, message: str = "") -> None:
        self.setProperty("invalid", invalid)
        self.setToolTip(message if invalid else "")
        restyle(self)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.isModified():
            self.editingFinished.emit()
