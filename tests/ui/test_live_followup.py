"""Following up the open agreements of earlier meetings: done, continued (carried into this meeting's
agreements, shown there at once) and dropped, each with a note typed live; every outcome undoable."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kitdesk.ui.live.agreements import AgreementsPanel
from kitdesk.ui.live.followup import FollowUpPanel
from tests.ui.test_live_agreements import live_meeting, stored


@pytest.fixture
def live(demo_store):
    with live_meeting(demo_store) as meeting:
        yield meeting


@pytest.fixture
def panels(qtbot, live):
    follow = FollowUpPanel(live.store, live.bridge, live.session, live.stack)
    agreements = AgreementsPanel(live.store, live.bridge, live.session, live.stack)
    for widget in (follow, agreements):
        qtbot.addWidget(widget)
        widget.resize(1000, 560)
        widget.show()
        qtbot.waitExposed(widget)
    return follow, agreements


def earlier(live):
    live.session.flush()
    return {a.id: a for a in live.store.live.state(live.meeting_id).earlier}


def test_the_open_agreements_are_listed_with_who_when_and_where_from(live, panels):
    follow, _ = panels
    assert list(follow.cards) == live.earlier
    card = follow.cards[live.earlier[0]]
    assert card.what.text() == "Skolen laver en plan for fremmøde"
    assert "Peter Ærø" in card.meta.text() and "01.10.2026" in card.meta.text() and "08.09.2026" in card.meta.text()
    assert "Ongoing" in follow.cards[live.earlier[1]].meta.text()
    assert card.buttons["open"].isChecked()
    assert follow.count.text() == "0 of 3 followed up"


def test_done_continued_and_dropped_each_with_a_note(qtbot, live, panels):
    follow, agreements = panels
    plan, doctor, ppr = (follow.cards[i] for i in live.earlier)

    qtbot.keyClicks(doctor.note, "Tid hos lægen 3.12.")  # the note first, then the outcome
    qtbot.mouseClick(doctor.buttons["done"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plan.buttons["continued"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(plan.note, "Planen er ikke færdig")
    qtbot.mouseClick(ppr.buttons["dropped"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ppr.note, "Ikke længere relevant")

    rows = earlier(live)
    assert (rows[live.earlier[1]].status, rows[live.earlier[1]].status_note) == ("done", "Tid hos lægen 3.12.")
    assert (rows[live.earlier[0]].status, rows[live.earlier[0]].status_note) == ("continued", "Planen er ikke færdig")
    assert (rows[live.earlier[2]].status, rows[live.earlier[2]].status_note) == ("dropped", "Ikke længere relevant")
    assert follow.count.text() == "3 of 3 followed up"

    # Continued: carried into this meeting's agreements, which shows it at once.
    [carried] = stored(live)
    assert carried.carried_from_id == live.earlier[0] and carried.what == "Skolen laver en plan for fremmøde"
    assert carried.responsible_name == "Peter Ærø" and carried.sector == "school"
    assert carried.agenda_item_id == live.store.meetings.get(live.meeting_id).agenda[0].id  # the current item
    assert agreements.model.rowCount() == 1 and agreements.model.agreement_at(0).id == carried.id
    assert plan.carried.isVisible() and "no. 1" in plan.carried.text()

    # Undo, step by step: dropped, continued (the copy goes too), done.
    live.stack.undo()
    assert earlier(live)[live.earlier[2]].status == "open" and ppr.buttons["open"].isChecked()
    live.stack.undo()
    assert earlier(live)[live.earlier[0]].status == "open" and stored(live) == []
    assert agreements.model.rowCount() == 0 and not plan.carried.isVisible()
    live.stack.redo()
    assert [a.carried_from_id for a in stored(live)] == [live.earlier[0]]


def test_leaving_continued_takes_an_untouched_copy_back_out(qtbot, live, panels):
    follow, agreements = panels
    plan = follow.cards[live.earlier[0]]
    qtbot.mouseClick(plan.buttons["continued"], Qt.MouseButton.LeftButton)
    assert len(stored(live)) == 1
    qtbot.mouseClick(plan.buttons["done"], Qt.MouseButton.LeftButton)
    assert stored(live) == [] and earlier(live)[live.earlier[0]].status == "done"
    live.stack.undo()  # back to continued, the copy with it
    assert len(stored(live)) == 1 and plan.buttons["continued"].isChecked()


def test_a_copy_changed_by_the_chair_is_kept(qtbot, live, panels):
    follow, agreements = panels
    plan = follow.cards[live.earlier[0]]
    qtbot.mouseClick(plan.buttons["continued"], Qt.MouseButton.LeftButton)
    agreements.what.setFocus()
    agreements.what.moveCursor(agreements.what.textCursor().MoveOperation.End)
    qtbot.keyClicks(agreements.what, ", nu med skolelederen")
    qtbot.mouseClick(plan.buttons["dropped"], Qt.MouseButton.LeftButton)
    assert [a.what for a in stored(live)] == ["Skolen laver en plan for fremmøde, nu med skolelederen"]
    assert follow.message.isVisible() and "stays" in follow.message.text()


def test_keyboard_outcome_and_note(qtbot, live, panels):
    follow, _ = panels
    card = follow.cards[live.earlier[1]]
    follow.activateWindow()
    qtbot.waitUntil(follow.isActiveWindow)
    card.buttons["open"].setFocus()
    assert card.buttons["open"].hasFocus()
    qtbot.keyClick(card.buttons["open"], Qt.Key.Key_Right)  # radio buttons: the arrow keys choose
    assert card.buttons["done"].isChecked()
    assert earlier(live)[live.earlier[1]].status == "done"
    qtbot.keyClick(card.buttons["done"], Qt.Key.Key_Tab)
    assert card.note.hasFocus()
    qtbot.keyClicks(card.note, "Klaret")
    assert earlier(live)[live.earlier[1]].status_note == "Klaret"


def test_no_earlier_agreements_says_so(qtbot, demo_store):
    from PySide6.QtGui import QUndoStack

    from kitdesk.ui.bridge import StoreBridge
    from kitdesk.ui.live.session import LiveSession
    from tests.ui.test_live_agreements import start_freja

    meeting_id, _ = start_freja(demo_store)
    bridge, session = StoreBridge(demo_store), LiveSession(demo_store, meeting_id)
    try:
        panel = FollowUpPanel(demo_store, bridge, session, QUndoStack())
        qtbot.addWidget(panel)
        panel.show()
        assert panel.empty.isVisible() and not panel.cards
    finally:
        session.close()
        bridge.detach()
