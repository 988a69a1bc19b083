"""Sager: every case in a sortable table, a search box that filters as you type, open/closed filter.

With no cases at all it shows the welcome instead: "Ny sag" and "Indlæs eksempeldata".
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kitdesk.ui.bridge import touches
from kitdesk.ui.models.case_table import CaseTableModel, demo_icon_size
from kitdesk.ui.widgets import RecordTable, SearchKeys, heading, search_field


class WelcomePanel(QFrame):
    new_case = Signal()
    load_demo = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Welcome to KIT Desk"), self))
        intro = QLabel(self.tr(
            "Here you keep the case file for each child in a cross-sector course – the network, consents, "
            "information exchanged and the baton log – and prepare and chair network meetings.\n\n"
            "Everything is saved on this computer only. Start by creating a case, or look around in "
            "fictitious example data first."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New case"), self)
        self.new_button.setProperty("primary", True)
        self.demo_button = QPushButton(self.tr("Load example data"), self)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        note = QLabel(self.tr("The example data is made up and marked \"Example\" in the list. File ▸ Remove example "
                              "data removes it again in one step."), self)
        note.setProperty("muted", True)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.new_button.clicked.connect(self.new_case)
        self.demo_button.clicked.connect(self.load_demo)


class CaseListPage(QWidget):
    open_case = Signal(int)
    new_case = Signal()
    load_demo = Signal()
    show_due = Signal()  # "Se sagerne…" on the notice of closed cases due for deletion
    ready = Signal()  # the first time the list is filled and shown

    def __init__(self, store, bridge, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = CaseTableModel(self)
        self._ready_sent = False
        self._demo_sized = False
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.welcome = None  # built when there are no cases to show
        self.list_page = self._build_list()
        self.stack.addWidget(self.list_page)
        bridge.changed.connect(self._on_changed)
        self.reload()

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Cases"), page))
        top.addSpacing(24)
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Search by name, case number or contact person  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        search_field(self.search, self.tr("Search the cases"))
        self.search.setMinimumWidth(340)
        top.addWidget(self.search, 1)
        self.status_group = QButtonGroup(page)
        for code, text in (("open", self.tr("Open")), ("closed", self.tr("Closed")), ("all", self.tr("All"))):
            button = QRadioButton(text, page)
            button.setProperty("status", code)
            button.setChecked(code == "open")
            self.status_group.addButton(button)
            top.addWidget(button)
        top.addSpacing(12)
        self.new_button = QPushButton(self.tr("New case"), page)
        self.new_button.setProperty("primary", True)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        layout.addWidget(self._build_due_notice(page))

        self.table = RecordTable(page, self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Fixed row heights: Qt then never measures rows, which keeps a reset of 10,000 rows cheap.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((210, 115, 110, 55, 70, 190, 215, 150)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(page)
        self.count_label.setProperty("muted", True)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(lambda text: self._filter(text=text))
        SearchKeys(self.search, self.table, self._open_chosen, select_first=True)
        self.status_group.buttonToggled.connect(self._status_toggled)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_case)
        QShortcut(QKeySequence.StandardKey.Find, page, self.search.setFocus)
        return page

    def _build_due_notice(self, page) -> QWidget:
        """One line, not a dialog: closed cases kept longer than the retention setting."""
        self.due_notice = QFrame(page)
        row = QHBoxLayout(self.due_notice)
        row.setContentsMargins(0, 4, 0, 0)
        self.due_label = QLabel(self.due_notice)
        self.due_label.setProperty("kind", "info")
        row.addWidget(self.due_label, 1)
        self.due_button = QPushButton(self.tr("See the cases…"), self.due_notice)
        self.due_button.setAutoDefault(False)
        self.due_button.clicked.connect(self.show_due)
        row.addWidget(self.due_button)
        self.due_notice.hide()
        return self.due_notice

    def update_due_notice(self) -> None:
        from kitdesk.domain.dates import local_today

        months = self.store.settings.retention_months()
        due = len(self.store.cases.due_for_deletion(local_today(), months))
        self.due_label.setText(self.tr("%n closed case(s) kept longer than %1 months after closing. You decide "
                                       "whether to delete them.", "", due).replace("%1", str(months)))
        self.due_notice.setVisible(bool(due))

    def reload(self) -> None:
        rows = self.store.cases.rows()
        if not self._demo_sized and any(r.is_demo for r in rows):
            # Sized when first needed: drawing the "Eksempel" pill costs start-up time a list without
            # example cases need not pay.
            self._demo_sized = True
            self.table.setIconSize(demo_icon_size())
        self.model.set_rows(rows)
        if self.model.total() == 0:
            self.stack.setCurrentWidget(self._welcome_page())
        else:
            self.stack.setCurrentWidget(self.list_page)
        self._update_count()

    def _welcome_page(self) -> QWidget:
        if self.welcome is None:
            self.welcome = WelcomePanel(self)
            self.welcome.new_case.connect(self.new_case)
            self.welcome.load_demo.connect(self.load_demo)
            holder = QWidget(self)
            hl = QVBoxLayout(holder)
            hl.setContentsMargins(80, 60, 80, 60)
            # A fixed width between stretches (not an alignment flag, which drops height-for-width):
            # the word-wrapped labels then get their full height.
            self.welcome.setFixedWidth(820)
            centred = QHBoxLayout()
            centred.addStretch(1)
            centred.addWidget(self.welcome)
            centred.addStretch(1)
            hl.addLayout(centred)
            hl.addStretch(1)
            self.stack.addWidget(holder)
        return self.welcome.parentWidget()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._ready_sent:
            self._ready_sent = True
            if self.stack.currentWidget() is self.list_page:
                self.search.setFocus()  # the first thing a user does here is look a child up
            QTimer.singleShot(0, self.ready.emit)
            QTimer.singleShot(0, self.update_due_notice)  # after the list is shown: start-up does not wait

    def _filter(self, text=None, status=None) -> None:
        self.model.set_filter(text=text, status=status)
        self._update_count()

    def _status_toggled(self, button, checked: bool) -> None:
        if checked:
            self._filter(status=button.property("status"))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(self.tr("%1 of %n case(s) shown", "", total).replace("%1", str(shown)))

    def _activated(self, index) -> None:
        self.open_case.emit(self.model.row_at(index.row()).id)

    def _open_chosen(self) -> None:
        """Enter in the search box: the selected case, or the first one shown."""
        rows = self.table.selectionModel().selectedRows()
        self.open_case.emit(self.model.row_at(rows[0].row() if rows else 0).id)


    def _on_changed(self, changes) -> None:
        if touches(changes, {"cases", "members", "persons"}):
            self.reload()
        # Closing a case never makes it due at once (a month at least): count again when the setting
        # changes, after a deletion, or when a listed case changes (reopened, say).
        if touches(changes, {"settings", "erasure"}) or (touches(changes, {"cases"}) and not self.due_notice.isHidden()):
            self.update_due_notice()
