"""Informationsudveksling: what was exchanged between the sectors, when, and the documents."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QVBoxLayout

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.model import Exchange
from kitdesk.ui import labels
from kitdesk.ui.case_tab import CaseListTab
from kitdesk.ui.exchange_dialog import ExchangeDialog
from kitdesk.ui.models.exchange_table import COLUMNS, ExchangeTableModel
from kitdesk.ui.widgets import fit_column, shortcut

FILE_COLUMN = COLUMNS.index("file")


class ExchangesTab(CaseListTab):
    WATCHES = frozenset({"exchanges"})

    def make_model(self):
        return ExchangeTableModel(self)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        self.add_button = self.button(self.tr("&Record exchange…"), self.add_exchange, primary=True)
        self.edit_button = self.button(self.tr("&Edit…"), self.edit_exchange)
        self.open_button = self.button(self.tr("&Open file"), self.open_file)
        layout.addLayout(self.heading_row(self.tr("Information exchanged"),
                                          (self.add_button, self.edit_button, self.open_button)))

        self.table = self.wrapping_table((105, 130, 190, 190, 300, 200), self.tr("Information exchanged"))
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch)
        # From and To hold a sector's name: wide enough for the longest, so none is cut off.
        sectors = [labels.label(labels.SECTORS, code) for code in labels.SECTORS]
        for column in ("from_sector", "to_sector"):
            fit_column(self.table, COLUMNS.index(column), sectors, 150)
        layout.addWidget(self.table, 1)

        self.details = self.details_box(self.tr("Choose an exchange to see all of it here."))
        layout.addWidget(self.details)

        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_exchange, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- load ---------------------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.current()
        exchanges = self.store.exchanges.list(self.case_id)
        missing = {e.id for e in exchanges if e.stored_file and not self._file_ok(e)}
        self.model.set_rows(exchanges, missing)
        self.reselect(selected.id if selected is not None else None)
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
        row = self.selected_row()
        return self.model.exchange_at(row) if row is not None else None

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
        self.open_dialog(ExchangeDialog(self.store, self.case_id, self.undo_stack, parent=self))

    def edit_exchange(self) -> None:
        e = self.current()
        if e is not None:
            self.open_dialog(ExchangeDialog(self.store, self.case_id, self.undo_stack, e, parent=self))

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
