"""The cross-sector plan in the store: approvals, sign-off into a frozen version with its fingerprint,
the refusal to change a signed version (by the store and by the database itself), version 2."""
from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest

from kitdesk.domain.dates import TZ, local_today
from kitdesk.domain.plan import canonical_json, content_from_json, fingerprint
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import SIGNED_MESSAGE, IntegrityErrors, connect
from kitdesk.store.minutes_saver import MinutesSaver


def _held_meeting(store) -> int:
    """Freja's invited demo meeting, run with minutes, two agreements and an internal note, then ended."""
    case_id = next(r.id for r in store.cases.rows() if r.child_name == "Freja Nørgaard")
    meeting_id = next(r.id for r in store.meetings.rows(case_id) if r.state == "invited")
    store.live.start(meeting_id)
    meeting = store.meetings.get(meeting_id)
    first = meeting.agenda[0].id
    for invitee in meeting.invitees:
        store.live.set_attendance(invitee.id, "online" if invitee.name == "Peter Ærø" else "in_room")
    saver = MinutesSaver(store.folder.db_path, "Test", key=store.key)
    saver.put("minutes", meeting_id, "perspective", "Freja vil gerne i skole, men morgenerne er svære.")
    saver.put("minutes", meeting_id, "challenges", "Fravær <b>6 dage</b> i november.")
    saver.put("item_notes", first, "discussion", "Alle præsenterede sig.", meeting_id)
    saver.put("item_notes", first, "internal_note", "HEMMELIG: ring til mor i morgen", meeting_id)
    saver.put("minutes", meeting_id, "next_meeting_not_agreed", 1)
    assert saver.close()
    store.live.add_agreement(meeting_id, first, what="Skolen laver en plan for gradvis tilbagevenden",
                             responsible_name="Peter Ærø", sector="school", deadline=date(2026, 12, 18),
                             follow_up="På næste møde")
    store.live.add_agreement(meeting_id, first, what="Mor kontakter egen læge om søvnen",
                             responsible_name="Camilla Nørgaard", sector="family", ongoing=True)
    store.live.end(meeting_id)
    return meeting_id


def _approve(store, meeting_id, *names, how="in_meeting"):
    for approval in store.plans.approvals(meeting_id):
        if approval.name in names:
            store.plans.set_approval(approval.id, {"approved": True, "how": how})


@pytest.fixture
def held(demo_store):
    return _held_meeting(demo_store)


def test_ending_the_meeting_gives_every_participant_a_line_to_approve(demo_store, held):
    names = [a.name for a in demo_store.plans.approvals(held)]
    invitees = [i.name for i in demo_store.meetings.get(held).invitees]
    assert names == invitees
    assert not any(a.approved for a in demo_store.plans.approvals(held))
    demo_store.plans.prepare(held)  # idempotent
    assert len(demo_store.plans.approvals(held)) == len(invitees)


def test_both_contact_persons_must_approve_before_sign_off(demo_store, held):
    plans = demo_store.plans
    problems = [str(p) for p in plans.problems(held)]
    assert any("Mette Kjærgaard" in p and "BUC" in p for p in problems)
    assert any("Anders Vestergård" in p and "kommunen" in p for p in problems)
    with pytest.raises(Refusal, match="har ikke godkendt"):
        plans.sign_off(held)
    _approve(demo_store, held, "Mette Kjærgaard")
    problems = [str(p) for p in plans.problems(held)]
    assert [p for p in problems if "Anders" in p] and not [p for p in problems if "Mette" in p]
    _approve(demo_store, held, "Anders Vestergård", how="email")
    assert plans.problems(held) == []
    approved = [a for a in plans.approvals(held) if a.approved]
    assert {a.how for a in approved} == {"in_meeting", "email"} and all(a.approved_on for a in approved)


def test_the_setting_can_drop_the_contact_rule_but_an_approval_needs_its_way(demo_store, held):
    demo_store.settings.set_many({"plan_requires_contacts": "0"})
    assert demo_store.plans.problems(held) == []
    camilla = next(a for a in demo_store.plans.approvals(held) if a.name == "Camilla Nørgaard")
    demo_store.plans.set_approval(camilla.id, {"approved": True})
    assert any("Camilla Nørgaard" in str(p) and "hvordan" in str(p) for p in demo_store.plans.problems(held))


