"""Aftaler: every agreement across cases – what, who, deadline, case, meeting, status – filtered by person,
sector, status and due, and followed up between meetings: marked done or lapsed with a note, which goes
into the case's stafetlog and shows at the case's next meeting under "Opfølgning på aftaler".

Enter or a double-click opens the case; "Open meeting" opens the meeting the agreement was made at. An
agreement read in from another KIT Desk's plan shows that plan as its source instead ("fra BUC
Nordstrands plan, version 1, 12.09.2026") and has no meeting here to open.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kitdesk.domain.dates import local_today
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.models.agreement_list import COLUMNS, AgreementListModel, source_line
from kitdesk.ui.reason_dialog import ReasonDialog
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import CodeCombo, RecordTable, SearchKeys, heading

COLUMN_WIDTHS = {"deadline": 100, "child": 200, "what": 320, "responsible": 150, "sector": 170, "meeting": 190,
                 "status": 150}
ENTITIES = {"agreements", "meetings", "cases", "persons", "members", "settings"}


class NoteDialog(ReasonDialog):
    """The note with a follow-up: asked for when an agreement lapses, optional when it is done."""

    def __init__(self, title, prompt, ok_text, required: bool, parent=None):
        super().__init__(title, prompt, ok_text, parent=parent)
        self.required = required

    def accept(self) -> None:
        if self.required:
            super().accept()
        else:
            QDialog.accept(self)


def ask_note(parent, outcome: str) -> str | None:
    """The note written (may be empty for done), or None if the user cancelled. Tests answer in its place."""
    if outcome == "done":
        dialog = NoteDialog(QCoreApplication.translate("AgreementsPage", "Mark the agreement as done"),
                            QCoreApplication.translate("AgreementsPage", "What came of it? A short note goes into the case's baton log (optional)."),
                            QCoreApplication.translate("AgreementsPage", "Mark as done"), False, parent)
    else:
        dialog = NoteDialog(QCoreApplication.translate("AgreementsPage", "The agreement lapses"),
                            QCoreApplication.translate("AgreementsPage", "Why does the agreement lapse? The reason goes into the case's baton log."),
                            QCoreApplication.translate("AgreementsPage", "Mark as lapsed"), True, parent)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AgreementsPage(QWidget):
    open_meeting = Signal(int)
    open_case = Signal(int, str)

    def __init__(self, store, bridge, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = AgreementListModel(self)
        self.undo_stack = QUndoStack(self)  # marking done or lapsed here is undone with Ctrl+Z
        self._stale = True
        self._build()
        bridge.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Agreements"), self))
        top.addSpacing(24)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the child, the agreement or who  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the agreements"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.status = self._combo(filters, self.tr("S&tatus"), [
            (self.tr("Open"), "open"), (self.tr("Done"), "done"), (self.tr("Lapsed"), "dropped"),
            (self.tr("Continued"), "continued"), (self.tr("All"), "all")])
        self.due = self._combo(filters, self.tr("&Due"), [
            (self.tr("Any deadline"), "all"), (self.tr("Overdue"), "overdue"),
            (self.tr("Within 14 days or overdue"), "soon")])
        self.person = self._combo(filters, self.tr("&Person"), [(self.tr("Everyone"), "")])
        self.sector = self._combo(filters, self.tr("S&ector"), [(self.tr("All sectors"), "")]
                                  + labels.items(labels.SECTORS))
        filters.addStretch(1)
        layout.addLayout(filters)

        self.table = RecordTable(self)
        SearchKeys(self.search, self.table, self._open_case)  # Down into the list, Enter opens the case
        self.table.setAccessibleName(self.tr("Agreements across the cases"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fixed row heights: Qt then never measures rows, which keeps a reset of 20,000 rows cheap.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, name in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS[name])
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        # The selected agreement's source when it came from a received plan (the column has room for its day).
        self.source_label = QLabel(self)
        self.source_label.setProperty("muted", True)
        self.source_label.setWordWrap(True)
        self.source_label.hide()
        layout.addWidget(self.source_label)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setProperty("muted", True)
        self.count_label.setWordWrap(True)
        bottom.addWidget(self.count_label, 1)
        self.done_button = self._button(bottom, self.tr("Mark as &done…"), lambda: self.close_selected("done"))
        self.drop_button = self._button(bottom, self.tr("Mark as &lapsed…"), lambda: self.close_selected("dropped"))
        self.reopen_button = self._button(bottom, self.tr("&Reopen"), self.reopen_selected)
        self.meeting_button = self._button(bottom, self.tr("Open &meeting"), self._open_meeting)
        self.case_button = self._button(bottom, self.tr("Open &case"), self._open_case)
        layout.addLayout(bottom)

        self.search.textChanged.connect(lambda text: self._refilter(text=text))
        self.table.activated.connect(lambda _index: self._open_case())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

    def _combo(self, row, text: str, pairs) -> CodeCombo:
        label = QLabel(text, self)
        combo = CodeCombo(pairs, self)
        combo.setAccessibleName(text.replace("&", ""))
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        row.addSpacing(12)
        combo.currentIndexChanged.connect(lambda _i: self._refilter())
        return combo

    def _button(self, row, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        selected = self.selected()
        self.model.set_entries(self.store.desk.agreements(), local_today())
        self._fill_people()
        self._reselect(selected.id if selected else None)

    def _fill_people(self) -> None:
        chosen = self.person.code()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), "")
        for name in self.model.people():
            self.person.addItem(name, name)
        self.person.set_code(chosen or "")
        self.person.blockSignals(False)
        if self.person.code() != chosen:
            self.model.set_filter(person="")

    def _refilter(self, text: str | None = None) -> None:
        selected = self.selected()
        values = {"status": self.status.code(), "due": self.due.code(), "person": self.person.code() or "",
                  "sector": self.sector.code() or ""}
        if text is not None:
            values["text"] = text
        self.model.set_filter(**values)
        self._reselect(selected.id if selected else None)

    def _reselect(self, agreement_id: int | None) -> None:
        row = self.model.row_of(agreement_id) if agreement_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(self.tr("%1 of %n agreement(s) shown. Double-click one, or press Enter, to "
                                         "open its case.", "", total).replace("%1", str(shown)))
        self._update_buttons()

    def select_agreement(self, agreement_id: int) -> None:
        """Show and select one agreement (from the overview), widening the filters if they hide it."""
        if self._stale:
            self.reload()
        if self.model.row_of(agreement_id) < 0:
            self.search.clear()
            for combo, code in ((self.status, "all"), (self.due, "all"), (self.person, ""), (self.sector, "")):
                combo.blockSignals(True)
                combo.set_code(code)
                combo.blockSignals(False)
            self._refilter(text="")
        self._reselect(agreement_id)
        self.table.setFocus()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.line_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        closable = entry is not None and entry.closable
        self.done_button.setEnabled(closable)
        self.drop_button.setEnabled(closable)
        self.reopen_button.setEnabled(entry is not None and entry.closed_between_meetings)
        self.meeting_button.setEnabled(entry is not None and entry.meeting_id is not None)
        received = entry is not None and entry.received
        self.meeting_button.setToolTip(self.tr("It came from a received plan: there is no meeting here to open. "
                                               "Open the case.") if received else "")
        self.source_label.setText(self.tr("%1 – there is no meeting here to open; Enter opens the case.").replace(
            "%1", source_line(entry)) if received else "")
        self.source_label.setVisible(received)
        self.case_button.setEnabled(entry is not None)

    # -- acting ---------------------------------------------------------------------------------------
    def close_selected(self, outcome: str) -> None:
        entry = self.selected()
        if entry is None:
            return
        note = ask_note(self, outcome)
        if note is None:
            return
        text = self.tr("Mark the agreement as done") if outcome == "done" else self.tr("The agreement lapses")
        write(self, self.undo_stack, self.store, lambda: self.store.desk.close_agreement(entry.id, outcome, note),
              text, title=self.tr("Agreements"))

    def reopen_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            write(self, self.undo_stack, self.store, lambda: self.store.desk.reopen_agreement(entry.id),
                  self.tr("Reopen the agreement"), title=self.tr("Agreements"))

    def _open_meeting(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.meeting_id is None:  # from a received plan: the case is where it is followed up
            self.open_case.emit(entry.case_id, "")
        else:
            self.open_meeting.emit(entry.meeting_id)

    def _open_case(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.open_case.emit(entry.case_id, "")

    # -- events -------------------------------------------------------------------------------------

    def _on_changed(self, changes) -> None:
        if not touches(changes, ENTITIES):
            return
        if self.isVisible() and not self._stale:
            QTimer.singleShot(0, self.reload)  # once for a burst of changes
        self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale or self.model.today != local_today():
            self.reload()
