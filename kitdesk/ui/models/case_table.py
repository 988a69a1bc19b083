"""The case list as a thin table model: plain rows in, text out; filtering and sorting in Python.

No QSortFilterProxyModel: with 10,000 cases its per-cell data() calls cost far more than one list
comprehension over pre-folded search strings.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap

from kitdesk.domain.dates import fmt_datetime, from_utc_iso
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

if TYPE_CHECKING:
    from kitdesk.store.repos.cases import CaseRow

COLUMNS = ("child", "birth_date", "phase", "step", "level", "buc_contact", "municipal_contact", "last_activity")
HEADERS = {
    "child": QT_TRANSLATE_NOOP("CaseTable", "Child"),
    "birth_date": QT_TRANSLATE_NOOP("CaseTable", "Birth date"),
    "phase": QT_TRANSLATE_NOOP("CaseTable", "Phase"),
    "step": QT_TRANSLATE_NOOP("CaseTable", "Step"),
    "level": QT_TRANSLATE_NOOP("CaseTable", "Level"),
    "buc_contact": QT_TRANSLATE_NOOP("CaseTable", "Contact person, BUC"),
    "municipal_contact": QT_TRANSLATE_NOOP("CaseTable", "Contact person, municipality"),
    "last_activity": QT_TRANSLATE_NOOP("CaseTable", "Last activity"),
}
SORT_KEYS = {
    "child": lambda r: r.child_name.casefold(),
    "birth_date": lambda r: r.birth_date or "",
    "phase": lambda r: list(labels.PHASES).index(r.phase) if r.phase in labels.PHASES else 99,
    "step": lambda r: r.step,
    "level": lambda r: r.level,
    "buc_contact": lambda r: (r.buc_contact or "\uffff").casefold(),
    "municipal_contact": lambda r: (r.municipal_contact or "\uffff").casefold(),
    "last_activity": lambda r: r.last_activity or "",
}
STATUS_FILTERS = ("open", "closed", "all")
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole})
_DEMO_WORD = QT_TRANSLATE_NOOP("CaseTable", "Example")


class CaseTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = "CaseTable", COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._demo_icon: QIcon | None = None
        self._all: list[CaseRow] = []
        self._haystack: list[str] = []
        self._rows: list[CaseRow] = []
        self._text = ""
        self._status = "open"
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._phase_text: dict[str, str] = {}

    # -- data in ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseRow]) -> None:
        self._phase_text = {code: labels.label(labels.PHASES, code) for code in labels.PHASES}
        phase_text = self._phase_text
        demo = QCoreApplication.translate("CaseTable", _DEMO_WORD)  # "eksempel" finds the example cases
        haystack = {
            r.id: f"{r.child_name}\n{r.case_no}\n{r.buc_contact or ''}\n{r.municipal_contact or ''}\n"
                  f"{_danish_date(r.birth_date)}\n{phase_text.get(r.phase, '')}{demo if r.is_demo else ''}".casefold()
            for r in rows
        }
        self._all = rows
        self._sort_all()
        self._haystack = [haystack[r.id] for r in self._all]
        self._apply()

    def set_filter(self, text: str | None = None, status: str | None = None) -> None:
        if text is not None:
            self._text = text.strip().casefold()
        if status is not None:
            self._status = status
        self._apply()

    def total(self) -> int:
        return len(self._all)

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def _apply(self) -> None:
        # _all is kept in the current sort order, so a keystroke only filters: no sorting.
        words = self._text.split()
        rows = self._all
        if words:
            first, rest = words[0], words[1:]
            pairs = [(r, h) for r, h in zip(rows, self._haystack, strict=True) if first in h]
            rows = [r for r, h in pairs if all(w in h for w in rest)] if rest else [r for r, _ in pairs]
        if self._status != "all":
            closed = self._status == "closed"
            rows = [r for r in rows if (r.phase == "closed") == closed]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _sort_all(self) -> None:
        column, order = self._sort
        key = SORT_KEYS[COLUMNS[column]]
        self._all = sorted(self._all, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The view asks ~14 roles per visible cell on every paint: answer the unused ones first.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole:
            return self.demo_icon() if row.is_demo and column == "child" else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "child" and row.is_demo:
            return QCoreApplication.translate("CaseTable", "Fictitious example data. File ▸ Remove example data "
                                                           "removes it in one step.")
        if role == Qt.ItemDataRole.ToolTipRole and column in ("step", "level"):
            table = labels.STEPS if column == "step" else labels.LEVELS
            return labels.label(table, row.step if column == "step" else row.level)
        if role == Qt.ItemDataRole.ForegroundRole and column.endswith("contact") and not getattr(row, column):
            return QColor("#b45309")
        return None

    def demo_icon(self) -> QIcon:
        """The small "Eksempel" pill before a demo case's name, drawn once."""
        if self._demo_icon is None:
            self._demo_icon = QIcon(_pill(QCoreApplication.translate("CaseTable", _DEMO_WORD)))
        return self._demo_icon

    def _text_of(self, row: CaseRow, column: str) -> str:
        if column == "child":
            return row.child_name
        if column == "birth_date":
            return _danish_date(row.birth_date)
        if column == "phase":
            return self._phase_text.get(row.phase, row.phase)
        if column == "step":
            return str(row.step)
        if column == "level":
            return str(row.level)
        if column in ("buc_contact", "municipal_contact"):
            return getattr(row, column) or QCoreApplication.translate("CaseTable", "missing")
        if column == "last_activity":
            return fmt_datetime(from_utc_iso(row.last_activity)) if row.last_activity else ""
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort and self._all:
            return
        self._sort = (column, order)
        by_id = dict(zip((r.id for r in self._all), self._haystack, strict=True))
        self._sort_all()
        self._haystack = [by_id[r.id] for r in self._all]
        self._apply()


def _danish_date(iso: str | None) -> str:
    """"2013-04-17" -> "17.04.2013" without parsing: run for every case on every load."""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}" if iso else ""


def demo_icon_size() -> QSize:
    """The size the case list gives its icons: the demo pill's."""
    return _pill(QCoreApplication.translate("CaseTable", _DEMO_WORD)).deviceIndependentSize().toSize()


def _pill(text: str) -> QPixmap:
    font = QFont()
    font.setPointSizeF(7.5)
    font.setBold(True)
    metrics = QFontMetrics(font)
    width, height = metrics.horizontalAdvance(text) + 12, metrics.height() + 2
    scale = 2  # sharp on a high-density screen too
    pixmap = QPixmap(width * scale, height * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#b9cbe4"))
    painter.setBrush(QColor("#eef3fa"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), height / 2, height / 2)
    painter.setPen(QColor("#1f3a5f"))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