def test_sign_off_freezes_version_1_with_its_fingerprint(demo_store, held):
    _approve(demo_store, held, "Mette Kjærgaard", "Anders Vestergård")
    version = demo_store.plans.sign_off(held)
    assert demo_store.meetings.get(held).state == "signed"
    assert version.version == 1 and version.is_signed and version.signed_by == "Test Bruger"
    content = version.content
    stored = demo_store.query("SELECT content, fingerprint FROM plan_versions WHERE id = ?", [version.id])[0]
    assert stored["fingerprint"] == hashlib.sha256(stored["content"].encode("utf-8")).hexdigest()
    assert stored["fingerprint"] == fingerprint(content) == version.fingerprint
    assert content_from_json(stored["content"]) == content and canonical_json(content) == stored["content"]
    assert content.child_name == "Freja Nørgaard" and content.signed_on == local_today().isoformat()  # the Copenhagen day
    assert [a.what for a in content.agreements] == ["Skolen laver en plan for gradvis tilbagevenden",
                                                   "Mor kontakter egen læge om søvnen"]
    assert content.agreements[0].deadline == "2026-12-18" and content.agreements[1].ongoing
    assert content.perspective.startswith("Freja vil gerne")
    assert content.agenda[0].discussion == "Alle præsenterede sig."
    assert "HEMMELIG" not in stored["content"]  # internal notes never reach the plan
    peter = next(p for p in content.participants if p.name == "Peter Ærø")
    assert peter.present and peter.mode == "virtual"
    assert sum(a.approved for a in content.approvals) == 2
    log = [e.text for e in demo_store.baton_log.entries(demo_store.meetings.get(held).case_id, {"plan_signed"})]
    assert log and "version 1" in log[0] and version.fingerprint[:12] in log[0]


def test_the_store_and_the_database_refuse_to_change_a_signed_version(demo_store, held):
    _approve(demo_store, held, "Mette Kjærgaard", "Anders Vestergård")
    version = demo_store.plans.sign_off(held)
    agreement = demo_store.live.agreements(held)[0]
    with pytest.raises(Refusal, match="godkendt"):
        demo_store.live.add_agreement(held, what="Ny aftale")
    with pytest.raises(Refusal) as refused:
        demo_store.live.update_agreement(agreement.id, {"what": "Ændret"})
    assert str(refused.value) == SIGNED_MESSAGE
    approval = demo_store.plans.approvals(held)[0]
    with pytest.raises(Refusal, match="godkendt"):
        demo_store.plans.set_approval(approval.id, {"note": "x"})
    # Around the store, straight at the file: the triggers refuse too.
    conn = connect(demo_store.folder.db_path, demo_store.key)
    try:
        for sql, args in [("UPDATE minutes SET perspective = 'x' WHERE meeting_id = ?", [held]),
                          ("UPDATE agreements SET what = 'x' WHERE id = ?", [agreement.id]),
                          ("DELETE FROM agreements WHERE id = ?", [agreement.id]),
                          ("UPDATE invitees SET name = 'x' WHERE meeting_id = ?", [held]),
                          ("UPDATE meetings SET purpose = 'x' WHERE id = ?", [held]),
                          ("UPDATE plan_versions SET content = '{}' WHERE id = ?", [version.id]),
                          ("DELETE FROM plan_versions WHERE id = ?", [version.id]),
                          ("UPDATE approvals SET approved = 0 WHERE meeting_id = ?", [held])]:
            with pytest.raises(IntegrityErrors, match="signed plan"):
                conn.execute(sql, args)
        # What a later meeting's follow-up changes stays possible: the outcome of the agreement.
        conn.execute("UPDATE agreements SET status = 'done' WHERE id = ?", [agreement.id])
        conn.commit()
    finally:
        conn.close()
    assert demo_store.plans.get_version(held, 1).content == version.content


def test_typing_into_a_signed_plan_is_refused_once_and_not_retried_for_ever(demo_store, held):
    _approve(demo_store, held, "Mette Kjærgaard", "Anders Vestergård")
    demo_store.plans.sign_off(held)
    reports = []
    saver = MinutesSaver(demo_store.folder.db_path, "Test", reports.append, key=demo_store.key)
    saver.put("minutes", held, "misc", "sent tilføjet")
    assert saver.flush(3.0)
    saver.close()
    assert reports and reports[-1].error and "ny version" in reports[-1].error
    assert demo_store.live.state(held).minutes.misc == ""


