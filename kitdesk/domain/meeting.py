"""Network meetings (netværksmøder): the records and the rules of preparing one (seed 002)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from kitdesk.domain.dates import fmt_date, to_local
from kitdesk.domain.plan import SIDE_WORDS
from kitdesk.domain.refusal import Refusal, Words, message
from kitdesk.domain.vocabulary import SIDES, side_of
from kitdesk.domain.workdays import DEFAULT_EXTRA_CLOSED, add_working_days, deadline_countdown, working_days_between

STATES = ("draft", "invited", "running", "held", "signed", "cancelled")
FORMS = ("physical", "video", "phone", "hybrid")
# Seed 002: the one who invites decides with the child and the family whether the meeting can be
# virtual – video, telephone and mixed alike.
VIRTUAL_FORMS = ("video", "phone", "hybrid")
# An ordinary network meeting, or the meeting about discharge from BUC (udskrivning/afslutning,
# seed 004), whose minutes and plan have a section of their own for the hand-over.
KINDS = ("ordinary", "discharge")
REQUESTERS = ("buc", "municipality", "family")
ANSWERS = ("pending", "attending", "declined", "wants_others")
ATTEND_MODES = ("physical", "virtual")
DEADLINE_DAYS = 5
NOTICE_DAYS = 3  # "inviteres i god tid": the default of the setting invite_notice_days


@dataclass
class AgendaItem:
    id: int | None = None
    meeting_id: int | None = None
    position: int = 0
    title: str = ""
    description: str = ""
    responsible_id: int | None = None  # an Invitee id
    minutes: int = 10


@dataclass
class Invitee:
    """Someone invited to one meeting: a snapshot of the person, and their role at this meeting."""

    id: int | None = None
    meeting_id: int | None = None
    person_id: int | None = None
    name: str = ""
    organisation: str = ""
    sector: str = "other"
    email: str = ""
    phone: str = ""
    role_key: str = ""  # key into the role-description library, e.g. "caseworker"
    role_text: str = ""  # the role description for this meeting, editable
    is_chair: bool = False
    is_minute_taker: bool = False
    gp_spoken_to: bool = False  # a GP is invited only after a dialogue with the GP
    gp_paid: bool = False  # ... and is paid under the agreement (honoreres efter overenskomst)
    answer: str = "pending"
    attend_mode: str = ""  # physical / virtual, when attending
    answer_note: str = ""  # what they said with the answer (an afbud needs no reason: seed 002)
    others_wanted: str = ""  # whom they want to take part too ("Ønsker andre med"), with any answer
    invited_sequence: int | None = None  # the SEQUENCE of the last invitation this person was sent
    attendance: str = ""  # at the meeting: in_room / online / absent / declined
    walk_in: bool = False  # turned up without an invitation

    @property
    def has_email(self) -> bool:
        return bool(self.email.strip())


@dataclass
class Meeting:
    id: int | None = None
    case_id: int | None = None
    state: str = "draft"
    requested_by: str = "buc"
    request_note: str = ""  # the talk with the family about why (required when the family asked)
    requested_on: date | None = None
    starts_at: datetime | None = None  # aware, UTC in storage
    ends_at: datetime | None = None
    form: str = "physical"
    place: str = ""
    video_link: str = ""
    phone: str = ""
    purpose: str = ""
    late_reason: str = ""  # why the time is past the five-working-day deadline
    virtual_asked: bool = False  # the family was asked whether the meeting may be virtual
    consent_override: str = ""  # why the invitation was sent without consent for every sector
    kind: str = "ordinary"  # ordinary / discharge
    invitees_agreed: bool = False  # the list of participants was agreed with the child and the family
    family_absent_reason: str = ""  # why neither a parent nor the child is invited
    minute_taker_reason: str = ""  # why the minutes are written by another side than the inviting one
    uid: str = ""
    sequence: int = 0
    cancel_reason: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    invitees: list[Invitee] = field(default_factory=list)

    def deadline(self, extra_closed=DEFAULT_EXTRA_CLOSED) -> date | None:
        return meeting_deadline(self.requested_on, extra_closed)

    def is_late(self, extra_closed=DEFAULT_EXTRA_CLOSED) -> bool:
        deadline = self.deadline(extra_closed)
        if deadline is None or self.starts_at is None:
            return False
        return to_local(self.starts_at).date() > deadline

    @property
    def minutes(self) -> int | None:
        if self.starts_at is None or self.ends_at is None:
            return None
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def agenda_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)

    @property
    def chair(self) -> Invitee | None:
        return next((i for i in self.invitees if i.is_chair), None)

    @property
    def minute_taker(self) -> Invitee | None:
        return next((i for i in self.invitees if i.is_minute_taker), None)


def meeting_deadline(requested_on: date | None, extra_closed=DEFAULT_EXTRA_CLOSED) -> date | None:
    """As a rule, a time and place within five working days of the request (seed 002)."""
    if requested_on is None:
        return None
    return add_working_days(requested_on, DEADLINE_DAYS, extra_closed)


def deadline_standing(state: str, start: datetime | None, deadline: date | None, today: date,
                      extra_closed=DEFAULT_EXTRA_CLOSED) -> tuple[str, int]:
    """Where a meeting stands against its five-working-day deadline, as (kind, working days):

    none     no deadline, or it no longer matters (cancelled; held without a time)
    met      the chosen time keeps the deadline
    late     the chosen time is after it, by `days` working days
    today    no time yet and the deadline is today
    left     no time yet, `days` working days left
    overdue  no time yet and the deadline has passed, by `days` working days

    `start`: the meeting's start on the Copenhagen calendar (or None)."""
    if deadline is None or state == "cancelled":
        return "none", 0
    extra = tuple(extra_closed)
    if start is not None:
        # Once a time is chosen the question is whether the time keeps the deadline.
        if start.date() <= deadline:
            return "met", 0
        return "late", working_days_between(deadline, start.date(), extra)
    if state not in ("draft", "invited"):
        return "none", 0
    return deadline_countdown(today, deadline, extra)


