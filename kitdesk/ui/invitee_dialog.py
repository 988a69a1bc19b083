"""Invite someone to a meeting – from the case's network, from the directory, or someone new – or
change an invitee: contact details, sector, the role description for this meeting, chair and
minute-taker, and for a GP the two required marks.

The dialog writes through the store itself: a refusal keeps it open with everything typed.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.meeting import Invitee
from kitdesk.domain.refusal import Refusal
from kitdesk.templates import load_roles, role_for_sector
from kitdesk.ui import labels
from kitdesk.ui.contact_form import CONTACT_FIELDS, ContactForm
from kitdesk.ui.field_messages import field_message, grow_to_fit
from kitdesk.ui.models.invitee_candidates import CHILD, Candidate, CandidateTableModel
from kitdesk.ui.reason_dialog import OWN_SHEET
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import record
from kitdesk.ui.widgets import Banner, CodeCombo, RecordTable, heading, search_field


class InviteeDialog(QDialog):
    """Without `invitee`: invite someone. With it: change that invitee."""

    def __init__(self, store, meeting_id: int, undo_stack=None, invitee: Invitee | None = None, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack, self.invitee = store, meeting_id, undo_stack, invitee
        self.invitee_id: int | None = invitee.id if invitee else None
        self.meeting = store.meetings.get(meeting_id)
        self.roles = load_roles()
        self._role_touched = invitee is not None
        self._sector_touched = invitee is not None
        self.setMinimumWidth(860 if invitee is None else 640)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        if invitee is None:
            self.setWindowTitle(self.tr("Invite to the meeting"))
            self._build_choice(layout)
        else:
            self.setWindowTitle(self.tr("Participant"))
            layout.addWidget(heading(invitee.name, self, 2))
            self.contact = ContactForm(self)
            self.contact.set_values({k: getattr(invitee, k) for k in CONTACT_FIELDS})
            layout.addWidget(self.contact)
        self._build_role(layout)
        self.no_email = Banner(self)
        self.no_email.setStyleSheet(OWN_SHEET)
        layout.addWidget(self.no_email)
        self.error = Banner(self)
        self.error.setStyleSheet(OWN_SHEET)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button().setText(self.tr("&Invite") if invitee is None else self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if invitee is None:
            self._reload_candidates()
            self.network_table.setFocus()
        else:
            self.sector.set_code(invitee.sector)
            self.role.set_code(invitee.role_key)
            self.role_text.setPlainText(invitee.role_text)
            self.chair.setChecked(invitee.is_chair)
            self.minute_taker.setChecked(invitee.is_minute_taker)
            self.gp_spoken_to.setChecked(invitee.gp_spoken_to)
            self.contact.name.setFocus()
        self._update_sector_parts()
        self._update_no_email()
        self._initial = self._snapshot()

    # -- layout -----------------------------------------------------------------------------------
    def _build_choice(self, layout: QVBoxLayout) -> None:
        modes = QHBoxLayout()
        self.from_network = QRadioButton(self.tr("From the case's &network"), self)
        self.from_directory = QRadioButton(self.tr("From the &directory"), self)
        self.new_person = QRadioButton(self.tr("Someone ne&w"), self)
        self.from_network.setChecked(True)
        group = QButtonGroup(self)
        for radio in (self.from_network, self.from_directory, self.new_person):
            group.addButton(radio)
            modes.addWidget(radio)
        modes.addStretch(1)
        layout.addLayout(modes)

        self.pages = QStackedWidget(self)
        self.network_model = CandidateTableModel(self)
        self.network_table = self._table(self.network_model)
        network_page = QWidget(self)
        nl = QVBoxLayout(network_page)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.network_table, 1)
        self.pages.addWidget(network_page)

        directory_page = QWidget(self)
        dl = QVBoxLayout(directory_page)
        dl.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(directory_page)
        self.search.setPlaceholderText(self.tr("Search by name, title, organisation or sector"))
        self.search.setClearButtonEnabled(True)
        search_field(self.search, self.tr("Search the directory"))
        self.search.installEventFilter(self)
        dl.addWidget(self.search)
        self.directory_model = CandidateTableModel(self)
        self.directory_table = self._table(self.directory_model)
        dl.addWidget(self.directory_table, 1)
        self.pages.addWidget(directory_page)

        self.contact = ContactForm(self)
        new_page = QWidget(self)
        pl = QVBoxLayout(new_page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.contact)
        pl.addStretch(1)
        self.pages.addWidget(new_page)
        layout.addWidget(self.pages, 1)

        self.search.textChanged.connect(self._filter)
        for radio in (self.from_network, self.from_directory, self.new_person):
            radio.toggled.connect(lambda on: self._mode_changed() if on else None)
        self.contact.email.textChanged.connect(lambda _t: self._update_no_email())

    def _table(self, model: CandidateTableModel) -> QTableView:
        table = RecordTable(self, self.tr("People to invite"))
        table.setModel(model)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(26)
        for column, width in enumerate((210, 160, 190, 170)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setMinimumHeight(170)
        table.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        table.doubleClicked.connect(lambda _i: self.accept())
        return table

    def _build_role(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("At this meeting"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sector = CodeCombo(labels.items(labels.SECTORS), box)
        self.sector.set_code("other")
        form.addRow(self.tr("Se&ctor"), self.sector)
        role_row = QHBoxLayout()
        self.role = CodeCombo([(self.tr("(own description)"), "")]
                              + [(r.label, key) for key, r in self.roles.items()], box)
        role_row.addWidget(self.role, 1)
        self.standard_button = QPushButton(self.tr("Use the s&tandard text"), box)
        self.standard_button.setAutoDefault(False)
        self.standard_button.setToolTip(self.tr("Replace the description with the library's text for this role"))
        role_row.addWidget(self.standard_button)
        role_label = QLabel(self.tr("&Role"), box)
        role_label.setBuddy(self.role)
        form.addRow(role_label, role_row)
        self.role_text = QPlainTextEdit(box)
        self.role_text.setTabChangesFocus(True)
        self.role_text.setPlaceholderText(self.tr("What this participant brings to the meeting – shown in the invitation"))
        self.role_text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(self.tr("Role &description"), self.role_text)
        tasks = QHBoxLayout()
        self.chair = QCheckBox(self.tr("C&hair (leads the meeting)"), box)
        self.minute_taker = QCheckBox(self.tr("&Minute-taker (writes the plan)"), box)
        tasks.addWidget(self.chair)
        tasks.addSpacing(16)
        tasks.addWidget(self.minute_taker)
        tasks.addStretch(1)
        form.addRow(self.tr("Task"), tasks)

        self.gp_box = QFrame(box)
        gl = QVBoxLayout(self.gp_box)
        gl.setContentsMargins(0, 0, 0, 0)
        self.gp_spoken_to = QCheckBox(self.tr("The &GP was spoken to before being invited (required)"), self.gp_box)
        # Not a tick: the fee follows whether the GP attended (recorded at the meeting).
        self.gp_paid = field_message(self.gp_box, "info")
        self.gp_paid.setText(self.tr("A GP who takes part is paid under the current agreement – that follows from "
                                     "the attendance recorded at the meeting."))
        self.gp_paid.show()
        self.gp_hint = field_message(self.gp_box, "warning")
        self.gp_hint.setText(self.tr("A GP is invited only after a talk with the GP. "
                                     "The invitation cannot be sent until this is ticked."))
        gl.addWidget(self.gp_spoken_to)
        gl.addWidget(self.gp_paid)
        gl.addWidget(self.gp_hint)
        form.addRow(self.tr("General practice"), self.gp_box)
        self.gp_label = form.labelForField(self.gp_box)
        layout.addWidget(box)

        self.role_text.textChanged.connect(self._role_text_edited)
        self.role.activated.connect(lambda _i: self._role_chosen())
        self.standard_button.clicked.connect(self._use_standard)
        self.sector.activated.connect(lambda _i: self._sector_chosen())
        self.gp_spoken_to.toggled.connect(lambda _on: self._update_sector_parts())

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- choosing whom --------------------------------------------------------------------------------
    def _reload_candidates(self) -> None:
        case = self.store.cases.get(self.meeting.case_id)
        network = [Candidate(id=m.person_id, person_id=m.person_id, name=m.person_name, about=m.role,
                             organisation=m.organisation, sector=m.sector, email=m.email, phone=m.phone,
                             role_key=role_for_sector(m.sector))
                   for m in self.store.network.members(self.meeting.case_id)]
        # The child or young person takes part like everyone else when that is right for them.
        network.append(Candidate(id=0, person_id=None, name=case.child_name,
                                 about=QCoreApplication.translate("InviteeDialog", "The child / young person"),
                                 sector="family", role_key=CHILD))
        directory = [Candidate(id=p.id, person_id=p.id, name=p.name, about=p.title, organisation=p.organisation,
                               sector=p.sector, email=p.email, phone=p.phone, role_key=role_for_sector(p.sector))
                     for p in self.store.persons.all()]
        invited = {i.person_id for i in self.meeting.invitees if i.person_id is not None}
        if any(i.role_key == CHILD for i in self.meeting.invitees):
            invited.add(0)
        self.network_model.set_candidates(network, invited)
        self.directory_model.set_candidates(directory, invited)
        first = next((r for r in range(self.network_model.rowCount())
                      if not self.network_model.is_invited(self.network_model.candidate_at(r))), None)
        if first is not None:
            self.network_table.selectRow(first)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.directory_model.set_filter(text)
        if self.directory_model.rowCount():
            self.directory_table.selectRow(0)

    def eventFilter(self, watched, event) -> bool:
        # Arrow keys in the search box move through the list, as in any search-as-you-type field.
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.directory_model.rowCount():
            row = self.directory_table.currentIndex().row()
            row = row + 1 if event.key() == Qt.Key.Key_Down else row - 1
            self.directory_table.selectRow(max(0, min(row, self.directory_model.rowCount() - 1)))
            return True
        return super().eventFilter(watched, event)

    def _mode_changed(self) -> None:
        self.pages.setCurrentIndex(0 if self.from_network.isChecked() else 1 if self.from_directory.isChecked() else 2)
        self.error.show_message("")
        if self.new_person.isChecked():
            if not self.contact.name.text().strip() and self.search.text().strip():
                self.contact.name.setText(self.search.text().strip())
            self.contact.name.setFocus()
        elif self.from_directory.isChecked():
            self.search.setFocus()
        else:
            self.network_table.setFocus()
        self._picked()

    def selected_candidate(self) -> Candidate | None:
        if self.invitee is not None or self.new_person.isChecked():
            return None
        table, model = ((self.network_table, self.network_model) if self.from_network.isChecked()
                        else (self.directory_table, self.directory_model))
        rows = table.selectionModel().selectedRows()
        return model.candidate_at(rows[0].row()) if rows else None

    def select_candidate(self, name: str) -> bool:
        """Pick someone by name in the list shown now (network or directory)."""
        table, model = ((self.network_table, self.network_model) if self.from_network.isChecked()
                        else (self.directory_table, self.directory_model))
        for row in range(model.rowCount()):
            if model.candidate_at(row).name == name:
                table.selectRow(row)
                return True
        return False

    def _picked(self) -> None:
        self.error.show_message("")
        candidate = self.selected_candidate()
        if candidate is not None:
            self._suggest(candidate.sector, candidate.role_key)
        elif self.invitee is None and self.new_person.isChecked():
            # Someone new starts from scratch, not from whoever was picked in the list before.
            self._suggest("other", "")
        self._update_no_email()

    # -- the role at this meeting -------------------------------------------------------------------
    def _library_texts(self) -> set[str]:
        return {r.text.strip() for r in self.roles.values()}

    def _set_role(self, key: str) -> None:
        self.role.set_code(key)
        text = self.roles[key].text if key in self.roles else ""
        self._setting_text = True
        self.role_text.setPlainText(text)
        self._setting_text = False

    def _suggest(self, sector: str, role_key: str | None) -> None:
        """Sector and role follow the person picked until the user changes them."""
        if not self._sector_touched:
            self.sector.set_code(sector)
        if not self._role_touched:
            self._set_role(role_key if role_key is not None else role_for_sector(self.sector.code()))
        self._update_sector_parts()

    def _sector_chosen(self) -> None:
        self._sector_touched = True
        if not self._role_touched:
            self._set_role(role_for_sector(self.sector.code()))
        self._update_sector_parts()

    def _role_chosen(self) -> None:
        key = self.role.code()
        current = self.role_text.toPlainText().strip()
        # A text the user wrote is never replaced silently; a library text is.
        if key and (not current or current in self._library_texts()):
            self._set_role(key)
        self._role_touched = True
        self._update_sector_parts()

    def _role_text_edited(self) -> None:
        if not getattr(self, "_setting_text", False):
            self._role_touched = True
        self._update_standard_button()

    def _use_standard(self) -> None:
        if self.role.code():
            self._set_role(self.role.code())
            self._role_touched = True
        self._update_standard_button()

    def _update_standard_button(self) -> None:
        key = self.role.code()
        self.standard_button.setEnabled(bool(key) and key in self.roles
                                        and self.role_text.toPlainText().strip() != self.roles[key].text.strip())

    def _update_sector_parts(self) -> None:
        is_gp = self.sector.code() == "gp"
        self.gp_box.setVisible(is_gp)
        if self.gp_label is not None:
            self.gp_label.setVisible(is_gp)
        self.gp_hint.setVisible(is_gp and not self.gp_spoken_to.isChecked())
        self._update_standard_button()

    def _update_no_email(self) -> None:
        if self.invitee is None and not self.new_person.isChecked():
            candidate = self.selected_candidate()
            email = candidate.email if candidate else "x"
        else:
            email = self.contact.email.text()
        self.no_email.show_message(self.tr(
            "No e-mail: this participant is left out of the e-mail and the calendar invitation. "
            "Send them the letter by post or by hand.") if not email.strip() else "", "info")

    # -- saving ------------------------------------------------------------------------------------
    def _role_values(self) -> dict:
        return {"sector": self.sector.code(), "role_key": self.role.code() or "",
                "role_text": self.role_text.toPlainText().strip(),
                "is_chair": self.chair.isChecked(), "is_minute_taker": self.minute_taker.isChecked(),
                "gp_spoken_to": self.gp_spoken_to.isChecked() and self.sector.code() == "gp"}

    def _snapshot(self) -> dict:
        return {**self._role_values(), **self.contact.values()}

    def _fail(self, text: str) -> None:
        self.error.show_message(text)
        grow_to_fit(self)

    def accept(self) -> None:
        self.error.show_message("")
        try:
            if self.invitee is not None:
                if not self.contact.validate():
                    return
                values = {**self.contact.values(), **self._role_values()}
                changes = {k: v for k, v in values.items() if getattr(self.invitee, k) != v}
                if changes:
                    self.store.meetings.update_invitee(self.invitee.id, changes)
                    self._record(self.tr("Change participant %1").replace("%1", values["name"]))
            else:
                invitee = self._new_invitee()
                if invitee is None:
                    return
                self.invitee_id = self.store.meetings.add_invitee(self.meeting_id, invitee)
                self._record(self.tr("Invite %1").replace("%1", invitee.name))
        except Refusal as exc:
            # The store's refusal, in the chosen language; nothing typed is lost.
            self._fail(refusal_text(exc))
            return
        super().accept()

    def _new_invitee(self) -> Invitee | None:
        if self.new_person.isChecked():
            if not self.contact.validate():
                return None
            return Invitee(**self.contact.values(), **self._role_values())
        candidate = self.selected_candidate()
        if candidate is None:
            self._fail(self.tr("Choose someone in the list, or choose Someone new."))
            return None
        model = self.network_model if self.from_network.isChecked() else self.directory_model
        if model.is_invited(candidate):
            self._fail(self.tr("%1 is already invited to this meeting.").replace("%1", candidate.name))
            return None
        return Invitee(person_id=candidate.person_id, name=candidate.name, organisation=candidate.organisation,
                       email=candidate.email, phone=candidate.phone, **self._role_values())

    def _record(self, text: str) -> None:
        if self.undo_stack is not None:
            record(self.undo_stack, self.store, text)

    def has_typed_text(self) -> bool:
        if self.invitee is not None:
            return self._snapshot() != self._initial
        # Picking someone fills in sector and role by itself: only what the user typed counts.
        typed = self.new_person.isChecked() and any(self.contact.values().values())
        return typed or self._role_touched

    def reject(self) -> None:
        if self.has_typed_text() and QMessageBox.question(
                self, self.windowTitle(), QCoreApplication.translate("PersonDialog", "Close without saving what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()
