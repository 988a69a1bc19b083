"""Every agreement across cases (Aftaler) as a thin table model: filtered and sorted in plain Python over
lines worked out once per load, so a keystroke over 20,000 agreements stays well under 30 ms (the view
asks only for the rows it paints).

The rows are kitdesk.domain.desk.AgreementEntry, read by store.desk.agreements().
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.desk import AGREEMENT_DAYS
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

CONTEXT = "AgreementList"
COLUMNS = ("deadline", "child", "what", "responsible", "sector", "meeting", "status")
HEADERS = {
    "deadline": QT_TRANSLATE_NOOP("AgreementList", "Deadline"),
    "child": QT_TRANSLATE_NOOP("AgreementList", "Child"),
    "what": QT_TRANSLATE_NOOP("AgreementList", "Agreement"),
    "responsible": QT_TRANSLATE_NOOP("AgreementList", "Responsible"),
    "sector": QT_TRANSLATE_NOOP("AgreementList", "Sector"),
    "meeting": QT_TRANSLATE_NOOP("AgreementList", "Agreed on"),
    "status": QT_TRANSLATE_NOOP("AgreementList", "Status"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("AgreementList", "Open"),
    "done": QT_TRANSLATE_NOOP("AgreementList", "Done"),
    "dropped": QT_TRANSLATE_NOOP("AgreementList", "Lapsed"),
    "continued": QT_TRANSLATE_NOOP("AgreementList", "Continued"),
}
STATUS_FILTERS = ("open", "done", "dropped", "continued", "all")
DUE_FILTERS = ("all", "overdue", "soon")  # soon: overdue or due within AGREEMENT_DAYS
LATE_COLOUR, DONE_COLOUR = "#b42318", "#1d5e34"
OVERDUE_SIGN = "⚠"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def source_line(entry) -> str:
    """Where a received plan's agreement came from: "Read in fra BUC Nordstrands plan, version 1, …"."""
    return QCoreApplication.translate("AgreementList", "Read in %1").replace("%1", entry.source)


NO_DATE = 10**7  # after every real date's ordinal


def _day(d) -> int:
    return d.toordinal() if d else NO_DATE


# What each column sorts by; ties keep the deadline order (a stable sort of the list in deadline order),
# so "child" lists each child's agreements by deadline. The keys are worked out for the whole list in one
# comprehension and sorted with a C-level key – far cheaper than a key function per row. The ascending
# order is kept per column; descending is its reverse.
PRIMARY = {
    "child": lambda e: e.child_name.casefold(),
    "what": lambda e: e.what.casefold(),
    "responsible": lambda e: e.responsible.casefold(),
    "sector": lambda e: e.sector,
    "meeting": lambda e: e.meeting_day.toordinal() if e.meeting_day else 0,
    "status": lambda e: STATUS_FILTERS.index(e.status) if e.status in STATUS_FILTERS else 9,
}


def ascending(column: str, entries, by_deadline: list[int] | None) -> list[int]:
    """The indices of `entries` in the column's ascending order; `by_deadline` is the deadline order."""
    if column == "deadline" or by_deadline is None:
        days = [(_day(e.deadline) << 24) | (e.id & 0xFFFFFF) for e in entries]
        return sorted(range(len(days)), key=days.__getitem__)
    first = [PRIMARY[column](e) for e in entries]
    return sorted(by_deadline, key=first.__getitem__)


class AgreementListModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = CONTEXT, COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded: list = []  # (entry, the words it is searched by), as read
        self._orders: dict[str, list[int]] = {}  # column -> indices into _loaded, ascending
        self._all: list = []  # _loaded in the current sort order
        self._rows: list = []
        self.today = local_today()
        self.filters = {"text": "", "person": "", "sector": "", "status": "open", "due": "all"}
        self._sort = ("deadline", Qt.SortOrder.AscendingOrder)

    # -- data in ---------------------------------------------------------------------------------
    def set_entries(self, entries, today: date) -> None:
        self.today = today
        self._loaded = [(e, f"{e.child_name} {e.case_no} {e.what} {e.responsible} {e.source}".casefold())
                        for e in entries]
        self._orders = {}
        self._sort_all()
        self._apply()

    def _sort_all(self) -> None:
        """Sorted once per load or header click; a keystroke filters the sorted list and keeps its order."""
        column, order = self._sort
        entries = [e for e, _h in self._loaded]
        if "deadline" not in self._orders:
            self._orders["deadline"] = ascending("deadline", entries, None)
        if column not in self._orders:
            self._orders[column] = ascending(column, entries, self._orders["deadline"])
        indices = self._orders[column]
        if order == Qt.SortOrder.DescendingOrder:
            indices = indices[::-1]
        loaded = self._loaded
        self._all = [loaded[i] for i in indices]

    def set_filter(self, **values) -> None:
        """text, person (a responsible's name, "" all), sector (code, "" all), status, due."""
        for name, value in values.items():
            if name not in self.filters:
                raise KeyError(name)
            self.filters[name] = value.strip().casefold() if name == "text" else value
        self._apply()

    def people(self) -> list[str]:
        """The responsible persons named in the agreements, for the person filter."""
        return sorted({e.responsible for e, _h in self._loaded if e.responsible.strip()}, key=str.casefold)

    def total(self) -> int:
        return len(self._loaded)

    def line_at(self, row: int):
        return self._rows[row]

    def overdue(self, entry) -> bool:
        return entry.status == "open" and not entry.ongoing and entry.deadline is not None \
            and entry.deadline < self.today

    def _apply(self) -> None:
        f = self.filters
        pairs = self._all
        for word in f["text"].split():  # one plain pass a word: cheaper than all() over a generator
            pairs = [pair for pair in pairs if word in pair[1]]
        rows = [e for e, _h in pairs]
        if f["status"] != "all":
            rows = [e for e in rows if e.status == f["status"]]
        if f["person"]:
            rows = [e for e in rows if e.responsible == f["person"]]
        if f["sector"]:
            rows = [e for e in rows if e.sector == f["sector"]]
        if f["due"] == "overdue":
            rows = [e for e in rows if self.overdue(e)]
        elif f["due"] == "soon":
            last = self.today + timedelta(days=AGREEMENT_DAYS)
            rows = [e for e in rows if e.status == "open" and not e.ongoing and e.deadline is not None
                    and e.deadline <= last]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if (COLUMNS[column], order) == self._sort:
            return
        self._sort = (COLUMNS[column], order)
        self._sort_all()
        self._apply()

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(entry, column)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.ForegroundRole and column in ("deadline", "status"):
            if self.overdue(entry):
                return QColor(LATE_COLOUR)
            if column == "status" and entry.status == "done":
                return QColor(DONE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == "status" and entry.status_note:
            return entry.status_note
        if role == Qt.ItemDataRole.ToolTipRole and column == "meeting" and entry.source:
            return source_line(entry)
        return None

    def _text_of(self, entry, column: str) -> str:
        if column == "deadline":
            if entry.ongoing:
                return QCoreApplication.translate("AgreementList", "ongoing")
            return fmt_date(entry.deadline) if entry.deadline else "—"
        if column == "child":
            return f"{entry.child_name} ({entry.case_no})"
        if column == "what":
            return entry.what
        if column == "responsible":
            return entry.responsible or "—"
        if column == "sector":
            return labels.label(labels.SECTORS, entry.sector) if entry.sector else "—"
        if column == "meeting":
            day = fmt_date(entry.meeting_day) if entry.meeting_day else "—"
            if entry.source:  # read in from another KIT Desk's plan (its whole source in the tooltip)
                return QCoreApplication.translate("AgreementList", "%1 (received)").replace("%1", day)
            return day
        if column == "status":
            text = _t(STATUSES.get(entry.status, entry.status))
            if self.overdue(entry):
                return f"{OVERDUE_SIGN} " + QCoreApplication.translate("AgreementList", "Open – overdue")
            if entry.closed_between_meetings:
                return text + " " + QCoreApplication.translate("AgreementList", "(between meetings)")
            return text
        return ""
