""""Udtræk til indsigt": for the child of a case, or a person in the directory, a PDF and/or a CSV of
what KIT Desk holds about them and who has seen and changed it – for a request under GDPR art. 15.

The files are named by the case number (or the person's number) and the date only. Making the
extract is itself written to the access log.
"""
from __future__ import annotations

import logging
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from kitdesk.ui.widgets import Banner, heading

FOLDER = "Indsigt"  # under the data folder's exports/
log = logging.getLogger("kitdesk.access")
_preloaded = False


class _Signals(QObject):
    finished = Signal(object)  # kitdesk.export.access_extract.AccessFiles
    failed = Signal(str)  # a Danish message, or "" for an unexpected error


class ExtractJob(QRunnable):
    """Writes the files off the UI thread: a professional in a thousand cases makes a PDF of a
    hundred pages, seconds of work. It gets the finished Extract and never touches the store."""

    def __init__(self, extract, folder: Path, pdf: bool, csv_file: bool):
        super().__init__()
        self.setAutoDelete(False)
        self.extract, self.folder, self.pdf, self.csv_file = extract, folder, pdf, csv_file
        self.signals = _Signals()  # made on the UI thread, so its signals arrive there

    def run(self) -> None:
        from kitdesk.export.access_extract import write_access_files
        from kitdesk.export.atomic import ExportError

        try:
            files = write_access_files(self.extract, self.folder, pdf=self.pdf, csv_file=self.csv_file)
        except ExportError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - the dialog must always get an answer
            log.error("writing the access extract failed: %s", type(exc).__name__)  # no personal data
            self.signals.failed.emit("")
        else:
            self.signals.finished.emit(files)


def preload() -> None:
    """Load ReportLab, the fonts and the extract's code on the UI thread, once: a module imported for
    the first time in a worker thread can crash PySide6 (see send_worker)."""
    global _preloaded
    if _preloaded:
        return
    from datetime import datetime

    from kitdesk.domain.access import Column, Extract, Section
    from kitdesk.export import access_extract

    sample = Extract("Æ", "Ø", "Å", (("a", "b"),), (Section("s", "S", "", (Column("c"),), (("d\ne",),), ""),),
                     datetime(2026, 1, 5, tzinfo=UTC), "", "sag 0", "Indsigt_0")
    try:
        access_extract.build_access_pdf(sample)
        access_extract.build_access_csv(sample)
    except Exception as exc:  # noqa: BLE001 - a failed warm-up must not stop the dialog; the job reports errors
        log.warning("preloading the access extract failed: %s", type(exc).__name__)
    _preloaded = True


