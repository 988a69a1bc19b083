"""The agreements of one running meeting as a thin table model.

Rows come from the store; the "what" text may be newer than the store (typed live, not saved yet),
so the screen hands the newest typed value in with set_live() and only that cell is repainted.
Moves are not made here: the screen asks the store, and the model is refilled like after any change.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.minutes import Agreement, decision_words
from kitdesk.ui import labels

COLUMNS = ("number", "what", "responsible", "sector", "deadline", "item")
HEADERS = {
    "number": QT_TRANSLATE_NOOP("AgreementTable", "No."),
    "item": QT_TRANSLATE_NOOP("AgreementTable", "Agenda item"),
    "what": QT_TRANSLATE_NOOP("AgreementTable", "What"),
    "responsible": QT_TRANSLATE_NOOP("AgreementTable", "Responsible"),
    "sector": QT_TRANSLATE_NOOP("AgreementTable", "Sector"),
    "deadline": QT_TRANSLATE_NOOP("AgreementTable", "Deadline"),
}
NOBODY = "—"
WARNING = QColor("#7a4100")
EMPTY = QColor("#5b6470")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementTable", text)


def first_line(text: str, limit: int = 160) -> str:
    stripped = (text or "").strip()
    line = stripped.splitlines()[0] if stripped else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def deadline_text(agreement: Agreement) -> str:
    if agreement.ongoing:
        return QCoreApplication.translate("AgreementTable", "ongoing")
    return fmt_date(agreement.deadline) if agreement.deadline else NOBODY


class AgreementTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Agreement] = []
        self._items: dict[int, str] = {}  # agenda item id -> "2. Status"
        self._carried_from: dict[int, str] = {}  # agreement id -> the earlier meeting's date

    # -- data in ---------------------------------------------------------------------------------
    def set_agreements(self, agreements: list[Agreement], items: dict[int, str] | None = None,
                       carried_from: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(agreements)
        self._items = dict(items or {})
        self._carried_from = dict(carried_from or {})
        self.endResetModel()

    def set_live(self, agreement_id: int, field: str, value) -> None:
        """A value typed just now (not necessarily saved yet)."""
        row = self.row_of(agreement_id)
        if row < 0 or not hasattr(self._rows[row], field):
            return
        setattr(self._rows[row], field, value)
        if field == "what":
            index = self.index(row, COLUMNS.index("what"))
            self.dataChanged.emit(index, index)

    def carried_from(self, agreement_id: int) -> str | None:
        """The date of the meeting an agreement was carried from, if it was."""
        return self._carried_from.get(agreement_id)

    def agreement_at(self, row: int) -> Agreement:
        return self._rows[row]

    def agreements(self) -> list[Agreement]:
        return list(self._rows)

    def row_of(self, agreement_id: int | None) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == agreement_id), -1)

    # -- Qt -----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return _tr(HEADERS[COLUMNS[section]])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        agreement = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(index.row(), agreement, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip_of(agreement, column)
        if role == Qt.ItemDataRole.UserRole:
            return agreement.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "what":
            if not agreement.what.strip():
                return EMPTY
            if decision_words(agreement.what):
                return WARNING
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text_of(self, row: int, agreement: Agreement, column: str) -> str:
        if column == "number":
            return f"{row + 1}."
        if column == "item":
            return self._items.get(agreement.agenda_item_id, NOBODY)
        if column == "what":
            return first_line(agreement.what) or QCoreApplication.translate("AgreementTable", "(not written yet)")
        if column == "responsible":
            return agreement.responsible_name or NOBODY
        if column == "sector":
            return labels.label(labels.SECTORS, agreement.sector) if agreement.sector else NOBODY
        return deadline_text(agreement)

    def _tooltip_of(self, agreement: Agreement, column: str):
        if column == "what":
            parts = [agreement.what.strip()] if agreement.what.strip() else []
            words = decision_words(agreement.what)
            if words:
                parts.append(QCoreApplication.translate("AgreementTable", "Worded like a decision: “%1”").replace("%1", words[0]))
            if agreement.id in self._carried_from:
                parts.append(QCoreApplication.translate("AgreementTable", "Carried from the meeting on %1").replace("%1", self._carried_from[agreement.id]))
            return "\n\n".join(parts) or None
        if column == "item":
            return self._items.get(agreement.agenda_item_id)
        if column == "responsible" and agreement.sector:
            # The sector column gives way first on a narrow screen; the tooltip still says it.
            return f"{agreement.responsible_name or NOBODY} – {labels.label(labels.SECTORS, agreement.sector)}"
        return None
