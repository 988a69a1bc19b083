"""Sag: one case in tabs – Oversigt, Netværk, Samtykke, Informationsudveksling, Stafetlog, Møder."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.network import missing_contact_sides
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.widgets import Banner, heading


class CaseView(QWidget):
    title_changed = Signal(str)
    open_meeting = Signal(int)  # relayed from the Meetings tab; the main window opens the meeting
    delete_requested = Signal(int)  # "Slet sag…": the main window asks, closes the tabs and deletes

    def __init__(self, store, bridge, case_id: int, parent=None):
        super().__init__(parent)
        from kitdesk.ui.case_consents import ConsentsTab
        from kitdesk.ui.case_exchanges import ExchangesTab
        from kitdesk.ui.case_log import LogTab
        from kitdesk.ui.case_meetings import CaseMeetingsTab
        from kitdesk.ui.case_network import NetworkTab
        from kitdesk.ui.case_overview import OverviewTab

        self.store = store
        self.case_id = case_id
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        top = QHBoxLayout()
        self.title = heading("", self)
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("muted", True)
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.subtitle, 1)
        self.extract_button = QPushButton(self.tr("Access request extract…"), self)
        self.extract_button.setToolTip(self.tr("What KIT Desk holds about the child, and who has seen and changed "
                                               "it – as PDF and CSV, for a request for access (GDPR art. 15)"))
        self.extract_button.setAutoDefault(False)
        self.extract_button.clicked.connect(self.access_extract)
        top.addWidget(self.extract_button)
        self.delete_button = QPushButton(self.tr("Delete case…"), self)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setToolTip(self.tr("Delete the case and everything about it for good"))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.case_id))
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        self.warning = Banner(self)
        layout.addWidget(self.warning)

        self.tabs = QTabWidget(self)
        args = (store, bridge, case_id, self.undo_stack)
        self.overview = OverviewTab(*args, parent=self)
        self.network = NetworkTab(*args, parent=self)
        self.consents = ConsentsTab(*args, parent=self)
        self.exchanges = ExchangesTab(*args, parent=self)
        self.log = LogTab(*args, parent=self)
        self.meetings = CaseMeetingsTab(*args, parent=self)
        self.meetings.open_meeting.connect(self.open_meeting)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.network, self.tr("Network"))
        self.tabs.addTab(self.consents, self.tr("Consent"))
        self.tabs.addTab(self.exchanges, self.tr("Information exchange"))
        self.tabs.addTab(self.log, self.tr("Baton log"))
        self.tabs.addTab(self.meetings, self.tr("Meetings"))
        layout.addWidget(self.tabs, 1)
        # The warning says where to act; on the Network tab it points at the list below.
        self.tabs.currentChanged.connect(lambda _i: self.refresh_header())
        bridge.changed.connect(self._on_changed)
        self.refresh_header()

    def tab_title(self) -> str:
        return self.store.cases.get(self.case_id).child_name or self.tr("New case")

    def refresh_header(self) -> None:
        case = self.store.cases.get(self.case_id)
        self.title.setText(case.child_name)
        parts = [case.case_no]
        if case.birth_date:
            parts.append(self.tr("born %1").replace("%1", fmt_date(case.birth_date)))
        parts.append(labels.label(labels.PHASES, case.phase))
        parts.append(self.tr("step %1 · level %2").replace("%1", str(case.step)).replace("%2", str(case.level)))
        self.subtitle.setText("  ·  ".join(parts))
        missing = missing_contact_sides(self.store.network.members(self.case_id)) if case.is_open else []
        # Shown on every tab alike: a banner that came and went with the tab would move the tab bar
        # (and every row under it) each time the user switched tabs.
        if missing:
            sides = self.tr(" and ").join(labels.label(labels.SIDES, s) for s in missing)
            text = (self.tr("No responsible contact person for %1. Mark one in the list below.")
                    if self.tabs.currentWidget() is self.network else
                    self.tr("No responsible contact person for %1. Mark one in the Network tab."))
            self.warning.show_message(text.replace("%1", sides))
        else:
            self.warning.show_message("")
        self.title_changed.emit(self.tab_title())

    def access_extract(self):
        """"Udtræk til indsigt" for the child (issue 10)."""
        from kitdesk.ui.access_extract_dialog import AccessExtractDialog

        dialog = AccessExtractDialog(self.store, case_id=self.case_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def commit_pending(self) -> None:
        for tab in (self.overview, self.network, self.consents, self.exchanges, self.log, self.meetings):
            tab.commit_pending()

    def _on_changed(self, changes) -> None:
        if any(c.entity == "erasure" for c in changes):
            return  # the main window closes the tab of a case that is gone
        if touches(changes, {"cases", "members", "persons"}, self.case_id):
            self.refresh_header()
