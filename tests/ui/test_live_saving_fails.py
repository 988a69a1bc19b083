"""A full disk during the meeting and the plan's review, with real widgets and a real "database or
disk is full" (SQLite's page limit on the writer's connection, tests/full_disk.py): the red line
says what is true, typing goes on, every word is saved once space is freed, and closing the tab or
the window with words not yet saved asks first – and does what it said."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.store import minutes_saver
from kitdesk.store.db import connect
from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.live.view import LiveMeetingView
from kitdesk.ui.plan.view import PlanView
from tests.full_disk import FullDisk
from tests.ui.conftest import on_disk

# More than the three spare pages hold: a long passage pasted into the minutes.
LONG = "Freja fortæller om morgenerne, og mor supplerer med, hvad der hjælper derhjemme. " * 500


def _perspective(store, meeting_id):
    """What is on disk of the minutes' first field (the child's own words, since issue 11)."""
    return on_disk(store, "SELECT child_words FROM minutes WHERE meeting_id = ?", [meeting_id])


def _answer_unsaved(*buttons: str) -> list[tuple[str, str, str]]:
    """Answer the "not saved" questions as they come, one button each; returns what they said."""
    seen: list[tuple[str, str, str]] = []
    answers = list(buttons)

    def answer():
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "unsavedOnClose":
            QTimer.singleShot(20, answer)
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        wanted = answers.pop(0)
        if answers:
            QTimer.singleShot(20, answer)
        next(b for b in box.buttons() if b.text() == wanted).click()

    QTimer.singleShot(0, answer)
    return seen


@pytest.fixture(autouse=True)
def retry_soon(monkeypatch):
    """The saver tries a failed save again every 0.2 s here instead of every second: the same path,
    without the tests waiting for it."""
    monkeypatch.setattr(minutes_saver, "RETRY_AFTER", 0.2)


@pytest.fixture
def meeting_id(demo_store):
    mid = next(r.id for r in demo_store.meetings.rows() if r.child_name == "Freja Nørgaard" and r.state == "invited")
    demo_store.live.start(mid)
    return mid


@pytest.fixture
def disk(demo_store):
    return FullDisk(demo_store.folder.db_path, demo_store.key, spare_pages=3)


@pytest.fixture
def view(qtbot, demo_store, meeting_id, disk):
    bridge = StoreBridge(demo_store)
    v = LiveMeetingView(demo_store, bridge, meeting_id, connect=disk.connect)
    qtbot.addWidget(v)
    v.resize(1366, 720)
    v.show()
    qtbot.waitExposed(v)
    v.focus_first_field()
    yield v
    v.close_session()
    bridge.detach()


def _fill_the_disk(qtbot, view):
    """A sentence that is saved, then a long passage that does not fit."""
    field = view.minutes.first_field()
    qtbot.keyClicks(field, "Freja vil gerne i skole. ")
    qtbot.waitUntil(lambda: view.save_status.text().startswith(("✓", "✓ Gemt")), timeout=3000)
    field.insertPlainText(LONG)
    qtbot.waitUntil(view.save_failed.isVisible, timeout=5000)
    return field


def test_typing_goes_on_while_the_disk_is_full_and_every_word_is_saved_when_space_is_freed(
        qtbot, view, disk, demo_store, meeting_id):
    field = _fill_the_disk(qtbot, view)
    saved_at = view.session.last_saved
    banner = view.save_failed.text()
    assert banner.startswith(f"Not saved since {saved_at}.")
    assert "saves what you type as soon as it can" in banner and "only in this window" in banner
    assert "Disken er fuld" in banner  # the store's own sentence: what is wrong, what to do
    assert view.save_status.text() == "Not saved yet" and view.save_status.property("failed") is True

    # Typing goes on: more words in the same field, and in an agenda item's discussion.
    qtbot.keyClicks(field, " Mor er enig.")
    item = view.current_item_id
    discussion = view.minutes.discussion(item)
    discussion.setFocus()
    qtbot.keyClicks(discussion, "Skolen tilbyder en rolig start.")
    qtbot.wait(300)  # at least one more attempt, and it fails too
    assert view.save_failed.isVisible() and view.session.unsaved
    assert _perspective(demo_store, meeting_id) == "Freja vil gerne i skole. "

    disk.free()
    qtbot.waitUntil(lambda: not view.save_failed.isVisible(), timeout=5000)
    assert view.save_status.text().startswith("✓ Saved at ") and view.save_status.property("failed") is False
    assert not view.session.unsaved
    assert _perspective(demo_store, meeting_id) == field.toPlainText() == \
        "Freja vil gerne i skole. " + LONG + " Mor er enig."
    assert on_disk(demo_store, "SELECT discussion FROM item_notes WHERE agenda_item_id = ?", [item]) == \
        "Skolen tilbyder en rolig start."


def test_closing_the_tab_asks_and_keeping_it_open_loses_nothing(qtbot, danish, main_window, demo_store, meeting_id,
                                                                disk):
    view = LiveMeetingView(demo_store, main_window.bridge, meeting_id, main_window, connect=disk.connect)
    main_window._add_view(view)
    view.focus_first_field()
    field = _fill_the_disk(qtbot, view)
    assert view.save_failed.text().startswith(f"Ikke gemt siden kl. {view.session.last_saved}. KIT Desk prøver "
                                              "igen hele tiden og gemmer det, du skriver, så snart det kan – indtil "
                                              "da findes det kun i dette vindue. Luk det ikke.")

    asked = _answer_unsaved("Lad vinduet være åbent")
    main_window.close_tab(main_window.tabs.indexOf(view))
    assert main_window.live_view(meeting_id) is view  # still open, still typing
    title, text, advice = asked[0]
    assert title == "Ikke gemt – I gang: Freja Nørgaard"
    assert text == f"Det, du har skrevet siden kl. {view.session.last_saved}, er ikke gemt endnu."
    assert advice.startswith("Disken er fuld")
    assert advice.endswith("Lader du vinduet være åbent, gemmer KIT Desk det, så snart det kan. Lukker du "
                           "alligevel, går det, der ikke er gemt, tabt.")
    qtbot.keyClicks(field, " Slut.")

    disk.free()
    qtbot.waitUntil(lambda: not view.session.unsaved, timeout=5000)
    saver = view.session.saver
    main_window.close_tab(main_window.tabs.indexOf(view))  # saved now: it closes without a question
    assert len(asked) == 1 and main_window.live_view(meeting_id) is None and not saver.running
    assert _perspective(demo_store, meeting_id) == "Freja vil gerne i skole. " + LONG + " Slut."


def test_try_again_then_close_anyway_loses_only_what_it_said(qtbot, main_window, demo_store, meeting_id, disk):
    view = LiveMeetingView(demo_store, main_window.bridge, meeting_id, main_window, connect=disk.connect)
    main_window._add_view(view)
    view.focus_first_field()
    _fill_the_disk(qtbot, view)
    saver = view.session.saver

    asked = _answer_unsaved("Try again", "Close anyway – it will be lost")
    main_window.close_tab(main_window.tabs.indexOf(view))
    assert len(asked) == 2  # tried again, still full: asked again
    assert all("what is not saved is lost" in advice for _title, _text, advice in asked)
    assert main_window.live_view(meeting_id) is None and not saver.running
    assert _perspective(demo_store, meeting_id) == "Freja vil gerne i skole. "  # as the question said


def test_closing_the_window_asks_first(qtbot, main_window, demo_store, meeting_id, disk):
    view = LiveMeetingView(demo_store, main_window.bridge, meeting_id, main_window, connect=disk.connect)
    main_window._add_view(view)
    view.focus_first_field()
    _fill_the_disk(qtbot, view)

    asked = _answer_unsaved("Keep the window open")
    assert not main_window.close()
    assert len(asked) == 1 and main_window.isVisible() and main_window.live_view(meeting_id) is view
    assert view.session.saver.running

    disk.free()
    qtbot.waitUntil(lambda: not view.session.unsaved, timeout=5000)
    assert main_window.close()
    assert len(asked) == 1
    assert _perspective(demo_store, meeting_id) == "Freja vil gerne i skole. " + LONG


def test_the_plan_is_not_signed_off_without_the_words_not_yet_saved(qtbot, demo_store, disk, monkeypatch):
    held = next(r.id for r in demo_store.meetings.rows() if r.state == "held")
    for approval in demo_store.plans.approvals(held):
        if approval.name in ("Nina Dahl", "Rikke Holm"):
            demo_store.plans.set_approval(approval.id, {"approved": True, "how": "email"})
    bridge = StoreBridge(demo_store)
    plan = PlanView(demo_store, bridge, held, connect=disk.connect)
    qtbot.addWidget(plan)
    plan.show()
    qtbot.waitExposed(plan)
    misc = plan.minutes.texts[("minutes", held, "misc")]
    misc.setFocus()
    misc.insertPlainText(LONG)
    qtbot.waitUntil(plan.save_failed.isVisible, timeout=5000)
    assert "Disken er fuld" in plan.save_failed.text() and "only in this window" in plan.save_failed.text()

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    plan.sign_off()
    assert demo_store.meetings.get(held).state == "held"  # not signed without the new words
    assert warned and warned[0].startswith("What you have typed is not saved yet, so this cannot be done now.")
    assert plan.send_plan() is None and len(warned) == 2

    disk.free()
    qtbot.waitUntil(lambda: not plan.save_failed.isVisible(), timeout=5000)
    plan.sign_off()
    assert demo_store.meetings.get(held).state == "signed"
    assert demo_store.plans.latest_signed(held).content.misc.endswith(LONG)
    plan.close_session()
    bridge.detach()


def test_a_store_write_that_fails_says_why_and_the_meeting_stays_as_it_was(qtbot, view, demo_store, meeting_id,
                                                                          monkeypatch):
    """"Next item" and ending are store writes on the UI thread; a locked database refuses them."""
    demo_store.conn.execute("PRAGMA busy_timeout = 50")  # the store's own connection gives up quickly
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    first = view.current_item_id
    blocker = connect(demo_store.folder.db_path, demo_store.key, isolation_level=None, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        view.next_item()
        view.end_meeting()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert warned == ["Databasen er optaget af et andet program. Vent et øjeblik, og prøv igen."] * 2
    assert view.current_item_id == first and view.agenda.rows[first].property("current") is True
    assert demo_store.meetings.get(meeting_id).state == "running" and view.end_button.isVisible()
    view.next_item()  # free again: it moves on
    assert view.current_item_id != first


def test_the_review_waits_until_every_word_is_saved(qtbot, view, disk, demo_store, meeting_id, monkeypatch):
    """The plan's tab takes over from the live tab: a word left behind would be lost with it."""
    view.end_meeting()
    assert view.state == "held"
    _fill_the_disk(qtbot, view)
    warned, requested = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    view.review_requested.connect(requested.append)
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert requested == [] and warned[0].startswith("What you have typed is not saved yet")
    assert "Disken er fuld" in warned[0]
    disk.free()
    qtbot.waitUntil(lambda: not view.session.unsaved, timeout=5000)
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert requested == [meeting_id]
    assert _perspective(demo_store, meeting_id) == "Freja vil gerne i skole. " + LONG


