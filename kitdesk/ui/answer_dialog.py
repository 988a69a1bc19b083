"""An invitee's answer: awaiting, attending (in person / online) or a cancellation (afbud – the seed
asks for no reason, so one is optional), and with any of them a wish for others to join (who). Each
answer is written to the baton log by the store."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.meeting import Invitee
from kitdesk.ui.field_messages import grow_to_fit
from kitdesk.ui.reason_dialog import OWN_SHEET
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import Banner, heading

NOTE_LIMIT = 300


class AnswerDialog(QDialog):
    def __init__(self, store, invitee: Invitee, meeting_form: str = "physical", undo_stack=None, parent=None):
        super().__init__(parent)
        self.store, self.invitee, self.undo_stack = store, invitee, undo_stack
        self.setWindowTitle(self.tr("Answer to the invitation"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(invitee.name, self, 2))

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnMinimumWidth(0, 24)
        self.pending = QRadioButton(self.tr("&Awaiting answer"), self)
        self.attending = QRadioButton(self.tr("A&ttending"), self)
        self.declined = QRadioButton(self.tr("&Cancellation (afbud)"), self)
        # Not an answer of its own: someone attending – or sending afbud – may want others to join.
        self.wants_others = QCheckBox(self.tr("&Wants others to join"), self)
        self.answers = QButtonGroup(self)
        for radio in (self.pending, self.attending, self.declined):
            self.answers.addButton(radio)

        modes = QWidget(self)
        ml = QHBoxLayout(modes)
        ml.setContentsMargins(0, 0, 0, 0)
        self.physical = QRadioButton(self.tr("&In person"), modes)
        self.virtual = QRadioButton(self.tr("&Online"), modes)
        self.modes = QButtonGroup(self)
        for radio in (self.physical, self.virtual):
            self.modes.addButton(radio)
            ml.addWidget(radio)
        ml.addStretch(1)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the cancellation"))
        self.reason.setMaxLength(NOTE_LIMIT)
        self.reason.setPlaceholderText(self.tr("Optional: anything they said – no reason is needed"))
        self.who = QLineEdit(self)
        self.who.setAccessibleName(self.tr("Who else should join"))
        self.who.setMaxLength(NOTE_LIMIT)
        self.who.setPlaceholderText(self.tr("Who – e.g. grandmother, the support person from the school"))

        grid.addWidget(self.pending, 0, 0, 1, 2)
        grid.addWidget(self.attending, 1, 0, 1, 2)
        grid.addWidget(modes, 2, 1)
        grid.addWidget(self.declined, 3, 0, 1, 2)
        grid.addWidget(self.reason, 4, 1)
        grid.addWidget(self.wants_others, 5, 0, 1, 2)
        grid.addWidget(self.who, 6, 1)
        layout.addLayout(grid)
        self.error = Banner(self)
        self.error.setStyleSheet(OWN_SHEET)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save answer"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        # How someone attends follows the meeting's form unless the answer says otherwise.
        mode = invitee.attend_mode or ("virtual" if meeting_form in ("video", "phone") else "physical")
        (self.virtual if mode == "virtual" else self.physical).setChecked(True)
        # "wants_others" was an answer of its own before m008; such an answer reads as attending.
        radio = {"attending": self.attending, "declined": self.declined,
                 "wants_others": self.attending}.get(invitee.answer, self.pending)
        radio.setChecked(True)
        if invitee.answer == "declined":
            self.reason.setText(invitee.answer_note)
        others = invitee.others_wanted or (invitee.answer_note if invitee.answer == "wants_others" else "")
        self.wants_others.setChecked(bool(others.strip()))
        self.who.setText(others)
        self.answers.buttonToggled.connect(lambda *_: self._update())
        self.wants_others.toggled.connect(lambda *_: self._update())
        self._update()
        radio.setFocus()

    def answer(self) -> str:
        if self.attending.isChecked():
            return "attending"
        if self.declined.isChecked():
            return "declined"
        return "pending"

    def values(self) -> dict:
        answer = self.answer()
        note = self.reason.text().strip() if answer == "declined" else ""
        mode = ("virtual" if self.virtual.isChecked() else "physical") if answer == "attending" else ""
        others = self.who.text().strip() if self.wants_others.isChecked() else ""
        return {"answer": answer, "attend_mode": mode, "answer_note": note, "others_wanted": others}

    def _update(self) -> None:
        answer = self.answer()
        for widget, on in ((self.physical, answer == "attending"), (self.virtual, answer == "attending"),
                           (self.reason, answer == "declined"), (self.who, self.wants_others.isChecked())):
            widget.setEnabled(on)
        self.error.show_message("")
        for edit in (self.reason, self.who):
            edit.setProperty("invalid", False)
            edit.style().polish(edit)

    def _fail(self, edit: QLineEdit, text: str) -> None:
        self.error.show_message(text)
        edit.setProperty("invalid", True)
        edit.style().polish(edit)
        edit.setFocus()
        grow_to_fit(self)

    def accept(self) -> None:
        values = self.values()
        if self.wants_others.isChecked() and not values["others_wanted"]:
            self._fail(self.who, self.tr("Write whom they would like to bring."))
            return
        changes = {k: v for k, v in values.items() if getattr(self.invitee, k) != v}
        if changes and not write(
                self, self.undo_stack, self.store, lambda: self.store.meetings.update_invitee(self.invitee.id, changes),
                self.tr("Record the answer from %1").replace("%1", self.invitee.name), show=self._refused):
            return
        super().accept()

    def _refused(self, message: str) -> None:
        self.error.show_message(message)
        grow_to_fit(self)
