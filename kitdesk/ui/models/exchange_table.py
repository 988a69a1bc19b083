"""The information exchanged in one case as a thin table model."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.model import Exchange
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel
from kitdesk.ui.models.consent_table import one_line, plain_tooltip

COLUMNS = ("exchanged_on", "kind", "from_sector", "to_sector", "note", "file")
HEADERS = {
    "exchanged_on": QT_TRANSLATE_NOOP("ExchangeTable", "Date"),
    "kind": QT_TRANSLATE_NOOP("ExchangeTable", "What"),
    "from_sector": QT_TRANSLATE_NOOP("ExchangeTable", "From"),
    "to_sector": QT_TRANSLATE_NOOP("ExchangeTable", "To"),
    "note": QT_TRANSLATE_NOOP("ExchangeTable", "Note"),
    "file": QT_TRANSLATE_NOOP("ExchangeTable", "File"),
}


class ExchangeTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = "ExchangeTable", COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Exchange] = []
        self._missing: set[int] = set()

    def set_rows(self, exchanges: list[Exchange], missing_files: set[int] | None = None) -> None:
        """`missing_files`: ids of exchanges whose stored copy is no longer on disk."""
        self.beginResetModel()
        self._rows = list(exchanges)
        self._missing = set(missing_files or ())
        self.endResetModel()

    def exchange_at(self, row: int) -> Exchange:
        return self._rows[row]

    def file_missing(self, exchange: Exchange) -> bool:
        return exchange.id in self._missing

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        exchange = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(exchange, column)
        if role == Qt.ItemDataRole.UserRole:
            return exchange.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "note":
                return plain_tooltip(exchange.note)
            if column == "file" and exchange.file_name:
                if exchange.id in self._missing:
                    return QCoreApplication.translate(
                        "ExchangeTable", "The stored copy of this file is no longer in the data folder.")
                return QCoreApplication.translate("ExchangeTable", "Double-click or press Enter to open the file.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "file" and exchange.id in self._missing:
            return QColor("#b45309")
        return None

    def _text_of(self, exchange: Exchange, column: str) -> str:
        if column == "exchanged_on":
            return fmt_date(exchange.exchanged_on)
        if column == "kind":
            return labels.label(labels.EXCHANGE_KINDS, exchange.kind)
        if column in ("from_sector", "to_sector"):
            return labels.label(labels.SECTORS, getattr(exchange, column))
        if column == "note":
            return one_line(exchange.note)
        if column == "file":
            if not exchange.file_name:
                return ""
            if exchange.id in self._missing:
                return QCoreApplication.translate("ExchangeTable", "%1 (missing)").replace("%1", exchange.file_name)
            return exchange.file_name
        return ""
