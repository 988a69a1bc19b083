"""The desk's store side: the overview over the demo, agreements across cases, an agreement followed up
between meetings (the stafetlog, the next meeting's follow-up), and the next meeting's draft."""
from __future__ import annotations

from datetime import timedelta

import pytest

from kitdesk.domain.dates import local_today
from kitdesk.domain.desk import GROUPS
from kitdesk.domain.refusal import Refusal
from kitdesk.store.next_meeting import plan_next_meeting
from tests.ui.conftest import case_named


def _agreement(store, what):
    return next(a for a in store.desk.agreements() if a.what == what)


def test_the_overview_of_the_demo_has_something_in_every_group_that_has_a_case_for_it(demo_store):
    groups = {g.key: g.items for g in demo_store.desk.overview()}
    assert list(groups) == list(GROUPS)
    alma, mathias = case_named(demo_store, "Alma Holm"), case_named(demo_store, "Mathias Skov")
    request = next(i for i in groups["requests"] if i.case_id == alma)
    assert request.urgency == "overdue" and request.days < 0
    assert [i.what for i in groups["agreements"]][0] == "BUC indkalder til udredningssamtaler"  # overdue first
    expiring = next(i for i in groups["consents"] if i.kind == "consent_expiring")
    assert (expiring.case_id, expiring.codes, expiring.due) == \
        (mathias, ("buc", "caseworker", "gp"), local_today() + timedelta(days=19))
    assert [(i.child_name, i.urgency) for i in groups["waiting"]] == [("Emil Bak", "overdue")]  # contact overdue
    assert any(i.kind == "contact_missing" and i.child_name == "Emil Bak" and "buc" in i.codes
               for i in groups["contacts"])


def test_closing_between_meetings_goes_to_the_stafetlog_and_the_next_meetings_follow_up(demo_store):
    entry = _agreement(demo_store, "BUC indkalder til udredningssamtaler")
    following = next(r.id for r in demo_store.meetings.rows(entry.case_id) if r.state == "invited")
    demo_store.desk.close_agreement(entry.id, "done", "  Indkaldt til 3 samtaler. ")
    closed = demo_store.desk.agreement(entry.id)
    assert (closed.status, closed.status_note, closed.closed_between_meetings) == ("done", "Indkaldt til 3 samtaler.",
                                                                                   True)
    log = demo_store.baton_log.entries(entry.case_id)[0]
    assert log.kind == "agreement" and log.text.startswith("Aftale udført: BUC indkalder til udredningssamtaler – "
                                                           "Mette Kjærgaard, BUC, frist ")
    earlier = {a.id: a for a in demo_store.live.state(following).earlier}
    assert earlier[entry.id].status == "done"
    demo_store.desk.reopen_agreement(entry.id)
    assert demo_store.desk.agreement(entry.id).status == "open"
    assert demo_store.baton_log.entries(entry.case_id)[0].text.startswith("Aftale genåbnet:")


def test_a_lapse_needs_a_reason_and_a_meeting_not_ended_keeps_its_agreements(demo_store):
    entry = _agreement(demo_store, "BUC indkalder til udredningssamtaler")
    with pytest.raises(Refusal, match="hvorfor aftalen bortfalder"):
        demo_store.desk.close_agreement(entry.id, "dropped", "  ")
    demo_store.desk.close_agreement(entry.id, "dropped", "Familien er flyttet.")
    with pytest.raises(Refusal, match="allerede fulgt op"):
        demo_store.desk.close_agreement(entry.id, "done")


def test_plan_next_meeting_from_a_held_meeting(demo_store):
    freja = case_named(demo_store, "Freja Nørgaard")
    held = next(r for r in demo_store.meetings.rows(freja) if r.state in ("held", "signed"))
    before = demo_store.meetings.get(held.id)
    new_id = plan_next_meeting(demo_store, held.id)
    draft = demo_store.meetings.get(new_id)
    assert (draft.state, draft.case_id, draft.requested_by) == ("draft", freja, before.requested_by)
    assert {i.person_id for i in draft.invitees} == {i.person_id for i in before.invitees}
    assert all(i.answer == "pending" for i in draft.invitees)
    first = draft.agenda[0]
    assert first.title == "Opfølgning på aftaler"
    open_now = [a.what for a in demo_store.desk.agreements(status="open", case_id=freja)]
    assert open_now and all(what in first.description for what in open_now)
    assert demo_store.baton_log.entries(freja)[0].text.startswith("Næste netværksmøde er planlagt som kladde")


def test_plan_next_meeting_refuses_a_meeting_not_held(demo_store):
    invited = next(r.id for r in demo_store.meetings.rows() if r.state == "invited")
    with pytest.raises(Refusal, match="holdt"):
        plan_next_meeting(demo_store, invited)


