"""A time of day typed the Danish way: "9.00", "09:00", "9" or "0900" all mean nine o'clock.

It shows "9.00". Bad input is marked (red border, tooltip) and kept, never thrown away.
"""
from __future__ import annotations

from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kitdesk.domain.dates import parse_time
from kitdesk.domain.refusal import Refusal
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import restyle


def fmt_short_time(value: time | None) -> str:
    """9.00, 14.30 – the hour without a leading zero, as on a Danish invitation."""
    return "" if value is None else f"{value.hour}.{value.minute:02d}"


class TimeEdit(QLineEdit):
    committed = Signal(object)  # time | None, after a valid edit that changed the value

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 9.00"))
        self.setMaxLength(8)
        self.setMaximumWidth(90)
        self._value: time | None = None
        self._error = ""
        self.editingFinished.connect(self._finish)

    def value(self) -> time | None:
        """The time typed now; a Refusal (kitdesk.domain.dates.BAD_TIME) if it is not a time."""
        return parse_time(self.text())

    def set_value(self, value: time | None) -> None:
        self._value = value
        self.setText(fmt_short_time(value))
        self.mark_error("")

    def is_valid(self) -> bool:
        try:
            self.value()
        except Refusal:
            return False
        return True

    def error(self) -> str:
        return self._error

    def mark_error(self, message: str) -> None:
        """Red border and tooltip while `message` is set; the text typed stays as it is."""
        self._error = message
        self.setProperty("invalid", bool(message))
        self.setToolTip(message)
        restyle(self)

    def _finish(self) -> None:
        try:
            value = self.value()
        except Refusal as refused:
            self.mark_error(refusal_text(refused))
            return
        self.mark_error("")
        if value is not None:
            self.setText(fmt_short_time(value))
        if value != self._value:
            self._value = value
            self.committed.emit(value)
