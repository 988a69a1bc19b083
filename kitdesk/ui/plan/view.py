"""The plan after the meeting: review the minutes and agreements beside a preview of exactly the PDF
that will be sent, record the approvals, sign off (which locks the version), send it – and, after a
sign-off, open a new version with a reason.

Texts are typed through the same LiveSession as in the meeting (on disk within a second); once the
plan is signed the screen turns read-only, and the store and the database refuse changes anyway.
While saving fails, the red line says so, and nothing is signed off or sent until every word typed
is on disk; closing the tab or the window first asks the user (kitdesk/ui/live/save_state.py).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
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

from kitdesk.domain.dates import fmt_date, from_utc_iso
from kitdesk.domain.plan import short_fingerprint
from kitdesk.domain.refusal import Refusal
from kitdesk.ui import labels, reason_dialog
from kitdesk.ui.bridge import touches
from kitdesk.ui.live.agreements import AgreementsPanel
from kitdesk.ui.live.attendance import AttendancePanel
from kitdesk.ui.live.elided_label import ElidedLabel
from kitdesk.ui.live.minutes_form import MinutesForm
from kitdesk.ui.live.save_state import SaveBanner, confirm_close, refuse_while_unsaved
from kitdesk.ui.live.session import LiveSession
from kitdesk.ui.live.style import LIVE_STYLE
from kitdesk.ui.meeting_view import describe_when
from kitdesk.ui.plan import worker
from kitdesk.ui.plan.approvals import ApprovalsPanel
from kitdesk.ui.plan.export_dialog import ExportDialog
from kitdesk.ui.plan.preview import PreviewPane
from kitdesk.ui.plan.versions import VersionsPanel
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, heading, restyle, shortcut

MINUTES_TAB, AGREEMENTS_TAB, ATTENDANCE_TAB, APPROVALS_TAB, VERSIONS_TAB = range(5)
PLAN_ENTITIES = {"agreements", "approvals", "meetings", "plan_versions", "invitees", "agenda_items", "cases",
                 "settings"}


class PlanView(QWidget):
    title_changed = Signal(str)
    is_plan = True  # the main window tells this tab from the meeting's other tabs by it

    def __init__(self, store, bridge, meeting_id: int, parent=None, *, connect=None):
        """`connect`: how the text writer opens its connection (tests: a page limit, a full disk)."""
        super().__init__(parent)
        self.store, self.bridge, self.meeting_id = store, bridge, meeting_id
        meeting = store.meetings.get(meeting_id)
        self.case_id = meeting.case_id
        self.state = meeting.state
        self.undo_stack = QUndoStack(self)
        self.session = LiveSession(store, meeting_id, self, connect=connect)
        self._closed = False
        self._dialog = None
        self.setStyleSheet(LIVE_STYLE)
        worker.preload()  # ReportLab and PDFium loaded here, before a worker thread needs them

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
        splitter.addWidget(self._build_tabs())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 560])
        layout.addWidget(splitter, 1)
        self.splitter = splitter

        self.session.text_changed.connect(lambda *_: self.refresh_preview())
        self.agreements.agreements_changed.connect(lambda _n: self.refresh_preview())
        self.approvals.problems_changed.connect(self._show_problems)
        self.versions.export_requested.connect(self.send_version)
        bridge.changed.connect(self._on_changed)
        self.refresh_header()
        self._apply_state()
        self.refresh_preview(immediately=True)

    # -- building -------------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.title = heading("", self)
        self.state_chip = QLabel(self)
        self.state_chip.setObjectName("stateChip")
        self.subtitle = ElidedLabel(self)
        self.subtitle.setProperty("muted", True)
        self.save_status = QLabel("", self)
        self.save_status.setObjectName("saveStatus")
        self.sign_button = QPushButton(self.tr("&Sign off and lock…"), self)
        self.sign_button.setProperty("primary", True)
        self.sign_button.setToolTip(self.tr("Lock the text, the agreements and the participants as a version of "
                                            "the cross-sector plan"))
        self.sign_button.clicked.connect(self.sign_off)
        self.new_version_button = QPushButton(self.tr("&New version…"), self)
        self.new_version_button.setToolTip(self.tr("Change a signed plan: a new version with a reason, to be "
                                                   "signed off again"))
        self.new_version_button.clicked.connect(self.new_version)
        self.send_button = QPushButton(self.tr("Sen&d the plan…"), self)
        self.send_button.setToolTip(self.tr("The plan as PDF, with an e-mail draft to the participants"))
        self.send_button.clicked.connect(self.send_plan)
        for button in (self.sign_button, self.new_version_button, self.send_button):
            button.setAutoDefault(False)
        top.addWidget(self.title)
        top.addSpacing(10)
        top.addWidget(self.state_chip)
        top.addSpacing(10)
        top.addWidget(self.subtitle, 1)
        top.addWidget(self.save_status)
        top.addSpacing(12)
        top.addWidget(self.send_button)
        top.addWidget(self.new_version_button)
        top.addWidget(self.sign_button)
        return top

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget(self)
        self.minutes = MinutesForm(self.store, self.bridge, self.session, self.meeting_id, self)
        self.tabs.addTab(self.minutes, self.tr("&1  Minutes"))
        self.agreements = AgreementsPanel(self.store, self.bridge, self.session, self.undo_stack, parent=self)
        self.tabs.addTab(self.agreements, self.tr("&2  Agreements"))
        # Attendance is corrected here after the meeting, until sign-off (the plan says who took part).
        self.attendance = AttendancePanel(self.store, self.bridge, self.meeting_id, self.undo_stack, self,
                                          before_write=self.settle)
        attendance_scroll = QScrollArea(self)
        attendance_scroll.setWidgetResizable(True)
        attendance_scroll.setFrameShape(QFrame.Shape.NoFrame)
        attendance_scroll.setWidget(self.attendance)
        self.tabs.addTab(attendance_scroll, self.tr("&3  Attendance"))
        self.approvals = ApprovalsPanel(self.store, self.bridge, self.session, self.undo_stack, self)
        self.tabs.addTab(self.approvals, self.tr("&4  Approval"))
        self.versions = VersionsPanel(self.store, self.bridge, self.meeting_id, self)
        self.tabs.addTab(self.versions, self.tr("&5  Versions"))
        return self.tabs

    def _build_preview(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 0, 0, 0)
        row = QHBoxLayout()
        self.preview_title = QLabel(box)
        self.preview_title.setProperty("muted", True)
        self.preview_title.setWordWrap(True)
        row.addWidget(self.preview_title, 1)
        self.preview = PreviewPane(box)
        for text, tip, slot, keys in (("−", self.tr("Smaller (Ctrl+-)"), self.preview.zoom_out, "Ctrl+-"),
                                      ("+", self.tr("Larger (Ctrl++)"), self.preview.zoom_in, "Ctrl++")):
            button = QPushButton(text, box)
            button.setFixedWidth(34)
            button.setAutoDefault(False)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
            shortcut(keys, self, slot)
        column.addLayout(row)
        column.addWidget(self.preview, 1)
        return box

    # -- the header and the state ---------------------------------------------------------------------
    def tab_title(self) -> str:
        name = self.store.cases.get(self.case_id).child_name
        return self.tr("Plan: %1").replace("%1", name)

    def refresh_header(self) -> None:
        meeting = self.store.meetings.get(self.meeting_id)
        self.state = meeting.state
        self.title.setText(self.store.cases.get(self.case_id).child_name)
        version = self.store.plans.working_version(self.meeting_id)
        if meeting.state == "signed":
            chip = self.tr("Signed off · version %1").replace("%1", str(version))
        else:
            chip = self.tr("Awaiting sign-off · version %1").replace("%1", str(version))
        self.state_chip.setText(chip)
        restyle(self.state_chip, held=meeting.state != "signed")
        parts = [self.tr("Cross-sector plan"), describe_when(meeting) or self.tr("no time set"),
                 labels.label(labels.MEETING_FORMS, meeting.form)]
        self.subtitle.set_full_text("  ·  ".join(parts))
        self.title_changed.emit(self.tab_title())

    def _apply_state(self) -> None:
        signed = self.state == "signed"
        self.minutes.set_editable(not signed)
        for edit in self.minutes.texts.values():
            if edit.key[2] != "internal_note":  # the chair's own notes are not part of the plan
                edit.setReadOnly(signed)
                if edit.property("hint") is None:
                    edit.setProperty("hint", edit.placeholderText())
                # A hint to write says nothing on a locked plan; it comes back with a new version.
                edit.setPlaceholderText("" if signed else edit.property("hint"))
                restyle(edit)  # the locked look follows the property
        self.attendance.set_editable(not signed, walk_ins=False)
        self.sign_button.setVisible(not signed)
        self.new_version_button.setVisible(signed)
        if signed:
            latest = self.store.plans.latest_signed(self.meeting_id)
            self.notice.show_message(self.tr(
                "The plan is signed off: version %1, %2, fingerprint %3. It cannot change; a correction becomes "
                "a new version.").replace("%1", str(latest.version)).replace(
                "%2", fmt_date(from_utc_iso(latest.signed_at))).replace("%3", short_fingerprint(latest.fingerprint)),
                "info")
            self.preview_title.setText(self.tr("Preview of the PDF that is sent – version %1").replace(
                "%1", str(latest.version)))
        else:
            reason = self.store.plans.pending_reason(self.meeting_id)
            text = self.tr("Correct the minutes and the agreements, and record the approvals. Then sign off.")
            if reason:
                text = self.tr("New version – reason: %1").replace("%1", reason) + "\n" + text
            self.notice.show_message(text, "info")
            self.preview_title.setText(self.tr("Preview of the PDF that is sent – a draft until it is signed off"))
        self._show_problems(self.store.plans.problems(self.meeting_id) if not signed else [])

    def _show_problems(self, problems: list) -> None:
        self.sign_button.setEnabled(self.state == "held" and not problems)
        self.sign_button.setToolTip("\n".join(refusal_text(p) for p in problems) if problems else
                                    self.tr("Lock the text, the agreements and the participants as a version of "
                                            "the cross-sector plan"))

    # -- the preview ----------------------------------------------------------------------------------
    def refresh_preview(self, immediately: bool = False) -> None:
        if not self._closed:
            self.preview.request(self._prepare_preview, immediately)

    def _prepare_preview(self):
        """On the UI thread: the content as it stands (what was typed a moment ago included)."""
        from kitdesk.export.plan_pdf import build_plan_pdf  # loaded by worker.preload() in __init__

        if self.state != "signed" and not self.session.failing:
            self.session.flush(1.0)  # while saving fails the preview shows what is stored; the red line says why
        inputs = self.store.plans.render_inputs(self.meeting_id)
        return lambda: build_plan_pdf(inputs.content, author=inputs.author, created=inputs.created,
                                      fingerprint=inputs.fingerprint)

    # -- printing (Filer → Udskriv) ---------------------------------------------------------------------
    def printable(self) -> tuple[str, bytes]:
        """The plan as the preview shows it: the signed version, or the draft marked as such."""
        from kitdesk.export.plan_pdf import build_plan_pdf

        self.settle()
        inputs = self.store.plans.render_inputs(self.meeting_id)
        data = build_plan_pdf(inputs.content, author=inputs.author, created=inputs.created,
                              fingerprint=inputs.fingerprint)
        self._printed = "draft" if inputs.version is None else f"v{inputs.version.version}"
        return self.tr("Cross-sector plan"), data

    def record_printed(self) -> None:
        self.store.access_log.record_meeting("plan_exported", self.meeting_id, "print",
                                             getattr(self, "_printed", "draft"))

    # -- actions ----------------------------------------------------------------------------------------
    def settle(self) -> None:
        self.agreements.commit_pending()
        self.session.flush(2.0)

    def sign_off(self) -> None:
        self.settle()
        if refuse_while_unsaved(self, self.session, self.tr("Sign off")):
            return  # signing now would lock a plan without the words not yet saved, and refuse them after
        problems = self.store.plans.problems(self.meeting_id)
        if problems:
            QMessageBox.information(self, self.tr("Sign off"), "\n".join(refusal_text(p) for p in problems))
            return
        version = self.store.plans.working_version(self.meeting_id)
        answer = QMessageBox.question(self, self.tr("Sign off the plan"), self.tr(
            "Sign off and lock version %1 of the cross-sector plan?\n\nThe text, the agreements and the "
            "participants are frozen and get a fingerprint. A later change becomes a new version.").replace(
            "%1", str(version)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.confirm_sign_off()

    def confirm_sign_off(self) -> bool:
        try:
            self.store.plans.sign_off(self.meeting_id)
        except Refusal as exc:
            QMessageBox.warning(self, self.tr("Sign off"), refusal_text(exc))
            return False
        # What is signed cannot be undone behind the plan's back.
        self.undo_stack.clear()
        self.refresh_header()
        self._apply_state()
        self.refresh_preview(immediately=True)
        self.send_button.setFocus()
        return True

    def new_version(self) -> None:
        reason = reason_dialog.ask_reason(
            self, self.tr("New version of the plan"),
            self.tr("Why must the signed plan change? The reason is printed in the new version and kept in the "
                    "baton log."), self.tr("&Open version %1").replace(
                "%1", str(self.store.plans.working_version(self.meeting_id) + 1)),
            self.tr("e.g. the school's deadline has moved"))
        if reason:
            self.open_new_version(reason)

    def open_new_version(self, reason: str) -> bool:
        try:
            self.store.plans.open_new_version(self.meeting_id, reason)
        except Refusal as exc:
            QMessageBox.warning(self, self.tr("New version"), refusal_text(exc))
            return False
        self.refresh_header()
        self._apply_state()
        self.refresh_preview(immediately=True)
        return True

    def send_plan(self):
        """The signed plan, or – before sign-off – the draft, marked as such on every page."""
        return self._open_dialog(None)

    def send_version(self, number: int):
        return self._open_dialog(number)

    def _open_dialog(self, version: int | None):
        self.settle()
        if refuse_while_unsaved(self, self.session, self.tr("Send the plan")):
            return None
        dialog = ExportDialog(self.store, self.meeting_id, self.store.plans.render_inputs(self.meeting_id, version),
                              self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    # -- closing and refreshing -----------------------------------------------------------------------
    def commit_pending(self) -> None:
        if not self._closed:
            self.settle()

    def can_close(self) -> bool:
        """Asked before the tab or the window closes: with words not yet saved, the user decides."""
        if self._closed:
            return True
        self.commit_pending()
        return confirm_close(self, self.session, self.tab_title())

    def close_session(self) -> None:
        """The last words onto the disk and the writer stopped; what still cannot be saved is
        dropped – can_close() asked the user first, or the meeting is gone."""
        if self._closed:
            return
        self.commit_pending()
        self._closed = True
        self.preview.wait_until_idle()
        self.session.close()

    def _on_changed(self, changes) -> None:
        if not touches(changes, PLAN_ENTITIES, self.case_id):
            return
        try:
            state = self.store.meetings.get(self.meeting_id).state
        except KeyError:
            return
        changed = state != self.state
        self.refresh_header()
        if changed:
            self._apply_state()
        self.refresh_preview()
