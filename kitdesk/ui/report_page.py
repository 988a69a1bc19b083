"""Selvevaluering: the period and the selection on top, the report below – the very PDF the export
writes, its charts and table, shown through the plan screen's preview (PDFium, off the UI thread).

The store gathers the records on the UI thread (the connection lives there); counting, the PDF and
its pages happen in the preview's worker; saving writes the PDF, CSV and XLSX (and the figure file a
team merges) in a worker too. "Merge colleagues' figures…" reads figure files and shows their merged
report instead of this data folder's, until "Back to this data folder".
"""
from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kitdesk.domain.dates import MONTHS, local_today, utc_now
from kitdesk.domain.indicators.compute import build_report, needed_ranges
from kitdesk.domain.indicators.measures import LIMIT
from kitdesk.domain.indicators.period import Period, last_full_quarter
from kitdesk.domain.indicators.records import Selection
from kitdesk.domain.refusal import Refusal
from kitdesk.ui.bridge import touches
from kitdesk.ui.labels import SECTORS
from kitdesk.ui.plan import worker as plan_worker
from kitdesk.ui.plan.preview import PreviewPane
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit, heading, shortcut

log = logging.getLogger("kitdesk.report")
PAGE_WIDTH = 940  # pixels: the preview's width at most
ENTITIES = {"cases", "members", "meetings", "invitees", "agreements", "plan_versions", "plan_exports", "exchanges",
            "log_entries", "waiting_periods", "settings", "erasure"}


class _Signals(QObject):
    finished = Signal(object)  # list of paths
    failed = Signal(str)  # a Danish message, or "" for an unexpected error


class FilesJob(QRunnable):
    """Writes files off the UI thread; `write()` returns their paths or raises ExportError."""

    def __init__(self, write):
        super().__init__()
        self.setAutoDelete(False)
        self.write = write
        self.signals = _Signals()

    def run(self) -> None:
        from kitdesk.export.atomic import ExportError

        try:
            paths = self.write()
        except ExportError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - the page must always get an answer
            log.error("writing the report failed: %s", type(exc).__name__)
            self.signals.failed.emit("")
        else:
            self.signals.finished.emit(paths)


def preload() -> None:
    """ReportLab, openpyxl and PDFium imported on the UI thread before any worker uses them."""
    import openpyxl  # noqa: F401 - loaded for the workers

    from kitdesk.export import gp_fees, report_files, report_pdf  # noqa: F401

    plan_worker.preload()


