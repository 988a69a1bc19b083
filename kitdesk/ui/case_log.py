"""Stafetlog: the case's dated log, newest first. Entries are never edited: a correction is a new
entry pointing at the old one, and the old one stays, marked as corrected."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.model import LogEntry
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.store.repos.baton_log import REDO_MARK, UNDO_MARK
from kitdesk.ui import labels
from kitdesk.ui.case_tab import CaseListTab
from kitdesk.ui.models.log_table import ENTRY_ID_ROLE, LogTableModel, link_text, marker_text, when
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import record
from kitdesk.ui.widgets import Banner, RecordTable, search_field

NOTE_LIMIT = 20_000
ROW_HEIGHT = 28
# The filter combo: a group of kinds, or one kind ("kind:<code>").
CORRECTION_KINDS = {"correction", "undone", "redone"}
GROUPS = {"all": None, "notes": {"note"}, "corrections": CORRECTION_KINDS,
          "events": set(labels.LOG_KINDS) - {"note"} - CORRECTION_KINDS}


class CtrlEnter(QObject):
    """Ctrl+Enter in a multi-line text box: Enter alone must still make a new line."""

    pressed = Signal()

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.pressed.emit()
            return True
        return False


def kinds_for(code: str | None) -> set[str] | None:
    if code and code.startswith("kind:"):
        return {code[len("kind:"):]}
    return GROUPS.get(code or "all")


class CorrectEntryDialog(QDialog):
    """The old text read-only, a new text below; saving stores a new entry pointing at the old."""

    def __init__(self, store, entry: LogEntry, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.entry, self.undo_stack = store, entry, undo_stack
        self.new_id: int | None = None
        self.setWindowTitle(self.tr("Correct baton log entry"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        if entry.author:
            about = self.tr("Entry from %1, written by %2").replace("%1", when(entry.at)).replace(
                "%2", entry.author)
        else:
            about = self.tr("Entry from %1").replace("%1", when(entry.at))
        header = QLabel(about, self)
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setWordWrap(True)
        layout.addWidget(header)
        self.old_text = QPlainTextEdit(entry.text, self)
        self.old_text.setAccessibleName(self.tr("The entry as it stands"))
        self.old_text.setReadOnly(True)
        self.old_text.setMaximumHeight(130)
        layout.addWidget(self.old_text)
        label = QLabel(self.tr("&Corrected text"), self)
        self.new_text = QPlainTextEdit(entry.text, self)
        label.setBuddy(self.new_text)
        layout.addWidget(label)
        layout.addWidget(self.new_text, 1)
        note = QLabel(self.tr("The original entry stays in the log, marked as corrected. "
                              "Entries are never changed or deleted."), self)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        layout.addWidget(note)
        self.error = Banner(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("&Save correction"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._ctrl_enter = CtrlEnter(self)
        self._ctrl_enter.pressed.connect(self.accept)
        self.new_text.installEventFilter(self._ctrl_enter)
        self.new_text.setFocus()
        self.new_text.selectAll()

    def accept(self) -> None:
        try:
            self.new_id = self.store.baton_log.correct(self.entry.id, self.new_text.toPlainText())
        except Refusal as exc:
            self._show_error(refusal_text(exc))
            return
        except DatabaseErrors as exc:
            self._show_error(describe_error(exc))
            return
        record(self.undo_stack, self.store, self.tr("Correct baton log entry"))
        super().accept()

    def _show_error(self, text: str) -> None:
        # The dialog stays open with the text as typed.
        self.error.show_message(text)
        self.new_text.setFocus()


class LogTab(CaseListTab):
    WATCHES = frozenset({"log_entries"})

    def make_model(self):
        self._states = None  # the link states of the whole log; only a change in the log alters them
        self._fitted: set[int] = set()
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_visible_rows)
        return LogTableModel(self)

    def load(self) -> None:
        self.reload()

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)

        write = QHBoxLayout()
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("New note for the baton log"))
        self.editor.setPlaceholderText(self.tr("Write a note for the baton log …  (Ctrl+Enter adds it)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(72)
        self.add_button = QPushButton(self.tr("&Add entry"), self)
        self.add_button.setProperty("primary", True)
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Adds the note to the log (Ctrl+Enter)"))
        write.addWidget(self.editor, 1)
        write.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(write)
        self.error = Banner(self)
        layout.addWidget(self.error)

        filters = QHBoxLayout()
        show = QLabel(self.tr("&Show"), self)
        self.kind_filter = QComboBox(self)
        for text, code in ((self.tr("All entries"), "all"), (self.tr("Notes"), "notes"),
                           (self.tr("Events"), "events"), (self.tr("Corrections"), "corrections")):
            self.kind_filter.addItem(text, code)
        self.kind_filter.insertSeparator(self.kind_filter.count())
        for text, code in labels.items(labels.LOG_KINDS):
            self.kind_filter.addItem(text, "kind:" + code)
        show.setBuddy(self.kind_filter)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the log  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        search_field(self.search, self.tr("Search the log"))
        self.search.setMinimumWidth(260)
        self.count_label = QLabel(self)
        self.count_label.setProperty("muted", True)
        self.correct_button = QPushButton(self.tr("&Correct entry…"), self)
        self.correct_button.setAutoDefault(False)
        filters.addWidget(show)
        filters.addWidget(self.kind_filter)
        filters.addSpacing(12)
        filters.addWidget(self.search, 1)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)
        filters.addSpacing(12)
        filters.addWidget(self.correct_button)
        layout.addLayout(filters)

        self.table = RecordTable(self, self.tr("Baton log"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        # Rows get their wrapped height only once they come into view: fitting every row of a long
        # log on each keystroke in the search box would take seconds.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((165, 150, 190)):
            self.table.setColumnWidth(column, width)

        reading = QWidget(self)
        rlayout = QVBoxLayout(reading)
        rlayout.setContentsMargins(0, 4, 0, 0)
        self.reading_title = QLabel(reading)
        self.reading_title.setTextFormat(Qt.TextFormat.PlainText)
        self.reading_title.setProperty("muted", True)
        self.reading_title.setWordWrap(True)
        self.reading = QPlainTextEdit(reading)
        self.reading.setAccessibleName(self.tr("The selected entry in full"))
        self.reading.setReadOnly(True)
        self.reading.setPlaceholderText(self.tr("Select an entry to read all of it here."))
        rlayout.addWidget(self.reading_title)
        rlayout.addWidget(self.reading, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(reading)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.editor, self.add_button)
        self.setTabOrder(self.add_button, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.search)
        self.setTabOrder(self.search, self.correct_button)
        self.setTabOrder(self.correct_button, self.table)
        self.setTabOrder(self.table, self.reading)

        self._ctrl_enter = CtrlEnter(self)
        self._ctrl_enter.pressed.connect(self.add_entry)
        self.editor.installEventFilter(self._ctrl_enter)
        self.editor.textChanged.connect(lambda: self.error.show_message(""))
        self.add_button.clicked.connect(self.add_entry)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload(fresh=False))
        self.search.textChanged.connect(lambda _t: self.reload(fresh=False))
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_timer.start())
        header.sectionResized.connect(lambda *_: self._refit())
        self.table.viewport().installEventFilter(self)
        self.correct_button.clicked.connect(self.correct_selected)
        self.table.activated.connect(lambda _index: self.correct_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        find = QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- reading --------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None, fresh: bool = True) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        kinds = kinds_for(self.kind_filter.currentData())
        entries = self.store.baton_log.entries(self.case_id, kinds, self.search.text())
        if fresh or self._states is None:
            self._states = self.store.baton_log.states(self.case_id)
        states = self._states
        self.model.set_entries(entries, states)
        self._refit()
        total = len(states)
        if len(entries) == total:
            self.count_label.setText(self.tr("%n entries", "", total))
        else:
            self.count_label.setText(self.tr("%1 of %2 entries").replace("%1", str(len(entries))).replace(
                "%2", str(total)))
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def _refit(self) -> None:
        self._fitted.clear()
        self._fit_timer.start()

    def _fit_visible_rows(self) -> None:
        view, rows = self.table, self.model.rowCount()
        row = max(view.rowAt(0), 0)
        bottom = view.viewport().height()
        while row < rows and view.rowViewportPosition(row) <= bottom:
            if row not in self._fitted:
                self._fitted.add(row)
                view.setRowHeight(row, max(view.sizeHintForRow(row), ROW_HEIGHT))
            row += 1

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._refit()
        return False

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.data(index, ENTRY_ID_ROLE)

    def _selection_changed(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            self.reading_title.setText("")
            self.reading.setPlainText("")
            self.correct_button.setEnabled(False)
            self.correct_button.setToolTip(self.tr("Select the entry you want to correct."))
            return
        entry = self.model.entry_at(self.model.row_of(entry_id))
        state = self.model.state_of(entry_id)
        parts = [when(entry.at), entry.author, labels.label(labels.LOG_KINDS, entry.kind)]
        marker = marker_text(state)
        if marker:
            parts.append(marker)
        self.reading_title.setText("  ·  ".join(p for p in parts if p))
        link = link_text(state)
        self.reading.setPlainText(f"{link}\n\n{entry.text}" if link else entry.text)
        if not state.stands:
            reason = self.tr("This entry has already been corrected or undone. Correct the newest version.")
        elif state.role in (UNDO_MARK, REDO_MARK):
            reason = self.tr("Undo notes are written by KIT Desk and cannot be corrected.")
        else:
            reason = ""
        self.correct_button.setEnabled(not reason)
        self.correct_button.setToolTip(reason or self.tr("Write a corrected version; the original is kept."))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- writing --------------------------------------------------------------------------------
    def add_entry(self) -> int | None:
        text = self.editor.toPlainText()
        if len(text) > NOTE_LIMIT:
            self.error.show_message(self.tr("The note is too long (at most %1 characters). Split it in two.")
                                    .replace("%1", str(NOTE_LIMIT)))
            return None
        try:
            entry_id = self.store.baton_log.add_note(self.case_id, text)
        except Refusal as exc:
            self.error.show_message(refusal_text(exc))
            self.editor.setFocus()
            return None
        except DatabaseErrors as exc:
            self.error.show_message(describe_error(exc))
            return None
        record(self.undo_stack, self.store, self.tr("Add baton log entry"))
        self.editor.clear()
        self._show_entry(entry_id)
        self.editor.setFocus()
        return entry_id

    def _show_entry(self, entry_id: int) -> None:
        """Select a new entry; if the filter would hide it, clear the filter so it can be seen."""
        if self.model.row_of(entry_id) < 0:
            self.kind_filter.blockSignals(True)
            self.search.blockSignals(True)
            self.kind_filter.setCurrentIndex(0)
            self.search.clear()
            self.kind_filter.blockSignals(False)
            self.search.blockSignals(False)
        self.reload(select_id=entry_id)
        self.table.scrollToTop()

    def correct_dialog(self, entry: LogEntry) -> CorrectEntryDialog:
        return CorrectEntryDialog(self.store, entry, self.undo_stack, self)

    def correct_selected(self) -> int | None:
        entry_id = self.selected_id()
        if entry_id is None or not self.correct_button.isEnabled():
            return None
        dialog = self.correct_dialog(self.model.entry_at(self.model.row_of(entry_id)))
        if dialog.exec() and dialog.new_id is not None:
            self._show_entry(dialog.new_id)
            return dialog.new_id
        return None

    def commit_pending(self) -> None:
        # A note typed but not yet added is added when the case is closed, rather than lost;
        # it can be corrected afterwards like any other entry.
        if self.editor.toPlainText().strip():
            self.add_entry()
