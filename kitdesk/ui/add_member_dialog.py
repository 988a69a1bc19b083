"""Add a person to a case's network – picked from the directory or created right here – or change
the role and sector of someone already in it.

The dialog writes through the store itself, so that a refusal (already in the network, a bad
e-mail) keeps it open with everything typed; the tab gets one undo step per change.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.model import Member
from kitdesk.domain.refusal import Refusal
from kitdesk.ui import labels
from kitdesk.ui.field_messages import grow_to_fit
from kitdesk.ui.models.person_table import COLUMNS as PERSON_COLUMNS
from kitdesk.ui.models.person_table import PersonTableModel
from kitdesk.ui.person_dialog import PersonForm
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import record
from kitdesk.ui.widgets import Banner, CodeCombo, RecordTable, heading, search_field

ROLE_LIMIT = 200
PICKER_COLUMNS = ("name", "title", "organisation", "sector")


class AddMemberDialog(QDialog):
    """With `member` given: edit that member's role and sector. Without: add someone."""

    def __init__(self, store, case_id: int, undo_stack=None, member: Member | None = None, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack, self.member = store, case_id, undo_stack, member
        self.member_id: int | None = member.id if member else None
        self.setMinimumWidth(840 if member is None else 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if member is None:
            self.setWindowTitle(self.tr("Add person to the network"))
            self._build_person_choice(layout)
        else:
            self.setWindowTitle(self.tr("Role in this case"))
            layout.addWidget(heading(member.person_name, self, 2))
            if member.is_contact:
                hint = QLabel(self.tr("%1 is the responsible contact person. Moving them to a sector on the other "
                                      "side (BUC or the municipality) ends that.").replace("%1", member.person_name), self)
                hint.setWordWrap(True)
                hint.setTextFormat(Qt.TextFormat.PlainText)
                hint.setProperty("muted", True)
                layout.addWidget(hint)
        self._build_role(layout)
        self.error = Banner(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button().setText(self.tr("&Add to network") if member is None else self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if member is None:
            self.reload_directory()
            self.search.setFocus()
        else:
            self.role.setText(member.role)
            self.sector.set_code(member.sector)
            self.role.setFocus()
            self.role.selectAll()

    # -- layout -----------------------------------------------------------------------------------
    def _build_person_choice(self, layout: QVBoxLayout) -> None:
        modes = QHBoxLayout()
        self.from_directory = QRadioButton(self.tr("From the &directory"), self)
        self.new_person = QRadioButton(self.tr("Ne&w person"), self)
        self.from_directory.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.from_directory)
        group.addButton(self.new_person)
        modes.addWidget(self.from_directory)
        modes.addWidget(self.new_person)
        modes.addStretch(1)
        layout.addLayout(modes)

        self.pages = QStackedWidget(self)
        picker = QWidget(self)
        pl = QVBoxLayout(picker)
        pl.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(picker)
        self.search.setPlaceholderText(self.tr("Search by name, title, organisation or sector"))
        self.search.setClearButtonEnabled(True)
        search_field(self.search, self.tr("Search the directory"))
        self.search.installEventFilter(self)
        pl.addWidget(self.search)
        self.people = PersonTableModel(self)
        self.table = RecordTable(picker, self.tr("People in the directory"))
        self.table.setModel(self.people)
        self.table.verticalHeader().setDefaultSectionSize(26)
        for column, name in enumerate(PERSON_COLUMNS):
            self.table.setColumnHidden(column, name not in PICKER_COLUMNS)
        for name, width in (("name", 220), ("title", 130), ("organisation", 200)):
            self.table.setColumnWidth(PERSON_COLUMNS.index(name), width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(200)
        pl.addWidget(self.table, 1)
        self.hint = QLabel(self.tr("Not in the list? Choose New person."), picker)
        self.hint.setProperty("muted", True)
        pl.addWidget(self.hint)
        self.pages.addWidget(picker)

        self.form = PersonForm(self, with_note=False)
        self.pages.addWidget(self.form)
        layout.addWidget(self.pages, 1)

        self.search.textChanged.connect(self._filter)
        # selectionChanged, not currentRowChanged: the current row moves before the selection does.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        # Mouse only: Enter in the list already reaches the dialog's default button.
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.new_person.toggled.connect(self._mode_changed)
        self.form.sector.currentIndexChanged.connect(lambda _i: self._suggest(None))
        self.form.title.textChanged.connect(lambda _t: self._suggest(None))

    def _build_role(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("In this case"), self)
        form = QFormLayout(box)
        self.role = QLineEdit(box)
        self.role.setMaxLength(ROLE_LIMIT)
        self.role.setPlaceholderText(self.tr("e.g. class teacher, caseworker, mother"))
        form.addRow(self.tr("&Role"), self.role)
        self.sector = CodeCombo(labels.items(labels.SECTORS), box)
        self.sector.set_code("other")
        form.addRow(self.tr("Se&ctor"), self.sector)
        layout.addWidget(box)
        self._role_touched = False
        self._sector_touched = False
        self.role.textEdited.connect(lambda _t: setattr(self, "_role_touched", True))
        self.sector.activated.connect(lambda _i: setattr(self, "_sector_touched", True))

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- the directory picker -----------------------------------------------------------------------
    def reload_directory(self) -> None:
        self.people.set_persons(self.store.persons.all())
        self.people.set_greyed({m.person_id for m in self.store.network.members(self.case_id)})
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.people.set_filter(text)
        if self.people.rowCount():
            # The best match is chosen already, so that typing a name and pressing Enter adds it.
            self.table.selectRow(0)
        self.hint.setText(self.tr("No one in the directory matches. Choose New person to add them.")
                          if self.people.total() and not self.people.rowCount() and text.strip()
                          else self.tr("Not in the list? Choose New person."))

    def eventFilter(self, watched, event) -> bool:
        # Arrow keys in the search box move through the list, as in any search-as-you-type field.
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.people.rowCount():
            row = self.table.currentIndex().row()
            row = row + 1 if event.key() == Qt.Key.Key_Down else row - 1
            self.table.selectRow(max(0, min(row, self.people.rowCount() - 1)))
            return True
        return super().eventFilter(watched, event)

    def selected_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people.person_at(rows[0].row()).id if rows else None

    def select_person(self, person_id: int) -> bool:
        row = self.people.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _picked(self) -> None:
        if self.new_person.isChecked():
            return  # the person being typed in decides the suggestion, not the hidden list
        self.error.show_message("")
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._suggest(self.people.person_at(rows[0].row()))

    def _mode_changed(self, new: bool) -> None:
        self.pages.setCurrentIndex(1 if new else 0)
        self.error.show_message("")
        if new:
            if not self.form.name.text().strip() and self.search.text().strip():
                self.form.name.setText(self.search.text().strip())
            self._suggest(None)
            self.form.name.setFocus()
        else:
            self._picked()
            self.search.setFocus()

    def _suggest(self, person) -> None:
        """Role and sector in the case start as the person's title and sector until the user changes them."""
        if person is None:
            title, sector = self.form.title.text().strip(), self.form.sector.code()
        else:
            title, sector = person.title, person.sector
        if not self._role_touched:
            self.role.setText(title)
        if not self._sector_touched:
            self.sector.set_code(sector)

    # -- saving ------------------------------------------------------------------------------------
    def _fail(self, text: str) -> None:
        self.error.show_message(text)
        grow_to_fit(self)

    def accept(self) -> None:
        self.error.show_message("")
        role, sector = self.role.text().strip(), self.sector.code()
        try:
            if self.member is not None:
                self.store.network.update(self.member.id, {"role": role, "sector": sector})
                text = self.tr("Change the role of %1").replace("%1", self.member.person_name)
            elif self.new_person.isChecked():
                if not self.form.validate():
                    return
                person = self.form.person()
                _, self.member_id = self.store.network.add_new_person(self.case_id, person, role, sector)
                text = self.tr("Add %1 to the network").replace("%1", person.name)
            else:
                person_id = self.selected_person_id()
                if person_id is None:
                    self._fail(self.tr("Choose a person in the list, or choose New person."))
                    self.search.setFocus()
                    return
                if self.people.is_greyed(person_id):
                    name = self.store.persons.get(person_id).name
                    self._fail(self.tr("%1 is already in this network.").replace("%1", name))
                    return
                self.member_id = self.store.network.add(self.case_id, person_id, role, sector)
                text = self.tr("Add %1 to the network").replace("%1", self.store.persons.get(person_id).name)
        except Refusal as exc:
            # The store's refusal (e.g. already in the network); nothing typed is lost.
            self._fail(refusal_text(exc))
            return
        if self.undo_stack is not None:
            record(self.undo_stack, self.store, text)
        super().accept()

    def has_typed_text(self) -> bool:
        if self.member is not None:
            return self.role.text().strip() != self.member.role.strip()
        typed_person = self.new_person.isChecked() and any(
            value for key, value in self.form.values().items() if key != "sector")
        return typed_person or self._role_touched

    def reject(self) -> None:
        if self.has_typed_text() and QMessageBox.question(
                self, self.windowTitle(), QCoreApplication.translate("PersonDialog", "Close without saving what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()