# The meetings overview's groups, in the order shown.
UPCOMING, DRAFT_WITHOUT_TIME, PAST = 0, 1, 2


def overview_group(state: str, start: datetime | None, today: date) -> int:
    """Upcoming (a time from today on, not cancelled), a draft without a time, or the past."""
    if start is not None and start.date() >= today and state != "cancelled":
        return UPCOMING
    if start is None and state == "draft":
        return DRAFT_WITHOUT_TIME
    return PAST


def overview_order(group: int, start: datetime | None, deadline: date | None, meeting_id: int) -> tuple:
    """Sort key: upcoming by time; drafts by the most pressing deadline; the past most recent first
    (meetings that never got a time last)."""
    if group == UPCOMING and start is not None:
        return (UPCOMING, start.timestamp(), meeting_id)
    if group == DRAFT_WITHOUT_TIME:
        return (DRAFT_WITHOUT_TIME, deadline.toordinal() if deadline else 10**7, meeting_id)
    return (PAST, -start.timestamp() if start else float("inf"), -meeting_id)


NO_START = message("meeting.no_start", "Vælg mødets dato og starttidspunkt.", "Choose the meeting's date and start time.")
NO_END = message("meeting.no_end", "Vælg, hvornår mødet slutter.", "Choose when the meeting ends.")
ENDS_BEFORE_START = message("meeting.ends_before_start", "Mødet skal slutte efter, at det er begyndt.",
                            "The meeting must end after it begins.")
TOO_LONG = message("meeting.too_long", "Et netværksmøde kan ikke vare mere end 12 timer. Tjek tidspunkterne.",
                   "A network meeting cannot last more than 12 hours. Check the times.")
NO_PURPOSE = message("meeting.no_purpose", "Skriv mødets formål – den, der indkalder, skal angive formålet.",
                     "Write the purpose of the meeting – whoever invites must state it.")
NO_AGENDA = message("meeting.no_agenda", "Skriv mindst ét punkt på dagsordenen.",
                    "Write at least one item on the agenda.")
NO_INVITEES = message("meeting.no_invitees", "Inviter mindst én deltager.", "Invite at least one participant.")
NO_CHAIR = message("meeting.no_chair", "Vælg en mødeleder blandt deltagerne.",
                   "Choose a chair among the participants.")
