"""Agreements from a plan read in from another KIT Desk (issue 14: "a plan read into another data folder
with its agreements listed in the desk across cases"): they have no meeting on this laptop, only their
source – and still appear wherever the case's agreements do: store.desk.agreements(), the overview's
agreement group (mine and all), `kitdesk agreements --json` (meeting_id null, source), the calendar
file, and they are followed up between meetings like the case's own."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from kitdesk.domain.dates import local_today
from kitdesk.export.plan_data import read_plan_file
from kitdesk.export.reminders import reminders_file
from kitdesk.paths import DataFolder
from kitdesk.store.db import connect
from tests.support import demo_folder, key_of, open_store
from tests.test_cli import kitdesk

RECEIVING_CHILD = "Emil Bak"  # in the receiving folder: no agreements of his own


def receiving_case(home: Path) -> str:
    """Emil's case number in that folder: it carries the year the demo opened his case, so it is read."""
    conn = connect(DataFolder(home).db_path, key_of(home))
    try:
        return conn.execute("SELECT case_no FROM cases WHERE child_name = ?", [RECEIVING_CHILD]).fetchone()[0]
    finally:
        conn.close()


def export_demo_plan(root: Path) -> Path:
    """The sender's laptop: a demo folder of its own, and its signed plan (Freja's first meeting, three
    months ago: two agreements overdue, one ongoing) exported as the chair sends it."""
    home = demo_folder(root / "afsender")
    conn = connect(DataFolder(home).db_path, key_of(home))
    signed = conn.execute("SELECT id FROM meetings WHERE state = 'signed'").fetchone()[0]
    conn.close()
    target = root / "plan.pdf"
    result = kitdesk(home, "export-plan", "--meeting", str(signed), "--out", str(target))
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture(scope="module")
def sent_plan(tmp_path_factory) -> Path:
    return export_demo_plan(tmp_path_factory.mktemp("sent"))


@pytest.fixture
def receiver(sent_plan, tmp_path) -> Path:
    """Another data folder (the demo's cases; its user Mette Kjærgaard, BUC) with the plan read into Emil's
    case through `kitdesk read-plan`."""
    home = demo_folder(tmp_path / "modtager")
    result = kitdesk(home, "read-plan", str(sent_plan), "--case", receiving_case(home))
    assert result.returncode == 0, result.stderr
    return home


@pytest.fixture
def source(sent_plan) -> str:
    return read_plan_file(sent_plan.read_bytes()).source


def _received(store):
    (case_no,) = store.conn.execute("SELECT case_no FROM cases WHERE child_name = ?", [RECEIVING_CHILD]).fetchone()
    return [a for a in store.desk.agreements(status=None) if a.case_no == case_no]


def test_the_received_agreements_are_listed_across_cases_with_their_source(receiver, sent_plan, source):
    data = read_plan_file(sent_plan.read_bytes())
    store = open_store(DataFolder(receiver))
    try:
        received = _received(store)
        assert sorted(a.what for a in received) == sorted(a.what for a in data.agreements)
        assert all(a.meeting_id is None and a.received and a.source == source and a.status == "open"
                   for a in received)
        assert source.startswith("fra ") and ", version 1, " in source
        # Made three months ago on the other side: the day its meeting was held is its "agreed on".
        assert {a.meeting_day.isoformat() for a in received} == {data.meeting_on[:10]}
        # Across cases, in deadline order with the case's own: the open list of the whole folder has them.
        open_ids = [a.id for a in store.desk.agreements(status="open")]
        assert {a.id for a in received} <= set(open_ids)
        # The case's Oversigt summary (its open agreements) too.
        case_id = received[0].case_id
        assert {a.id for a in store.desk.case_summary(case_id).agreements} == {a.id for a in received}
        assert store.desk.agreement(received[0].id).source == source
    finally:
        store.close()


