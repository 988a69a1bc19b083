"""Answers, on the Send tab once the invitation is out: who attends, who sent afbud and why, who
wants others to join – and the button to record the next answer (Enter on a row does the same)."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout

from kitdesk.templates import load_roles
from kitdesk.ui.answer_dialog import AnswerDialog
from kitdesk.ui.models.invitee_table import COLUMNS, InviteeTableModel
from kitdesk.ui.send_checklist import plain_label
from kitdesk.ui.widgets import RecordTable

SHOWN = {"name": 180, "role": 170, "task": 130, "answer": 290, "notes": 200}


class AnswersBox(QGroupBox):
    def __init__(self, store, undo_stack, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Answers"))
        self.store, self.undo_stack = store, undo_stack
        self.meeting = None
        self.role_labels = {key: role.label for key, role in load_roles().items()}
        self.model = InviteeTableModel(self)
        layout = QVBoxLayout(self)
        self.table = RecordTable(self, self.tr("Answers"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        for column, name in enumerate(COLUMNS):
            self.table.setColumnHidden(column, name not in SHOWN)
            self.table.setColumnWidth(column, SHOWN.get(name, 100))
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("notes"), QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.answer_button = QPushButton(self.tr("&Record answer…"), self)
        self.answer_button.setAutoDefault(False)
        self.answer_button.clicked.connect(self.record_answer)
        row.addWidget(self.answer_button)
        self.summary = plain_label("", self, muted=True)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.table.activated.connect(lambda _i: self.record_answer())

    def set_meeting(self, meeting) -> None:
        selected = self.selected()
        self.meeting = meeting
        self.model.set_meeting(meeting, self.role_labels)
        row = self.model.row_of(selected.id) if selected is not None else -1
        self.table.selectRow(row if row >= 0 else 0)
        counts = {a: sum(1 for i in meeting.invitees if i.answer == a) for a in ("attending", "declined", "pending")}
        # A wish for others to take part goes with any answer (since m008; before, it was an answer of its own).
        counts["wants_others"] = sum(1 for i in meeting.invitees if i.others_wanted.strip() or i.answer == "wants_others")
        parts = [self.tr("%n attending", "", counts["attending"]),
                 self.tr("%n cancellation(s)", "", counts["declined"])]
        if counts["wants_others"]:
            parts.append(self.tr("%n want(s) others to join", "", counts["wants_others"]))
        parts.append(self.tr("%n awaiting answer", "", counts["pending"]))
        self.summary.setText("  ·  ".join(parts))
        self.answer_button.setEnabled(self.model.rowCount() > 0 and meeting.state in ("draft", "invited", "running"))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.invitee_at(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        for row, invitee in enumerate(self.model.invitees()):
            if invitee.name == name:
                self.table.selectRow(row)

    def answer_dialog(self, invitee):
        return AnswerDialog(self.store, invitee, self.meeting.form, self.undo_stack, parent=self)

    def record_answer(self) -> None:
        invitee = self.selected()
        if invitee is None or not self.answer_button.isEnabled():
            return
        self.answer_dialog(invitee).exec()
        self.table.setFocus()
