"""Netværk: the people around the child, their role in this case, the two responsible contact persons
and the baton holder. Every change is one store transaction and one undo step (Ctrl+Z)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout

from kitdesk.domain.network import can_be_contact, contact_side, missing_contact_sides
from kitdesk.domain.refusal import Refusal
from kitdesk.ui import labels
from kitdesk.ui.add_member_dialog import AddMemberDialog
from kitdesk.ui.case_tab import CaseListTab
from kitdesk.ui.models.network_table import COLUMNS, NetworkTableModel
from kitdesk.ui.person_dialog import PersonDialog
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import Banner, shortcut

COLUMN_WIDTHS = {"name": 165, "role": 140, "sector": 185, "responsibility": 150, "organisation": 150,
                 "phone": 110, "email": 160}


class NetworkTab(CaseListTab):
    WATCHES = frozenset({"members", "persons", "cases"})

    def make_model(self):
        return NetworkTableModel(self)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        self.warning = Banner(self)
        layout.addWidget(self.warning)

        buttons = QHBoxLayout()
        self.add_button = self.button(self.tr("&Add person…"), self.add_member, primary=True)
        self.role_button = self.button(self.tr("Edit &role…"), self.edit_role)
        self.contact_button = self.button(self.tr("Make &contact person"), self.toggle_contact)
        self.baton_button = self.button(self.tr("Make &baton holder"), self.make_baton_holder)
        self.person_button = self.button(self.tr("Edit &person details…"), self.edit_person)
        self.remove_button = self.button(self.tr("Re&move from network"), self.remove_member)
        buttons.addWidget(self.add_button)
        buttons.addSpacing(12)
        for button in (self.role_button, self.contact_button, self.baton_button, self.person_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

        self.table = self.wrapping_table((COLUMN_WIDTHS[name] for name in COLUMNS), self.tr("The network"))
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        # The e-mail column gives way (its tooltip has the whole address), so a small screen
        # needs no sideways scrolling.
        header.setSectionResizeMode(COLUMNS.index("email"), QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for button in (self.role_button, self.contact_button, self.baton_button, self.person_button,
                       self.remove_button):
            action = QAction(button.text().replace("&", ""), self.table)
            action.triggered.connect(button.click)
            button.setProperty("action", action)
            self.table.addAction(action)
        shortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_member, Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)

        self.summary = QLabel(self)
        self.summary.setProperty("muted", True)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)

        self.table.activated.connect(lambda _i: self.edit_role())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- load ---------------------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.selected_member()
        members = self.store.network.members(self.case_id)
        self.model.set_members(members)
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.table.selectRow(row)
        # The badge column is as wide as its longest text, so "Contact person (...)" is never cut off.
        column = COLUMNS.index("responsibility")
        self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(column, max(COLUMN_WIDTHS["responsibility"], self.table.columnWidth(column) + 8))
        self._update_warning(members)
        self._update_buttons()

    def _update_warning(self, members) -> None:
        case = self.store.cases.get(self.case_id)
        lines = []
        if case.is_open:
            for side in missing_contact_sides(members):
                lines.append(self.tr("No responsible contact person for %1. Select the person in the list "
                                     "and choose Make contact person.").replace("%1", labels.label(labels.SIDES, side)))
            if not any(m.is_baton_holder for m in members):
                lines.append(self.tr("No one holds the baton. Select a person and choose Make baton holder."))
        self.warning.show_message("\n".join(lines))
        contacts = [self.tr("Contact person %1: %2").replace("%1", labels.label(labels.SIDES, contact_side(m)))
                    .replace("%2", m.person_name) for m in self.model.members() if contact_side(m)]
        holders = [self.tr("Baton holder: %1").replace("%1", m.person_name)
                   for m in self.model.members() if m.is_baton_holder]
        count = self.tr("%n person(s) in the network", "", len(members))
        self.summary.setText("  ·  ".join([count, *contacts, *holders]))

    def selected_member(self):
        row = self.selected_row()
        return self.model.member_at(row) if row is not None else None

    def select_member(self, member_id: int) -> None:
        self.select(member_id)

    def _update_buttons(self) -> None:
        member = self.selected_member()
        has = member is not None
        for button in (self.role_button, self.person_button, self.remove_button, self.contact_button,
                       self.baton_button):
            button.setEnabled(has)
        can_contact = has and can_be_contact(member.sector)
        self.contact_button.setEnabled(can_contact)
        if has and member.is_contact:
            self.contact_button.setText(self.tr("No longer &contact person"))
        else:
            self.contact_button.setText(self.tr("Make &contact person"))
        self.contact_button.setToolTip("" if can_contact or not has else self.tr(
            "Only a person from BUC or the municipality can be the responsible contact person."))
        self.baton_button.setEnabled(has and not member.is_baton_holder)
        for button in (self.role_button, self.contact_button, self.baton_button, self.person_button,
                       self.remove_button):
            action = button.property("action")
            if action is not None:
                action.setText(button.text().replace("&", ""))
                action.setEnabled(button.isEnabled())

    # -- actions ------------------------------------------------------------------------------------
    def add_dialog(self):
        return AddMemberDialog(self.store, self.case_id, self.undo_stack, parent=self)

    def add_member(self) -> None:
        dialog = self.add_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.member_id is not None:
            self.select_member(dialog.member_id)
        self.table.setFocus()

    def edit_role(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        AddMemberDialog(self.store, self.case_id, self.undo_stack, member=member, parent=self).exec()
        self.table.setFocus()

    def edit_person(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        PersonDialog(self.store, member.person_id, self.undo_stack, parent=self).exec()
        self.table.setFocus()

    def toggle_contact(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        if member.is_contact:
            self._write(member.id, {"is_contact": False},
                        self.tr("Remove %1 as contact person").replace("%1", member.person_name))
        else:
            self._write(member.id, {"is_contact": True},
                        self.tr("Make %1 contact person").replace("%1", member.person_name))

    def make_baton_holder(self) -> None:
        member = self.selected_member()
        if member is None or member.is_baton_holder:
            return
        self._write(member.id, {"is_baton_holder": True},
                    self.tr("Make %1 baton holder").replace("%1", member.person_name))

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        text = self.tr("Remove %1 from this case's network?\n\nThe person stays in the directory, and you can "
                       "undo with Ctrl+Z.").replace("%1", member.person_name)
        if member.is_contact or member.is_baton_holder:
            text += "\n\n" + self.tr("%1 is marked in this case as: %2").replace("%1", member.person_name).replace(
                "%2", self.model.data(self.model.index(self.model.row_of(member.id), COLUMNS.index("responsibility"))))
        row = self.model.row_of(member.id)
        if not write(self, self.undo_stack, self.store, lambda: self.store.network.remove(member.id),
                     self.tr("Remove %1 from the network").replace("%1", member.person_name),
                     title=self.tr("Remove from network"), confirm=text, refusals=(Refusal, KeyError)):
            return
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _write(self, member_id: int, changes: dict, text: str) -> None:
        write(self, self.undo_stack, self.store, lambda: self.store.network.update(member_id, changes), text,
              title=self.tr("Network"))
