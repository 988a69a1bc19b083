"""Network meetings as a thin table model: upcoming first, then drafts without a time, then the past.

Used by the meetings overview (across cases) and by a case's Meetings tab (one case). Where a
meeting stands against its deadline, its group and its place in the order are the domain's
(kitdesk.domain.meeting); this file only puts them into lines and words.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from kitdesk.domain.dates import fmt_date, from_utc_iso, to_local
from kitdesk.domain.meeting import UPCOMING, deadline_standing, meeting_deadline, overview_group, overview_order
from kitdesk.domain.workdays import DEFAULT_EXTRA_CLOSED
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

CONTEXT = "MeetingTable"
COLUMNS = ("when", "child", "state", "form", "deadline", "deadline_status", "update")
HEADERS = {
    "when": QT_TRANSLATE_NOOP("MeetingTable", "Date and time"),
    "child": QT_TRANSLATE_NOOP("MeetingTable", "Child"),
    "state": QT_TRANSLATE_NOOP("MeetingTable", "State"),
    "form": QT_TRANSLATE_NOOP("MeetingTable", "Form"),
    "deadline": QT_TRANSLATE_NOOP("MeetingTable", "Deadline"),
    "deadline_status": QT_TRANSLATE_NOOP("MeetingTable", "Deadline status"),
    "update": QT_TRANSLATE_NOOP("MeetingTable", "Invitation"),
}
WEEKDAYS = (QT_TRANSLATE_NOOP("MeetingTable", "Mon"), QT_TRANSLATE_NOOP("MeetingTable", "Tue"),
            QT_TRANSLATE_NOOP("MeetingTable", "Wed"), QT_TRANSLATE_NOOP("MeetingTable", "Thu"),
            QT_TRANSLATE_NOOP("MeetingTable", "Fri"), QT_TRANSLATE_NOOP("MeetingTable", "Sat"),
            QT_TRANSLATE_NOOP("MeetingTable", "Sun"))
FILTERS = ("upcoming", "drafts", "to_sign", "all")
LATE_COLOUR, WARN_COLOUR, OK_COLOUR = "#b42318", "#b45309", "#1d5e34"


@dataclass(frozen=True, slots=True)
class MeetingLine:
    """One meeting as the overview shows it, worked out once per load."""

    id: int
    case_id: int
    child_name: str
    state: str
    form: str
    starts_at: datetime | None  # Copenhagen time
    deadline: date | None
    deadline_kind: str  # none / met / late / left / today / overdue
    deadline_days: int  # working days left, or over
    update_pending: bool
    group: int


def make_lines(rows, today: date, extra_closed=DEFAULT_EXTRA_CLOSED) -> list[MeetingLine]:
    """MeetingRows from the store -> lines in overview order."""
    extra = tuple(extra_closed)
    lines = []
    for row in rows:
        start = to_local(from_utc_iso(row.starts_at)) if row.starts_at else None
        requested = date.fromisoformat(row.requested_on) if row.requested_on else None
        deadline = meeting_deadline(requested, extra) if requested else None
        kind, days = deadline_standing(row.state, start, deadline, today, extra)
        lines.append(MeetingLine(row.id, row.case_id, row.child_name, row.state, row.form, start, deadline,
                                 kind, days, bool(row.update_pending), overview_group(row.state, start, today)))
    return sorted(lines, key=lambda line: overview_order(line.group, line.starts_at, line.deadline, line.id))


def fmt_when(start: datetime | None) -> str:
    """"Mon 30.11.2026  9.00" – Danish dates, times with a dot and no leading zero."""
    if start is None:
        return QCoreApplication.translate("MeetingTable", "No time yet")
    day = QCoreApplication.translate("MeetingTable", WEEKDAYS[start.weekday()])
    return f"{day} {fmt_date(start)} kl. {start.hour}.{start.minute:02d}"


class MeetingTable(QObject):
    """The translation context of this module's words with a number: lupdate (PySide6 6.11) reads
    the %n plural forms only from a tr() call, not from QCoreApplication.translate()."""


def deadline_text(line: MeetingLine) -> str:
    kind, days = line.deadline_kind, line.deadline_days
    if kind == "met":
        return MeetingTable.tr("met")
    if kind == "today":
        return MeetingTable.tr("today")
    if kind == "left":
        return MeetingTable.tr("in %n working day(s)", "", days)
    if kind in ("late", "overdue"):
        if not days:
            return MeetingTable.tr("overdue")
        return MeetingTable.tr("overdue by %n working day(s)", "", days)
    return "—"


def invitation_text(line: MeetingLine) -> str:
    """Where the invitation stands: not sent, sent, an update waiting, cancelled."""
    if line.update_pending:
        return QCoreApplication.translate("MeetingTable", "Update not sent")
    if line.state == "draft":
        return QCoreApplication.translate("MeetingTable", "Not sent")
    if line.state == "cancelled":
        return "—"
    return QCoreApplication.translate("MeetingTable", "Sent")


class MeetingTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = CONTEXT, COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[MeetingLine] = []
        self._rows: list[MeetingLine] = []
        self._text = ""
        self._filter = "all"
        self.today: date | None = None  # the day the lines were worked out for

    # -- data in ---------------------------------------------------------------------------------
    def set_rows(self, rows, today: date, extra_closed=DEFAULT_EXTRA_CLOSED) -> None:
        self.today = today
        self._all = make_lines(rows, today, extra_closed)
        self._apply()

    def set_filter(self, text: str | None = None, kind: str | None = None) -> None:
        if text is not None:
            self._text = text.strip().casefold()
        if kind is not None:
            if kind not in FILTERS:
                raise ValueError(kind)
            self._filter = kind
        self._apply()

    def total(self) -> int:
        return len(self._all)

    def line_at(self, row: int) -> MeetingLine:
        return self._rows[row]

    def _apply(self) -> None:
        words = self._text.split()
        rows = [line for line in self._all if all(w in line.child_name.casefold() for w in words)]
        if self._filter == "upcoming":
            rows = [line for line in rows if line.group == UPCOMING]
        elif self._filter == "drafts":
            rows = [line for line in rows if line.state == "draft"]
        elif self._filter == "to_sign":
            rows = [line for line in rows if line.state == "held"]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(line, column)
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour_of(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip_of(line, column)
        return None

    def _text_of(self, line: MeetingLine, column: str) -> str:
        if column == "when":
            return fmt_when(line.starts_at)
        if column == "child":
            return line.child_name
        if column == "state":
            return labels.label(labels.MEETING_STATES, line.state)
        if column == "form":
            return labels.label(labels.MEETING_FORMS, line.form)
        if column == "deadline":
            return fmt_date(line.deadline) if line.deadline else "—"
        if column == "deadline_status":
            return deadline_text(line)
        if column == "update":
            return invitation_text(line)
        return ""

    @staticmethod
    def _colour_of(line: MeetingLine, column: str):
        if column == "deadline_status":
            if line.deadline_kind in ("late", "overdue"):
                return QColor(LATE_COLOUR)
            if line.deadline_kind == "today" or (line.deadline_kind == "left" and line.deadline_days <= 1):
                return QColor(WARN_COLOUR)
            if line.deadline_kind == "met":
                return QColor(OK_COLOUR)
        if column == "update" and line.update_pending:
            return QColor(WARN_COLOUR)
        if column == "state" and line.state == "cancelled":
            return QColor("#5b6470")
        return None

    @staticmethod
    def _tooltip_of(line: MeetingLine, column: str):
        if column in ("deadline", "deadline_status") and line.deadline:
            text = QCoreApplication.translate(
                "MeetingTable", "A time and place should be found within five working days of the request: by %1.")
            return text.replace("%1", fmt_date(line.deadline))
        if column == "update" and line.update_pending:
            return QCoreApplication.translate(
                "MeetingTable", "The time or place has changed since the invitation was sent. "
                "Open the meeting and send the update.")
        return None
