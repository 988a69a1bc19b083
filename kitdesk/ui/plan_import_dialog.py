"""Filer → Læs plan ind…: a signed plan PDF received from another KIT Desk, read into a case.

    read_plan_from_file(window, store)   # asks for the file, shows this dialog, returns the case id read into

The file is read first (its embedded data, export/plan_data.py): what is wrong with it is said in
Danish before any choice is asked for. The dialog shows what the plan holds – whose plan, which
version, the agreements – and asks for the case: an existing one, found by searching (the one with the
plan's child is chosen when there is one), or a new case for the plan's child. The agreements then
arrive in that case's follow-up ("Opfølgning på aftaler") with their source.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.plan_data import PlanData
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors
from kitdesk.ui.refusals import said
from kitdesk.ui.widgets import Banner, heading, search_field

SHOWN_AGREEMENTS = 6  # more are counted, not listed: the dialog must fit a small laptop screen


def _day(iso: str | None) -> str:
    try:
        return fmt_date(date.fromisoformat(iso[:10])) if iso else ""
    except ValueError:
        return ""


class PlanImportDialog(QDialog):
    def __init__(self, store, data: PlanData, parent=None):
        super().__init__(parent)
        self.store, self.data = store, data
        self.result_of_reading = None  # the store's ReadIn once read in
        self.setWindowTitle(self.tr("Read in plan"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        layout.addWidget(heading(self.tr("Plan for %1").replace("%1", data.child_name or "—"), self, level=2))
        about = QLabel(self._about(), self)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(about)
        agreements = QLabel(self._agreements(), self)
        agreements.setWordWrap(True)
        agreements.setTextFormat(Qt.TextFormat.PlainText)
        agreements.setProperty("muted", True)
        layout.addWidget(agreements)
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Read the agreements into"), self, level=2))
        self.existing = QRadioButton(self.tr("An &existing case"), self)
        self.new_case = QRadioButton(self.tr("A &new case for %1").replace("%1", data.child_name or "—"), self)
        self.choice = QButtonGroup(self)
        for button in (self.existing, self.new_case):
            self.choice.addButton(button)
        layout.addWidget(self.existing)
        self.search = search_field(QLineEdit(self), self.tr("Search cases"))
        self.search.setPlaceholderText(self.tr("Search by name or case number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases"))
        self.cases.setMinimumHeight(150)
        self.cases.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.cases)
        layout.addWidget(self.new_case)
        self._fill_cases()
        self.cases.itemClicked.connect(lambda _item: self.existing.setChecked(True))

        self.error = Banner(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.read_button = buttons.addButton(self.tr("&Read in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_button.setDefault(True)
        self.read_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- what the plan holds ------------------------------------------------------------------------------
    def _about(self) -> str:
        data = self.data
        lines = [data.source[:1].upper() + data.source[1:] + "."]
        facts = [self.tr("Their case number: %1").replace("%1", data.case_no)]
        if data.signed_on:
            facts.append(self.tr("signed off %1").replace("%1", _day(data.signed_on)))
        if data.next_meeting_at:
            facts.append(self.tr("next meeting %1").replace("%1", _day(data.next_meeting_at)))
        lines.append(" · ".join(facts))
        return "\n".join(lines)

    def _agreements(self) -> str:
        agreements = self.data.agreements
        if not agreements:
            return self.tr("The plan has no agreements.")
        lines = [self.tr("%n agreement(s) to follow up:", "", len(agreements))]
        for agreement in agreements[:SHOWN_AGREEMENTS]:
            what = " ".join(agreement.what.split())
            what = what if len(what) <= 90 else what[:89] + "…"
            if agreement.ongoing:
                when = self.tr("ongoing")
            else:
                when = _day(agreement.deadline) or self.tr("no deadline")
            who = agreement.responsible or self.tr("no one responsible")
            lines.append(f"{agreement.number}. {what} – {who}, {when}")
        if len(agreements) > SHOWN_AGREEMENTS:
            lines.append(self.tr("… and %n more", "", len(agreements) - SHOWN_AGREEMENTS))
        return "\n".join(lines)

    # -- choosing the case ---------------------------------------------------------------------------------
    def _fill_cases(self) -> None:
        wanted = " ".join(self.data.child_name.split()).casefold()
        rows = sorted(self.store.cases.rows(), key=lambda r: (r.child_name.casefold(), r.id))
        best = None
        for row in rows:
            born = _day(row.birth_date)
            text = f"{row.child_name}   ({row.case_no}{', ' + born if born else ''})"
            item = QListWidgetItem(text, self.cases)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if best is None and " ".join(row.child_name.split()).casefold() == wanted and (
                    not self.data.birth_date or not row.birth_date or row.birth_date == self.data.birth_date):
                best = item
        if best is not None:
            self.cases.setCurrentItem(best)
            self.existing.setChecked(True)
        else:
            self.new_case.setChecked(True)
        self.existing.setEnabled(bool(rows))

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for index in range(self.cases.count()):
            item = self.cases.item(index)
            item.setHidden(not all(word in item.text().casefold() for word in words))
        if words:
            self.existing.setChecked(True)
            visible = [self.cases.item(i) for i in range(self.cases.count()) if not self.cases.item(i).isHidden()]
            if visible and (self.cases.currentItem() is None or self.cases.currentItem().isHidden()):
                self.cases.setCurrentItem(visible[0])

    def chosen_case(self) -> int | None:
        item = self.cases.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    def accept(self) -> None:
        case_id = None
        if self.existing.isChecked():
            case_id = self.chosen_case()
            if case_id is None:
                self.error.show_message(self.tr("Choose the case the plan belongs to, or read it into a new case."))
                return
        try:
            self.result_of_reading = self.store.plan_imports.read_in(self.data, case_id)
        except (Refusal, KeyError, *DatabaseErrors) as exc:
            self.error.show_message(said(exc))
            return
        super().accept()


def read_plan_from_file(parent, store, path: str | None = None):
    """Ask for a plan PDF (unless given), read it in through the dialog; the store's ReadIn, or None."""
    from kitdesk.export.plan_data import read_plan_file  # on first use

    title = QCoreApplication.translate("PlanImportDialog", "Read in plan")
    if path is None:
        kinds = QCoreApplication.translate("PlanImportDialog", "Plans (*.pdf);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), kinds)
        if not path:
            return None
    try:
        data = read_plan_file(Path(path).read_bytes())
    except Refusal as refused:
        QMessageBox.warning(parent, title, said(refused))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "PlanImportDialog", "The file cannot be read: %1").replace("%1", exc.strerror or str(exc)))
        return None
    dialog = PlanImportDialog(store, data, parent)
    if not dialog.exec():
        return None
    return dialog.result_of_reading
