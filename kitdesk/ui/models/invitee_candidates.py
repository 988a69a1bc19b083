"""People who can be invited to a meeting – the case's network, the child, or the directory – as a
thin table model. Those already invited are greyed out and say so."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

COLUMNS = ("name", "about", "organisation", "sector", "email")
HEADERS = {
    "name": QT_TRANSLATE_NOOP("CandidateTable", "Name"),
    "about": QT_TRANSLATE_NOOP("CandidateTable", "Role or title"),
    "organisation": QT_TRANSLATE_NOOP("CandidateTable", "Organisation"),
    "sector": QT_TRANSLATE_NOOP("CandidateTable", "Sector"),
    "email": QT_TRANSLATE_NOOP("CandidateTable", "E-mail"),
}
CHILD = "child"


@dataclass(frozen=True)
class Candidate:
    """Someone who can be invited. `id` is unique in one list: the person id, or 0 for the child."""

    id: int
    person_id: int | None
    name: str
    about: str = ""  # the role in the case, or the person's title
    organisation: str = ""
    sector: str = "other"
    email: str = ""
    phone: str = ""
    role_key: str = ""  # a suggested role-library key ("child" for the child)


class CandidateTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = "CandidateTable", COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[Candidate] = []
        self._invited: set[int] = set()
        self._text = ""

    def set_candidates(self, candidates: list[Candidate], invited_ids: set[int]) -> None:
        """invited_ids: Candidate.id values already on the meeting (shown greyed)."""
        self._all = list(candidates)
        self._invited = set(invited_ids)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._text = (text or "").strip().casefold()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        words = self._text.split()
        self._rows = [c for c in self._all if all(w in self._haystack(c) for w in words)]
        self.endResetModel()

    @staticmethod
    def _haystack(c: Candidate) -> str:
        return "\n".join((c.name, c.about, c.organisation, labels.label(labels.SECTORS, c.sector), c.email)).casefold()

    def candidate_at(self, row: int) -> Candidate:
        return self._rows[row]

    def is_invited(self, candidate: Candidate) -> bool:
        return candidate.id in self._invited

    def total(self) -> int:
        return len(self._all)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        candidate = self._rows[index.row()]
        column = COLUMNS[index.column()]
        invited = candidate.id in self._invited
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and invited:
                return QCoreApplication.translate("CandidateTable", "Already invited to this meeting")
            if column == "name" and invited:
                return QCoreApplication.translate("CandidateTable", "%1 (invited)").replace("%1", candidate.name)
            if column == "sector":
                return labels.label(labels.SECTORS, candidate.sector)
            return getattr(candidate, column) or ""
        if role == Qt.ItemDataRole.UserRole:
            return candidate.id
        if role == Qt.ItemDataRole.ForegroundRole and invited:
            return QColor("#8a929c")
        return None
