"""Issue 11, against the seeds: what the store keeps and the domain decides – waiting periods and the
contacts falling due, the GP's fee following attendance, niveau/trin in the stafetlog, the contact
persons and the child's own words frozen in a signed plan, consent forms and their return, and the
upgrade of a database written before m008."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kitdesk.domain.dates import TZ, local_today
from kitdesk.domain.meeting import (
    Invitee,
    Meeting,
    default_minute_taker,
    inviting_side,
    send_problems,
    short_notice_warning,
)
from kitdesk.domain.minutes import LiveState, Minutes, end_problems
from kitdesk.domain.model import Consent, ConsentForm
from kitdesk.domain.plan import content_from_json
from kitdesk.domain.refusal import Refusal
from kitdesk.store.minutes_saver import MinutesSaver
from kitdesk.store.plan_snapshot import plan_contacts
from tests.store.test_migrations import open_upgraded
from tests.ui.conftest import case_named


def _log(store, case_id) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in store.baton_log.entries(case_id)]


# -- 6. waiting -------------------------------------------------------------------------------------

def test_a_waiting_period_and_its_contact_falling_due_are_in_the_stafetlog_and_the_due_list(demo_store):
    emil = case_named(demo_store, "Emil Bak")
    period = demo_store.waiting.current(emil)  # the demo: 35 days, contact every 14 days, none recorded
    assert (period.waiting_for, period.contact_name, period.contact_every_days) == \
        ("Udredning i BUC", "Lise Østergaard", 14)
    today = local_today()
    assert period.next_contact_on == today - timedelta(days=21)
    due = demo_store.waiting.due_contacts(today)
    assert [(d.child_name, d.next_contact_on) for d in due] == [("Emil Bak", today - timedelta(days=21))]

    demo_store.waiting.record_contact(period.id, today, "Far fortæller, at Emil sover bedre.")
    assert demo_store.waiting.due_contacts(today) == []
    assert demo_store.waiting.due_contacts(today + timedelta(days=14))[0].next_contact_on == today + timedelta(days=14)
    demo_store.waiting.update(period.id, {"contact_every_days": 7})
    demo_store.waiting.end(period.id, today, "Udredningen er begyndt.")
    assert demo_store.waiting.current(emil) is None
    assert demo_store.waiting.due_contacts(today + timedelta(days=60), include_later=True) == []
    kinds = [kind for kind, _ in _log(demo_store, emil)]
    assert kinds.count("waiting_started") == 1 and "waiting_contact" in kinds
    assert "waiting_changed" in kinds and "waiting_ended" in kinds
    texts = dict(_log(demo_store, emil))
    assert "Far fortæller, at Emil sover bedre." in texts["waiting_contact"]
    assert "hver uge" in texts["waiting_changed"]


def test_a_waiting_period_refuses_what_cannot_be(store):
    from kitdesk.domain.model import Case

    case_id = store.cases.create(Case(child_name="Bo Lund"))
    with pytest.raises(Refusal, match="hvad barnet venter på"):
        store.waiting.start(case_id, " ")
    period = store.waiting.start(case_id, "Udredning", date(2026, 3, 1))
    with pytest.raises(Refusal, match="venter allerede"):
        store.waiting.start(case_id, "Noget andet")
    with pytest.raises(Refusal, match="kan ikke slutte før"):
        store.waiting.end(period, date(2026, 2, 1))
    assert "ikke aftalt" in dict(_log(store, case_id))["waiting_started"]


def test_waiting_fields_on_the_case_move_into_a_waiting_period_with_m008(tmp_path):
    """schema7.sqlite3 (before m008): Emil's case said waiting_for/waiting_since; now it is a period."""
    store = open_upgraded("m007_access_log", tmp_path)
    try:
        emil = case_named(store, "Emil Bak")
        period = store.waiting.current(emil)
        assert period.waiting_for == "Udredning i BUC" and period.started_on is not None
        assert period.contact_every_days is None  # not agreed then: nothing falls due by itself
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(cases)")}
        assert not columns & {"waiting_for", "waiting_since"}
        # The GP ticked "paid" before the cancelled meeting was held: the mark now follows attendance.
        assert not store.conn.execute("SELECT COUNT(*) FROM invitees WHERE gp_paid = 1").fetchone()[0]
        # A signed plan from before m008 reads as the old wording (layout 1), and without contacts.
        signed = next(r.id for r in store.meetings.rows() if r.state == "signed")
        content = store.plans.latest_signed(signed).content
        assert content.layout == 1 and content.contacts == ()
    finally:
        store.upgraded.close()


# -- 9. niveau and trin in the stafetlog -----------------------------------------------------------------

def test_step_and_level_changes_go_into_the_stafetlog(demo_store):
    alma = case_named(demo_store, "Alma Holm")
    demo_store.cases.update(alma, {"step": 4, "level": 3})
    texts = dict(_log(demo_store, alma))
    assert texts["step_changed"] == ("Trin ændret fra 3 til 4: Opfølgning (kommunen i samarbejde med relevante "
                                     "fagprofessionelle).")
    assert texts["level_changed"].startswith("Niveau ændret fra 2 til 3: Bredt samarbejde, hvor den kommunale "
                                             "forvaltning, typisk en sagsbehandler, involveres")


