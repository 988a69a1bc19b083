"""Why and when: who asked for the meeting, the five-working-day deadline, the time and the place.

Every field is saved when it is left (one store transaction, one undo step). A time that cannot be
a meeting is refused next to the field and not saved, but what was typed stays.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain import dates
from kitdesk.domain.meeting import VIRTUAL_FORMS, meeting_deadline
from kitdesk.domain.refusal import Refusal
from kitdesk.domain.workdays import deadline_status_text
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.note_edit import NoteEdit
from kitdesk.ui.time_edit import TimeEdit
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit, restyle

READ_ONLY_STATES = ("held", "signed", "cancelled")
PLACE_FORMS = ("physical", "hybrid")
LINK_FORMS = ("video", "hybrid")
PHONE_FORMS = ("phone",)
MAX_HOURS = 12


def _muted(parent) -> QLabel:
    label = QLabel(parent)
    label.setProperty("muted", True)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WhenSection(QWidget):
    def __init__(self, store, bridge, meeting_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack = store, meeting_id, undo_stack
        self.meeting = store.meetings.get(meeting_id)
        self._loading = False
        # True while the date/time fields hold something not saved (incomplete or refused):
        # a reload must not overwrite what the user typed.
        self._time_unsaved = False
        self._build()
        self.load()
        bridge.changed.connect(self._on_changed)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 12, 4, 4)
        outer.setSpacing(10)
        self.update_banner = Banner(self)
        outer.addWidget(self.update_banner)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        outer.addLayout(grid, 1)

        why = QGroupBox(self.tr("Why"), self)
        self.why_form = form = QFormLayout(why)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.requested_by = CodeCombo(labels.items(labels.REQUESTERS), why)
        self.requested_by.currentIndexChanged.connect(self._requester_changed)
        form.addRow(self.tr("&Asked for by"), self.requested_by)
        self.request_note = NoteEdit(why, lines=4)
        self.request_note.setPlaceholderText(self.tr(
            "Required: a short note of your talk with the family or the young person about why they want "
            "a meeting."))
        self.request_note.editingFinished.connect(
            lambda: self._save_note(self.request_note, "request_note", self.tr("Change the note on the request")))
        form.addRow(self.tr("Talk with the famil&y"), self.request_note)
        self.requested_on = DateEdit(why, required=True)
        self.requested_on.setMaximumWidth(130)
        self.requested_on.committed.connect(self._requested_on_changed)
        form.addRow(self.tr("As&ked on"), self.requested_on)
        self.deadline = QLabel(why)
        self.deadline.setTextFormat(Qt.TextFormat.PlainText)
        self.deadline.setWordWrap(True)
        form.addRow(self.tr("Deadline"), self.deadline)
        hint = _muted(why)
        hint.setText(self.tr("As a rule, the parties find a time and place within five working days of the "
                             "request. Weekends, public holidays and the closed days in the settings are "
                             "not counted."))
        form.addRow("", hint)
        grid.addWidget(why, 0, 0)

        when = QGroupBox(self.tr("When and where"), self)
        self.when_form = wform = QFormLayout(when)
        wform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.date = DateEdit(when)
        self.date.setMaximumWidth(130)
        self.start = TimeEdit(when)
        self.end = TimeEdit(when)
        self.end.setPlaceholderText(self.tr("e.g. 10.30"))
        self.length = _muted(when)
        row.addWidget(self.date)
        self.from_label = QLabel(self.tr("fro&m"), when)
        self.from_label.setBuddy(self.start)
        row.addSpacing(6)
        row.addWidget(self.from_label)
        row.addWidget(self.start)
        self.to_label = QLabel(self.tr("&to"), when)
        self.to_label.setBuddy(self.end)
        row.addWidget(self.to_label)
        row.addWidget(self.end)
        row.addWidget(self.length, 1)
        date_label = QLabel(self.tr("&Date"), when)
        date_label.setBuddy(self.date)
        wform.addRow(date_label, row)
        for edit in (self.date, self.start, self.end):
            edit.editingFinished.connect(self._save_time)

        self.form = CodeCombo(labels.items(labels.MEETING_FORMS), when)
        self.form.currentIndexChanged.connect(self._form_changed)
        wform.addRow(self.tr("Meeting f&orm"), self.form)
        self.place = self._line(wform, self.tr("Address or &room"), "place", 300,
                                self.tr("e.g. Skolevej 4, 8000 Aarhus C – meeting room 2"))
        self.video_link = self._line(wform, self.tr("V&ideo link"), "video_link", 1000,
                                     self.tr("The link the participants click to join"))
        self.phone = self._line(wform, self.tr("&Phone number"), "phone", 40,
                                self.tr("The number the participants call"))
        self._build_kit_rows()

        # What appears and goes as the time is typed comes after the last field: above the meeting
        # form it would push the fields down just as the user reaches for them.
        self.time_message = _muted(when)
        self.time_message.hide()
        wform.addRow("", self.time_message)
        self.within = QLabel(when)
        self.within.setTextFormat(Qt.TextFormat.PlainText)
        self.within.setWordWrap(True)
        # A quiet confirmation, not a box: the boxes are kept for what needs doing.
        self.within.setStyleSheet("color: #1d5e34;")
        self.within.hide()
        wform.addRow("", self.within)
        self.late_banner = Banner(when)
        wform.addRow(self.late_banner)
        self.late_reason = NoteEdit(when, lines=2)
        self.late_reason.setPlaceholderText(self.tr("Required: why the meeting is after the deadline."))
        self.late_reason.editingFinished.connect(
            lambda: self._save_note(self.late_reason, "late_reason", self.tr("Change why the meeting is late")))
        wform.addRow(self.tr("Reason for the de&lay"), self.late_reason)
        grid.addWidget(when, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)

        self.setTabOrder(self.requested_by, self.request_note)
        self.setTabOrder(self.request_note, self.requested_on)
        self.setTabOrder(self.requested_on, self.date)
        self.setTabOrder(self.date, self.start)
        self.setTabOrder(self.start, self.end)
        self.setTabOrder(self.end, self.form)
        self.setTabOrder(self.form, self.place)
        self.setTabOrder(self.place, self.video_link)
        self.setTabOrder(self.video_link, self.phone)
        self.setTabOrder(self.phone, self.late_reason)

    def _line(self, form: QFormLayout, label: str, field: str, limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(limit)
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._save_line(edit, field, label))
        form.addRow(label, edit)
        return edit

    # -- load -----------------------------------------------------------------------------------------
    def load(self) -> None:
        self.meeting = meeting = self.store.meetings.get(self.meeting_id)
        self._loading = True
        try:
            self.requested_by.set_code(meeting.requested_by)
            self.request_note.set_text(meeting.request_note)
            # A refused date stays as typed (marked) rather than being replaced by the stored one.
            if not (self.requested_on.hasFocus() and self.requested_on.isModified()) \
                    and not self.requested_on.property("invalid"):
                self.requested_on.set_value(meeting.requested_on)
            if not self._time_unsaved:
                start = dates.to_local(meeting.starts_at) if meeting.starts_at else None
                end = dates.to_local(meeting.ends_at) if meeting.ends_at else None
                self.date.set_value(start.date() if start else None)
                self.start.set_value(start.time() if start else None)
                self.end.set_value(end.time() if end else None)
                self._show_time_message(self.tr("Remember to enter when the meeting ends.")
                                        if start is not None and end is None else "")
            self.late_reason.set_text(meeting.late_reason)
            self.form.set_code(meeting.form)
            for edit, value in ((self.place, meeting.place), (self.video_link, meeting.video_link),
                                (self.phone, meeting.phone)):
                if not (edit.hasFocus() and edit.isModified()):
                    edit.setText(value)
                    edit.setModified(False)
        finally:
            self._loading = False
        self._load_kit_rows(meeting)
        self._show_form_fields()
        self._show_request_note()
        self._show_deadline()
        self._show_length()
        self._set_read_only(meeting.state in READ_ONLY_STATES)
        pending = meeting.state == "invited" and self.store.meetings.update_pending(self.meeting_id)
        self.update_banner.show_message(self.tr(
            "The time or place has changed since the invitation was sent. The invitation must be sent again "
            "as an update (see Send and answers).") if pending else "")

    def _set_read_only(self, read_only: bool) -> None:
        for edit in (self.request_note, self.requested_on, self.date, self.start, self.end, self.late_reason,
                     self.place, self.video_link, self.phone):
            edit.setReadOnly(read_only)
        for combo in (self.requested_by, self.form, self.virtual_asked, self.discharge):
            combo.setEnabled(not read_only)

    # -- what is shown depends on the values ------------------------------------------------------------
    def _show_request_note(self) -> None:
        family = self.requested_by.code() == "family"
        self.why_form.setRowVisible(self.request_note, family)
        missing = family and not self.request_note.text().strip()
        self.request_note.mark_invalid(missing, self.tr("Required when the family asked for the meeting."))

    def _show_form_fields(self) -> None:
        code = self.form.code()
        self.when_form.setRowVisible(self.place, code in PLACE_FORMS)
        self.when_form.setRowVisible(self.video_link, code in LINK_FORMS)
        self.when_form.setRowVisible(self.phone, code in PHONE_FORMS)
        self.when_form.setRowVisible(self.virtual_asked, code in VIRTUAL_FORMS)
        self.virtual_asked.setText(self.tr("The child/young person and the family &agreed to a meeting by telephone")
                                   if code == "phone" else
                                   self.tr("The child/young person and the family &agreed to a virtual meeting"))

    def deadline_date(self):
        try:
            requested = self.requested_on.value()
        except Refusal:
            requested = self.meeting.requested_on
        return meeting_deadline(requested, self.store.settings.extra_closed_days())

    def meeting_day(self):
        """The meeting's date as typed now, or as stored when the field holds something else."""
        try:
            return self.date.value()
        except Refusal:
            return dates.to_local(self.meeting.starts_at).date() if self.meeting.starts_at else None

    def _show_deadline(self) -> None:
        deadline = self.deadline_date()
        if deadline is None:
            self.deadline.setText(self.tr("Enter the date of the request to see the deadline."))
        else:
            text = dates.fmt_date(deadline)
            if self.meeting.state not in READ_ONLY_STATES:  # a countdown means nothing once it is over
                status = deadline_status_text(dates.local_today(), deadline, self.store.settings.extra_closed_days())
                text += f"  ·  {status}"
            self.deadline.setText(text)
        day = self.meeting_day()
        late = deadline is not None and day is not None and day > deadline
        if late:
            self.late_banner.show_message(self.tr(
                "The meeting is after the deadline of five working days (%1). Please write why below.")
                .replace("%1", dates.fmt_date(deadline)))
        else:
            self.late_banner.show_message("")
        self.when_form.setRowVisible(self.late_reason, late)
        self.late_reason.mark_invalid(late and not self.late_reason.text().strip(),
                                      self.tr("Required when the meeting is after the deadline."))
        within = deadline is not None and day is not None and not late
        self.within.setText("✓ " + self.tr("The meeting is within the deadline.") if within else "")
        self.within.setVisible(within)

    def _show_length(self) -> None:
        try:
            start, end = self.start.value(), self.end.value()
        except Refusal:
            start = end = None
        if start is None or end is None or end <= start:
            self.length.setText("")
            return
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        hours, rest = divmod(minutes, 60)
        if hours and rest:
            text = self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
        elif hours:
            text = self.tr("%1 h").replace("%1", str(hours))
        else:
            text = self.tr("%1 min").replace("%1", str(rest))
        self.length.setText(text)

    def _show_time_message(self, text: str, error: bool = False) -> None:
        self.time_message.setText(text)
        self.time_message.setProperty("kind", "warning" if error else "")
        self.time_message.setProperty("muted", not error)
        restyle(self.time_message)
        self.time_message.setVisible(bool(text))

    # -- saving -----------------------------------------------------------------------------------------
    def _save(self, changes: dict, text: str) -> bool:
        if self._loading:
            return False
        return write(self, self.undo_stack, self.store, lambda: self.store.meetings.update(self.meeting_id, changes),
                     text, title=self.tr("Network meeting"))

    def _requester_changed(self, _index: int) -> None:
        self._show_request_note()
        if not self._loading:
            self._save({"requested_by": self.requested_by.code()}, self.tr("Change who asked for the meeting"))

    def _requested_on_changed(self, value) -> None:
        self._show_deadline()
        if value is not None:
            self._save({"requested_on": value}, self.tr("Change the date of the request"))

    def _save_note(self, edit: NoteEdit, field: str, text: str) -> None:
        if edit.isReadOnly() or not edit.isModified():
            return
        edit.setModified(False)
        self._show_request_note()
        self._show_deadline()
        self._save({field: edit.text().strip()}, text)

    def _save_line(self, edit: QLineEdit, field: str, label: str) -> None:
        if edit.isReadOnly() or not edit.isModified():
            return
        edit.setModified(False)
        self._save({field: edit.text().strip()}, self.tr("Change %1").replace("%1", label.replace("&", "").lower()))

    def _form_changed(self, _index: int) -> None:
        self._show_form_fields()
        if not self._loading:
            self._save({"form": self.form.code()}, self.tr("Change the meeting form"))

    def _save_time(self) -> None:
        """Date, start and end are saved together, and only when they make a meeting."""
        if self._loading or self.date.isReadOnly():
            return
        self._show_length()
        self._show_deadline()
        if not all(edit.is_valid() for edit in (self.date, self.start, self.end)):
            self._time_unsaved = True
            self._show_time_message("")  # each field shows its own problem
            return
        day, start, end = self.date.value(), self.start.value(), self.end.value()
        self.end.mark_error("")
        if day is None and start is None and end is None:
            self._time_unsaved = False
            self._show_time_message("")
            self._write_time(None, None)
            return
        if day is None or start is None:
            self._time_unsaved = True
            self._show_time_message(self.tr("The time is saved when both the date and the start time are filled in."))
            return
        starts_at = datetime.combine(day, start, tzinfo=dates.TZ)
        ends_at = datetime.combine(day, end, tzinfo=dates.TZ) if end is not None else None
        problem = ""
        if ends_at is not None and ends_at <= starts_at:
            problem = self.tr("The meeting must end after it starts. Nothing is saved until the end time is "
                              "after the start time.")
        elif ends_at is not None and ends_at - starts_at > timedelta(hours=MAX_HOURS):
            problem = self.tr("A network meeting cannot last more than 12 hours. Check the times.")
        if problem:
            self._time_unsaved = True
            self.end.mark_error(problem)
            self._show_time_message(problem, error=True)
            return
        self._time_unsaved = False
        self._show_time_message("" if end is not None else self.tr("Remember to enter when the meeting ends."))
        self._write_time(starts_at, ends_at)

    def _write_time(self, starts_at, ends_at) -> None:
        stored = (self.meeting.starts_at, self.meeting.ends_at)
        if stored == (starts_at, ends_at):
            return
        self._save({"starts_at": starts_at, "ends_at": ends_at}, self.tr("Change the time of the meeting"))

    def commit_pending(self) -> None:
        if self.date.isReadOnly():
            return
        for edit in (self.request_note, self.late_reason, self.place, self.video_link, self.phone):
            if edit.isModified():
                edit.editingFinished.emit()
        self.requested_on.editingFinished.emit()
        for edit in (self.date, self.start, self.end):
            if edit.isModified():
                edit.setModified(False)
                self._save_time()
                break

    # -- closer to KIT: the family's say on a virtual meeting, and a discharge meeting -----------------
    def _build_kit_rows(self) -> None:
        """Seed 002: the one who invites decides with the child and the family whether the meeting can be
        virtual – telephone too. Seed 004: a discharge meeting gets a section of its own in the minutes."""
        self.virtual_asked = QCheckBox(self)
        self.virtual_asked.clicked.connect(lambda on: self._save(
            {"virtual_asked": on}, self.tr("Mark that the family was asked about a virtual meeting")))
        self.when_form.addRow("", self.virtual_asked)
        self.discharge = QCheckBox(self.tr("&Discharge meeting – discharge from BUC"), self)
        self.discharge.setToolTip(self.tr("The minutes and the plan get a section of their own: who takes over what, "
                                          "the medication and who follows it up, and whom the family calls."))
        self.discharge.clicked.connect(lambda on: self._save(
            {"kind": "discharge" if on else "ordinary"}, self.tr("Change whether the meeting is about discharge")))
        self.why_form.addRow("", self.discharge)

    def _load_kit_rows(self, meeting) -> None:
        self.virtual_asked.setChecked(meeting.virtual_asked)
        self.discharge.setChecked(meeting.kind == "discharge")

    def _on_changed(self, changes) -> None:
        if any(c.entity == "meetings" and c.id == self.meeting_id for c in changes) \
                or touches(changes, {"settings"}):
            try:
                self.load()
            except KeyError:  # the draft was deleted; the view closes itself
                pass
