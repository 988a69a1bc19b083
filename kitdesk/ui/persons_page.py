"""Personer: the shared directory. Everyone is entered once; a change shows in every case they are in.

Search as you type; select a person to see their details and the cases they are in; Enter on a
person edits them, Enter on a case opens it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.vocabulary import side_of
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.models.person_table import COLUMNS, PersonTableModel
from kitdesk.ui.widgets import RecordTable, heading, search_field

# Two lines a row: a long title, organisation or sector wraps rather than being cut off at 1366×768.
COLUMN_WIDTHS = {"name": 136, "title": 148, "organisation": 150, "sector": 130, "email": 190, "phone": 100,
                 "cases": 52}
DETAIL_FIELDS = ("title", "organisation", "sector", "email", "phone", "address", "note")


class PersonDetails(QFrame):
    """The selected person, read-only, and the cases they are in."""

    open_case = Signal(int)
    edit = Signal()
    erase = Signal()
    extract = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcome")  # the same calm panel look as the case list's welcome
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        self.name = heading("", self, 2)
        self.name.setWordWrap(True)
        layout.addWidget(self.name)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        captions = {"title": self.tr("Title"), "organisation": self.tr("Organisation"),
                    "sector": self.tr("Sector"), "email": self.tr("E-mail"), "phone": self.tr("Phone"),
                    "address": self.tr("Address"), "note": self.tr("Note")}
        self.fields: dict[str, QLabel] = {}
        for key in DETAIL_FIELDS:
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            form.addRow(captions[key], value)
            self.fields[key] = value
        layout.addLayout(form)
        # The buttons in two rows: the panel stays narrow, and the list beside it gets the width.
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit &details…"), self)
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.erase_button = QPushButton(self.tr("De&lete person…"), self)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        row.addWidget(self.erase_button)
        layout.addLayout(row)
        self.extract_button = QPushButton(self.tr("Access request extract…"), self)
        self.extract_button.setToolTip(self.tr("What KIT Desk holds about this person, and who has seen and changed "
                                               "it – as PDF and CSV, for a request for access (GDPR art. 15)"))
        self.extract_button.setAutoDefault(False)
        self.extract_button.clicked.connect(self.extract)
        extract_row = QHBoxLayout()
        extract_row.addWidget(self.extract_button)
        extract_row.addStretch(1)
        layout.addLayout(extract_row)
        layout.addSpacing(6)
        self.cases_heading = heading(self.tr("Cases"), self, 2)
        layout.addWidget(self.cases_heading)
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("The person's cases"))
        self.cases.setWordWrap(True)
        self.cases.setSpacing(3)
        self.cases.setAlternatingRowColors(True)
        self.cases.itemActivated.connect(lambda item: self.open_case.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.cases, 1)
        self.cases_hint = QLabel(self.tr("Double-click a case, or press Enter, to open it."), self)
        self.cases_hint.setProperty("muted", True)
        self.cases_hint.setWordWrap(True)
        layout.addWidget(self.cases_hint)
        self.show_person(None, [])

    def show_person(self, person, memberships) -> None:
        has = person is not None
        self.name.setText(person.name if has else self.tr("Choose a person in the list."))
        for key, label in self.fields.items():
            value = "" if not has else (labels.label(labels.SECTORS, person.sector) if key == "sector"
                                        else getattr(person, key))
            label.setText(value or ("–" if has else ""))
        self.edit_button.setEnabled(has)
        self.erase_button.setEnabled(has)
        self.extract_button.setEnabled(has)
        self.cases.clear()
        for m in memberships:
            details = [m.role, labels.label(labels.SECTORS, m.sector)]
            if m.is_contact and side_of(m.sector):
                details.append(self.tr("contact person (%1)").replace("%1", labels.label(labels.SIDES, side_of(m.sector))))
            if m.is_baton_holder:
                details.append(self.tr("baton holder"))
            if m.phase == "closed":
                details.append(self.tr("closed"))
            item = QListWidgetItem(f"{m.child_name}  ({m.case_no})\n" + " · ".join(d for d in details if d))
            item.setData(Qt.ItemDataRole.UserRole, m.case_id)
            self.cases.addItem(item)
        self.cases_heading.setText(self.tr("In %n case(s)", "", len(memberships)) if has else self.tr("Cases"))
        self.cases_hint.setVisible(bool(memberships))


class PersonsPage(QWidget):
    open_case = Signal(int)

    def __init__(self, store, bridge, parent=None):
        super().__init__(parent)
        self.store = store
        # Edits made here are undoable like case edits (Ctrl+Z) once the main window's undo group
        # knows this stack.
        self.undo_stack = QUndoStack(self)
        self.model = PersonTableModel(self)
        # Filled when first shown: start-up need not read the whole directory for a hidden tab.
        self._stale = True
        self._build()
        bridge.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("People"), self))
        top.addSpacing(24)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, title, organisation, sector, e-mail or phone  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        search_field(self.search, self.tr("Search the directory"))
        self.search.setMinimumWidth(340)
        self.search.installEventFilter(self)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        self.new_button = QPushButton(self.tr("&New person…"), self)
        self.new_button.setProperty("primary", True)
        self.new_button.setAutoDefault(False)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.table = RecordTable(left, self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        # The same height for every row (a directory can hold thousands): room for two lines each.
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, name in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS[name])
        # The e-mail column gives way, so that the case count stays in sight on a small screen.
        header.setSectionResizeMode(COLUMNS.index("email"), QHeaderView.ResizeMode.Stretch)
        ll.addWidget(self.table, 1)
        self.count_label = QLabel(left)
        self.count_label.setProperty("muted", True)
        ll.addWidget(self.count_label)
        self.details = PersonDetails(splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1040, 290])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._filter)
        self.new_button.clicked.connect(self.new_person)
        # selectionChanged, not currentRowChanged: the current row moves before the selection does.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.activated.connect(lambda _i: self.edit_person())
        self.details.edit.connect(self.edit_person)
        self.details.erase.connect(self.erase_person)
        self.details.extract.connect(self.access_extract)
        self.details.open_case.connect(self.open_case)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_person_id()
        self.model.set_persons(self.store.persons.all(), self.store.persons.usage())
        if selected is None or not self.select_person(selected):
            if self.model.rowCount():
                self.table.selectRow(0)  # the first person's details, not an empty card
        self._show_selected()
        self._update_count()

    def _filter(self, text: str) -> None:
        selected = self.selected_person_id()
        self.model.set_filter(text)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_person(selected)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._show_selected()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if not total:
            self.count_label.setText(self.tr("The directory is empty. People are added here with New person, "
                                             "or when you add them to a case's network."))
        else:
            self.count_label.setText(self.tr("%1 of %n person(s) shown", "", total).replace("%1", str(shown)))

    def selected_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_at(rows[0].row()).id if rows else None

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row < 0 and self.search.text():
            self.search.clear()  # the person must be visible to be selected
            row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _show_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            self.details.show_person(None, [])
            return
        self.details.show_person(self.store.persons.get(person_id), self.store.persons.memberships(person_id))

    # -- actions ------------------------------------------------------------------------------------
    def person_dialog(self, person_id: int | None = None):
        from kitdesk.ui.person_dialog import PersonDialog

        return PersonDialog(self.store, person_id, self.undo_stack, parent=self)

    def new_person(self) -> None:
        dialog = self.person_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id is not None:
            self.select_person(dialog.person_id)
        self.table.setFocus()

    def edit_person(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            return
        self.person_dialog(person_id).exec()
        self.table.setFocus()

    def erase_person(self) -> None:
        from kitdesk.ui.erase_person import PersonErasure

        person_id = self.selected_person_id()
        if person_id is not None:
            PersonErasure(self).run(self, self.store, person_id)
        self.table.setFocus()
    def access_extract(self):
        """"Udtræk til indsigt" for the selected person (issue 10)."""
        from kitdesk.ui.access_extract_dialog import AccessExtractDialog

        person_id = self.selected_person_id()
        if person_id is None:
            return None
        dialog = AccessExtractDialog(self.store, person_id=person_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def eventFilter(self, watched, event) -> bool:
        # Down from the search box goes to the list, so the keyboard never has to leave the keys.
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.table.setFocus()
            if self.selected_person_id() is None:
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _on_changed(self, changes) -> None:
        if not touches(changes, {"persons", "members", "cases"}):
            return
        if not self.isVisible():
            # Every edit in a case announces a change; a hidden directory catches up when shown.
            self._stale = True
        elif touches(changes, {"persons", "members"}):
            self.reload()
        else:
            self._show_selected()  # a child's name or phase in the selected person's case list

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
