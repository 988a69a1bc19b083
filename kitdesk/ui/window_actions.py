"""The main window's actions behind the menus that only start something elsewhere: the lock, backups,
printing, handing cases over and reading plans in, settings, help. A mixin of MainWindow (kitdesk.ui.
main_window), kept apart so that the window's own file is about its tabs; its texts are MainWindow's
(the context Qt looks them up under), so they are written with that context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from kitdesk import APP_NAME, __version__
from kitdesk.ui.refusals import NotReady


class WindowActions:
    def receive_case(self):
        """"Modtag sag…" (issue 14): a case handed over from another laptop; opened when received."""
        from kitdesk.ui.receive_dialog import ReceiveDialog  # on first use

        dialog = ReceiveDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            if dialog.received is not None:
                text = QCoreApplication.translate("MainWindow", "The case %1 was received.")
                self.statusBar().showMessage(text.replace("%1", dialog.received.case_no), 6000)
                self.open_case(dialog.received.case_id)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def read_plan_in(self, path: str | None = None) -> None:
        """Filer → Læs plan ind…: a plan PDF from another KIT Desk; its agreements go into a case's follow-up."""
        from kitdesk.ui.plan_import_dialog import read_plan_from_file  # on first use

        result = read_plan_from_file(self, self.store, path)
        if result is None:
            return
        self.open_case(result.case_id)
        if result.outcome == "unchanged":
            text = QCoreApplication.translate("MainWindow",
                                              "The plan was already read into case %1 – nothing was changed.")
        else:
            text = QCoreApplication.translate("MainWindow", "The plan has been read into case %1. Its agreements are "
                                              "followed up at the case's next meeting.")
        self.statusBar().showMessage(text.replace("%1", result.case_no), 10000)

    def save_reminders(self) -> None:
        from kitdesk.ui.desk_actions import save_reminders  # on first use

        save_reminders(self)

    def _make_session_lock(self):
        from kitdesk.store import unlocking
        from kitdesk.ui.security.session_lock import DEFAULT_IDLE_MINUTES, SessionLock

        folder = self.store.folder

        def idle_minutes() -> int:
            try:
                return int(self.store.settings.get("lock_after_minutes") or DEFAULT_IDLE_MINUTES)
            except ValueError:
                return DEFAULT_IDLE_MINUTES

        lock = SessionLock(self, lambda passphrase: unlocking.unlock(folder, passphrase),
                           lambda: unlocking.seconds_to_wait(folder), self.save_everything, idle_minutes,
                           lambda: any(getattr(v, "is_live", False) for v in self._open_views()))
        lock.locked_changed.connect(self._locked_changed)
        return lock

    def lock(self) -> None:
        if self.store.folder is not None:
            self.session_lock.lock()

    def save_everything(self) -> None:
        """Every tab's pending edits and every running meeting's minutes onto the disk."""
        for view in self._open_views():
            view.commit_pending()

    def _locked_changed(self, locked: bool) -> None:
        # While locked no action may run behind the cover (Ctrl+W closing a tab, say).
        if locked:
            self._enabled_before_lock = {a: a.isEnabled() for a in self.findChildren(QAction)}
            for action in self._enabled_before_lock:
                action.setEnabled(False)
        else:
            for action, enabled in getattr(self, "_enabled_before_lock", {}).items():
                action.setEnabled(enabled)
            self._enabled_before_lock = {}

    def change_passphrase(self) -> None:
        from kitdesk.ui.security.change_passphrase import change_passphrase  # on first use

        change_passphrase(self, self.store)

    def backup_now(self) -> None:
        path = self.make_backup()
        if path is not None:
            text = QCoreApplication.translate("MainWindow", "Backup saved: %1")
            self.statusBar().showMessage(text.replace("%1", path.name), 6000)

    def make_backup(self):
        from kitdesk.domain.dates import local_today  # on first use
        from kitdesk.store.backup import BackupError, make_backup, rotate_backups  # on first use

        if self.store.folder is None:
            return None
        try:
            path = make_backup(self.store.folder.db_path, self.store.folder.backups, key=self.store.key)
        except BackupError as exc:  # Danish, says why and what to do
            QMessageBox.warning(self, APP_NAME, str(exc))
            return None
        rotate_backups(self.store.folder.backups, local_today())
        return path

    def restore_backup(self) -> None:
        from kitdesk.ui.restore_dialog import RestoreDialog  # on first use

        dialog = RestoreDialog(self.store.folder, self.store.key, self)
        if dialog.exec() and dialog.chosen is not None:
            # app.py restores once this window has closed the database, and opens a new window.
            self.restart_requested = True
            self.pending_restore = dialog.chosen
            self.restore_other_folder_ok = dialog.other_folder_ok
            if not self.close():  # the user kept the window open for words not yet saved
                self.restart_requested = False
                self.pending_restore = None

    def print_current(self) -> bool:
        """Filer → Udskriv: the invitation of the meeting shown, or the plan shown, on paper."""
        view = self.tabs.currentWidget()
        if not hasattr(view, "printable"):
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Print"), QCoreApplication.translate(
                "MainWindow", "Open a meeting to print its invitation, or a meeting's plan to print the plan."))
            return False
        try:
            title, data = view.printable()
        except NotReady as exc:  # the screen's own words for what is missing
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Print"), str(exc))
            return False
        from kitdesk.ui.printing import print_pdf  # on first use

        if not print_pdf(self, data, title):
            return False
        view.record_printed()
        text = QCoreApplication.translate("MainWindow", "Sent to the printer: %1")
        self.statusBar().showMessage(text.replace("%1", title), 6000)
        return True

    def open_settings(self) -> None:
        from kitdesk.ui.settings_dialog import SettingsDialog  # on first use

        SettingsDialog(self.store, self).exec()

    def show_help(self):
        from kitdesk.ui.help_dialog import HelpDialog  # on first use

        dialog = HelpDialog(self, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self) -> None:
        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About KIT Desk"), QCoreApplication.translate(
            "MainWindow", "KIT Desk %1\n\nCase files and cross-sector network meetings about children and young people "
            "in mental distress.\n\nData folder:\n%2").replace("%1", __version__).replace(
            "%2", str(self.store.folder.root if self.store.folder else "")))
