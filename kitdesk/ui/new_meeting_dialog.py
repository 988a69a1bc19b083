"""Nyt netværksmøde: who asked for the meeting, and when. The meeting starts as a draft.

The request date starts the five-working-day deadline, shown here as the user types it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.meeting import meeting_deadline
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui import labels
from kitdesk.ui.field_messages import field_message, grow_to_fit, mark_invalid, show_field_message
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import StoreCommand
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit, point_labels_at_fields


class NewMeetingCommand(StoreCommand):
    """Undo of "New network meeting" removes the meeting only while it is a draft: an invitation that
    has gone out is taken back by cancelling the meeting, never by Ctrl+Z."""

    def __init__(self, store, text: str, journal, meeting_id: int):
        super().__init__(store, text, journal)
        self.meeting_id = meeting_id

    def undo(self) -> None:
        try:
            state = self.store.meetings.get(self.meeting_id).state
        except KeyError:
            state = None
        if state != "draft":
            self.setObsolete(True)  # QUndoStack drops an obsolete command instead of undoing it
            return
        super().undo()


class NewMeetingDialog(QDialog):
    def __init__(self, store, case_id: int, undo_stack=None, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack = store, case_id, undo_stack
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("New network meeting"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        intro = QLabel(self.tr("The meeting starts as a draft. You choose the time, the agenda and the "
                               "participants afterwards."), self)
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)
        self.requested_by = CodeCombo(labels.items(labels.REQUESTERS), self)
        # Most often the user's own sector asks: a municipal user's meetings are mostly the municipality's.
        self.requested_by.set_code("buc" if store.settings.get("user_sector") in ("buc", "") else "municipality")
        form.addRow(self.tr("&Who asked for the meeting"), self.requested_by)

        self.requested_on = DateEdit(self, required=True)
        self.requested_on.set_value(local_today())
        self.date_message = field_message(self)
        self.deadline = QLabel(self)
        self.deadline.setProperty("muted", True)
        self.deadline.setWordWrap(True)
        form.addRow(self.tr("&Date of the request"), self._stack(self.requested_on, self.date_message, self.deadline))

        self.note_label = QLabel(self.tr("&Talk with the family"), self)
        self.request_note = QPlainTextEdit(self)
        self.request_note.setTabChangesFocus(True)
        self.request_note.setPlaceholderText(self.tr("What did you talk about with the child or young person "
                                                     "and the family: why do they want a meeting?"))
        self.request_note.setFixedHeight(110)
        self.note_label.setBuddy(self.request_note)
        self.note_hint = QLabel(self.tr("You may also write it later; it must be there before the "
                                        "invitation is sent."), self)
        self.note_hint.setWordWrap(True)
        self.note_hint.setProperty("muted", True)
        self.note_box = self._stack(self.request_note, self.note_hint)
        form.addRow(self.note_label, self.note_box)
        layout.addLayout(form)
        point_labels_at_fields(form)

        self.error = Banner(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = buttons.addButton(self.tr("C&reate meeting"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.create_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.requested_by.currentIndexChanged.connect(lambda _i: self._family_changed())
        self.requested_on.textChanged.connect(lambda _t: self._show_deadline())
        self.requested_on.editingFinished.connect(self._date_problem)
        self._family_changed()
        self._show_deadline()
        self.requested_by.setFocus()

    def _stack(self, *widgets: QWidget) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        for widget in widgets:
            box.addWidget(widget)
        holder.setFocusProxy(widgets[0])
        return holder

    # -- live feedback ------------------------------------------------------------------------------
    def _family_changed(self) -> None:
        family = self.requested_by.code() == "family"
        self.note_label.setVisible(family)
        self.note_box.setVisible(family)
        if self.isVisible():
            grow_to_fit(self)

    def _show_deadline(self) -> None:
        try:
            requested = self.requested_on.value()
        except Refusal:
            self.deadline.hide()
            return
        deadline = meeting_deadline(requested, self.store.settings.extra_closed_days())
        self.deadline.setText(self.tr("Deadline for the meeting: %1 (five working days after the request)")
                              .replace("%1", fmt_date(deadline)))
        self.deadline.show()

    def _date_problem(self) -> str:
        try:
            requested = self.requested_on.value()
        except Refusal as exc:
            problem = refusal_text(exc)
        else:
            problem = "" if requested <= local_today() else self.tr("The request date cannot be in the future.")
        show_field_message(self.date_message, problem)
        mark_invalid(self.requested_on, bool(problem))
        return problem

    # -- create -------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.error.show_message("")
        if self._date_problem():
            self.requested_on.setFocus()
            return
        requested_by = self.requested_by.code()
        note = self.request_note.toPlainText().strip() if requested_by == "family" else ""
        try:
            self.meeting_id = self.store.meetings.create(self.case_id, requested_by, self.requested_on.value(),
                                                         request_note=note)
        except Refusal as exc:
            self._show_error(refusal_text(exc))
            return
        except DatabaseErrors as exc:
            self._show_error(describe_error(exc))
            return
        journal, self.store.last_journal = self.store.last_journal, []
        if self.undo_stack is not None and journal:
            self.undo_stack.push(NewMeetingCommand(self.store, self.tr("New network meeting"), journal,
                                                   self.meeting_id))
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.show_message(text)
        grow_to_fit(self)
