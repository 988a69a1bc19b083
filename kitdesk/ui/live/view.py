"""The running meeting: attendance and the agenda's clock on the left, the minutes in the centre.

What is typed goes through one LiveSession (kitdesk/ui/live/session.py) and is on disk within a
second; structural changes (attendance, walk-ins, agreements, follow-up) are store changes with undo.
The hosted panels – agreements, follow-up, the shared screen – listen to the same session.

While saving fails (a full disk, say) the red line says so, typing goes on, and the words are saved
as soon as they can be; closing the tab or the window first asks the user (kitdesk/ui/live/save_state.py).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.minutes import end_problems
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.live.agenda_timer import AgendaTimer
from kitdesk.ui.live.agreements import AgreementsPanel
from kitdesk.ui.live.attendance import AttendancePanel
from kitdesk.ui.live.elided_label import ElidedLabel
from kitdesk.ui.live.end_dialog import EndMeetingDialog
from kitdesk.ui.live.followup import FollowUpPanel
from kitdesk.ui.live.minutes_form import MinutesForm
from kitdesk.ui.live.presentation import PresentationWindow
from kitdesk.ui.live.public_session import PublicSession
from kitdesk.ui.live.save_state import SaveBanner, confirm_close, refuse_while_unsaved
from kitdesk.ui.live.session import LiveSession
from kitdesk.ui.live.style import LIVE_STYLE
from kitdesk.ui.meeting_view import describe_when
from kitdesk.ui.refusals import refusal_text, said
from kitdesk.ui.widgets import Banner, heading, restyle, shortcut

NEXT_ITEM_KEYS = "Ctrl+Shift+N"
LEFT_WIDTH = 372
MINUTES_TAB, AGREEMENTS_TAB, FOLLOW_UP_TAB = 0, 1, 2


class LiveMeetingView(QWidget):
    title_changed = Signal(str)
    review_requested = Signal(int)  # "Gennemgå planen" after the meeting: the meeting id
    is_live = True  # the main window tells this tab from the meeting's preparation tab by it

    def __init__(self, store, bridge, meeting_id: int, parent=None, *, connect=None):
        """`connect`: how the minutes writer opens its connection (tests: a page limit, a full disk)."""
        super().__init__(parent)
        self.store, self.bridge, self.meeting_id = store, bridge, meeting_id
        meeting = store.meetings.get(meeting_id)
        self.case_id = meeting.case_id
        self.state = meeting.state
        self.undo_stack = QUndoStack(self)
        self.session = LiveSession(store, meeting_id, self, connect=connect)
        self.presentation = None
        self._end_dialog = None
        self._closed = False
        self.setStyleSheet(LIVE_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(self._build_header())
        self.save_failed = SaveBanner(self.session, self.save_status, self)
        layout.addWidget(self.save_failed)
        self.notice = Banner(self)
        layout.addWidget(self.notice)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_left())
        splitter.addWidget(self._build_centre())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LEFT_WIDTH, 1000])
        layout.addWidget(splitter, 1)
        self.splitter = splitter

        self.agenda.used_changed.connect(
            lambda item_id, seconds: self.session.type("item_notes", item_id, "used_seconds", seconds))
        self.agenda.item_chosen.connect(self.go_to_item)
        self.minutes.field_left.connect(self._field_left)
        shortcut(NEXT_ITEM_KEYS, self, self.next_item)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            # The agreements panel has its own Ctrl+Enter; from the minutes and the agenda it works too.
            for widget in (self.minutes, self.left):
                shortcut(keys, widget, self.add_agreement)
        bridge.changed.connect(self._on_changed)
        self.minutes.show_agreement_counts(store.live.agreements(meeting_id))

        self.current_item_id = store.live.current_item(meeting_id)
        self.agenda.set_current(self.current_item_id)
        self.minutes.set_current_item(self.current_item_id)
        self.refresh_header()
        self._apply_state()

    # -- building -------------------------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        top = QHBoxLayout()
        self.title = heading("", self)
        self.state_chip = QLabel(self)
        self.state_chip.setObjectName("stateChip")
        self.subtitle = ElidedLabel(self)
        self.subtitle.setProperty("muted", True)
        self.save_status = QLabel(self.tr("Everything you type is saved by itself"), self)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        self.share_button = QPushButton(self.tr("Share s&creen"), self)
        self.share_button.setToolTip(self.tr("Open a second window in large type for the screen you share: the "
                                             "current item and the agreements. Internal notes are never shown."))
        self.share_button.setAutoDefault(False)
        self.share_button.clicked.connect(self.share_screen)
        self.end_button = QPushButton(self.tr("End meetin&g…"), self)
        self.end_button.setAutoDefault(False)
        self.end_button.clicked.connect(self.request_end)
        self.review_button = QPushButton(self.tr("&Review and sign off the plan"), self)
        self.review_button.setProperty("primary", True)
        self.review_button.setAutoDefault(False)
        self.review_button.setToolTip(self.tr("The minutes beside the PDF that will be sent, the approvals and "
                                              "the sign-off"))
        self.review_button.clicked.connect(self.request_review)
        top.addWidget(self.title)
        top.addSpacing(10)
        top.addWidget(self.state_chip)
        top.addSpacing(10)
        top.addWidget(self.subtitle, 1)
        top.addWidget(self.save_status)
        top.addSpacing(12)
        top.addWidget(self.share_button)
        top.addWidget(self.end_button)
        top.addWidget(self.review_button)
        box.addLayout(top)
        self.reminder = QLabel(self.tr("No decisions on municipal interventions are taken at a network meeting. "
                                       "The meeting makes agreements."), self)
        self.reminder.setObjectName("reminder")
        self.reminder.setWordWrap(True)
        box.addWidget(self.reminder)
        return box

    def _build_left(self) -> QWidget:
        left = QWidget(self)
        self.left = left
        left.setMinimumWidth(290)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 4, 8, 0)
        column.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Agenda"), left, level=2))
        top.addStretch(1)
        column.addLayout(top)
        self.next_button = QPushButton(self.tr("Ne&xt item  (%1)").replace(
            "%1", QKeySequence(NEXT_ITEM_KEYS).toString(QKeySequence.SequenceFormat.NativeText)), left)
        self.next_button.setProperty("primary", True)
        self.next_button.setAutoDefault(False)
        self.next_button.setToolTip(self.tr("Close this item and move to the next; the cursor goes to its discussion"))
        self.next_button.clicked.connect(self.next_item)
        column.addWidget(self.next_button)
        meeting = self.store.meetings.get(self.meeting_id)
        state = self.store.live.state(self.meeting_id)
        self.agenda = AgendaTimer(left)
        self.agenda.set_items(meeting.agenda, {i: n.used_seconds for i, n in state.notes.items()})
        column.addWidget(self.agenda)
        line = QFrame(left)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #dde3ec;")
        column.addWidget(line)
        self.attendance = AttendancePanel(self.store, self.bridge, self.meeting_id, self.undo_stack, left,
                                          before_write=self.settle)
        scroll = QScrollArea(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.attendance)
        column.addWidget(scroll, 1)
        return left

    def _build_centre(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.minutes = MinutesForm(self.store, self.bridge, self.session, self.meeting_id, self)
        self.tabs.addTab(self.minutes, self.tr("&1  Minutes"))
        args = (self.store, self.bridge, self.session, self.undo_stack)
        self.agreements = AgreementsPanel(*args, parent=self)
        self.tabs.addTab(self.agreements, self.tr("&2  Agreements"))
        self.follow_up = FollowUpPanel(*args, parent=self)
        self.tabs.addTab(self.follow_up, self.tr("&3  Follow-up"))
        self.agreements.agreements_changed.connect(self._count_agreements)
        self.follow_up.followed_up.connect(self._count_follow_up)
        state = self.store.live.state(self.meeting_id)
        self._count_agreements(sum(1 for a in state.agreements if a.what.strip()))
        self._count_follow_up(sum(1 for a in state.earlier if a.status != "open"), len(state.earlier))
        return self.tabs

    # -- the header -----------------------------------------------------------------------------------
    def tab_title(self) -> str:
        name = self.store.cases.get(self.case_id).child_name
        if self.state == "running":
            return self.tr("In progress: %1").replace("%1", name)
        return self.tr("Minutes: %1").replace("%1", name)

    def refresh_header(self) -> None:
        meeting = self.store.meetings.get(self.meeting_id)
        self.state = meeting.state
        self.title.setText(self.store.cases.get(self.case_id).child_name)
        self.state_chip.setText(labels.label(labels.MEETING_STATES, meeting.state))
        restyle(self.state_chip, held=meeting.state != "running")
        parts = [self.tr("Network meeting"), describe_when(meeting) or self.tr("no time set")]
        place = meeting.place.strip() if meeting.form in ("physical", "hybrid") else ""
        parts.append(place or labels.label(labels.MEETING_FORMS, meeting.form))
        self.subtitle.set_full_text("  ·  ".join(parts))
        self.title_changed.emit(self.tab_title())

    def _count_agreements(self, count: int) -> None:
        self.tabs.setTabText(AGREEMENTS_TAB, self.tr("&2  Agreements (%1)").replace("%1", str(count)))

    def _count_follow_up(self, done: int, total: int) -> None:
        text = self.tr("&3  Follow-up (%1 of %2)").replace("%1", str(done)).replace("%2", str(total)) \
            if total else self.tr("&3  Follow-up")
        self.tabs.setTabText(FOLLOW_UP_TAB, text)

    # -- the agenda -----------------------------------------------------------------------------------
    def next_item(self) -> None:
        """Næste punkt: the clock moves on, and so does the cursor – to the next item's discussion."""
        if self.state != "running":
            return
        ids = self.agenda.item_ids()
        if self.current_item_id not in ids:
            return
        index = ids.index(self.current_item_id) + 1
        self.go_to_item(ids[index] if index < len(ids) else None)

    def go_to_item(self, item_id: int | None) -> None:
        if self.state != "running":
            self.minutes.focus_item(item_id)
            self.tabs.setCurrentIndex(MINUTES_TAB)
            return
        if item_id != self.current_item_id:
            self.agenda.set_current(item_id)  # hands the seconds of the item left to the session
            self.settle()
            try:
                self.session.set_current_item(item_id)
            except (Refusal, *DatabaseErrors) as exc:
                # The clock stays with the item the meeting is at; what was typed is not touched.
                self.agenda.set_current(self.current_item_id)
                message = said(exc)
                QMessageBox.warning(self, self.tr("Agenda"), message)
                return
            self.current_item_id = item_id
            self.minutes.set_current_item(item_id)
        self._update_next_button()
        self.tabs.setCurrentIndex(MINUTES_TAB)
        self.minutes.focus_item(item_id)

    def _update_next_button(self) -> None:
        ids = self.agenda.item_ids()
        running = self.state == "running"
        self.next_button.setEnabled(running and self.current_item_id in ids)
        if running and ids and self.current_item_id == ids[-1]:
            self.next_button.setToolTip(self.tr("This is the last item: next come the next meeting and any "
                                                "other business"))
        elif running and self.current_item_id is None and ids:
            self.next_button.setToolTip(self.tr("The agenda is done. Click an item to go back to it."))

    def add_agreement(self) -> None:
        self.tabs.setCurrentIndex(AGREEMENTS_TAB)
        self.settle()
        self.agreements.add_agreement()

    # -- focus and saving -------------------------------------------------------------------------------
    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(MINUTES_TAB)
        field = self.minutes.first_field()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.minutes.show_later(field)

    def focus_current_item(self) -> None:
        """Back where the meeting was: the current item's discussion (the first field before any item)."""
        if self.current_item_id in self.minutes.items or (self.current_item_id is None and self.minutes.items):
            self.tabs.setCurrentIndex(MINUTES_TAB)
            self.minutes.focus_item(self.current_item_id)
        else:
            self.focus_first_field()

    def settle(self) -> None:
        """Let the minutes writer commit what it holds before a store write on this thread.

        The store begins its transactions deferred: one that reads, then writes while the writer
        thread commits, fails at once with "database is locked" instead of waiting. Nothing typed can
        arrive meanwhile (typing is on this thread), so after this the two never overlap. (A BEGIN
        IMMEDIATE in the store's transaction would make this unnecessary.)
        """
        if not self.session.failing:
            self.session.flush(2.0)

    def _field_left(self) -> None:
        # Leaving a field commits it now. A disk that fails would make every Tab wait: then the
        # saver's own retries carry on, and the red line says so.
        if not self.session.failing:
            self.session.flush(1.0)

    def commit_pending(self) -> None:
        if self._closed:
            return
        self.agreements.commit_pending()  # follow-up notes go through the session, flushed below
        self.agenda.save_now()
        self.session.flush()

    def can_close(self) -> bool:
        """Asked before the tab or the window closes: with words not yet saved, the user decides."""
        if self._closed:
            return True
        self.commit_pending()
        return confirm_close(self, self.session, self.tab_title())

    def close_session(self) -> None:
        """The tab closes: everything onto the disk, the clock stopped, the writer thread ended. What
        still cannot be saved is dropped – can_close() asked the user first, or the meeting is gone."""
        if self._closed:
            return
        self.commit_pending()
        self.agenda.set_running(False)
        if self.presentation is not None:
            self.presentation.close()
            self.presentation.deleteLater()
            self.presentation = None
        self._closed = True
        self.session.close()

    # -- the shared screen --------------------------------------------------------------------------------
    def share_screen(self) -> None:
        """Del skærm: the large-type window, on a second screen if there is one. It is given the
        session without internal notes (PublicSession), so they cannot reach it."""
        if self.presentation is None:
            self.public_session = PublicSession(self.session, self)
            self.presentation = PresentationWindow(self.store, self.public_session, parent=self)
            # Not a Qt child (it must not stay above the chair's window): it goes when this view goes.
            self.destroyed.connect(self.presentation.deleteLater)
        if not self.presentation.present(self.screen()):
            bar = getattr(self.window(), "statusBar", None)
            if bar is not None:
                bar().showMessage(self.tr("The shared screen is open in its own window behind this one: share that "
                                          "window in the video meeting, or drag it to the projector. Esc closes it."),
                                  15000)

    # -- ending -------------------------------------------------------------------------------------------
    def request_end(self) -> None:
        """Show what should not be skipped; the chair goes back or ends. Non-blocking (tests drive it)."""
        if self.state != "running":
            return
        self.commit_pending()  # the check must see the words typed a moment ago
        dialog = EndMeetingDialog([refusal_text(p) for p in end_problems(self.store.live.state(self.meeting_id))],
                                  self, unmarked=self.store.live.unmarked(self.meeting_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.end_meeting)
        self._end_dialog = dialog
        dialog.open()

    def end_meeting(self) -> None:
        self.commit_pending()
        self.agenda.set_running(False)
        self.session.flush()
        try:
            self.store.live.end(self.meeting_id)
        except (Refusal, *DatabaseErrors) as exc:
            self.agenda.set_running(self.state == "running")
            message = said(exc)
            QMessageBox.warning(self, self.tr("End meeting"), message)
            return
        # The attendance just went into the baton log: an undo of it now would change what was recorded.
        self.undo_stack.clear()
        self.refresh_header()
        self._apply_state()

    def request_review(self) -> None:
        """"Review and sign off the plan": the plan's tab takes over from this one, so every word
        typed here must be on disk first."""
        self.commit_pending()
        if not refuse_while_unsaved(self, self.session, self.tr("Review and sign off the plan")):
            self.review_requested.emit(self.meeting_id)

    def _apply_state(self) -> None:
        running = self.state == "running"
        self.agenda.set_running(running)
        if not running:  # no item is "now" in a meeting that has ended
            self.agenda.set_current(None)
            self.minutes.set_current_item(None)
        self.attendance.set_editable(running)
        self.minutes.set_editable(running)
        for edit in self.minutes.texts.values():
            # Signed off (in the plan's tab): the database refuses the plan's text from now on.
            edit.setReadOnly(self.state == "signed" and edit.key[2] != "internal_note")
        self.end_button.setVisible(running)
        self.review_button.setVisible(self.state == "held")
        self.next_button.setVisible(running)
        self._update_next_button()
        if self.state == "held":
            self.notice.show_message(self.tr("The meeting has been held. Review the minutes beside the plan's PDF, "
                                             "record the approvals and sign off: “Review and sign off the plan”."),
                                     "info")
        elif not running:
            self.notice.show_message(self.tr("This meeting is not in progress."), "info")
        else:
            self.notice.show_message("")

    def _on_changed(self, changes) -> None:
        if any(c.entity == "meetings" and c.id == self.meeting_id for c in changes) \
                or touches(changes, {"cases"}, self.case_id):
            try:
                state = self.store.meetings.get(self.meeting_id).state
            except KeyError:
                return  # the main window closes the tab of a meeting that is gone
            changed = state != self.state
            self.refresh_header()
            if changed:
                self._apply_state()
        if touches(changes, {"agreements", "agenda_items"}, self.case_id):
            try:
                self.minutes.show_agreement_counts(self.store.live.agreements(self.meeting_id))
            except KeyError:
                return
        if touches(changes, {"agenda_items"}, self.case_id):
            try:
                meeting = self.store.meetings.get(self.meeting_id)
            except KeyError:
                return
            notes = self.store.live.state(self.meeting_id).notes
            self.agenda.set_items(meeting.agenda, {i: n.used_seconds for i, n in notes.items()})
            self._update_next_button()