NO_REQUEST_NOTE = message(
    "meeting.no_request_note", "Familien har bedt om mødet: notér kort samtalen med familien om hvorfor.",
    "The family asked for the meeting: note briefly the talk with the family about why.")
NO_PLACE = message("meeting.no_place", "Skriv, hvor mødet holdes.", "Write where the meeting is held.")
NO_VIDEO_LINK = message("meeting.no_video_link", "Skriv linket til videomødet.",
                        "Write the link to the video meeting.")
NO_HYBRID_PLACE = message("meeting.no_hybrid_place", "Skriv, hvor de fysiske deltagere mødes.",
                          "Write where the participants who come in person meet.")
NO_PHONE = message("meeting.no_phone", "Skriv det telefonnummer, deltagerne skal ringe til.",
                   "Write the phone number the participants are to call.")
NO_LATE_REASON = message("meeting.no_late_reason", "Mødet ligger efter fristen på fem arbejdsdage: skriv hvorfor.",
                         "The meeting is after the five-working-day deadline: write why.")
VIRTUAL_NOT_ASKED = message(
    "meeting.virtual_not_asked",
    "Spørg barnet/den unge og familien, om mødet må holdes {form}, og sæt flueben.",
    "Ask the child/young person and the family whether the meeting may be held {form}, and tick the box.")
VIRTUAL_WORDS = Words("virtuelt", "virtually")
PHONE_WORDS = Words("som telefonmøde", "by phone")
GP_NOT_SPOKEN_TO = message(
    "meeting.gp_not_spoken_to", "{name}: almen praktiserende læge inviteres kun efter en dialog med lægen – sæt flueben.",
    "{name}: a GP is invited only after a talk with the GP – tick the box.")


def time_problems(starts_at: datetime | None, ends_at: datetime | None) -> list[Refusal]:
    """Why a time cannot be a meeting's ([] when it can)."""
    if starts_at is None:
        return [Refusal(NO_START)]
    if ends_at is None:
        return [Refusal(NO_END)]
    if ends_at <= starts_at:
        return [Refusal(ENDS_BEFORE_START)]
    if (ends_at - starts_at).total_seconds() > 12 * 3600:
        return [Refusal(TOO_LONG)]
    return []


def gp_problems(meeting: Meeting) -> list[Refusal]:
    """A GP is invited only after a dialogue with the GP (one per GP not yet spoken to)."""
    return [Refusal(GP_NOT_SPOKEN_TO, name=i.name) for i in meeting.invitees
            if i.sector == "gp" and not i.gp_spoken_to]


def send_problems(meeting: Meeting, organiser_sector: str = "") -> list[Refusal]:
    """What must be in place before an invitation can be sent ([] when it is). `organiser_sector`:
    the sector of the user who sends it (settings), for a meeting the family asked for."""
    problems = list(time_problems(meeting.starts_at, meeting.ends_at))
    if not meeting.purpose.strip():
        problems.append(Refusal(NO_PURPOSE))
    if not meeting.agenda:
        problems.append(Refusal(NO_AGENDA))
    if not meeting.invitees:
        problems.append(Refusal(NO_INVITEES))
    if meeting.chair is None:
        problems.append(Refusal(NO_CHAIR))
    if meeting.requested_by == "family" and not meeting.request_note.strip():
        problems.append(Refusal(NO_REQUEST_NOTE))
    if meeting.form == "physical" and not meeting.place.strip():
        problems.append(Refusal(NO_PLACE))
    if meeting.form in ("video", "hybrid") and not meeting.video_link.strip():
        problems.append(Refusal(NO_VIDEO_LINK))
    if meeting.form == "hybrid" and not meeting.place.strip():
        problems.append(Refusal(NO_HYBRID_PLACE))
    if meeting.form == "phone" and not meeting.phone.strip():
        problems.append(Refusal(NO_PHONE))
    if meeting.is_late() and not meeting.late_reason.strip():
        problems.append(Refusal(NO_LATE_REASON))
    if meeting.form in VIRTUAL_FORMS and not meeting.virtual_asked:
        problems.append(Refusal(VIRTUAL_NOT_ASKED, form=PHONE_WORDS if meeting.form == "phone" else VIRTUAL_WORDS))
    problems.extend(gp_problems(meeting))
    if meeting.invitees and not family_invited(meeting) and not meeting.family_absent_reason.strip():
        problems.append(Refusal(NO_FAMILY))
    problem = minute_taker_problem(meeting, organiser_sector)
    if problem is not None:
        problems.append(problem)
    return problems


