"""Versioner: every signed version of the plan stays readable and can be sent again, byte for byte, and is
marked as filed in the case system ("journaliseret") once the user has filed it there."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kitdesk.domain.dates import fmt_date, fmt_time, from_utc_iso
from kitdesk.domain.plan import short_fingerprint
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import heading


class VersionsPanel(QWidget):
    export_requested = Signal(int)  # version number

    def __init__(self, store, bridge, meeting_id: int, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(heading(self.tr("Versions"), self, 2))
        lead = QLabel(self.tr("A signed version never changes. A change after sign-off becomes a new version "
                              "with a reason, signed off again; the earlier versions stay here."), self)
        lead.setWordWrap(True)
        lead.setProperty("muted", True)
        layout.addWidget(lead)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.list = QVBoxLayout(body)
        self.list.setContentsMargins(0, 0, 8, 0)
        self.list.setSpacing(8)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.rows: dict[int, QFrame] = {}
        self.load()
        bridge.changed.connect(self._on_changed)

    def load(self) -> None:
        while self.list.count():
            item = self.list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = {}
        versions = self.store.plans.versions(self.meeting_id)
        self._filings = self.store.plans.filings(self.meeting_id)
        self._exported = self.store.plans.exported_versions(self.meeting_id)
        if not versions:
            empty = QLabel(self.tr("No version has been signed off yet. Version 1 is being prepared."),
                           self.list.parentWidget())
            empty.setWordWrap(True)
            self.list.addWidget(empty)
        for version in reversed(versions):
            self.list.addWidget(self._row(version))
        self.list.addStretch(1)

    def _row(self, version) -> QFrame:
        row = QFrame(self.list.parentWidget())
        row.setObjectName("versionRow")
        box = QHBoxLayout(row)
        box.setContentsMargins(10, 8, 10, 8)
        text = QLabel(row)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        if version.is_signed:
            signed = from_utc_iso(version.signed_at)
            lines = [self.tr("Version %1 · signed off %2 at %3 by %4").replace("%1", str(version.version))
                     .replace("%2", fmt_date(signed)).replace("%3", fmt_time(signed)).replace("%4", version.signed_by),
                     self.tr("Fingerprint %1").replace("%1", short_fingerprint(version.fingerprint))]
        else:
            lines = [self.tr("Version %1 · being prepared, not signed off").replace("%1", str(version.version))]
        if version.reason:
            lines.append(self.tr("Reason: %1").replace("%1", version.reason))
        text.setText("\n".join(lines))
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(text)
        box.addLayout(column, 1)
        if version.is_signed:
            column.addWidget(self._filing_line(row, version.version))
            buttons = QVBoxLayout()
            button = QPushButton(self.tr("Send this version…"), row)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, n=version.version: self.export_requested.emit(n))
            buttons.addWidget(button)
            if version.version in self._exported:
                filed = version.version in self._filings
                mark = QPushButton(self.tr("Not filed after all") if filed else self.tr("Mark as filed"), row)
                mark.setObjectName("fileButton")
                mark.setAutoDefault(False)
                mark.setToolTip(self.tr("Filed (journaliseret) in the case system: the plan then exists there "
                                        "when the case is deleted here"))
                mark.clicked.connect(lambda _c=False, n=version.version, f=filed: self.set_filed(n, not f))
                buttons.addWidget(mark)
            buttons.addStretch(1)
            box.addLayout(buttons)
        self.rows[version.version] = row
        return row

    def _filing_line(self, parent, number: int) -> QLabel:
        """Filed in the case system ("journaliseret") or not – what deleting the case will ask about."""
        filing = self._filings.get(number)
        line = QLabel(parent)
        line.setObjectName("filingStatus")
        line.setWordWrap(True)
        line.setTextFormat(Qt.TextFormat.PlainText)
        if filing is not None:
            text = self.tr("✓ Filed in the case system %1").replace("%1", fmt_date(filing.filed_on))
            if filing.filed_by:
                text += f" ({filing.filed_by})"
            line.setText(text)
            line.setProperty("kind", "ok")
        elif number in self._exported:
            line.setText(self.tr("Not marked as filed in the case system. File the PDF there, then mark it here."))
            line.setProperty("kind", "warning")
        else:
            line.setText(self.tr("Not saved as PDF yet: send or save this version, and file the PDF in the case "
                                 "system."))
            line.setProperty("muted", True)
        return line

    def set_filed(self, number: int, filed: bool) -> None:
        try:
            if filed:
                self.store.plans.mark_filed(self.meeting_id, number)
            else:
                self.store.plans.unmark_filed(self.meeting_id, number)
        except Refusal as exc:
            QMessageBox.warning(self, self.tr("Filed in the case system"), refusal_text(exc))
        except DatabaseErrors as exc:
            QMessageBox.warning(self, self.tr("Filed in the case system"), describe_error(exc))

    def _on_changed(self, changes) -> None:
        if any(c.entity in ("plan_versions", "plan_exports", "plan_filings") for c in changes):
            self.load()
