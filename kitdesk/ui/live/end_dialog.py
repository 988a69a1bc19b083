"""Afslut mødet: the parts a chair should not skip, and the choice to go back or end anyway."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from kitdesk.ui.widgets import heading


class EndMeetingDialog(QDialog):
    def __init__(self, problems: list[str], parent=None, unmarked: list[str] = ()):
        """`unmarked`: the names of those whose attendance is not marked."""
        super().__init__(parent)
        self.problems = list(problems)
        self.unmarked = list(unmarked)
        self.setWindowTitle(self.tr("End the meeting"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.list = self.attendance = None
        if self.problems or self.unmarked:
            layout.addWidget(heading(self.tr("Before you end the meeting"), self, level=2))
        if self.problems:
            intro = QLabel(self.tr("These parts of the minutes are not filled in yet:"), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
            # The rules' own sentences (kitdesk.domain.minutes, in the chosen language), one per line.
            self.list = self._warning("\n".join(f"•  {p}" for p in self.problems), "endProblems")
            layout.addWidget(self.list)
        if self.unmarked:
            # Names are user text: shown literally.
            self.attendance = self._warning(
                self.tr("Attendance is not marked for: %1. Mark each of them in the room, online, absent or "
                        "apologies – or correct it in the plan's review before it is signed off.")
                .replace("%1", ", ".join(self.unmarked)), "endUnmarked")
            layout.addWidget(self.attendance)
        if self.problems or self.unmarked:
            after = QLabel(self.tr("Go back and fill them in, or end the meeting anyway."), self)
        else:
            layout.addWidget(heading(self.tr("End the meeting now?"), self, level=2))
            after = QLabel(self.tr("The meeting is marked as held, and the attendance and agreements are "
                                   "written in the baton log. The minutes then wait for sign-off."), self)
        after.setWordWrap(True)
        layout.addWidget(after)
        buttons = QDialogButtonBox(self)
        self.back_button = QPushButton(self.tr("&Go back"), self)
        missing = bool(self.problems or self.unmarked)
        self.end_button = QPushButton(self.tr("End &anyway") if missing else self.tr("&End meeting"), self)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.end_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # With something missing, the safe choice is the default; otherwise ending is.
        (self.back_button if missing else self.end_button).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _warning(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setProperty("kind", "warning")
        return label
