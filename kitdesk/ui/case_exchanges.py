"""Informationsudveksling: what was exchanged between the sectors, when, and the documents."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QMessageBox, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.model import Exchange
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.exchange_dialog import ExchangeDialog
from kitdesk.ui.models.exchange_table import COLUMNS, ExchangeTableModel
from kitdesk.ui.widgets import RecordTable, heading, shortcut

FILE_COLUMN = COLUMNS.index("file")


class ExchangesTab(QWidget):
    def __init__(self, store, bridge, case_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack = store, case_id, undo_stack
        self.dialog = None
        self.model = ExchangeTableModel(self)
        self._build()
        self.load()
        bridge.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Information exchanged"), self, level=2))
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("&Record exchange…"), self)
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.open_button = QPushButton(self.tr("&Open file"), self)
        for button in (self.add_button, self.edit_button, self.open_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addLayout(top)

        self.table = RecordTable(self)
        self.table.setModel(self.model)
        # A case has a handful of these: long texts wrap onto a second line rather than being cut off.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((105, 130, 190, 190, 300, 200)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setFixedHeight(96)
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr("Choose an exchange to see all of it here."))
        layout.addWidget(self.details)

        self.add_button.clicked.connect(self.add_exchange)
        self.edit_button.clicked.connect(self.edit_exchange)
        self.open_button.clicked.connect(self.open_file)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_exchange, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- load ---------------------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.current()
        exchanges = self.store.exchanges.list(self.case_id)
        missing = {e.id for e in exchanges if e.stored_file and not self._file_ok(e)}
        self.model.set_rows(exchanges, missing)
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def _file_ok(self, exchange: Exchange) -> bool:
        path = self.stored_path(exchange)
        return path is not None and path.is_file()

    def stored_path(self, exchange: Exchange) -> Path | None:
        path = self.store.exchanges.file_path(exchange)
        if path is None or self.store.folder is None:
            return None
        # Only ever open a file inside the data folder, whatever the database says.
        root = self.store.folder.root.resolve()
        resolved = path.resolve()
        return resolved if resolved.is_relative_to(root) else None

    # -- selection ----------------------------------------------------------------------------------
    def current(self) -> Exchange | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.exchange_at(rows[0].row()) if rows else None

    def select(self, exchange_id: int) -> None:
        row = self.model.row_of(exchange_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self, *_args) -> None:
        e = self.current()
        self.edit_button.setEnabled(e is not None)
        self.open_button.setEnabled(e is not None and bool(e.stored_file))
        if e is None:
            self.details.setPlainText("")
            return
        lines = [self.tr("%1, %2: %3 → %4").replace("%1", labels.label(labels.EXCHANGE_KINDS, e.kind))
                 .replace("%2", fmt_date(e.exchanged_on))
                 .replace("%3", labels.label(labels.SECTORS, e.from_sector))
                 .replace("%4", labels.label(labels.SECTORS, e.to_sector))]
        if e.file_name:
            lines.append(self.tr("File: %1").replace("%1", e.file_name))
        if e.note:
            lines.append(e.note)
        self.details.setPlainText("\n".join(lines))

    # -- actions ------------------------------------------------------------------------------------
    def add_exchange(self) -> None:
        self._open(ExchangeDialog(self.store, self.case_id, self.undo_stack, parent=self))

    def edit_exchange(self) -> None:
        e = self.current()
        if e is not None:
            self._open(ExchangeDialog(self.store, self.case_id, self.undo_stack, e, parent=self))

    def _activated(self, index) -> None:
        e = self.model.exchange_at(index.row())
        if index.column() == FILE_COLUMN and e.stored_file:
            self.open_file()
        else:
            self.edit_exchange()

    def open_file(self) -> None:
        e = self.current()
        if e is None or not e.stored_file:
            return
        path = self.stored_path(e)
        if path is None or not path.is_file():
            QMessageBox.warning(self, self.tr("File not found"), self.tr(
                "The file %1 is no longer in KIT Desk's data folder. It may have been moved or deleted "
                "outside KIT Desk. The record of the exchange is kept.").replace("%1", e.file_name))
            self.load()
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(self, self.tr("Could not open the file"), self.tr(
                "The file %1 could not be opened. Perhaps no program on this computer opens this kind of file.")
                .replace("%1", e.file_name))
            return
        self.store.access_log.record("document_opened", "exchanges", e.id, self.case_id)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a lambda holding the dialog: the wrapper must not outlive its C++ object.
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if result and dialog is not None and dialog.saved_id:
            self.select(dialog.saved_id)
        self.table.setFocus()

    def commit_pending(self) -> None:
        # Everything is saved when a dialog is accepted; nothing waits here.
        pass

    def _on_changed(self, changes) -> None:
        if touches(changes, {"exchanges"}, self.case_id):
            self.load()
