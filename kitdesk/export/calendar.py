"""The calendar invitation (.ics, RFC 5545 / iTIP): METHOD:REQUEST for an invitation or a change,
METHOD:CANCEL for a cancellation. One VEVENT whose UID stays the meeting's for its whole life; the
caller raises meeting.sequence before every change.

Times are Copenhagen wall-clock times with TZID=Europe/Copenhagen, and the VTIMEZONE is written
here by hand with the EU rule (last Sunday of March and of October) as RRULEs. icalendar's
add_missing_timezones() writes the zone as a list of RDATEs (ending in 2037), which Outlook is known
to misread by an hour; an RRULE zone is what Outlook itself sends and every client reads.

Every address is checked as the e-mail's are (email_draft.address): one with a control character
or another hidden one is refused, never written into ORGANIZER or ATTENDEE.

No personal data in the event: calendars are shared and synced to phones. SUMMARY is just
"Netværksmøde"; the PDF carries the details.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vText

from kitdesk.domain.dates import to_local
from kitdesk.domain.meeting import Meeting, Organiser, scheduled
from kitdesk.export.email_draft import address
from kitdesk.export.text import date_in_words, one_line, span

PRODID = "-//KIT Desk//Netværksmøder//DA"
TZID = "Europe/Copenhagen"
SUMMARY = "Netværksmøde"


def copenhagen_vtimezone():
    """VTIMEZONE for Europe/Copenhagen with RRULE transitions (EU rules, valid since 1996)."""
    zone = Timezone()
    zone.add("tzid", TZID)
    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("dtstart", datetime(1970, 3, 29, 2, 0, 0))
    daylight.add("tzoffsetfrom", _offset(1))
    daylight.add("tzoffsetto", _offset(2))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("dtstart", datetime(1970, 10, 25, 3, 0, 0))
    standard.add("tzoffsetfrom", _offset(2))
    standard.add("tzoffsetto", _offset(1))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    zone.add_component(daylight)
    zone.add_component(standard)
    return zone


def _offset(hours: int):
    return timedelta(hours=hours)


def _local(dt: datetime) -> datetime:
    # Aware, in the zone object the rest of the app uses; icalendar writes TZID=Europe/Copenhagen.
    return to_local(dt)


def _cn(name: str) -> str:
    # A parameter value cannot hold a double quote (RFC 5545 3.1); a name is never worth an error.
    return one_line(name).replace('"', "'")


def _where(meeting: Meeting) -> str:
    if meeting.form == "physical":
        return one_line(meeting.place)
    if meeting.form == "video":
        return one_line(meeting.video_link)
    if meeting.form == "hybrid":
        return " / ".join(part for part in (one_line(meeting.place), one_line(meeting.video_link)) if part)
    if meeting.form == "phone":
        return f"Telefonmøde: ring til {one_line(meeting.phone)}" if meeting.phone.strip() else "Telefonmøde"
    return one_line(meeting.place)


def _description(meeting: Meeting, organiser: Organiser, kind: str) -> str:
    starts, ends = scheduled(meeting)
    lines = []
    if kind == "cancel":
        lines.append("Netværksmødet er aflyst.")
    elif kind == "update":
        lines.append("Tidspunktet eller stedet er ændret.")
    lines.append(f"Netværksmøde {date_in_words(starts)} kl. {span(starts, ends)}.")
    if meeting.form == "physical":
        lines.append(f"Fysisk møde: {one_line(meeting.place)}")
    elif meeting.form == "video":
        lines.append(f"Videomøde: {one_line(meeting.video_link)}")
    elif meeting.form == "hybrid":
        lines.append(f"Hybridmøde: {one_line(meeting.place)}, eller på video: {one_line(meeting.video_link)}")
    elif meeting.form == "phone":
        lines.append(f"Telefonmøde: ring til {one_line(meeting.phone)}")
    if kind != "cancel":
        lines.append("Se indkaldelsen i den vedhæftede PDF.")
        contact = " / ".join(v for v in (one_line(organiser.email), one_line(organiser.phone)) if v)
        if contact:
            lines.append(f"Afbud til {one_line(organiser.name)}: {contact}")
    return "\n".join(lines)


def build_calendar(meeting: Meeting, organiser: Organiser, kind: str = "request",
                   now: datetime | None = None) -> bytes:
    starts, ends = scheduled(meeting)  # a meeting without a time is a bug in the caller
    if not meeting.uid:
        raise ValueError("the meeting has no UID")
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cancel = kind == "cancel"

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "CANCEL" if cancel else "REQUEST")
    cal.add_component(copenhagen_vtimezone())

    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", int(meeting.sequence))
    event.add("dtstamp", now)
    event.add("dtstart", _local(starts))
    event.add("dtend", _local(ends))
    event.add("summary", SUMMARY)
    where = _where(meeting)
    if where:
        event.add("location", where)
    event.add("description", _description(meeting, organiser, kind))
    event.add("status", "CANCELLED" if cancel else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("class", "PRIVATE")

    if organiser.email.strip():
        organizer = vCalAddress(f"mailto:{address(organiser.name, organiser.email).addr_spec}")
        if _cn(organiser.name):
            organizer.params["cn"] = vText(_cn(organiser.name))
        event.add("organizer", organizer, encode=False)
    for invitee in meeting.invitees:
        if not invitee.has_email:
            continue
        attendee = vCalAddress(f"mailto:{address(invitee.name, invitee.email).addr_spec}")
        if _cn(invitee.name):
            attendee.params["cn"] = vText(_cn(invitee.name))
        attendee.params["cutype"] = vText("INDIVIDUAL")
        attendee.params["role"] = vText("CHAIR" if invitee.is_chair else "REQ-PARTICIPANT")
        attendee.params["partstat"] = vText("NEEDS-ACTION")
        attendee.params["rsvp"] = vText("TRUE")
        event.add("attendee", attendee, encode=False)
    cal.add_component(event)
    return cal.to_ical()
