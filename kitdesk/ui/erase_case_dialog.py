"""Slet sag: deleting a case for good, confirmed by typing its case number; then what happened, and when
the last backup holding it will be gone.

Before the dialog, CaseErasure.run() asks the user to file a signed plan that is not marked as filed in
the case system ("journaliseret"): afterwards the plan exists only there.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.dates import fmt_date, to_local
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui import labels
from kitdesk.ui.erasure_texts import after_erasure, erase_with_backup
from kitdesk.ui.field_messages import grow_to_fit
from kitdesk.ui.reason_dialog import OWN_SHEET
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, heading, restyle

DANGER = "QPushButton#eraseButton:enabled { background: #b3261e; color: white; border: none; border-radius: 4px; " \
         "padding: 6px 16px; font-weight: 600; } QPushButton#eraseButton:disabled { padding: 6px 16px; }"


class EraseCaseDialog(QDialog):
    def __init__(self, store, case_id: int, parent=None):
        super().__init__(parent)
        from kitdesk.store.erasure import lone_persons, summary_counts

        self.store, self.case_id = store, case_id
        self.erased = None
        case = store.cases.get(case_id)
        self.case_no = case.case_no
        self.setWindowTitle(self.tr("Delete case"))
        self.setMinimumWidth(640)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = heading(self.tr("Delete the case about %1 (%2) for good?").replace("%1", case.child_name)
                        .replace("%2", case.case_no), page, 2)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self._text(page, self._what(summary_counts(store, case_id))))

        self.unfiled = Banner(page)
        self.unfiled.setStyleSheet(OWN_SHEET)
        plans = store.plans.unfiled(case_id)
        if plans:
            self.unfiled.show_message(CaseErasure().unfiled_text(plans))
        layout.addWidget(self.unfiled)

        self.person_boxes: dict[int, QCheckBox] = {}
        lone = lone_persons(store, case_id)
        if lone:
            group = QGroupBox(self.tr("People who are in this case only"), page)
            box = QVBoxLayout(group)
            for person_id, name, role, sector in lone:
                check = QCheckBox(" – ".join(p for p in (name, role or labels.label(labels.SECTORS, sector)) if p),
                                  group)
                check.setChecked(sector == "family")  # the family's own details go with the child's case
                self.person_boxes[person_id] = check
                box.addWidget(check)
            box.addWidget(self._text(group, self.tr(
                "Ticked people are deleted from People too. The others stay in the directory."), muted=True))
            layout.addWidget(group)

        prompt = QLabel(self.tr("Type the case number %1 to confirm:").replace("%1", case.case_no), page)
        layout.addWidget(prompt)
        self.confirm = QLineEdit(page)
        self.confirm.setPlaceholderText(case.case_no)
        prompt.setBuddy(self.confirm)
        layout.addWidget(self.confirm)
        self.error = Banner(page)
        self.error.setStyleSheet(OWN_SHEET)
        layout.addWidget(self.error)
        self.pages.addWidget(page)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("Delete the case for good"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setStyleSheet(DANGER)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.confirm.textChanged.connect(lambda text: self.erase_button.setEnabled(text.strip() == self.case_no))
        self.confirm.setFocus()

    def _text(self, parent, text: str, muted: bool = False) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if muted:
            label.setProperty("muted", True)
        return label

    def _what(self, n: dict[str, int]) -> str:
        parts = [self.tr("%n in the network", "", n["members"]), self.tr("%n consent(s)", "", n["consents"]),
                 self.tr("%n information exchange(s)", "", n["exchanges"])
                 + (" (" + self.tr("%n attached file(s)", "", n["files"]) + ")" if n["files"] else ""),
                 self.tr("%n baton log entr(ies)", "", n["log_entries"]),
                 self.tr("%n meeting(s) with minutes", "", n["meetings"]),
                 self.tr("%n signed plan(s) with approvals", "", n["signed_plans"])]
        return self.tr(
            "The case is deleted from KIT Desk and cannot be brought back: %1 – and the case's files in the data "
            "folder's exports folder. The change log keeps only that a case was deleted, by whom and when."
        ).replace("%1", ", ".join(parts))

    def chosen_persons(self) -> list[int]:
        return [pid for pid, box in self.person_boxes.items() if box.isChecked()]

    def erase(self) -> None:
        from kitdesk.store.erasure import ErasureRefused, erase_case

        if self.confirm.text().strip() != self.case_no:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.erased, outlook, backup_error = erase_with_backup(
                self.store, lambda: erase_case(self.store, self.case_id, self.chosen_persons()))
        except ErasureRefused as exc:
            self.error.show_message(refusal_text(exc))
            grow_to_fit(self)
            return
        except DatabaseErrors as exc:
            self.error.show_message(describe_error(exc))
            grow_to_fit(self)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show_result(after_erasure(self.erased, outlook, backup_error, self.tr("the case")))

    def _show_result(self, lines: list[tuple[str, str]]) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("The case is deleted"), page, 2))
        erased_persons = len(self.erased.person_ids)
        text = self.tr("Case %1 and everything about it are deleted from the database.").replace("%1", self.case_no)
        if self.erased.files_removed:
            text += " " + self.tr("%n file(s) deleted from the data folder.", "", self.erased.files_removed)
        if erased_persons:
            text += " " + self.tr("%n person(s) deleted from People.", "", erased_persons)
        layout.addWidget(self._text(page, text))
        for kind, line in lines:
            banner = Banner(page)
            banner.setStyleSheet(OWN_SHEET)
            banner.show_message(line, kind)
            layout.addWidget(banner)
        layout.addStretch(1)
        first = self.pages.widget(0)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.pages.removeWidget(first)  # the dialog shrinks to the result
        first.deleteLater()
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        restyle(close)
        close.setFocus()
        # Shrink to the result once the new page is laid out (its labels wrap to the dialog's width).
        QTimer.singleShot(0, lambda: self.resize(self.width(), self.layout().totalHeightForWidth(self.width())))


class CaseErasure(QObject):
    """"Slet sag…" from the case's tab or the list of cases due: first the unfiled plans (open one to
    file it, or go on), then the tabs of the case close (saving what was typed), then the typed
    confirmation."""

    def unfiled_text(self, plans) -> str:
        """The warning about signed plans not marked as filed in the case system."""
        meetings = ", ".join(self.tr("the meeting %1 (version %2)").replace(
            "%1", fmt_date(to_local(p.starts_at).date()) if p.starts_at else "–").replace("%2", str(p.version))
            for p in plans)
        return self.tr("%n signed plan(s) not marked as filed in the case system: %1. File them in the case "
                       "system before you delete the case – afterwards they exist only there.", "", len(plans)
                       ).replace("%1", meetings)

    DELETED, PLAN_OPENED, CANCELLED = "deleted", "plan opened", "cancelled"

    def run(self, window, case_id: int) -> str:
        """DELETED, PLAN_OPENED (the user went to file the plan first) or CANCELLED."""
        store = window.store
        plans = store.plans.unfiled(case_id)
        if plans:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The plan is not filed"), self.unfiled_text(plans),
                              QMessageBox.StandardButton.Cancel, window)
            box.setInformativeText(self.tr(
                "Open the plan, save it as PDF (Send this version…) and file it in the case system; then mark it "
                "as filed in the Versions tab."))
            open_plan = box.addButton(self.tr("Open the plan"), QMessageBox.ButtonRole.AcceptRole)
            go_on = box.addButton(self.tr("Delete anyway…"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(open_plan)
            box.exec()
            if box.clickedButton() is open_plan:
                view = window.open_plan(plans[0].meeting_id)
                view.tabs.setCurrentWidget(view.versions)
                return self.PLAN_OPENED
            if box.clickedButton() is not go_on:
                return self.CANCELLED
        window.close_case_tabs([case_id])
        dialog = EraseCaseDialog(store, case_id, window)
        dialog.exec()
        return self.DELETED if dialog.erased is not None else self.CANCELLED
