"""What the case's list tabs share – Netværk, Samtykke, Informationsudveksling, Stafetlog, Møder.

Each tab is built the same way: a model, its widgets, a first load, and a reload whenever the store
announces a change to one of the tables it shows (WATCHES) for this case. Nothing is typed straight
into most of them – a dialog saves – so committing pending edits does nothing unless a tab says so.
The small pieces they all used to write out – a row of buttons under a heading, a list that wraps long
texts, a read-only box with the whole of the selected record, keeping the selection across a reload,
a window-modal dialog that selects what it saved – are here once.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPlainTextEdit, QPushButton, QWidget

from kitdesk.ui.bridge import touches
from kitdesk.ui.widgets import RecordTable, WrappingDelegate, heading


class CaseListTab(QWidget):
    WATCHES: frozenset[str] = frozenset()  # tables whose changes (for this case) reload the tab

    def __init__(self, store, bridge, case_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack = store, case_id, undo_stack
        self.dialog = None  # the dialog open over the tab, if any
        self.model = self.make_model()
        self._build()
        self.load()
        bridge.changed.connect(self._on_changed)

    # -- what each tab provides ---------------------------------------------------------------------
    def make_model(self):
        raise NotImplementedError

    def _build(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def commit_pending(self) -> None:
        """Nothing is typed straight into a list tab: every change is saved when its dialog closes."""

    def _on_changed(self, changes) -> None:
        if touches(changes, set(self.WATCHES), self.case_id):
            self.load()

    # -- shared pieces ------------------------------------------------------------------------------
    def button(self, text: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        if primary:
            button.setProperty("primary", True)
        button.clicked.connect(slot)
        return button

    def heading_row(self, title: str, buttons: Iterable[QPushButton]) -> QHBoxLayout:
        """The tab's heading on the left, its buttons on the right."""
        row = QHBoxLayout()
        row.addWidget(heading(title, self, level=2))
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    def wrapping_table(self, widths: Iterable[int], name: str = "") -> RecordTable:
        """A case has a handful of records: long texts wrap onto a second line rather than being cut off.
        `name`: what a screen reader calls the list."""
        table = RecordTable(self, name)
        table.setModel(self.model)
        table.setWordWrap(True)
        table.setItemDelegate(WrappingDelegate(table))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        return table

    def details_box(self, placeholder: str) -> QPlainTextEdit:
        """A read-only box under the list with the whole of the selected record."""
        box = QPlainTextEdit(self)
        box.setAccessibleName(QCoreApplication.translate("CaseListTab", "The selected record in full"))
        box.setReadOnly(True)
        box.setFixedHeight(96)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        return box

    def selected_row(self) -> int | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].row() if rows else None

    def select(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)

    def reselect(self, record_id: int | None) -> None:
        """After a reload: the record that was selected, else the first."""
        row = self.model.row_of(record_id) if record_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)

    def open_dialog(self, dialog) -> None:
        # open(), not exec(): window-modal without a nested event loop, and tests can drive it.
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a lambda holding the dialog: the wrapper must not outlive its C++ object.
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        saved = self.saved_by(dialog) if dialog is not None else None
        if result and saved:
            self.select(saved)
        self.table.setFocus()

    def saved_by(self, dialog) -> int | None:
        """The record a closed dialog saved, to select it."""
        return getattr(dialog, "saved_id", None)