NO_FAMILY = message(
    "meeting.no_family",
    "Hverken en forælder eller barnet/den unge er inviteret. Invitér familien – eller skriv, hvorfor mødet holdes "
    "uden dem.",
    "Neither a parent nor the child/young person is invited. Invite the family – or write why the meeting is held "
    "without them.")


def family_invited(meeting: Meeting) -> bool:
    """A parent or the child/young person is among the invitees (seed 002: each sector decides with
    the child and the family who takes part – the family itself is at the table unless there is a reason)."""
    return any(i.sector == "family" for i in meeting.invitees)


def inviting_side(meeting: Meeting, organiser_sector: str = "") -> str | None:
    """The side that invites – and so writes the minutes (seed 002): BUC or the municipality, as
    whoever asked for the meeting; when the family asked, the side that took it up (the chair's,
    else the user's)."""
    if meeting.requested_by in SIDES:
        return meeting.requested_by
    chair = meeting.chair
    return (side_of(chair.sector) if chair is not None else None) or side_of(organiser_sector)


def minute_taker_off_side(meeting: Meeting, organiser_sector: str = "") -> bool:
    """The minute-taker is not from the inviting side."""
    taker, side = meeting.minute_taker, inviting_side(meeting, organiser_sector)
    return taker is not None and side is not None and side_of(taker.sector) != side


MINUTE_TAKER_OFF_SIDE = message(
    "meeting.minute_taker_off_side",
    "{name} skriver referatet, men det er {side}, der indkalder – og den part, der indkalder, skriver referatet. "
    "Vælg en referent fra {side}, eller skriv hvorfor.",
    "{name} writes the minutes, but {side} invites – and the side that invites writes the minutes. "
    "Choose a minute-taker from {side}, or write why.")


def minute_taker_problem(meeting: Meeting, organiser_sector: str = "") -> Refusal | None:
    """The minute-taker is from the other side and no reason is written (seed 002: the inviting side
    writes the minutes)."""
    taker = meeting.minute_taker
    if taker is None or not minute_taker_off_side(meeting, organiser_sector) or meeting.minute_taker_reason.strip():
        return None
    side = SIDE_WORDS[inviting_side(meeting, organiser_sector) or "buc"]
    return Refusal(MINUTE_TAKER_OFF_SIDE, name=taker.name, side=side)



def default_minute_taker(meeting: Meeting, organiser_sector: str = "", user_name: str = "") -> Invitee | None:
    """Whom to make minute-taker when none is chosen: the chair if on the inviting side, else the
    user, else the first invitee from the inviting side."""
    side = inviting_side(meeting, organiser_sector)
    if side is None:
        return None
    own = [i for i in meeting.invitees if side_of(i.sector) == side]
    user = user_name.strip().casefold()
    return (next((i for i in own if i.is_chair), None)
            or next((i for i in own if user and i.name.strip().casefold() == user), None)
            or (own[0] if own else None))


def notice_working_days(sent_on: date, meeting_on: date, extra_closed=DEFAULT_EXTRA_CLOSED) -> int:
    """Working days from the day the invitation goes out to the meeting's day (the day itself counts,
    the sending day does not)."""
    return working_days_between(sent_on, meeting_on, extra_closed)


SHORT_NOTICE = message(
    "meeting.short_notice",
    "Mødet er {when} ({day}). Deltagerne skal inviteres i god tid – mindst {minimum} arbejdsdage før mødet. "
    "Ring eventuelt til dem, der skal med, så de ved det.",
    "The meeting is {when} ({day}). Participants are to be invited in good time – at least {minimum} working days "
    "before the meeting. Consider phoning those who are to come so they know.")


