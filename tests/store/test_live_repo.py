"""Running a meeting in the store: start, attendance, agreements, follow-up of earlier ones, end."""
from datetime import date, datetime

import pytest

from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import Invitee
from kitdesk.domain.minutes import decision_words, end_problems
from kitdesk.domain.refusal import Refusal


@pytest.fixture
def invited(demo_store):
    store = demo_store
    case_id = next(r.id for r in store.cases.rows() if r.child_name == "Emil Bak")
    meeting_id = store.meetings.create(case_id, "buc", date(2026, 11, 23))
    store.meetings.update(meeting_id, {"starts_at": datetime(2026, 11, 30, 9, tzinfo=TZ),
                                       "ends_at": datetime(2026, 11, 30, 10, tzinfo=TZ), "purpose": "Status"})
    store.meetings.add_item(meeting_id, "Status", minutes=20)
    a = store.meetings.add_invitee(meeting_id, Invitee(name="Lise Østergaard", sector="caseworker", is_chair=True))
    b = store.meetings.add_invitee(meeting_id, Invitee(name="Thomas Bak", sector="family"))
    store.meetings.update_invitee(b, {"answer": "declined", "answer_note": "Syg"})
    store.meetings.mark_sent(meeting_id, "", [], "request")
    return store, case_id, meeting_id, a, b


def test_start_makes_the_minutes_and_guesses_attendance_from_answers(invited):
    store, case_id, meeting_id, a, b = invited
    store.live.start(meeting_id)
    meeting = store.meetings.get(meeting_id)
    assert meeting.state == "running"
    assert store.live.attendance(meeting_id) == {a: "", b: "declined"}
    state = store.live.state(meeting_id)
    assert state.minutes.perspective == "" and list(state.notes) == [meeting.agenda[0].id]
    store.live.set_attendance(a, "online")
    assert store.live.attendance(meeting_id)[a] == "online"


def test_a_walk_in_is_added(invited):
    store, case_id, meeting_id, a, b = invited
    store.live.start(meeting_id)
    walk_in = store.live.add_walk_in(meeting_id, "Peter Ærø", "school")
    invitee = next(i for i in store.meetings.get(meeting_id).invitees if i.id == walk_in)
    assert invitee.walk_in and invitee.attendance == "in_room"


def test_agreements_end_and_follow_up_at_the_next_meeting(invited):
    store, case_id, meeting_id, a, b = invited
    store.live.start(meeting_id)
    first = store.live.add_agreement(meeting_id, what="Skolen laver en plan for fremmøde",
                                     responsible_invitee_id=a, responsible_name="Lise Østergaard",
                                     sector="caseworker", deadline=date(2026, 12, 14), follow_up="På næste møde")
    store.live.add_agreement(meeting_id, what="Mor kontakter egen læge", ongoing=True)
    problems = end_problems(store.live.state(meeting_id))
    assert any("perspektiv" in str(p) for p in problems) and any("Næste møde" in str(p) for p in problems)
    store.live.end(meeting_id)
    assert store.meetings.get(meeting_id).state == "held"
    log = [e.text for e in store.baton_log.entries(case_id, {"meeting_started", "meeting_held", "agreement"})]
    assert any("Deltog ikke: Thomas Bak (afbud)" in t for t in log)
    assert any(t.startswith("Aftale: Skolen laver en plan for fremmøde – Lise Østergaard") and "14.12.2026" in t
               for t in log)

    # The next meeting follows the open agreements up.
    nxt = store.meetings.create(case_id, "buc", date(2026, 12, 10))
    store.meetings.update(nxt, {"starts_at": datetime(2026, 12, 14, 9, tzinfo=TZ),
                                "ends_at": datetime(2026, 12, 14, 10, tzinfo=TZ)})
    store.meetings.mark_sent(nxt, "", [], "request")
    store.live.start(nxt)
    earlier = store.live.state(nxt).earlier
    assert [e.what for e in earlier] == ["Skolen laver en plan for fremmøde", "Mor kontakter egen læge"]
    carried = store.live.follow_up(first, nxt, "continued", "Planen er ikke færdig")
    store.live.follow_up(earlier[1].id, nxt, "done", "Tid hos lægen 3.12.")
    state = store.live.state(nxt)
    assert [a.what for a in state.agreements] == ["Skolen laver en plan for fremmøde"]
    assert state.agreements[0].carried_from_id == first and carried == state.agreements[0].id
    assert {e.status for e in state.earlier} == {"continued", "done"}


def test_decision_words_are_spotted():
    assert decision_words("Der bevilges aflastning") == ["bevilges"]
    assert decision_words("Kommunen træffer afgørelse om støtte") == ["træffer afgørelse"]
    assert decision_words("Skolen laver en plan") == []


def test_a_meeting_that_is_not_running_refuses_live_changes(invited):
    store, case_id, meeting_id, a, b = invited
    with pytest.raises(Refusal, match="ikke i gang"):
        store.live.set_attendance(a, "online")
