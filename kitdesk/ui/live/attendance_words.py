"""The words for who someone is at a meeting and whether they are here: shared by the attendance
panel, the walk-in dialog and the minutes form (a module of its own, so none of them imports another)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kitdesk.ui import labels

WORDS = {
    "in_room": QT_TRANSLATE_NOOP("Attendance", "In room"),
    "online": QT_TRANSLATE_NOOP("Attendance", "Online"),
    "absent": QT_TRANSLATE_NOOP("Attendance", "Absent"),
    "declined": QT_TRANSLATE_NOOP("Attendance", "Apologies"),
}
PRESENT = ("in_room", "online")


def word(code: str) -> str:
    return QCoreApplication.translate("Attendance", WORDS[code]) if code in WORDS else ""


def role_line(invitee, role_labels: dict[str, str]) -> str:
    """"Sagsbehandler · Fjordby Kommune · Chair": what someone is at this meeting, in one line."""
    parts = []
    role = role_labels.get(invitee.role_key, "")
    parts.append(role or labels.label(labels.SECTORS, invitee.sector))
    if invitee.organisation.strip():
        parts.append(invitee.organisation.strip())
    if invitee.is_chair:
        parts.append(QCoreApplication.translate("Attendance", "Chair"))
    if invitee.is_minute_taker:
        parts.append(QCoreApplication.translate("Attendance", "Minute-taker"))
    if invitee.walk_in:
        parts.append(QCoreApplication.translate("Attendance", "turned up"))
    return " · ".join(p for p in parts if p)
