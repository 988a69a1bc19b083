"""Name, organisation, e-mail and phone of someone invited who is not in the directory – or of an
invitee being changed. The e-mail is checked as soon as it is typed (kitdesk.domain.contact), and a
problem is shown next to its field with the text kept."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from kitdesk.domain.contact import MSG_EMAIL, valid_email
from kitdesk.ui.person_dialog import grow_to_fit

TEXT_LIMIT = 200
CONTACT_FIELDS = ("name", "organisation", "email", "phone")


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def warning_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("kind", "warning")
    # As wide as the field, however short the message.
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.hide()
    return label


class ContactForm(QWidget):
    """Name, organisation, e-mail (checked as soon as it is typed) and phone of someone new."""

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = self._line(self.tr("e.g. Grethe Nørgaard"))
        form.addRow(self.tr("&Name *"), self.name)
        self.name_error = warning_label(self)
        form.addRow("", self.name_error)
        self.organisation = self._line(self.tr("e.g. Bakkeskolen – empty for family"))
        form.addRow(self.tr("&Organisation"), self.organisation)
        self.email = self._line(self.tr("name@example.dk – empty if they have none"))
        form.addRow(self.tr("&E-mail"), self.email)
        self.email_error = warning_label(self)
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
        _mark(edit, True)
        grow_to_fit(self)

    def _clear(self, edit: QLineEdit, label: QLabel) -> None:
        label.hide()
        _mark(edit, False)
