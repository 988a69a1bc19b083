"""Purpose and agenda: why the meeting is held, and the items in order with who leads each and for how long.

Items are reordered by dragging them in the table or with Alt+Up / Alt+Down; every change is one store
transaction and one undo step. Agenda templates come from resources/templates and the user's own folder.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.refusal import Refusal
from kitdesk.ui.agenda_templates import TemplatesButton
from kitdesk.ui.bridge import touches
from kitdesk.ui.models.agenda_table import COLUMNS, NOBODY, AgendaTableModel
from kitdesk.ui.note_edit import NoteEdit
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import Banner, RecordTable, restyle, shortcut

READ_ONLY_STATES = ("held", "signed", "cancelled")
COLUMN_WIDTHS = {"number": 40, "time": 108, "title": 216, "responsible": 150, "minutes": 84, "description": 200}
TITLE_LIMIT = 200


class AgendaSection(QWidget):
    def __init__(self, store, bridge, meeting_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack = store, meeting_id, undo_stack
        self.meeting = store.meetings.get(meeting_id)
        self.model = AgendaTableModel(self)
        self._loading = False
        self._editing_id: int | None = None  # the item the fields on the right belong to
        self._build()
        self.load()
        self.model.move_requested.connect(self.move_item)
        bridge.changed.connect(self._on_changed)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        purpose_row = QHBoxLayout()
        purpose_label = QLabel(self.tr("&Purpose"), self)
        purpose_label.setProperty("heading", 2)
        purpose_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        purpose_label.setMinimumWidth(90)
        self.purpose = NoteEdit(self, lines=3)
        self.purpose.setPlaceholderText(self.tr(
            "What should the meeting lead to? The one who invites states the purpose – it is required before "
            "the invitation is sent."))
        purpose_label.setBuddy(self.purpose)
        self.purpose.editingFinished.connect(self._save_purpose)
        purpose_row.addWidget(purpose_label)
        purpose_row.addWidget(self.purpose, 1)
        layout.addLayout(purpose_row)
        self.message = Banner(self)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        agenda_label = QLabel(self.tr("Agenda"), self)
        agenda_label.setProperty("heading", 2)
        buttons.addWidget(agenda_label)
        buttons.addSpacing(12)
        self.add_button = self._button(self.tr("&Add item"), self.add_item, buttons)
        self.add_button.setProperty("primary", True)
        self.add_button.setToolTip(self.tr("Add an item at the end of the agenda (Insert)"))
        self.remove_button = self._button(self.tr("&Remove"), self.remove_item, buttons)
        self.remove_button.setToolTip(self.tr("Remove the selected item (Delete). Ctrl+Z brings it back."))
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_selected(-1), buttons)
        self.up_button.setToolTip(self.tr("Move the selected item up (Alt+Up)"))
        self.down_button = self._button(self.tr("Move do&wn"), lambda: self.move_selected(1), buttons)
        self.down_button.setToolTip(self.tr("Move the selected item down (Alt+Down)"))
        buttons.addStretch(1)
        self.templates_button = TemplatesButton(self.store, self.meeting_id, self.undo_stack, self)
        self.templates_button.before_change = self.commit_pending
        self.templates_button.message.connect(lambda text, kind: self.message.show_message(text, kind))
        buttons.addWidget(self.templates_button)
        layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_hint = QLabel(self.tr("The agenda is empty. Add the items one by one, or start from a template "
                                         "(Templates, top right) and adjust it."), left)
        self.empty_hint.setProperty("kind", "info")
        self.empty_hint.setWordWrap(True)
        left_layout.addWidget(self.empty_hint)
        self.table = RecordTable(left, self.tr("Agenda"))
        left_layout.addWidget(self.table, 1)
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        for column, name in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS[name])
        header.setSectionResizeMode(COLUMNS.index("description"), QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(560)

        self.detail = QGroupBox(self.tr("Selected item"), splitter)
        detail_layout = QVBoxLayout(self.detail)
        form = QFormLayout()
        detail_layout.addLayout(form)
        detail_layout.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(self.detail)
        self.title.setMaxLength(TITLE_LIMIT)
        self.title.editingFinished.connect(self._save_title)
        form.addRow(self.tr("T&itle"), self.title)
        self.title_message = QLabel(self.detail)
        self.title_message.setProperty("kind", "warning")
        self.title_message.setWordWrap(True)
        self.title_message.hide()
        form.addRow(self.title_message)
        self.description = NoteEdit(self.detail, lines=4)
        self.description.setPlaceholderText(self.tr("What is to be talked about (optional)"))
        self.description.editingFinished.connect(self._save_description)
        form.addRow(self.tr("&Description"), self.description)
        self.responsible = QComboBox(self.detail)
        self.responsible.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.responsible.setMinimumContentsLength(16)
        self.responsible.activated.connect(self._save_responsible)
        form.addRow(self.tr("Responsi&ble"), self.responsible)
        self.minutes = QSpinBox(self.detail)
        self.minutes.setRange(0, 600)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setKeyboardTracking(False)
        self.minutes.setMaximumWidth(110)
        self.minutes.editingFinished.connect(self._save_minutes)
        form.addRow(self.tr("Mi&nutes"), self.minutes)
        self.responsible_hint = QLabel(self.detail)
        self.responsible_hint.setProperty("muted", True)
        self.responsible_hint.setWordWrap(True)
        form.addRow(self.responsible_hint)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 460])
        layout.addWidget(splitter, 1)

        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.total)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(lambda _i: self.title.setFocus())
        for keys, slot in (("Alt+Up", lambda: self.move_selected(-1)), ("Alt+Down", lambda: self.move_selected(1))):
            # Not on the whole item box: Alt+Down opens the responsible combo's list.
            for widget in (self.table, self.title, self.description, self.minutes):
                shortcut(QKeySequence(keys), widget, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_item,
                  Qt.ShortcutContext.WidgetShortcut)
        shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_item, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.purpose, self.add_button)
        self.setTabOrder(self.templates_button, self.table)
        self.setTabOrder(self.table, self.title)
        self.setTabOrder(self.title, self.description)
        self.setTabOrder(self.description, self.responsible)
        self.setTabOrder(self.responsible, self.minutes)

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- load ---------------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.meeting.state in READ_ONLY_STATES

    def load(self) -> None:
        self.meeting = meeting = self.store.meetings.get(self.meeting_id)
        selected = self.selected_item()
        self._loading = True
        try:
            self.purpose.set_text(meeting.purpose)
            self.model.set_movable(not self.read_only)
            self.model.set_items(meeting.agenda, meeting.invitees, meeting.starts_at, meeting.ends_at)
            self._fill_responsible(meeting)
        finally:
            self._loading = False
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()
        self.purpose.setReadOnly(self.read_only)
        self.add_button.setEnabled(not self.read_only)
        self.table.setDragEnabled(not self.read_only)
        self.templates_button.read_only = self.read_only
        self.empty_hint.setVisible(not self.model.rowCount() and not self.read_only)
        self._show_total()

    def _fill_responsible(self, meeting) -> None:
        self.responsible.clear()
        self.responsible.addItem(NOBODY, None)
        for invitee in meeting.invitees:
            self.responsible.addItem(invitee.name, invitee.id)
        self.responsible_hint.setText("" if meeting.invitees else self.tr(
            "Invite the participants (the Invitees tab) to choose who is responsible for each item."))
        self.responsible_hint.setVisible(not meeting.invitees)

    def _show_total(self) -> None:
        total = self.model.total_minutes()
        length = self.meeting.minutes
        if length is None or length <= 0:
            text = self.tr("Agenda: %1 min. The meeting has no end time yet.").replace("%1", str(total))
            over = False
        else:
            text = self.tr("Agenda: %1 min of %2 min").replace("%1", str(total)).replace("%2", str(length))
            over = total > length
            if over:
                text += "  –  " + self.tr("%1 min more than the meeting lasts. Shorten an item or move the end "
                                          "time.").replace("%1", str(total - length))
        self.total.setProperty("kind", "warning" if over else "")
        self.total.setProperty("muted", not over)
        restyle(self.total)
        self.total.setText(text)

    # -- selection and the fields on the right ---------------------------------------------------------
    def selected_item(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item_at(rows[0].row()) if rows else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        item = self.selected_item()
        has = item is not None
        editable = has and not self.read_only
        row = self.model.row_of(item.id) if has else -1
        self.remove_button.setEnabled(editable)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)
        self.detail.setEnabled(has)
        for edit in (self.title, self.description):
            edit.setReadOnly(not editable)
        self.responsible.setEnabled(editable)
        self.minutes.setReadOnly(not editable)
        same = has and item.id == self._editing_id
        self._editing_id = item.id if has else None
        self._loading = True
        try:
            if not (same and self.title.hasFocus() and self.title.isModified()):
                self.title.setText(item.title if has else "")
                self.title.setModified(False)
                self._title_problem("")
            if same:
                self.description.set_text(item.description)
            else:
                self.description.setPlainText(item.description if has else "")
                self.description.setModified(False)
            index = self.responsible.findData(item.responsible_id if has else None)
            self.responsible.setCurrentIndex(max(0, index))
            if not (same and self.minutes.hasFocus()):
                self.minutes.setValue(item.minutes if has else 0)
        finally:
            self._loading = False

    def _title_problem(self, text: str) -> None:
        self.title_message.setText(text)
        self.title_message.setVisible(bool(text))
        self.title.setToolTip(text)
        restyle(self.title, invalid=bool(text))

    # -- saving -------------------------------------------------------------------------------------------
    def _write(self, action, text: str) -> bool:
        return write(self, self.undo_stack, self.store, action, text, title=self.tr("Agenda"),
                     refusals=(Refusal, KeyError))

    def _save_purpose(self) -> None:
        if self.purpose.isReadOnly() or not self.purpose.isModified():
            return
        self.purpose.setModified(False)
        value = self.purpose.text().strip()
        if value != self.meeting.purpose:
            self._write(lambda: self.store.meetings.update(self.meeting_id, {"purpose": value}),
                        self.tr("Change the purpose"))

    def _save_item(self, changes: dict, text: str) -> None:
        if self._loading or self._editing_id is None or self.read_only:
            return
        item_id = self._editing_id
        self._write(lambda: self.store.meetings.update_item(item_id, changes), text)

    def _save_title(self) -> None:
        if self.title.isReadOnly() or not self.title.isModified():
            return
        value = self.title.text().strip()
        if not value:
            # Kept empty as typed: the old title is still stored until a new one is written.
            self._title_problem(self.tr("An agenda item needs a title."))
            return
        self.title.setModified(False)
        self._title_problem("")
        self._save_item({"title": value}, self.tr("Change the title of an agenda item"))

    def _save_description(self) -> None:
        if self.description.isReadOnly() or not self.description.isModified():
            return
        self.description.setModified(False)
        self._save_item({"description": self.description.text().strip()},
                        self.tr("Change the description of an agenda item"))

    def _save_responsible(self, _index: int) -> None:
        self._save_item({"responsible_id": self.responsible.currentData()},
                        self.tr("Change who is responsible for an agenda item"))

    def _save_minutes(self) -> None:
        if self.minutes.isReadOnly() or self._editing_id is None:
            return
        item = next((i for i in self.meeting.agenda if i.id == self._editing_id), None)
        if item is not None and item.minutes != self.minutes.value():
            self._save_item({"minutes": self.minutes.value()}, self.tr("Change the minutes of an agenda item"))

    # -- actions -------------------------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.read_only:
            return
        self.commit_pending()
        item_id = None

        def add():
            nonlocal item_id
            item_id = self.store.meetings.add_item(self.meeting_id, self.tr("New item"))

        if self._write(add, self.tr("Add an agenda item")):
            self.select_item(item_id)
            self.title.setFocus()
            self.title.selectAll()

    def remove_item(self) -> None:
        item = self.selected_item()
        if item is None or self.read_only:
            return
        row = self.model.row_of(item.id)
        self._editing_id = None  # what is typed in the fields belongs to the removed item
        if self._write(lambda: self.store.meetings.remove_item(item.id),
                       self.tr("Remove the agenda item %1").replace("%1", item.title)):
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))
            self.message.show_message(self.tr("“%1” was removed from the agenda. Ctrl+Z brings it back.")
                                      .replace("%1", item.title), "info")

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        row = self.model.row_of(item.id)
        if 0 <= row + step < self.model.rowCount():
            self.move_item(item.id, row + step)

    def move_item(self, item_id: int, new_index: int) -> None:
        if self.read_only:
            return
        self.commit_pending()
        if self._write(lambda: self.store.meetings.move_item(item_id, new_index), self.tr("Move an agenda item")):
            self.select_item(item_id)

    # -- the rest ---------------------------------------------------------------------------------------------
    def commit_pending(self) -> None:
        if self.purpose.isModified():
            self._save_purpose()
        if self.title.isModified():
            self._save_title()
        if self.description.isModified():
            self._save_description()
        self._save_minutes()

    def _on_changed(self, changes) -> None:
        if any(c.entity == "meetings" and c.id == self.meeting_id for c in changes) \
                or touches(changes, {"agenda_items", "invitees"}, self.meeting.case_id):
            try:
                self.load()
            except KeyError:  # the draft was deleted; the view closes itself
                pass


