"""Send: the checklist before an invitation goes out, then the invitation itself – the letter (PDF),
the calendar invitation (.ics) and an e-mail draft (.eml) written into a folder off the UI thread –
and later the update after a change, the invitation for participants added later, and the
cancellation.

Nothing is marked as sent until all three files are safely on the disk.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.meeting import (VIRTUAL_FORMS, Organiser, addressed_to, export_folder_name, meeting_day,
                                    not_yet_invited, send_problems, sectors_without_consent)
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.undo import record
from kitdesk.ui.widgets import Banner, heading

GLYPHS = {"block": ("✖", "#b3261e"), "hint": ("!", "#9a5b00"), "ok": ("✔", "#1d7a3e")}
SENDABLE = ("draft", "invited")
DOCUMENT_KINDS = ("treatment_plan", "status_note", "statement", "dialogue")


def _plain(text: str, parent: QWidget, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if muted:
        label.setProperty("muted", True)
    return label


class CheckLine(QWidget):
    """One line of the checklist: a coloured mark (✖ blocks, ! a hint, ✔ fine) and the text."""

    def __init__(self, kind: str, text: str, parent=None):
        super().__init__(parent)
        self.kind, self.text = kind, text
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 1, 0, 1)
        glyph, colour = GLYPHS[kind]
        mark = QLabel(glyph, self)
        mark.setFixedWidth(18)
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setStyleSheet(f"color: {colour}; font-weight: 700;")
        row.addWidget(mark)
        row.addWidget(_plain(text, self), 1)


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
        top.addSpacing(12)
        self.state_label = _plain("", self, muted=True)
        top.addWidget(self.state_label, 1)
        layout.addLayout(top)
        self.status = Banner(self)
        layout.addWidget(self.status)

        self.checklist = QGroupBox(self.tr("Before sending"), self)
        cl = QVBoxLayout(self.checklist)
        cl.setSpacing(6)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(2)
        cl.addLayout(self.lines_box)
        consent_row = QHBoxLayout()
        self.override_button = QPushButton(self.tr("Send &without consent…"), self.checklist)
        self.override_button.setAutoDefault(False)
        self.override_button.clicked.connect(self.override_consent)
        self.remove_override_button = QPushButton(self.tr("&Withdraw the reason"), self.checklist)
        self.remove_override_button.setAutoDefault(False)
        self.remove_override_button.clicked.connect(self.remove_override)
        consent_row.addSpacing(24)
        consent_row.addWidget(self.override_button)
        consent_row.addWidget(self.remove_override_button)
        consent_row.addStretch(1)
        cl.addLayout(consent_row)
        self.virtual_asked = QCheckBox(self.tr("The child/young person and the family were &asked whether the "
                                               "meeting may be virtual"), self.checklist)
        self.virtual_asked.clicked.connect(self._set_virtual_asked)
        cl.addWidget(self.virtual_asked)
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
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(140)
        self.busy.setTextVisible(False)
        self.busy_label = _plain(self.tr("Writing the files…"), self, muted=True)
        actions.addSpacing(8)
        actions.addWidget(self.busy)
        actions.addWidget(self.busy_label)
        actions.addStretch(1)
        self.cancel_button = self._button(self.tr("&Cancel meeting…"), self.cancel_meeting, actions)
        layout.addLayout(actions)
        self._set_busy(False)

        self.result = QWidget(self)
        rl = QVBoxLayout(self.result)
        rl.setContentsMargins(0, 0, 0, 0)
        self.result_text = Banner(self.result)
        self.result_without = Banner(self.result)
        rl.addWidget(self.result_text)
        rl.addWidget(self.result_without)
        open_row = QHBoxLayout()
        self.open_folder_button = self._button(self.tr("Open f&older"), self.open_folder, open_row)
        self.open_draft_button = self._button(self.tr("Open e-mail &draft"), self.open_draft, open_row)
        open_row.addStretch(1)
        rl.addLayout(open_row)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- what must be in place ------------------------------------------------------------------------
    def organiser(self) -> Organiser:
        return Organiser.from_settings(self.store.settings.all())

    def consent_day(self):
        return meeting_day(self.meeting) or local_today()

    def missing_consent(self) -> list[str]:
        return sectors_without_consent(self.meeting, self.store.consents.list(self.case_id), self.consent_day())

    def checklist_lines(self) -> list[tuple[str, str]]:
        """(kind, text): "block" lines stop the sending, "hint" lines are advice, "ok" lines are fine."""
        meeting, lines = self.meeting, []
        problems = send_problems(meeting)
        lines += [("block", text) for text in problems]  # Danish already, from the domain rules
        organiser = self.organiser()
        if not organiser.name or not organiser.email:
            lines.append(("block", self.tr("Fill in your name and e-mail under Settings – they are the organiser "
                                           "of the invitation, and afbud is sent to you.")))
        if not lines:
            lines.append(("ok", self.tr("Purpose, agenda, time, place and chair are in place.")))
        lines += self._exchange_lines()
        lines += self._consent_lines()
        return lines

    def _exchange_lines(self) -> list[tuple[str, str]]:
        day = self.consent_day()
        exchanges = [e for e in self.store.exchanges.list(self.case_id)
                     if e.exchanged_on is not None and e.exchanged_on <= day]
        if not exchanges:
            return [("hint", self.tr("Nothing exchanged yet – consider sending a treatment plan or status note "
                                     "before the meeting."))]
        lines = []
        for e in exchanges[:3]:
            text = self.tr("%1 sent %2 (%3 → %4)") if e.kind != "dialogue" else self.tr("%1 on %2 (%3 → %4)")
            lines.append(("ok", text.replace("%1", labels.label(labels.EXCHANGE_KINDS, e.kind))
                          .replace("%2", fmt_date(e.exchanged_on))
                          .replace("%3", labels.label(labels.SECTORS, e.from_sector))
                          .replace("%4", labels.label(labels.SECTORS, e.to_sector))))
        if not any(e.kind in DOCUMENT_KINDS for e in exchanges):
            lines.append(("hint", self.tr("No treatment plan, status note or dialogue yet – consider sending one "
                                          "before the meeting.")))
        return lines

    def _consent_lines(self) -> list[tuple[str, str]]:
        if not any(i.sector != "family" for i in self.meeting.invitees):
            return []
        day = fmt_date(self.consent_day())
        missing = self.missing_consent()
        if not missing:
            return [("ok", self.tr("Consent valid on %1 covers every invited sector.").replace("%1", day))]
        sectors = ", ".join(labels.label(labels.SECTORS, s) for s in missing)
        if self.meeting.consent_override.strip():
            return [("hint", self.tr("No valid consent on %1 for: %2. Sent without consent because: %3")
                     .replace("%1", day).replace("%2", sectors).replace("%3", self.meeting.consent_override.strip()))]
        return [("block", self.tr("No valid consent on %1 for: %2. Record the family's consent in the case's "
                                  "Consent tab – or send without consent and write why.")
                 .replace("%1", day).replace("%2", sectors))]

    def blocked(self) -> bool:
        return any(kind == "block" for kind, _ in self.checklist_lines())

    # -- load ---------------------------------------------------------------------------------------
    def load(self) -> None:
        self.meeting = meeting = self.store.meetings.get(self.meeting_id)
        state = meeting.state
        pending = self.store.meetings.update_pending(self.meeting_id) if state == "invited" else False
        new = not_yet_invited(meeting) if not pending else []
        to_send = state == "draft" or pending or bool(new)
        self.state_label.setText(labels.label(labels.MEETING_STATES, state))

        if state == "invited" and pending:
            self.status.show_message(self.tr("The time or place has changed since the invitation was sent. Send an "
                                             "update so everyone's calendar shows the meeting right."))
        elif state == "invited" and new:
            self.status.show_message(self.tr("%n participant(s) added after the invitation was sent: %1. Send them "
                                             "the invitation too.", "", len(new))
                                     .replace("%1", ", ".join(i.name for i in new)))
        elif state == "invited":
            self.status.show_message(self.tr("The invitation has been sent. Record the answers under Participants. "
                                             "If the time or place changes, an update is offered here."), "ok")
        elif state == "cancelled":
            self.status.show_message(self.tr("The meeting is cancelled: %1").replace("%1", meeting.cancel_reason), "info")
        elif state != "draft":
            self.status.show_message(self.tr("The meeting has begun or is over; invitations are closed."), "info")
        else:
            self.status.show_message("")

        self.checklist.setVisible(to_send)
        self.folder_row.setVisible(state in SENDABLE)
        if to_send:
            self._fill_checklist()
        blocked = to_send and self.blocked()
        self.send_button.setVisible(state == "draft")
        self.update_button.setVisible(pending)
        self.new_button.setVisible(bool(new))
        for button in (self.send_button, self.update_button, self.new_button):
            button.setEnabled(not blocked and self._job is None)
            button.setToolTip(self.tr("Fix the lines marked ✖ above first.") if blocked else "")
        self.cancel_button.setVisible(state in SENDABLE)
        self.cancel_button.setEnabled(self._job is None)
        self.folder_edit.setText(str(self.target_folder()))
        if to_send and self._job is None and self._result is not None and self._result.get("state") != state:
            self._result = None  # something new to send: the last result is history now
        self._show_result()

    def _fill_checklist(self) -> None:
        while self.lines_box.count():
            item = self.lines_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for kind, text in self.checklist_lines():
            self.lines_box.addWidget(CheckLine(kind, text, self.checklist))
        missing = bool(self.missing_consent())
        override = bool(self.meeting.consent_override.strip())
        self.override_button.setVisible(missing and not override)
        self.remove_override_button.setVisible(missing and override)
        self.virtual_asked.setVisible(self.meeting.form in VIRTUAL_FORMS)
        self.virtual_asked.setChecked(self.meeting.virtual_asked)

    def shown_lines(self) -> list[tuple[str, str]]:
        """The checklist as shown now (for tests and for reading aloud)."""
        return [(w.kind, w.text) for w in self.checklist.findChildren(CheckLine) if not w.isHidden()
                and self.lines_box.indexOf(w) >= 0]

    # -- the folder ----------------------------------------------------------------------------------
    def default_folder(self) -> Path:
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
            # The letter still lists everyone; the calendar file and e-mail go to the new ones only.
            written, export_kind = addressed_to(meeting, targets), "request"
        else:
            targets = [i.id for i in meeting.invitees]
            written, export_kind = meeting, kind
        if not targets:
            return
        self._start(written, export_kind, {"kind": kind, "targets": targets})

    def cancel_meeting(self) -> None:
        reason = self.ask_reason(self.tr("Cancel the meeting"),
                                 self.tr("Why is the meeting cancelled? The reason is kept in the baton log and "
                                         "written in the cancellation to the participants."),
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
        except ValueError as exc:
            self.status.show_message(str(exc))
            return False
        self._forget_undo()
        return True

    def _start(self, written, export_kind: str, pending: dict) -> None:
        from kitdesk.ui.send_worker import InvitationJob, start

        folder = self.target_folder()
        child = self.store.cases.get(self.case_id).child_name
        self._pending = {**pending, "folder": folder, "meeting": self.meeting}
        self._result = None
        self._job = InvitationJob(written, child, self.organiser(), folder, export_kind)
        self._job.signals.finished.connect(self._written)
        self._job.signals.failed.connect(self._failed)
        self._set_busy(True)
        self.load()
        start(self._job)

    def _written(self, files) -> None:
        pending, self._pending, self._job = self._pending, None, None
        self._set_busy(False)
        kind, folder = pending["kind"], pending["folder"]
        if kind == "cancel":
            if not self._cancel_in_store(pending["reason"]):
                self.load()
                return
        else:
            self.store.meetings.mark_sent(self.meeting_id, str(folder), pending["targets"],
                                          "update" if kind == "update" else "request")
            self._forget_undo()
        meeting = pending["meeting"]
        targets = set(pending["targets"])
        self._result = {"kind": kind, "files": files, "state": self.store.meetings.get(self.meeting_id).state,
                        "without": [i.name for i in meeting.invitees if i.id in targets and not i.has_email],
                        "with": len({i.email.strip().lower() for i in meeting.invitees
                                     if i.id in targets and i.has_email})}
        self.load()

    def _failed(self, message: str) -> None:
        self._pending, self._job = None, None
        self._set_busy(False)
        self._result = None
        self.load()
        text = message or self.tr("The files could not be written.")
        self.status.show_message(text + "\n" + self.tr("Nothing has been marked as sent. Try again, or choose "
                                                       "another folder."))

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
    def _show_result(self) -> None:
        result = self._result
        files = result["files"] if result else self._earlier_files()
        self.result.setVisible(files is not None)
        if files is None:
            return
        if result is None:
            self.result_text.show_message(self.tr("The files from the last invitation are in %1.")
                                          .replace("%1", str(files.eml.parent)), "info")
            self.result_without.show_message("")
        else:
            text = {"request": self.tr("The invitation is ready: the letter (PDF), the calendar invitation and an "
                                       "e-mail draft to %n participant(s), in %1.", "", result["with"]),
                    "new": self.tr("The invitation for the new participants is ready: an e-mail draft to "
                                   "%n participant(s), in %1.", "", result["with"]),
                    "update": self.tr("The update is ready: the changed letter, calendar invitation and an e-mail "
                                      "draft to %n participant(s), in %1.", "", result["with"]),
                    "cancel": self.tr("The meeting is cancelled. The cancellation – letter, calendar cancellation "
                                      "and an e-mail draft to %n participant(s) – is in %1.", "", result["with"])}
            body = text[result["kind"]].replace("%1", str(files.eml.parent))
            self.result_text.show_message(body + " " + self.tr("Open the e-mail draft, check it and send it from your "
                                                               "e-mail program."), "ok")
            without = result["without"]
            self.result_without.show_message(self.tr(
                "No e-mail, so not in the e-mail or the calendar invitation: %1. Send it to them by post or by hand "
                "– the letter is the PDF in the folder.").replace("%1", ", ".join(without)) if without else "")
        self._files = files

    def _earlier_files(self):
        """Files a previous send left in the default folder, so they can be opened again later."""
        from kitdesk.export.bundle import InvitationFiles, file_names

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
        files = getattr(self, "_files", None)
        if files is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(files.eml.parent)))

    def open_draft(self) -> None:
        files = getattr(self, "_files", None)
        if files is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(files.eml)))

    # -- the checklist's own controls -------------------------------------------------------------------
    def ask_reason(self, title: str, prompt: str, ok_text: str, placeholder: str = "") -> str | None:
        from kitdesk.ui.reason_dialog import ReasonDialog

        dialog = ReasonDialog(title, prompt, ok_text, placeholder, parent=self)
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def override_consent(self) -> None:
        sectors = ", ".join(labels.label(labels.SECTORS, s) for s in self.missing_consent())
        reason = self.ask_reason(self.tr("Send without consent"),
                                 self.tr("No valid consent covers: %1.\n\nWhy may the invitation be sent anyway? "
                                         "The reason is kept with the meeting.").replace("%1", sectors),
                                 self.tr("&Send without consent"),
                                 self.tr("e.g. the mother consented by phone today; the written consent follows"))
        if reason:
            self._update({"consent_override": reason}, self.tr("Send without consent"))

    def remove_override(self) -> None:
        self._update({"consent_override": ""}, self.tr("Withdraw the reason for sending without consent"))

    def _set_virtual_asked(self, on: bool) -> None:
        self._update({"virtual_asked": on}, self.tr("Mark that the family was asked about a virtual meeting"))

    def _update(self, changes: dict, text: str) -> None:
        try:
            self.store.meetings.update(self.meeting_id, changes)
        except ValueError as exc:
            self.status.show_message(str(exc))
            self.load()
            return
        record(self.undo_stack, self.store, text)

    # -- the host ------------------------------------------------------------------------------------
    def _commit_host(self) -> None:
        """Save what is being typed elsewhere on the meeting before it is sent."""
        widget = self.parentWidget()
        while widget is not None:
            if hasattr(widget, "commit_pending") and hasattr(widget, "meeting_id"):
                widget.commit_pending()
                return
            widget = widget.parentWidget()

    def commit_pending(self) -> None:
        pass

    def _on_changed(self, changes) -> None:
        if touches(changes, {"meetings", "invitees", "agenda_items", "consents", "exchanges", "cases", "settings"},
                   self.case_id):
            self.load()
