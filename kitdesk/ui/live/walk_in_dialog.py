"""Someone who turned up without an invitation: name, where from, and whether in the room or online."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from kitdesk.domain.refusal import Refusal
from kitdesk.ui import labels
from kitdesk.ui.live.attendance_words import word
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, CodeCombo

NAME_LIMIT = 200


class WalkInDialog(QDialog):
    def __init__(self, store, meeting_id: int, parent=None, before_write=None):
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        self.before_write = before_write or (lambda: None)
        self.invitee_id: int | None = None
        self.name_added = ""
        self.setWindowTitle(self.tr("Add someone who turned up"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setObjectName("walk_in_name")
        form.addRow(self.tr("&Name"), self.name)
        self.organisation = QLineEdit(self)
        self.organisation.setMaxLength(NAME_LIMIT)
        self.organisation.setPlaceholderText(self.tr("e.g. Fjordby Skole (optional)"))
        form.addRow(self.tr("&Organisation"), self.organisation)
        self.sector = CodeCombo(labels.items(labels.SECTORS), self)
        self.sector.set_code("other")
        form.addRow(self.tr("&Sector"), self.sector)
        self.attendance = CodeCombo([(word("in_room"), "in_room"), (word("online"), "online")], self)
        form.addRow(self.tr("&Taking part"), self.attendance)
        layout.addLayout(form)
        self.message = Banner(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def accept(self) -> None:
        self.before_write()
        try:
            self.invitee_id = self.store.live.add_walk_in(
                self.meeting_id, self.name.text(), self.sector.code(), self.organisation.text().strip(),
                self.attendance.code())
        except Refusal as exc:
            # The dialog stays open with what was typed; the store's refusal says what is missing.
            self.message.show_message(refusal_text(exc))
            self.name.setFocus()
            return
        self.name_added = self.name.text().strip()
        super().accept()
