"""The first start: after the passphrase, the user's own name and organisation – they sign the
invitations and the plans, and afbud is sent to them. Asked while no name is set; "Later" leaves it
for the next start (and Indstillinger)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui import labels
from kitdesk.ui.field_messages import email_field_problem, field_message, mark_invalid, show_field_message
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, CodeCombo, heading

TEXT_LIMIT = 200


def needs_identity(store) -> bool:
    return not (store.settings.get("user_name") or "").strip()


class FirstStartDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Welcome to KIT Desk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Who are you?"), self, 2))
        intro = QLabel(self.tr("Your name and organisation stand on the invitations and plans you send, and "
                               "afbud is sent to your e-mail. You can change them later under Settings."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        values = store.settings.all()
        self.name = self._line(values.get("user_name", ""), self.tr("e.g. Mette Kjærgaard"))
        form.addRow(self.tr("Your &name *"), self.name)
        self.user_title = self._line(values.get("user_title", ""), self.tr("e.g. psychologist, caseworker"))
        form.addRow(self.tr("&Title"), self.user_title)
        self.organisation = self._line(values.get("user_organisation", ""), self.tr("e.g. BUC Nordstrand"))
        form.addRow(self.tr("&Organisation *"), self.organisation)
        self.sector = CodeCombo(labels.items(labels.SECTORS), self)
        self.sector.set_code(values.get("user_sector") or "buc")
        form.addRow(self.tr("&Sector"), self.sector)
        self.email = self._line(values.get("user_email", ""), self.tr("name@example.dk"))
        form.addRow(self.tr("&E-mail"), self.email)
        self.email_message = field_message(self)
        form.addRow("", self.email_message)
        layout.addLayout(form)
        self.error = Banner(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.later_button = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _line(self, value: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setMaxLength(TEXT_LIMIT)
        edit.setPlaceholderText(placeholder)
        return edit

    def accept(self) -> None:
        name, organisation, email = (self.name.text().strip(), self.organisation.text().strip(),
                                     self.email.text().strip())
        problem = email_field_problem(email, self.tr("This does not look like an e-mail address. Write it as "
                                                     "name@example.dk, or leave it empty.")) if email else ""
        show_field_message(self.email_message, problem)
        mark_invalid(self.email, bool(problem))
        missing = [w for w, v in ((self.name, name), (self.organisation, organisation)) if not v]
        for widget in (self.name, self.organisation):
            mark_invalid(widget, widget in missing)
        if missing or problem:
            self.error.show_message(self.tr("Please write your name and organisation.") if missing else "")
            (missing[0] if missing else self.email).setFocus()
            return
        try:
            self.store.settings.set_many({"user_name": name, "user_title": self.user_title.text().strip(),
                                          "user_organisation": organisation, "user_sector": self.sector.code(),
                                          "user_email": email})
        except Refusal as exc:  # the e-mail address the rules refuse
            self.error.show_message(refusal_text(exc))
            return
        except DatabaseErrors as exc:
            self.error.show_message(describe_error(exc))
            return
        super().accept()
