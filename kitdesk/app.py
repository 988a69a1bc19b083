"""Qt start-up: QApplication, translators, exception hook, instance lock, main window."""
from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk import APP_NAME, __version__
from kitdesk.paths import DataFolder
from kitdesk.store.lock import ALREADY_RUNNING_MESSAGE, InstanceLock

log = logging.getLogger("kitdesk")


def make_application(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("KIT Desk")
    app.setDesktopFileName("kitdesk")
    return app


def run_app(folder: DataFolder, *, quit_when_ready: bool = False, language: str | None = None,
            early_check=None, meeting: int | None = None, start: bool = False) -> int:
    """`early_check`: a callable returning check_database_file()'s result, begun before Qt loaded.
    `meeting`: open this meeting (`--meeting ID`); with `start`, start it and open its live view."""
    from kitdesk.ui.errors import install_exception_hook, setup_logging
    from kitdesk.ui.i18n import install_translators

    app = make_application()
    folder.ensure()
    setup_logging(folder.logs)
    lock = InstanceLock(folder.lock_path)
    if not lock.acquire():
        print(ALREADY_RUNNING_MESSAGE, file=sys.stderr)
        if not quit_when_ready:  # --quit-when-ready runs unattended: no dialog to wait on
            install_translators(app, language or "da")
            QMessageBox.information(None, APP_NAME, ALREADY_RUNNING_MESSAGE)
        return 3
    try:
        store = _open_store_or_recover(app, folder, language, early_check() if early_check else None)
        if store is None:
            return 2
        install_translators(app, language or store.settings.get("language") or "da")
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        install_exception_hook(folder.logs)
        while True:
            window = _show_main_window(app, store, quit_when_ready)
            if meeting is not None:
                _open_meeting(app, window, meeting, start)
            elif os.environ.get("KITDESK_EXIT_WHEN_READY"):
                QTimer.singleShot(300, lambda: _report_focus_and_quit(app, window, None))
            meeting = None  # a restart after restoring a backup opens the plain window
            code = app.exec()
            window.finish(backup=not quit_when_ready)  # a measuring run leaves no backup
            restore = getattr(window, "pending_restore", None)
            window.deleteLater()
            if not window.restart_requested:
                return code
            # Restoring a backup needs the database closed: done here, then a fresh window.
            if restore is not None and not _restore(folder, restore):
                return 2
            store = _open_store_or_recover(app, folder, language)
            if store is None:
                return 2
    finally:
        lock.release()


def _show_main_window(app, store, quit_when_ready: bool):
    store.cases.prefetch_rows()  # read while the window is being built
    from kitdesk.ui.main_window import MainWindow

    window = MainWindow(store)
    screen = app.primaryScreen()
    if screen is not None and screen.availableGeometry().width() < 1600:
        # A laptop screen: use all of it (the geometry too, for desktops without a window manager).
        window.setGeometry(screen.availableGeometry())
        window.showMaximized()
    else:
        window.show()
    if quit_when_ready:
        window.case_list.ready.connect(lambda: _report_ready_and_quit(app))
    # A meeting still running when the app last stopped opens again where it was.
    window.reopen_running_meetings()
    return window


def _open_meeting(app, window, meeting_id: int, start: bool) -> None:
    """`--meeting ID [--start]`: the way a chair jumps in from a calendar reminder – the window in
    front, the cursor in the first field of the minutes."""
    problem = window.open_from_command_line(meeting_id, start)
    window.raise_()
    window.activateWindow()
    unattended = bool(os.environ.get("KITDESK_EXIT_WHEN_READY"))
    if problem:
        print(problem, file=sys.stderr, flush=True)
        if unattended:
            QTimer.singleShot(0, lambda: app.exit(4))
        else:
            QTimer.singleShot(0, lambda: QMessageBox.warning(window, APP_NAME, problem))
        return
    if unattended:
        # A test hook: once the window is up, say where the keyboard cursor is and what state the
        # meeting is in, then leave.
        QTimer.singleShot(300, lambda: _report_focus_and_quit(app, window, meeting_id))


def _report_focus_and_quit(app, window, meeting_id: int | None) -> None:
    """KITDESK_EXIT_WHEN_READY=1 (tests): where the keyboard cursor is, which tabs are open and the
    meeting's state – then close the window as a user would (which saves) and leave."""
    focus = app.focusWidget()
    print(f"focus {focus.objectName() if focus is not None else '-'}", flush=True)
    print(f"active {int(window.isActiveWindow())}", flush=True)
    print("tabs " + " | ".join(window.tabs.tabText(i) for i in range(window.tabs.count())), flush=True)
    if meeting_id is not None:
        print(f"state {window.store.meetings.get(meeting_id).state}", flush=True)
    window.close()
    app.exit(0)


def _report_ready_and_quit(app) -> None:
    # The wall-clock moment the filled window was shown, for the start-up benchmark.
    import time

    print(f"ready {time.time():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)


def _restore(folder: DataFolder, backup_file) -> bool:
    from kitdesk.store.backup import RestoreError, restore_backup

    try:
        restore_backup(backup_file, folder)
    except (RestoreError, OSError) as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return False
    return True


def _open_store_or_recover(app, folder: DataFolder, language: str | None, problems: list[str] | None = None):
    """Open the store; a damaged file is never written to: offer the newest good backup instead."""
    from kitdesk.store.db import DatabaseErrors, describe_error
    from kitdesk.store.store import DatabaseDamaged, Store
    from kitdesk.ui.i18n import install_translators

    try:
        return Store.open(folder, problems=problems)
    except DatabaseDamaged as exc:
        install_translators(app, language or "da")
        from kitdesk.ui.recover_dialog import offer_recovery

        if offer_recovery(folder, exc.problems):
            return Store.open(folder)
        return None
    except DatabaseErrors as exc:
        install_translators(app, language or "da")
        QMessageBox.critical(None, APP_NAME, describe_error(exc))
        return None
