"""Aftaler: the agreements of a running meeting, from the keyboard alone.

The table lists them in order; the fields below (kitdesk.ui.live.agreement_editor) edit the selected
one. Ctrl+Enter adds the next agreement under the current agenda item and puts the cursor in its
"what" field; Alt+Up/Alt+Down reorder; Delete (in the list) deletes, and Ctrl+Z brings it back.

Mnemonics (Alt+letter) avoid the menu bar's F/E/V/H and the live view's C/A/E/X/G/1–3:
N new, U up, W down, D delete, O no new agreements; in the fields T what, R responsible, S sector,
L deadline, I ongoing, M agenda item, P follow-up.
"""
from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from kitdesk.domain.dates import fmt_date
from kitdesk.ui.bridge import touches
from kitdesk.ui.live.agreement_editor import AgreementEditor, write_live
from kitdesk.ui.models.agreement_table import COLUMNS, AgreementTableModel
from kitdesk.ui.widgets import Banner, RecordTable, heading, shortcut

EDITABLE_STATES = ("running", "held")
COLUMN_WIDTHS = {"number": 40, "what": 260, "responsible": 160, "sector": 190, "deadline": 96, "item": 170}
# Below these panel widths a column gives way, so "what" keeps room to be read.
HIDE_BELOW = {"sector": 980, "item": 760}


