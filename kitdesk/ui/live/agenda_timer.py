"""Dagsorden with a clock: the current item highlighted, each item's time used against its minutes.

Only the current item's clock runs, and only while the meeting is running. The seconds are counted
from a monotonic clock (not by adding one per tick: a busy UI thread may tick late) and handed to the
save path at most every SAVE_EVERY seconds, and whenever the item changes or the view saves.
"""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kitdesk.domain.minutes import item_overtime
from kitdesk.ui.widgets import restyle

SAVE_EVERY = 5.0  # seconds between saves of a running clock


def fmt_clock(seconds: int) -> str:
    """12:05 – minutes and seconds, or 1:02:05 past an hour."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class AgendaRow(QFrame):
    """One agenda item: number and title, and its clock. Click or Enter makes it the current item."""

    activated = Signal(int)

    def __init__(self, number: int, item, parent=None):
        super().__init__(parent)
        self.item_id = item.id
        self.minutes = item.minutes
        self.setObjectName("agendaRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("current", False)
        self.setProperty("over", False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(8)
        self.title = QLabel(f"{number}. {item.title}", self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.clock = QLabel(self)
        self.clock.setObjectName("agendaClock")
        self.clock.setTextFormat(Qt.TextFormat.PlainText)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock.setProperty("over", False)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.clock)
        self.used = 0

    def show_used(self, used: int) -> None:
        self.used = used
        over_seconds = item_overtime(used, self.minutes)
        over = over_seconds > 0
        text = self.tr("%1 / %2 min").replace("%1", fmt_clock(used)).replace("%2", str(self.minutes))
        if over:
            minutes_over = max(1, over_seconds // 60)
            text += "  " + self.tr("+%1").replace("%1", str(minutes_over))
            self.setToolTip(self.tr("%n minute(s) over its time", "", minutes_over))
        else:
            self.setToolTip("")
        self.clock.setText(text)
        if self.clock.property("over") != over:
            restyle(self.clock, over=over)
            restyle(self, over=over)

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            restyle(self, current=current)
            restyle(self.title, strong=current)

    def is_over(self) -> bool:
        return bool(self.clock.property("over"))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.item_id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.item_id)
            return
        super().keyPressEvent(event)


class AgendaTimer(QWidget):
    """The agenda list. The view tells it which item is current and whether the clock runs."""

    item_chosen = Signal(int)
    used_changed = Signal(int, int)  # item id, seconds – to be handed to the save path

    def __init__(self, parent=None, clock=time.monotonic):
        super().__init__(parent)
        self.clock = clock
        self.rows: dict[int, AgendaRow] = {}
        self.used: dict[int, float] = {}
        self.current: int | None = None
        self.running = False
        self._last_tick = 0.0
        self._last_save = 0.0
        self._saved: dict[int, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.list = QVBoxLayout()
        self.list.setSpacing(2)
        layout.addLayout(self.list)
        self.total = QLabel(self)
        self.total.setProperty("muted", True)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.total)
        layout.addStretch(1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)

    def set_clock(self, clock) -> None:
        """Count from another clock (a test's): the running item's time so far is kept."""
        self._advance()
        self.clock = clock
        self._last_tick = self._last_save = clock()

    def set_items(self, agenda, used: dict[int, int]) -> None:
        for row in self.rows.values():
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for number, item in enumerate(sorted(agenda, key=lambda i: i.position), start=1):
            row = AgendaRow(number, item, self)
            row.activated.connect(self.item_chosen)
            self.list.addWidget(row)
            self.rows[item.id] = row
            self.used.setdefault(item.id, float(used.get(item.id, 0)))
            self._saved.setdefault(item.id, int(used.get(item.id, 0)))
            row.show_used(int(self.used[item.id]))
            row.set_current(item.id == self.current)
        self._show_total()

    def item_ids(self) -> list[int]:
        return list(self.rows)

    def set_current(self, item_id: int | None) -> None:
        """Stop the clock of the item left (its seconds are handed on), start the new one's."""
        self._advance()
        self.save_now()
        self.current = item_id
        for some_id, row in self.rows.items():
            row.set_current(some_id == item_id)
        self._last_tick = self.clock()

    def set_running(self, running: bool) -> None:
        self._advance()
        self.running = running
        self._last_tick = self.clock()
        if running:
            self.ticker.start()
        else:
            self.ticker.stop()
            self.save_now()

    def set_used(self, item_id: int, seconds: int) -> None:
        """Set an item's time used (a correction, or a test), and show it."""
        self.used[item_id] = float(seconds)
        self._last_tick = self.clock()
        if item_id in self.rows:
            self.rows[item_id].show_used(int(seconds))
        self._show_total()

    def tick(self) -> None:
        self._advance()
        if self.current in self.rows:
            self.rows[self.current].show_used(int(self.used[self.current]))
            self._show_total()
        if self.clock() - self._last_save >= SAVE_EVERY:
            self.save_now()

    def save_now(self) -> None:
        """Hand every changed clock to the save path (the view connects used_changed to it)."""
        self._advance()
        self._last_save = self.clock()
        for item_id, seconds in self.used.items():
            whole = int(seconds)
            if self._saved.get(item_id) != whole:
                self._saved[item_id] = whole
                self.used_changed.emit(item_id, whole)

    def is_over(self, item_id: int) -> bool:
        return item_id in self.rows and self.rows[item_id].is_over()

    def _advance(self) -> None:
        now = self.clock()
        if self.running and self.current in self.used:
            # A gap of more than a minute means the machine slept: that time is not the item's.
            self.used[self.current] += min(max(0.0, now - self._last_tick), 60.0)
        self._last_tick = now

    def _show_total(self) -> None:
        planned = sum(row.minutes for row in self.rows.values())
        used = sum(int(self.used.get(i, 0)) for i in self.rows)
        self.total.setText(self.tr("Agenda: %1 used of %2 min").replace("%1", fmt_clock(used)).replace(
            "%2", str(planned)))
