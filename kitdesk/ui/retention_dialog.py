"""Afsluttede sager til sletning: closed cases kept longer than the retention setting. The app lists
them and asks; it never deletes by itself. Each is deleted like any case ("Slet sag…"), one at a time,
with its case number typed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.ui.widgets import heading


class RetentionDialog(QDialog):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.store = window.store
        self.months = self.store.settings.retention_months()
        self.setWindowTitle(self.tr("Closed cases due for deletion"))
        self.setMinimumSize(720, 420)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Closed cases kept longer than %1 months").replace("%1", str(self.months)),
                                 self, 2))
        lead = QLabel(self.tr(
            "Closed cases are kept %1 months after they were closed (File ▸ Settings). KIT Desk never deletes "
            "anything by itself: choose a case and delete it – or open it first to check. A signed plan should be "
            "filed in the case system before.").replace("%1", str(self.months)), self)
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Case number"), self.tr("Child"), self.tr("Closed"),
                                              self.tr("Due since")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(lambda _i: self.open_case())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No closed case is kept longer than the setting says."), self)
        self.empty.setProperty("muted", True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open case"), self)
        self.delete_button = QPushButton(self.tr("&Delete case…"), self)
        for button in (self.open_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_case)
        self.delete_button.clicked.connect(self.delete_case)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.due = self.store.cases.due_for_deletion(local_today(), self.months)
        self.table.setRowCount(len(self.due))
        for row, case in enumerate(self.due):
            for column, text in enumerate((case.case_no, case.child_name, fmt_date(case.closed_on),
                                           fmt_date(case.due_on))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, case.id)
                self.table.setItem(row, column, item)
        has = bool(self.due)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected_case(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.due[rows[0].row()].id if rows else None

    def open_case(self) -> None:
        case_id = self.selected_case()
        if case_id is not None:
            self.window_.open_case(case_id)
            self.accept()

    def delete_case(self) -> None:
        from kitdesk.ui.erase_case_dialog import CaseErasure

        case_id = self.selected_case()
        if case_id is None:
            return
        result = self.window_.delete_case(case_id)
        if result == CaseErasure.PLAN_OPENED:
            self.accept()  # the plan's tab is open: file it first
        else:
            self.load()
