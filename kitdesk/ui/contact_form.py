"""Name, organisation, e-mail and phone of someone invited who is not in the directory – or of an
invitee being changed. The e-mail is checked as soon as it is typed (kitdesk.domain.contact), and a
problem is shown next to its field with the text kept."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from kitdesk.domain.contact import MSG_EMAIL, valid_email
from kitdesk.ui.field_messages import field_message, grow_to_fit, mark_invalid

TEXT_LIMIT = 200
CONTACT_FIELDS = ("name", "organisation", "email", "phone")


class ContactForm(QWidget):
    """Name, organisation, e-mail (checked as soon as it is typed) and phone of someone new."""

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = self._line(self.tr("e.g. Grethe Nørgaard"))
        form.addRow(self.tr("&Name *"), self.name)
        self.name_error = field_message(self, "warning")
        form.addRow("", self.name_error)
        self.organisation = self._line(self.tr("e.g. Bakkeskolen – empty for family"))
        form.addRow(self.tr("&Organisation"), self.organisation)
        self.email = self._line(self.tr("name@example.dk – empty if they have none"))
        form.addRow(self.tr("&E-mail"), self.email)
        self.email_error = field_message(self, "warning")
        form.addRow("", self.email_error)
        self.phone = self._line("")
        self.phone.setMaxLength(40)
        form.addRow(self.tr("&Phone"), self.phone)
        self.email.editingFinished.connect(self.check_email)
        # The message goes as soon as the address is right; it never appears while still typing.
        self.email.textEdited.connect(lambda _t: self._clear(self.email, self.email_error)
                                      if valid_email(self.email.text()) else None)
        self.name.textEdited.connect(lambda t: self._clear(self.name, self.name_error) if t.strip() else None)

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(TEXT_LIMIT)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def set_values(self, values: dict) -> None:
        for key in CONTACT_FIELDS:
            getattr(self, key).setText(values.get(key, ""))

    def values(self) -> dict:
        return {key: getattr(self, key).text().strip() for key in CONTACT_FIELDS}

    def validate(self) -> bool:
        first_bad = None
        if not self.name.text().strip():
            self._show(self.name, self.name_error, self.tr("Please enter the participant's name."))
            first_bad = self.name
        if not self.check_email():
            first_bad = first_bad or self.email
        if first_bad is not None:
            first_bad.setFocus()
            return False
        return True

    def check_email(self) -> bool:
        if valid_email(self.email.text()):
            self._clear(self.email, self.email_error)
            return True
        self._show(self.email, self.email_error, MSG_EMAIL)
        return False

    def _show(self, edit: QLineEdit, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()
        mark_invalid(edit, True)
        grow_to_fit(self)

    def _clear(self, edit: QLineEdit, label: QLabel) -> None:
        label.hide()
        mark_invalid(edit, False)
