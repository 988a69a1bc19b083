"""Godkendelse: for each participant (and a contact person who was not there), whether they approved
the plan, when and how (i mødet / pr. e-mail / telefonisk), with a note. Each change is one store
change with undo; what the sign-off still waits for is said above the list."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.refusal import Refusal
from kitdesk.store.repos.plans import NO_APPROVER_NAME
from kitdesk.ui import labels
from kitdesk.ui.live.agreement_editor import write_live
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit, heading


class ApprovalRow(QFrame):
    changed = Signal(int, dict)  # approval id, the changed fields

    def __init__(self, approval, required: bool, parent=None):
        super().__init__(parent)
        self.approval_id = approval.id
        self.setObjectName("approvalRow")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        name = QLabel(approval.name, self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setObjectName("approvalName")
        sector = labels.label(labels.SECTORS, approval.sector)
        if required:
            sector += "  ·  " + self.tr("responsible contact person")
        self.sector = QLabel(sector, self)
        self.sector.setProperty("muted", True)
        self.approved = QCheckBox(self.tr("Approved"), self)
        self.approved.setAccessibleName(self.tr("%1 approved").replace("%1", approval.name))
        self.on = DateEdit(self)
        self.on.setMaximumWidth(120)
        self.on.setAccessibleName(self.tr("Approved on"))
        self.how = CodeCombo([("—", "")] + labels.items(labels.APPROVAL_WAYS), self)
        self.how.setAccessibleName(self.tr("How"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note on %1's approval").replace("%1", approval.name))
        self.note.setPlaceholderText(self.tr("Note, e.g. approved with a correction to agreement 2"))
        self.note.setMaxLength(500)
        grid.addWidget(name, 0, 0)
        grid.addWidget(self.sector, 1, 0)
        grid.addWidget(self.approved, 0, 1)
        grid.addWidget(self.on, 0, 2)
        grid.addWidget(self.how, 0, 3)
        grid.addWidget(self.note, 1, 1, 1, 3)
        grid.setColumnStretch(0, 1)
        self.show_approval(approval)
        self.approved.toggled.connect(lambda on: self.changed.emit(self.approval_id, {"approved": on}))
        self.on.committed.connect(lambda value: self.changed.emit(self.approval_id, {"approved_on": value}))
        self.how.activated.connect(lambda _i: self.changed.emit(self.approval_id, {"how": self.how.code()}))
        self.note.editingFinished.connect(self._note_done)

    def show_approval(self, approval) -> None:
        for widget in (self.approved, self.on, self.how, self.note):
            widget.blockSignals(True)
        self.approved.setChecked(approval.approved)
        self.on.set_value(approval.approved_on)
        self.how.set_code(approval.how)
        if self.note.text() != approval.note:
            self.note.setText(approval.note)
        self.note.setProperty("stored", approval.note)
        for widget in (self.approved, self.on, self.how, self.note):
            widget.blockSignals(False)

    def _note_done(self) -> None:
        if self.note.text() != self.note.property("stored"):
            self.note.setProperty("stored", self.note.text())
            self.changed.emit(self.approval_id, {"note": self.note.text()})

    def set_editable(self, editable: bool) -> None:
        for widget in (self.approved, self.on, self.how):
            widget.setEnabled(editable)
        self.note.setReadOnly(not editable)


class ApprovalsPanel(QWidget):
    problems_changed = Signal(list)

    def __init__(self, store, bridge, session, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.session, self.undo_stack = store, session, undo_stack
        self.meeting_id = session.meeting_id
        self.case_id = store.meetings.get(self.meeting_id).case_id
        self.rows: dict[int, ApprovalRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Approval"), self, 2))
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("&Add someone who approves…"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_party)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setProperty("muted", True)
        layout.addWidget(self.rule)
        # What the sign-off waits for is said under the list: its lines come and go as approvals are
        # recorded, and above the list they would move every row under the cursor.
        self.status = Banner(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.list = QVBoxLayout(body)
        self.list.setContentsMargins(0, 0, 8, 0)
        self.list.setSpacing(6)
        self.list.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        # Once, on opening: a meeting ended before this version had approvals gets its lines. Not in
        # load(), which runs on every change and should only read.
        store.plans.prepare(self.meeting_id)
        self.load()
        bridge.changed.connect(self._on_changed)

    def load(self) -> None:
        plans = self.store.plans
        meeting = self.store.meetings.get(self.meeting_id)
        editable = meeting.state == "held"
        approvals = plans.approvals(self.meeting_id)
        contacts = plans.contacts(self.case_id)
        required_people = {c.person_id for c in contacts}
        ids = [a.id for a in approvals]
        if ids != list(self.rows):
            for row in self.rows.values():
                self.list.removeWidget(row)
                row.deleteLater()
            self.rows = {}
            for approval in approvals:
                row = ApprovalRow(approval, approval.person_id in required_people, self.list.parentWidget())
                row.changed.connect(self._write)
                self.list.insertWidget(self.list.count() - 1, row)
                self.rows[approval.id] = row
        else:
            for approval in approvals:
                self.rows[approval.id].show_approval(approval)
        for row in self.rows.values():
            row.set_editable(editable)
        self.add_button.setEnabled(editable)
        require = plans.requires_contacts()
        self.rule.setText(self.tr("Both responsible contact persons – BUC's and the municipality's – must approve "
                                  "before you can sign off (a setting). Record the family's approval when it is "
                                  "given.") if require else
                          self.tr("Record each approval when it is given."))
        problems = plans.problems(self.meeting_id) if editable else []
        if editable and problems:
            self.status.show_message("\n".join(refusal_text(p) for p in problems), "warning")
        elif editable:
            self.status.show_message(self.tr("Everything needed is in place: the plan can be signed off."), "info")
        else:
            self.status.show_message("")
        self.problems_changed.emit(problems)

    def _write(self, approval_id: int, changes: dict) -> None:
        write_live(self, self.session, self.undo_stack,
                   lambda: self.store.plans.set_approval(approval_id, changes),
                   self.tr("Record an approval"), self.tr("Approval"))

    def add_party(self) -> None:
        dialog = AddApproverDialog(self)
        if dialog.exec():
            name, sector = dialog.name.text(), dialog.sector.code()
            write_live(self, self.session, self.undo_stack,
                       lambda: self.store.plans.add_party(self.meeting_id, name, sector),
                       self.tr("Add someone who approves"), self.tr("Approval"))

    def _on_changed(self, changes) -> None:
        if any(c.entity in ("approvals", "meetings", "plan_versions", "invitees") for c in changes) \
                or any(c.entity == "settings" for c in changes):
            try:
                self.load()
            except KeyError:
                pass


class AddApproverDialog(QDialog):
    """Someone who approves without having been at the meeting: a parent by phone, a school leader."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add someone who approves"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        form.addRow(self.tr("&Name"), self.name)
        self.sector = CodeCombo(labels.items(labels.SECTORS), self)
        self.sector.set_code("family")
        form.addRow(self.tr("&Sector"), self.sector)
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
        if not self.name.text().strip():
            self.message.show_message(refusal_text(Refusal(NO_APPROVER_NAME)))  # the store's rule, said once
            self.name.setFocus()
            return
        super().accept()
