"""Møder: one case's network meetings, and "Nyt netværksmøde".

A meeting opens in its own tab. This tab only asks for it (open_meeting); the main window opens it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kitdesk.domain.dates import local_today
from kitdesk.ui.bridge import touches
from kitdesk.ui.meetings_page import meeting_table
from kitdesk.ui.models.meeting_table import COLUMNS, MeetingTableModel
from kitdesk.ui.new_meeting_dialog import NewMeetingDialog
from kitdesk.ui.widgets import heading, shortcut


class CaseMeetingsTab(QWidget):
    open_meeting = Signal(int)

    def __init__(self, store, bridge, case_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack = store, case_id, undo_stack
        self.dialog = None
        self.model = MeetingTableModel(self)
        self._build()
        self.load()
        bridge.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Network meetings"), self, level=2))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("&New network meeting…"), self)
        self.new_button.setProperty("primary", True)
        self.open_button = QPushButton(self.tr("&Open meeting"), self)
        for button in (self.new_button, self.open_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addLayout(top)
        self.table = meeting_table(self.model, self)
        self.table.setColumnHidden(COLUMNS.index("child"), True)  # it is this case's child
        layout.addWidget(self.table, 1)
        self.hint = QLabel(self)
        self.hint.setProperty("muted", True)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.new_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda index: self.open_meeting.emit(self.model.line_at(index.row()).id))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.new_meeting, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def load(self) -> None:
        selected = self.selected_meeting_id()
        self.model.set_rows(self.store.meetings.rows(self.case_id), local_today(),
                            self.store.settings.extra_closed_days())
        row = self.model.row_of(selected) if selected is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        if self.model.rowCount():
            self.hint.setText(self.tr("Double-click a meeting, or press Enter, to open it."))
        else:
            self.hint.setText(self.tr("No network meetings in this case yet. Choose New network meeting "
                                      "to prepare one."))
        self._update_buttons()

    def selected_meeting_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line_at(rows[0].row()).id if rows else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_meeting_id() is not None)

    def new_meeting_dialog(self):
        self.dialog = NewMeetingDialog(self.store, self.case_id, self.undo_stack, parent=self)
        return self.dialog

    def new_meeting(self) -> None:
        dialog = self.new_meeting_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.created(dialog)
        self.dialog = None

    def created(self, dialog) -> None:
        """After the dialog made the meeting: select it here and ask for it to be opened."""
        if dialog.meeting_id is None:
            return
        row = self.model.row_of(dialog.meeting_id)
        if row >= 0:
            self.table.selectRow(row)
        self.open_meeting.emit(dialog.meeting_id)

    def open_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.open_meeting.emit(meeting_id)

    def commit_pending(self) -> None:
        """Nothing is typed here: every change is saved by the dialog or the meeting itself."""

    def _on_changed(self, changes) -> None:
        if touches(changes, {"meetings", "invitees", "settings"}, self.case_id):
            self.load()