def test_signed_off_in_the_plan_tab_the_live_tab_turns_read_only_and_says_what_was_refused(
        qtbot, view, demo_store, meeting_id):
    for invitee in demo_store.meetings.get(meeting_id).invitees:  # a signed plan says who was there
        demo_store.live.set_attendance(invitee.id, "in_room")
    view.end_meeting()
    qtbot.keyClicks(view.minutes.first_field(), "Freja vil gerne i skole.")
    assert view.session.flush()
    for approval in demo_store.plans.approvals(meeting_id):
        demo_store.plans.set_approval(approval.id, {"approved": True, "how": "in_meeting"})
    # Typed a moment before the plan was signed in its own tab, not yet committed:
    view.session.type("minutes", meeting_id, "misc", "Et ord for sent")
    internal = view.minutes.items[next(iter(view.minutes.items))].internal
    view.session.type(*internal.key, "Ring til skolen fredag")
    demo_store.plans.sign_off(meeting_id)
    qtbot.waitUntil(view.save_failed.isVisible, timeout=3000)
    assert view.save_failed.text() == "What you typed last was not saved: " \
        "Planen er godkendt og kan ikke ændres. Opret en ny version med en begrundelse for at rette den."
    assert view.save_status.text() == "Not saved"
    assert view.minutes.first_field().isReadOnly() and not internal.isReadOnly()
    assert on_disk(demo_store, "SELECT internal_note FROM item_notes WHERE agenda_item_id = ?",
                    [internal.key[1]]) == "Ring til skolen fredag"
