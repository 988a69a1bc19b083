"""A time of day typed the Danish way: "9.00", "09:00", "9" or "0900" all mean nine o'clock.

It shows "9.00". Bad input is marked (red border, tooltip) and kept, never thrown away.
"""
from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kitdesk.ui.widgets import restyle

# "9", "09", "9.30", "09:30", "9,30", "930", "0930".
_SEPARATED = re.compile(r"^([0-9]{1,2})\s*[.:,]\s*([0-9]{2})$")
_DIGITS = re.compile(r"^[0-9]{1,4}$")


def parse_time(text: str) -> time | None:
    """The time typed, None for an empty field; raises ValueError on anything else."""
    s = (text or "").strip()
    if not s:
        return None
    if s.lower().startswith("kl"):  # "kl. 9.30" is how many Danes write it
        s = s[2:].lstrip(". ")
    if m := _SEPARATED.match(s):
        hour, minute = int(m.group(1)), int(m.group(2))
    elif _DIGITS.match(s):
        if len(s) <= 2:
            hour, minute = int(s), 0
        else:
            hour, minute = int(s[:-2]), int(s[-2:])
    else:
        raise ValueError(s)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(s)
    return time(hour, minute)


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
        """The time typed now; raises ValueError (with a message for the user) if it is not a time."""
        try:
            return parse_time(self.text())
        except ValueError:
            raise ValueError(self.tr("Write the time as 9.00 or 14.30 (24-hour clock).")) from None

    def set_value(self, value: time | None) -> None:
        self._value = value
        self.setText(fmt_short_time(value))
        self.mark_error("")

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
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
        except ValueError as exc:
            self.mark_error(str(exc))
            return
        self.mark_error("")
        if value is not None:
            self.setText(fmt_short_time(value))
        if value != self._value:
            self._value = value
            self.committed.emit(value)
