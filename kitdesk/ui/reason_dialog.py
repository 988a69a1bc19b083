"""Ask for a short reason before doing something that needs one (send without consent, cancel a
meeting). An empty reason is refused with a message, and the dialog stays open."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from kitdesk.ui.field_messages import grow_to_fit
from kitdesk.ui.widgets import Banner

# A banner with a style sheet of its own gets the app style's padding as contents margins, so its
# height is right when it appears after the window is shown (QLabel.heightForWidth ignores the
# padding otherwise, and the text is squeezed). Used by the meeting screens' banners.
OWN_SHEET = "/* banner */"


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, ok_text: str, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(placeholder)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        label.setBuddy(self.text)
        layout.addWidget(self.text)
        self.error = Banner(self)
        self.error.setStyleSheet(OWN_SHEET)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.setFocus()

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.error.show_message(self.tr("Please write the reason – it is kept with the meeting."))
            self.text.setFocus()
            grow_to_fit(self)
            return
        super().accept()


def ask_reason(parent, title: str, prompt: str, ok_text: str, placeholder: str = "") -> str | None:
    """The reason written, or None if the user cancelled. Callers use it through the module, so a
    test can answer in its place."""
    dialog = ReasonDialog(title, prompt, ok_text, placeholder, parent=parent)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
