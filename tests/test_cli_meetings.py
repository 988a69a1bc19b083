"""The meeting commands, run as a user would run them: deadline, meetings --json and invite."""
from __future__ import annotations

import email
import email.policy
import json
import shutil
from datetime import date, datetime

import pytest

from kitdesk.domain.dates import TZ, local_today
from kitdesk.domain.meeting import STATES, Invitee
from kitdesk.domain.workdays import add_working_days
from kitdesk.paths import DataFolder
from tests.support import demo_folder, open_store
from tests.test_cli import kitdesk


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    return demo_folder(tmp_path_factory.mktemp("meetings"), cases=7)


@pytest.fixture
def home(tmp_path, demo_home):
    """A copy of the demo folder a test may change."""
    copy = tmp_path / "home"
    shutil.copytree(demo_home, copy)
    return copy


def _eml(folder):
    return email.message_from_bytes(next(folder.glob("*.eml")).read_bytes(), policy=email.policy.default)


def _store(home):
    return open_store(DataFolder(home))


# -- deadline ------------------------------------------------------------------------------------

@pytest.mark.parametrize("day, expected", [
    ("2026-11-23", "2026-11-30"),  # Monday + five working days: the Monday after
    # 22 and 23 December, then 24 (closed), 25 and 26 (holidays, 26 is a Saturday) and the
    # weekend are skipped: 28, 29, 30 December.
    ("2026-12-21", "2026-12-30"),
    ("2026-11-27", "2026-12-04"),  # from a Friday
])
def test_deadline_prints_an_iso_date_for_scripts(tmp_path, day, expected):
    result = kitdesk(tmp_path / "none", "deadline", day, "--iso")
    assert (result.returncode, result.stdout.strip()) == (0, expected), result.stderr
    assert add_working_days(date.fromisoformat(day), 5) == date.fromisoformat(expected)
    assert not (tmp_path / "none").exists()  # asking for a deadline creates no data folder


def test_deadline_with_days(tmp_path):
    assert kitdesk(tmp_path, "deadline", "2026-11-23", "--days", "0", "--iso").stdout.strip() == "2026-11-23"
    assert kitdesk(tmp_path, "deadline", "2026-11-28", "--days", "1", "--iso").stdout.strip() == "2026-11-30"
    assert kitdesk(tmp_path, "deadline", "2026-12-23", "--days", "2", "--iso").stdout.strip() == "2026-12-29"


@pytest.mark.parametrize("args", [("23-11-2026",), ("2026-02-30",), ("2026-W48-1",), ("2026-11-23", "--days", "-1"),
                                  ("2026-11-23", "--days", "fem"), ("31.02.2026",)])
def test_deadline_refuses_bad_input_in_danish(tmp_path, args):
    result = kitdesk(tmp_path, "deadline", *args)
    assert result.returncode == 2 and result.stdout == ""
    assert ("Skriv" in result.stderr or "Ret datoen" in result.stderr) and "Traceback" not in result.stderr


def test_deadline_uses_the_folders_extra_closed_days(home):
    store = _store(home)
    store.settings.set_many({"extra_closed_days": json.dumps(["12-24", "12-31", "06-05", "2026-11-24"])})
    store.close()
    assert kitdesk(home, "deadline", "2026-11-23", "--iso").stdout.strip() == "2026-12-01"


# -- meetings --json -----------------------------------------------------------------------------

def test_meetings_json_fields_and_states(demo_home):
    result = kitdesk(demo_home, "meetings", "--json")
    assert result.returncode == 0, result.stderr
    meetings = json.loads(result.stdout)
    assert meetings and all(set(m) == {"id", "case_id", "state", "start", "deadline"} for m in meetings)
    assert {m["state"] for m in meetings} <= set(STATES)
    assert {"draft", "invited", "cancelled"} <= {m["state"] for m in meetings}
    cases = {c["id"]: c["child"] for c in json.loads(kitdesk(demo_home, "cases", "--json").stdout)}
    invited = [m for m in meetings if m["state"] == "invited"]
    assert [cases[m["case_id"]] for m in invited] == ["Freja Nørgaard"]
    start = datetime.fromisoformat(invited[0]["start"])
    assert start.utcoffset() == start.astimezone(TZ).utcoffset()  # Copenhagen's offset, written out
    assert start.date() <= date.fromisoformat(invited[0]["deadline"])  # invited within the deadline
    emil = next(m for m in meetings if cases[m["case_id"]] == "Emil Bak")
    assert (emil["state"], emil["start"]) == ("draft", None)
    date.fromisoformat(emil["deadline"])


