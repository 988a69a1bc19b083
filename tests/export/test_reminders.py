"""Frister til kalenderen: the .ics read back by icalendar and by a small RFC 5545 parser of our own
(unfolding, escapes, parameters), with stable UIDs, the child's initials and no CPR number."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from kitdesk.domain.desk import DeskItem
from kitdesk.export.reminders import build_reminders, initials, masked

TODAY = date(2026, 12, 4)
NOW = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
FAMILY = {1: ["Camilla Nørgaard", "Jonas Nørgaard"]}


def _items():
    return [
        DeskItem("agreement", 1, "2026-0001", "Freja Nørgaard", "soon", due=TODAY + timedelta(days=3), days=3,
                 meeting_id=4, ref_id=17, what="Camilla ringer til Frejas læge; Freja har cpr 010115-1234",
                 who="Camilla Nørgaard", sector="family", mine=True),
        DeskItem("request", 4, "2025-0001", "Alma Holm", "overdue", due=TODAY - timedelta(days=2), days=-2,
                 meeting_id=6, since=TODAY - timedelta(days=9), who="family"),
        DeskItem("waiting", 2, "2026-0002", "Emil Bak", "later", due=TODAY + timedelta(days=10), days=10, ref_id=3,
                 since=TODAY - timedelta(days=40), what="Udredning i BUC", who="Lise Østergaard", mine=True),
    ]


def _ics(now=NOW):
    return build_reminders(_items(), folder_id="abc123", family=FAMILY, now=now, today=TODAY)


def parse_rfc5545(data: bytes) -> list[dict]:
    """An independent reader: CRLF lines, unfolded (a line starting with a space or tab continues the one
    before), NAME;PARAM=..:VALUE, text escapes undone. Returns each VEVENT as {name: [(params, value)]},
    its VALARMs under "VALARM"."""
    text = data.decode("utf-8")
    assert "\r\n" in text and all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    lines = re.sub(r"\r\n[ \t]", "", text).split("\r\n")
    events, stack = [], []
    for line in filter(None, lines):
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        if name == "BEGIN":
            stack.append({"_": value})
            continue
        if name == "END":
            done = stack.pop()
            assert done["_"] == value
            if value == "VEVENT":
                events.append(done)
            elif value == "VALARM":
                stack[-1].setdefault("VALARM", []).append(done)
            continue
        unescaped = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
        stack[-1].setdefault(name, []).append((dict(p.split("=", 1) for p in params), unescaped))
    assert not stack
    return events


def test_read_back_by_icalendar():
    cal = Calendar.from_ical(_ics())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 3
    agreement = events[0]
    assert agreement.decoded("dtstart") == TODAY + timedelta(days=3)  # a date: an all-day event
    assert agreement.decoded("dtend") == TODAY + timedelta(days=4)
    assert str(agreement["transp"]) == "TRANSPARENT"
    alarm = agreement.subcomponents[0]
    assert alarm.decoded("trigger") == -timedelta(hours=15) and str(alarm["action"]) == "DISPLAY"
    assert not events[1].subcomponents  # a day already past: no alarm going off at once


def test_read_back_by_a_second_parser_with_initials_and_no_cpr():
    events = parse_rfc5545(_ics())
    assert [e["DTSTART"][0][0] for e in events] == [{"VALUE": "DATE"}] * 3
    texts = " ".join(v for e in events for key in ("SUMMARY", "DESCRIPTION") for _p, v in e[key])
    assert "F.N." in texts and "A.H." in texts and "E.B." in texts
    for word in ("Freja", "Nørgaard", "Camilla", "Alma", "Emil", "010115", "1234"):
        assert word not in texts
    assert "Ansvarlig: familien." in events[0]["DESCRIPTION"][0][1]
    assert events[0]["VALARM"][0]["TRIGGER"][0][1] == "-PT15H"


def test_uids_are_stable_and_the_sequence_grows():
    first, again = parse_rfc5545(_ics()), parse_rfc5545(_ics(NOW + timedelta(hours=2)))
    uids = [e["UID"][0][1] for e in first]
    assert uids == [e["UID"][0][1] for e in again] and len(set(uids)) == 3
    assert uids[0] == "kitdesk-aftale-17-abc123@kitdesk"
    assert all(re.fullmatch(r"kitdesk-[a-z]+-\d+-abc123@kitdesk", uid) for uid in uids)
    assert int(again[0]["SEQUENCE"][0][1]) > int(first[0]["SEQUENCE"][0][1])


def test_initials_and_masking():
    assert initials("Anne-Sofie Bak") == "A.B." and initials("  ") == "?"
    assert masked("Frejas mor, Camilla, ringer 0101151234", ["Freja Nørgaard", "Camilla Nørgaard"]) == \
        "F. mor, C., ringer [cpr]"
