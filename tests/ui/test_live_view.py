"""The live meeting view with real widgets on the demo's invited meeting (Freja, "Afslutning af
udredning"): attendance, walk-ins, typing that reaches the database, the agenda's clock and "next
item", the shared screen without internal notes, a 200,000-character field, and ending the meeting."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from kitdesk.ui.live import agenda_timer
from kitdesk.ui.live.public_session import PublicSession
from kitdesk.ui.live.view import LiveMeetingView
from tests.ui.conftest import freja_meeting, on_disk


@pytest.fixture
def meeting_id(demo_store):
    mid = freja_meeting(demo_store)
    demo_store.live.start(mid)
    return mid


@pytest.fixture
def view(qtbot, demo_store, bridge, meeting_id):
    v = LiveMeetingView(demo_store, bridge, meeting_id)
    qtbot.addWidget(v)
    v.resize(1366, 720)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    v.focus_first_field()
    yield v
    v.close_session()


def _items(store, meeting_id):
    return [i.id for i in sorted(store.meetings.get(meeting_id).agenda, key=lambda i: i.position)]


def test_it_opens_on_the_first_item_with_every_invitee_and_the_reminder(view, demo_store, meeting_id):
    meeting = demo_store.meetings.get(meeting_id)
    assert view.title.text() == "Freja Nørgaard"
    assert view.state_chip.text() == "In progress"
    assert set(view.attendance.rows) == {i.id for i in meeting.invitees}
    first = _items(demo_store, meeting_id)[0]
    assert view.current_item_id == first
    assert view.agenda.rows[first].property("current") is True
    assert view.minutes.items[first].property("current") is True
    assert "No decisions on municipal interventions" in view.reminder.text()
    assert view.reminder.isVisible()
    assert QApplication.focusWidget() is view.minutes.first_field()
    assert view.minutes.purpose.text() == meeting.purpose
    # Invitees' answers give the starting attendance; nobody has been marked yet.
    assert "0 of 6 present" in view.attendance.summary.text()


def test_attendance_is_one_click_and_undoable(qtbot, view, demo_store, meeting_id):
    meeting = demo_store.meetings.get(meeting_id)
    mette, anders = meeting.invitees[0], meeting.invitees[1]
    qtbot.mouseClick(view.attendance.rows[mette.id].buttons["in_room"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.attendance.rows[anders.id].buttons["online"], Qt.MouseButton.LeftButton)
    assert demo_store.live.attendance(meeting_id)[mette.id] == "in_room"
    assert demo_store.live.attendance(meeting_id)[anders.id] == "online"
    assert view.attendance.rows[anders.id].attendance() == "online"
    assert "2 of 6 present" in view.attendance.summary.text()
    # The participants section of the minutes builds itself from the attendance.
    assert f"{anders.name} – " in view.minutes.participants.text()
    assert "(online)" in view.minutes.participants.text()

    # The keyboard: Right moves the choice along.
    row = view.attendance.rows[anders.id]
    row.buttons["online"].setFocus()
    qtbot.keyClick(row.buttons["online"], Qt.Key.Key_Right)
    assert demo_store.live.attendance(meeting_id)[anders.id] == "absent"

    view.undo_stack.undo()
    assert demo_store.live.attendance(meeting_id)[anders.id] == "online"
    assert view.attendance.rows[anders.id].attendance() == "online"


def test_someone_who_turned_up_is_added(qtbot, view, demo_store, meeting_id):
    before = len(demo_store.meetings.get(meeting_id).invitees)
    seen = {}

    def fill_in():
        dialog = QApplication.activeModalWidget()
        dialog.accept()  # no name yet: refused, the dialog stays open and says why
        seen["message"] = dialog.message.text()
        seen["still_open"] = dialog.isVisible()
        qtbot.keyClicks(dialog.name, "Inger Nørgaard")
        qtbot.keyClicks(dialog.organisation, "Mormor")
        dialog.sector.set_code("family")
        dialog.attendance.set_code("online")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(view.attendance.add_button, Qt.MouseButton.LeftButton)
    assert seen["message"] == "Write the name of the person taking part." and seen["still_open"]
    meeting = demo_store.meetings.get(meeting_id)
    assert len(meeting.invitees) == before + 1
    walk_in = meeting.invitees[-1]
    assert (walk_in.name, walk_in.walk_in, walk_in.attendance, walk_in.sector) == \
        ("Inger Nørgaard", True, "online", "family")
    assert walk_in.id in view.attendance.rows
    assert "turned up" in view.attendance.rows[walk_in.id].role.full_text()
    assert "Inger Nørgaard" in view.minutes.participants.text()
    view.undo_stack.undo()
    assert len(demo_store.meetings.get(meeting_id).invitees) == before


def test_typing_reaches_the_database_and_the_saved_time_shows(qtbot, view, demo_store, meeting_id):
    words = view.minutes.first_field()  # the child's own words, at the top of the minutes
    qtbot.keyClicks(words, "Freja vil gerne have en fast voksen i klassen.")
    first = _items(demo_store, meeting_id)[0]
    discussion = view.minutes.discussion(first)
    discussion.setFocus()  # leaving a field commits it
    qtbot.keyClicks(discussion, "Alle præsenterer sig. <b>ikke fed</b>")
    internal = view.minutes.items[first].internal
    internal.setFocus()
    qtbot.keyClicks(internal, "Ring til skolen om fraværet")
    qtbot.waitUntil(lambda: view.save_status.text().startswith("✓ Saved at "), timeout=3000)
    assert view.session.flush()
    assert on_disk(demo_store, "SELECT child_words FROM minutes WHERE meeting_id = ?", [meeting_id]) == \
        "Freja vil gerne have en fast voksen i klassen."
    assert on_disk(demo_store, "SELECT discussion FROM item_notes WHERE agenda_item_id = ?", [first]) == \
        "Alle præsenterer sig. <b>ikke fed</b>"
    assert on_disk(demo_store, "SELECT internal_note FROM item_notes WHERE agenda_item_id = ?", [first]) == \
        "Ring til skolen om fraværet"
    assert view.save_status.text().count(".") == 2  # "Saved at 10.42.07"
    # Ctrl+Z inside the field undoes typing there (the field's own undo), not a store change.
    qtbot.keyClick(internal, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert internal.toPlainText() != "Ring til skolen om fraværet"


def test_next_item_moves_the_highlight_and_the_cursor(qtbot, view, demo_store, meeting_id):
    items = _items(demo_store, meeting_id)
    assert "Ctrl+Shift+N" in view.next_button.text()
    perspective = view.minutes.first_field()
    qtbot.keyClick(perspective, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.current_item_id == items[1]
    assert view.agenda.rows[items[1]].property("current") is True
    assert view.agenda.rows[items[0]].property("current") is False
    assert view.minutes.items[items[1]].property("current") is True
    assert QApplication.focusWidget() is view.minutes.discussion(items[1])
    assert on_disk(demo_store, "SELECT current_item_id FROM meetings WHERE id = ?", [meeting_id]) == items[1]
    qtbot.keyClicks(view.minutes.discussion(items[1]), "Udredningen viser")
    # Clicking an item in the agenda goes there too; the button moves on from there.
    qtbot.mouseClick(view.agenda.rows[items[-1]], Qt.MouseButton.LeftButton)
    assert view.current_item_id == items[-1]
    view.next_button.click()  # after the last item: the closing sections
    assert view.current_item_id is None
    assert QApplication.focusWidget() is view.minutes.next_date
    assert not view.next_button.isEnabled()
    assert view.session.flush()
    assert on_disk(demo_store, "SELECT discussion FROM item_notes WHERE agenda_item_id = ?", [items[1]]) == \
        "Udredningen viser"


def test_the_clock_warns_when_an_item_runs_over_and_its_time_is_saved(qtbot, view, demo_store, meeting_id,
                                                                     monkeypatch):
    now = [1000.0]
    view.agenda.set_clock(lambda: now[0])
    first = _items(demo_store, meeting_id)[0]
    minutes = demo_store.meetings.get(meeting_id).agenda[0].minutes
    view.agenda.set_used(first, minutes * 60 - 5)
    view.agenda.tick()
    row = view.agenda.rows[first]
    assert not row.is_over() and row.clock.property("over") is False
    now[0] += 10  # the clock counts while the item is current
    view.agenda.tick()
    assert row.is_over() and row.clock.property("over") is True
    assert "+1" in row.clock.text() and row.clock.text().startswith(f"{minutes}:05 / {minutes} min")
    # Saved at most every few seconds, and on changing item.
    assert view.session.flush()
    assert on_disk(demo_store, "SELECT used_seconds FROM item_notes WHERE agenda_item_id = ?", [first]) == \
        minutes * 60 + 5  # ten seconds since the last save: saved
    now[0] += agenda_timer.SAVE_EVERY - 1
    view.agenda.tick()
    assert view.session.flush()
    assert on_disk(demo_store, "SELECT used_seconds FROM item_notes WHERE agenda_item_id = ?", [first]) == \
        minutes * 60 + 5  # not yet: the save waits a little
    view.next_item()
    assert view.session.flush()
    assert on_disk(demo_store, "SELECT used_seconds FROM item_notes WHERE agenda_item_id = ?", [first]) == \
        minutes * 60 + 5 + agenda_timer.SAVE_EVERY - 1
    # The item left stops counting.
    now[0] += 30
    view.agenda.tick()
    assert int(view.agenda.used[first]) == minutes * 60 + 5 + agenda_timer.SAVE_EVERY - 1


def test_the_shared_screen_gets_no_internal_notes(qtbot, view, demo_store, meeting_id):
    first = _items(demo_store, meeting_id)[0]
    section = view.minutes.items[first]
    qtbot.keyClicks(section.internal, "HEMMELIG note om mor")
    qtbot.keyClicks(section.discussion, "Alle er velkomne")

    public = PublicSession(view.session)
    relayed = []
    public.text_changed.connect(lambda *args: relayed.append(args))
    qtbot.keyClicks(section.internal, " og far")
    qtbot.keyClicks(section.discussion, "!")
    assert all(field != "internal_note" for _t, _r, field, _v in relayed)
    assert any(field == "discussion" for _t, _r, field, _v in relayed)
    assert public.value("item_notes", first, "internal_note", "stored secret") == ""
    assert public.value("item_notes", first, "discussion", "") == "Alle er velkomne!"
    with pytest.raises(PermissionError):
        public.type("item_notes", first, "internal_note", "x")

    view.share_button.click()
    window = view.presentation
    qtbot.waitExposed(window)
    assert window.isWindow()
    qtbot.keyClicks(section.internal, " - ring i morgen")
    assert window.session is not view.session and isinstance(window.session, PublicSession)
    title = demo_store.meetings.get(meeting_id).agenda[0].title
    texts = [w.text() for w in window.findChildren(QLabel)] + \
            [w.text() for w in window.findChildren(QLineEdit)] + \
            [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    assert any(title in t for t in texts)  # it does show the meeting
    assert not any("HEMMELIG" in t or "ring i morgen" in t for t in texts)
    window.close()
    view.share_button.click()  # opens the same window again
    assert view.presentation is window and window.isVisible()


def test_a_200000_character_field_types_and_saves(qtbot, view, demo_store, meeting_id):
    # How smoothly it types is measured in `make bench` (bench_live_typing), not here.
    first = _items(demo_store, meeting_id)[0]
    discussion = view.minutes.discussion(first)
    line = "Mor fortæller om morgenerne, og skolen fortæller om fraværet i efteråret. "
    big = (line * (200_000 // len(line) + 1))[:200_000]
    big = "\n".join(big[i:i + 2000] for i in range(0, len(big), 2000))  # paragraphs, as minutes have them
    discussion.setPlainText(big)
    discussion.setFocus()
    discussion.moveCursor(discussion.textCursor().MoveOperation.End)
    qtbot.keyClicks(discussion, "Og saa videre.")
    assert view.session.flush()
    stored = on_disk(demo_store, "SELECT discussion FROM item_notes WHERE agenda_item_id = ?", [first])
    assert len(stored) == len(big) + len("Og saa videre.") and stored.endswith("Og saa videre.")


def test_ending_shows_what_not_to_skip_then_the_meeting_is_held(qtbot, view, demo_store, meeting_id):
    meeting = demo_store.meetings.get(meeting_id)
    qtbot.mouseClick(view.attendance.rows[meeting.invitees[0].id].buttons["in_room"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.attendance.rows[meeting.invitees[1].id].buttons["declined"], Qt.MouseButton.LeftButton)

    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    dialog = view._end_dialog
    assert dialog.isVisible() and dialog.problems
    assert any("perspective" in p for p in dialog.problems)
    assert "perspective" in dialog.list.text()
    assert dialog.back_button.isDefault()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert demo_store.meetings.get(meeting_id).state == "running"

    qtbot.keyClicks(view.minutes.first_field(), "Freja vil gerne tilbage i klassen.")
    view.minutes.not_agreed.setChecked(True)
    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    dialog = view._end_dialog
    assert not any("perspective" in p for p in dialog.problems)  # the words typed a moment ago count
    assert not any("Next meeting" in p for p in dialog.problems)
    assert any("agreement" in p for p in dialog.problems)
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)

    assert demo_store.meetings.get(meeting_id).state == "held"
    log = [e.text for e in demo_store.baton_log.entries(meeting.case_id, {"meeting_started", "meeting_held", "agreement"})]
    assert any("Deltog: Mette Kjærgaard" in t and f"{meeting.invitees[1].name} (afbud)" in t for t in log)
    assert view.state_chip.text() == "Held"
    assert view.tab_title() == "Minutes: Freja Nørgaard"
    assert view.notice.isVisible() and "held" in view.notice.text()
    assert not view.end_button.isVisible() and not view.next_button.isVisible()
    assert not view.attendance.rows[meeting.invitees[0].id].buttons["online"].isEnabled()
    assert not view.agenda.running
    assert view.undo_stack.count() == 0
    # The minutes can still be corrected until sign-off.
    qtbot.keyClicks(view.minutes.first_field(), " Rettet.")
    assert view.session.flush()
    assert on_disk(demo_store, "SELECT child_words FROM minutes WHERE meeting_id = ?", [meeting_id]).endswith(
        "Rettet.")


def test_next_meeting_date_and_time_or_not_agreed(qtbot, view, demo_store, meeting_id):
    minutes = view.minutes
    minutes.next_date.setFocus()
    qtbot.keyClicks(minutes.next_date, "14.12.2026")
    qtbot.keyClick(minutes.next_date, Qt.Key.Key_Tab)
    assert minutes.next_problem.isVisible()  # a date wants a time too; the date stays typed
    qtbot.keyClicks(minutes.next_time, "9.30")
    qtbot.keyClick(minutes.next_time, Qt.Key.Key_Return)
    assert not minutes.next_problem.isVisible()
    assert view.session.flush()
    state = demo_store.live.state(meeting_id)
    assert state.minutes.next_meeting_at is not None
    from kitdesk.domain.dates import to_local

    local = to_local(state.minutes.next_meeting_at)
    assert (local.day, local.month, local.hour, local.minute) == (14, 12, 9, 30)
    minutes.not_agreed.setChecked(True)
    assert not minutes.next_date.isEnabled()
    assert view.session.flush()
    state = demo_store.live.state(meeting_id)
    assert state.minutes.next_meeting_not_agreed and state.minutes.next_meeting_at is None
    assert minutes.next_date.text() == "14.12.2026"  # kept, should they change their minds


def test_a_whole_meeting_from_attendance_to_the_end(qtbot, demo_store, bridge):
    """Attendance, two agenda items with notes, three agreements with responsible and deadline (from
    the minutes with Ctrl+Enter), the follow-up of an earlier agreement, and the end."""

    store = demo_store
    meeting_id = freja_meeting(store)
    case_id = store.meetings.get(meeting_id).case_id
    # The demo's first meeting, signed off, left three open agreements: the observation is followed up
    # here; the other two are settled outside this test's typing.
    earlier = store.live.earlier_open(case_id, meeting_id)
    old = next(a.id for a in earlier if "observation" in a.what)

    store.live.start(meeting_id)
    view = LiveMeetingView(store, bridge, meeting_id)
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    try:
        meeting = store.meetings.get(meeting_id)
        for invitee, code in zip(meeting.invitees, ("in_room", "in_room", "online", "declined", "in_room",
                                                    "in_room"), strict=True):
            qtbot.mouseClick(view.attendance.rows[invitee.id].buttons[code], Qt.MouseButton.LeftButton)
        items = _items(store, meeting_id)
        view.focus_first_field()
        qtbot.keyClicks(view.minutes.first_field(), "Freja vil gerne have ro i klassen.")

        def agreement(field, what, who, deadline):
            qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            panel = view.agreements
            assert view.tabs.currentIndex() == 1 and panel.what.hasFocus()
            qtbot.keyClicks(panel.what, what)
            qtbot.keyClick(panel.what, Qt.Key.Key_Tab)
            qtbot.keyClicks(panel.responsible.lineEdit(), who)
            qtbot.keyClick(panel.responsible.lineEdit(), Qt.Key.Key_Tab)
            panel.deadline.setFocus()
            qtbot.keyClicks(panel.deadline, deadline)
            qtbot.keyClick(panel.deadline, Qt.Key.Key_Tab)

        # Item 1: a discussion, an internal note and one agreement.
        view.go_to_item(items[0])
        qtbot.keyClicks(view.minutes.discussion(items[0]), "Alle er med.")
        qtbot.keyClicks(view.minutes.items[items[0]].internal, "Husk samtykke til skolen")
        agreement(view.minutes.discussion(items[0]), "Skolen laver en plan", "Peter", "14.12.2026")
        # Item 2: Ctrl+Shift+N, a discussion and two agreements.
        view.tabs.setCurrentIndex(0)
        view.minutes.discussion(items[0]).setFocus()
        qtbot.keyClick(view.minutes.discussion(items[0]), Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert view.minutes.discussion(items[1]).hasFocus()
        qtbot.keyClicks(view.minutes.discussion(items[1]), "Udredningen viser ADHD.")
        agreement(view.minutes.discussion(items[1]), "BUC sender statusnotat", "Mette", "07.12.2026")
        view.tabs.setCurrentIndex(0)
        agreement(view.minutes.discussion(items[1]), "Mor kontakter egen læge", "Camilla", "01.12.2026")
        assert view.minutes.items[items[1]].agreements.text().startswith("2 agreement") and "Ctrl+Enter" in view.minutes.items[items[1]].agreements.text()
        assert view.tabs.tabText(1) == "&2  Agreements (3)"

        # Follow-up of the earlier agreement: done, with a note.
        view.tabs.setCurrentIndex(2)
        card = view.follow_up.cards[old]
        qtbot.mouseClick(card.buttons["done"], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(card.note, "Observationen er lavet")
        assert view.tabs.tabText(2) == "&3  Follow-up (1 of 3)"
        for other in (a.id for a in earlier if a.id != old):
            qtbot.mouseClick(view.follow_up.cards[other].buttons["continued"], Qt.MouseButton.LeftButton)
        assert view.tabs.tabText(2) == "&3  Follow-up (3 of 3)"
        view.minutes.not_agreed.setChecked(True)

        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
        dialog = view._end_dialog
        assert dialog.problems == [] and dialog.end_button.isDefault()
        qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)

        assert store.meetings.get(meeting_id).state == "held"
        state = store.live.state(meeting_id)
        new = [a for a in state.agreements if a.carried_from_id is None]
        assert [a.what for a in new] == ["Skolen laver en plan", "BUC sender statusnotat", "Mor kontakter egen læge"]
        assert [a.agenda_item_id for a in new] == [items[0], items[1], items[1]]
        assert all(a.responsible_name and a.deadline for a in new)
        assert len(state.agreements) == 5  # the two continued ones carried in
        assert state.notes[items[0]].internal_note == "Husk samtykke til skolen"
        assert state.notes[items[1]].discussion == "Udredningen viser ADHD."
        assert next(a for a in state.earlier if a.id == old).status == "done"
        log = [e.text for e in store.baton_log.entries(case_id, {"meeting_started", "meeting_held", "agreement"})]
        assert any(t.startswith("Netværksmødet er afholdt. Deltog: Mette Kjærgaard") for t in log)
        assert any(t.startswith("Aftale: BUC sender statusnotat – Mette Kjærgaard") and "07.12.2026" in t
                   for t in log)
    finally:
        view.close_session()
