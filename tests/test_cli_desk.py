"""The desk's commands, run as a user would: agreements (filters, JSON), overview --json (the Overblik's
groups) and reminders --out FILE.ics (the calendar file: initials only, stable UIDs, a name ending .ics)."""
from __future__ import annotations

import json

import pytest
from icalendar import Calendar

from kitdesk.domain.desk import GROUPS
from tests.support import demo_folder
from tests.test_cli import kitdesk


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    return demo_folder(tmp_path_factory.mktemp("desk"), cases=4)


def test_agreements_json_fields_and_filters(demo_home):
    rows = json.loads(kitdesk(demo_home, "agreements", "--json").stdout)
    assert rows and {r["status"] for r in rows} == {"open"}
    assert set(rows[0]) >= {"id", "case_id", "meeting_id", "what", "responsible", "sector", "due", "status"}
    overdue = json.loads(kitdesk(demo_home, "agreements", "--json", "--overdue").stdout)
    assert [r["what"] for r in overdue] == ["BUC indkalder til udredningssamtaler"]
    done = json.loads(kitdesk(demo_home, "agreements", "--json", "--status", "done").stdout)
    assert [r["what"] for r in done] == ["Klasselæreren laver observation i frikvartererne i to uger"]
    nina = json.loads(kitdesk(demo_home, "agreements", "--json", "--person", "nina").stdout)
    assert {r["responsible"] for r in nina} == {"Nina Dahl"}
    text = kitdesk(demo_home, "agreements", "--overdue").stdout
    assert len(text.splitlines()) == 1 and "Åben" in text and "BUC indkalder til udredningssamtaler" in text


def test_overview_json_has_every_group_in_order(demo_home):
    result = kitdesk(demo_home, "overview", "--json")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    assert [g["group"] for g in groups] == list(GROUPS)
    requests = next(g["items"] for g in groups if g["group"] == "requests")
    assert requests[0]["urgency"] == "overdue" and requests[0]["days"] < 0
    text = kitdesk(demo_home, "overview").stdout
    assert "Aftaler med frist inden for 14 dage" in text


def test_reminders_writes_an_ics_with_initials_only(demo_home, tmp_path):
    target = tmp_path / "Frister.ics"
    result = kitdesk(demo_home, "reminders", "--out", str(target))
    assert result.returncode == 0, result.stderr
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert events and f"{len(events)} frister skrevet til" in result.stdout
    written = target.read_text(encoding="utf-8")
    for name in ("Freja", "Alma Holm", "Emil Bak", "Camilla"):
        assert name not in written
    again = tmp_path / "igen.ics"
    kitdesk(demo_home, "reminders", "--out", str(again))
    assert [str(e["uid"]) for e in events] == \
        [str(e["uid"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")]


def test_reminders_refuses_a_name_not_ending_in_ics(demo_home, tmp_path):
    result = kitdesk(demo_home, "reminders", "--out", str(tmp_path / "frister.txt"))
    assert result.returncode == 2 and "Filen skal hedde .ics" in result.stderr