# -- 5. the GP -------------------------------------------------------------------------------------------

def _running_with_gp(store):
    freja = case_named(store, "Freja Nørgaard")
    meeting_id = next(r.id for r in store.meetings.rows(freja) if r.state == "invited")
    gp = store.meetings.add_invitee(meeting_id, Invitee(name="Ole Gram", organisation="Lægehuset ved Åen",
                                                        sector="gp", gp_spoken_to=True))
    store.meetings.mark_sent(meeting_id, "", [gp], "request")
    store.live.start(meeting_id)
    return meeting_id, gp


def test_the_gp_fee_follows_whether_the_gp_attended_and_is_kept_for_reports(demo_store):
    meeting_id, gp = _running_with_gp(demo_store)
    with pytest.raises(ValueError, match="follows attendance"):
        demo_store.meetings.update_invitee(gp, {"gp_paid": True})
    demo_store.live.set_attendance(gp, "online")
    assert demo_store.writer.row("invitees", gp)["gp_paid"] == 1
    demo_store.live.set_attendance(gp, "absent")
    assert demo_store.writer.row("invitees", gp)["gp_paid"] == 0
    demo_store.live.set_attendance(gp, "in_room")
    demo_store.live.end(meeting_id)
    day = demo_store.meetings.get(meeting_id).starts_at.astimezone(TZ).date()
    found = demo_store.meetings.gp_participations(day - timedelta(days=1), day)
    assert [(p.day, p.name, p.clinic, p.form, p.attended) for p in found] == \
        [(day.isoformat(), "Ole Gram", "Lægehuset ved Åen", "physical", True)]
    assert demo_store.meetings.gp_participations(day + timedelta(days=1), day + timedelta(days=30)) == []
    content = demo_store.plans.draft_content(meeting_id)
    assert next(p for p in content.participants if p.name == "Ole Gram").gp_fee


# -- 1 and 3. the signed plan keeps the contacts and the child's own words it was signed with -------------

def test_a_signed_plan_keeps_the_contact_persons_and_words_it_was_signed_with(demo_store):
    freja = case_named(demo_store, "Freja Nørgaard")
    meeting_id = next(r.id for r in demo_store.meetings.rows(freja) if r.state == "invited")
    demo_store.live.start(meeting_id)
    saver = MinutesSaver(demo_store.folder.db_path, "Test", key=demo_store.key)
    saver.put("minutes", meeting_id, "child_words", "Jeg vil gerne have en voksen at gå til.")
    saver.put("minutes", meeting_id, "perspective", "Mor er bekymret for morgenerne.")
    assert saver.close()
    for invitee in demo_store.meetings.get(meeting_id).invitees:
        demo_store.live.set_attendance(invitee.id, "in_room")
    demo_store.live.end(meeting_id)
    for approval in demo_store.plans.approvals(meeting_id):
        demo_store.plans.set_approval(approval.id, {"approved": True, "how": "in_meeting"})
    version = demo_store.plans.sign_off(meeting_id)

    contacts = {(c.name, c.side, c.is_baton_holder, c.phone, c.email) for c in version.content.contacts}
    assert contacts == {("Mette Kjærgaard", "buc", True, "70 10 20 31", "mette.kjaergaard@buc.example.dk"),
                        ("Anders Vestergård", "municipality", False, "72 30 40 50",
                         "anders.vestergaard@fjordby.example.dk")}
    assert version.content.child_words == "Jeg vil gerne have en voksen at gå til."
    assert version.content.perspective == "Mor er bekymret for morgenerne."
    # The network changes afterwards: the signed version does not.
    anders = next(m for m in demo_store.network.members(freja) if m.person_name == "Anders Vestergård")
    demo_store.network.update(anders.id, {"is_contact": False})
    assert all(c.side != "municipality" for c in plan_contacts(demo_store, freja))
    stored = demo_store.query("SELECT content FROM plan_versions WHERE id = ?", [version.id])[0]["content"]
    assert content_from_json(stored).contacts == version.content.contacts


# -- 10. consent forms -------------------------------------------------------------------------------------

def test_a_printed_consent_form_waits_for_its_return_and_is_registered_as_a_consent(demo_store):
    alma = case_named(demo_store, "Alma Holm")
    form_id = demo_store.consents.record_form(ConsentForm(
        case_id=alma, given_by="Rikke Holm", sectors=["buc", "daycare"], information="Trivsel i børnehaven"))
    assert [f.returned for f in demo_store.consents.forms(alma)] == [False]
    consent_id = demo_store.consents.add(Consent(case_id=alma, given_by="Rikke Holm", sectors=["buc", "daycare"],
                                                 given_on=local_today(), form="written"), form_id=form_id)
    assert demo_store.consents.form(form_id).consent_id == consent_id
    with pytest.raises(Refusal, match="allerede registreret"):
        demo_store.consents.add(Consent(case_id=alma, given_by="Rikke Holm", sectors=["buc"],
                                        given_on=local_today()), form_id=form_id)
    texts = [text for kind, text in _log(demo_store, alma) if kind in ("consent_form", "consent_given")]
    assert any(t.startswith("Samtykkeerklæring udskrevet til Rikke Holm") for t in texts)
    assert any("Den underskrevne samtykkeerklæring" in t for t in texts)


