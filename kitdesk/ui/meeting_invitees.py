"""Deltagere: who is invited to a network meeting, their role at it, the chair and the minute-taker,
the GP's two marks, and each invitee's answer. Every change is one store transaction and one undo
step (Ctrl+Z); the section reloads itself when the store announces a change."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.meeting import (
    NO_CHAIR,
    Invitee,
    default_minute_taker,
    gp_problems,
    minute_taker_off_side,
    not_yet_invited,
)
from kitdesk.domain.refusal import Refusal
from kitdesk.templates import load_roles, role_for_sector
from kitdesk.ui import reason_dialog
from kitdesk.ui.answer_dialog import AnswerDialog
from kitdesk.ui.bridge import touches
from kitdesk.ui.invitee_dialog import InviteeDialog
from kitdesk.ui.models.invitee_table import COLUMNS, InviteeTableModel
from kitdesk.ui.reason_dialog import OWN_SHEET
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import Banner, RecordTable, heading

COLUMN_WIDTHS = {"name": 155, "role": 160, "sector": 200, "task": 105, "answer": 195, "email": 200, "notes": 200}
CLOSED = ("held", "signed", "cancelled")
DETAIL_CHARS = 400


class InviteesSection(QWidget):
    def __init__(self, store, bridge, meeting_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack = store, meeting_id, undo_stack
        self.meeting = store.meetings.get(meeting_id)
        self.case_id = self.meeting.case_id
        self.roles = load_roles()
        self.model = InviteeTableModel(self)
        self._build()
        self.load()
        bridge.changed.connect(self._on_changed)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Participants"), self, 2))
        top.addSpacing(12)
        self.summary = QLabel(self)
        self.summary.setProperty("muted", True)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.warning = Banner(self)
        self.warning.setStyleSheet(OWN_SHEET)
        layout.addWidget(self.warning)

        buttons = QHBoxLayout()
        self.network_button = self._button(self.tr("Invite the &network"), self.invite_network, buttons)
        self.network_button.setProperty("primary", True)
        self.network_button.setToolTip(self.tr("Invite everyone in the case's network who is not invited yet"))
        self.add_button = self._button(self.tr("&Add participant…"), self.add_invitee, buttons)
        buttons.addSpacing(12)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_invitee, buttons)
        self.chair_button = self._button(self.tr("Make c&hair"), self.toggle_chair, buttons)
        self.taker_button = self._button(self.tr("Make minute-&taker"), self.toggle_minute_taker, buttons)
        self.answer_button = self._button(self.tr("Record a&nswer…"), self.record_answer, buttons)
        buttons.addStretch(1)
        self.remove_button = self._button(self.tr("Re&move"), self.remove_invitee, buttons)
        layout.addLayout(buttons)

        self.table = RecordTable(self, self.tr("Invitees"))
        self.table.setModel(self.model)
        # Long notes ("no e-mail · GP not spoken to · ...") wrap onto a second line instead of being cut.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        for column, name in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS[name])
        header.setSectionResizeMode(COLUMNS.index("notes"), QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for button in (self.edit_button, self.chair_button, self.taker_button, self.answer_button, self.remove_button):
            action = QAction(button.text().replace("&", ""), self.table)
            action.triggered.connect(button.click)
            button.setProperty("action", action)
            self.table.addAction(action)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_invitee,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_details())

        self.table.activated.connect(lambda _i: self.edit_invitee())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    def _build_details(self) -> QFrame:
        """The selected participant's role description and, for a GP, the two marks – in plain sight."""
        self.details = QFrame(self)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.details)
        row.setContentsMargins(10, 8, 10, 8)
        left = QVBoxLayout()
        self.detail_name = QLabel(self.details)
        self.detail_name.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_name.setStyleSheet("font-weight: 600;")
        self.detail_role = QLabel(self.details)
        self.detail_role.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_role.setWordWrap(True)
        self.detail_role.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.detail_name)
        left.addWidget(self.detail_role)
        left.addStretch(1)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        self.gp_spoken_to = QCheckBox(self.tr("The GP was &spoken to first"), self.details)
        self.gp_spoken_to.clicked.connect(lambda on: self._set_gp("gp_spoken_to", on))
        # The fee is no tick before the meeting: it follows the attendance recorded at it (seed 002).
        self.gp_paid = QLabel(self.tr("Paid under the current agreement if the GP takes part – recorded with the "
                                      "attendance"), self.details)
        self.gp_paid.setWordWrap(True)
        self.gp_paid.setProperty("muted", True)
        self.detail_email = QLabel(self.details)
        self.detail_email.setWordWrap(True)
        self.detail_email.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_email.setProperty("kind", "warning")
        right.addWidget(self.gp_spoken_to)
        right.addWidget(self.gp_paid)
        right.addWidget(self.detail_email)
        right.addStretch(1)
        row.addLayout(right, 2)
        self.details.setMinimumHeight(84)
        return self.details

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- load ---------------------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.selected_invitee()
        self.meeting = self.store.meetings.get(self.meeting_id)
        self.model.set_meeting(self.meeting, {key: role.label for key, role in self.roles.items()})
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._update_texts()
        self._show_selected()

    def _update_texts(self) -> None:
        meeting = self.meeting
        invitees = meeting.invitees
        parts = [self.tr("%n participant(s)", "", len(invitees))]
        if invitees:
            chair, taker = meeting.chair, meeting.minute_taker
            parts.append(self.tr("Chair: %1").replace("%1", chair.name) if chair else self.tr("No chair"))
            parts.append(self.tr("Minute-taker: %1").replace("%1", taker.name) if taker else self.tr("No minute-taker"))
            if taker and meeting.minute_taker_reason.strip() and minute_taker_off_side(meeting, self._user_sector()):
                parts[-1] += " " + self.tr("(because: %1)").replace("%1", meeting.minute_taker_reason.strip())
            counts = {a: sum(1 for i in invitees if i.answer == a) for a in ("attending", "declined", "pending")}
            if counts["attending"]:
                parts.append(self.tr("%n attending", "", counts["attending"]))
            if counts["declined"]:
                parts.append(self.tr("%n cancellation(s)", "", counts["declined"]))
            if counts["pending"] and meeting.state != "draft":
                parts.append(self.tr("%n awaiting answer", "", counts["pending"]))
        self.summary.setText("  ·  ".join(parts))

        lines = []
        if meeting.state not in CLOSED:
            if not invitees:
                lines.append(self.tr("No one is invited yet. Choose Invite the network, or Add participant."))
            elif meeting.chair is None:
                lines.append(refusal_text(Refusal(NO_CHAIR)))  # the rule's own words (kitdesk.domain.meeting)
            new = not_yet_invited(meeting)
            if new:
                lines.append(self.tr("%n participant(s) added after the invitation was sent have not been invited "
                                     "yet. Send the invitation to them too.", "", len(new)))
            lines.extend(refusal_text(problem) for problem in gp_problems(meeting))
        self.warning.show_message("\n".join(lines))

    def selected_invitee(self) -> Invitee | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.model.invitee_at(rows[0].row()) if rows else None

    def select_invitee(self, invitee_id: int) -> None:
        row = self.model.row_of(invitee_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self) -> None:
        invitee = self.selected_invitee()
        editable = self.meeting.state not in CLOSED
        has = invitee is not None
        self.network_button.setEnabled(editable)
        self.add_button.setEnabled(editable)
        for button in (self.edit_button, self.chair_button, self.taker_button, self.answer_button, self.remove_button):
            button.setEnabled(editable and has)
        self.chair_button.setText(self.tr("No longer c&hair") if has and invitee.is_chair else self.tr("Make c&hair"))
        self.taker_button.setText(self.tr("No longer minute-&taker") if has and invitee.is_minute_taker
                                  else self.tr("Make minute-&taker"))
        for button in (self.edit_button, self.chair_button, self.taker_button, self.answer_button, self.remove_button):
            action = button.property("action")
            if action is not None:
                action.setText(button.text().replace("&", ""))
                action.setEnabled(button.isEnabled())

        self.details.setVisible(has)
        if not has:
            return
        role = self.roles.get(invitee.role_key)
        title = invitee.name + (f" – {role.label}" if role else "")
        self.detail_name.setText(title)
        text = invitee.role_text
        if len(text) > DETAIL_CHARS:  # the whole text is in the Edit dialog; the table must stay visible
            text = text[:DETAIL_CHARS].rstrip() + " …"
        self.detail_role.setText(text or self.tr("No role description yet. Choose Edit to write one."))
        is_gp = invitee.sector == "gp"
        self.gp_spoken_to.setVisible(is_gp)
        self.gp_spoken_to.setChecked(invitee.gp_spoken_to)
        self.gp_spoken_to.setEnabled(editable)
        self.gp_paid.setVisible(is_gp)
        self.detail_email.setText(self.tr("No e-mail – send the invitation by post or by hand."))
        self.detail_email.setVisible(not invitee.has_email)

    # -- actions ------------------------------------------------------------------------------------
    def invite_network(self) -> None:
        """Everyone in the case's network who is not invited yet, each with the usual role text for
        their sector – one undo step. The user becomes the chair if they are in the network."""
        meeting = self.store.meetings.get(self.meeting_id)
        invited = {i.person_id for i in meeting.invitees if i.person_id is not None}
        members = [m for m in self.store.network.members(self.case_id) if m.person_id not in invited]
        if not members:
            QMessageBox.information(self, self.tr("Invite the network"),
                                    self.tr("Everyone in the case's network is invited already."))
            return
        user = self.store.settings.get("user_name").strip().casefold()

        def invite_all() -> None:
            # One transaction: the whole network is one step to undo.
            chair_free = meeting.chair is None
            with self.store.transaction():
                for member in members:
                    key = role_for_sector(member.sector)
                    chair = chair_free and bool(user) and member.person_name.strip().casefold() == user
                    chair_free = chair_free and not chair
                    self.store.meetings.add_invitee(self.meeting_id, Invitee(
                        person_id=member.person_id, name=member.person_name, organisation=member.organisation,
                        sector=member.sector, email=member.email, phone=member.phone, role_key=key,
                        role_text=self.roles[key].text if key in self.roles else "", is_chair=chair))
                self._default_minute_taker_after()

        if write(self, self.undo_stack, self.store, invite_all,
                 self.tr("Invite the network (%n people)", "", len(members)), title=self.tr("Invite the network")):
            self.table.setFocus()

    def _user_sector(self) -> str:
        return self.store.settings.get("user_sector")

    def _default_minute_taker_after(self) -> None:
        """Seed 002: the party that invites writes the minutes – with no minute-taker chosen yet, the chair
        (or the user, or the first) from the inviting side becomes it. Inside the caller's transaction."""
        meeting = self.store.meetings.get(self.meeting_id)
        if meeting.minute_taker is not None:
            return
        taker = default_minute_taker(meeting, self._user_sector(), self.store.settings.get("user_name"))
        if taker is not None:
            self.store.meetings.update_invitee(taker.id, {"is_minute_taker": True})

    def invitee_dialog(self, invitee: Invitee | None = None):
        return InviteeDialog(self.store, self.meeting_id, self.undo_stack, invitee=invitee, parent=self)

    def add_invitee(self) -> None:
        dialog = self.invitee_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.invitee_id is not None:
            self.select_invitee(dialog.invitee_id)
        self.table.setFocus()

    def edit_invitee(self) -> None:
        invitee = self.selected_invitee()
        if invitee is None or self.meeting.state in CLOSED:
            return
        self.invitee_dialog(invitee).exec()
        self.table.setFocus()

    def answer_dialog(self, invitee: Invitee):
        return AnswerDialog(self.store, invitee, self.meeting.form, self.undo_stack, parent=self)

    def record_answer(self) -> None:
        invitee = self.selected_invitee()
        if invitee is None:
            return
        self.answer_dialog(invitee).exec()
        self.table.setFocus()

    def toggle_chair(self) -> None:
        invitee = self.selected_invitee()
        if invitee is None:
            return
        on = not invitee.is_chair

        def change() -> None:
            with self.store.transaction():
                self.store.meetings.update_invitee(invitee.id, {"is_chair": on})
                if on:
                    self._default_minute_taker_after()

        if not write(self, self.undo_stack, self.store, change,
                     (self.tr("Make %1 chair") if on else self.tr("%1 no longer chair")).replace("%1", invitee.name),
                     title=self.tr("Participants")):
            self.load()

    def toggle_minute_taker(self) -> None:
        invitee = self.selected_invitee()
        if invitee is None:
            return
        on = not invitee.is_minute_taker
        text = (self.tr("Make %1 minute-taker") if on else self.tr("%1 no longer minute-taker")).replace("%1", invitee.name)
        meeting = self.store.meetings.get(self.meeting_id)
        chosen = replace(meeting, invitees=[replace(i, is_minute_taker=i.id == invitee.id) for i in meeting.invitees])
        if not on or not minute_taker_off_side(chosen, self._user_sector()):
            self._write(invitee.id, {"is_minute_taker": on}, text)
            return
        # Another side than the inviting one: why? (seed 002: the party that invites writes the minutes)
        reason = reason_dialog.ask_reason(
            self, self.tr("Minute-taker from another side"),
            self.tr("The party that invites writes the minutes. %1 is not from the side that invites.\n\nWhy does "
                    "%1 write them? The reason is kept with the meeting and printed on the plan.")
            .replace("%1", invitee.name),
            self.tr("&Make minute-taker"),
            self.tr("e.g. the chair leads the meeting and cannot write at the same time"))
        if not reason:
            return

        def change() -> None:
            with self.store.transaction():
                self.store.meetings.update_invitee(invitee.id, {"is_minute_taker": True})
                self.store.meetings.update(self.meeting_id, {"minute_taker_reason": reason})

        if not write(self, self.undo_stack, self.store, change, text, title=self.tr("Participants")):
            self.load()

    def _set_gp(self, field: str, on: bool) -> None:
        invitee = self.selected_invitee()
        if invitee is None:
            return
        self._write(invitee.id, {field: on}, self.tr("Mark that the GP was spoken to"))

    def remove_invitee(self) -> None:
        invitee = self.selected_invitee()
        if invitee is None or self.meeting.state in CLOSED:
            return
        text = self.tr("Remove %1 from this meeting?\n\nYou can undo with Ctrl+Z.").replace("%1", invitee.name)
        if invitee.invited_sequence is not None:
            text += "\n\n" + self.tr("%1 has been sent the invitation already: tell them they are no longer "
                                     "invited.").replace("%1", invitee.name)
        row = self.model.row_of(invitee.id)
        if not write(self, self.undo_stack, self.store, lambda: self.store.meetings.remove_invitee(invitee.id),
                     self.tr("Remove %1 from the meeting").replace("%1", invitee.name),
                     title=self.tr("Remove participant"), confirm=text, refusals=(Refusal, KeyError)):
            return
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _write(self, invitee_id: int, changes: dict, text: str) -> None:
        if not write(self, self.undo_stack, self.store, lambda: self.store.meetings.update_invitee(invitee_id, changes),
                     text, title=self.tr("Participants")):
            self.load()

    def commit_pending(self) -> None:
        # Nothing is typed straight into this section: every edit is saved when its dialog closes.
        pass

    def _on_changed(self, changes) -> None:
        if touches(changes, {"invitees", "meetings", "cases"}, self.case_id):
            self.load()
