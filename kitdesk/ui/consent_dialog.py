"""Record a consent (samtykke), change one, or withdraw one. Bad input is shown next to the field, never lost."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from kitdesk.domain.dates import age_on, fmt_date, local_today
from kitdesk.domain.model import Consent
from kitdesk.ui import labels
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


class ConsentDialog(QDialog):
    """New consent (consent=None) or a change to one: then only information, end date and note are open."""

    def __init__(self, store, case_id: int, undo_stack, consent: Consent | None = None, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack, self.consent = store, case_id, undo_stack, consent
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

        self.given_by = QLineEdit(self)
        self.given_by.setMaxLength(NAME_LIMIT)
        self.given_by.setPlaceholderText(self.tr("Name of the person who gave the consent"))
        names = [m.person_name for m in self.store.network.members(self.case_id) if m.sector == "family"]
        completer = QCompleter(names + [self.case.child_name], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.given_by.setCompleter(completer)
        self.given_by_error = field_error(self)
        form.addRow(self.tr("&Given by"), with_error(self.given_by, self.given_by_error))

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

    def _fill(self) -> None:
        consent = self.consent
        if consent is None:
            in_network = {m.sector for m in self.store.network.members(self.case_id)}
            for code, box in self.sector_boxes.items():
                box.setChecked(code in in_network)
            self.given_on.set_value(local_today())
            return
        self.given_by.setText(consent.given_by)
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
        except ValueError:
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
        show_error(self.given_by_error, self.given_by, "" if given_by else self.tr("Please write who gave the consent."))
        ok &= bool(given_by)
        sectors = [code for code, box in self.sector_boxes.items() if box.isChecked()]
        if self.consent is None:
            show_error(self.sectors_error, None, "" if sectors else self.tr("Choose at least one party the consent covers."))
            ok &= bool(sectors)
        given_on = until = None
        try:
            given_on = self.given_on.value()
            show_error(self.given_on_error, self.given_on, "")
        except ValueError as exc:
            show_error(self.given_on_error, self.given_on, str(exc))
            ok = False
        try:
            until = self.valid_until.value()
            problem = ""
            if until and given_on and until < given_on:
                problem = self.tr("The consent cannot end before the day it was given (%1).").replace("%1", fmt_date(given_on))
            show_error(self.valid_until_error, self.valid_until, problem)
            ok &= not problem
        except ValueError as exc:
            show_error(self.valid_until_error, self.valid_until, str(exc))
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
                self.saved_id = self.store.consents.add(consent)
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
        except ValueError as exc:
            show_error(self.on_error, self.on, str(exc))
            return
        if on > local_today():
            show_error(self.on_error, self.on, self.tr("The date cannot be in the future."))
            return
        show_error(self.on_error, self.on, "")
        if write(self, self.undo_stack, self.store, lambda: self.store.consents.withdraw(self.consent.id, on),
                 self.tr("Withdraw consent from %1").replace("%1", self.consent.given_by), show=self.error.show_message):
            super().accept()