# -- the domain's rules --------------------------------------------------------------------------------------

def _meeting(**values) -> Meeting:
    base = dict(id=3, state="draft", purpose="Status", starts_at=datetime(2026, 12, 7, 9, tzinfo=TZ),
                ends_at=datetime(2026, 12, 7, 10, tzinfo=TZ), place="BUC", agenda=[object()])
    base.update(values)
    return Meeting(**base)


MOTHER = Invitee(id=1, name="Mor", sector="family")
METTE = Invitee(id=2, name="Mette", sector="buc", is_chair=True)
HANNE = Invitee(id=3, name="Hanne", sector="ppr")


def test_a_phone_meeting_asks_the_family_like_a_video_meeting():
    problems = send_problems(_meeting(form="phone", phone="70 10 20 30", invitees=[METTE, MOTHER]))
    assert "Spørg barnet/den unge og familien, om mødet må holdes som telefonmøde, og sæt flueben." in \
        [str(p) for p in problems]
    assert not [p for p in send_problems(_meeting(form="phone", phone="7010", virtual_asked=True,
                                                  invitees=[METTE, MOTHER])) if "familien, om" in p]


def test_without_a_parent_or_the_child_sending_needs_a_reason():
    assert any("Hverken en forælder" in str(p) for p in send_problems(_meeting(invitees=[METTE])))
    assert not any("Hverken" in str(p) for p in send_problems(_meeting(invitees=[METTE],
                                                                  family_absent_reason="Mor er indlagt")))
    assert not any("Hverken" in str(p) for p in send_problems(_meeting(invitees=[METTE, MOTHER])))


def test_the_inviting_side_writes_the_minutes_unless_it_says_why_not():
    taker = Invitee(id=3, name="Hanne", sector="ppr", is_minute_taker=True)
    buc_invites = _meeting(requested_by="buc", invitees=[METTE, MOTHER, taker])
    assert inviting_side(buc_invites) == "buc"
    assert any("Hanne skriver referatet, men det er BUC, der indkalder" in str(p) for p in send_problems(buc_invites))
    buc_invites.minute_taker_reason = "Mette leder mødet og kan ikke skrive samtidig"
    assert not any("skriver referatet" in str(p) for p in send_problems(buc_invites))
    # The family asked: the side that took it up (the chair's) invites.
    assert inviting_side(_meeting(requested_by="family", invitees=[METTE])) == "buc"
    assert inviting_side(_meeting(requested_by="family", invitees=[MOTHER]), "ppr") == "municipality"
    assert default_minute_taker(_meeting(requested_by="buc", invitees=[HANNE, METTE, MOTHER])).name == "Mette"
    assert default_minute_taker(_meeting(requested_by="municipality", invitees=[METTE, HANNE])).name == "Hanne"


def test_an_invitation_in_short_notice_is_warned_about():
    monday = date(2026, 12, 7)
    meeting = _meeting(starts_at=datetime(2026, 12, 9, 9, tzinfo=TZ))  # Wednesday
    assert "om 2 arbejdsdage (09.12.2026)" in str(short_notice_warning(meeting, monday, 3))
    assert "mindst 3 arbejdsdage" in str(short_notice_warning(meeting, monday, 3))
    assert "in 2 working days (09.12.2026)" in short_notice_warning(meeting, monday, 3).text("en")
    assert short_notice_warning(meeting, monday - timedelta(days=3), 3) is None  # Friday before: 3 days
    assert "i morgen" in str(short_notice_warning(meeting, date(2026, 12, 8), 3))
    assert short_notice_warning(meeting, monday, 0) is None


def test_a_discharge_meeting_does_not_end_without_its_hand_over():
    state = LiveState(Minutes(1, perspective="Mor", no_new_agreements=True, next_meeting_not_agreed=True),
                      discharge=True)
    assert [str(p) for p in end_problems(state)] == [
        "Udskrivning: skriv hvem der overtager hvad, medicin og opfølgning og hvem familien ringer til."]
    assert end_problems(state)[0].text("en") == ("Discharge: write who takes over what, medication and its "
                                                 "follow-up and whom the family calls.")
    state.minutes.discharge_handover = "Kommunen overtager"
    state.minutes.discharge_medication = "Almen praksis"
    state.minutes.discharge_family_contact = "Lise"
    assert end_problems(state) == []
    # The child's own words count as the perspective being written.
    assert end_problems(LiveState(Minutes(1, child_words="Jeg vil i skole", no_new_agreements=True,
                                          next_meeting_not_agreed=True))) == []
