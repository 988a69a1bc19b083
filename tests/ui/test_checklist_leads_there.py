"""The send checklist's lines lead to the place to put them right: each ✖ line has a "Go there" button
(reachable by keyboard, named for a screen reader) that shows the section and puts the cursor in the
field – with the real meeting view."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kitdesk.domain.dates import local_today
from kitdesk.ui.meeting_view import MeetingView
from kitdesk.ui.send_checklist import CheckLine
from tests.ui.conftest import case_named

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot, demo_store, bridge):
    store = demo_store
    store.settings.set_many({"user_email": ""})  # the organiser's line too
    meeting_id = store.meetings.create(case_named(store, "Emil Bak"), "family", local_today())
    store.meetings.update(meeting_id, {"form": "video"})
    v = MeetingView(store, bridge, meeting_id)
    qtbot.addWidget(v)
    v.resize(1366, 740)
    v.show()
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    v.show_section(3)
    return v


def _line(view, words) -> CheckLine:
    return next(w for w in view.send.checklist.findChildren(CheckLine) if words in w.text and w.isVisible())


@pytest.mark.parametrize("words, section, field", [
    ("date and start time", 0, "date"),
    ("purpose of the meeting", 1, "purpose"),
    ("item on the agenda", 1, "add_button"),
    ("Invite at least", 2, "network_button"),
    ("the talk with the family", 0, "request_note"),
    ("link to the video meeting", 0, "video_link"),
])
def test_go_there_shows_the_section_and_the_field(qtbot, view, words, section, field):
    line = _line(view, words)
    assert line.go_button is not None and line.go_button.isVisible()
    assert words in line.go_button.accessibleName()
    qtbot.mouseClick(line.go_button, CLICK)
    assert view.tabs.currentIndex() == section
    assert QApplication.focusWidget() is getattr(view.sections[section], field)


def test_by_keyboard_too_and_settings_for_the_organiser(qtbot, view, monkeypatch):
    line = _line(view, "Settings")
    opened = []
    monkeypatch.setattr(view.send, "window", lambda: type("W", (), {"open_settings": lambda _s: opened.append(1)})())
    line.go_button.setFocus()
    qtbot.keyClick(line.go_button, Qt.Key.Key_Space)
    assert opened == [1]
    # Advice and what is fine lead nowhere: no button.
    hints = [w for w in view.send.checklist.findChildren(CheckLine) if w.kind != "block"]
    assert hints and all(w.go_button is None for w in hints)
