"""Starting a meeting: the "Start meeting" button, `kitdesk --meeting ID --start` from a calendar
reminder, closing the tab (everything saved, the writer stopped), and the next start reopening a
meeting that is still running, where it was."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.domain import dates
from kitdesk.store.db import connect
from tests.support import demo_folder, key_of
from tests.ui.conftest import freja_meeting

ROOT = Path(__file__).resolve().parents[2]


def _items(store, meeting_id):
    return [i.id for i in sorted(store.meetings.get(meeting_id).agenda, key=lambda i: i.position)]


@pytest.fixture
def on_meeting_day(monkeypatch, demo_store):
    """Today is the day of Freja's meeting: starting it asks nothing."""
    meeting = demo_store.meetings.get(freja_meeting(demo_store))
    monkeypatch.setattr(dates, "local_today", lambda: dates.to_local(meeting.starts_at).date())


def _close_all(window):
    window.close()  # closeEvent: every live tab saves and stops its writer
    assert all(not v.session.saver._thread.is_alive() for v in window._open_views() if hasattr(v, "session"))


def test_start_meeting_opens_the_live_view_with_the_cursor_in_the_minutes(qtbot, main_window, on_meeting_day):
    store = main_window.store
    meeting_id = freja_meeting(store)
    main_window.open_meeting(meeting_id)
    prep = main_window.meeting_view(meeting_id)
    assert prep.start_button.isVisible() and prep.start_button.property("primary") is True
    qtbot.mouseClick(prep.start_button, Qt.MouseButton.LeftButton)

    assert store.meetings.get(meeting_id).state == "running"
    live = main_window.live_view(meeting_id)
    assert live is not None and main_window.tabs.currentWidget() is live
    assert main_window.meeting_view(meeting_id) is prep  # the preparation tab stays its own
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "In progress: Freja Nørgaard"
    assert QApplication.focusWidget() is live.minutes.first_field()
    assert prep.start_button.text() == "&Go to the meeting"
    main_window.tabs.setCurrentWidget(prep)
    qtbot.mouseClick(prep.start_button, Qt.MouseButton.LeftButton)  # back to the one live tab
    assert main_window.tabs.currentWidget() is live
    assert sum(1 for v in main_window._open_views() if getattr(v, "is_live", False)) == 1

    # Its undo stack is the window's while it is shown: Edit > Undo undoes an attendance click.
    invitee = store.meetings.get(meeting_id).invitees[0]
    qtbot.mouseClick(live.attendance.rows[invitee.id].buttons["in_room"], Qt.MouseButton.LeftButton)
    assert main_window.undo_action.isEnabled()
    main_window.undo_action.trigger()
    assert store.live.attendance(meeting_id)[invitee.id] == ""
    _close_all(main_window)


def test_starting_on_another_day_asks_first(qtbot, main_window, monkeypatch):
    store = main_window.store
    meeting_id = freja_meeting(store)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or
                        QMessageBox.StandardButton.No)
    main_window.open_meeting(meeting_id)
    prep = main_window.meeting_view(meeting_id)
    if dates.to_local(store.meetings.get(meeting_id).starts_at).date() == dates.local_today():
        pytest.skip("the demo meeting is today")
    prep.start_button.click()
    assert asked and "Start it now?" in asked[0]
    assert store.meetings.get(meeting_id).state == "invited"
    assert main_window.live_view(meeting_id) is None


def test_the_start_button_is_only_there_for_a_meeting_that_can_start(main_window):
    store = main_window.store
    for row in store.meetings.rows():
        main_window.open_meeting(row.id)
        if row.state in ("held", "signed"):  # these open as the plan, where there is nothing to start
            assert main_window.meeting_view(row.id) is None and main_window.plan_view(row.id) is not None
            main_window.plan_view(row.id).close_session()
            continue
        shown = main_window.meeting_view(row.id).start_button.isVisibleTo(main_window.meeting_view(row.id))
        assert shown == (row.state in ("invited", "running")), row.state


def test_closing_the_tab_saves_and_stops_the_writer(qtbot, main_window, on_meeting_day):
    store = main_window.store
    meeting_id = freja_meeting(store)
    store.live.start(meeting_id)
    live = main_window.open_live_meeting(meeting_id)
    qtbot.keyClicks(live.minutes.first_field(), "Freja siger, hun er spændt")
    saver = live.session.saver
    main_window.close_tab(main_window.tabs.indexOf(live))
    assert not saver._thread.is_alive()
    assert main_window.live_view(meeting_id) is None
    assert store.live.state(meeting_id).minutes.child_words == "Freja siger, hun er spændt"


