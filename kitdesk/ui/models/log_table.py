"""The baton log as a thin table model: entries (newest first) and their link states in, text out.

Texts longer than a few lines are cut in the table (the full text is in the tooltip and in the
tab's reading pane), so one long entry cannot push every other row off the screen.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from kitdesk.domain.dates import fmt_datetime, from_utc_iso
from kitdesk.domain.model import LogEntry
from kitdesk.store.repos.baton_log import REDO_MARK, UNDO_MARK, USER_CORRECTION, EntryState
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

COLUMNS = ("at", "author", "kind", "text")
HEADERS = {
    "at": QT_TRANSLATE_NOOP("LogTable", "When"),
    "author": QT_TRANSLATE_NOOP("LogTable", "Written by"),
    "kind": QT_TRANSLATE_NOOP("LogTable", "Kind"),
    "text": QT_TRANSLATE_NOOP("LogTable", "Text"),
}
MARKERS = {
    USER_CORRECTION: QT_TRANSLATE_NOOP("LogTable", "corrected"),
    UNDO_MARK: QT_TRANSLATE_NOOP("LogTable", "undone"),
    REDO_MARK: QT_TRANSLATE_NOOP("LogTable", "redone"),
}
LINKS = {
    USER_CORRECTION: QT_TRANSLATE_NOOP("LogTable", "Corrects the entry from %1"),
    UNDO_MARK: QT_TRANSLATE_NOOP("LogTable", "Undoes the entry from %1"),
    REDO_MARK: QT_TRANSLATE_NOOP("LogTable", "Redoes the entry from %1"),
}
MAX_LINES = 6
MAX_CHARS = 600
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogTable", text)


def when(at: str) -> str:
    return fmt_datetime(from_utc_iso(at)) if at else ""


def link_text(state: EntryState) -> str:
    """"Corrects the entry from 23.11.2026 kl. 10.42" for an entry that points at another."""
    if not state.corrects_at:
        return ""
    template = LINKS.get(state.role, LINKS[USER_CORRECTION])
    return _tr(template).replace("%1", when(state.corrects_at))


def marker_text(state: EntryState) -> str:
    return _tr(MARKERS[state.cancelled_by]) if not state.stands and state.cancelled_by in MARKERS else ""


def shorten(text: str) -> str:
    lines = text.splitlines()
    cut = "\n".join(lines[:MAX_LINES])
    if len(cut) > MAX_CHARS:
        cut = cut[:MAX_CHARS].rstrip()
    return cut + " …" if cut != text else text


class LogTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = "LogTable", COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[LogEntry] = []
        self._states: dict[int, EntryState] = {}
        self._kind_text: dict[str, str] = {}

    # -- data in ---------------------------------------------------------------------------------
    def set_entries(self, entries: list[LogEntry], states: dict[int, EntryState]) -> None:
        self.beginResetModel()
        self._kind_text = {code: labels.label(labels.LOG_KINDS, code) for code in labels.LOG_KINDS}
        self._rows = list(entries)
        self._states = dict(states)
        self.endResetModel()

    def entry_at(self, row: int) -> LogEntry:
        return self._rows[row]

    def state_of(self, entry_id: int) -> EntryState:
        return self._states.get(entry_id, EntryState())

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = COLUMNS[index.column()]
        state = self.state_of(entry.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, state, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return self.full_text(entry)
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.FontRole and not state.stands and column == "text":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not state.stands:
            return QColor("#6b7280")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _display(self, entry: LogEntry, state: EntryState, column: str) -> str:
        if column == "at":
            return when(entry.at)
        if column == "author":
            return entry.author
        if column == "kind":
            kind = self._kind_text.get(entry.kind, entry.kind)
            marker = marker_text(state)
            return f"{kind}\n({marker})" if marker else kind
        if column == "text":
            link = link_text(state)
            text = shorten(entry.text)
            return f"↳ {link}\n{text}" if link else text
        return ""

    def full_text(self, entry: LogEntry) -> str:
        link = link_text(self.state_of(entry.id))
        return f"{link}\n\n{entry.text}" if link else entry.text
