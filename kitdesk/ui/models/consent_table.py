"""The consents of one case as a thin table model, with each consent's status on a given day."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.model import Consent
from kitdesk.ui import labels
from kitdesk.ui.models.base import RecordTableModel

COLUMNS = ("status", "given_by", "given_on", "valid_until", "sectors", "information", "form")
HEADERS = {
    "status": QT_TRANSLATE_NOOP("ConsentTable", "Status"),
    "given_by": QT_TRANSLATE_NOOP("ConsentTable", "Given by"),
    "given_on": QT_TRANSLATE_NOOP("ConsentTable", "Given on"),
    "valid_until": QT_TRANSLATE_NOOP("ConsentTable", "Valid until"),
    "sectors": QT_TRANSLATE_NOOP("ConsentTable", "Covers"),
    "information": QT_TRANSLATE_NOOP("ConsentTable", "Information"),
    "form": QT_TRANSLATE_NOOP("ConsentTable", "Form"),
}
STATUS_TEXT = {
    "valid": QT_TRANSLATE_NOOP("ConsentTable", "Valid"),
    "expired": QT_TRANSLATE_NOOP("ConsentTable", "Expired"),
    "withdrawn": QT_TRANSLATE_NOOP("ConsentTable", "Withdrawn"),
    "not_yet": QT_TRANSLATE_NOOP("ConsentTable", "Not yet in force"),
}
STATUS_COLOUR = {"valid": "#1d5e34", "expired": "#7a4100", "withdrawn": "#7a4100", "not_yet": "#5b6470"}
SHORT_TEXT = 120


def consent_status(consent: Consent, day: date) -> str:
    """valid / expired / withdrawn / not_yet – the words users look for in the status column."""
    if consent.withdrawn_on is not None and consent.withdrawn_on <= day:
        return "withdrawn"
    if consent.valid_until is not None and consent.valid_until < day:
        return "expired"
    if consent.given_on is None or consent.given_on > day:
        return "not_yet"
    return "valid"


def status_text(consent: Consent, day: date) -> str:
    status = consent_status(consent, day)
    text = QCoreApplication.translate("ConsentTable", STATUS_TEXT[status])
    if status == "withdrawn":
        text += " " + fmt_date(consent.withdrawn_on)
    return text


def sectors_text(sectors: list[str]) -> str:
    return ", ".join(labels.label(labels.SECTORS, s) for s in sectors)


def one_line(text: str, limit: int = SHORT_TEXT) -> str:
    """A long or multi-line text shortened for a table cell; the tooltip has it all."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def plain_tooltip(text: str) -> str:
    """Qt guesses whether a tooltip is rich text; escaping it inside <p> shows user text literally."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class ConsentTableModel(RecordTableModel):
    CONTEXT, COLUMNS, HEADERS = "ConsentTable", COLUMNS, HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Consent] = []
        self._today = local_today()

    def set_rows(self, consents: list[Consent], today: date) -> None:
        self.beginResetModel()
        self._rows = list(consents)
        self._today = today
        self.endResetModel()

    def consent_at(self, row: int) -> Consent:
        return self._rows[row]

    # -- Qt ----------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        consent = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(consent, column)
        if role == Qt.ItemDataRole.UserRole:
            return consent.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "given_by":
                return plain_tooltip(f"{consent.given_by}\n{labels.label(labels.CONSENT_GIVERS, consent.giver_kind)}")
            if column == "information":
                return plain_tooltip(consent.information)
            if column == "sectors":
                return plain_tooltip(sectors_text(consent.sectors))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLOUR[consent_status(consent, self._today)])
        return None

    def _text_of(self, consent: Consent, column: str) -> str:
        if column == "status":
            return status_text(consent, self._today)
        if column == "given_by":
            return consent.given_by
        if column == "given_on":
            return fmt_date(consent.given_on)
        if column == "valid_until":
            return fmt_date(consent.valid_until) if consent.valid_until else \
                QCoreApplication.translate("ConsentTable", "no end date")
        if column == "sectors":
            return sectors_text(consent.sectors)
        if column == "information":
            return one_line(consent.information)
        if column == "form":
            return labels.label(labels.CONSENT_FORMS, consent.form)
        return ""
