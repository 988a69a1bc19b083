"""The .ics read back with icalendar: iTIP request and cancel, stable UID, Copenhagen times."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from kitdesk.domain.dates import TZ
from kitdesk.export.calendar import build_calendar
from tests.export import CHILD, local, sample_meeting, sample_organiser

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)


def read(meeting, kind="request") -> tuple[Calendar, bytes]:
    raw = build_calendar(meeting, sample_organiser(), kind, now=NOW)
    return Calendar.from_ical(raw), raw


def event_of(cal):
    (event,) = cal.walk("VEVENT")
    return event


def test_request_has_method_organizer_and_one_attendee_per_email():
    meeting = sample_meeting()
    cal, _ = read(meeting)
    assert str(cal["method"]) == "REQUEST"
    assert str(cal["version"]) == "2.0"
    assert "KIT Desk" in str(cal["prodid"])
    event = event_of(cal)
    assert str(event["uid"]) == meeting.uid
    assert event.decoded("sequence") == 0
    assert str(event["summary"]) == "Netværksmøde"
    assert str(event["status"]) == "CONFIRMED"
    assert event.decoded("dtstamp") == NOW
    organizer = event["organizer"]
    assert str(organizer) == "mailto:mette.holm@buc.eksempel.dk"
    assert organizer.params["CN"] == "Mette Damgaard Holm"

    attendees = event["attendee"]
    with_email = [i for i in meeting.invitees if i.email]
    assert len(attendees) == len(with_email) == 6
    by_mail = {str(a).removeprefix("mailto:"): a.params for a in attendees}
    assert set(by_mail) == {i.email for i in with_email}
    for invitee in with_email:
        params = by_mail[invitee.email]
        assert params["CN"] == invitee.name
        assert params["PARTSTAT"] == "NEEDS-ACTION"
        assert params["RSVP"] == "TRUE"
        assert params["ROLE"] == ("CHAIR" if invitee.is_chair else "REQ-PARTICIPANT")
    assert by_mail["jens.aertebjerg@skole.eksempel.dk"]["CN"] == "Jens Ærtebjerg"


def test_no_personal_data_of_the_child_in_the_calendar():
    meeting = sample_meeting()
    _, raw = read(meeting)
    text = raw.decode("utf-8")
    assert CHILD not in text and "Freja" not in text
    assert meeting.purpose[:20] not in text
    assert "Se indkaldelsen i den vedhæftede PDF" in str(event_of(Calendar.from_ical(raw))["description"])


def test_location_follows_the_meeting_form():
    meeting = sample_meeting()
    assert str(event_of(read(meeting)[0])["location"]) == meeting.place
    meeting.form = "video"
    assert str(event_of(read(meeting)[0])["location"]) == meeting.video_link
    meeting.form = "phone"
    assert meeting.phone in str(event_of(read(meeting)[0])["location"])


def test_update_keeps_the_uid_and_raises_the_sequence():
    meeting = sample_meeting()
    first = event_of(read(meeting)[0])
    meeting.sequence += 1
    meeting.starts_at += timedelta(days=1)
    meeting.ends_at += timedelta(days=1)
    second = event_of(read(meeting, "update")[0])
    assert str(second["uid"]) == str(first["uid"]) == meeting.uid
    assert second.decoded("sequence") == first.decoded("sequence") + 1
    assert second.decoded("dtstart") == first.decoded("dtstart") + timedelta(days=1)


def test_cancel():
    meeting = sample_meeting()
    meeting.sequence = 2
    cal, _ = read(meeting, "cancel")
    assert str(cal["method"]) == "CANCEL"
    event = event_of(cal)
    assert str(event["status"]) == "CANCELLED"
    assert event.decoded("sequence") == 2
    assert str(event["uid"]) == meeting.uid


@pytest.mark.parametrize("starts, utc_hour, offset", [
    (local(2026, 11, 30, 9, 0), 8, timedelta(hours=1)),  # winter: +01:00
    (local(2026, 6, 15, 9, 0), 7, timedelta(hours=2)),  # summer: +02:00
])
def test_times_are_copenhagen_time_with_the_right_utc_offset(starts, utc_hour, offset):
    cal, raw = read(sample_meeting(starts=starts))
    event = event_of(cal)
    assert b"DTSTART;TZID=Europe/Copenhagen:" + starts.strftime("%Y%m%dT%H%M%S").encode() in raw
    start = event.decoded("dtstart")
    assert start.utcoffset() == offset
    assert start.astimezone(UTC) == datetime(starts.year, starts.month, starts.day, utc_hour, 0,
                                                      tzinfo=UTC)
    assert event.decoded("dtend") - start == timedelta(minutes=90)


def test_the_vtimezone_is_rrule_style_and_agrees_with_the_tz_database():
    cal, raw = read(sample_meeting())
    assert b"RDATE" not in raw
    (vtz,) = cal.walk("VTIMEZONE")
    assert str(vtz["tzid"]) == "Europe/Copenhagen"
    rules = {sub.name: sub["rrule"] for sub in vtz.subcomponents}
    assert rules["DAYLIGHT"]["BYMONTH"] == [3] and rules["DAYLIGHT"]["BYDAY"] == ["-1SU"]
    assert rules["STANDARD"]["BYMONTH"] == [10] and rules["STANDARD"]["BYDAY"] == ["-1SU"]
    # Read the zone as a calendar client would (ignoring the TZID name), and compare it with the
    # tz database hour by hour around every change from 2026 to 2040, and at noon all year round.
    ours = vtz.to_tz(lookup_tzid=False)
    moments = []
    for year in range(2026, 2041):
        for month, day in ((3, 24), (10, 24)):
            start = datetime(year, month, day)
            moments += [start + timedelta(hours=h) for h in range(0, 8 * 24)]
        moments += [datetime(year, month, 15, 12) for month in range(1, 13)]
    for moment in moments:
        if moment.replace(tzinfo=TZ).astimezone(UTC).astimezone(TZ).replace(tzinfo=None) != moment:
            continue  # 02:00-03:00 on the spring change does not exist
        if moment.replace(tzinfo=TZ, fold=0).utcoffset() != moment.replace(tzinfo=TZ, fold=1).utcoffset():
            continue  # 02:00-03:00 on the autumn change is ambiguous
        assert moment.replace(tzinfo=ours).utcoffset() == moment.replace(tzinfo=TZ).utcoffset(), moment


def test_lines_are_folded_and_crlf():
    meeting = sample_meeting()
    meeting.place = "Et meget langt sted med æøå " * 10
    _, raw = read(meeting)
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_quotes_and_separators_in_names_do_not_break_the_file():
    meeting = sample_meeting()
    meeting.invitees[1].name = 'Lars "Lasse" Bøgh; PPR, Øst'
    meeting.place = "Lokale 2; 1. sal, \\ B"
    cal, _ = read(meeting)
    event = event_of(cal)
    names = {a.params["CN"] for a in event["attendee"]}
    assert "Lars 'Lasse' Bøgh; PPR, Øst" in names
    assert str(event["location"]) == "Lokale 2; 1. sal, \\ B"
