"""The main window: menus, the case list and directory as fixed tabs, one closable tab per open case.

It only wires screens together; each screen lives in its own file.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTabWidget, QWidget

from kitdesk import APP_NAME, __version__
from kitdesk.ui.bridge import StoreBridge, touches
from kitdesk.ui.case_list import CaseListPage
from kitdesk.ui.style import STYLE


class MainWindow(QMainWindow):
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
        self.case_list = CaseListPage(store, self.bridge, self)
        self.tabs.addTab(self.case_list, self.tr("Cases"))
        # The directory is built when its tab is first opened: start-up shows the case list only.
        self._persons_page = None
        self.tabs.addTab(QWidget(self), self.tr("People"))
        for fixed in (0, 1):
            self.tabs.tabBar().setTabButton(fixed, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.case_list.open_case.connect(self.open_case)
        self.case_list.new_case.connect(self.new_case)
        self.case_list.load_demo.connect(self.load_demo)
        self.bridge.changed.connect(self._on_changed)
        self._build_menus()
        self._update_title()

    # -- menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New case…"), self.new_case, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("Load &example data"), self.load_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Back up &now"), self.backup_now)
        self._action(file_menu, self.tr("&Restore from backup…"), self.restore_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, QKeySequence("Ctrl+,"))
        file_menu.addSeparator()
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
        self.undo_group.undoTextChanged.connect(
            lambda text: undo.setText(self.tr("&Undo: %1").replace("%1", text) if text else self.tr("&Undo")))
        self.undo_group.redoTextChanged.connect(
            lambda text: redo.setText(self.tr("&Redo: %1").replace("%1", text) if text else self.tr("&Redo")))
        self.undo_action, self.redo_action = undo, redo

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Cases"), lambda: self.tabs.setCurrentIndex(0), QKeySequence("Ctrl+1"))
        self._action(view_menu, self.tr("&People"), lambda: self.tabs.setCurrentIndex(1), QKeySequence("Ctrl+2"))
        self._action(view_menu, self.tr("Close case tab"), lambda: self.close_tab(self.tabs.currentIndex()),
                     QKeySequence("Ctrl+W"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
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
            from kitdesk.ui.persons_page import PersonsPage

            page = PersonsPage(self.store, self.bridge, self)
            page.open_case.connect(self.open_case)
            self.undo_group.addStack(page.undo_stack)
            current = self.tabs.currentIndex()
            placeholder = self.tabs.widget(1)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, page, self.tr("People"))
            self.tabs.tabBar().setTabButton(1, self.tabs.tabBar().ButtonPosition.RightSide, None)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
            self._persons_page = page
        return self._persons_page

    # -- cases ------------------------------------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        from kitdesk.ui.case_view import CaseView

        for index in range(2, self.tabs.count()):
            if self.tabs.widget(index).case_id == case_id:
                self.tabs.setCurrentIndex(index)
                return
        view = CaseView(self.store, self.bridge, case_id, self)
        self.undo_group.addStack(view.undo_stack)
        index = self.tabs.addTab(view, view.tab_title())
        self.tabs.setCurrentIndex(index)
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))

    def case_view(self, case_id: int):
        for index in range(2, self.tabs.count()):
            if self.tabs.widget(index).case_id == case_id:
                return self.tabs.widget(index)
        return None

    def new_case(self) -> None:
        from kitdesk.ui.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.store, self)
        if dialog.exec() and dialog.case_id is not None:
            self.open_case(dialog.case_id)

    def load_demo(self) -> None:
        from kitdesk.store.demo import load_demo

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

    def close_tab(self, index: int) -> None:
        if index < 2:
            return
        view = self.tabs.widget(index)
        view.commit_pending()
        self.undo_group.removeStack(view.undo_stack)
        self.tabs.removeTab(index)
        view.deleteLater()

    def _tab_changed(self, index: int) -> None:
        widget = self.persons_page if index == 1 else self.tabs.widget(index)
        self.undo_group.setActiveStack(getattr(widget, "undo_stack", None))

    def _retitle(self, view, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def _on_changed(self, changes) -> None:
        if touches(changes, {"settings"}):
            self._update_title()

    def _update_title(self) -> None:
        user = self.store.settings.get("user_name")
        self.setWindowTitle(f"{APP_NAME} – {user}" if user else APP_NAME)

    # -- data safety ----------------------------------------------------------------------------
    def backup_now(self) -> None:
        path = self.make_backup()
        if path is not None:
            self.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", path.name), 6000)

    def make_backup(self):
        from kitdesk.domain.dates import local_today
        from kitdesk.store.backup import make_backup, rotate_backups

        if self.store.folder is None:
            return None
        try:
            path = make_backup(self.store.folder.db_path, self.store.folder.backups)
            rotate_backups(self.store.folder.backups, local_today())
        except OSError as exc:
            QMessageBox.warning(self, APP_NAME, self.tr("The backup could not be saved: %1").replace(
                "%1", exc.strerror or str(exc)))
            return None
        return path

    def restore_backup(self) -> None:
        from kitdesk.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.store.folder, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restart_requested = True
            self.pending_restore = dialog.chosen
            self.close()

    def open_settings(self) -> None:
        from kitdesk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.store, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About KIT Desk"), self.tr(
            "KIT Desk %1\n\nCase files and cross-sector network meetings about children and young people "
            "in mental distress.\n\nData folder:\n%2").replace("%1", __version__).replace(
            "%2", str(self.store.folder.root if self.store.folder else "")))

    def closeEvent(self, event) -> None:
        for index in range(2, self.tabs.count()):
            self.tabs.widget(index).commit_pending()
        super().closeEvent(event)

    def finish(self, backup: bool = True) -> None:
        """After the event loop: a backup of today's state, then close the database."""
        if backup and not getattr(self, "pending_restore", None):
            self.make_backup()
        self.bridge.detach()
        self.store.close()
