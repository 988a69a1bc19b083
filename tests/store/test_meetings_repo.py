"""Meetings in the store: drafts, agenda order, invitees, sending, updates and cancelling."""
from datetime import date, datetime

import pytest

from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import Invitee
from kitdesk.domain.refusal import Refusal


@pytest.fixture
def case_id(demo_store):
    return next(r.id for r in demo_store.cases.rows() if r.child_name == "Freja Nørgaard")


@pytest.fixture
def meeting_id(demo_store, case_id):
    return demo_store.meetings.create(case_id, "buc", date(2026, 11, 23))


def at(day, hour, minute=0):
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


def test_a_new_meeting_is_a_draft_with_a_stable_uid(demo_store, case_id, meeting_id):
    meeting = demo_store.meetings.get(meeting_id)
    assert (meeting.state, meeting.sequence, meeting.case_id) == ("draft", 0, case_id)
    assert meeting.uid.endswith("@kitdesk") and len(meeting.uid) > 30
    assert meeting.deadline() == date(2026, 11, 30)
    assert demo_store.baton_log.entries(case_id, {"meeting_created"})


def test_times_round_trip_in_utc_and_copenhagen(demo_store, meeting_id):
    demo_store.meetings.update(meeting_id, {"starts_at": at(30, 9), "ends_at": at(30, 10, 30)})
    stored = demo_store.conn.execute("SELECT starts_at FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0]
    assert stored.startswith("2026-11-30T08:00:00")  # winter time: UTC+1
    meeting = demo_store.meetings.get(meeting_id)
    assert meeting.starts_at == at(30, 9) and meeting.minutes == 90


def test_agenda_items_keep_the_order_they_are_moved_to(demo_store, meeting_id):
    ids = [demo_store.meetings.add_item(meeting_id, t, minutes=m) for t, m in (("A", 10), ("B", 20), ("C", 5))]
    demo_store.meetings.move_item(ids[2], 0)
    agenda = demo_store.meetings.get(meeting_id).agenda
    assert [i.title for i in agenda] == ["C", "A", "B"]
    assert demo_store.meetings.get(meeting_id).agenda_minutes == 35
    demo_store.meetings.remove_item(ids[0])
    assert [(i.title, i.position) for i in demo_store.meetings.get(meeting_id).agenda] == [("C", 0), ("B", 1)]


def test_bad_agenda_input_is_refused_in_danish(demo_store, meeting_id):
    with pytest.raises(Refusal, match="overskrift"):
        demo_store.meetings.add_item(meeting_id, "   ")
    with pytest.raises(Refusal, match="minutter"):
        demo_store.meetings.add_item(meeting_id, "Punkt", minutes="ti")


def test_one_chair_and_one_minute_taker(demo_store, meeting_id):
    a = demo_store.meetings.add_invitee(meeting_id, Invitee(name="A", is_chair=True))
    b = demo_store.meetings.add_invitee(meeting_id, Invitee(name="B", is_chair=True, is_minute_taker=True))
    meeting = demo_store.meetings.get(meeting_id)
    assert meeting.chair.id == b and meeting.minute_taker.id == b
    demo_store.meetings.update_invitee(a, {"is_minute_taker": True})
    assert demo_store.meetings.get(meeting_id).minute_taker.id == a


def test_an_invalid_email_is_refused(demo_store, meeting_id):
    with pytest.raises(Refusal, match="E-mailadressen"):
        demo_store.meetings.add_invitee(meeting_id, Invitee(name="A", email="a@b"))


def test_moving_an_invited_meeting_raises_the_sequence_once_until_sent(demo_store, case_id, meeting_id):
    repo = demo_store.meetings
    repo.update(meeting_id, {"starts_at": at(30, 9), "ends_at": at(30, 10)})
    a = repo.add_invitee(meeting_id, Invitee(name="A", email="a@example.dk"))
    repo.mark_sent(meeting_id, "/tmp/x", [a], "request")
    meeting = repo.get(meeting_id)
    assert meeting.state == "invited" and meeting.invitees[0].invited_sequence == 0
    repo.update(meeting_id, {"starts_at": at(30, 13), "ends_at": at(30, 14)})
    repo.update(meeting_id, {"place": "Mødelokale 2"})
    assert repo.get(meeting_id).sequence == 1 and repo.update_pending(meeting_id)
    repo.mark_sent(meeting_id, "/tmp/x", [a], "update")
    assert not repo.update_pending(meeting_id)
    repo.update(meeting_id, {"place": "Mødelokale 3"})
    assert repo.get(meeting_id).sequence == 2
    assert demo_store.baton_log.entries(case_id, {"meeting_changed"})


def test_an_answer_goes_into_the_baton_log(demo_store, case_id, meeting_id):
    a = demo_store.meetings.add_invitee(meeting_id, Invitee(name="Peter Ærø"))
    demo_store.meetings.update_invitee(a, {"answer": "declined", "answer_note": "Syg"})
    texts = [e.text for e in demo_store.baton_log.entries(case_id, {"answer_recorded"})]
    assert texts[0] == "Peter Ærø: afbud – Syg."  # newest first


def test_cancel_needs_a_reason_and_locks_the_meeting(demo_store, meeting_id):
    with pytest.raises(Refusal, match="hvorfor"):
        demo_store.meetings.cancel(meeting_id, " ")
    demo_store.meetings.cancel(meeting_id, "Familien er syg")
    meeting = demo_store.meetings.get(meeting_id)
    assert (meeting.state, meeting.sequence) == ("cancelled", 1)
    with pytest.raises(Refusal, match="aflyst"):
        demo_store.meetings.add_item(meeting_id, "Punkt")


def test_undo_of_a_new_agenda_item(demo_store, meeting_id):
    demo_store.meetings.add_item(meeting_id, "A")
    demo_store.revert(demo_store.last_journal)
    assert demo_store.meetings.get(meeting_id).agenda == []


def test_the_chair_who_sends_the_invitation_is_not_waited_for(demo_store, meeting_id):
    repo = demo_store.meetings
    repo.update(meeting_id, {"starts_at": at(30, 9), "ends_at": at(30, 10), "form": "video"})
    me = repo.add_invitee(meeting_id, Invitee(name="Test Bruger", is_chair=True, email="t@buc.example.dk"))
    other = repo.add_invitee(meeting_id, Invitee(name="Peter Ærø", email="peter@skole.example.dk"))
    repo.mark_sent(meeting_id, "/tmp/x", [me, other], "request")
    answers = {i.name: (i.answer, i.attend_mode) for i in repo.get(meeting_id).invitees}
    assert answers == {"Test Bruger": ("attending", "virtual"), "Peter Ærø": ("pending", "")}
