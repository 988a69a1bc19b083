"""Fremmøde: who is here – i lokalet / online / fraværende / afbud – one click (or arrow keys) per person.

Each click is one store transaction and one undo step. The list starts from the answers to the
invitation (store.live.start marks an afbud as such) and refreshes itself when invitees change.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.minutes import ATTENDANCE
from kitdesk.templates import load_roles
from kitdesk.ui.bridge import touches
from kitdesk.ui.live.attendance_words import PRESENT, role_line, word
from kitdesk.ui.live.elided_label import ElidedLabel
from kitdesk.ui.live.walk_in_dialog import WalkInDialog
from kitdesk.ui.undo import record, write


class AttendanceRow(QFrame):
    """One person: the name, what they are here as, and four buttons of which one is down."""

    chosen = Signal(int, str)  # invitee id, attendance code

    def __init__(self, invitee, role_labels: dict[str, str], parent=None):
        super().__init__(parent)
        self.invitee_id = invitee.id
        self.setObjectName("attendanceRow")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 4)
        layout.setSpacing(2)
        # The name and what they are here as share a line: six people fit in the column at 1366×768.
        line = QHBoxLayout()
        line.setSpacing(8)
        self.name = QLabel(self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setProperty("strong", True)
        self.role = ElidedLabel(self)
        self.role.setProperty("muted", True)
        line.addWidget(self.name)
        line.addWidget(self.role, 1)
        layout.addLayout(line)
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # "not recorded yet" is a state too: no button down
        self.buttons: dict[str, QToolButton] = {}
        for code in ATTENDANCE:
            button = QToolButton(self)
            button.setText(word(code))
            button.setCheckable(True)
            button.setObjectName(f"attendance_{code}")
            button.setProperty("segment", code)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # The four share the row's width, whatever the language makes of the words.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(40)
            button.clicked.connect(lambda _checked=False, c=code: self.chosen.emit(self.invitee_id, c))
            self.group.addButton(button)
            self.buttons[code] = button
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.show_invitee(invitee, role_labels)

    def show_invitee(self, invitee, role_labels: dict[str, str]) -> None:
        self.name.setText(invitee.name or QCoreApplication.translate("Attendance", "(no name)"))
        self.role.set_full_text(role_line(invitee, role_labels))
        self.set_attendance(invitee.attendance)

    def set_attendance(self, code: str) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == code)

    def attendance(self) -> str:
        return next((code for code, button in self.buttons.items() if button.isChecked()), "")

    def set_editable(self, editable: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(editable)

    def keyPressEvent(self, event) -> None:
        # Left/Right move between the four choices and pick one, as in a radio group.
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            codes = list(ATTENDANCE)
            current = next((c for c, b in self.buttons.items() if b.hasFocus()), self.attendance() or codes[0])
            step = -1 if key == Qt.Key.Key_Left else 1
            target = codes[(codes.index(current) + step) % len(codes)]
            self.buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
            self.buttons[target].click()
            return
        super().keyPressEvent(event)


class AttendancePanel(QWidget):
    walk_in_requested = Signal()

    def __init__(self, store, bridge, meeting_id: int, undo_stack, parent=None, before_write=None):
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack = store, meeting_id, undo_stack
        # Called before each store write: the view lets the minutes writer finish first (see view.py).
        self.before_write = before_write or (lambda: None)
        self.case_id = store.meetings.get(meeting_id).case_id
        try:
            self.role_labels = {key: role.label for key, role in load_roles().items()}
        except (OSError, ValueError):
            self.role_labels = {}
        self.rows: dict[int, AttendanceRow] = {}
        self._editable = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        title = QLabel(self.tr("Attendance"), self)
        title.setProperty("heading", 2)
        self.summary = QLabel(self)
        self.summary.setProperty("muted", True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(title)
        top.addSpacing(10)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.list = QVBoxLayout()
        self.list.setSpacing(2)
        layout.addLayout(self.list)
        self.add_button = QPushButton(self.tr("&Add someone who turned up…"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_walk_in)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        self.load()
        bridge.changed.connect(self._on_changed)

    def load(self) -> None:
        meeting = self.store.meetings.get(self.meeting_id)
        wanted = [i.id for i in meeting.invitees]
        if list(self.rows) != wanted:
            # Someone was added (or removed): build the rows again, keeping the focus where it was.
            focused = next((i for i, r in self.rows.items() if r.isAncestorOf(self.focusWidget() or self)), None)
            for row in self.rows.values():
                self.list.removeWidget(row)
                row.deleteLater()
            self.rows = {}
            for invitee in meeting.invitees:
                row = AttendanceRow(invitee, self.role_labels, self)
                row.chosen.connect(self.set_attendance)
                row.set_editable(self._editable)
                self.list.addWidget(row)
                self.rows[invitee.id] = row
            if focused in self.rows:
                self.rows[focused].buttons[self.rows[focused].attendance() or ATTENDANCE[0]].setFocus()
        else:
            for invitee in meeting.invitees:
                self.rows[invitee.id].show_invitee(invitee, self.role_labels)
        present = sum(1 for i in meeting.invitees if i.attendance in PRESENT)
        unknown = sum(1 for i in meeting.invitees if not i.attendance)
        text = self.tr("%1 of %2 present").replace("%1", str(present)).replace("%2", str(len(meeting.invitees)))
        if unknown:
            text += "  ·  " + self.tr("%n not marked", "", unknown)
        self.summary.setText(text)

    def set_attendance(self, invitee_id: int, code: str) -> None:
        row = self.rows.get(invitee_id)
        self.before_write()
        name = row.name.text() if row is not None else ""
        if not write(self, self.undo_stack, self.store, lambda: self.store.live.set_attendance(invitee_id, code),
                     self.tr("Attendance: %1").replace("%1", name), title=self.tr("Attendance")):
            self.load()
            return
        if row is not None:
            row.set_attendance(code)  # also when the store saw no change (the same button again)

    def add_walk_in(self) -> None:
        dialog = WalkInDialog(self.store, self.meeting_id, self, before_write=self.before_write)
        if dialog.exec() and dialog.invitee_id is not None:
            record(self.undo_stack, self.store, self.tr("Add %1").replace("%1", dialog.name_added))
            self.load()

    def set_editable(self, editable: bool, walk_ins: bool = True) -> None:
        """While the meeting runs; after it, the plan's review corrects attendance until sign-off
        (walk_ins False: someone who turned up is added only while the meeting runs)."""
        self._editable = editable
        for row in self.rows.values():
            row.set_editable(editable)
        self.add_button.setVisible(editable and walk_ins)

    def first_button(self):
        row = next(iter(self.rows.values()), None)
        return row.buttons[row.attendance() or ATTENDANCE[0]] if row is not None else self.add_button

    def _on_changed(self, changes) -> None:
        if touches(changes, {"invitees"}, self.case_id):
            self.load()
