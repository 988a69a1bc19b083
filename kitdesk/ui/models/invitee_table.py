"""The participants of one meeting as a thin table model: invitees in, text out.

Everything that needs the user's attention is spelled out in words (no e-mail, not yet invited,
the GP not spoken to), so it can be read on a shared screen and by a screen reader.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from kitdesk.domain.meeting import Invitee, Meeting
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

COLUMNS = ("name", "role", "sector", "task", "answer", "email", "notes")
HEADERS = {
    "name": QT_TRANSLATE_NOOP("InviteeTable", "Name"),
    "role": QT_TRANSLATE_NOOP("InviteeTable", "Role at the meeting"),
    "sector": QT_TRANSLATE_NOOP("InviteeTable", "Sector"),
    "task": QT_TRANSLATE_NOOP("InviteeTable", "Task"),
    "answer": QT_TRANSLATE_NOOP("InviteeTable", "Answer"),
    "email": QT_TRANSLATE_NOOP("InviteeTable", "E-mail"),
    "notes": QT_TRANSLATE_NOOP("InviteeTable", "Needs attention"),
}
WARNING = QColor("#9a3c00")
MUTED = QColor("#5b6470")


def _tr(text: str) -> str:
    return QCoreApplication.translate("InviteeTable", text)


def task_text(invitee: Invitee) -> str:
    """"Chair · Minute-taker", or empty."""
    parts = []
    if invitee.is_chair:
        parts.append(QCoreApplication.translate("InviteeTable", "Chair"))
    if invitee.is_minute_taker:
        parts.append(QCoreApplication.translate("InviteeTable", "Minute-taker"))
    return " · ".join(parts)


def answer_text(invitee: Invitee) -> str:
    """"Attending (online)", "Cancellation – ill", "Wants others to join: grandmother"."""
    word = labels.label(labels.ANSWERS, invitee.answer)
    note = invitee.answer_note.strip()
    if invitee.answer == "attending" and invitee.attend_mode:
        word = QCoreApplication.translate("InviteeTable", "%1 (%2)").replace("%1", word).replace(
            "%2", labels.label(labels.ATTEND_MODES, invitee.attend_mode).lower())
    if invitee.answer == "declined" and note:
        word = QCoreApplication.translate("InviteeTable", "%1 – %2").replace("%1", word).replace("%2", note)
    elif invitee.answer == "wants_others" and note:
        word = QCoreApplication.translate("InviteeTable", "%1: %2").replace("%1", word).replace("%2", note)
    others = invitee.others_wanted.strip()
    if others:  # with any answer (seed 002: afbud, and wishes for others to take part)
        word += " · " + QCoreApplication.translate("InviteeTable", "wants %1 to join too").replace("%1", others)
    return word


def attention(invitee: Invitee, meeting: Meeting | None) -> list[tuple[str, bool]]:
    """What to notice about one invitee: (text, is a problem)."""
    notes: list[tuple[str, bool]] = []
    if meeting is not None and meeting.state == "invited" and invitee.invited_sequence is None:
        notes.append((QCoreApplication.translate("InviteeTable", "Not yet invited"), True))
    if not invitee.has_email:
        notes.append((QCoreApplication.translate("InviteeTable", "No e-mail – by post or by hand"), True))
    if invitee.sector == "gp":
        if invitee.gp_spoken_to:
            notes.append((QCoreApplication.translate("InviteeTable", "GP spoken to"), False))
        else:
            notes.append((QCoreApplication.translate("InviteeTable", "GP not spoken to"), True))
        # The fee follows the attendance recorded at the meeting – nothing to tick beforehand.
        if invitee.attendance in ("in_room", "online"):
            notes.append((QCoreApplication.translate("InviteeTable", "Took part – paid under the agreement"), False))
        elif invitee.attendance in ("absent", "declined"):
            notes.append((QCoreApplication.translate("InviteeTable", "Did not take part – not paid"), False))
    return notes


class InviteeTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = "InviteeTable", COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._meeting: Meeting | None = None
        self._role_labels: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- data in ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: Meeting, role_labels: dict[str, str] | None = None) -> None:
        """The invitees in the order they were invited; role_labels: role key -> library label."""
        self.beginResetModel()
        self._meeting = meeting
        if role_labels is not None:
            self._role_labels = dict(role_labels)
        self._rows = list(meeting.invitees)
        self.endResetModel()

    def invitee_at(self, row: int) -> Invitee:
        return self._rows[row]

    def invitees(self) -> list[Invitee]:
        return list(self._rows)

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        invitee = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(invitee, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "role" and invitee.role_text.strip():
                text = invitee.role_text
                return text if len(text) <= 500 else text[:500].rstrip() + " …"
            return self._text_of(invitee, column)
        if role == Qt.ItemDataRole.UserRole:
            return invitee.id
        if role == Qt.ItemDataRole.FontRole:
            if column in ("name", "task") and (invitee.is_chair or invitee.is_minute_taker):
                return self._bold
            if column == "email" and not invitee.has_email:
                return self._italic
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "email" and not invitee.has_email:
                return WARNING
            if column == "notes" and any(problem for _, problem in attention(invitee, self._meeting)):
                return WARNING
            if column == "answer" and invitee.answer == "pending":
                return MUTED
        return None

    def _text_of(self, invitee: Invitee, column: str) -> str:
        if column == "role":
            return self._role_labels.get(invitee.role_key) or invitee.role_text.split("\n", 1)[0][:60]
        if column == "sector":
            return labels.label(labels.SECTORS, invitee.sector)
        if column == "task":
            return task_text(invitee)
        if column == "answer":
            return answer_text(invitee)
        if column == "email":
            return invitee.email or QCoreApplication.translate("InviteeTable", "No e-mail")
        if column == "notes":
            return " · ".join(text for text, _ in attention(invitee, self._meeting))
        return getattr(invitee, column) or ""
