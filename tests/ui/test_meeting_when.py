"""Why and when: the requester, the five-working-day deadline, the time, the late reason and the
meeting form – with real widgets on a demo case. Also the meeting view that hosts the sections."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from kitdesk.domain import dates
from kitdesk.domain.meeting import Invitee
from kitdesk.ui.meeting_when import WhenSection
from tests.ui.conftest import case_named

REQUESTED = date(2026, 11, 23)  # a Monday; five working days on is Monday 30.11.2026


@pytest.fixture
def meeting_id(demo_store):
    return demo_store.meetings.create(case_named(demo_store, "Emil Bak"), "buc", REQUESTED)


@pytest.fixture
def today(monkeypatch):
    """The deadline status is counted from today: pin it."""
    day = {"value": date(2026, 11, 25)}
    monkeypatch.setattr(dates, "local_today", lambda: day["value"])
    return day


@pytest.fixture
def when(qtbot, demo_store, bridge, meeting_id, today):
    section = WhenSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    section.resize(1300, 640)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    return section


def _type(qtbot, edit, text, key=Qt.Key.Key_Return):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, key)


def _type_note(qtbot, note, text, leave_to):
    note.setFocus()
    qtbot.keyClicks(note, text)
    leave_to.setFocus()  # leaving the field saves it


def test_deadline_is_five_working_days_after_the_request(when, today, qtbot, demo_store, meeting_id):
    assert when.requested_on.text() == "23.11.2026"
    assert when.deadline.text() == "30.11.2026  ·  om 3 arbejdsdage"
    # Asked a day later: the deadline moves, is saved, and undo puts it back.
    _type(qtbot, when.requested_on, "24.11.2026")
    assert demo_store.meetings.get(meeting_id).requested_on == date(2026, 11, 24)
    assert when.deadline.text().startswith("01.12.2026")
    when.undo_stack.undo()
    assert demo_store.meetings.get(meeting_id).requested_on == REQUESTED
    assert when.requested_on.text() == "23.11.2026"
    assert when.deadline.text().startswith("30.11.2026")


def test_deadline_overdue_is_said_in_working_days(demo_store, bridge, meeting_id, today, qtbot):
    today["value"] = date(2026, 12, 2)
    section = WhenSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    assert section.deadline.text() == "30.11.2026  ·  overskredet med 2 arbejdsdage"


def test_extra_closed_days_from_the_settings_count(demo_store, bridge, meeting_id, today, qtbot):
    demo_store.settings.set_many({"extra_closed_days": '["12-24", "12-31", "06-05", "2026-11-27"]'})
    section = WhenSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    assert section.deadline.text().startswith("01.12.2026")


def test_a_bad_request_date_is_kept_and_marked(when, qtbot, demo_store, meeting_id):
    _type(qtbot, when.requested_on, "31.02.2026")
    assert when.requested_on.text() == "31.02.2026"
    assert when.requested_on.property("invalid") is True
    assert demo_store.meetings.get(meeting_id).requested_on == REQUESTED


def test_when_the_family_asked_a_note_of_the_talk_is_required(when, qtbot, demo_store, meeting_id):
    assert not when.request_note.isVisible()
    when.requested_by.setFocus()
    when.requested_by.setCurrentIndex(when.requested_by.findData("family"))
    assert demo_store.meetings.get(meeting_id).requested_by == "family"
    assert when.request_note.isVisible()
    assert when.request_note.property("invalid") is True
    _type_note(qtbot, when.request_note, "Mor ringede: Emil vil ikke i skole. <b>ikke fed</b>", when.requested_on)
    meeting = demo_store.meetings.get(meeting_id)
    assert meeting.request_note == "Mor ringede: Emil vil ikke i skole. <b>ikke fed</b>"
    assert when.request_note.property("invalid") is False
    assert when.request_note.toPlainText().endswith("<b>ikke fed</b>")
    when.undo_stack.undo()
    assert demo_store.meetings.get(meeting_id).request_note == ""


def test_end_before_start_is_refused_and_nothing_is_saved(when, qtbot, demo_store, meeting_id):
    _type(qtbot, when.date, "27.11.2026", Qt.Key.Key_Tab)
    _type(qtbot, when.start, "10", Qt.Key.Key_Tab)
    assert when.start.text() == "10.00"
    _type(qtbot, when.end, "9.00")
    assert when.end.property("invalid") is True
    assert when.time_message.isVisible()
    assert "end after it starts" in when.time_message.text()
    meeting = demo_store.meetings.get(meeting_id)
    # The start was saved when it was typed; the refused end is not.
    assert meeting.starts_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert meeting.ends_at is None
    assert when.end.text() == "9.00"  # what was typed stays
    # Another field saved meanwhile reloads the section: the refused time is still there.
    _type(qtbot, when.place, "Skolevej 4")
    assert when.end.text() == "9.00" and when.start.text() == "10.00"
    assert demo_store.meetings.get(meeting_id).ends_at is None

    _type(qtbot, when.end, "11:30")
    assert when.end.property("invalid") is False
    assert not when.time_message.isVisible()
    meeting = demo_store.meetings.get(meeting_id)
    # 10.00 in Copenhagen in November is 9.00 UTC.
    assert meeting.starts_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert meeting.ends_at == datetime(2026, 11, 27, 10, 30, tzinfo=UTC)
    assert when.length.text() == "1 h 30 min"
    assert when.within.isVisible()
    # Moving the start past the stored end is refused too; the stored time stays as it was.
    _type(qtbot, when.start, "12.00")
    assert when.end.property("invalid") is True
    meeting = demo_store.meetings.get(meeting_id)
    assert (meeting.starts_at.hour, meeting.ends_at.hour) == (9, 10)
    assert when.start.text() == "12.00"


def test_a_date_without_a_start_time_waits(when, qtbot, demo_store, meeting_id):
    _type(qtbot, when.date, "27.11.2026")
    assert demo_store.meetings.get(meeting_id).starts_at is None
    assert "start time" in when.time_message.text()
    _type(qtbot, when.start, "0830")
    assert demo_store.meetings.get(meeting_id).starts_at == datetime(2026, 11, 27, 7, 30, tzinfo=UTC)
    assert "ends" in when.time_message.text()  # a gentle reminder, not an error


def test_a_date_past_the_deadline_asks_for_a_reason(when, qtbot, demo_store, meeting_id):
    assert not when.late_banner.isVisible() and not when.late_reason.isVisible()
    _type(qtbot, when.start, "9", Qt.Key.Key_Tab)
    _type(qtbot, when.end, "10", Qt.Key.Key_Tab)
    _type(qtbot, when.date, "03.12.2026")
    assert demo_store.meetings.get(meeting_id).starts_at is not None
    assert when.late_banner.isVisible()
    assert "30.11.2026" in when.late_banner.text()
    assert when.late_reason.isVisible()
    assert when.late_reason.property("invalid") is True
    _type_note(qtbot, when.late_reason, "Skolen holder lukket i uge 48.", when.form)
    assert demo_store.meetings.get(meeting_id).late_reason == "Skolen holder lukket i uge 48."
    assert when.late_reason.property("invalid") is False
    # Moved inside the deadline: no warning, no reason asked for.
    _type(qtbot, when.date, "30.11.2026")
    assert not when.late_banner.isVisible() and not when.late_reason.isVisible()
    assert when.within.isVisible()


def test_meeting_form_shows_the_matching_fields(when, qtbot, demo_store, meeting_id):
    def shown():
        return {name for name in ("place", "video_link", "phone") if getattr(when, name).isVisible()}

    assert shown() == {"place"}
    for code, fields in (("video", {"video_link"}), ("phone", {"phone"}), ("hybrid", {"place", "video_link"}),
                         ("physical", {"place"})):
        when.form.setCurrentIndex(when.form.findData(code))
        assert demo_store.meetings.get(meeting_id).form == code
        assert shown() == fields, code
    when.form.setCurrentIndex(when.form.findData("video"))
    _type(qtbot, when.video_link, "https://video.example.dk/m/123")
    assert demo_store.meetings.get(meeting_id).video_link == "https://video.example.dk/m/123"
    when.form.setCurrentIndex(when.form.findData("phone"))
    _type(qtbot, when.phone, "70 20 30 40")
    assert demo_store.meetings.get(meeting_id).phone == "70 20 30 40"


def test_invited_meeting_moved_asks_for_an_updated_invitation(when, qtbot, demo_store, meeting_id, tmp_path):
    demo_store.meetings.update(meeting_id, {"starts_at": datetime(2026, 11, 27, 9, 0, tzinfo=dates.TZ),
                                            "ends_at": datetime(2026, 11, 27, 10, 0, tzinfo=dates.TZ)})
    invitee = demo_store.meetings.add_invitee(meeting_id, Invitee(name="Lise", email="lise@example.dk",
                                                                  is_chair=True))
    demo_store.meetings.mark_sent(meeting_id, str(tmp_path), [invitee], "request")
    assert not when.update_banner.isVisible()
    _type(qtbot, when.start, "9.30")
    assert demo_store.meetings.update_pending(meeting_id)
    assert when.update_banner.isVisible()
    assert "update" in when.update_banner.text()


def test_a_cancelled_meeting_is_read_only(demo_store, bridge, meeting_id, today, qtbot):
    demo_store.meetings.cancel(meeting_id, "Familien er syg")
    section = WhenSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    assert section.date.isReadOnly() and section.place.isReadOnly() and section.request_note.isReadOnly()
    assert not section.form.isEnabled() and not section.requested_by.isEnabled()
    section.commit_pending()  # nothing to save, and no error


def test_undo_of_a_time_change_shows_the_old_time(when, qtbot, demo_store, meeting_id):
    _type(qtbot, when.date, "27.11.2026", Qt.Key.Key_Tab)
    _type(qtbot, when.start, "9", Qt.Key.Key_Tab)
    _type(qtbot, when.end, "10")
    _type(qtbot, when.end, "10.45")
    assert when.length.text() == "1 h 45 min"
    when.undo_stack.undo()
    assert when.end.text() == "10.00"
    assert demo_store.meetings.get(meeting_id).ends_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


# -- the meeting view ------------------------------------------------------------------------------------
def test_meeting_view_header_and_sections(qtbot, demo_store, bridge, meeting_id, today):
    from kitdesk.ui.meeting_view import MeetingView

    view = MeetingView(demo_store, bridge, meeting_id)
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    qtbot.waitExposed(view)
    assert view.title.text() == "Emil Bak"
    assert view.state.text() == "Draft"
    assert "no time yet" in view.subtitle.text()
    assert view.tabs.count() == 4
    assert view.tab_title() == "Meeting: Emil Bak"
    with qtbot.waitSignal(view.title_changed):
        demo_store.meetings.update(meeting_id, {"starts_at": datetime(2026, 11, 27, 9, 0, tzinfo=dates.TZ),
                                                "ends_at": datetime(2026, 11, 27, 10, 30, tzinfo=dates.TZ)})
    assert "27.11.2026 kl. 9.00–10.30" in view.subtitle.text()
    # Text typed in the agenda section is saved when the user moves on to another section.
    view.show_section(1)
    view.agenda.purpose.setFocus()
    qtbot.keyClicks(view.agenda.purpose, "At aftale næste skridt.")
    view.show_section(3)
    assert demo_store.meetings.get(meeting_id).purpose == "At aftale næste skridt."
    demo_store.meetings.cancel(meeting_id, "Mor er syg")
    assert view.state.text() == "Cancelled"
    assert view.notice.isVisible() and "Mor er syg" in view.notice.text()
