"""Locked when left: Ctrl+L, the menu, or after some idle minutes (a setting, default 10).

Locking first saves everything (the pending edits of every tab, the minutes on the disk), then
covers every window of the app – the main window, an open dialog, the presentation window on the
second screen – with a plain cover, and their titles say only "KIT Desk – låst". The passphrase
field sits on the window the user can type in (a modal dialog if one is open, else the main window).
Nothing is closed or thrown away: unlocking takes the covers off, and everything is as it was.

The passphrase is checked against the key file (the KDF), never against a copy kept in memory: the
lock screen holds nothing it could reveal.

A running meeting: while a live meeting tab is open and running, the idle lock waits. The chair is
in the room with the family, often listening for long stretches; a screen that locks itself in
front of them would stop the meeting. Ctrl+L still locks at once, and the idle lock starts counting
again when the meeting has ended.

Listening for input: an application-wide event filter sees every event of the app (paints, timers,
each key), in Python. After the input that restarts the idle count it steps aside for a second (a
tenth of the idle time at most) and then listens again, so it runs for a few events a second, not
thousands. The idle lock may therefore come up to that second early.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kitdesk.ui.security.lock_screen import LockScreen

USER_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
              QEvent.Type.TouchBegin}
DEFAULT_IDLE_MINUTES = 10
REST_MS = 1000  # how long the input listener steps aside after it has seen input


class Cover(QWidget):
    """A plain surface over a whole window while locked: nothing of what is under it shows."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("lock_cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # else the sheet's background is not painted
        self.setStyleSheet("QWidget#lock_cover { background: #eef1f5; }")
        layout = QVBoxLayout(self)
        label = QLabel(QApplication.translate("SessionLock", "KIT Desk is locked."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("muted", True)
        layout.addWidget(label)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class SessionLock(QObject):
    locked_changed = Signal(bool)
    minute_ms = 60_000  # a test makes minutes shorter rather than wait

    def __init__(self, window: QWidget, check_passphrase: Callable[[str], object],
                 seconds_to_wait: Callable[[], float], save_everything: Callable[[], None],
                 idle_minutes: Callable[[], int], meeting_running: Callable[[], bool]):
        super().__init__(window)
        self.window = window
        self._check, self._seconds_to_wait = check_passphrase, seconds_to_wait
        self._save_everything, self._idle_minutes, self._meeting_running = save_everything, idle_minutes, meeting_running
        self.locked = False
        self._covered: list[tuple[QWidget, QWidget, str]] = []  # (window, cover, its title)
        self.screen: LockScreen | None = None
        self._idle_on = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_timeout)
        self._resting = QTimer(self)  # see "Listening for input" above
        self._resting.setSingleShot(True)
        self._resting.timeout.connect(self._listen)
        self._listen()
        self.restart_idle()

    # -- locking ------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self._save_everything()
        self.locked = True
        host = QApplication.activeModalWidget() or self.window
        for top in [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isHidden()]:
            if top is host:
                continue
            self._cover(top, Cover(top))
        self.screen = LockScreen(self._check, self._seconds_to_wait, host)
        self.screen.setObjectName("lock_screen")
        self.screen.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.screen.setStyleSheet("QWidget#lock_screen { background: #eef1f5; }")
        self.screen.unlocked.connect(self.unlock)
        self._cover(host, self.screen)
        self.screen.setGeometry(host.rect())
        host.installEventFilter(self)
        self.screen.reset()
        self._idle_on = False
        self._idle.stop()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        for top, cover, title in reversed(self._covered):
            top.removeEventFilter(self)
            cover.hide()
            cover.deleteLater()
            top.setWindowTitle(title)
        self._covered.clear()
        self.screen = None
        self.locked = False
        self.locked_changed.emit(False)
        self.restart_idle()

    def _cover(self, top: QWidget, cover: QWidget) -> None:
        self._covered.append((top, cover, top.windowTitle()))
        top.setWindowTitle(QApplication.translate("SessionLock", "KIT Desk – locked"))
        cover.raise_()
        cover.show()

    # -- idle -----------------------------------------------------------------------------------------
    def restart_idle(self) -> None:
        minutes = self._idle_minutes()
        self._idle_on = minutes > 0 and not self.locked
        if self._idle_on:
            self._idle.start(minutes * self.minute_ms)
        else:
            self._idle.stop()

    def _idle_timeout(self) -> None:
        if self._meeting_running():
            self.restart_idle()  # see the module docstring: never in front of the family
            return
        self.lock()

    def _listen(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _rest(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._resting.start(min(REST_MS, self._idle.interval() // 10))

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in USER_INPUT and self._idle_on:
            self._idle.start()  # again from the top, with its interval
            if not self._resting.isActive():
                self._rest()
        elif kind == QEvent.Type.Resize and self.screen is not None and watched is self.screen.parentWidget():
            self.screen.setGeometry(watched.rect())
        return False