@pytest.mark.parametrize("day", ["2026-12-28", "2027-01-02", "2027-03-28", "2027-04-05", "2027-05-17"],
                         ids=["christmas", "new-year-saturday", "easter-sunday", "easter-monday", "after-whitsun"])
def test_the_demo_familys_request_is_past_its_deadline_whatever_the_day(tmp_path, monkeypatch, day):
    """The demo's today is the day it is loaded: around Christmas and Easter ten days back is not five
    working days back, and the request Overblik shows as overdue was then "due soon"."""
    from datetime import date

    from kitdesk.domain.workdays import deadline_countdown
    from kitdesk.store import demo
    from tests.support import open_store

    today = date.fromisoformat(day)
    monkeypatch.setattr(demo, "local_today", lambda: today)  # the day the demo is loaded, as if it were today
    store = open_store(tmp_path / "demo")
    try:
        demo.load_demo(store)
        alma = case_named(store, "Alma Holm")
        (request,) = [m for m in (store.meetings.get(r.id) for r in store.meetings.rows(alma))
                      if m.requested_by == "family"]
        extra = store.settings.extra_closed_days()
        urgency, days = deadline_countdown(today, request.deadline(extra), extra)
    finally:
        store.close()
    assert urgency == "overdue" and days >= 1  # working days over, not only a weekend


def test_the_overview_reads_only_the_agreements_it_shows_and_shows_the_same(demo_store):
    """Overblik reads the open agreements due within AGREEMENT_DAYS (m012_desk's index) rather than all
    of them: on every day that puts one of the demo's deadlines on the edge of that window, or just
    past it, the groups are those the domain makes from every open agreement."""
    from kitdesk.domain.desk import AGREEMENT_DAYS, overview

    desk = demo_store.desk
    user, extra = desk.user(), demo_store.settings.extra_closed_days()
    every = desk.agreements(open_cases=True, status="open")
    assert any(a.ongoing for a in every) and any(a.deadline is None for a in every)  # both left out now
    edges = {a.deadline - timedelta(days=AGREEMENT_DAYS) + timedelta(days=shift)
             for a in every if a.deadline is not None for shift in (0, 1)}
    assert len(edges) > 4
    for today in sorted(edges | {local_today()}):
        shown = desk.overview(today)
        assert shown == overview(desk.facts(today), today, user, extra), today
    assert any(g.key == "agreements" and g.items for g in desk.overview(local_today()))


def _plans_by_hand(conn) -> set[tuple]:
    """The overview's plan lines worked out row by row, as the rule says (HELD_SQL, UNSENT_SQL say it in SQL)."""
    open_cases = {r[0] for r in conn.execute("SELECT id FROM cases WHERE phase <> 'closed'")}
    meetings = conn.execute("SELECT id, case_id, state, starts_at FROM meetings").fetchall()
    versions = conn.execute("SELECT id, meeting_id, version, signed_at FROM plan_versions").fetchall()
    exported = {r[0] for r in conn.execute("SELECT plan_version_id FROM plan_exports WHERE kind = 'plan'")}
    approvals = conn.execute("SELECT meeting_id, version, approved FROM approvals").fetchall()
    found = set()
    for meeting, case, state, start in meetings:
        if case not in open_cases:
            continue
        if state == "held":
            version = max((v[2] for v in versions if v[1] == meeting), default=1)
            missing = sum(1 for a in approvals if a[0] == meeting and a[1] == version and not a[2])
            found.add((meeting, "held", missing, version))
        signed = [v for v in versions if v[1] == meeting and v[3] is not None]
        if state != "signed" or not signed:
            continue
        latest = max(signed, key=lambda v: v[2])
        later = any(c == case and s in ("held", "signed") and None not in (t, start) and t > start
                    for _, c, s, t in meetings)
        if latest[0] not in exported and not later:
            found.add((meeting, "signed", 0, latest[2]))
    return found


def test_the_plans_to_approve_or_send_are_those_the_rule_gives(store):
    """Overblik's plans read from m012_desk's indexes, case by case: on generated cases (held meetings
    with approvals missing, signed plans sent and not, later meetings held, closed cases) the lines are
    exactly those worked out row by row."""
    from kitdesk.store.demo import load_demo

    store.conn.execute("PRAGMA synchronous=OFF")  # what is tested here is not durability: no fsync per case
    load_demo(store, extra_cases=12)
    shown = {(p.meeting_id, p.state, p.missing, p.version) for p in store.desk.facts().plans}
    assert shown == _plans_by_hand(store.conn)
    assert {state for _, state, _, _ in shown} == {"held", "signed"}
    assert any(missing for _, state, missing, _ in shown if state == "held")
    signed = store.conn.execute("SELECT COUNT(*) FROM meetings WHERE state = 'signed'").fetchone()[0]
    assert signed > sum(state == "signed" for _, state, _, _ in shown)  # sent, or a later meeting held
