"""Afslut mødet: the parts a chair should not skip, and the choice to go back or end anyway."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from kitdesk.ui.widgets import heading


class EndMeetingDialog(QDialog):
    def __init__(self, problems: list[str], parent=None):
        super().__init__(parent)
        self.problems = list(problems)
        self.setWindowTitle(self.tr("End the meeting"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if self.problems:
            layout.addWidget(heading(self.tr("Before you end the meeting"), self, level=2))
            intro = QLabel(self.tr("These parts of the minutes are not filled in yet:"), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
            # The rules' own sentences (kitdesk.domain.minutes, in the chosen language), one per line.
            self.list = QLabel("\n".join(f"•  {p}" for p in self.problems), self)
            self.list.setObjectName("endProblems")
            self.list.setTextFormat(Qt.TextFormat.PlainText)
            self.list.setWordWrap(True)
            self.list.setProperty("kind", "warning")
            layout.addWidget(self.list)
            after = QLabel(self.tr("Go back and fill them in, or end the meeting anyway."), self)
        else:
            layout.addWidget(heading(self.tr("End the meeting now?"), self, level=2))
            self.list = None
            after = QLabel(self.tr("The meeting is marked as held, and the attendance and agreements are "
                                   "written in the baton log. The minutes then wait for sign-off."), self)
        after.setWordWrap(True)
        layout.addWidget(after)
        buttons = QDialogButtonBox(self)
        self.back_button = QPushButton(self.tr("&Go back"), self)
        self.end_button = QPushButton(self.tr("End &anyway") if self.problems else self.tr("&End meeting"), self)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.end_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # With something missing, the safe choice is the default; otherwise ending is.
        (self.back_button if self.problems else self.end_button).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