def test_meetings_as_text(demo_home):
    result = kitdesk(demo_home, "meetings")
    assert result.returncode == 0
    assert "Freja Nørgaard" in result.stdout and "Indkaldt" in result.stdout and "uden tidspunkt" in result.stdout


# -- invite ----------------------------------------------------------------------------------------

def _ready_draft(home, purpose="At aftale den videre indsats."):
    """A draft with everything an invitation needs (except perhaps the purpose)."""
    store = _store(home)
    try:
        case_id = next(r.id for r in store.cases.rows() if r.child_name == "Emil Bak")
        meeting_id = store.meetings.create(case_id, "buc", local_today())
        day = add_working_days(local_today(), 2)
        store.meetings.update(meeting_id, {
            "starts_at": datetime(day.year, day.month, day.day, 9, tzinfo=TZ),
            "ends_at": datetime(day.year, day.month, day.day, 10, tzinfo=TZ),
            "place": "Bakkeskolen, mødelokalet", "purpose": purpose})
        store.meetings.add_item(meeting_id, "Velkomst", minutes=10)
        store.meetings.add_invitee(meeting_id, Invitee(name="Lise Østergaard", sector="caseworker",
                                                       email="lise@fjordby.example.dk", is_chair=True))
        store.meetings.add_invitee(meeting_id, Invitee(name="Thomas Bak", sector="family"))
    finally:
        store.close()
    return case_id, meeting_id


def test_invite_writes_three_files_and_the_meeting_becomes_invited(home, tmp_path):
    case_id, meeting_id = _ready_draft(home)
    out = tmp_path / "ud"
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(out))
    assert result.returncode == 0, result.stderr
    paths = result.stdout.split()
    # The letter, the calendar file and the e-mail – and a letter to post to Thomas Bak, who has no e-mail.
    assert len(paths) == 4 and sorted(p.rsplit(".", 1)[1] for p in paths) == ["eml", "ics", "pdf", "pdf"]
    assert paths[-1].endswith("_post1.pdf")
    assert sorted(p.name for p in out.iterdir()) == sorted(p.rsplit("/", 1)[1] for p in paths)
    assert "Thomas Bak" in result.stderr  # no e-mail address: the user is told
    message = _eml(out)
    assert message["X-Unsent"] == "1" and "lise@fjordby.example.dk" in message["To"]

    store = _store(home)
    try:
        meeting = store.meetings.get(meeting_id)
        assert meeting.state == "invited"
        assert store.conn.execute("SELECT sent_folder FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0] \
            == str(out.resolve())
        chair = meeting.chair
        assert chair.invited_sequence == meeting.sequence
        assert store.baton_log.entries(case_id, {"invitation_sent"})
    finally:
        store.close()
    listed = {m["id"]: m for m in json.loads(kitdesk(home, "meetings", "--json").stdout)}
    assert listed[meeting_id]["state"] == "invited"


def test_invite_refuses_a_draft_without_purpose(home, tmp_path):
    _case_id, meeting_id = _ready_draft(home, purpose="")
    out = tmp_path / "ud"
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(out))
    assert result.returncode == 1
    assert "formål" in result.stderr and result.stdout == ""
    assert not out.exists()
    store = _store(home)
    try:
        assert store.meetings.get(meeting_id).state == "draft"
    finally:
        store.close()


def test_invite_refuses_a_cancelled_or_unknown_meeting(demo_home, tmp_path):
    meetings = json.loads(kitdesk(demo_home, "meetings", "--json").stdout)
    cancelled = next(m["id"] for m in meetings if m["state"] == "cancelled")
    result = kitdesk(demo_home, "invite", "--meeting", str(cancelled), "--out", str(tmp_path / "a"))
    assert result.returncode == 1 and "aflyst" in result.stderr
    result = kitdesk(demo_home, "invite", "--meeting", "9999", "--out", str(tmp_path / "b"))
    assert result.returncode == 2 and "9999" in result.stderr
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_invite_waits_for_the_open_window(home, tmp_path):
    from kitdesk.store.lock import InstanceLock

    _case_id, meeting_id = _ready_draft(home)
    lock = InstanceLock(DataFolder(home).lock_path)
    assert lock.acquire()
    try:
        result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "ud"))
    finally:
        lock.release()
    assert result.returncode == 3 and "kører allerede" in result.stderr
    assert not (tmp_path / "ud").exists()