def short_notice_warning(meeting: Meeting, today: date, minimum: int = NOTICE_DAYS,
                         extra_closed=DEFAULT_EXTRA_CLOSED) -> Refusal | None:
    """A warning when the invitation goes out fewer than `minimum` working days before the meeting
    (seed 002: "inviteres … i god tid forud for mødet"); None when there is time enough."""
    day = meeting_day(meeting)
    if day is None or minimum <= 0 or day < today:
        return None
    days = notice_working_days(today, day, extra_closed)
    if days >= minimum:
        return None
    if day == today:
        when = Words("i dag", "today")
    elif days == 1 and (day - today).days == 1:
        when = Words("i morgen", "tomorrow")
    else:
        when = Words(f"om {days} arbejdsdag{'e' if days != 1 else ''}",
                     f"in {days} working day{'s' if days != 1 else ''}")
    return Refusal(SHORT_NOTICE, when=when, day=fmt_date(day), minimum=minimum)


@dataclass
class Organiser:
    """The user who invites (mødeindkalder), from the settings: signs the letter, receives afbud."""

    name: str = ""
    title: str = ""
    organisation: str = ""
    sector: str = "buc"
    email: str = ""
    phone: str = ""

    @classmethod
    def from_settings(cls, values: dict[str, str]) -> Organiser:
        """From the settings keys user_name, user_title, ... (store/repos/settings.py)."""
        fields = ("name", "title", "organisation", "sector", "email", "phone")
        return cls(**{key: (values.get(f"user_{key}") or "").strip() or getattr(cls, key) for key in fields})


def scheduled(meeting: Meeting) -> tuple[datetime, datetime]:
    """The start and end of a meeting that has its time – every invitation is written for one (the
    send checklist refuses without); ValueError for a meeting without, a bug in the caller."""
    if meeting.starts_at is None or meeting.ends_at is None:
        raise ValueError("the meeting has no time")
    return meeting.starts_at, meeting.ends_at


def invitee_by_id(meeting: Meeting, invitee_id: int | None) -> Invitee | None:
    if invitee_id is None:
        return None
    return next((i for i in meeting.invitees if i.id == invitee_id), None)


def agenda_schedule(meeting: Meeting) -> list[tuple[AgendaItem, datetime, datetime]]:
    """Each agenda item with its start and end, counted from the meeting's start in agenda order."""
    if meeting.starts_at is None:
        return []
    schedule, at = [], meeting.starts_at
    for item in sorted(meeting.agenda, key=lambda i: i.position):
        end = at + timedelta(minutes=max(0, item.minutes))
        schedule.append((item, at, end))
        at = end
    return schedule


def sectors_without_consent(meeting: Meeting, consents, day: date) -> list[str]:
    """The professional sectors among the invitees that no consent valid on `day` covers.

    The family needs no consent to hear about its own child. `consents`: kitdesk.domain.model.Consent.
    """
    valid = [c for c in consents if c.is_valid_on(day)]
    missing: list[str] = []
    for invitee in meeting.invitees:
        sector = invitee.sector
        if sector == "family" or sector in missing:
            continue
        if not any(sector in c.sectors for c in valid):
            missing.append(sector)
    return missing


def not_yet_invited(meeting: Meeting) -> list[Invitee]:
    """Participants added after the invitation was sent, who have not been sent it yet."""
    if meeting.state != "invited":
        return []
    return [i for i in meeting.invitees if i.invited_sequence is None]


def meeting_day(meeting: Meeting) -> date | None:
    """The meeting's date on the Copenhagen calendar."""
    if meeting.starts_at is None:
        return None
    return to_local(meeting.starts_at).date()


def export_folder_name(meeting: Meeting) -> str:
    """The folder one meeting's invitation files go into: "2026-11-23-12" (date, then meeting id)."""
    day = meeting_day(meeting)
    return f"{day.isoformat() if day else 'uden-dato'}-{meeting.id}"


def addressed_to(meeting: Meeting, invitee_ids) -> Meeting:
    """A copy of the meeting for an invitation to some of the invitees only (added later, or those
    to tell of a cancellation): the letter still lists every participant, but only these keep
    their e-mail address, so the calendar file and the e-mail draft go to them alone."""
    wanted = set(invitee_ids)
    invitees = [i if i.id in wanted else replace(i, email="") for i in meeting.invitees]
    return replace(meeting, invitees=invitees, agenda=list(meeting.agenda))
