"""Record a consent (samtykke), change one, or withdraw one. Bad input is shown next to the field, never lost."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.dates import age_on, fmt_date, local_today
from kitdesk.domain.model import Consent, ConsentForm
from kitdesk.domain.refusal import Refusal
from kitdesk.store.repos.consents import NO_GIVER, NO_SECTORS
from kitdesk.ui import labels
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit, point_labels_at_fields, restyle

NAME_LIMIT = 200


def field_error(parent: QWidget) -> QLabel:
    """A line under a field that says what is wrong with it."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("kind", "warning")
    label.hide()
    return label


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    box = QWidget(widget.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def show_error(error: QLabel, field: QWidget | None, text: str) -> None:
    error.setText(text)
    error.setVisible(bool(text))
    if field is not None:
        restyle(field, invalid=bool(text))


def family_givers(store, case_id: int) -> list[tuple[str, str]]:
    """Who in the case can give consent, as (name, giver kind): the family in the network, then the
    child/young person (seed 003: the consent is the family's)."""
    found = []
    for member in store.network.members(case_id):
        if member.sector == "family" and member.person_name.strip():
            found.append((member.person_name.strip(), "parent"))
    child = store.cases.get(case_id).child_name.strip()
    if child and all(name != child for name, _ in found):
        found.append((child, "young_person"))
    return found


def giver_combo(parent: QWidget, givers: list[tuple[str, str]]) -> QComboBox:
    """An editable list of the family in the network: pick one, or type another name (a guardian)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for name, kind in givers:
        combo.addItem(name, kind)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setMaxLength(NAME_LIMIT)
    combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


class ConsentDialog(QDialog):
    """New consent (consent=None) or a change to one: then only information, end date and note are open.
    With `form`: a printed consent form has come back signed – its return is registered as this consent."""

    def __init__(self, store, case_id: int, undo_stack, consent: Consent | None = None, parent=None, *,
                 form: ConsentForm | None = None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack, self.consent = store, case_id, undo_stack, consent
        self.form_record = form
        self.saved_id: int | None = None
        self.case = store.cases.get(case_id)
        self.setWindowTitle(self.tr("New consent") if consent is None else self.tr("Consent"))
        self.setMinimumWidth(620)
        self._build()
        self._fill()
        self._update_age_hint()

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.error = Banner(self)
        outer.addWidget(self.error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)

        # Picked from the family in the network (or typed: a guardian not in the network).
        self.given_by_combo = giver_combo(self, family_givers(self.store, self.case_id))
        self.given_by = self.given_by_combo.lineEdit()
        self.given_by.setPlaceholderText(self.tr("Choose from the family in the network, or type a name"))
        self.given_by_combo.activated.connect(self._giver_picked)
        self.given_by_error = field_error(self)
        form.addRow(self.tr("&Given by"), with_error(self.given_by_combo, self.given_by_error))

        self.giver_kind = CodeCombo(labels.items(labels.CONSENT_GIVERS), self)
        form.addRow(self.tr("Gives consent &as"), self.giver_kind)
        self.age_hint = QLabel(self)
        self.age_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.age_hint.setWordWrap(True)
        form.addRow("", self.age_hint)

        sectors = QWidget(self)
        grid = QGridLayout(sectors)
        grid.setContentsMargins(0, 0, 0, 0)
        self.sector_boxes: dict[str, QCheckBox] = {}
        # The family needs no consent to hear about its own child, so it is not offered.
        for i, (text, code) in enumerate(p for p in labels.items(labels.SECTORS) if p[1] != "family"):
            box = QCheckBox(text, sectors)
            self.sector_boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        self.sectors_error = field_error(self)
        form.addRow(self.tr("Covers"), with_error(sectors, self.sectors_error))

        self.information = QPlainTextEdit(self)
        self.information.setTabChangesFocus(True)
        self.information.setPlaceholderText(self.tr("Which information, e.g. assessment, well-being at school, attendance"))
        self.information.setFixedHeight(64)
        form.addRow(self.tr("&Information"), self.information)

        self.given_on = DateEdit(self, required=True)
        self.given_on_error = field_error(self)
        form.addRow(self.tr("Given &on"), with_error(self.given_on, self.given_on_error))
        self.form = CodeCombo(labels.items(labels.CONSENT_FORMS), self)
        form.addRow(self.tr("&Form"), self.form)
        self.valid_until = DateEdit(self)
        self.valid_until.setPlaceholderText(self.tr("dd.mm.yyyy – empty if no end date"))
        self.valid_until_error = field_error(self)
        form.addRow(self.tr("&Valid until"), with_error(self.valid_until, self.valid_until_error))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        form.addRow(self.tr("&Note"), self.note)
        point_labels_at_fields(form)

        self.withdrawn = QLabel(self)
        self.withdrawn.setTextFormat(Qt.TextFormat.PlainText)
        self.withdrawn.setProperty("kind", "warning")
        self.withdrawn.hide()
        outer.addWidget(self.withdrawn)
        self.edit_hint = QLabel(self.tr(
            "Who gave the consent, when, and what it covers cannot be changed. "
            "If that has changed, record a new consent."), self)
        self.edit_hint.setWordWrap(True)
        self.edit_hint.setProperty("muted", True)
        self.edit_hint.setVisible(self.consent is not None)
        outer.addWidget(self.edit_hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        outer.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.giver_kind.currentIndexChanged.connect(self._update_age_hint)
        self.given_on.textChanged.connect(self._update_age_hint)

    def _giver_picked(self, index: int) -> None:
        kind = self.given_by_combo.itemData(index)
        if kind:
            self.giver_kind.set_code(kind)

    def _fill(self) -> None:
        consent = self.consent
        if consent is None and self.form_record is not None:
            # The signed return of a printed form: what the form said, written, given today.
            record = self.form_record
            self.setWindowTitle(self.tr("Register the signed consent form"))
            self.given_by.setText(record.given_by)
            self.giver_kind.set_code(record.giver_kind)
            for code, box in self.sector_boxes.items():
                box.setChecked(code in record.sectors)
            self.information.setPlainText(record.information)
            self.form.set_code("written")
            self.given_on.set_value(local_today())
            return
        if consent is None:
            in_network = {m.sector for m in self.store.network.members(self.case_id)}
            for code, box in self.sector_boxes.items():
                box.setChecked(code in in_network)
            self.given_on.set_value(local_today())
            return
        self.given_by.setText(consent.given_by)
        self.given_by_combo.setEnabled(False)
        self.giver_kind.set_code(consent.giver_kind)
        for code, box in self.sector_boxes.items():
            box.setChecked(code in consent.sectors)
        self.information.setPlainText(consent.information)
        self.given_on.set_value(consent.given_on)
        self.form.set_code(consent.form)
        self.valid_until.set_value(consent.valid_until)
        self.note.setPlainText(consent.note)
        for widget in (self.given_by, self.given_on):
            widget.setReadOnly(True)
        for widget in (self.giver_kind, self.form, *self.sector_boxes.values()):
            widget.setEnabled(False)
        if consent.withdrawn_on:
            self.withdrawn.setText(self.tr("Withdrawn on %1.").replace("%1", fmt_date(consent.withdrawn_on)))
            self.withdrawn.show()
        self.information.setFocus()

    # -- the young person's age ---------------------------------------------------------------------
    def _update_age_hint(self) -> None:
        if self.giver_kind.code() != "young_person":
            self.age_hint.hide()
            return
        text = self.tr("A young person aged 15 or over can give consent in health matters.")
        kind = "info"
        birth = self.case.birth_date
        try:
            on = self.given_on.value() or local_today()
        except Refusal:
            on = local_today()
        if birth and on >= birth:
            age = age_on(birth, on)
            if age < 15:
                kind = "warning"
                text += " " + self.tr("%1 was %2 on that date – a parent or guardian must give the consent.") \
                    .replace("%1", self.case.child_name).replace("%2", str(age))
        self.age_hint.setText(text)
        restyle(self.age_hint, kind=kind)
        self.age_hint.show()

    # -- save ----------------------------------------------------------------------------------------
    def _validate(self) -> dict | None:
        """Check every field, show each problem next to it; the values if all is well."""
        ok = True
        given_by = self.given_by.text().strip()
        show_error(self.given_by_error, self.given_by, "" if given_by else refusal_text(Refusal(NO_GIVER)))
        ok &= bool(given_by)
        sectors = [code for code, box in self.sector_boxes.items() if box.isChecked()]
        if self.consent is None:
            show_error(self.sectors_error, None, "" if sectors else refusal_text(Refusal(NO_SECTORS)))
            ok &= bool(sectors)
        given_on = until = None
        try:
            given_on = self.given_on.value()
            show_error(self.given_on_error, self.given_on, "")
        except Refusal as exc:
            show_error(self.given_on_error, self.given_on, refusal_text(exc))
            ok = False
        try:
            until = self.valid_until.value()
            problem = ""
            if until and given_on and until < given_on:
                problem = self.tr("The consent cannot end before the day it was given (%1).").replace("%1", fmt_date(given_on))
            show_error(self.valid_until_error, self.valid_until, problem)
            ok &= not problem
        except Refusal as exc:
            show_error(self.valid_until_error, self.valid_until, refusal_text(exc))
            ok = False
        if not ok:
            return None
        return {"given_by": given_by, "sectors": sectors, "given_on": given_on, "valid_until": until}

    def accept(self) -> None:
        values = self._validate()
        if values is None:
            self.error.show_message(self.tr("Please correct what is marked below."))
            return
        information, note = self.information.toPlainText().strip(), self.note.toPlainText().strip()

        def save() -> str:
            if self.consent is None:
                consent = Consent(case_id=self.case_id, giver_kind=self.giver_kind.code(), form=self.form.code(),
                                  information=information, note=note, **values)
                self.saved_id = self.store.consents.add(
                    consent, form_id=self.form_record.id if self.form_record is not None else None)
                return self.tr("Add consent from %1").replace("%1", values["given_by"])
            self.store.consents.update(self.consent.id, {
                "information": information, "note": note, "valid_until": values["valid_until"]})
            self.saved_id = self.consent.id
            return self.tr("Change consent from %1").replace("%1", values["given_by"])

        if write(self, self.undo_stack, self.store, save, show=self.error.show_message):
            super().accept()


class WithdrawDialog(QDialog):
    """Asks for the day a consent was withdrawn (today unless told otherwise), then records it."""

    def __init__(self, store, consent: Consent, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.consent, self.undo_stack = store, consent, undo_stack
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.error = Banner(self)
        layout.addWidget(self.error)
        intro = QLabel(self.tr("Withdraw the consent from %1, given %2?")
                       .replace("%1", consent.given_by).replace("%2", fmt_date(consent.given_on)), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        explain = QLabel(self.tr("From that day it no longer covers any party. The baton log records the withdrawal."), self)
        explain.setWordWrap(True)
        explain.setProperty("muted", True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.on = DateEdit(self, required=True)
        self.on.set_value(local_today())
        self.on_error = field_error(self)
        form.addRow(self.tr("Withdrawn &on"), with_error(self.on, self.on_error))
        point_labels_at_fields(form)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Withdraw consent"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.on.setFocus()
        self.on.selectAll()

    def accept(self) -> None:
        try:
            on = self.on.value()
        except Refusal as exc:
            show_error(self.on_error, self.on, refusal_text(exc))
            return
        if on > local_today():
            show_error(self.on_error, self.on, self.tr("The date cannot be in the future."))
            return
        show_error(self.on_error, self.on, "")
        if write(self, self.undo_stack, self.store, lambda: self.store.consents.withdraw(self.consent.id, on),
                 self.tr("Withdraw consent from %1").replace("%1", self.consent.given_by), show=self.error.show_message):
            super().accept()
