"""Samtykke: which parties may exchange information, at a glance, and the consents behind it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.model import Consent
from kitdesk.domain.network import consent_coverage
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.consent_dialog import ConsentDialog, WithdrawDialog
from kitdesk.ui.models.consent_table import ConsentTableModel, sectors_text, status_text
from kitdesk.ui.widgets import RecordTable, heading, shortcut


class ConsentsTab(QWidget):
    def __init__(self, store, bridge, case_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack = store, case_id, undo_stack
        self.dialog = None  # the open consent or withdraw dialog, if any
        self.coverage_lines: list[QLabel] = []
        self.model = ConsentTableModel(self)
        self._build()
        self.load()
        bridge.changed.connect(self._on_changed)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.addWidget(heading(self.tr("Who may exchange information today"), self, level=2))
        self.coverage = QWidget(self)
        self.coverage_grid = QGridLayout(self.coverage)
        self.coverage_grid.setContentsMargins(0, 0, 0, 0)
        self.coverage_grid.setHorizontalSpacing(8)
        self.coverage_grid.setVerticalSpacing(4)
        layout.addWidget(self.coverage)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Consents"), self, level=2))
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("&New consent…"), self)
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"), self)
        for button in (self.add_button, self.edit_button, self.withdraw_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addSpacing(8)
        layout.addLayout(top)

        self.table = RecordTable(self)
        self.table.setModel(self.model)
        # A case has a handful of these: long texts wrap onto a second line rather than being cut off.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 170, 105, 105, 260, 240, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # "Withdrawn 15.08.2026" (and its Danish) must never be cut off.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setFixedHeight(96)
        self.details.setPlaceholderText(self.tr("Choose a consent to see all of it here."))
        self.details.setTabChangesFocus(True)
        layout.addWidget(self.details)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.withdraw_button)
        self.setTabOrder(self.withdraw_button, self.table)

        self.add_button.clicked.connect(self.add_consent)
        self.edit_button.clicked.connect(self.edit_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.table.activated.connect(lambda _index: self.edit_consent())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_consent, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- load ---------------------------------------------------------------------------------------
    def load(self) -> None:
        today = local_today()
        selected = self.current()
        consents = self.store.consents.list(self.case_id)
        self.model.set_rows(consents, today)
        self._show_coverage(consents, today)
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def _show_coverage(self, consents: list[Consent], today) -> None:
        for line in self.coverage_lines:
            self.coverage_grid.removeWidget(line)
            line.hide()
            line.deleteLater()
        self.coverage_lines = []
        by_id = {c.id: c for c in consents}
        members = self.store.network.members(self.case_id)
        coverage = consent_coverage(members, consents, today)
        if not coverage:
            self._add_line(self.tr("There are no professionals in the network yet. Add them in the Network tab."),
                           "info", None, True)
        for item in coverage:
            sector = labels.label(labels.SECTORS, item.sector)
            if item.covered:
                # Several consents may cover a sector: name the one that lasts longest.
                best = max((by_id[i] for i in item.consent_ids if i in by_id),
                           key=lambda c: (c.valid_until is None, c.valid_until or today))
                until = (self.tr("valid until %1").replace("%1", fmt_date(best.valid_until))
                         if best.valid_until else self.tr("no end date"))
                text = self.tr("✓ %1: covered by consent from %2 (%3)") \
                    .replace("%1", sector).replace("%2", best.given_by).replace("%3", until)
            else:
                text = self.tr("✗ %1: no valid consent").replace("%1", sector)
            self._add_line(text, "ok" if item.covered else "warning", item.sector, item.covered)
        # Two columns keep a network of eight parties within a glance on a laptop screen.
        columns = 2 if len(self.coverage_lines) > 3 else 1
        for i, line in enumerate(self.coverage_lines):
            self.coverage_grid.addWidget(line, i // columns, i % columns)

    def _add_line(self, text: str, kind: str, sector: str | None, covered: bool) -> None:
        line = QLabel(text, self.coverage)
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setWordWrap(True)
        line.setProperty("kind", kind)
        line.setProperty("sector", sector)
        line.setProperty("covered", covered)
        self.coverage_lines.append(line)

    def coverage_text(self, sector: str) -> str:
        for line in self.coverage_lines:
            if line.property("sector") == sector:
                return line.text()
        return ""

    # -- selection ----------------------------------------------------------------------------------
    def current(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.consent_at(rows[0].row()) if rows else None

    def select(self, consent_id: int) -> None:
        row = self.model.row_of(consent_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self, *_args) -> None:
        consent = self.current()
        self.edit_button.setEnabled(consent is not None)
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)
        self.details.setPlainText(self._describe(consent) if consent else "")

    def _describe(self, c: Consent) -> str:
        lines = [
            self.tr("%1 – %2, %3").replace("%1", c.given_by).replace(
                "%2", labels.label(labels.CONSENT_GIVERS, c.giver_kind)).replace(
                "%3", labels.label(labels.CONSENT_FORMS, c.form).lower()),
            self.tr("Status: %1").replace("%1", status_text(c, local_today())),
            self.tr("Given %1, %2").replace("%1", fmt_date(c.given_on)).replace(
                "%2", self.tr("valid until %1").replace("%1", fmt_date(c.valid_until))
                if c.valid_until else self.tr("no end date")),
            self.tr("Covers: %1").replace("%1", sectors_text(c.sectors)),
        ]
        if c.information:
            lines.append(self.tr("Information: %1").replace("%1", c.information))
        if c.note:
            lines.append(self.tr("Note: %1").replace("%1", c.note))
        return "\n".join(lines)

    # -- actions ------------------------------------------------------------------------------------
    def add_consent(self) -> None:
        self._open(ConsentDialog(self.store, self.case_id, self.undo_stack, parent=self))

    def edit_consent(self) -> None:
        consent = self.current()
        if consent is not None:
            self._open(ConsentDialog(self.store, self.case_id, self.undo_stack, consent, parent=self))

    def withdraw_consent(self) -> None:
        consent = self.current()
        if consent is not None and consent.withdrawn_on is None:
            self._open(WithdrawDialog(self.store, consent, self.undo_stack, parent=self))

    def _open(self, dialog) -> None:
        # open(), not exec(): window-modal without a nested event loop, and tests can drive it.
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a lambda holding the dialog: the wrapper must not outlive its C++ object.
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        saved = getattr(dialog, "saved_id", None) or getattr(getattr(dialog, "consent", None), "id", None)
        if result and saved:
            self.select(saved)
        self.table.setFocus()

    def commit_pending(self) -> None:
        # Everything is saved when a dialog is accepted; nothing waits here.
        pass

    def _on_changed(self, changes) -> None:
        if touches(changes, {"consents", "members"}, self.case_id):
            self.load()

