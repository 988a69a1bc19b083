"""Netværksmøde: one meeting in four steps – why and when, purpose and agenda, invitees, send and answers.

The view is only the frame: a header with the child, the state and the time, and the sections as
tabs (Alt+1 … Alt+4, or Ctrl+Tab). Each section saves its own fields and refreshes itself.
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kitdesk.domain import dates
from kitdesk.domain.refusal import Refusal
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.refusals import NotReady, refusal_text
from kitdesk.ui.undo import record
from kitdesk.ui.widgets import Banner, heading

# (module, class) of each section, in the order a meeting is prepared.
SECTIONS = (
    ("kitdesk.ui.meeting_when", "WhenSection"),
    ("kitdesk.ui.meeting_agenda", "AgendaSection"),
    ("kitdesk.ui.meeting_invitees", "InviteesSection"),
    ("kitdesk.ui.meeting_send", "SendSection"),
)


def describe_when(meeting) -> str:
    """"23.11.2026 kl. 9.00–10.30", or "" without a time."""
    if meeting.starts_at is None:
        return ""
    start = dates.to_local(meeting.starts_at)
    text = f"{dates.fmt_date(start)} kl. {start.hour}.{start.minute:02d}"
    if meeting.ends_at is not None:
        end = dates.to_local(meeting.ends_at)
        text += f"–{end.hour}.{end.minute:02d}"
    return text


def _show(banner, text: str, kind: str = "warning") -> None:
    """Banner.show_message, and its padding applied: a re-polished label keeps its old margins until
    its style sheet is set again (so a banner shown after start-up would be cramped)."""
    banner.show_message(text, kind)
    banner.setStyleSheet(banner.styleSheet())


class MeetingView(QWidget):
    title_changed = Signal(str)
    start_requested = Signal(int)  # the meeting was started (or is running): the main window opens it live
    open_requested = Signal(int)  # another meeting to show (one planned from this cancelled one)

    def __init__(self, store, bridge, meeting_id: int, parent=None):
        super().__init__(parent)
        self.store = store
        self.meeting_id = meeting_id
        meeting = store.meetings.get(meeting_id)
        self.case_id = meeting.case_id
        self.undo_stack = QUndoStack(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        top = QHBoxLayout()
        self.title = heading("", self)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setProperty("kind", "info")
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("muted", True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.state)
        top.addSpacing(12)
        top.addWidget(self.subtitle, 1)
        self.start_button = QPushButton(self.tr("Start meetin&g"), self)
        self.start_button.setProperty("primary", True)
        self.start_button.setAutoDefault(False)
        self.start_button.setToolTip(self.tr("Open the meeting: attendance, the agenda with a clock, and the "
                                             "minutes, saved as you type"))
        self.start_button.clicked.connect(self.start_meeting)
        top.addWidget(self.start_button)
        self.plan_again_button = QPushButton(self.tr("&Plan a new meeting from this one"), self)
        self.plan_again_button.setProperty("primary", True)
        self.plan_again_button.setAutoDefault(False)
        self.plan_again_button.setToolTip(self.tr("A new draft with the same purpose, agenda, place and invitees – "
                                                  "choose a new time and send it"))
        self.plan_again_button.clicked.connect(self.plan_again)
        top.addWidget(self.plan_again_button)
        layout.addLayout(top)
        self.notice = Banner(self)
        layout.addWidget(self.notice)

        self.tabs = QTabWidget(self)
        titles = (self.tr("&1  Why and when"), self.tr("&2  Purpose and agenda"), self.tr("&3  Invitees"),
                  self.tr("&4  Send and answers"))
        self.sections: list[QWidget] = []
        for (module, name), title in zip(SECTIONS, titles, strict=True):
            section = self._make_section(module, name, store, bridge)
            self.sections.append(section)
            self.tabs.addTab(section, title)
        self.when, self.agenda = self.sections[0], self.sections[1]
        self.invitees, self.send = self.sections[2], self.sections[3]
        layout.addWidget(self.tabs, 1)
        self._current = 0
        self.tabs.currentChanged.connect(self._section_changed)
        bridge.changed.connect(self._on_changed)
        self.refresh_header()

    def _make_section(self, module: str, name: str, store, bridge) -> QWidget:
        # Each section is imported when its meeting view is first built, not at start-up.
        cls = getattr(importlib.import_module(module), name)
        return cls(store, bridge, self.meeting_id, self.undo_stack, parent=self)

    def tab_title(self) -> str:
        name = self.store.cases.get(self.case_id).child_name
        return self.tr("Meeting: %1").replace("%1", name) if name else self.tr("Network meeting")

    def refresh_header(self) -> None:
        meeting = self.store.meetings.get(self.meeting_id)
        case = self.store.cases.get(self.case_id)
        self.title.setText(case.child_name)
        self.state.setText(labels.label(labels.MEETING_STATES, meeting.state))
        self.start_button.setVisible(meeting.state in ("invited", "running"))
        self.plan_again_button.setVisible(meeting.state == "cancelled")
        self.start_button.setText(self.tr("Start meetin&g") if meeting.state == "invited"
                                  else self.tr("&Go to the meeting"))
        parts = [self.tr("Network meeting")]
        when = describe_when(meeting)
        parts.append(when or self.tr("no time yet"))
        parts.append(labels.label(labels.MEETING_FORMS, meeting.form))
        self.subtitle.setText("  ·  ".join(parts))
        if meeting.state == "cancelled":
            text = self.tr("This meeting is cancelled and can no longer be changed.")
            if meeting.cancel_reason:
                text += " " + self.tr("Reason: %1").replace("%1", meeting.cancel_reason)
            _show(self.notice, text, "info")
        elif meeting.state in ("held", "signed"):
            _show(self.notice, self.tr("This meeting has been held. Its time, place and agenda can no "
                                             "longer be changed."), "info")
        else:
            _show(self.notice, "")
        self.title_changed.emit(self.tab_title())

    def start_meeting(self) -> None:
        """Start mødet: invited → running, then the live view opens (the main window does that)."""
        self.commit_pending()
        meeting = self.store.meetings.get(self.meeting_id)
        if meeting.state == "invited":
            day = meeting.starts_at and dates.to_local(meeting.starts_at).date()
            if day and day != dates.local_today() and QMessageBox.question(
                    self, self.tr("Start meeting"),
                    self.tr("This meeting is planned for %1. Start it now?").replace("%1", dates.fmt_date(day))
            ) != QMessageBox.StandardButton.Yes:
                return
            try:
                self.store.live.start(self.meeting_id)
            except Refusal as exc:
                QMessageBox.warning(self, self.tr("Start meeting"), refusal_text(exc))
                return
        self.start_requested.emit(self.meeting_id)

    def plan_again(self) -> int | None:
        """"Planlæg nyt møde ud fra dette": a new draft, opened in its own tab at Why and when."""
        new_id = self.store.meetings.plan_again(self.meeting_id, dates.local_today())  # offered when cancelled
        record(self.undo_stack, self.store, self.tr("Plan a new meeting"))
        self.open_requested.emit(new_id)
        return new_id

    def printable(self) -> tuple[str, bytes]:
        """Filer → Udskriv: the invitation letter as it is sent (the cancellation, for a cancelled meeting).
        Raises NotReady with the user's message while the meeting has no time."""
        from kitdesk.domain.meeting import Organiser
        from kitdesk.export.invitation_pdf import build_invitation_pdf

        self.commit_pending()
        meeting = self.store.meetings.get(self.meeting_id)
        if meeting.starts_at is None or meeting.ends_at is None:
            raise NotReady(self.tr("Choose the meeting's date and time first: the invitation is printed with them."))
        kind = "cancel" if meeting.state == "cancelled" else "request"
        organiser = Organiser.from_settings(self.store.settings.all())
        data = build_invitation_pdf(meeting, self.store.cases.get(self.case_id).child_name, organiser, kind)
        return self.tr("Invitation"), data

    def record_printed(self) -> None:
        self.store.access_log.record_meeting("invitation_exported", self.meeting_id, "print")

    def show_section(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def go_to_field(self, section: str, field: str) -> None:
        """Show a section ("when", "agenda", "invitees", "send") with the cursor in one of its fields –
        where a line of the send checklist is put right."""
        index = ("when", "agenda", "invitees", "send").index(section)
        self.show_section(index)
        target = self.sections[index]
        if field == "gp_spoken_to":  # the GP's tick is on the GP's line: select it first
            gp = next((i for i in self.store.meetings.get(self.meeting_id).invitees
                       if i.sector == "gp" and not i.gp_spoken_to), None)
            if gp is not None:
                target.select_invitee(gp.id)
        if field == "virtual_asked":
            target = target.checklist
        widget = getattr(target, field, None)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _section_changed(self, index: int) -> None:
        # What was typed in the section just left is saved before the next one reads the meeting
        # (the send checklist must see the purpose just written).
        if 0 <= self._current < len(self.sections):
            self.sections[self._current].commit_pending()
        self._current = index

    def commit_pending(self) -> None:
        for section in self.sections:
            section.commit_pending()

    def _on_changed(self, changes) -> None:
        if any(c.entity == "meetings" and c.id == self.meeting_id for c in changes) \
                or touches(changes, {"cases"}, self.case_id):
            try:
                self.refresh_header()
            except KeyError:  # the draft was deleted; the main window closes the tab
                pass