class AgreementsPanel(QWidget):
    agreements_changed = Signal(int)  # how many agreements have a "what" written

    def __init__(self, store, bridge, session, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.session, self.undo_stack = store, session, undo_stack
        self.meeting_id = session.meeting_id
        self.meeting = store.meetings.get(self.meeting_id)
        self.case_id = self.meeting.case_id
        self.current_item_id = store.live.current_item(self.meeting_id)
        self.model = AgreementTableModel(self)
        self._loading = False
        self._build()
        self.load()
        session.text_changed.connect(self._on_typed)
        session.current_item_changed.connect(self._on_current_item)
        bridge.changed.connect(self._on_changed)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Agreements"), self, level=2))
        top.addSpacing(12)
        self.add_button = self._button(self.tr("&New agreement"), self.add_agreement, top)
        self.add_button.setProperty("primary", True)
        self.add_button.setToolTip(self.tr("Add the next agreement under the current agenda item (Ctrl+Enter)"))
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_selected(-1), top)
        self.up_button.setToolTip(self.tr("Move the selected agreement up (Alt+Up)"))
        self.down_button = self._button(self.tr("Move do&wn"), lambda: self.move_selected(1), top)
        self.down_button.setToolTip(self.tr("Move the selected agreement down (Alt+Down)"))
        self.remove_button = self._button(self.tr("&Delete"), self.remove_selected, top)
        self.remove_button.setToolTip(self.tr("Delete the selected agreement (Delete in the list). "
                                              "Ctrl+Z brings it back."))
        top.addStretch(1)
        self.no_new = QCheckBox(self.tr("N&o new agreements"), self)
        self.no_new.setToolTip(self.tr("Tick this when the meeting made no new agreements"))
        self.no_new.toggled.connect(self._save_no_new)
        top.addWidget(self.no_new)
        layout.addLayout(top)

        # The reminder that no decisions are taken stays in sight at the top of the live view; here an
        # agreement worded like a decision gets its own gentle warning (in the fields below).
        self.message = Banner(self)
        layout.addWidget(self.message)

        self.empty_hint = QLabel(self.tr("No agreements yet. Press Ctrl+Enter to write the first one."), self)
        self.empty_hint.setProperty("kind", "info")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        self.table = RecordTable(self, self.tr("Agreements"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(120)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        for column, name in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS[name])
        header.setSectionResizeMode(COLUMNS.index("what"), QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.editor = AgreementEditor(self.store, self.session, self.undo_stack, self)
        # The fields, by their names, for the live view and the tests.
        for name in ("what", "decision", "responsible", "sector", "deadline", "ongoing", "item", "follow_up",
                     "carried"):
            setattr(self, name, getattr(self.editor, name))
        layout.addWidget(self.editor)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.installEventFilter(self)
        self.table.activated.connect(lambda _i: self.focus_what())
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            shortcut(keys, self, self.add_agreement)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            # Not on the combos: Alt+Down opens their lists.
            for widget in (self.table, self.what, self.deadline, self.ongoing, self.follow_up):
                shortcut(QKeySequence(keys), widget, lambda s=step: self.move_selected(s))
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected,
                 Qt.ShortcutContext.WidgetShortcut)
        order = (self.add_button, self.up_button, self.down_button, self.remove_button, self.no_new, self.table,
                 self.what, self.responsible, self.sector, self.deadline, self.ongoing, self.item, self.follow_up)
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A letter typed on the list starts (or continues) the selected agreement's "what" with that
        letter, instead of the list's type-ahead search swallowing it: the chair who tabs here and
        starts writing loses nothing."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not self.read_only:
            text = event.text()
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
            if text and text.isprintable() and not modifiers:
                self.focus_what()
                if self.what.hasFocus():
                    QCoreApplication.sendEvent(self.what, QKeyEvent(
                        QEvent.Type.KeyPress, event.key(), event.modifiers(), text))
                    return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = event.size().width()  # the table's own size is not laid out yet
        for name, below in HIDE_BELOW.items():
            self.table.setColumnHidden(COLUMNS.index(name), width < below)

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- load ---------------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.meeting.state not in EDITABLE_STATES

    def load(self) -> None:
        self.meeting = meeting = self.store.meetings.get(self.meeting_id)
        state = self.store.live.state(self.meeting_id)
        selected = self.selected()
        agreements = state.agreements
        for a in agreements:  # what was typed, saved or not yet
            a.what = self.session.value("agreements", a.id, "what", a.what)
            a.follow_up = self.session.value("agreements", a.id, "follow_up", a.follow_up)
        items = {item.id: f"{n}. {item.title}" for n, item in enumerate(meeting.agenda, 1)}
        self._loading = True
        try:
            self.model.set_agreements(agreements, items, self._carried_dates(agreements, state.earlier))
            self.editor.set_choices(meeting.invitees, items)
            self.no_new.setChecked(bool(self.session.value("minutes", self.meeting_id, "no_new_agreements",
                                                           state.minutes.no_new_agreements)))
        finally:
            self._loading = False
        row = self.model.row_of(selected.id if selected else None)
        if row < 0 and self.model.rowCount():
            row = self.model.rowCount() - 1
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()
        self.add_button.setEnabled(not self.read_only)
        self.no_new.setEnabled(not self.read_only)
        self.empty_hint.setVisible(not self.model.rowCount() and not self.read_only)
        self.agreements_changed.emit(sum(1 for a in agreements if a.what.strip()))

    def _carried_dates(self, agreements, earlier) -> dict[int, str]:
        """Agreement id -> the date of the meeting it was carried from."""
        meeting_of = {e.id: e.meeting_id for e in earlier}
        found: dict[int, str] = {}
        for a in agreements:
            if a.carried_from_id in meeting_of:
                try:
                    found[a.id] = fmt_date(self.store.meetings.get(meeting_of[a.carried_from_id]).starts_at) or "—"
                except KeyError:
                    continue
        return found

    # -- selection --------------------------------------------------------------------------------------
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.agreement_at(rows[0].row()) if rows else None

    def select_agreement(self, agreement_id: int) -> None:
        row = self.model.row_of(agreement_id)
        if row >= 0:
            self.table.selectRow(row)

    def focus_what(self) -> None:
        """Put the cursor in the selected agreement's "what", at its end (or add the first one)."""
        if self.selected() is None:
            self.add_agreement()
        else:
            self.editor.focus_what()

    def _selection_changed(self) -> None:
        agreement = self.selected()
        editable = agreement is not None and not self.read_only
        row = self.model.row_of(agreement.id) if agreement is not None else -1
        self.remove_button.setEnabled(editable)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)
        carried = self.model.carried_from(agreement.id) if agreement is not None else None
        self.editor.show_agreement(agreement, row + 1, self.model.rowCount(), carried, self.read_only)

    # -- typed live -------------------------------------------------------------------------------------
    def _save_no_new(self, checked: bool) -> None:
        if not (self._loading or self.read_only):
            self.session.type("minutes", self.meeting_id, "no_new_agreements", int(checked))

    def _on_typed(self, table: str, row_id: int, field: str, value) -> None:
        if table == "agreements" and field in ("what", "follow_up"):
            self.model.set_live(row_id, field, value)
            self.editor.typed_elsewhere(row_id, field, value)
            if field == "what":
                self.agreements_changed.emit(sum(1 for a in self.model.agreements() if a.what.strip()))
        elif table == "minutes" and row_id == self.meeting_id and field == "no_new_agreements" \
                and self.no_new.isChecked() != bool(value):
            self._loading = True
            self.no_new.setChecked(bool(value))
            self._loading = False

    # -- actions ---------------------------------------------------------------------------------------
    def _write(self, action, text: str) -> bool:
        return write_live(self, self.session, self.undo_stack, action, text, self.tr("Agreements"))

    def add_agreement(self) -> None:
        """Ctrl+Enter: the next agreement, under the current agenda item, with the cursor in "what"."""
        if self.read_only:
            return
        self.editor.commit_pending()
        current = self.selected()
        if current is not None and not current.what.strip() \
                and self.model.row_of(current.id) == self.model.rowCount() - 1:
            self.editor.focus_what()  # the newest one is still blank: write that first, no pile of blanks
            return
        new_id = None

        def add():
            nonlocal new_id
            new_id = self.store.live.add_agreement(self.meeting_id, self.current_item_id)

        if self._write(add, self.tr("Add an agreement")):
            self.message.show_message("")
            self.select_agreement(new_id)
            self.editor.focus_what()

    def remove_selected(self) -> None:
        agreement = self.selected()
        if agreement is None or self.read_only:
            return
        row = self.model.row_of(agreement.id)
        self.session.flush()  # the row kept for undo must hold the last words typed
        self.table.clearSelection()
        if self._write(lambda: self.store.live.remove_agreement(agreement.id), self.tr("Delete an agreement")):
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))
            self.message.show_message(self.tr("The agreement was deleted. Ctrl+Z brings it back."), "info")

    def move_selected(self, step: int) -> None:
        agreement = self.selected()
        if agreement is None or self.read_only:
            return
        row = self.model.row_of(agreement.id)
        if 0 <= row + step < self.model.rowCount():
            self._write(lambda: self.store.live.move_agreement(agreement.id, row + step),
                        self.tr("Move an agreement"))
            self.select_agreement(agreement.id)

    def commit_pending(self) -> None:
        """Save a half-finished responsible name or deadline (typed texts go through the session)."""
        self.editor.commit_pending()

    # -- outside changes ---------------------------------------------------------------------------------
    def _on_current_item(self, item_id) -> None:
        self.current_item_id = item_id

    def _on_changed(self, changes) -> None:
        if any(c.entity == "meetings" and c.id == self.meeting_id for c in changes) \
                or touches(changes, {"agreements", "agenda_items", "invitees"}, self.case_id):
            try:
                self.load()
            except KeyError:  # the meeting is gone; the main window closes the view
                pass
