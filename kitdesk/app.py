"""Qt start-up: QApplication, translators, exception hook, instance lock, main window."""
from __future__ import annotations

import functools
import logging
import os
import sys

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk import APP_NAME, __version__
from kitdesk.paths import DataFolder

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
            meeting: int | None = None, start: bool = False, early=None) -> int:
    """`meeting`: open this meeting (`--meeting ID`); with `start`, start it and open its live view.
    `early`: the unlocking begun before Qt loaded (unlocking.start_unlocking), or None."""
    from kitdesk.paths import read_language
    from kitdesk.store.opening import open_data_folder, restore_and_open
    from kitdesk.ui.errors import install_exception_hook
    from kitdesk.ui.i18n import install_translators
    from kitdesk.ui.security.key_source import key_source

    app = make_application()
    # A run without a user (--quit-when-ready, tests) says what it found on stderr, never in a dialog.
    unattended = quit_when_ready or bool(os.environ.get("KITDESK_EXIT_WHEN_READY"))
    # The passphrase screens come before the settings can be read: their language is kept beside.
    install_translators(app, language or read_language(folder) or "da")
    from kitdesk.ui.style import STYLE

    app.setStyleSheet(STYLE)  # the passphrase screens come before the main window and its sheet

    @functools.cache  # once, whichever asks first
    def before_the_window() -> None:
        """What the window needs and no key: while the key is derived from the passphrase (given, or
        typed) in a thread – scrypt lets go of the GIL, and this thread would only wait."""
        _warm_working_days(folder)
        _load_window_code()

    if early is not None:
        before_the_window()
    prepared = early() if early is not None else None
    key, examined = prepared if prepared is not None else (None, None)
    opening = open_data_folder(folder, key=key,
                               get_key=key_source(folder, unattended=unattended, meanwhile=before_the_window),
                               examined=(lambda: examined) if examined is not None else None)
    try:
        _start_logging(folder)
        if not opening.opened:
            opening = _present(opening, unattended)
            if not opening.opened:
                return opening.exit_code
        # Not before the passphrase screen: its imports (importlib.metadata, the holiday tables, the
        # window's code) would hold the screen back, which the user sees, for nothing (issue 10).
        before_the_window()
        install_translators(app, language or opening.store.settings.get("language") or "da")
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        install_exception_hook(folder.logs)
        if not unattended:
            ask_identity(opening.store)
        while True:
            window = _show_main_window(app, opening.store, quit_when_ready)
            _tell_notice(opening, window, unattended)
            if opening.cleaned:  # in passing: nothing to decide
                window.statusBar().showMessage(opening.cleaned, 15000)
            if meeting is not None:
                _open_meeting(app, window, meeting, start)
            elif os.environ.get("KITDESK_EXIT_WHEN_READY"):
                QTimer.singleShot(300, lambda window=window: _report_focus_and_quit(app, window, None))
            meeting = None  # a restart after restoring a backup opens the plain window
            code = app.exec()
            window.finish(backup=not quit_when_ready)  # a measuring run leaves no backup
            restore = getattr(window, "pending_restore", None)
            other_folder_ok = getattr(window, "restore_other_folder_ok", False)
            window.deleteLater()
            if not window.restart_requested or restore is None:
                return code
            # Restoring a backup needs the database closed: done here, then a fresh window.
            opening = restore_and_open(opening, restore, other_folder_ok=other_folder_ok)
            if not opening.opened:
                opening = _present(opening, unattended)
                if not opening.opened:
                    return opening.exit_code
    finally:
        opening.close()


def ask_identity(store) -> None:
    """The first start, after the passphrase screens: while no user name is set, the user is asked for
    their own name and organisation (they sign invitations and plans)."""
    from kitdesk.ui.first_start_dialog import FirstStartDialog, needs_identity

    if needs_identity(store):
        FirstStartDialog(store).exec()


def _start_logging(folder: DataFolder) -> None:
    from kitdesk.ui.errors import setup_logging

    try:
        setup_logging(folder.logs)
    except OSError:
        pass  # a read-only or full data folder: the user is told about the folder, not the log


def _present(opening, unattended: bool):
    """What stopped the data from opening, on stderr and (with a user) in a dialog; for a damaged
    database the user's choice is carried out. Returns the answer after that."""
    print(opening.message, file=sys.stderr, flush=True)
    if unattended:
        return opening
    from kitdesk.ui.recover_dialog import present

    return present(opening)


def _tell_notice(opening, window, unattended: bool) -> None:
    """What the user should know once the window is up: a restore done (or not), or a full disk
    (the data shows, but nothing new can be saved)."""
    if not opening.notice:
        return
    print(opening.notice, file=sys.stderr, flush=True)
    if unattended:
        return
    show = QMessageBox.information if opening.restored else QMessageBox.warning
    text = opening.notice
    QTimer.singleShot(0, lambda: show(window, APP_NAME, text))


def _warm_working_days(folder) -> None:
    """The overview the window opens on counts working days to the deadlines of meetings asked for:
    the holiday tables come from the data folder's cache (the holidays package only when it is stale)."""
    from kitdesk.domain.dates import local_today
    from kitdesk.store import holiday_cache

    holiday_cache.warm(folder, local_today())


def _load_window_code() -> None:
    """The code of the store and of the window the data opens in (it needs no key)."""
    import kitdesk.store.repos.cases  # noqa: F401
    import kitdesk.store.repos.desk  # noqa: F401
    import kitdesk.store.store  # noqa: F401
    import kitdesk.ui.main_window  # noqa: F401


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
        window.tabs.currentWidget().ready.connect(lambda: _report_ready_and_quit(app))  # overview or cases
    if store.page_check.owed:  # the file was sealed: its pages are walked once the first page shows
        from kitdesk.ui.damage_notice import walk_pages_after_first_page

        unattended = quit_when_ready or bool(os.environ.get("KITDESK_EXIT_WHEN_READY"))
        walk_pages_after_first_page(window, store, window.tabs.currentWidget(), unattended=unattended)
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
