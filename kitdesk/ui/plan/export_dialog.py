"""Send or export the plan: where the files go, an e-mail draft to the participants, the family's
summary, and – only when ticked, for this one export – the CPR number. The files are written off the
UI thread; then "Åbn mappe" and "Åbn e-mailkladde"."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from kitdesk.domain.dates import fmt_date, from_utc_iso
from kitdesk.domain.meeting import Organiser, export_folder_name
from kitdesk.domain.plan import short_fingerprint
from kitdesk.ui.plan import worker
from kitdesk.ui.widgets import Banner, heading


def _safe(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name, flags=re.ASCII).strip("._") or "sag"


class ExportDialog(QDialog):
    """`inputs`: store.plans.render_inputs() – a signed version, or the draft of the working copy."""

    def __init__(self, store, meeting_id: int, inputs, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id, self.inputs = store, meeting_id, inputs
        self.version = version = inputs.version
        self.meeting = store.meetings.get(meeting_id)
        self.case = store.cases.get(self.meeting.case_id)
        self.content = inputs.content
        self.result = None
        self._job = None
        self.setWindowTitle(self.tr("Send the plan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Send the cross-sector plan"), self, 2))
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        if version is not None:
            self.what.setText(self.tr("Version %1, signed off %2 · fingerprint %3").replace(
                "%1", str(version.version)).replace("%2", fmt_date(from_utc_iso(version.signed_at)))
                .replace("%3", short_fingerprint(version.fingerprint)))
        else:
            self.what.setText(self.tr("A draft: every page is marked “UDKAST – ikke godkendt”. Sign off the plan "
                                      "to send the final version."))
            self.what.setProperty("kind", "warning")

        row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder"), self)
        self.folder = QLineEdit(str(self.default_folder()), self)
        folder_label.setBuddy(self.folder)
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_folder)
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        layout.addLayout(row)

        recipients = self.recipients()
        with_email = sum(1 for _, email in recipients if email.strip())
        self.email = QCheckBox(self.tr("Make an e-mail draft to the participants (%1 with an e-mail address)")
                               .replace("%1", str(with_email)), self)
        self.email.setChecked(True)
        layout.addWidget(self.email)
        self.summary = QCheckBox(self.tr("Also a one-page summary for the family in plain language "
                                         "(“Det har vi aftalt”)"), self)
        layout.addWidget(self.summary)
        self.cpr = QCheckBox(self.tr("Show the child's CPR number in this export"), self)
        self.cpr.setToolTip(self.tr("The plan never shows the CPR number otherwise. Tick only when the receiver "
                                    "needs it."))
        self.cpr.setVisible(bool(self.content.cpr))
        layout.addWidget(self.cpr)
        self.message = Banner(self)
        layout.addWidget(self.message)
        self.email.toggled.connect(lambda _on: self._check_sender())
        self._check_sender()

        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("Open f&older"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_draft_button = QPushButton(self.tr("Open e-mail &draft"), self)
        self.open_draft_button.clicked.connect(self.open_draft)
        for button in (self.open_folder_button, self.open_draft_button):
            button.setAutoDefault(False)
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.write_button = QPushButton(self.tr("&Write the files"), self)
        self.write_button.setProperty("primary", True)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _check_sender(self) -> None:
        """Said before the user presses anything: an e-mail needs the sender's own address."""
        sender = Organiser.from_settings(self.store.settings.all())
        if self.email.isChecked() and not sender.email.strip():
            self.message.show_message(self.tr("Write your e-mail address in Settings first (File ▸ Settings): the "
                                              "participants must be able to answer you. Or untick the e-mail draft "
                                              "to write the PDF only."))
        elif self._job is None and self.result is None:
            self.message.show_message("")

    # -- what to write ------------------------------------------------------------------------------
    def default_folder(self) -> Path:
        root = self.store.folder.exports if self.store.folder is not None else Path.home()
        return root / _safe(self.case.case_no) / export_folder_name(self.meeting)

    def recipients(self) -> list[tuple[str, str]]:
        return [(i.name, i.email) for i in self.store.meetings.get(self.meeting_id).invitees]

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the plan"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def request(self) -> worker.ExportRequest:
        sender = Organiser.from_settings(self.store.settings.all())
        inputs = self.inputs
        return worker.ExportRequest(
            content=self.content, folder=Path(self.folder.text().strip() or str(self.default_folder())),
            author=inputs.author, created=inputs.created, fingerprint=inputs.fingerprint, sender=sender,
            include_cpr=self.cpr.isVisible() and self.cpr.isChecked(), family_summary=self.summary.isChecked(),
            email=self.email.isChecked(), recipients=tuple(self.recipients()))

    # -- writing ------------------------------------------------------------------------------------
    def write(self) -> None:
        if self._job is not None:
            return
        self.message.show_message(self.tr("Writing the files…"), "info")
        self.write_button.setEnabled(False)
        self._job = worker.PlanExportJob(self.request())
        self._job.signals.finished.connect(self._written)
        self._job.signals.failed.connect(self._failed)
        worker.start(self._job)

    def _failed(self, message: str) -> None:
        self._job = None
        self.write_button.setEnabled(True)
        self.message.show_message((message or self.tr("The files could not be written.")) + "\n"
                                  + self.tr("Nothing was written. Try again, or choose another folder."))

    def _written(self, result) -> None:
        request, self._job = self._job.request, None
        self.result = result
        try:
            if self.version is not None:
                self.store.plans.record_export(self.version, result.pdf.read_bytes(), result.pdf.name, "plan",
                                               request.include_cpr)
                if result.summary is not None:
                    self.store.plans.record_export(self.version, result.summary.read_bytes(), result.summary.name,
                                                   "summary")
            if result.eml is not None:
                self.store.plans.record_sent(self.meeting_id, self.content.version,
                                             [name for name, _ in result.recipients], draft=self.version is None)
        except OSError as exc:  # reading back the files just written
            self.message.show_message(str(exc))
        self.store.access_log.record_meeting(
            "plan_exported", self.meeting_id, f"v{self.version.version}" if self.version is not None else "draft",
            "cpr" if request.include_cpr else "", "summary" if result.summary is not None else "",
            "email" if result.eml is not None else "")
        lines = [self.tr("The files are saved in %1.").replace("%1", str(result.pdf.parent))]
        if result.without_email:
            lines.append(self.tr("Without an e-mail address – give them the plan another way: %1").replace(
                "%1", ", ".join(name for name, _ in result.without_email)))
        self.message.show_message("\n".join(lines), "info")
        self.write_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.open_folder_button.show()
        self.open_draft_button.setVisible(result.eml is not None)
        (self.open_draft_button if result.eml is not None else self.open_folder_button).setFocus()

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.pdf.parent)))

    def open_draft(self) -> None:
        if self.result is not None and self.result.eml is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.eml)))
