"""The fields of one agreement during a live meeting, and the undo step every live store change makes.

"What" and "follow-up" are typed live through the session (saved off the UI thread within a
second). Who is responsible, the sector, the deadline or "ongoing", and the agenda item are small
store changes, each one undo step. Shown under the agreements list by kitdesk.ui.live.agreements.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kitdesk.domain.minutes import Agreement, decision_words
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui import labels
from kitdesk.ui.note_edit import NoteEdit
from kitdesk.ui.refusals import said
from kitdesk.ui.undo import StoreCommand
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit

TEXT_LIMIT = 500


class LiveCommand(StoreCommand):
    """A store change made during a live meeting. Typed text is flushed to disk before a revert, so
    the row put back (a deleted agreement, say) holds the words as they were last typed."""

    def __init__(self, session, store, text: str, journal):
        super().__init__(store, text, journal)
        self.session = session

    def undo(self) -> None:
        self.session.flush()
        super().undo()

    def redo(self) -> None:
        if not self._done:
            self.session.flush()
        super().redo()


def record_live(stack, store, session, text: str) -> None:
    """Like kitdesk.ui.undo.record, for the live meeting."""
    journal, store.last_journal = store.last_journal, []
    if journal:
        stack.push(LiveCommand(session, store, text, journal))


def write_live(widget: QWidget, session, undo_stack, action, text: str, title: str) -> bool:
    """Run one store change and make it an undo step; a refusal is shown in the chosen language, and so
    is a database that could not be written (busy, disk full): nothing was changed, the user can retry."""
    try:
        action()
    except (Refusal, KeyError) as exc:
        QMessageBox.warning(widget, title, said(exc))
        return False
    except DatabaseErrors as exc:
        QMessageBox.warning(widget, title, describe_error(exc))
        return False
    record_live(undo_stack, session.store, session, text)
    return True


class AgreementEditor(QGroupBox):
    def __init__(self, store, session, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.session, self.undo_stack = store, session, undo_stack
        self.agreement: Agreement | None = None  # the one shown (the list's record: "what" kept live)
        self.read_only = False
        self.invitees: dict = {}
        self._loading = False
        self._shown: tuple = (None, 0, 0, None, False)
        self._build()

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.what = NoteEdit(self, lines=3)
        self.what.setPlaceholderText(self.tr("What was agreed – concrete, so everyone knows what happens next"))
        self.what.textChanged.connect(self._typed_what)
        grid.addWidget(self._label(self.tr("Wha&t"), self.what), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.what, 0, 1, 1, 3)
        self.decision = Banner(self)
        grid.addWidget(self.decision, 1, 1, 1, 3)

        self.responsible = QComboBox(self)
        self.responsible.setEditable(True)
        self.responsible.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible.lineEdit().setMaxLength(200)
        self.responsible.lineEdit().setPlaceholderText(self.tr("Choose a participant or type a name"))
        self.responsible.setMinimumContentsLength(18)
        self.responsible.activated.connect(self._choose_responsible)
        self.responsible.lineEdit().editingFinished.connect(self._save_responsible_text)
        grid.addWidget(self._label(self.tr("&Responsible"), self.responsible), 2, 0)
        grid.addWidget(self.responsible, 2, 1)
        self.sector = CodeCombo([("—", "")] + labels.items(labels.SECTORS), self)
        self.sector.activated.connect(lambda _i: self._save({"sector": self.sector.code()},
                                                            self.tr("Change the sector of an agreement")))
        grid.addWidget(self._label(self.tr("&Sector"), self.sector), 2, 2)
        grid.addWidget(self.sector, 2, 3)

        deadline_row = QHBoxLayout()
        deadline_row.setContentsMargins(0, 0, 0, 0)
        self.deadline = DateEdit(self)
        self.deadline.setMaximumWidth(140)
        self.deadline.committed.connect(lambda value: self._save({"deadline": value},
                                                                 self.tr("Change the deadline of an agreement")))
        self.ongoing = QCheckBox(self.tr("Ongo&ing"), self)
        self.ongoing.setToolTip(self.tr("No fixed deadline: the agreement runs until further notice"))
        self.ongoing.toggled.connect(self._save_ongoing)
        deadline_row.addWidget(self.deadline)
        deadline_row.addSpacing(8)
        deadline_row.addWidget(self.ongoing)
        deadline_row.addStretch(1)
        grid.addWidget(self._label(self.tr("Dead&line"), self.deadline), 3, 0)
        grid.addLayout(deadline_row, 3, 1)
        self.item = CodeCombo([], self)
        self.item.setMinimumContentsLength(18)
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.activated.connect(lambda _i: self._save({"agenda_item_id": self.item.code()},
                                                          self.tr("Move an agreement to another agenda item")))
        grid.addWidget(self._label(self.tr("Agenda ite&m"), self.item), 3, 2)
        grid.addWidget(self.item, 3, 3)

        self.follow_up = QLineEdit(self)
        self.follow_up.setMaxLength(TEXT_LIMIT)
        self.follow_up.setPlaceholderText(self.tr("How and when it is followed up, e.g. at the next meeting"))
        self.follow_up.textChanged.connect(self._typed_follow_up)
        grid.addWidget(self._label(self.tr("Follow-u&p"), self.follow_up), 4, 0)
        grid.addWidget(self.follow_up, 4, 1, 1, 3)
        self.carried = QLabel(self)
        self.carried.setProperty("muted", True)
        self.carried.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.carried, 5, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fields = (self.what, self.responsible, self.sector, self.deadline, self.ongoing, self.item,
                       self.follow_up)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- showing one agreement ----------------------------------------------------------------------
    def set_choices(self, invitees, items: dict[int, str]) -> None:
        """The meeting's participants (walk-ins too) and its agenda items ("2. Status")."""
        self._loading = True
        line = self.responsible.lineEdit()
        typing = line.text() if line.hasFocus() and line.isModified() else None
        try:
            self.invitees = {i.id: i for i in invitees}
            self.responsible.clear()
            for invitee in invitees:
                self.responsible.addItem(invitee.name, invitee.id)
                self.responsible.setItemData(self.responsible.count() - 1,
                                             labels.label(labels.SECTORS, invitee.sector), Qt.ItemDataRole.ToolTipRole)
            if typing is not None:  # a name half typed when someone walked in: kept
                self.responsible.setEditText(typing)
                line.setModified(True)
            self.item.clear()
            self.item.addItem("—", None)
            for item_id, text in items.items():
                self.item.addItem(text, item_id)
        finally:
            self._loading = False

    def show_agreement(self, agreement: Agreement | None, number: int, count: int, carried_from: str | None,
                       read_only: bool) -> None:
        self._shown = (agreement, number, count, carried_from, read_only)
        has = agreement is not None
        same = has and self.agreement is not None and agreement.id == self.agreement.id
        self.agreement, self.read_only = agreement, read_only
        editable = has and not read_only
        self.setEnabled(has)
        self.setTitle(self.tr("Agreement %1 of %2").replace("%1", str(number)).replace("%2", str(count))
                      if has else self.tr("Agreement"))
        for widget in (self.what, self.follow_up, self.responsible.lineEdit(), self.deadline):
            widget.setReadOnly(not editable)
        for widget in (self.responsible, self.sector, self.item, self.ongoing):
            widget.setEnabled(editable)
        self._loading = True
        try:
            self._show_text(agreement.what if has else "", same)
            if self.follow_up.text() != (agreement.follow_up if has else ""):
                self.follow_up.setText(agreement.follow_up if has else "")
            line = self.responsible.lineEdit()
            if not (same and line.hasFocus() and line.isModified()):
                self.responsible.setCurrentIndex(self.responsible.findData(agreement.responsible_invitee_id)
                                                 if has else -1)
                self.responsible.setEditText(agreement.responsible_name if has else "")
                line.setModified(False)
            self.sector.set_code(agreement.sector if has else "")
            if not (same and self.deadline.hasFocus()):
                self.deadline.set_value(agreement.deadline if has else None)
            self.ongoing.setChecked(bool(has and agreement.ongoing))
            self.deadline.setEnabled(editable and not agreement.ongoing)
            self.item.set_code(agreement.agenda_item_id if has else None)
            self.carried.setText(self.tr("Carried from the meeting on %1").replace("%1", carried_from)
                                 if carried_from else "")
            self.carried.setVisible(bool(carried_from))
        finally:
            self._loading = False
        self._check_decision(agreement.what if has else "")

    def _show_text(self, text: str, same: bool) -> None:
        edit = self.what
        if edit.toPlainText() == text:
            return
        if same and edit.hasFocus():
            # The same agreement changed under the cursor (an undo, say): keep the cursor near.
            position = edit.textCursor().position()
            edit.setPlainText(text)
            cursor = edit.textCursor()
            cursor.setPosition(min(position, len(text)))
            edit.setTextCursor(cursor)
        else:
            edit.setPlainText(text)

    def _check_decision(self, text: str) -> None:
        words = decision_words(text)
        self.decision.show_message(self.tr(
            "Network meetings make agreements, not decisions on municipal interventions – consider rewording "
            "“%1”.").replace("%1", words[0]) if words else "", "warning")

    def focus_what(self) -> None:
        self.what.setFocus()
        self.what.moveCursor(QTextCursor.MoveOperation.End)

    def typed_elsewhere(self, agreement_id: int, field: str, value) -> None:
        """A live value for the agreement shown, from another widget: show it."""
        if self.agreement is None or agreement_id != self.agreement.id or field != "what" \
                or self.what.toPlainText() == value:
            return
        self._loading = True
        try:
            self._show_text(value, True)
        finally:
            self._loading = False

    # -- typed live -----------------------------------------------------------------------------------
    def _editable_id(self) -> int | None:
        if self._loading or self.agreement is None or self.read_only:
            return None
        return self.agreement.id

    def _typed_what(self) -> None:
        agreement_id = self._editable_id()
        if agreement_id is None:
            return
        text = self.what.toPlainText()
        self.session.type("agreements", agreement_id, "what", text)
        self._check_decision(text)

    def _typed_follow_up(self, text: str) -> None:
        agreement_id = self._editable_id()
        if agreement_id is not None:
            self.session.type("agreements", agreement_id, "follow_up", text)

    # -- store changes --------------------------------------------------------------------------------
    def _save(self, changes: dict, text: str) -> None:
        agreement_id = self._editable_id()
        if agreement_id is not None and not write_live(
                self, self.session, self.undo_stack, lambda: self.store.live.update_agreement(agreement_id, changes),
                text, self.tr("Agreements")):
            self.show_agreement(*self._shown)  # back to what is stored; typed texts are not touched

    def _choose_responsible(self, index: int) -> None:
        invitee = self.invitees.get(self.responsible.itemData(index))
        if invitee is None:
            return
        self.responsible.lineEdit().setModified(False)
        self._save({"responsible_invitee_id": invitee.id, "responsible_name": invitee.name,
                    "sector": invitee.sector}, self.tr("Choose who is responsible for an agreement"))

    def _save_responsible_text(self) -> None:
        edit = self.responsible.lineEdit()
        if self._editable_id() is None or not edit.isModified():
            return
        edit.setModified(False)
        name = edit.text().strip()
        match = next((i for i in self.invitees.values() if i.name.casefold() == name.casefold()), None)
        if match is not None and self.agreement.responsible_invitee_id != match.id:
            self._choose_responsible(self.responsible.findData(match.id))
            return
        # A participant's name keeps its link; any other name (someone outside the meeting, or two
        # people) is kept as typed, without one. The sector stays as it was: it is edited on its own.
        changes = {"responsible_name": match.name if match else name}
        if match is None:
            changes["responsible_invitee_id"] = None
        self._save(changes, self.tr("Change who is responsible for an agreement"))

    def _save_ongoing(self, checked: bool) -> None:
        if self._editable_id() is None:
            return
        self.deadline.setEnabled(not checked)
        self._save({"ongoing": checked}, self.tr("Mark an agreement as ongoing") if checked
                   else self.tr("Give an agreement a deadline"))
        if not checked:
            self.deadline.setFocus()

    def commit_pending(self) -> None:
        """Save a half-finished responsible name or deadline (typed texts are saved as they are typed)."""
        if self.responsible.lineEdit().isModified():
            self._save_responsible_text()
        self.deadline.editingFinished.emit()  # commits only a valid, changed date
