"""The main window: menus, the fixed tabs (Overblik, Sager, Personer, Møder, Aftaler, Selvevaluering), and one
closable tab per open case or meeting.

It only wires screens together; each screen lives in its own file. This module is on the start-up
path: every screen, dialog and store tool beyond the case list is imported where it is first opened
(the imports marked "# on first use"), so the window shows without loading them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTabWidget, QWidget

from kitdesk import APP_NAME
from kitdesk.domain.refusal import Refusal
from kitdesk.ui.bridge import StoreBridge, touches
from kitdesk.ui.case_list import CaseListPage
from kitdesk.ui.desk_page import DeskPage
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.style import STYLE
from kitdesk.ui.widgets import as_typed, title_as_typed
from kitdesk.ui.window_actions import WindowActions

# Overview (where the app opens), Cases, People, Meetings, Agreements and Self-evaluation; every tab after
# them is an open case or meeting and can be closed.
FIXED_TABS = 6
DESK_TAB, CASES_TAB, PEOPLE_TAB, MEETINGS_TAB, AGREEMENTS_TAB, REPORT_TAB = range(FIXED_TABS)


class MainWindow(WindowActions, QMainWindow):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.restart_requested = False
        self.bridge = StoreBridge(store, self)
        self.undo_group = QUndoGroup(self)
        self.setWindowTitle(APP_NAME)
        self.setStyleSheet(STYLE)
        self.resize(1280, 720)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.setCentralWidget(self.tabs)
        self.desk_page = DeskPage(store, self.bridge, self)
        self.tabs.addTab(self.desk_page, self.tr("Overview"))
        self.case_list = CaseListPage(store, self.bridge, self)
        self.tabs.addTab(self.case_list, self.tr("Cases"))
        # The directory, the meetings and the agreements are built when their tab is first opened:
        # start-up shows the overview and fills the case list only.
        self._persons_page = None
        self._meetings_page = None
        self._agreements_page = None
        self.tabs.addTab(QWidget(self), self.tr("People"))
        self.tabs.addTab(QWidget(self), self.tr("Meetings"))
        self.tabs.addTab(QWidget(self), self.tr("Agreements"))
        self._report_page = None
        self.tabs.addTab(QWidget(self), self.tr("Self-evaluation"))
        for fixed in range(FIXED_TABS):
            self.tabs.tabBar().setTabButton(fixed, self.tabs.tabBar().ButtonPosition.RightSide, None)
        if not store.cases.count():
            self.tabs.setCurrentIndex(CASES_TAB)  # a first start: the welcome, not an empty overview
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.case_list.open_case.connect(self.open_case)
        self.case_list.new_case.connect(self.new_case)
        self.case_list.load_demo.connect(self.load_demo)
        self.case_list.show_due.connect(self.show_due_cases)
        self.desk_page.open_meeting.connect(self.open_meeting)
        self.desk_page.open_case.connect(self.open_case)
        self.desk_page.open_agreement.connect(self.show_agreement)
        self.bridge.changed.connect(self._on_changed)
        self._build_menus()
        self._update_title()
        self.session_lock = self._make_session_lock()

    # -- menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New case…"), self.new_case, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("Rece&ive case…"), self.receive_case)
        self._action(file_menu, self.tr("Read in p&lan…"), self.read_plan_in)
        self._action(file_menu, self.tr("&Print…"), self.print_current, QKeySequence.StandardKey.Print)
        self._action(file_menu, self.tr("Load &example data"), self.load_demo)
        self._action(file_menu, self.tr("Remo&ve example data…"), self.remove_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Back up &now"), self.backup_now)
        self._action(file_menu, self.tr("&Restore from backup…"), self.restore_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Closed cases due for &deletion…"), self.show_due_cases)
        self._action(file_menu, self.tr("Deadlines to the &calendar…"), self.save_reminders)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, QKeySequence("Ctrl+,"))
        self._action(file_menu, self.tr("Change &passphrase…"), self.change_passphrase)
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L"))
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # Own actions rather than QUndoGroup's, whose "prefix + text" reads badly in Danish:
        # "Fortryd: Tilføj Peter Ærø til netværket".
        undo = self._action(edit_menu, self.tr("&Undo"), self.undo_group.undo, QKeySequence("Ctrl+Z"))
        redo = self._action(edit_menu, self.tr("&Redo"), self.undo_group.redo, QKeySequence("Ctrl+Shift+Z"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setEnabled(False)
        self.undo_group.canUndoChanged.connect(undo.setEnabled)
        self.undo_group.canRedoChanged.connect(redo.setEnabled)
        # The step's text names people ("Fjern Anna & Bo fra netværket"): shown as typed.
        self.undo_group.undoTextChanged.connect(lambda text: undo.setText(
            self.tr("&Undo: %1").replace("%1", as_typed(text)) if text else self.tr("&Undo")))
        self.undo_group.redoTextChanged.connect(lambda text: redo.setText(
            self.tr("&Redo: %1").replace("%1", as_typed(text)) if text else self.tr("&Redo")))
        self.undo_action, self.redo_action = undo, redo

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Overview"), lambda: self.tabs.setCurrentIndex(DESK_TAB),
                     QKeySequence("Ctrl+0"))
        self._action(view_menu, self.tr("&Cases"), lambda: self.tabs.setCurrentIndex(CASES_TAB),
                     QKeySequence("Ctrl+1"))
        self._action(view_menu, self.tr("&People"), lambda: self.tabs.setCurrentIndex(PEOPLE_TAB),
                     QKeySequence("Ctrl+2"))
        self._action(view_menu, self.tr("&Meetings"), lambda: self.tabs.setCurrentIndex(MEETINGS_TAB),
                     QKeySequence("Ctrl+3"))
        self._action(view_menu, self.tr("A&greements"), lambda: self.tabs.setCurrentIndex(AGREEMENTS_TAB),
                     QKeySequence("Ctrl+4"))
        self._action(view_menu, self.tr("&Self-evaluation"), lambda: self.tabs.setCurrentIndex(REPORT_TAB),
                     QKeySequence("Ctrl+5"))
        self._action(view_menu, self.tr("Close case tab"), lambda: self.close_tab(self.tabs.currentIndex()),
                     QKeySequence("Ctrl+W"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guide and keyboard shortcuts"), self.show_help,
                     QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._action(help_menu, self.tr("&About KIT Desk"), self.about)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @property
    def persons_page(self):
        if self._persons_page is None:
            from kitdesk.ui.persons_page import PersonsPage  # on first use

            page = PersonsPage(self.store, self.bridge, self)
            page.open_case.connect(self.open_case)
            self.undo_group.addStack(page.undo_stack)
            self._put_in_place(PEOPLE_TAB, page, self.tr("People"))
            self._persons_page = page
        return self._persons_page

    @property
    def meetings_page(self):
        if self._meetings_page is None:
            from kitdesk.ui.meetings_page import MeetingsPage  # on first use

            page = MeetingsPage(self.store, self.bridge, self)
            page.open_meeting.connect(self.open_meeting)
            self._put_in_place(MEETINGS_TAB, page, self.tr("Meetings"))
            self._meetings_page = page
        return self._meetings_page

    @property
    def agreements_page(self):
        if self._agreements_page is None:
            from kitdesk.ui.agreements_page import AgreementsPage  # on first use

            page = AgreementsPage(self.store, self.bridge, self)
            page.open_meeting.connect(self.open_meeting)
            page.open_case.connect(self.open_case)
            self.undo_group.addStack(page.undo_stack)
            self._put_in_place(AGREEMENTS_TAB, page, self.tr("Agreements"))
            self._agreements_page = page
        return self._agreements_page

    def show_agreement(self, agreement_id: int) -> None:
        """An agreement from the overview: the Agreements list, showing it selected."""
        page = self.agreements_page
        self.tabs.setCurrentIndex(AGREEMENTS_TAB)
        page.select_agreement(agreement_id)

    @property
    def report_page(self):
        if self._report_page is None:
            from kitdesk.ui.report_page import ReportPage  # on first use

            self._report_page = ReportPage(self.store, self.bridge, self)
            self._put_in_place(REPORT_TAB, self._report_page, self.tr("Self-evaluation"))
        return self._report_page

    def _put_in_place(self, index: int, page: QWidget, title: str) -> None:
        """Swap a fixed tab's placeholder for its page, without the tab bar noticing a change."""
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, title)
        self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def _open_views(self):
        """The open case and meeting tabs."""
        return [self.tabs.widget(index) for index in range(FIXED_TABS, self.tabs.count())]

    # -- cases ------------------------------------------------------------------------------------
    def open_case(self, case_id: int, tab: str = "") -> None:
        """The case's tab – on its tab `tab` (overview, network, consents, ...) when given."""
        from kitdesk.ui.case_view import CaseView  # on first use

        view = self.case_view(case_id)
        if view is not None:
            self.tabs.setCurrentWidget(view)
        else:
            view = CaseView(self.store, self.bridge, case_id, self)
            view.open_meeting.connect(self.open_meeting)
            view.open_agreement.connect(self.show_agreement)
            view.delete_requested.connect(self.delete_case)
            self._add_view(view)
            self.store.access_log.record("case_opened", "cases", case_id, case_id)  # the access log (issue 10)
        if tab:
            view.show_tab(tab)

    def case_view(self, case_id: int):
        # A meeting view may know its case too: only a view without a meeting_id is a case view.
        return next((v for v in self._open_views()
                     if not hasattr(v, "meeting_id") and getattr(v, "case_id", None) == case_id), None)

    def _add_view(self, view) -> None:
        self.undo_group.addStack(view.undo_stack)
        # A tab title holds the child's name: "&" in it is shown, not taken as a shortcut key.
        index = self.tabs.addTab(view, as_typed(view.tab_title()))
        self._name_close_button(index, view.tab_title())
        self.tabs.setCurrentIndex(index)
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))

    # -- meetings ---------------------------------------------------------------------------------
    def open_meeting(self, meeting_id: int) -> None:
        """A meeting opens where its work is: the preparation, the running meeting, or the plan."""
        from kitdesk.ui.meeting_view import MeetingView  # on first use

        state = self.store.meetings.get(meeting_id).state
        if state in ("held", "signed"):
            self.open_plan(meeting_id)
            return
        if state == "running" and self.live_view(meeting_id) is not None:
            self.tabs.setCurrentWidget(self.live_view(meeting_id))
            return
        existing = self.meeting_view(meeting_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return
        view = MeetingView(self.store, self.bridge, meeting_id, self)
        view.start_requested.connect(self.open_live_meeting)
        view.open_requested.connect(self.open_meeting)
        self._add_view(view)
        self.store.access_log.record_meeting("meeting_opened", meeting_id)

    def meeting_view(self, meeting_id: int):
        """The meeting's preparation tab (not its live or plan tab)."""
        return next((v for v in self._open_views() if getattr(v, "meeting_id", None) == meeting_id
                     and not getattr(v, "is_live", False) and not getattr(v, "is_plan", False)), None)

    # -- the plan -----------------------------------------------------------------------------------
    def open_plan(self, meeting_id: int):
        """The held or signed meeting's plan: review, approvals, sign-off, sending."""
        from kitdesk.ui.plan.view import PlanView  # on first use

        view = self.plan_view(meeting_id)
        if view is None:
            view = PlanView(self.store, self.bridge, meeting_id, self)
            view.open_meeting.connect(self.open_meeting)
            self._add_view(view)
            self.store.access_log.record_meeting("plan_viewed", meeting_id)
        else:
            self.tabs.setCurrentWidget(view)
        return view

    def plan_view(self, meeting_id: int):
        return next((v for v in self._open_views() if getattr(v, "meeting_id", None) == meeting_id
                     and getattr(v, "is_plan", False)), None)

    def _review_after_meeting(self, meeting_id: int) -> None:
        """"Gennemgå planen" on a meeting just ended: the live tab gives way to the plan's."""
        live = self.live_view(meeting_id)
        self.open_plan(meeting_id)
        if live is not None:
            self._remove_view(live)

    # -- live meetings ------------------------------------------------------------------------------
    def open_live_meeting(self, meeting_id: int, resume: bool = False):
        """The running meeting's tab, with the cursor in the first minutes field – or, resuming after
        a restart, in the discussion of the item the meeting was at."""
        from kitdesk.ui.live.view import LiveMeetingView  # on first use

        view = self.live_view(meeting_id)
        if view is None:
            view = LiveMeetingView(self.store, self.bridge, meeting_id, self)
            view.review_requested.connect(self._review_after_meeting)
            self._add_view(view)
            self.store.access_log.record_meeting("meeting_opened", meeting_id)
        else:
            self.tabs.setCurrentWidget(view)
        if resume:
            view.focus_current_item()
        else:
            view.focus_first_field()
        return view

    def live_view(self, meeting_id: int):
        return next((v for v in self._open_views() if getattr(v, "meeting_id", None) == meeting_id
                     and getattr(v, "is_live", False)), None)

    def reopen_running_meetings(self) -> None:
        """A meeting still running when the app last stopped (closed, crashed, a flat battery) opens
        again where it was. A light query: start-up without one loads nothing more."""
        for meeting_id in self.store.cases.running_meetings():
            self.open_live_meeting(meeting_id, resume=True)

    def open_from_command_line(self, meeting_id: int, start: bool) -> str | None:
        """`kitdesk --meeting ID [--start]`: show the meeting; with --start, start an invited meeting (a
        running one is simply opened) and show it live. Returns a message when it cannot be done."""
        try:
            meeting = self.store.meetings.get(meeting_id)
        except KeyError:
            return self.tr("There is no meeting number %1.").replace("%1", str(meeting_id))
        if not start:
            self.open_meeting(meeting_id)
            return None
        if meeting.state != "running":
            try:
                self.store.live.start(meeting_id)
            except Refusal as exc:
                return refusal_text(exc)  # the store's own sentence
        self.open_live_meeting(meeting_id)
        return None

    def _close_vanished_meetings(self, changes) -> None:
        """A meeting that is gone (an undone "New network meeting", a deleted draft) loses its tab."""
        touched = {c.id for c in changes if c.entity == "meetings"}
        for view in self._open_views():
            meeting_id = getattr(view, "meeting_id", None)
            if meeting_id not in touched:
                continue
            try:
                self.store.meetings.get(meeting_id)
            except KeyError:
                # Its sections must not reload a meeting that is gone, later in this same announcement.
                for obj in (view, *view.findChildren(QObject)):
                    QObject.disconnect(self.bridge, None, obj, None)
                self._remove_view(view, commit=False)

    def new_case(self) -> None:
        from kitdesk.ui.new_case_dialog import NewCaseDialog  # on first use

        dialog = NewCaseDialog(self.store, self)
        if dialog.exec() and dialog.case_id is not None:
            self.open_case(dialog.case_id)

    def load_demo(self) -> None:
        from kitdesk.store.demo import load_demo  # on first use

        if self.store.cases.count() and QMessageBox.question(
                self, self.tr("Load example data"),
                self.tr("Add four fictitious example cases to your own cases?")) != QMessageBox.StandardButton.Yes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_demo(self.store)
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("Four fictitious example cases were created."), 6000)

    # -- deleting for good (erasure) -----------------------------------------------------------------
    def delete_case(self, case_id: int) -> str:
        from kitdesk.ui.erase_case_dialog import CaseErasure

        return CaseErasure(self).run(self, case_id)

    def close_case_tabs(self, case_ids) -> None:
        """Close every tab of these cases – the case, its meetings, plans and running meetings – saving first."""
        views = [v for v in self._open_views() if getattr(v, "case_id", None) in case_ids]
        for view in views:
            self._remove_view(view)
            # Deleted later, but deaf now: the deletion about to be announced must not reload it.
            for obj in (view, *view.findChildren(QObject)):
                QObject.disconnect(self.bridge, None, obj, None)
        if views:
            self.tabs.setCurrentIndex(CASES_TAB)  # the case list, where the case was

    def remove_demo(self) -> None:
        from kitdesk.ui.demo_removal import DemoRemoval

        DemoRemoval(self).run(self)

    def show_due_cases(self) -> None:
        from kitdesk.ui.retention_dialog import RetentionDialog

        RetentionDialog(self, self).exec()

    def _after_erasure(self) -> None:
        """Deleted for good is not undoable: no undo step may reach for what is gone. A tab of a case that
        is gone (deleted from the command line meanwhile, say) closes."""
        for stack in self.undo_group.stacks():
            stack.clear()
        existing = set(self.store.cases.ids())
        for view in [v for v in self._open_views() if getattr(v, "case_id", None) not in existing]:
            for obj in (view, *view.findChildren(QObject)):  # not refreshed later in this announcement
                QObject.disconnect(self.bridge, None, obj, None)
            self._remove_view(view, commit=False)
            self.tabs.setCurrentIndex(CASES_TAB)

    def close_tab(self, index: int) -> None:
        if index < FIXED_TABS or not _may_close(self.tabs.widget(index)):
            return
        self._remove_view(self.tabs.widget(index))

    def _remove_view(self, view, commit: bool = True) -> None:
        if commit:
            view.commit_pending()
        if hasattr(view, "close_session"):
            view.close_session()  # a live meeting: the last words onto the disk, its writer stopped
        self.undo_group.removeStack(view.undo_stack)
        self.tabs.removeTab(self.tabs.indexOf(view))
        view.deleteLater()

    def _tab_changed(self, index: int) -> None:
        if index == PEOPLE_TAB:
            widget = self.persons_page
        elif index == MEETINGS_TAB:
            widget = self.meetings_page
        elif index == AGREEMENTS_TAB:
            widget = self.agreements_page
        elif index == REPORT_TAB:
            widget = self.report_page
        else:
            widget = self.tabs.widget(index)
        self.undo_group.setActiveStack(getattr(widget, "undo_stack", None))

    def _retitle(self, view, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, as_typed(title))
            self._name_close_button(index, title)

    def _name_close_button(self, index: int, title: str) -> None:
        """The tab's close button, named for a screen reader (Qt leaves it nameless)."""
        button = self.tabs.tabBar().tabButton(index, self.tabs.tabBar().ButtonPosition.RightSide)
        if button is not None:
            button.setAccessibleName(self.tr("Close the tab %1").replace("%1", title))
            button.setToolTip(self.tr("Close the tab (Ctrl+W)"))

    def _on_changed(self, changes) -> None:
        if touches(changes, {"settings"}):
            self._update_title()
        if touches(changes, {"meetings"}):
            self._close_vanished_meetings(changes)
        if touches(changes, {"erasure"}):
            self._after_erasure()

    def _update_title(self) -> None:
        # Qt adds the application's display name itself ("Mette Kjærgaard — KIT Desk").
        self.setWindowTitle(title_as_typed(self.store.settings.get("user_name") or APP_NAME))

    def closeEvent(self, event) -> None:
        if not all(_may_close(view) for view in self._open_views()):
            event.ignore()
            return
        for view in self._open_views():
            view.commit_pending()
            if hasattr(view, "close_session"):
                view.close_session()
        super().closeEvent(event)

    def finish(self, backup: bool = True) -> None:
        """After the event loop: a backup of today's state, then close the database."""
        if backup and not getattr(self, "pending_restore", None):
            self.make_backup()
        self.bridge.detach()
        self.store.close()


def _may_close(view) -> bool:
    """A live or plan view holding words it could not save yet asks the user first (can_close)."""
    return view.can_close() if hasattr(view, "can_close") else True
