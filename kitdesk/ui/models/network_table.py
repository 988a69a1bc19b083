"""The people around one child as a thin table model: members in, text out.

The contact person and the baton holder are spelled out in their own column (bold), so that they
can be seen on a shared screen and read by a screen reader, not only recognised by an icon.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from kitdesk.domain.model import Member
from kitdesk.domain.network import contact_side
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

COLUMNS = ("name", "role", "sector", "responsibility", "organisation", "phone", "email")
HEADERS = {
    "name": QT_TRANSLATE_NOOP("NetworkTable", "Name"),
    "role": QT_TRANSLATE_NOOP("NetworkTable", "Role in this case"),
    "sector": QT_TRANSLATE_NOOP("NetworkTable", "Sector"),
    "responsibility": QT_TRANSLATE_NOOP("NetworkTable", "Responsibility"),
    "organisation": QT_TRANSLATE_NOOP("NetworkTable", "Organisation"),
    "phone": QT_TRANSLATE_NOOP("NetworkTable", "Phone"),
    "email": QT_TRANSLATE_NOOP("NetworkTable", "E-mail"),
}
SECTOR_ORDER = {code: i for i, code in enumerate(labels.SECTORS)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkTable", text)


def responsibility(member: Member) -> str:
    """"Contact person (BUC) · Baton holder", or empty."""
    parts = []
    side = contact_side(member)
    if side:
        parts.append(QCoreApplication.translate("NetworkTable", "Contact person (%1)").replace("%1", labels.label(labels.SIDES, side)))
    if member.is_baton_holder:
        parts.append(QCoreApplication.translate("NetworkTable", "Baton holder"))
    return " · ".join(parts)


class NetworkTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = "NetworkTable", COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Member] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in ---------------------------------------------------------------------------------
    def set_members(self, members: list[Member]) -> None:
        """Shown grouped by sector (BUC first, then the municipality, ...), then by name."""
        self.beginResetModel()
        self._rows = sorted(members, key=lambda m: (SECTOR_ORDER.get(m.sector, 99), m.person_name.casefold()))
        self.endResetModel()

    def member_at(self, row: int) -> Member:
        return self._rows[row]

    def members(self) -> list[Member]:
        return list(self._rows)

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        member = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text_of(member, column)
        if role == Qt.ItemDataRole.UserRole:
            return member.id
        if role == Qt.ItemDataRole.FontRole and column in ("name", "responsibility") \
                and (member.is_contact or member.is_baton_holder):
            return self._bold
        return None

    @staticmethod
    def _text_of(member: Member, column: str) -> str:
        if column == "name":
            return member.person_name
        if column == "sector":
            return labels.label(labels.SECTORS, member.sector)
        if column == "responsibility":
            return responsibility(member)
        return getattr(member, column) or ""
