"""Print a consent form (samtykkeerklæring): who in the family gives it, which parties and which
information it covers – filled from the case and its network – saved as a PDF in the case's export
folder and opened for printing. The form is kept as "sent for signature" until its signed return is
registered in the Samtykke tab (seed 003: "skemaer til samtykke")."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.dates import local_today, utc_now
from kitdesk.domain.meeting import Organiser
from kitdesk.domain.model import ConsentForm
from kitdesk.domain.refusal import Refusal
from kitdesk.export.atomic import danish_message
from kitdesk.export.consent_form_pdf import consent_file_name, write_consent_form
from kitdesk.store.erasure import case_folder_name
from kitdesk.ui import labels
from kitdesk.ui.consent_dialog import family_givers, field_error, giver_combo, show_error, with_error
from kitdesk.ui.field_messages import grow_to_fit
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import record
from kitdesk.ui.widgets import Banner, CodeCombo


def open_file(path: Path) -> None:
    """Open the PDF in the system's viewer, to print it (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ConsentFormDialog(QDialog):
    def __init__(self, store, case_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack = store, case_id, undo_stack
        self.case = store.cases.get(case_id)
        self.members = store.network.members(case_id)
        self.saved_path: Path | None = None
        self.form_id: int | None = None
        self.setWindowTitle(self.tr("Print a consent form"))
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("The form is filled in from the case and the network, saved as a PDF and opened for "
                               "printing. When it comes back signed, register it under Consent."), self)
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        outer.addWidget(intro)
        self.error = Banner(self)
        outer.addWidget(self.error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        givers = family_givers(store, case_id)
        self.given_by_combo = giver_combo(self, givers)
        self.given_by = self.given_by_combo.lineEdit()
        self.given_by.setPlaceholderText(self.tr("Choose from the family in the network, or type a name"))
        self.given_by_error = field_error(self)
        form.addRow(self.tr("&Given by"), with_error(self.given_by_combo, self.given_by_error))
        self.giver_kind = CodeCombo(labels.items(labels.CONSENT_GIVERS), self)
        form.addRow(self.tr("Gives consent &as"), self.giver_kind)
        self.given_by_combo.activated.connect(
            lambda i: self.giver_kind.set_code(self.given_by_combo.itemData(i) or self.giver_kind.code()))
        if givers:
            self.given_by_combo.setCurrentIndex(0)
            self.giver_kind.set_code(givers[0][1])

        sectors = QWidget(self)
        grid = QGridLayout(sectors)
        grid.setContentsMargins(0, 0, 0, 0)
        in_network = {m.sector for m in self.members}
        self.sector_boxes: dict[str, QCheckBox] = {}
        for i, (text, code) in enumerate(p for p in labels.items(labels.SECTORS) if p[1] != "family"):
            box = QCheckBox(text, sectors)
            box.setChecked(code in in_network)
            self.sector_boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        self.sectors_error = field_error(self)
        form.addRow(self.tr("Covers"), with_error(sectors, self.sectors_error))
        self.information = QPlainTextEdit(self)
        self.information.setTabChangesFocus(True)
        self.information.setFixedHeight(64)
        self.information.setPlaceholderText(self.tr("Which information, e.g. assessment, well-being at school, "
                                                    "attendance – empty: lines to write on"))
        form.addRow(self.tr("&Information"), self.information)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = buttons.addButton(self.tr("&Save and open for printing"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setDefault(True)
        self.print_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def target(self) -> Path:
        root = self.store.folder.exports if self.store.folder is not None else Path.home()
        return root / case_folder_name(self.case.case_no) / consent_file_name(self.case.case_no, local_today())

    def values(self) -> ConsentForm | None:
        given_by = self.given_by.text().strip()
        sectors = [code for code, box in self.sector_boxes.items() if box.isChecked()]
        show_error(self.given_by_error, self.given_by_combo,
                   "" if given_by else self.tr("Please write who gives the consent."))
        show_error(self.sectors_error, None, "" if sectors else self.tr("Choose at least one party the consent covers."))
        if not given_by or not sectors:
            self.error.show_message(self.tr("Please correct what is marked below."))
            grow_to_fit(self)
            return None
        return ConsentForm(case_id=self.case_id, given_by=given_by, giver_kind=self.giver_kind.code(),
                           sectors=sectors, information=self.information.toPlainText().strip(),
                           printed_on=local_today())

    def accept(self) -> None:
        form = self.values()
        if form is None:
            return
        target = self.target()
        organiser = Organiser.from_settings(self.store.settings.all())
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_consent_form(target, self.case, form, self.members, organiser, utc_now())
        except OSError as exc:
            self.error.show_message(danish_message(exc, target.parent))
            grow_to_fit(self)
            return
        try:
            self.form_id = self.store.consents.record_form(form)
        except Refusal as exc:
            self.error.show_message(refusal_text(exc))
            return
        record(self.undo_stack, self.store, self.tr("Print a consent form for %1").replace("%1", form.given_by))
        self.store.access_log.record("consent_form_exported", "cases", self.case_id, self.case_id, "pdf")
        self.saved_path = target
        open_file(target)
        super().accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.given_by_combo.setFocus(Qt.FocusReason.OtherFocusReason)
