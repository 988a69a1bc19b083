"""Netværksmødeskabelon: the minutes as the chair writes them, section by section.

Every keystroke goes to LiveSession.type() and nowhere else (the save path commits within a second,
off the UI thread); leaving a field asks for a commit at once. A keystroke does no work on the whole
text beyond reading it out of the field once, so a 200,000-character field types as smoothly as an
empty one. Participants and purpose are read-only: they come from the attendance and the invitation.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.dates import TZ, to_local, to_utc_iso
from kitdesk.domain.refusal import Refusal
from kitdesk.templates import load_roles
from kitdesk.ui.bridge import touches
from kitdesk.ui.live.attendance_words import role_line, word
from kitdesk.ui.time_edit import TimeEdit
from kitdesk.ui.widgets import DateEdit, heading, restyle


class LiveText(QPlainTextEdit):
    """A minutes field wired to the save path: typed → session.type(); left → session asked to commit."""

    left = Signal()

    def __init__(self, session, table: str, row_id: int, field: str, stored: str, parent=None, *, lines: int = 4):
        super().__init__(parent)
        self.session, self.key = session, (table, row_id, field)
        self.setObjectName(f"{table}_{field}" if table == "minutes" else f"{table}_{field}_{row_id}")
        self.setTabChangesFocus(True)  # Tab moves on to the next field; nobody types a tab into minutes
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)
        self._loading = True
        self.setPlainText(session.value(table, row_id, field, stored) or "")
        self._loading = False
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._loading:
            self.session.type(*self.key, self.toPlainText())

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


def _section_title(text: str, parent) -> QLabel:
    label = heading(text, parent, level=2)
    label.setWordWrap(True)
    return label


def _muted(parent, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("muted", True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ItemSection(QFrame):
    """One agenda item in the minutes: its discussion and an internal note."""

    def __init__(self, number: int, item, responsible: str, note, session, parent=None):
        super().__init__(parent)
        self.item_id = item.id
        self.setObjectName("itemSection")
        self.setProperty("current", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = _section_title(f"{number}. {item.title}", self)
        self.now = QLabel(self.tr("Now"), self)
        self.now.setObjectName("nowChip")
        self.now.hide()
        top.addWidget(self.title, 1)
        top.addWidget(self.now, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        meta = self.tr("%n min", "", item.minutes)
        if responsible:
            meta += "  ·  " + self.tr("led by %1").replace("%1", responsible)
        layout.addWidget(_muted(self, meta))
        if item.description.strip():
            layout.addWidget(_muted(self, item.description.strip()))
        label = QLabel(self.tr("Discussion"), self)
        label.setProperty("strong", True)
        self.discussion = LiveText(session, "item_notes", item.id, "discussion", note.discussion if note else "",
                                   self, lines=6)
        self.discussion.setPlaceholderText(self.tr("What was said – each party's view, in plain words."))
        label.setBuddy(self.discussion)
        layout.addWidget(label)
        layout.addWidget(self.discussion)
        self.agreements = _muted(self)
        self.agreements.setObjectName("itemAgreements")
        layout.addWidget(self.agreements)
        internal = QLabel(self.tr("Internal note – not shown on the shared screen or in the plan"), self)
        internal.setObjectName("internalLabel")
        internal.setWordWrap(True)
        self.internal = LiveText(session, "item_notes", item.id, "internal_note",
                                 note.internal_note if note else "", self, lines=2)
        self.internal.setProperty("internal", True)
        self.internal.setPlaceholderText(self.tr("Only for you: reminders, things to check afterwards."))
        internal.setBuddy(self.internal)
        layout.addWidget(internal)
        layout.addWidget(self.internal)

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            restyle(self, current=current)
        self.now.setVisible(current)
        self.show_agreement_count(self._agreement_count)

    _agreement_count = 0

    def show_agreement_count(self, count: int) -> None:
        """How many agreements are filed under this item (they are written in the Agreements tab)."""
        self._agreement_count = count
        text = self.tr("%n agreement(s) under this item", "", count) if count else \
            self.tr("No agreements under this item yet")
        if self.property("current"):
            text += "  ·  " + self.tr("Ctrl+Enter writes one")
        self.agreements.setText(text)


class MinutesForm(QScrollArea):
    field_left = Signal()  # a text field lost the focus: time to commit

    def __init__(self, store, bridge, session, meeting_id: int, parent=None):
        super().__init__(parent)
        self.store, self.session, self.meeting_id = store, session, meeting_id
        meeting = store.meetings.get(meeting_id)
        self.case_id = meeting.case_id
        self.role_labels = _role_labels()
        state = store.live.state(meeting_id)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("minutesBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(4, 4, 12, 16)
        self.body.setSpacing(6)
        self.texts: dict[tuple, LiveText] = {}

        self.body.addWidget(_section_title(self.tr("Participants and roles"), body))
        self.participants = _muted(body)
        self.participants.setObjectName("participants")
        self.participants.setProperty("muted", False)
        self.body.addWidget(self.participants)
        self.body.addSpacing(6)
        self.body.addWidget(_section_title(self.tr("Purpose"), body))
        self.purpose = _muted(body)
        self.purpose.setProperty("muted", False)
        self.purpose.setObjectName("purpose")
        self.body.addWidget(self.purpose)

        m = state.minutes
        # The child's own words apart from the parents' (seed 002: the child and the family take part).
        sections = (
            ("child_words", self.tr("The child's/young person's own words"), m.child_words,
             self.tr("What the child or young person says – in their own words, also when they are not there "
                     "but sent them along.")),
            ("perspective", self.tr("The parents' and the family's perspective"), m.perspective,
             self.tr("What is hard, what helps, what they wish for – in their own words where possible.")),
            ("challenges", self.tr("Challenges"), m.challenges,
             self.tr("What is hard right now – at home, at school or day care, with friends.")),
            ("resources", self.tr("Resources"), m.resources, self.tr("What works – in the child, the family, "
                                                                     "the network.")),
            ("development", self.tr("Development opportunities and needs"), m.development,
             self.tr("What should be different, what the child needs, and what can help the child get there.")),
        )
        for field, title, stored, hint in sections:
            self._add_text("minutes", meeting_id, field, title, stored, hint, lines=4)
        self.discharge_title = None
        if meeting.kind == "discharge":
            self._build_discharge(body, m)

        self.body.addSpacing(6)
        self.body.addWidget(_section_title(self.tr("Agenda"), body))
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(8)
        self.body.addLayout(self.items_box)
        self.items: dict[int, ItemSection] = {}
        self._agenda_signature = None
        self.load_items(meeting, state)

        self.body.addSpacing(6)
        self._build_next_meeting(body, m)
        self._add_text("minutes", meeting_id, "misc", self.tr("Any other business"), m.misc, "", lines=3)
        self.body.addStretch(1)
        self.setWidget(body)
        self.show_meeting(meeting)
        bridge.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------------------------
    def _add_text(self, table, row_id, field, title, stored, hint, lines) -> LiveText:
        label = _section_title(title, self.widget() or self)
        edit = LiveText(self.session, table, row_id, field, stored, self, lines=lines)
        if hint:
            edit.setPlaceholderText(hint)
        label.setBuddy(edit)
        edit.left.connect(self.field_left)
        self.body.addSpacing(4)
        self.body.addWidget(label)
        self.body.addWidget(edit)
        self.texts[(table, row_id, field)] = edit
        return edit

    def _build_discharge(self, body, minutes) -> None:
        """A discharge meeting's own section: who takes over what, the medication and who follows it up
        (BUC ↔ almen praksis, seed 002 trin 4), whom the family calls (seed 004)."""
        self.body.addSpacing(6)
        self.discharge_title = heading(self.tr("Discharge from BUC"), self.widget() or self, level=1)
        self.discharge_title.setObjectName("dischargeTitle")
        self.body.addWidget(self.discharge_title)
        for field, title, hint in (
                ("discharge_handover", self.tr("Who takes over what"),
                 self.tr("e.g. the caseworker takes over the coordination; PPR follows the school")),
                ("discharge_medication", self.tr("Medication: continued and followed up by whom"),
                 self.tr("e.g. BUC and the GP agree that the GP continues the medication and follows up every "
                         "three months")),
                ("discharge_family_contact", self.tr("Whom the family calls"),
                 self.tr("Name and how to reach them – with questions, or if things get worse"))):
            self._add_text("minutes", self.meeting_id, field, title, getattr(minutes, field), hint, lines=3)

    def _build_next_meeting(self, body, minutes) -> None:
        self.body.addWidget(_section_title(self.tr("Next meeting"), body))
        row = QHBoxLayout()
        self.next_date = DateEdit(body)
        self.next_date.setObjectName("next_meeting_date")
        self.next_date.setMaximumWidth(140)
        self.next_time = TimeEdit(body)
        self.next_time.setObjectName("next_meeting_time")
        self.not_agreed = QCheckBox(self.tr("N&ot agreed"), body)
        self.not_agreed.setObjectName("next_meeting_not_agreed")
        date_label = QLabel(self.tr("Date"), body)
        date_label.setBuddy(self.next_date)
        time_label = QLabel(self.tr("at"), body)
        time_label.setBuddy(self.next_time)
        row.addWidget(date_label)
        row.addWidget(self.next_date)
        row.addWidget(time_label)
        row.addWidget(self.next_time)
        row.addSpacing(16)
        row.addWidget(self.not_agreed)
        row.addStretch(1)
        self.body.addLayout(row)
        self.next_problem = _muted(body)
        self.next_problem.hide()
        self.body.addWidget(self.next_problem)

        at = self.session.value("minutes", self.meeting_id, "next_meeting_at",
                                to_utc_iso(minutes.next_meeting_at) if minutes.next_meeting_at else None)
        if at:
            local = to_local(datetime.fromisoformat(at))
            self.next_date.set_value(local.date())
            self.next_time.set_value(local.time().replace(second=0, microsecond=0))
        not_agreed = self.session.value("minutes", self.meeting_id, "next_meeting_not_agreed",
                                        int(minutes.next_meeting_not_agreed))
        self.not_agreed.setChecked(bool(not_agreed))
        self._enable_next()
        self.next_date.committed.connect(lambda _v: self._save_next())
        self.next_time.committed.connect(lambda _v: self._save_next())
        self.not_agreed.toggled.connect(self._not_agreed_toggled)

    def load_items(self, meeting, state) -> None:
        """The agenda items' sections; built again only when the agenda itself changed."""
        names = {i.id: i.name for i in meeting.invitees}
        agenda = sorted(meeting.agenda, key=lambda i: i.position)
        signature = [(i.id, i.title, i.description, i.minutes, i.responsible_id) for i in agenda]
        if signature == self._agenda_signature:
            return
        self._agenda_signature = signature
        current = next((i for i, s in self.items.items() if s.property("current")), None)
        for section in self.items.values():
            self.items_box.removeWidget(section)
            section.deleteLater()
        self.items = {}
        for number, item in enumerate(agenda, start=1):
            section = ItemSection(number, item, names.get(item.responsible_id, ""), state.notes.get(item.id),
                                  self.session, self.widget() or self)
            for edit in (section.discussion, section.internal):
                edit.left.connect(self.field_left)
                self.texts[edit.key] = edit
            self.items_box.addWidget(section)
            self.items[item.id] = section
        if not agenda:
            self.items_box.addWidget(_muted(self.widget() or self, self.tr("The meeting has no agenda items.")))
        self.set_current_item(current)

    # -- what the view asks -----------------------------------------------------------------------------
    def show_agreement_counts(self, agreements) -> None:
        for item_id, section in self.items.items():
            section.show_agreement_count(sum(1 for a in agreements if a.agenda_item_id == item_id))

    def first_field(self) -> LiveText:
        return self.texts[("minutes", self.meeting_id, "child_words")]

    def discussion(self, item_id: int) -> LiveText | None:
        section = self.items.get(item_id)
        return section.discussion if section else None

    def set_current_item(self, item_id: int | None) -> None:
        for some_id, section in self.items.items():
            section.set_current(some_id == item_id)

    def focus_item(self, item_id: int | None) -> None:
        """The cursor to the item's discussion (at its end), or to Next meeting after the last item."""
        if item_id is not None and item_id in self.items:
            edit = self.items[item_id].discussion
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.moveCursor(QTextCursor.MoveOperation.End)
            self.show_later(self.items[item_id])
        else:
            self.next_date.setFocus(Qt.FocusReason.OtherFocusReason)
            self.show_later(self.next_date, 120)

    def show_later(self, widget, margin: int = 8) -> None:
        """Scroll to a widget now and once more when the layout has settled (a view just opened has
        not laid out its sections yet)."""
        self.ensureWidgetVisible(widget, 0, margin)
        QTimer.singleShot(0, widget, lambda: self.ensureWidgetVisible(widget, 0, margin))

    def show_meeting(self, meeting) -> None:
        self.purpose.setText(meeting.purpose.strip() or self.tr("No purpose was written in the invitation."))
        # One line per person: who they are here as, and whether they came. Those present first.
        order = {"in_room": 0, "online": 0, "": 1, "absent": 2, "declined": 2}
        lines = []
        for invitee in sorted(meeting.invitees, key=lambda i: order.get(i.attendance, 1)):
            came = word(invitee.attendance).lower() if invitee.attendance else self.tr("not marked")
            lines.append(f"{invitee.name} – {role_line(invitee, self.role_labels)}  ({came})")
        self.participants.setText("\n".join(lines) or self.tr("No participants."))

    def set_editable(self, editable: bool) -> None:
        """After the meeting the texts can still be corrected until sign-off; the date stays as agreed."""
        for widget in (self.next_date, self.next_time, self.not_agreed):
            widget.setEnabled(editable)
        if editable:
            self._enable_next()

    # -- next meeting ------------------------------------------------------------------------------------
    def _save_next(self) -> None:
        try:
            day, at = self.next_date.value(), self.next_time.value()
        except Refusal:
            return  # the field marks itself; what was typed stays
        if day is not None and at is None:
            self._show_next_problem(self.tr("Add the time too."))
            return
        if day is None and at is not None:
            self._show_next_problem(self.tr("Add the date too."))
            return
        self._show_next_problem("")
        value = to_utc_iso(datetime.combine(day, at, tzinfo=TZ)) if day is not None else None
        self.session.type("minutes", self.meeting_id, "next_meeting_at", value)

    def _show_next_problem(self, text: str) -> None:
        self.next_problem.setText(text)
        self.next_problem.setVisible(bool(text))

    def _not_agreed_toggled(self, checked: bool) -> None:
        self.session.type("minutes", self.meeting_id, "next_meeting_not_agreed", int(checked))
        # "Not agreed" wins over a date – but the date typed stays in the fields, should they change their minds.
        self.session.type("minutes", self.meeting_id, "next_meeting_at", None)
        self._enable_next()
        if not checked:
            self._save_next()

    def _enable_next(self) -> None:
        free = not self.not_agreed.isChecked()
        self.next_date.setEnabled(free)
        self.next_time.setEnabled(free)

    # -- refreshing ---------------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if touches(changes, {"invitees", "meetings", "agenda_items"}, self.case_id):
            try:
                meeting = self.store.meetings.get(self.meeting_id)
            except KeyError:
                return
            self.show_meeting(meeting)
            if touches(changes, {"agenda_items"}, self.case_id):
                self.load_items(meeting, self.store.live.state(self.meeting_id))


def _role_labels() -> dict[str, str]:
    try:
        return {key: role.label for key, role in load_roles().items()}
    except (OSError, ValueError):
        return {}
