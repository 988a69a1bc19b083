"""The line under a field that says what is wrong with it, the red mark on the field, and a dialog
that grows to show a message that just appeared – one way for every form."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from kitdesk.domain.contact import HIDDEN_IN_EMAIL, hidden_characters, valid_email
from kitdesk.domain.refusal import Refusal
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import restyle


def field_message(parent: QWidget, kind: str = "") -> QLabel:
    """A hidden, word-wrapped line for a field's message, as wide as the field however short."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if kind:
        label.setProperty("kind", kind)
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.hide()
    return label


def show_field_message(label: QLabel, text: str, kind: str = "warning") -> None:
    label.setText(text)
    # Polish before showing, so the layout sizes the label with its padding.
    restyle(label, kind=kind)
    label.setVisible(bool(text))
    label.updateGeometry()
    if text:
        grow_to_fit(label.window())


def hidden_character_problem() -> str:
    """Said of an e-mail address with a NUL, a line break, a zero-width space or the like (the domain's
    rule, kitdesk.domain.contact)."""
    return refusal_text(Refusal(HIDDEN_IN_EMAIL))


def email_field_problem(text: str, otherwise: str) -> str:
    """The message for an e-mail field: "" if the address is fine, the hidden-character message, or
    `otherwise` (the form's own wording) for any other mistake."""
    if valid_email(text):
        return ""
    return hidden_character_problem() if hidden_characters(text) else otherwise


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    restyle(widget, invalid=invalid)


def grow_to_fit(widget: QWidget) -> None:
    """Make the window tall enough for a message that just appeared – now, and once more when the
    layout has settled. A window's minimum size ignores word-wrapped labels (height-for-width), so
    without this a two-line message is cut off."""
    def fit() -> None:
        window = widget.window()
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if need > window.height():
            window.resize(window.width(), need)

    fit()
    QTimer.singleShot(0, widget, fit)


class CheckedFields(QWidget):
    """A form with a required name and an e-mail address checked as they are typed.

    Subclasses make self.name, self.name_error, self.email and self.email_error (with line() and
    field_message()), call watch_name_and_email(), and say what is wrong in name_problem() and
    email_problem() – in their own translation context.
    """

    TEXT_LIMIT = 200

    def line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(self.TEXT_LIMIT)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def watch_name_and_email(self) -> None:
        self.email.editingFinished.connect(self.check_email)
        # A message goes as soon as the field is right; it never appears while still typing.
        self.email.textEdited.connect(lambda _t: self.clear_problem(self.email, self.email_error)
                                      if valid_email(self.email.text()) else None)
        self.name.textEdited.connect(lambda t: self.clear_problem(self.name, self.name_error) if t.strip() else None)

    def name_problem(self) -> str:
        raise NotImplementedError

    def email_problem(self) -> str:
        raise NotImplementedError

    def validate(self) -> bool:
        """Show what is wrong next to the field and put the cursor there; True if all is fine."""
        first_bad = None
        if not self.name.text().strip():
            self.show_problem(self.name, self.name_error, self.name_problem())
            first_bad = self.name
        else:
            self.clear_problem(self.name, self.name_error)
        if not self.check_email():
            first_bad = first_bad or self.email
        if first_bad is not None:
            first_bad.setFocus()
            return False
        return True

    def check_email(self) -> bool:
        problem = email_field_problem(self.email.text(), self.email_problem())
        if not problem:
            self.clear_problem(self.email, self.email_error)
            return True
        self.show_problem(self.email, self.email_error, problem)
        return False

    def show_problem(self, edit: QLineEdit, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()
        mark_invalid(edit, True)
        grow_to_fit(self)

    def clear_problem(self, edit: QLineEdit, label: QLabel) -> None:
        label.hide()
        mark_invalid(edit, False)
