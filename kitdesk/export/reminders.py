"""Frister til kalenderen: the user's deadlines as one .ics file to import into Outlook or Thunderbird.

Each deadline is an all-day VEVENT with a VALARM, not a VTODO with DUE: Outlook's iCalendar import
ignores VTODO (tasks are not calendar items there) while Thunderbird shows both, so an all-day event is
the one form both show on the day. It is TRANSPARENT (a deadline does not make the user busy) and its
reminder (TRIGGER -PT15H) pops up at 9.00 the working day's eve – a relative trigger before the start,
which is the only kind Outlook honours. A day already past gets no alarm: it would go off at once.

Importing the file again updates the events instead of adding copies: every UID is stable (the kind,
the record's id and the data folder's random id – never a name), and SEQUENCE grows with every export
(minutes since 2024), so the newer copy of an event wins in clients that compare it.

Calendars are shared and synced to phones: no CPR number and no name of the child or the family – the
child is its initials (F.N.), a family member answering for an agreement is "familien", and those
names and anything shaped like a CPR number are taken out of the agreement's own words too. The case
number says where to look in KIT Desk.
"""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.vocabulary import SECTORS
from kitdesk.export.text import one_line

PRODID = "-//KIT Desk//Frister//DA"
CALENDAR_NAME = "KIT Desk – frister"
ALARM_BEFORE = timedelta(hours=15)  # 9.00 the day before an all-day event
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
SUMMARY_LIMIT = 70
_CPR = re.compile(r"\b\d{6}\s?-?\s?\d{4}\b")


def initials(name: str) -> str:
    """"Freja Nørgaard" -> "F.N."; "Anne-Sofie Bak" -> "A.B."."""
    return "".join(part[0].upper() + "." for part in one_line(name).split() if part[:1].isalpha()) or "?"


def masked(text: str, names) -> str:
    """`text` without CPR-shaped numbers and without the given names: each part of a name (Frejas, Bak)
    becomes its initial. A part is matched as a whole word, with a genitive s or ' after it."""
    out = _CPR.sub("[cpr]", one_line(text))
    parts = sorted({p for name in names for p in re.split(r"[\s-]+", one_line(name)) if len(p) > 1},
                   key=len, reverse=True)
    for part in parts:
        out = re.sub(rf"(?<!\w){re.escape(part)}(?:s|')?(?!\w)", part[0].upper() + ".", out, flags=re.IGNORECASE)
    return out


def _short(text: str, limit: int = SUMMARY_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _uid(item, folder_id: str) -> str:
    record = item.ref_id if item.kind in ("agreement", "waiting") else item.meeting_id
    word = {"agreement": "aftale", "request": "moedefrist", "waiting": "ventetid"}[item.kind]
    return f"kitdesk-{word}-{record}-{folder_id or 'lokal'}@kitdesk"


def _texts(item, names) -> tuple[str, list[str]]:
    """(SUMMARY, DESCRIPTION lines) in Danish, with the child as initials."""
    child = initials(item.child_name)
    case = f"Sag {item.case_no} i KIT Desk."
    if item.kind == "agreement":
        what = masked(item.what, names)
        who = "familien" if item.sector == "family" else one_line(item.who) or "ingen ansvarlig"
        sector = f" ({SECTORS.get(item.sector, item.sector)})" if item.sector and item.sector != "family" else ""
        # A received plan's agreement names its source (an organisation, a version and a day – no person).
        made = f"en aftale om {child} ({masked(item.source, names)})" if item.source else \
            f"en aftale fra netværksmødet om {child}"
        return (f"Frist: {_short(what)} ({child})",
                [f"Frist for {made}: {what}", f"Ansvarlig: {who}{sector}.", case])
    if item.kind == "request":
        asked = f" – bedt om {fmt_date(item.since)}" if item.since else ""
        return (f"Frist: tid og sted til netværksmøde ({child})",
                [f"Netværksmødet om {child} skal have tid og sted senest i dag: fem arbejdsdage efter "
                 f"anmodningen{asked}.", case])
    what = masked(item.what, names)
    return (f"Kontakt familien i ventetiden ({child})",
            [f"Aftalt kontakt til familien, mens {child} venter på {what}.", case])


def build_reminders(items, *, folder_id: str, family: dict[int, list[str]] | None = None,
                    now: datetime | None = None, today: date | None = None) -> bytes:
    """The .ics of the calendar items (kitdesk.domain.desk.calendar_items). `family`: case id -> the
    names of the family members in its network (never written)."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    today = today or now.date()
    sequence = int((now - SEQUENCE_EPOCH).total_seconds() // 60)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    for item in items:
        if item.due is None:
            continue
        names = [item.child_name, *(family or {}).get(item.case_id, [])]
        summary, lines = _texts(item, names)
        event = Event()
        event.add("uid", _uid(item, folder_id))
        event.add("sequence", sequence)
        event.add("dtstamp", now)
        event.add("last-modified", now)
        event.add("dtstart", item.due)  # a date: VALUE=DATE, an all-day event
        event.add("dtend", item.due + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", "\n".join(lines))
        event.add("transp", "TRANSPARENT")
        event.add("class", "PRIVATE")
        event.add("categories", ["KIT Desk"])
        if item.due >= today:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", -ALARM_BEFORE)
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def file_name(today: date) -> str:
    """"Frister_2026-12-04.ics": a date only – no name of a child or of the user (file names travel)."""
    return f"Frister_{today.isoformat()}.ics"


def reminders_file(store, today: date | None = None) -> tuple[bytes, list]:
    """The user's deadlines from an open store (its desk and settings) as .ics bytes, with the lines in it.
    One door for "Frister til kalenderen" in the window and `kitdesk reminders`."""
    items = store.desk.reminders(today)
    data = build_reminders(items, folder_id=store.settings.get("folder_id"),
                           family=store.desk.family_names({i.case_id for i in items}), today=today)
    return data, items
