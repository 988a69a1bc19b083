"""Send and answers: the checklist before an invitation goes out, then the invitation itself – the
letter (PDF), the calendar invitation (.ics) and an e-mail draft (.eml), written into a folder off
the UI thread – and later the update after a change, the invitation for participants added later,
the cancellation, and the answers as they come in.

Nothing is marked as sent until all three files are safely on the disk.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.meeting import Organiser, addressed_to, export_folder_name, not_yet_invited
from kitdesk.domain.refusal import Refusal
from kitdesk.ui import reason_dialog, send_worker
from kitdesk.ui.bridge import touches
from kitdesk.ui.meeting_answers import AnswersBox
from kitdesk.ui.reason_dialog import OWN_SHEET
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.send_checklist import SendChecklist, plain_label
from kitdesk.ui.widgets import Banner, heading

SENDABLE = ("draft", "invited")


def _safe(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name, flags=re.ASCII).strip("._") or "sag"


class SendSection(QWidget):
    def __init__(self, store, bridge, meeting_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack = store, meeting_id, undo_stack
        self.meeting = store.meetings.get(meeting_id)
        self.case_id = self.meeting.case_id
        self._chosen_folder: Path | None = None
        self._job = None
        self._pending: dict | None = None
        self._result: dict | None = None
        self._files = None
        self._warmed = False
        self._build()
        self.load()
        bridge.changed.connect(self._on_changed)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Send the invitation"), self, 2))
        top.addStretch(1)
        # Up here, away from the send buttons: cancelling is never the next step by accident.
        self.cancel_button = self._button(self.tr("&Cancel meeting…"), self.cancel_meeting, top)
        layout.addLayout(top)
        self.status = Banner(self)
        self.status.setStyleSheet(OWN_SHEET)
        layout.addWidget(self.status)
        layout.addWidget(self._build_result())

        self.checklist = SendChecklist(self.store, self.case_id, self.undo_stack, self)
        self.checklist.go_to.connect(self._go_to)
        layout.addWidget(self.checklist)
        self.folder_row = QWidget(self)
        fr = QHBoxLayout(self.folder_row)
        fr.setContentsMargins(0, 0, 0, 0)
        folder_label = QLabel(self.tr("Save the files in:"), self.folder_row)
        fr.addWidget(folder_label)
        self.folder_edit = QLineEdit(self.folder_row)
        self.folder_edit.setReadOnly(True)
        folder_label.setBuddy(self.folder_edit)
        fr.addWidget(self.folder_edit, 1)
        self.folder_button = QPushButton(self.tr("Choose &folder…"), self.folder_row)
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.choose_folder)
        fr.addWidget(self.folder_button)
        layout.addWidget(self.folder_row)

        actions = QHBoxLayout()
        self.send_button = self._button(self.tr("&Send invitation"), lambda: self.send("request"), actions)
        self.update_button = self._button(self.tr("Send &update"), lambda: self.send("update"), actions)
        self.new_button = self._button(self.tr("Send to &new participants"), lambda: self.send("new"), actions)
        for button in (self.send_button, self.update_button, self.new_button):
            button.setProperty("primary", True)
        self.blocked_hint = plain_label(self.tr("Fix the lines marked ✖ first."), self, muted=True)
        self.blocked_hint.setWordWrap(False)
        actions.addWidget(self.blocked_hint)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(140)
        self.busy.setTextVisible(False)
        self.busy_label = plain_label(self.tr("Writing the files…"), self, muted=True)
        actions.addWidget(self.busy)
        actions.addWidget(self.busy_label)
        actions.addStretch(1)
        self.actions = QWidget(self)
        self.actions.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions)
        self._set_busy(False)

        self.answers = AnswersBox(self.store, self.undo_stack, self)
        layout.addWidget(self.answers, 1)
        self.filler = QWidget(self)
        layout.addWidget(self.filler, 1)

    def _build_result(self) -> QWidget:
        """What was written where, who must get it another way, and the buttons to open it."""
        self.result = QWidget(self)
        rl = QVBoxLayout(self.result)
        rl.setContentsMargins(0, 0, 0, 0)
        self.result_text = Banner(self.result)
        self.result_text.setStyleSheet(OWN_SHEET)
        self.result_without = Banner(self.result)
        self.result_without.setStyleSheet(OWN_SHEET)
        rl.addWidget(self.result_text)
        rl.addWidget(self.result_without)
        open_row = QHBoxLayout()
        self.open_draft_button = self._button(self.tr("Open e-mail &draft"), self.open_draft, open_row)
        self.open_folder_button = self._button(self.tr("Open f&older"), self.open_folder, open_row)
        open_row.addStretch(1)
        rl.addLayout(open_row)
        return self.result

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- load ---------------------------------------------------------------------------------------
    def load(self) -> None:
        self.meeting = meeting = self.store.meetings.get(self.meeting_id)
        state = meeting.state
        pending = self.store.meetings.update_pending(self.meeting_id) if state == "invited" else False
        new = not_yet_invited(meeting) if not pending else []
        to_send = state == "draft" or pending or bool(new)

        if state == "invited" and pending:
            self.status.show_message(self.tr("The time or place has changed since the invitation was sent. Send an "
                                             "update so everyone's calendar shows the meeting right."))
        elif state == "invited" and new:
            self.status.show_message(self.tr("%n participant(s) added after the invitation was sent: %1. Send them "
                                             "the invitation too.", "", len(new))
                                     .replace("%1", ", ".join(i.name for i in new)))
        elif state == "invited":
            self.status.show_message(self.tr("The invitation has been sent. Record the answers below as they come "
                                             "in. If the time or place changes, an update is offered here."), "ok")
        elif state in ("running", "held", "signed"):
            self.status.show_message(self.tr("The meeting has begun or is over; invitations are closed."), "info")
        else:
            self.status.show_message("")  # a draft, or cancelled (the header says so)

        self.checklist.setVisible(to_send)
        self.folder_row.setVisible(to_send)
        if to_send:
            self.checklist.refresh(meeting)
        blocked = to_send and self.checklist.blocked()
        self.send_button.setVisible(state == "draft")
        self.update_button.setVisible(pending)
        self.new_button.setVisible(bool(new))
        for button in (self.send_button, self.update_button, self.new_button):
            button.setEnabled(not blocked and self._job is None)
        self.blocked_hint.setVisible(blocked and self._job is None)
        self.actions.setVisible(to_send or self._job is not None)
        self.cancel_button.setVisible(state in SENDABLE)
        self.cancel_button.setEnabled(self._job is None)
        self.folder_edit.setText(str(self.target_folder()))
        if to_send and self._job is None:
            self._result = None  # something new to send: the last result is history now
        self._show_result(look_for_files=not to_send)
        show_answers = state in ("invited", "running") and bool(meeting.invitees)
        self.answers.setVisible(show_answers)
        self.filler.setVisible(not show_answers)
        if show_answers:
            self.answers.set_meeting(meeting)

    def blocked(self) -> bool:
        return self.checklist.blocked()

    def shown_lines(self) -> list[tuple[str, str]]:
        return self.checklist.shown_lines()

    def organiser(self) -> Organiser:
        return Organiser.from_settings(self.store.settings.all())

    # -- the folder ----------------------------------------------------------------------------------
    def default_folder(self) -> Path:
        """exports/<case number>/<date>-<meeting id>/ in the data folder."""
        root = self.store.folder.exports if self.store.folder is not None else Path.home()
        case_no = self.store.cases.get(self.case_id).case_no
        return root / _safe(case_no) / export_folder_name(self.meeting)

    def target_folder(self) -> Path:
        return self._chosen_folder or self.default_folder()

    def set_folder(self, folder: Path | None) -> None:
        self._chosen_folder = Path(folder) if folder else None
        self.folder_edit.setText(str(self.target_folder()))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the invitation"),
                                                  str(self.target_folder().parent))
        if chosen:
            self.set_folder(Path(chosen))

    # -- sending ------------------------------------------------------------------------------------
    def send(self, kind: str) -> None:
        """kind: "request" (the invitation), "update" (after a change), "new" (to those added later)."""
        self._commit_host()
        self.load()
        if self._job is not None or self.blocked():
            return
        meeting = self.meeting
        if kind == "new":
            targets = [i.id for i in not_yet_invited(meeting)]
            # The letter still lists everyone; the calendar file and the e-mail go to the new ones
            # only, so the others are not sent the same invitation twice.
            written, export_kind = addressed_to(meeting, targets), "request"
        else:
            # Everyone the letter is made for counts as invited – also those without e-mail, who
            # get it by post or by hand – so no one is offered the same invitation again.
            targets = [i.id for i in meeting.invitees]
            written, export_kind = meeting, kind
        if targets:
            self._start(written, export_kind, {"kind": kind, "targets": targets})

    def cancel_meeting(self) -> None:
        reason = reason_dialog.ask_reason(
            self, self.tr("Cancel the meeting"),
            self.tr("Why is the meeting cancelled? The reason is kept in the baton log and written in the "
                    "cancellation to the participants."),
            self.tr("&Cancel the meeting"), self.tr("e.g. the family has asked to postpone it"))
        if reason:
            self.cancel_with_reason(reason)

    def cancel_with_reason(self, reason: str) -> None:
        meeting = self.store.meetings.get(self.meeting_id)
        invited = [i.id for i in meeting.invitees if i.invited_sequence is not None]
        if meeting.state == "draft" or not invited:
            self._cancel_in_store(reason)  # no one has been invited: there is no one to tell
            return
        # The files first: if they cannot be written, the meeting is not cancelled either, and the
        # user can try again with another folder.
        written = replace(addressed_to(meeting, invited), state="cancelled", cancel_reason=reason,
                          sequence=meeting.sequence + 1)
        self._start(written, "cancel", {"kind": "cancel", "targets": invited, "reason": reason})

    def _cancel_in_store(self, reason: str) -> bool:
        try:
            self.store.meetings.cancel(self.meeting_id, reason)
        except Refusal as exc:
            self.status.show_message(refusal_text(exc))
            return False
        self._forget_undo()
        return True

    def _start(self, written, export_kind: str, pending: dict) -> None:
        folder = self.target_folder()
        child = self.store.cases.get(self.case_id).child_name
        self._pending = {**pending, "meeting": self.meeting}
        self._result = None
        # Those without e-mail get the letter by post: a copy each, with their name and address on it.
        postal = {i.id: self.store.persons.postal_address(i.person_id) for i in self.meeting.invitees
                  if i.id in pending["targets"] and not i.has_email}
        self._job = send_worker.InvitationJob(written, child, self.organiser(), folder, export_kind, postal)
        # The store is told by the completion, not by this widget: it must happen even if the tab
        # is closed while the files are being written.
        completion = send_worker.SendCompletion(self.store, self.meeting_id, self._job, pending["kind"],
                                                pending["targets"], pending.get("reason", ""))
        completion.done.connect(self._finished)
        self._set_busy(True)
        self.load()
        send_worker.start(self._job)

    def _finished(self, files, message: str) -> None:
        pending, self._pending, self._job = self._pending, None, None
        self._set_busy(False)
        if files is None:
            self._result = None
            self.load()
            text = message or self.tr("The files could not be written.")
            self.status.show_message(text + "\n" + self.tr("Nothing has been marked as sent. Try again, or choose "
                                                           "another folder."))
            return
        self._forget_undo()
        meeting, targets = pending["meeting"], set(pending["targets"])
        self._result = {"kind": pending["kind"], "files": files,
                        "without": [i.name for i in meeting.invitees if i.id in targets and not i.has_email],
                        "with": len({i.email.strip().lower() for i in meeting.invitees
                                     if i.id in targets and i.has_email})}
        self.load()
        self.open_draft_button.setFocus()

    def _forget_undo(self) -> None:
        # Undoing an edit made before the invitation went out would change the stored meeting
        # behind the back of the invitation people have received; so the history ends here.
        self.undo_stack.clear()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.folder_button.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._job is not None

    # -- after sending ---------------------------------------------------------------------------------
    def _show_result(self, look_for_files: bool) -> None:
        result = self._result
        files = result["files"] if result else self._earlier_files() if look_for_files else None
        self._files = files
        self.result.setVisible(files is not None)
        if files is None:
            return
        folder = str(files.eml.parent)
        if result is None:
            self.result_text.show_message(self.tr("The files from the last invitation are in %1.")
                                          .replace("%1", folder), "info")
            self.result_without.show_message("")
            return
        count, kind = result["with"], result["kind"]
        text = {"request": self.tr("The invitation is ready in %1: the letter (PDF), the calendar invitation and "
                                   "an e-mail draft to %n participant(s).", "", count),
                "new": self.tr("The invitation for the new participants is ready in %1: an e-mail draft to "
                               "%n participant(s) with the letter and the calendar invitation.", "", count),
                "update": self.tr("The update is ready in %1: the changed letter, calendar invitation and an e-mail "
                                  "draft to %n participant(s).", "", count),
                "cancel": self.tr("The meeting is cancelled. The cancellation is ready in %1: the letter, the "
                                  "calendar cancellation and an e-mail draft to %n participant(s).", "", count)}[kind]
        self.result_text.show_message(text.replace("%1", folder) + " " + self.tr(
            "Open the e-mail draft, check it and send it from your e-mail program."), "ok")
        names = ", ".join(result["without"])
        if not names:
            self.result_without.show_message("")
        elif kind == "cancel":
            self.result_without.show_message(self.tr(
                "No e-mail, so not in the e-mail or the calendar cancellation: %1. Tell them by phone, or send the "
                "letter by post or by hand.").replace("%1", names))
        else:
            self.result_without.show_message(self.tr(
                "No e-mail, so not in the e-mail or the calendar invitation: %1. Send it to them by post or by hand: "
                "the folder has a letter for each of them with their name and address (the files ending in "
                "“_post1”, “_post2” …).").replace("%1", names))

    def _earlier_files(self):
        """Files a previous send left in the default folder, so they can be opened again later."""
        from kitdesk.export.bundle import InvitationFiles, file_names  # the export loads with send_worker.preload()

        meeting = self.meeting
        if meeting.starts_at is None or meeting.state == "draft":
            return None
        folder = self.default_folder()
        for kind in ("cancel", "update", "request"):
            pdf, ics, eml = file_names(meeting, kind)
            if (folder / eml).is_file():
                return InvitationFiles(pdf=folder / pdf, ics=folder / ics, eml=folder / eml)
        return None

    def open_folder(self) -> None:
        if self._files is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._files.eml.parent)))

    def open_draft(self) -> None:
        if self._files is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._files.eml)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warmed:
            # Load the PDF, calendar and e-mail code while the user reads the checklist, not when
            # they press Send (and on this thread: see send_worker).
            self._warmed = True
            QTimer.singleShot(300, self, send_worker.preload)

    # -- the host ------------------------------------------------------------------------------------
    def _commit_host(self) -> None:
        """Save what is being typed elsewhere on the meeting before it is sent."""
        widget = self.parentWidget()
        while widget is not None:
            if hasattr(widget, "commit_pending") and hasattr(widget, "meeting_id"):
                widget.commit_pending()
                return
            widget = widget.parentWidget()

    def _go_to(self, section: str, field: str) -> None:
        """A checklist line's "Go there": the meeting view shows the section and puts the cursor in the field."""
        if section == "settings":
            window = self.window()
            if hasattr(window, "open_settings"):
                window.open_settings()
            return
        widget = self.parentWidget()
        while widget is not None and not hasattr(widget, "go_to_field"):
            widget = widget.parentWidget()
        if widget is not None:
            widget.go_to_field(section, field)

    def commit_pending(self) -> None:
        pass  # nothing is typed here: every choice is saved at once

    def _on_changed(self, changes) -> None:
        if self._job is None and touches(changes, {"meetings", "invitees", "agenda_items", "consents", "exchanges",
                                                   "cases", "settings"}, self.case_id):
            self.load()
