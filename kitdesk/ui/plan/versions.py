"""Versioner: every signed version of the plan stays readable and can be sent again, byte for byte."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kitdesk.domain.dates import fmt_date, fmt_time, from_utc_iso
from kitdesk.domain.plan import short_fingerprint
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
        box.addWidget(text, 1)
        if version.is_signed:
            button = QPushButton(self.tr("Send this version…"), row)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, n=version.version: self.export_requested.emit(n))
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows[version.version] = row
        return row

    def _on_changed(self, changes) -> None:
        if any(c.entity in ("plan_versions",) for c in changes):
            self.load()