class ReportPage(QWidget):
    def __init__(self, store, bridge, parent=None):
        super().__init__(parent)
        self.store = store
        self._stale = True
        self._job: FilesJob | None = None
        self.last_folder: Path | None = None
        self.merged = None  # the merged Report shown instead of this folder's, or None
        preload()
        self._build()
        bridge.changed.connect(self._on_changed)

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Self-evaluation"), self))
        top.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save report…"), self)
        self.save_button.setToolTip(self.tr("Saves the report as PDF, CSV and Excel in a folder you choose."))
        self.fees_button = QPushButton(self.tr("&GP fee list…"), self)
        self.fees_button.setToolTip(self.tr("Each GP's participation in the period, for the municipality's payment. "
                                            "Names the GPs, never the child."))
        self.merge_button = QPushButton(self.tr("Merge &colleagues' figures…"), self)
        self.merge_button.setToolTip(self.tr("Adds up the figure files colleagues saved with their reports "
                                             "(*.kitdesk-tal.json) into one report for the team or the municipality."))
        self.merge_button.setAccessibleName(self.tr("Merge colleagues' figures"))
        self.own_button = QPushButton(self.tr("&Back to this data folder"), self)
        self.own_button.setToolTip(self.tr("Shows the report counted from this data folder again."))
        self.own_button.hide()
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.hide()
        for button in (self.merge_button, self.own_button, self.save_button, self.fees_button,
                       self.open_folder_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addLayout(top)

        choose = QHBoxLayout()
        self.kind = CodeCombo([(self.tr("Month"), "month"), (self.tr("Quarter"), "quarter"), (self.tr("Year"), "year"),
                               (self.tr("From–to"), "range")], self)
        self.kind.setAccessibleName(self.tr("Kind of period"))
        self.which = CodeCombo([], self)
        self.which.setAccessibleName(self.tr("Period"))
        self.range_box = QWidget(self)
        range_row = QHBoxLayout(self.range_box)
        range_row.setContentsMargins(0, 0, 0, 0)
        self.date_from, self.date_to = DateEdit(self.range_box, required=True), DateEdit(self.range_box, required=True)
        self.date_from.setAccessibleName(self.tr("First day"))
        self.date_to.setAccessibleName(self.tr("Last day"))
        range_row.addWidget(self.date_from)
        range_row.addWidget(QLabel("–", self.range_box))
        range_row.addWidget(self.date_to)
        self.period_stack = QStackedWidget(self)
        self.period_stack.addWidget(self.which)
        self.period_stack.addWidget(self.range_box)
        period_label = QLabel(self.tr("&Period"), self)
        period_label.setBuddy(self.kind)
        choose.addWidget(period_label)
        choose.addWidget(self.kind)
        choose.addWidget(self.period_stack)
        choose.addSpacing(16)
        self.municipality = self._filter_combo(choose, self.tr("&Municipality"))
        self.school = self._filter_combo(choose, self.tr("Sc&hool / day care"))
        self.sector = self._filter_combo(choose, self.tr("Sec&tor in the network"))
        choose.addStretch(1)
        layout.addLayout(choose)

        self.note = note = QLabel(self._own_note(), self)
        note.setProperty("muted", True)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = Banner(self)
        layout.addWidget(self.message)
        self.preview = PreviewPane(self)
        self.preview.setAccessibleName(self.tr("The report"))
        # Always there, so the pages are rendered for the width they are shown in: the first render came
        # before the bar appeared and left the pages a scroll bar's width too wide.
        self.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # A page read like paper, not stretched across a wide screen.
        self.preview.setMaximumWidth(PAGE_WIDTH)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.preview, 100)
        centred.addStretch(1)
        layout.addLayout(centred, 1)

        today = local_today()
        quarter = last_full_quarter(today)
        self.kind.set_code("quarter")
        self._fill_which("quarter", today)
        self._choose(quarter)
        self.date_from.set_value(quarter.start)
        self.date_to.set_value(quarter.end)
        self._fill_filters()

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.date_from, self.date_to):
            edit.committed.connect(lambda _d: self.refresh())
            edit.editingFinished.connect(self._say_date_problem)  # a date not taken is not committed
        for combo in (self.municipality, self.school, self.sector):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save_button.clicked.connect(lambda: self.save_report())
        self.fees_button.clicked.connect(lambda: self.save_fee_list())
        self.open_folder_button.clicked.connect(self.open_folder)
        self.merge_button.clicked.connect(lambda: self.merge_figures())
        self.own_button.clicked.connect(self.show_own)
        shortcut("Ctrl++", self, self.preview.zoom_in)
        shortcut("Ctrl+=", self, self.preview.zoom_in)
        shortcut("Ctrl+-", self, self.preview.zoom_out)

    def _filter_combo(self, row: QHBoxLayout, text: str) -> CodeCombo:
        label = QLabel(text, self)
        combo = CodeCombo([], self)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(CodeCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        return combo

    def _fill_which(self, kind: str, today: date) -> None:
        self.which.blockSignals(True)
        self.which.clear()
        if kind == "month":
            year, month = today.year, today.month
            for _ in range(36):
                self.which.addItem(f"{MONTHS[month - 1]} {year}", Period.month(year, month))
                year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif kind == "quarter":
            year, quarter = today.year, (today.month - 1) // 3 + 1
            for _ in range(12):
                self.which.addItem(self.tr("Quarter %1 %2").replace("%1", str(quarter)).replace("%2", str(year)),
                                   Period.quarter(year, quarter))
                year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
        else:
            for year in range(today.year, today.year - 4, -1):
                self.which.addItem(str(year), Period.year(year))
        self.which.blockSignals(False)

    def _choose(self, period: Period) -> None:
        """Select a period in the list (findData does not compare Python objects by value)."""
        for index in range(self.which.count()):
            if self.which.itemData(index) == period:
                self.which.setCurrentIndex(index)
                return

    def _fill_filters(self) -> None:
        municipalities, schools, sectors = self.store.report.choices()
        for combo, everything, values in (
                (self.municipality, self.tr("All"), [(m, m) for m in municipalities]),
                (self.school, self.tr("All"), [(s, s) for s in schools]),
                (self.sector, self.tr("All"), [(self._sector_word(s), s) for s in SECTORS if s in sectors])):
            chosen = combo.code()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for text, code in values:
                combo.addItem(text, code)
            combo.set_code(chosen or "")
            combo.blockSignals(False)

    @staticmethod
    def _sector_word(code: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Labels", SECTORS[code])

    # -- what is chosen -------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.kind.code()
        if kind == "range":
            period = self.which.code()
            if isinstance(period, Period):
                self.date_from.set_value(period.start)
                self.date_to.set_value(period.end)
            self.period_stack.setCurrentWidget(self.range_box)
        else:
            today = local_today()
            self._fill_which(kind, today)
            # The last whole month, quarter or year first: the running one is not over yet.
            self.which.setCurrentIndex(min(1, self.which.count() - 1))
            if kind == "quarter":
                self._choose(last_full_quarter(today))
            self.period_stack.setCurrentWidget(self.which)
        self.refresh()

    def period(self) -> Period | None:
        """The chosen period, or None while the from–to dates are not two dates in order."""
        return self._period_or_problem()[0]

    def _period_or_problem(self) -> tuple[Period | None, str]:
        """The chosen period, or None and what to do about the dates typed."""
        if self.kind.code() != "range":
            return self.which.code(), ""
        hint = self.tr("Write the first and the last day of the period as dd.mm.yyyy, the last on or after the first.")
        try:
            start, end = self.date_from.value(), self.date_to.value()
        except Refusal as refusal:  # not a date, or not one in the calendar
            return None, f"{refusal_text(refusal)} {hint}"
        if start is None or end is None or end < start:
            return None, hint
        return Period.between(start, end), ""

    def selection(self) -> Selection:
        return Selection(self.municipality.code() or "", self.school.code() or "", self.sector.code() or "")

    # -- showing ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.merged is not None:
            return  # the merged report stays until "Back to this data folder"
        period, problem = self._period_or_problem()
        if period is None:
            self.message.show_message(problem)
            return
        self.message.show_message("")
        self.preview.request(lambda: self._prepare(period), immediately=True)

    def _say_date_problem(self) -> None:
        problem = self._period_or_problem()[1]
        if problem:
            self.message.show_message(problem)

    def _prepare(self, period: Period):
        """On the UI thread: the records from the store. Returned: the work for the preview's worker."""
        selection, today = self.selection(), local_today()
        data = self.store.report.data(needed_ranges(period), today)
        author, organisation = self._author()

        def build() -> bytes:
            from kitdesk.export.report_pdf import build_report_pdf

            report = build_report(data, period, selection, today)
            return build_report_pdf(report, author=author, organisation=organisation, created=utc_now())

        return build

    def _author(self) -> tuple[str, str]:
        settings = self.store.settings.all()
        return settings.get("user_name", ""), settings.get("user_organisation", "")

    def _on_changed(self, changes) -> None:
        if not touches(changes, ENTITIES) or self.merged is not None:
            return
        if self.isVisible():
            self._fill_filters()
            period = self.period()
            if period is not None:  # debounced: a burst of changes makes one report
                self.preview.request(lambda: self._prepare(period))
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._fill_filters()
            self.refresh()

    # -- saving -------------------------------------------------------------------------------------------
    def default_folder(self) -> Path:
        root = self.store.folder.exports if self.store.folder is not None else Path.home()
        return root / "Selvevaluering"

    def _choose_folder(self, title: str) -> Path | None:
        start = self.last_folder or self.default_folder()
        chosen = QFileDialog.getExistingDirectory(self, title, str(start))
        return Path(chosen) if chosen else None

    def save_report(self, folder: Path | None = None) -> None:
        """PDF, CSV and XLSX of the report shown, and the figure file for merging, into `folder` (asked
        for when None). A merged report is saved as shown, without a figure file of its own."""
        period = self.period()
        if (period is None and self.merged is None) or self._job is not None:
            return
        folder = folder or self._choose_folder(self.tr("Choose the folder for the report"))
        if folder is None:
            return
        author, organisation = self._author()
        merged = self.merged
        if merged is not None:
            def write():
                from kitdesk.export.report_files import write_report_files

                return write_report_files(merged, folder, author=author, organisation=organisation,
                                          created=utc_now()).paths

            self._start(FilesJob(write), folder, self.tr("The merged report is saved in %1 as PDF, CSV and Excel."))
            return
        assert period is not None
        selection, today = self.selection(), local_today()
        data = self.store.report.data(needed_ranges(period), today)
        folder_id = self.store.settings.get("folder_id")

        def write():
            from kitdesk.export.report_files import write_report_files

            report = build_report(data, period, selection, today)
            return write_report_files(report, folder, author=author, organisation=organisation,
                                      created=utc_now(), folder_id=folder_id).paths

        self._start(FilesJob(write), folder, self.tr("The report is saved in %1 as PDF, CSV and Excel, with the figure file "
                                                  "colleagues can merge."))

    def save_fee_list(self, folder: Path | None = None) -> None:
        """The GP fee list of the period and the cases chosen – a municipality's, for its payment (PDF and CSV)."""
        period = self.period()
        if period is None or self._job is not None or self.merged is not None:  # never merged: it names the GPs
            return
        folder = folder or self._choose_folder(self.tr("Choose the folder for the GP fee list"))
        if folder is None:
            return
        selection = self.selection()
        lines = self.store.report.gp_participations(period, selection)
        author, organisation = self._author()

        def write():
            from kitdesk.export.gp_fees import write_fee_files

            return write_fee_files(lines, period, folder, author=author, organisation=organisation,
                                   created=utc_now(), selection=selection).paths

        self._start(FilesJob(write), folder, self.tr("The GP fee list is saved in %1 as PDF and CSV."))

    # -- merging colleagues' figure files ---------------------------------------------------------------------
    def merge_figures(self, paths: list[Path] | None = None) -> None:
        """Reads figure files (asked for when None) and shows their merged report in the preview; a file
        that cannot be merged is said in the banner, and the report shown stays as it was."""
        from kitdesk.domain.indicators.figure_file import SUFFIX
        from kitdesk.export.atomic import ExportError
        from kitdesk.export.report_figures import merge_files

        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Choose the figure files to merge (yours too)"),
                str(self.last_folder or self.default_folder()),
                self.tr("Figure files (*%1)").replace("%1", SUFFIX))
            if not chosen:
                return
            paths = [Path(p) for p in chosen]
        try:
            merged = merge_files(paths)
        except Refusal as refusal:
            self.message.show_message(refusal_text(refusal))
            return
        except ExportError as exc:
            self.message.show_message(exc.message)
            return
        self.merged = merged
        for widget in (self.kind, self.which, self.range_box, self.municipality, self.school, self.sector):
            widget.setEnabled(False)
        self.fees_button.setEnabled(False)
        self.fees_button.setToolTip(self.tr("The GP fee list is not merged: it names the GPs. Save it from each "
                                            "data folder."))
        self.own_button.show()
        self.note.setText(self.tr("Merged from %1 figure files: the counts are added up, and a figure based on fewer "
                                  "than %2 children shows \"< %2\".")
                          .replace("%1", str(merged.merged_from)).replace("%2", str(LIMIT)))
        said = self.tr("Showing the figures of %1 files for %2, %3.").replace("%1", str(merged.merged_from)).replace(
            "%2", merged.period.label).replace("%3", merged.selection.label)
        self.message.show_message(" ".join([said, *merged.merge_notes]), "info")
        author, organisation = self._author()

        def build() -> bytes:
            from kitdesk.export.report_pdf import build_report_pdf

            return build_report_pdf(merged, author=author, organisation=organisation, created=utc_now())

        self.preview.request(lambda: build, immediately=True)

    def show_own(self) -> None:
        """Back from a merged report to this data folder's own."""
        self.merged = None
        for widget in (self.kind, self.which, self.range_box, self.municipality, self.school, self.sector):
            widget.setEnabled(True)
        self.fees_button.setEnabled(self._job is None)
        self.fees_button.setToolTip(self.tr("Each GP's participation in the period, for the municipality's payment. "
                                            "Names the GPs, never the child."))
        self.own_button.hide()
        self.note.setText(self._own_note())
        self.refresh()

    def _own_note(self) -> str:
        return self.tr("Counted from the cases in this data folder. A figure based on fewer than %1 children "
                       "shows \"< %1\"; the report names no child.").replace("%1", str(LIMIT))

    def _start(self, job: FilesJob, folder: Path, done_text: str) -> None:
        self._job = job
        self.save_button.setEnabled(False)
        self.fees_button.setEnabled(False)
        self.message.show_message(self.tr("Writing the files…"), "info")
        job.signals.finished.connect(lambda paths: self._written(folder, done_text))
        job.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(job)

    def _written(self, folder: Path, done_text: str) -> None:
        self._job = None
        self.last_folder = folder
        self.save_button.setEnabled(True)
        self.fees_button.setEnabled(self.merged is None)
        self.message.show_message(done_text.replace("%1", str(folder)), "ok")
        self.open_folder_button.show()

    def _failed(self, message: str) -> None:
        self._job = None
        self.save_button.setEnabled(True)
        self.fees_button.setEnabled(self.merged is None)
        self.message.show_message((message or self.tr("The files could not be written.")) + "\n"
                                  + self.tr("Nothing was written. Try again, or choose another folder."))

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))

    def wait_until_idle(self, timeout_ms: int = 15000) -> bool:
        """For tests: the preview rendered and any files written."""
        done = self.preview.wait_until_idle(timeout_ms)
        return QThreadPool.globalInstance().waitForDone(timeout_ms) and done