class AccessExtractDialog(QDialog):
    """Give exactly one of case_id (the child) and person_id (a person in the directory)."""

    def __init__(self, store, *, case_id: int | None = None, person_id: int | None = None, parent=None):
        super().__init__(parent)
        if (case_id is None) == (person_id is None):
            raise TypeError("AccessExtractDialog needs a case_id or a person_id")
        self.store, self.case_id, self.person_id = store, case_id, person_id
        self.files = None
        self._job: ExtractJob | None = None
        self.setWindowTitle(self.tr("Access request extract"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Access request extract"), self, 2))
        self.who = QLabel(self)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        about = QLabel(self)
        about.setWordWrap(True)
        about.setProperty("muted", True)
        layout.addWidget(about)
        if case_id is not None:
            case = store.cases.get(case_id)
            self.who.setText(self.tr("For %1, the child in case %2").replace("%1", case.child_name)
                             .replace("%2", case.case_no))
            about.setText(self.tr(
                "Everything KIT Desk holds about the child – the case with its network, consents, exchanges, baton "
                "log, meetings, minutes and plans – and who has seen, handed out and changed it, and when. For a "
                "request for access under article 15 of the GDPR. Read it through before you hand it over."))
        else:
            person = store.persons.get(person_id)
            self.who.setText(self.tr("For %1, person no. %2 in the directory").replace("%1", person.name)
                             .replace("%2", str(person_id)))
            about.setText(self.tr(
                "The person's own details, the cases they are in (by case number only) and what in them concerns "
                "them – consents, exchanges, meetings, agreements and plans – and who has seen and changed it, and "
                "when. For a request for access under article 15 of the GDPR. Read it through before you hand it "
                "over."))

        formats = QHBoxLayout()
        self.pdf = QCheckBox(self.tr("&PDF – to read and hand over"), self)
        self.csv = QCheckBox(self.tr("C&SV – for a spreadsheet"), self)
        for box in (self.pdf, self.csv):
            box.setChecked(True)
            box.toggled.connect(self._update)
            formats.addWidget(box)
        formats.addStretch(1)
        layout.addLayout(formats)

        row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder"), self)
        self.folder = QLineEdit(str(self.default_folder()), self)
        folder_label.setBuddy(self.folder)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.names = QLabel(self)
        self.names.setProperty("muted", True)
        self.names.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.names)
        self.message = Banner(self)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("Open f&older"), self)
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        self.make_button = QPushButton(self.tr("&Make the extract"), self)
        self.make_button.setProperty("primary", True)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._update()

    # -- choices ------------------------------------------------------------------------------------
    def default_folder(self) -> Path:
        root = self.store.folder.exports if self.store.folder is not None else Path.home()
        return root / FOLDER

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the extract"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _stem(self) -> str:
        from kitdesk.domain.access import file_stem
        from kitdesk.domain.dates import local_today

        case_no = self.store.cases.get(self.case_id).case_no if self.case_id is not None else ""
        kind, subject = ("case", self.case_id) if self.case_id is not None else ("person", self.person_id)
        return file_stem(kind, subject, case_no, local_today())

    def _update(self) -> None:
        chosen = [suffix for box, suffix in ((self.pdf, ".pdf"), (self.csv, ".csv")) if box.isChecked()]
        self.make_button.setEnabled(bool(chosen) and self.files is None)
        if chosen:
            self.names.setText(self.tr("File names: %1").replace(
                "%1", self.tr(" and ").join(self._stem() + suffix for suffix in chosen)))
        else:
            self.names.setText(self.tr("Choose PDF, CSV or both."))

    # -- making it ----------------------------------------------------------------------------------
    def make(self) -> None:
        """Gather on the UI thread (the store's connection lives here; well under a second), write the
        files in a worker."""
        from kitdesk.store import access_extract
        from kitdesk.store.db import DatabaseErrors, describe_error

        if self._job is not None:
            return
        folder = Path(self.folder.text().strip() or str(self.default_folder())).expanduser()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preload()
            if self.case_id is not None:
                data = access_extract.gather_case(self.store, self.case_id)
            else:
                data = access_extract.gather_person(self.store, self.person_id)
            extract = access_extract.build(self.store, data)
        except DatabaseErrors as exc:
            self.message.show_message(describe_error(exc))
            self._fit()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._job = ExtractJob(extract, folder, self.pdf.isChecked(), self.csv.isChecked())
        self._job.signals.finished.connect(self._written)
        self._job.signals.failed.connect(self._failed)
        self.message.show_message(self.tr("Writing the extract…"), "info")
        # What is being written stays as chosen; afterwards it shows what was written.
        for widget in (self.make_button, self.close_button, self.pdf, self.csv, self.folder, self.choose_button):
            widget.setEnabled(False)
        QThreadPool.globalInstance().start(self._job)

    def is_busy(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        if self._job is None:  # the files being written are logged first: the dialog stays until then
            super().reject()

    def _failed(self, message: str) -> None:
        self._job = None
        for widget in (self.close_button, self.pdf, self.csv, self.folder, self.choose_button):
            widget.setEnabled(True)
        self._update()
        self.message.show_message((message or self.tr("The files could not be written.")) + "\n"
                                  + self.tr("Nothing was written."))
        self._fit()

    def _written(self, files) -> None:
        self._job = None
        formats = [f for f, on in (("pdf", files.pdf), ("csv", files.csv)) if on is not None]
        if self.case_id is not None:
            self.store.access_log.record("access_extract", "cases", self.case_id, self.case_id, *formats)
        else:
            self.store.access_log.record("access_extract", "persons", self.person_id, None, *formats)
        self.files = files
        self.message.show_message(self.tr("The extract is saved in %1. Read it through before you hand it over; "
                                          "it holds personal data, so send it securely.")
                                  .replace("%1", str(files.paths[0].parent)), "ok")
        self._update()
        self.make_button.hide()
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.open_folder_button.show()
        self.open_folder_button.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Grow to show a message in full: wrapped labels do not ask for height by themselves."""
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.layout().heightForWidth(self.width())))

    def open_folder(self) -> None:
        if self.files is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.files.paths[0].parent)))
