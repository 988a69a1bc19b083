"""What every table model here shares: a list of records with an id, fixed columns, Danish headers."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class RecordTableModel(QAbstractTableModel):
    """Subclasses set CONTEXT (the translation context), COLUMNS and HEADERS (column -> source text),
    keep their records in self._rows, and answer data()."""

    CONTEXT = ""
    COLUMNS: tuple[str, ...] = ()
    HEADERS: dict[str, str] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def row_of(self, record_id: int) -> int:
        """The row showing the record with this id, or -1."""
        for i, record in enumerate(self._rows):
            if record.id == record_id:
                return i
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[self.COLUMNS[section]])
        return None
