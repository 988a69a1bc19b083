"""Network meetings (netværksmøder): the records and the rules of preparing one (seed 002)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from kitdesk.domain.dates import fmt_date, to_local
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


def time_problems(starts_at: datetime | None, ends_at: datetime | None) -> list[str]:
    """Danish messages for a time that cannot be a meeting."""
    if starts_at is None:
        return ["Vælg mødets dato og starttidspunkt."]
    if ends_at is None:
        return ["Vælg, hvornår mødet slutter."]
    if ends_at <= starts_at:
        return ["Mødet skal slutte efter, at det er begyndt."]
    if (ends_at - starts_at).total_seconds() > 12 * 3600:
        return ["Et netværksmøde kan ikke vare mere end 12 timer. Tjek tidspunkterne."]
    return []


def send_problems(meeting: Meeting, organiser_sector: str = "") -> list[str]:
    """What must be in place before an invitation can be sent (Danish, for the user). `organiser_sector`:
    the sector of the user who sends it (settings), for a meeting the family asked for."""
    problems = list(time_problems(meeting.starts_at, meeting.ends_at))
    if not meeting.purpose.strip():
        problems.append("Skriv mødets formål – den, der indkalder, skal angive formålet.")
    if not meeting.agenda:
        problems.append("Skriv mindst ét punkt på dagsordenen.")
    if not meeting.invitees:
        problems.append("Inviter mindst én deltager.")
    if meeting.chair is None:
        problems.append("Vælg en mødeleder blandt deltagerne.")
    if meeting.requested_by == "family" and not meeting.request_note.strip():
        problems.append("Familien har bedt om mødet: notér kort samtalen med familien om hvorfor.")
    if meeting.form == "physical" and not meeting.place.strip():
        problems.append("Skriv, hvor mødet holdes.")
    if meeting.form in ("video", "hybrid") and not meeting.video_link.strip():
        problems.append("Skriv linket til videomødet.")
    if meeting.form == "hybrid" and not meeting.place.strip():
        problems.append("Skriv, hvor de fysiske deltagere mødes.")
    if meeting.form == "phone" and not meeting.phone.strip():
        problems.append("Skriv det telefonnummer, deltagerne skal ringe til.")
    if meeting.is_late() and not meeting.late_reason.strip():
        problems.append("Mødet ligger efter fristen på fem arbejdsdage: skriv hvorfor.")
    if meeting.form in VIRTUAL_FORMS and not meeting.virtual_asked:
        word = "som telefonmøde" if meeting.form == "phone" else "virtuelt"
        problems.append(f"Spørg barnet/den unge og familien, om mødet må holdes {word}, og sæt flueben.")
    for invitee in meeting.invitees:
        if invitee.sector == "gp" and not invitee.gp_spoken_to:
            problems.append(f"{invitee.name}: almen praktiserende læge inviteres kun efter en dialog med lægen "
                            "– sæt flueben.")
    if meeting.invitees and not family_invited(meeting) and not meeting.family_absent_reason.strip():
        problems.append(MSG_NO_FAMILY)
    problem = minute_taker_problem(meeting, organiser_sector)
    if problem:
        problems.append(problem)
    return problems


MSG_NO_FAMILY = ("Hverken en forælder eller barnet/den unge er inviteret. Invitér familien – eller skriv, "
                 "hvorfor mødet holdes uden dem.")


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


def minute_taker_problem(meeting: Meeting, organiser_sector: str = "") -> str:
    if not minute_taker_off_side(meeting, organiser_sector) or meeting.minute_taker_reason.strip():
        return ""
    word = SIDES[inviting_side(meeting, organiser_sector) or "buc"]
    return (f"{meeting.minute_taker.name} skriver referatet, men det er {word}, der indkalder – og den part, der "
            f"indkalder, skriver referatet. Vælg en referent fra {word}, eller skriv hvorfor.")


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


def short_notice_warning(meeting: Meeting, today: date, minimum: int = NOTICE_DAYS,
                         extra_closed=DEFAULT_EXTRA_CLOSED) -> str:
    """A warning (Danish) when the invitation goes out fewer than `minimum` working days before the
    meeting (seed 002: "inviteres … i god tid forud for mødet"); "" when there is time enough."""
    day = meeting_day(meeting)
    if day is None or minimum <= 0 or day < today:
        return ""
    days = notice_working_days(today, day, extra_closed)
    if days >= minimum:
        return ""
    when = "i dag" if day == today else ("i morgen" if days == 1 and (day - today).days == 1
                                         else f"om {days} arbejdsdag{'e' if days != 1 else ''}")
    return (f"Mødet er {when} ({fmt_date(day)}). Deltagerne skal inviteres i god tid – mindst {minimum} "
            f"arbejdsdage før mødet. Ring eventuelt til dem, der skal med, så de ved det.")


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
    def from_settings(cls, values: dict[str, str]) -> "Organiser":
        """From the settings keys user_name, user_title, ... (store/repos/settings.py)."""
        fields = ("name", "title", "organisation", "sector", "email", "phone")
        return cls(**{key: (values.get(f"user_{key}") or "").strip() or getattr(cls, key) for key in fields})


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
