"""A person in the shared directory: the form (also used by "Add person") and the edit dialog.

Saved with an explicit Save; a dialog with a problem stays open with everything typed kept, and the
problem is shown under the field it concerns.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout

from kitdesk.domain.model import Person
from kitdesk.ui import labels
from kitdesk.ui.field_messages import CheckedFields, field_message, grow_to_fit
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import Banner, CodeCombo, heading

NOTE_LIMIT = 2000
ADDRESS_LIMIT = 300


class PersonForm(CheckedFields):
    """Name, title, organisation, sector, e-mail, phone and a note, with checks next to the fields."""

    def __init__(self, parent=None, *, with_note: bool = True):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = self.line(self.tr("e.g. Peter Ærø"))
        form.addRow(self.tr("&Name *"), self.name)
        self.name_error = field_message(self, "warning")
        form.addRow("", self.name_error)
        self.title = self.line(self.tr("e.g. class teacher, psychologist, caseworker"))
        form.addRow(self.tr("&Title"), self.title)
        self.organisation = self.line(self.tr("e.g. Bakkeskolen"))
        form.addRow(self.tr("&Organisation"), self.organisation)
        self.sector = CodeCombo(labels.items(labels.SECTORS), self)
        self.sector.set_code("other")
        form.addRow(self.tr("&Sector"), self.sector)
        self.email = self.line(self.tr("name@example.dk"))
        form.addRow(self.tr("&E-mail"), self.email)
        self.email_error = field_message(self, "warning")
        form.addRow("", self.email_error)
        self.phone = self.line("")
        self.phone.setMaxLength(40)
        form.addRow(self.tr("&Phone"), self.phone)
        # For someone without e-mail: the invitation goes by post, with this address on the letter.
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("For letters by post, e.g. Skovvej 3, 4700 Fjordby"))
        self.address.setFixedHeight(48)
        form.addRow(self.tr("Postal a&ddress"), self.address)
        self.note = None
        if with_note:
            self.note = QPlainTextEdit(self)
            self.note.setTabChangesFocus(True)
            self.note.setPlaceholderText(self.tr("e.g. best reached in the morning"))
            self.note.setFixedHeight(64)
            form.addRow(self.tr("N&ote"), self.note)
        self.watch_name_and_email()

    # -- values ------------------------------------------------------------------------------------
    def set_person(self, person: Person) -> None:
        self.name.setText(person.name)
        self.title.setText(person.title)
        self.organisation.setText(person.organisation)
        self.sector.set_code(person.sector)
        self.email.setText(person.email)
        self.phone.setText(person.phone)
        self.address.setPlainText(person.address)
        if self.note is not None:
            self.note.setPlainText(person.note)

    def values(self) -> dict:
        values = {
            "name": self.name.text().strip(), "title": self.title.text().strip(),
            "organisation": self.organisation.text().strip(), "sector": self.sector.code(),
            "email": self.email.text().strip(), "phone": self.phone.text().strip(),
            "address": self.address.toPlainText()[:ADDRESS_LIMIT].strip(),
        }
        if self.note is not None:
            values["note"] = self.note.toPlainText()[:NOTE_LIMIT].strip()
        return values

    def person(self) -> Person:
        return Person(**self.values())

    # -- checks ------------------------------------------------------------------------------------
    def name_problem(self) -> str:
        return self.tr("Please enter the person's name.")

    def email_problem(self) -> str:
        return self.tr("This does not look like an e-mail address. Write it as name@example.dk, or leave it empty.")


class PersonDialog(QDialog):
    """New person, or edit one. The change is one store transaction and, given a stack, one undo step."""

    def __init__(self, store, person_id: int | None = None, undo_stack=None, parent=None):
        super().__init__(parent)
        self.store, self.person_id, self.undo_stack = store, person_id, undo_stack
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.form = PersonForm(self)
        if person_id is None:
            self.setWindowTitle(self.tr("New person"))
            layout.addWidget(heading(self.tr("New person in the directory"), self, 2))
            self._initial = self.form.values()
        else:
            person = store.persons.get(person_id)
            self.setWindowTitle(self.tr("Edit person"))
            layout.addWidget(heading(person.name, self, 2))
            cases = len(store.persons.memberships(person_id))
            if cases:
                info = QLabel(self.tr("Changes show in every case this person is in (%n case(s)).", "", cases), self)
                info.setWordWrap(True)
                info.setProperty("muted", True)
                layout.addWidget(info)
            self.form.set_person(person)
            self._initial = self.form.values()
        layout.addWidget(self.form)
        self.error = Banner(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.name.setFocus()

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def is_dirty(self) -> bool:
        return self.form.values() != self._initial

    def accept(self) -> None:
        if not self.form.validate():
            return
        values = self.form.values()

        def save() -> str:
            if self.person_id is None:
                self.person_id = self.store.persons.create(Person(**values))
                return self.tr("Add %1 to the directory").replace("%1", values["name"])
            self.store.persons.update(self.person_id, values)
            return self.tr("Edit %1").replace("%1", values["name"])

        # A refusal is the store's own sentence (write() says it in the chosen language); the dialog stays open.
        if write(self, self.undo_stack, self.store, save, show=self._refused):
            super().accept()

    def _refused(self, message: str) -> None:
        self.error.show_message(message)
        grow_to_fit(self)

    def reject(self) -> None:
        if self.is_dirty() and QMessageBox.question(
                self, self.windowTitle(), self.tr("Close without saving what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()
