"""The shared screen: the current item and the agreements as the chair types them, in large type –
never an item's discussion, never an internal note, never a CPR number or the full name. F11/Esc,
its own store subscription let go on close, and a second screen used when there is one."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kitdesk.ui.live.agreements import AgreementsPanel
from kitdesk.ui.live.presentation import PresentationWindow, first_name
from tests.ui.test_live_agreements import live_meeting

ROOT = Path(__file__).resolve().parents[2]
SECRET = "INTERNT: mor virker meget presset"
DISCUSSION = "Drøftelse: Freja fortæller om frikvartererne"


@pytest.fixture
def live(demo_store):
    with live_meeting(demo_store) as meeting:
        yield meeting


@pytest.fixture
def window(qtbot, live):
    w = PresentationWindow(live.store, live.session)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def agenda(live):
    return live.store.meetings.get(live.meeting_id).agenda


def test_first_name_only():
    assert first_name("Freja Nørgaard") == "Freja" and first_name("") == ""


def test_it_shows_the_first_name_the_date_and_the_current_item(live, window):
    texts = window.shown_texts()
    assert "Network meeting about Freja" in texts and window.windowTitle() == "Network meeting about Freja"
    assert not any("Nørgaard" in t for t in texts)
    first = agenda(live)[0]
    assert window.item_title.text() == first.title and "ITEM 1 OF 5" in window.now.text()
    assert "min" in window.item_time.text() and "–" in window.item_time.text()
    assert window.empty.isVisible() and window.empty.text() == "No agreements yet."

    live.session.set_current_item(agenda(live)[2].id)  # the chair's "next item"
    assert window.item_title.text() == agenda(live)[2].title and "ITEM 3 OF 5" in window.now.text()


def test_agreements_appear_as_the_chair_types_them(qtbot, live, window):
    panel = AgreementsPanel(live.store, live.bridge, live.session, live.stack)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()  # the chair's window has the keyboard; the shared screen only shows
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.what, "Skolen laver")
    assert "Skolen laver" in window.shown_texts()  # before it is even saved
    qtbot.keyClicks(panel.what, " en plan")
    assert "Skolen laver en plan" in window.shown_texts()
    panel.responsible.setCurrentIndex(panel.responsible.findText("Peter Ærø"))
    panel.responsible.activated.emit(panel.responsible.currentIndex())
    panel.deadline.setFocus()
    qtbot.keyClicks(panel.deadline, "14.12.2026")
    qtbot.keyClick(panel.deadline, Qt.Key.Key_Tab)
    assert "Peter Ærø (Municipality – school)  ·  deadline 14.12.2026" in window.shown_texts()
    assert window.rows[0].number.text() == "1." and not window.empty.isVisible()
    panel.ongoing.click()
    assert "Peter Ærø (Municipality – school)  ·  ongoing" in window.shown_texts()
    panel.remove_selected()
    assert window.empty.isVisible() and "Skolen laver en plan" not in window.shown_texts()


def test_never_a_discussion_nor_an_internal_note(qtbot, live, window):
    item = agenda(live)[0].id
    live.session.type("item_notes", item, "internal_note", SECRET)
    live.session.type("item_notes", item, "discussion", DISCUSSION)
    live.session.type("minutes", live.meeting_id, "challenges", "Udfordringer: " + SECRET)
    live.store.live.add_agreement(live.meeting_id, item, what="Skolen laver en plan")  # a refresh from the store
    live.session.flush()
    fresh = PresentationWindow(live.store, live.session)  # and one that reads everything anew
    qtbot.addWidget(fresh)
    fresh.show()
    for w in (window, fresh):
        everything = " ".join(label.text() for label in w.findChildren(QLabel)) + w.windowTitle()
        assert "Skolen laver en plan" in everything
        assert SECRET not in everything and "INTERNT" not in everything and DISCUSSION not in everything
    fresh.close()


def test_never_a_cpr_number(qtbot, live):
    case_id = live.store.meetings.get(live.meeting_id).case_id
    live.store.cases.update(case_id, {"cpr": "1704131234"})
    w = PresentationWindow(live.store, live.session)
    qtbot.addWidget(w)
    w.show()
    everything = " ".join(label.text() for label in w.findChildren(QLabel)) + w.windowTitle()
    assert "170413" not in everything and "1234" not in everything
    w.close()


def test_no_new_agreements_is_said_plainly(live, window):
    live.session.type("minutes", live.meeting_id, "no_new_agreements", 1)
    assert window.empty.text() == "No new agreements at this meeting."


def test_long_and_markup_text_shows_literally(live, window):
    agreement = live.store.live.add_agreement(live.meeting_id, what="x")
    live.session.type("agreements", agreement, "what", "<b>Skolen</b> " + "å" * 3000)
    row = window.rows[0]
    assert row.what.textFormat() == Qt.TextFormat.PlainText and row.what.text().startswith("<b>Skolen</b>")


def test_f11_toggles_full_screen_and_esc_closes_it(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # full screen too: Esc is the way out
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_visible_way_out(qtbot, window):
    button = window.close_button
    assert button.isVisible() and "Esc" in button.text() and button.text() in window.shown_texts() + [button.text()]
    assert button.mapTo(window, button.rect().topLeft()).y() < 80  # in the band at the top
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_on_one_screen_the_chairs_window_stays_in_front(qtbot, demo_store, bridge):
    """The shared screen is a window of its own (no Qt parent, so the window system does not keep it
    above the chair's), and sharing leaves the chair's window active, with a word on where it went."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from kitdesk.ui.live.view import LiveMeetingView
    from tests.ui.conftest import freja_meeting

    meeting_id = freja_meeting(demo_store)
    demo_store.live.start(meeting_id)
    main = QMainWindow()
    qtbot.addWidget(main)
    view = LiveMeetingView(demo_store, bridge, meeting_id)
    main.setCentralWidget(view)
    main.resize(1366, 740)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    try:
        qtbot.mouseClick(view.share_button, Qt.MouseButton.LeftButton)
        shared = view.presentation
        qtbot.waitExposed(shared)
        assert shared.isVisible() and not shared.isFullScreen()
        assert shared.parentWidget() is None and shared.windowHandle().transientParent() is None
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
        assert "behind this one" in main.statusBar().currentMessage()
    finally:
        view.close_session()
    assert view.presentation is None and not shared.isVisible()


def test_the_store_subscription_is_let_go_on_close_and_taken_up_again(qtbot, live, window):
    listeners = len(live.store._listeners)
    window.close()
    assert len(live.store._listeners) == listeners - 1
    live.store.live.add_agreement(live.meeting_id, what="Skrevet mens vinduet var lukket")
    window.show()
    assert "Skrevet mens vinduet var lukket" in window.shown_texts()
    assert len(live.store._listeners) == listeners


def test_one_screen_opens_an_ordinary_window(qtbot, live):
    w = PresentationWindow(live.store, live.session)
    qtbot.addWidget(w)
    w.present()
    qtbot.waitExposed(w)
    assert w.isVisible() and not w.isFullScreen()
    w.close()


CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from kitdesk.paths import DataFolder
    from kitdesk.store.demo import load_demo
    from tests.support import open_store
    from kitdesk.ui.live.session import LiveSession
    from kitdesk.ui.live.presentation import PresentationWindow
    from tests.ui.test_live_agreements import start_freja

    app = QApplication([])
    store = open_store(DataFolder(Path(sys.argv[1])).ensure())
    load_demo(store)
    meeting_id, _ = start_freja(store)
    session = LiveSession(store, meeting_id)
    window = PresentationWindow(store, session)
    window.present(chair_screen=app.primaryScreen())
    app.processEvents()
    print(json.dumps({"screen": window.screen().name(), "full": window.isFullScreen(),
                      "x": window.geometry().x()}))
    window.close()
    session.close()
    store.close()
""")


def test_a_second_screen_gets_the_window_full_screen(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBpi": 96,
         "dpr": 1},
        {"name": "wall", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBpi": 96,
         "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"screen": "wall", "full": True, "x": 1366}


def test_it_works_from_the_session_without_internal_notes(qtbot, live):
    """The live view hands the window a PublicSession (kitdesk.ui.live.public_session)."""
    from kitdesk.ui.live.public_session import PublicSession

    public = PublicSession(live.session)
    w = PresentationWindow(live.store, public)
    qtbot.addWidget(w)
    w.show()
    agreement = live.store.live.add_agreement(live.meeting_id, what="")
    live.session.type("agreements", agreement, "what", "Mor ringer til egen læge")
    live.session.type("item_notes", agenda(live)[0].id, "internal_note", SECRET)
    live.session.set_current_item(agenda(live)[1].id)
    texts = w.shown_texts()
    assert "Mor ringer til egen læge" in texts and agenda(live)[1].title in texts
    assert not any(SECRET in t for t in texts)
    w.close()
