"""Møder: one case's network meetings, and "Nyt netværksmøde" – and below them the agreements of plans
read in from another KIT Desk (Filer → Læs plan ind…), with where they are from.

A meeting opens in its own tab. This tab only asks for it (open_meeting); the main window opens it.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.ui.case_tab import CaseListTab
from kitdesk.ui.meetings_page import meeting_table
from kitdesk.ui.models.meeting_table import COLUMNS, MeetingTableModel
from kitdesk.ui.new_meeting_dialog import NewMeetingDialog
from kitdesk.ui.widgets import heading, shortcut


class CaseMeetingsTab(CaseListTab):
    WATCHES = frozenset({"meetings", "invitees", "settings", "plan_imports"})
    open_meeting = Signal(int)

    def make_model(self):
        return MeetingTableModel(self)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        self.new_button = self.button(self.tr("&New network meeting…"), self.new_meeting, primary=True)
        self.open_button = self.button(self.tr("&Open meeting"), self.open_selected)
        layout.addLayout(self.heading_row(self.tr("Network meetings"), (self.new_button, self.open_button)))
        self.table = meeting_table(self.model, self)
        self.table.setColumnHidden(COLUMNS.index("child"), True)  # it is this case's child
        layout.addWidget(self.table, 1)
        self.hint = QLabel(self)
        self.hint.setProperty("muted", True)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.received_heading = heading(self.tr("Agreements from plans read in"), self, level=2)
        self.received = QLabel(self)
        self.received.setWordWrap(True)
        self.received.setTextFormat(Qt.TextFormat.PlainText)
        self.received.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.received_heading, self.received):
            layout.addWidget(widget)

        self.table.activated.connect(lambda index: self.open_meeting.emit(self.model.line_at(index.row()).id))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.new_meeting, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def load(self) -> None:
        selected = self.selected_meeting_id()
        self.model.set_rows(self.store.meetings.rows(self.case_id), local_today(),
                            self.store.settings.extra_closed_days())
        self.reselect(selected)
        if self.model.rowCount():
            self.hint.setText(self.tr("Double-click a meeting, or press Enter, to open it."))
        else:
            self.hint.setText(self.tr("No network meetings in this case yet. Choose New network meeting "
                                      "to prepare one."))
        self._update_buttons()
        self._show_received()

    def _show_received(self) -> None:
        """One line per agreement of a plan read in: what, who, when, and where it is from."""
        lines = []
        for row in self.store.plan_imports.imported_agreements(self.case_id):
            if row["ongoing"]:
                when = self.tr("ongoing")
            else:
                when = fmt_date(date.fromisoformat(row["deadline"])) if row["deadline"] else self.tr("no deadline")
            state = self.tr("open") if row["status"] == "open" else self.tr("followed up")
            source = row["source"][:1].upper() + row["source"][1:]
            lines.append(f"• {' '.join(row['what'].split())} – {row['responsible_name'] or '—'}, {when} · {source} "
                         f"({state})")
        self.received.setText("\n".join(lines))
        self.received_heading.setVisible(bool(lines))
        self.received.setVisible(bool(lines))

    def selected_meeting_id(self) -> int | None:
        row = self.selected_row()
        return self.model.line_at(row).id if row is not None else None

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
        self.select(dialog.meeting_id)
        self.open_meeting.emit(dialog.meeting_id)

    def open_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.open_meeting.emit(meeting_id)
