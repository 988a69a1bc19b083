"""Møder: the network meetings across all cases – upcoming first, their state and their deadline.

Enter or a double-click opens a meeting. The page is filled when first shown and catches up on
changes when shown again, so a hidden page costs nothing while the user types elsewhere.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from kitdesk.domain.dates import local_today
from kitdesk.ui.bridge import touches
from kitdesk.ui.models.meeting_table import COLUMNS, MeetingTableModel
from kitdesk.ui.widgets import CodeCombo, RecordTable, SearchKeys, heading, search_field

# Wide enough for the Danish words too: "overskredet med 12 arbejdsdage", "Opdatering ikke sendt".
COLUMN_WIDTHS = {"when": 195, "child": 220, "state": 105, "form": 95, "deadline": 100,
                 "deadline_status": 250, "update": 190}
# Settings too: the extra closed days move the deadlines.
ENTITIES = {"meetings", "invitees", "cases", "settings"}


def meeting_table(model, parent) -> QTableView:
    """The table both the overview and a case's Meetings tab use."""
    table = RecordTable(parent, QCoreApplication.translate("MeetingsPage", "Network meetings"))
    table.setModel(model)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, name in enumerate(COLUMNS):
        table.setColumnWidth(column, COLUMN_WIDTHS[name])
    header.setStretchLastSection(True)
    return table


class MeetingsPage(QWidget):
    open_meeting = Signal(int)

    def __init__(self, store, bridge, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = MeetingTableModel(self)
        self._stale = True
        self._build()
        bridge.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Network meetings"), self))
        top.addSpacing(24)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by the child's name  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        search_field(self.search, self.tr("Search the meetings"))
        self.search.setMinimumWidth(300)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        show = QLabel(self.tr("&Show"), self)
        self.filter = CodeCombo([(self.tr("All meetings"), "all"), (self.tr("Upcoming"), "upcoming"),
                                 (self.tr("Drafts"), "drafts"),
                                 (self.tr("Awaiting sign-off"), "to_sign")], self)
        show.setBuddy(self.filter)
        top.addWidget(show)
        top.addWidget(self.filter)
        top.addSpacing(12)
        self.open_button = QPushButton(self.tr("&Open meeting"), self)
        self.open_button.setAutoDefault(False)
        top.addWidget(self.open_button)
        layout.addLayout(top)

        self.table = meeting_table(self.model, self)
        SearchKeys(self.search, self.table, self.open_selected)  # Down into the list, Enter opens the meeting
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setProperty("muted", True)
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(lambda text: self._refilter(text=text))
        self.filter.currentIndexChanged.connect(lambda _i: self._refilter(kind=self.filter.code()))
        self.table.activated.connect(lambda index: self.open_meeting.emit(self.model.line_at(index.row()).id))
        self.open_button.clicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._update_buttons()

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_meeting_id()
        self.model.set_rows(self.store.meetings.rows(), local_today(), self.store.settings.extra_closed_days())
        self._reselect(selected)

    def _refilter(self, text: str | None = None, kind: str | None = None) -> None:
        selected = self.selected_meeting_id()
        self.model.set_filter(text=text, kind=kind)
        self._reselect(selected)

    def _reselect(self, meeting_id: int | None) -> None:
        row = self.model.row_of(meeting_id) if meeting_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if not total:
            self.count_label.setText(self.tr("No network meetings yet. Open a case and choose "
                                             "New network meeting on its Meetings tab."))
        else:
            self.count_label.setText(self.tr("%1 of %n meeting(s) shown. Double-click a meeting, or press "
                                             "Enter, to open it.", "", total).replace("%1", str(shown)))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_meeting_id() is not None)

    def selected_meeting_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line_at(rows[0].row()).id if rows else None

    def open_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.open_meeting.emit(meeting_id)

    # -- events -------------------------------------------------------------------------------------

    def _on_changed(self, changes) -> None:
        if not touches(changes, ENTITIES):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Also after midnight: "upcoming" and the working days left depend on today.
        if self._stale or self.model.today != local_today():
            self._stale = False
            self.reload()
