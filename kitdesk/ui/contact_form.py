"""Name, organisation, e-mail and phone of someone invited who is not in the directory – or of an
invitee being changed. The e-mail is checked as soon as it is typed (kitdesk.domain.contact), and a
problem is shown next to its field with the text kept."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from kitdesk.domain.contact import BAD_EMAIL
from kitdesk.domain.refusal import Refusal
from kitdesk.ui.field_messages import CheckedFields, field_message
from kitdesk.ui.refusals import refusal_text

CONTACT_FIELDS = ("name", "organisation", "email", "phone")


class ContactForm(CheckedFields):
    """Name, organisation, e-mail (checked as soon as it is typed) and phone of someone new."""

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = self.line(self.tr("e.g. Grethe Nørgaard"))
        form.addRow(self.tr("&Name *"), self.name)
        self.name_error = field_message(self, "warning")
        form.addRow("", self.name_error)
        self.organisation = self.line(self.tr("e.g. Bakkeskolen – empty for family"))
        form.addRow(self.tr("&Organisation"), self.organisation)
        self.email = self.line(self.tr("name@example.dk – empty if they have none"))
        form.addRow(self.tr("&E-mail"), self.email)
        self.email_error = field_message(self, "warning")
        form.addRow("", self.email_error)
        self.phone = self.line("")
        self.phone.setMaxLength(40)
        form.addRow(self.tr("&Phone"), self.phone)
        self.watch_name_and_email()

    def set_values(self, values: dict) -> None:
        for key in CONTACT_FIELDS:
            getattr(self, key).setText(values.get(key, ""))

    def values(self) -> dict:
        return {key: getattr(self, key).text().strip() for key in CONTACT_FIELDS}

    def name_problem(self) -> str:
        return self.tr("Please enter the participant's name.")

    def email_problem(self) -> str:
        return refusal_text(Refusal(BAD_EMAIL))