def test_demo_meetings_in_several_states(demo_home):
    store = _store(demo_home)
    try:
        rows = store.meetings.rows()
        by_child = {}
        for r in rows:
            by_child.setdefault(r.child_name, []).append(r)
        freja_rows = {r.state: r.id for r in by_child["Freja Nørgaard"]}
        assert set(freja_rows) == {"signed", "invited"}  # the first meeting signed, the next one invited
        freja = store.meetings.get(freja_rows["invited"])
        assert not freja.is_late(store.settings.extra_closed_days())
        assert freja.chair and freja.minute_taker and freja.purpose
        assert all(i.role_text for i in freja.invitees)
        # The chair is the user who sent it (attending by herself); one answer has come in.
        assert [(i.name, i.answer) for i in freja.invitees if i.answer != "pending"] == [
            ("Mette Kjærgaard", "attending"), ("Anders Vestergård", "attending")]
        emil = store.meetings.get(by_child["Emil Bak"][0].id)
        assert emil.state == "draft" and emil.starts_at is None and emil.agenda
        assert "venter" in emil.purpose  # the "Ventetid" template
        assert {r.state for r in rows} == {"draft", "invited", "cancelled", "held", "signed"}
        signed = store.plans.latest_signed(freja_rows["signed"])
        assert signed.version == 1 and len(signed.content.agreements) == 3
        assert len(store.live.earlier_open(freja.case_id, freja.id)) == 3  # to be followed up next time
        alma_held = next(r.id for r in by_child["Alma Holm"] if r.state == "held")
        assert store.plans.problems(alma_held)  # waits for the day care's and the family's approval
        assert [a.name for a in store.plans.approvals(alma_held) if a.approved] == ["Mette Kjærgaard"]
    finally:
        store.close()


def test_invite_needs_consent_for_every_invited_sector_or_a_reason(home, tmp_path):
    _case_id, meeting_id = _ready_draft(home)
    store = _store(home)
    try:  # Emil's consent does not cover day care
        store.meetings.add_invitee(meeting_id, Invitee(name="Nina Dahl", sector="daycare",
                                                       email="nina.dahl@fjordby.example.dk"))
    finally:
        store.close()
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "a"))
    assert result.returncode == 1 and "samtykke" in result.stderr
    assert not (tmp_path / "a").exists()
    store = _store(home)
    try:
        store.meetings.update(meeting_id, {"consent_override": "Far gav mundtligt samtykke i dag."})
    finally:
        store.close()
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "a"))
    assert result.returncode == 0, result.stderr


def test_invite_again_reaches_only_those_added_later(home, tmp_path):
    _case_id, meeting_id = _ready_draft(home)
    assert kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "first")).returncode == 0
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "again"))
    assert result.returncode == 1 and "allerede sendt" in result.stderr  # nothing new to send

    store = _store(home)
    try:
        late = store.meetings.add_invitee(meeting_id, Invitee(name="Peter Ærø", sector="caseworker",
                                                              email="peter.aero@bakkeskolen.example.dk"))
    finally:
        store.close()
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "late"))
    assert result.returncode == 0, result.stderr
    message = _eml(tmp_path / "late")
    assert "peter.aero@bakkeskolen.example.dk" in message["To"] and "lise@" not in message["To"]
    assert "Thomas Bak" not in result.stderr  # he was told with the first invitation
    store = _store(home)
    try:
        meeting = store.meetings.get(meeting_id)
        assert meeting.state == "invited"
        assert next(i for i in meeting.invitees if i.id == late).invited_sequence == meeting.sequence
    finally:
        store.close()


def test_invite_sends_the_update_after_a_new_time(home, tmp_path):
    _case_id, meeting_id = _ready_draft(home)
    assert kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "first")).returncode == 0
    store = _store(home)
    try:
        meeting = store.meetings.get(meeting_id)
        store.meetings.update(meeting_id, {"starts_at": meeting.starts_at + (meeting.ends_at - meeting.starts_at),
                                           "ends_at": meeting.ends_at + (meeting.ends_at - meeting.starts_at)})
    finally:
        store.close()
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "update"))
    assert result.returncode == 0, result.stderr
    message = _eml(tmp_path / "update")
    assert message["Subject"].startswith("Ændret:")
    store = _store(home)
    try:
        assert not store.meetings.update_pending(meeting_id)
    finally:
        store.close()
