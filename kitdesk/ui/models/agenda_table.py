"""The agenda of one meeting as a thin table model: items in, text out, moves out as a signal.

A drag inside the table (or moveRows) does not reorder the rows itself: it asks for the move with
`move_requested(item_id, new_index)`; the screen lets the store do it, and the model is refilled
from the store like after any other change. So a move is one transaction and one undo step.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from kitdesk.domain import dates
from kitdesk.domain.meeting import AgendaItem, Invitee

MIME_TYPE = "application/x-kitdesk-agenda-item"
COLUMNS = ("number", "time", "title", "responsible", "minutes", "description")
HEADERS = {
    "number": QT_TRANSLATE_NOOP("AgendaTable", "No."),
    "time": QT_TRANSLATE_NOOP("AgendaTable", "Time"),
    "title": QT_TRANSLATE_NOOP("AgendaTable", "Item"),
    "responsible": QT_TRANSLATE_NOOP("AgendaTable", "Responsible"),
    "minutes": QT_TRANSLATE_NOOP("AgendaTable", "Minutes"),
    "description": QT_TRANSLATE_NOOP("AgendaTable", "Description"),
}
NOBODY = "—"
OVERTIME = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTable", text)


def _clock(dt: datetime) -> str:
    local = dates.to_local(dt)
    return f"{local.hour}.{local.minute:02d}"


def first_line(text: str, limit: int = 120) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class AgendaTableModel(QAbstractTableModel):
    move_requested = Signal(int, int)  # item id, its new index (0 = first)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AgendaItem] = []
        self._names: dict[int, str] = {}
        self._times: list[str] = []
        self._overtime: set[int] = set()
        self._movable = True

    # -- data in ---------------------------------------------------------------------------------
    def set_items(self, items: list[AgendaItem], invitees: list[Invitee] = (),
                  starts_at: datetime | None = None, ends_at: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = sorted(items, key=lambda i: (i.position, i.id or 0))
        self._names = {i.id: i.name for i in invitees if i.id is not None}
        self._times = []
        self._overtime: set[int] = set()  # rows that run past the meeting's end
        if starts_at is not None:
            at = starts_at
            for row, item in enumerate(self._rows):
                end = at + timedelta(minutes=max(0, item.minutes))
                self._times.append(f"{_clock(at)}–{_clock(end)}")
                if ends_at is not None and end > ends_at:
                    self._overtime.add(row)
                at = end
        self.endResetModel()

    def runs_over(self, row: int) -> bool:
        return row in self._overtime

    def set_movable(self, movable: bool) -> None:
        """A meeting that can no longer be changed offers nothing to drag."""
        self._movable = movable

    def item_at(self, row: int) -> AgendaItem:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        return next((i for i, item in enumerate(self._rows) if item.id == item_id), -1)

    def items(self) -> list[AgendaItem]:
        return list(self._rows)

    def total_minutes(self) -> int:
        return sum(max(0, item.minutes) for item in self._rows)

    # -- Qt: reading ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return _tr(HEADERS[COLUMNS[section]])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(index.row(), item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "time" and index.row() in self._overtime:
                return QCoreApplication.translate("AgendaTable", "This item runs past the end of the meeting.")
            if column == "description":
                return item.description or None
            return self._text_of(index.row(), item, column) if column == "title" else None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "time" and index.row() in self._overtime:
            return OVERTIME
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "minutes"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text_of(self, row: int, item: AgendaItem, column: str) -> str:
        if column == "number":
            return f"{row + 1}."
        if column == "time":
            return self._times[row] if row < len(self._times) else ""
        if column == "title":
            return item.title
        if column == "responsible":
            return self._names.get(item.responsible_id, NOBODY) if item.responsible_id else NOBODY
        if column == "minutes":
            return str(item.minutes)
        return first_line(item.description)

    # -- Qt: moving rows ----------------------------------------------------------------------------
    def flags(self, index):
        if not index.isValid():
            # Drops land between rows (on the table itself), never onto an item.
            return Qt.ItemFlag.ItemIsDropEnabled if self._movable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self._movable else flags

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].id).encode("ascii")))
        return mime

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self._movable or action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source < 0:
            return False
        if parent.isValid():  # dropped onto an item: put it in that item's place
            row = parent.row()
        if row < 0 or row > len(self._rows):
            row = len(self._rows)
        return self._request_move(source, row)

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1 or not self._movable:
            return False
        if not (0 <= source_row < len(self._rows)) or not (0 <= destination_child <= len(self._rows)):
            return False
        return self._request_move(source_row, destination_child)

    def _request_move(self, source: int, before_row: int) -> bool:
        """`before_row` counts the rows as they are now; the store counts them without the moved item."""
        new_index = before_row - 1 if before_row > source else before_row
        if new_index == source:
            return False
        self.move_requested.emit(self._rows[source].id, new_index)
        return True