def test_the_overview_lists_them_when_due_mine_by_responsible_and_sector(receiver, source):
    case_no = receiving_case(receiver)
    store = open_store(DataFolder(receiver))
    try:
        groups = {g.key: g for g in store.desk.overview()}
        lines = [i for i in groups["agreements"].items if i.case_no == case_no]
        # Both dated ones are long overdue; the ongoing one has no deadline and is not a line.
        assert sorted(i.what for i in lines) == ["BUC indkalder til udredningssamtaler",
                                                  "Klasselæreren laver observation i frikvartererne i to uger"]
        assert all(i.urgency == "overdue" and i.days < 0 and i.meeting_id is None and i.source == source
                   for i in lines)
        # The user is Mette Kjærgaard (BUC): her agreement is "mine", the school's is under "all" only.
        mine = [i.what for i in groups["agreements"].mine().items if i.case_no == case_no]
        assert mine == ["BUC indkalder til udredningssamtaler"]
        store.settings.set_many({"user_name": "", "user_sector": "school"})
        groups = {g.key: g for g in store.desk.overview()}
        assert [i.what for i in groups["agreements"].mine().items if i.case_no == case_no] == \
            ["Klasselæreren laver observation i frikvartererne i to uger"]
        assert groups["agreements"].items[0].as_json()["source"] == source
    finally:
        store.close()


def test_kitdesk_agreements_and_overview_show_them_with_their_source(receiver, source):
    case_no = receiving_case(receiver)
    rows = json.loads(kitdesk(receiver, "agreements", "--json").stdout)
    received = [r for r in rows if r["case_no"] == case_no]
    assert len(received) == 3
    assert all(r["meeting_id"] is None and r["source"] == source for r in received)
    assert all(r["source"] is None and r["meeting_id"] for r in rows if r["case_no"] != case_no)
    overdue = json.loads(kitdesk(receiver, "agreements", "--json", "--overdue").stdout)
    assert {r["what"] for r in overdue if r["case_no"] == case_no} == {
        "BUC indkalder til udredningssamtaler", "Klasselæreren laver observation i frikvartererne i to uger"}
    text = kitdesk(receiver, "agreements").stdout
    assert f"BUC indkalder til udredningssamtaler ({source})" in text
    groups = json.loads(kitdesk(receiver, "overview", "--json").stdout)
    items = next(g["items"] for g in groups if g["group"] == "agreements")
    assert sum(1 for i in items if i.get("source") == source and "meeting_id" not in i) == 2


def test_the_calendar_file_has_my_received_deadline_with_its_source(receiver, source):
    store = open_store(DataFolder(receiver))
    try:
        data, items = reminders_file(store, local_today())
    finally:
        store.close()
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    mine = [str(e["description"]) for e in events if source in str(e["description"])]
    assert len(mine) == 1 and "BUC indkalder til udredningssamtaler" in mine[0]
    assert mine[0].startswith("Frist for en aftale om E.B. (fra ") and "Emil" not in data.decode()


def test_followed_up_between_meetings_it_shows_at_the_cases_next_meeting(receiver, source):
    store = open_store(DataFolder(receiver))
    try:
        school = next(a for a in _received(store) if a.sector == "school")
        assert school.closable
        store.desk.close_agreement(school.id, "done", "Observationen er sendt til sagsbehandleren.")
        done = store.desk.agreement(school.id)
        assert (done.status, done.status_meeting_id, done.closed_between_meetings) == ("done", None, True)
        log = store.baton_log.entries(school.case_id)[0].text
        assert log.startswith("Aftale udført: Klasselæreren laver observation") and f"({source})" in log
        # Emil's meeting asked for (a draft) is his next: its follow-up shows the agreement done, with the note.
        following = next(r.id for r in store.meetings.rows(school.case_id) if r.state == "draft")
        card = next(a for a in store.live.state(following).earlier if a.id == school.id)
        assert (card.status, card.status_note) == ("done", "Observationen er sendt til sagsbehandleren.")
        store.desk.reopen_agreement(school.id)
        assert store.desk.agreement(school.id).status == "open"
    finally:
        store.close()
