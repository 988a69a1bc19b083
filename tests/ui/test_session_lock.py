"""Locked when left: Ctrl+L saves everything and covers every window (the presentation window too),
titles say nothing personal, only the passphrase unlocks, nothing runs behind the cover, and the
idle lock waits while a meeting is running."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from kitdesk.domain import dates
from kitdesk.ui.security.session_lock import SessionLock
from tests.support import TEST_PASSPHRASE
from tests.ui.conftest import freja_meeting, on_disk


def _locked_cover(window):
    return window.session_lock.screen


COVER = (0xee, 0xf1, 0xf5)


def assert_nothing_shows(window, card=None):
    """What the screen shows of the window: the cover's colour all over, but for the passphrase card."""
    image = window.grab().toImage()
    w, h = image.width(), image.height()
    points = [(x * w // 10, y * h // 10) for x in range(1, 10) for y in range(1, 10)]
    for x, y in points:
        if card is not None and card.isVisible():
            top_left = card.mapTo(window, card.rect().topLeft())
            if card.rect().translated(top_left).contains(x, y):
                continue
        colour = image.pixelColor(x, y)
        assert (colour.red(), colour.green(), colour.blue()) == COVER, (x, y, colour.name())


def _type_passphrase(qtbot, screen, text):
    screen.field.clear()
    qtbot.keyClicks(screen.field, text)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)


@pytest.fixture
def on_meeting_day(monkeypatch, demo_store):
    meeting = demo_store.meetings.get(freja_meeting(demo_store))
    monkeypatch.setattr(dates, "local_today", lambda: dates.to_local(meeting.starts_at).date())


def test_ctrl_l_saves_the_minutes_covers_every_window_and_only_the_passphrase_unlocks(
        qtbot, main_window, danish, on_meeting_day):
    store = main_window.store
    meeting_id = freja_meeting(store)
    store.live.start(meeting_id)
    live = main_window.open_live_meeting(meeting_id)
    live.share_screen()
    presentation = live.presentation
    assert presentation.isVisible()
    qtbot.keyClicks(live.minutes.first_field(), "Freja fortæller om skolen")
    before = {w: w.windowTitle() for w in (main_window, presentation)}

    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    lock = main_window.session_lock
    assert lock.locked
    # Saved before anything is covered: the words are on the disk, not only in the window.
    assert on_disk(store, "SELECT child_words FROM minutes WHERE meeting_id = ?", [meeting_id]) == \
        "Freja fortæller om skolen"
    from PySide6.QtWidgets import QFrame, QLabel

    card = lock.screen.findChild(QFrame, "welcome")
    words = next(c for w, c, _ in lock._covered if w is presentation).findChild(QLabel)  # "KIT Desk er låst."
    for window, shown in ((main_window, card), (presentation, words)):
        assert_nothing_shows(window, shown)
        assert window.windowTitle() == "KIT Desk – låst"
        cover = next(c for w, c, _ in lock._covered if w is window)
        assert cover.isVisible() and cover.geometry() == window.rect()
        assert window.childAt(window.rect().center()) in (cover, *cover.findChildren(object))
    assert "Freja" not in main_window.windowTitle() + presentation.windowTitle()
    # Nothing runs behind the cover: Ctrl+W would close the meeting's tab.
    tabs = main_window.tabs.count()
    qtbot.keyClick(main_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.count() == tabs and not main_window.lock_action.isEnabled()

    screen = _locked_cover(main_window)
    _type_passphrase(qtbot, screen, "forkert adgangskode")
    assert lock.locked and "forkert" in screen.message.text()
    _type_passphrase(qtbot, screen, TEST_PASSPHRASE)
    assert not lock.locked
    assert {w: w.windowTitle() for w in (main_window, presentation)} == before
    assert main_window.lock_action.isEnabled() and not lock._covered
    assert live.minutes.first_field().toPlainText() == "Freja fortæller om skolen"  # where the chair was
    live.close_session()


def test_an_open_dialog_is_covered_and_the_field_is_on_it(qtbot, main_window, danish):
    dialog = QDialog(main_window)
    layout = QVBoxLayout(dialog)
    secret = QLineEdit("Camilla Nørgaard, mor", dialog)
    layout.addWidget(secret)
    dialog.setWindowTitle("Ret Camilla Nørgaard")
    dialog.open()  # window-modal, as the app's dialogs are
    qtbot.waitExposed(dialog)
    main_window.lock()
    lock = main_window.session_lock
    host = lock.screen.parentWidget()
    assert host is QApplication.activeModalWidget() is dialog
    assert dialog.windowTitle() == "KIT Desk – låst" and main_window.windowTitle() == "KIT Desk – låst"
    assert secret.text() == "Camilla Nørgaard, mor"  # nothing typed is thrown away
    _type_passphrase(qtbot, lock.screen, TEST_PASSPHRASE)
    assert dialog.isVisible() and dialog.windowTitle() == "Ret Camilla Nørgaard"
    dialog.reject()


def test_the_idle_lock_comes_after_the_set_minutes_but_not_during_a_running_meeting(
        qtbot, main_window, monkeypatch, on_meeting_day):
    monkeypatch.setattr(SessionLock, "minute_ms", 40)
    store = main_window.store
    store.settings.set_many({"lock_after_minutes": "2"})
    lock = main_window.session_lock
    lock.restart_idle()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    _type_passphrase(qtbot, lock.screen, TEST_PASSPHRASE)

    meeting_id = freja_meeting(store)
    store.live.start(meeting_id)
    live = main_window.open_live_meeting(meeting_id)
    lock.restart_idle()
    qtbot.wait(400)  # five idle periods
    assert not lock.locked  # in front of the family: never by itself
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked  # Ctrl+L still locks at once
    _type_passphrase(qtbot, lock.screen, TEST_PASSPHRASE)
    main_window.close_tab(main_window.tabs.indexOf(live))
    lock.restart_idle()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)


def test_no_idle_lock_when_the_setting_says_never(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(SessionLock, "minute_ms", 20)
    main_window.store.settings.set_many({"lock_after_minutes": "0"})
    main_window.session_lock.restart_idle()
    qtbot.wait(200)
    assert not main_window.session_lock.locked


def test_typing_keeps_the_idle_lock_away_and_it_comes_when_the_typing_stops(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(SessionLock, "minute_ms", 40)
    main_window.store.settings.set_many({"lock_after_minutes": "2"})  # 80 ms
    lock = main_window.session_lock
    lock.restart_idle()
    for _ in range(20):  # 600 ms of typing, a key every 30 ms: far past the idle time
        qtbot.keyClick(main_window.case_list.search, Qt.Key.Key_A)
        qtbot.wait(30)
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
