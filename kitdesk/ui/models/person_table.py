"""The directory of persons as a thin table model; search-as-you-type filters in Python.

Also used by the picker in "Add person", which greys out the people already in the network.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from kitdesk.domain.model import Person
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

COLUMNS = ("name", "title", "organisation", "sector", "email", "phone", "cases")
HEADERS = {
    "name": QT_TRANSLATE_NOOP("PersonTable", "Name"),
    "title": QT_TRANSLATE_NOOP("PersonTable", "Title"),
    "organisation": QT_TRANSLATE_NOOP("PersonTable", "Organisation"),
    "sector": QT_TRANSLATE_NOOP("PersonTable", "Sector"),
    "email": QT_TRANSLATE_NOOP("PersonTable", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("PersonTable", "Phone"),
    "cases": QT_TRANSLATE_NOOP("PersonTable", "Cases"),
}
SECTOR_ORDER = {code: i for i, code in enumerate(labels.SECTORS)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonTable", text)


class PersonTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = "PersonTable", COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[Person] = []
        self._haystack: list[str] = []
        self._rows: list[Person] = []
        self._usage: dict[int, int] = {}
        self._greyed: set[int] = set()
        self._text = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    # -- data in ---------------------------------------------------------------------------------
    def set_persons(self, persons: list[Person], usage: dict[int, int] | None = None) -> None:
        self._all = list(persons)
        self._usage = dict(usage or {})
        self._haystack = [
            "\n".join((p.name, p.title, p.organisation, labels.label(labels.SECTORS, p.sector),
                       p.email, p.phone)).casefold()
            for p in self._all
        ]
        self._apply()

    def set_filter(self, text: str) -> None:
        self._text = (text or "").strip().casefold()
        self._apply()

    def set_greyed(self, person_ids: set[int]) -> None:
        """Persons shown as unavailable (already in the network)."""
        self._greyed = set(person_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def is_greyed(self, person_id: int) -> bool:
        return person_id in self._greyed

    def total(self) -> int:
        return len(self._all)

    def person_at(self, row: int) -> Person:
        return self._rows[row]

    def _apply(self) -> None:
        self.beginResetModel()
        words = self._text.split()
        self._rows = [p for p, hay in zip(self._all, self._haystack, strict=True) if all(w in hay for w in words)]
        self._sort_rows()
        self.endResetModel()

    def _key(self, column: str):
        if column == "sector":
            return lambda p: (SECTOR_ORDER.get(p.sector, 99), p.name.casefold())
        if column == "cases":
            return lambda p: (self._usage.get(p.id, 0), p.name.casefold())
        # Empty values last, whichever way the column is sorted.
        return lambda p: ((getattr(p, column) or "\uffff").casefold(), p.name.casefold())

    def _sort_rows(self) -> None:
        column, order = self._sort
        self._rows.sort(key=self._key(COLUMNS[column]), reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        person = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if person.id in self._greyed:
                return QCoreApplication.translate("PersonTable", "Already in this network")
            return self._text_of(person, column)
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        if role == Qt.ItemDataRole.ForegroundRole and person.id in self._greyed:
            return QColor("#8a929c")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "cases":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text_of(self, person: Person, column: str) -> str:
        if column == "sector":
            return labels.label(labels.SECTORS, person.sector)
        if column == "cases":
            return str(self._usage.get(person.id, 0))
        if column == "name" and person.id in self._greyed:
            return QCoreApplication.translate("PersonTable", "%1 (in the network)").replace("%1", person.name)
        return getattr(person, column) or ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None for i in old]
        self._sort = (column, order)
        self._sort_rows()
        # Selections and the current row follow their person to the new place.
        new_rows = {p.id: r for r, p in enumerate(self._rows)}
        self.changePersistentIndexList(old, [
            self.index(new_rows[pid], i.column()) if pid in new_rows else QModelIndex()
            for i, pid in zip(old, ids, strict=True)])
        self.layoutChanged.emit()
