"""Planlæg næste møde: the draft of the next network meeting, taken from a meeting that has been held.

Same case, same participants (the network around the child, with their roles, chair and minute-taker),
the same form and place, the time the minutes name as the next meeting, the party that asked for the
meeting before – and the agreements still open as the first item: "Opfølgning på aftaler".

The five-working-day deadline (seed 002) is for a meeting someone asks for; a next meeting agreed at a
meeting has its date agreed, so the draft carries no request date.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.meeting import AgendaItem, Invitee, Meeting
from kitdesk.domain.minutes import Agreement, Minutes
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import SECTORS

FOLLOW_UP_TITLE = "Opfølgning på aftaler"
NOT_HELD = message("next_meeting.not_held", "Næste møde planlægges fra et møde, der er holdt.",
                   "The next meeting is planned from a meeting that has been held.")
DEFAULT_MINUTES = 60
FOLLOW_UP_MINUTES_EACH = 5  # a few minutes an agreement, at least ten in all


@dataclass(frozen=True)
class NextMeetingDraft:
    case_id: int
    requested_by: str
    request_note: str
    starts_at: datetime | None  # aware (as the minutes hold it)
    ends_at: datetime | None
    form: str
    place: str
    video_link: str
    phone: str
    purpose: str
    invitees: tuple[Invitee, ...]
    agenda: tuple[AgendaItem, ...]


def follow_up_text(agreements) -> str:
    """"• Klasselæreren laver observation – Peter Ærø (Kommune – skole), frist 01.10.2026" per agreement."""
    lines = []
    for a in agreements:
        who = a.responsible_name or "ingen ansvarlig"
        sector = f" ({SECTORS.get(a.sector, a.sector)})" if a.sector else ""
        when = "løbende" if a.ongoing else (f"frist {fmt_date(a.deadline)}" if a.deadline else "ingen frist")
        lines.append(f"• {a.what.strip()} – {who}{sector}, {when}")
    return "\n".join(lines)


def open_agreements(agreements: list[Agreement], earlier: list[Agreement]) -> list[Agreement]:
    """What is still open after the held meeting: its own agreements and the earlier ones not closed."""
    return [a for a in [*earlier, *agreements] if a.status == "open" and a.what.strip()]


def next_meeting_draft(meeting: Meeting, minutes: Minutes, agreements: list[Agreement],
                       earlier: list[Agreement]) -> NextMeetingDraft:
    """The next meeting as a draft, from `meeting` (held or signed) and its minutes and agreements."""
    if meeting.state not in ("held", "signed") or meeting.case_id is None:
        raise Refusal(NOT_HELD)
    held_on = fmt_date(meeting.starts_at) if meeting.starts_at else ""
    starts = minutes.next_meeting_at
    length = meeting.minutes or DEFAULT_MINUTES
    still_open = open_agreements(agreements, earlier)
    agenda = [AgendaItem(position=0, title=FOLLOW_UP_TITLE, description=follow_up_text(still_open) or
                         "Ingen åbne aftaler fra sidste møde.",
                         minutes=max(10, FOLLOW_UP_MINUTES_EACH * len(still_open)))]
    # The people around the table again – as invited, not as they answered: every answer is asked anew.
    invitees = tuple(replace(i, id=None, meeting_id=None, answer="pending", attend_mode="", answer_note="",
                             others_wanted="", invited_sequence=None, attendance="", walk_in=False, gp_paid=False)
                     for i in meeting.invitees)
    since = f" den {held_on}" if held_on else ""
    purpose = (f"Opfølgning på netværksmødet{since}: hvordan det går for barnet/den unge og familien, og hvordan "
               "aftalerne er fulgt op.")
    return NextMeetingDraft(
        case_id=meeting.case_id, requested_by=meeting.requested_by, request_note=meeting.request_note,
        starts_at=starts, ends_at=starts + timedelta(minutes=length) if starts else None, form=meeting.form,
        place=meeting.place, video_link=meeting.video_link, phone=meeting.phone, purpose=purpose,
        invitees=invitees, agenda=tuple(agenda))