def test_the_next_start_reopens_a_running_meeting_where_it_was(qtbot, demo_store, on_meeting_day):
    from kitdesk.ui.main_window import MainWindow

    meeting_id = freja_meeting(demo_store)
    demo_store.live.start(meeting_id)
    items = _items(demo_store, meeting_id)
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    first.show()
    live = first.open_live_meeting(meeting_id)
    qtbot.keyClicks(live.minutes.first_field(), "Freja vil gerne i skole")
    live.next_item()
    qtbot.keyClicks(live.minutes.discussion(items[1]), "Udredningen viser")
    first.close()  # as if the app stopped; a crash is covered by the saver's kill -9 test
    first.bridge.detach()

    second = MainWindow(demo_store)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    second.activateWindow()
    second.reopen_running_meetings()
    again = second.live_view(meeting_id)
    assert again is not None and second.tabs.currentWidget() is again
    assert again.minutes.first_field().toPlainText() == "Freja vil gerne i skole"
    assert again.minutes.discussion(items[1]).toPlainText() == "Udredningen viser"
    assert again.current_item_id == items[1]
    assert again.agenda.rows[items[1]].property("current") is True
    assert second.focusWidget() is again.minutes.discussion(items[1])
    _close_all(second)
    second.bridge.detach()


def test_a_plain_start_without_a_running_meeting_loads_no_live_code(demo_store):
    code = ("import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from kitdesk.paths import DataFolder; from kitdesk.store.store import Store\n"
            "from kitdesk.ui.main_window import MainWindow\n"
            "from tests.support import open_store\n"
            f"store = open_store(DataFolder.resolve({str(demo_store.folder.root)!r}))\n"
            "w = MainWindow(store); w.reopen_running_meetings()\n"
            "print(any(m.startswith('kitdesk.ui.live') for m in sys.modules))\n"
            "w.bridge.detach(); store.close()\n")
    demo_store.close()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "False", result.stderr


# -- from the command line ------------------------------------------------------------------------------

def _kitdesk(home, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KITDESK_EXIT_WHEN_READY": "1"}
    env.pop("KITDESK_HOME", None)
    return subprocess.run([sys.executable, "-m", "kitdesk", "--home", str(home), *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT)


def _lines(output: str) -> dict[str, str]:
    return dict(line.split(" ", 1) for line in output.splitlines() if " " in line)


@pytest.fixture
def home(tmp_path):
    return demo_folder(tmp_path / "home")


def _meeting_ids(home) -> dict[str, int]:
    from kitdesk.paths import DataFolder

    conn = connect(DataFolder(home).db_path, key_of(home))
    try:
        return {state: mid for mid, state in conn.execute("SELECT id, state FROM meetings ORDER BY id")}
    finally:
        conn.close()


def test_meeting_start_from_the_command_line_puts_the_cursor_in_the_minutes(home):
    ids = _meeting_ids(home)
    result = _kitdesk(home, "--meeting", str(ids["invited"]), "--start")
    assert result.returncode == 0, result.stderr
    out = _lines(result.stdout)
    assert out["focus"] == "minutes_child_words"
    assert out["active"] == "1"
    assert out["state"] == "running"
    assert "I gang: Freja Nørgaard" in out["tabs"]

    # The next plain start reopens it, with the cursor in the current item's discussion.
    result = _kitdesk(home)
    assert result.returncode == 0, result.stderr
    out = _lines(result.stdout)
    assert "I gang: Freja Nørgaard" in out["tabs"]
    assert out["focus"].startswith("item_notes_discussion_")


def test_a_meeting_that_cannot_start_says_so_in_danish(home):
    ids = _meeting_ids(home)
    result = _kitdesk(home, "--meeting", str(ids["cancelled"]), "--start")
    assert result.returncode == 4
    assert "Kun et indkaldt møde kan startes." in result.stderr
    result = _kitdesk(home, "--meeting", "999", "--start")
    assert result.returncode == 4 and "999" in result.stderr
    result = _kitdesk(home, "--start")
    assert result.returncode == 2 and "--start kræver --meeting" in result.stderr


def test_meeting_without_start_opens_its_preparation(home):
    ids = _meeting_ids(home)
    result = _kitdesk(home, "--meeting", str(ids["draft"]))
    assert result.returncode == 0, result.stderr
    out = _lines(result.stdout)
    assert "Møde: " in out["tabs"] and "I gang" not in out["tabs"]
    assert out["state"] == "draft"