def test_a_refused_row_does_not_take_the_chairs_own_notes_with_it(demo_store, held):
    """Signed meanwhile: the plan's text is refused, the internal note (not part of the plan) is saved."""
    _approve(demo_store, held, "Mette Kjærgaard", "Anders Vestergård")
    item = sorted(demo_store.meetings.get(held).agenda, key=lambda i: i.position)[0].id
    demo_store.plans.sign_off(held)
    reports = []
    saver = MinutesSaver(demo_store.folder.db_path, "Test", reports.append, key=demo_store.key)
    saver.put("minutes", held, "misc", "sent tilføjet")
    saver.put("item_notes", item, "internal_note", "Ring til skolen fredag", held)
    assert saver.flush(3.0)
    assert saver.close()
    assert [r.refused for r in reports] == [True] and "ny version" in reports[0].error
    assert demo_store.live.state(held).minutes.misc == ""
    assert demo_store.live.state(held).notes[item].internal_note == "Ring til skolen fredag"


def test_a_change_after_sign_off_is_version_2_with_a_reason(demo_store, held):
    plans = demo_store.plans
    _approve(demo_store, held, "Mette Kjærgaard", "Anders Vestergård")
    first = plans.sign_off(held)
    with pytest.raises(Refusal, match="hvorfor"):
        plans.open_new_version(held, "  ")
    assert plans.open_new_version(held, "Fristen for skolens plan er rykket.") == 2
    assert demo_store.meetings.get(held).state == "held"
    assert plans.working_version(held) == 2 and plans.pending_reason(held) == "Fristen for skolens plan er rykket."
    assert not any(a.approved for a in plans.approvals(held))  # to be approved again
    agreement = demo_store.live.agreements(held)[0]
    demo_store.live.update_agreement(agreement.id, {"deadline": date(2027, 1, 8)})
    assert plans.problems(held)  # not yet approved again
    _approve(demo_store, held, "Mette Kjærgaard", "Anders Vestergård")
    second = plans.sign_off(held)
    assert second.version == 2 and second.content.replaces == 1
    assert second.content.reason == "Fristen for skolens plan er rykket."
    assert second.content.agreements[0].deadline == "2027-01-08"
    assert second.fingerprint != first.fingerprint
    again = plans.get_version(held, 1)  # every version stays readable, unchanged
    assert again.content == first.content and again.fingerprint == first.fingerprint
    assert again.content.agreements[0].deadline == "2026-12-18"
    assert [v.version for v in plans.signed_versions(held)] == [1, 2]


def test_sign_off_is_audited_in_the_same_transaction(demo_store, held):
    _approve(demo_store, held, "Mette Kjærgaard", "Anders Vestergård")
    version = demo_store.plans.sign_off(held)
    rows = demo_store.query("SELECT table_name, action, user FROM audit WHERE table_name IN "
                            "('plan_versions', 'meetings') AND row_id IN (?, ?) ORDER BY id DESC LIMIT 2",
                            [version.id, held])
    assert {(r["table_name"], r["action"]) for r in rows} == {("plan_versions", "insert"), ("meetings", "update")}
    assert all(r["user"] == "Test Bruger" for r in rows)


def test_only_a_held_meeting_can_be_signed_and_the_next_meeting_time_is_kept(demo_store, held):
    invited = next(r.id for r in demo_store.meetings.rows() if r.state == "draft")
    assert [str(p) for p in demo_store.plans.problems(invited)] == ["Planen kan først godkendes, når mødet er afholdt."]
    saver = MinutesSaver(demo_store.folder.db_path, "Test", key=demo_store.key)
    when = datetime(2027, 1, 12, 9, 30, tzinfo=TZ)
    from kitdesk.domain.dates import to_utc_iso

    saver.put("minutes", held, "next_meeting_at", to_utc_iso(when))
    saver.put("minutes", held, "next_meeting_not_agreed", 0)
    assert saver.close()
    assert demo_store.plans.draft_content(held).next_meeting_at == "2027-01-12T09:30+01:00"
