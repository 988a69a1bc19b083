"""The contact person's desk (Overblik): what needs doing across all cases, grouped, most urgent first.

The store reads the facts (kitdesk.store.repos.desk) in a handful of queries; this module decides
what is worth a line, how urgent it is and in which order it comes. The screen, `kitdesk overview`
and the calendar file ("Frister til kalenderen") all take their lines from here.

Seed 002: "hvem der skal følge op på hvilke aftaler"; seed 004: continuous support "i perioden, hvor
barnet/den unge afventer"; the five-working-day deadline for a meeting asked for.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from kitdesk.domain.meeting import deadline_standing, meeting_deadline
from kitdesk.domain.model import Consent
from kitdesk.domain.waiting import WaitingPeriod
from kitdesk.domain.workdays import DEFAULT_EXTRA_CLOSED

# The groups of the overview, in the order they are shown: the day's meetings first, then what has a
# deadline, then what is missing.
GROUPS = ("meetings", "requests", "agreements", "consents", "waiting", "plans", "contacts")
AGREEMENT_DAYS = 14  # agreements due within this many days (or overdue) are listed
CONSENT_DAYS = 30  # consents that end within this many days are listed
WEEK_DAYS = 7  # meetings from today and this many days ahead
SOON_DAYS = 3  # due within this many days: shown as soon (amber)
# Urgency, most urgent first. "attention": no date, but something is missing or waiting on the user.
URGENCIES = ("overdue", "today", "soon", "attention", "later")
AGREEMENT_STATUSES = ("open", "done", "continued", "dropped")


@dataclass(frozen=True)
class MeetingFact:
    """A meeting not held yet (draft, invited, running) with a time this week, or asked for without one."""

    id: int
    case_id: int
    case_no: str
    child_name: str
    state: str
    start: datetime | None  # Copenhagen time
    requested_on: date | None
    requested_by: str
    update_pending: bool
    is_demo: bool = False


@dataclass(frozen=True)
class AgreementEntry:
    """One agreement across cases: what the Aftaler list, `kitdesk agreements` and the overview show.

    Made at a meeting of this laptop (meeting_id), or read in from another KIT Desk's plan (meeting_id
    None; `source` says whose plan: "fra BUC Nordstrands plan, version 1, 12.09.2026")."""

    id: int
    case_id: int
    case_no: str
    child_name: str
    meeting_id: int | None  # None: read in from a received plan (see source)
    meeting_day: date | None  # the day of the meeting it was made at (a received plan's: that meeting's day)
    what: str
    responsible: str
    sector: str
    deadline: date | None
    ongoing: bool
    status: str  # open / done / continued / dropped
    status_note: str = ""
    status_meeting_id: int | None = None  # the meeting it was followed up at; None: between meetings
    meeting_state: str = ""
    is_demo: bool = False
    source: str = ""  # a received plan's agreement: "fra BUC Nordstrands plan, version 1, 12.09.2026"

    @property
    def received(self) -> bool:
        """Read in from another KIT Desk's plan: no meeting of this laptop to open."""
        return self.meeting_id is None

    @property
    def closable(self) -> bool:
        """Open, and can be marked done or dropped here: its meeting has ended (one still in progress
        follows it up in the meeting), or it came from a received plan (its meeting ended elsewhere)."""
        return self.status == "open" and (self.received or self.meeting_state in ("held", "signed"))

    @property
    def closed_between_meetings(self) -> bool:
        """Marked done or dropped on the desk, not at a meeting: shown at the next meeting's follow-up."""
        return self.status in ("done", "dropped") and self.status_meeting_id is None


@dataclass(frozen=True)
class CaseConsents:
    """A case's professional sectors in the network and its consents (for coverage)."""

    case_id: int
    case_no: str
    child_name: str
    sectors: tuple[str, ...]
    consents: tuple[Consent, ...]
    is_demo: bool = False


@dataclass(frozen=True)
class WaitingFact:
    case_id: int
    case_no: str
    child_name: str
    period: WaitingPeriod
    contact_sector: str = ""  # the sector of the person keeping in touch (from the directory), if known
    is_demo: bool = False


@dataclass(frozen=True)
class PlanFact:
    """A plan waiting on the user: held and not signed off (approvals missing), or signed and not sent."""

    meeting_id: int
    case_id: int
    case_no: str
    child_name: str
    state: str  # held / signed
    start: datetime | None  # the meeting's start, Copenhagen time
    missing: int = 0  # approvals not yet recorded (held)
    version: int = 1
    is_demo: bool = False


@dataclass(frozen=True)
class ContactFact:
    """An open case and which of the responsible contact persons and the baton holder it has."""

    case_id: int
    case_no: str
    child_name: str
    has_buc: bool
    has_municipality: bool
    has_baton: bool
    is_demo: bool = False


@dataclass(frozen=True)
class DeskFacts:
    meetings: tuple[MeetingFact, ...] = ()
    agreements: tuple[AgreementEntry, ...] = ()
    consents: tuple[CaseConsents, ...] = ()
    waiting: tuple[WaitingFact, ...] = ()
    plans: tuple[PlanFact, ...] = ()
    contacts: tuple[ContactFact, ...] = ()


@dataclass(frozen=True)
class User:
    """Who "mine" is: the user's name and sector from the settings (user_name, user_sector)."""

    name: str = ""
    sector: str = ""

    def owns(self, responsible: str, sector: str) -> bool:
        """Mine: I am the one responsible, or it lies with my sector."""
        name = self.name.strip().casefold()
        return bool((name and responsible.strip().casefold() == name) or (self.sector and sector == self.sector))


@dataclass(frozen=True)
class DeskItem:
    """One line of the overview. Which fields are filled depends on `kind`:

    meeting           meeting_id, start, state, sent, update_pending (overdue: not held though its day is past)
    request           meeting_id, since (asked on), due (the five-working-day deadline), days (working days
                      left; negative: over), who (requested_by code)
    agreement         ref_id (agreement), meeting_id (None: from a received plan), what, who (responsible),
                      sector, due, days, mine, source (a received plan's: "fra BUC Nordstrands plan, …")
    consent_expiring  ref_id (the consent ending first), due (its last day), days, codes (sectors losing cover)
    consent_missing   codes (sectors with no valid consent)
    waiting           ref_id (period), since (waiting since), what (waited for), who (keeps in touch), due (next
                      contact; None: not agreed), days, mine
    plan_approval     meeting_id, start, count (approvals missing)
    plan_unsent       meeting_id, start, count (the version)
    contact_missing   codes ("buc", "municipality" without a contact person; "baton" without a stafetholder)
    """

    kind: str
    case_id: int
    case_no: str
    child_name: str
    urgency: str
    due: date | None = None
    days: int = 0  # to `due`: positive left, 0 today, negative over
    meeting_id: int | None = None
    ref_id: int | None = None
    start: datetime | None = None
    state: str = ""
    sent: bool = False
    update_pending: bool = False
    since: date | None = None
    what: str = ""
    who: str = ""
    sector: str = ""
    codes: tuple[str, ...] = ()
    count: int = 0
    mine: bool = False
    is_demo: bool = False
    source: str = ""

    def as_json(self) -> dict:
        """Plain values for `kitdesk overview --json`: dates as ISO text, nothing empty."""
        out: dict = {"kind": self.kind, "case_id": self.case_id, "case_no": self.case_no, "urgency": self.urgency,
                     "due": self.due.isoformat() if self.due else None}
        for name in ("meeting_id", "ref_id", "state", "what", "who", "sector", "count", "source"):
            value = getattr(self, name)
            if value not in (None, "", 0):
                out[name] = value
        if self.start is not None:
            out["start"] = self.start.isoformat(timespec="minutes")
        if self.since is not None:
            out["since"] = self.since.isoformat()
        if self.codes:
            out["codes"] = list(self.codes)
        if self.kind in ("meeting", "request", "agreement", "waiting", "consent_expiring") and self.due is not None:
            out["days"] = self.days
        if self.kind == "meeting":
            out["invitation_sent"] = self.sent
        if self.kind in ("agreement", "waiting"):
            out["mine"] = self.mine
        return out


@dataclass(frozen=True)
class DeskGroup:
    key: str  # one of GROUPS
    items: tuple[DeskItem, ...] = field(default_factory=tuple)

    def mine(self) -> DeskGroup:
        """The group as "mine" shows it: agreements only where I am responsible or my sector is."""
        if self.key != "agreements":
            return self
        return replace(self, items=tuple(i for i in self.items if i.mine))


# -- the rules ---------------------------------------------------------------------------------------

def week_end(today: date) -> date:
    """The last day of "this week" on the overview: a week ahead from today, so that on a Friday the
    meetings of Monday and Tuesday are there too."""
    return today + timedelta(days=WEEK_DAYS)


def urgency_of(days: int | None) -> str:
    """From the days left to a date (negative: over)."""
    if days is None:
        return "attention"
    if days < 0:
        return "overdue"
    if days == 0:
        return "today"
    return "soon" if days <= SOON_DAYS else "later"


def _order(item: DeskItem) -> tuple:
    due = item.due.toordinal() if item.due else 10**7
    return (URGENCIES.index(item.urgency), due, item.child_name.casefold(), item.case_id, item.ref_id or 0)


def meeting_items(facts, today: date) -> list[DeskItem]:
    """Meetings today and this week, by time; a meeting whose day has passed without it being held first."""
    last = week_end(today)
    found = []
    for m in facts:
        if m.start is None:
            continue
        day = m.start.date()
        if day > last or (day < today and m.state == "draft"):
            continue  # a draft whose day passed has no invitation out: its deadline is the request's
        days = (day - today).days
        urgency = urgency_of(days) if days <= 0 else "later"  # a meeting ahead is planned, not late
        found.append(DeskItem("meeting", m.case_id, m.case_no, m.child_name, urgency, due=day, days=days, meeting_id=m.id, start=m.start, state=m.state,
                              sent=m.state != "draft", update_pending=m.update_pending, is_demo=m.is_demo))
    return sorted(found, key=lambda i: (i.urgency != "overdue", i.start, i.meeting_id))


def request_items(facts, today: date, extra_closed=DEFAULT_EXTRA_CLOSED) -> list[DeskItem]:
    """Meetings asked for that have no time yet, against the five-working-day deadline (seed 002)."""
    extra = tuple(extra_closed)
    found = []
    for m in facts:
        if m.requested_on is None or m.start is not None or m.state not in ("draft", "invited"):
            continue
        deadline = meeting_deadline(m.requested_on, extra)
        kind, days = deadline_standing(m.state, None, deadline, today, extra)
        if kind not in ("left", "today", "overdue"):
            continue
        signed = -days if kind == "overdue" else (0 if kind == "today" else days)
        urgency = "overdue" if kind == "overdue" else ("today" if kind == "today" else
                                                       ("soon" if days <= 2 else "later"))
        found.append(DeskItem("request", m.case_id, m.case_no, m.child_name, urgency, due=deadline, days=signed,
                              meeting_id=m.id, state=m.state, since=m.requested_on, who=m.requested_by,
                              is_demo=m.is_demo))
    return sorted(found, key=_order)


def agreement_items(entries, today: date, user: User, horizon: int | None = AGREEMENT_DAYS) -> list[DeskItem]:
    """Open agreements with a deadline within `horizon` days (None: any), or past it."""
    last = today + timedelta(days=horizon) if horizon is not None else date.max
    found = []
    for a in entries:
        if a.status != "open" or a.ongoing or a.deadline is None or a.deadline > last:
            continue
        days = (a.deadline - today).days
        found.append(DeskItem("agreement", a.case_id, a.case_no, a.child_name, urgency_of(days), due=a.deadline,
                              days=days, meeting_id=a.meeting_id, ref_id=a.id, what=a.what, who=a.responsible,
                              sector=a.sector, mine=user.owns(a.responsible, a.sector), is_demo=a.is_demo,
                              source=a.source))
    return sorted(found, key=_order)


def consent_standing(sectors, consents, today: date, days: int = CONSENT_DAYS):
    """For a case's professional sectors: those with no consent valid today, and those whose cover ends
    within `days` days – with the day it ends and the consent that ends first. Returns
    (missing, expiring, ends_on, consent_id). The family needs no consent about its own child."""
    valid = [c for c in consents if c.is_valid_on(today)]
    missing, expiring, ends = [], [], []
    for sector in dict.fromkeys(s for s in sectors if s != "family"):
        covering = [c for c in valid if sector in c.sectors]
        if not covering:
            missing.append(sector)
            continue
        if any(c.valid_until is None for c in covering):
            continue
        last = max(covering, key=lambda c: c.valid_until)
        if last.valid_until <= today + timedelta(days=days):
            expiring.append(sector)
            ends.append(last)
    first = min(ends, key=lambda c: (c.valid_until, c.id or 0)) if ends else None
    return missing, expiring, first.valid_until if first else None, first.id if first else None


def consent_items(cases, today: date) -> list[DeskItem]:
    found = []
    for case in cases:
        missing, expiring, ends_on, consent_id = consent_standing(case.sectors, case.consents, today)
        base = (case.case_id, case.case_no, case.child_name)
        if missing:
            found.append(DeskItem("consent_missing", *base, "attention", codes=tuple(missing), is_demo=case.is_demo))
        if expiring:
            days = (ends_on - today).days
            found.append(DeskItem("consent_expiring", *base, urgency_of(days), due=ends_on, days=days,
                                  ref_id=consent_id, codes=tuple(expiring), is_demo=case.is_demo))
    return sorted(found, key=_order)


def waiting_items(facts, today: date, user: User) -> list[DeskItem]:
    """Children waiting, the longest first, each with the contact to the family agreed for the wait."""
    found = []
    for w in facts:
        p = w.period
        due = p.next_contact_on
        days = (due - today).days if due is not None else None
        # A wait with no contact agreed needs one agreed; an agreed one is urgent only as it falls due.
        urgency = urgency_of(days) if due is not None else "attention"
        found.append(DeskItem("waiting", w.case_id, w.case_no, w.child_name, urgency, due=due, days=days or 0,
                              ref_id=p.id, since=p.started_on, what=p.waiting_for, who=p.contact_name,
                              sector=w.contact_sector, mine=user.owns(p.contact_name, w.contact_sector),
                              is_demo=w.is_demo))
    return sorted(found, key=lambda i: (i.since or date.max, i.case_no))


def plan_items(facts) -> list[DeskItem]:
    """Plans held and awaiting approvals or sign-off, then signed plans not yet sent – oldest first."""
    found = []
    for p in facts:
        kind = "plan_approval" if p.state == "held" else "plan_unsent"
        found.append(DeskItem(kind, p.case_id, p.case_no, p.child_name, "attention", meeting_id=p.meeting_id,
                              start=p.start, state=p.state, count=p.missing if kind == "plan_approval" else p.version,
                              is_demo=p.is_demo))
    return sorted(found, key=lambda i: (i.kind != "plan_approval", i.start.timestamp() if i.start else float("inf"),
                                        i.meeting_id))


def contact_items(facts) -> list[DeskItem]:
    found = []
    for c in facts:
        codes = tuple(code for code, has in (("buc", c.has_buc), ("municipality", c.has_municipality),
                                             ("baton", c.has_baton)) if not has)
        if codes:
            found.append(DeskItem("contact_missing", c.case_id, c.case_no, c.child_name, "attention", codes=codes,
                                  is_demo=c.is_demo))
    return sorted(found, key=lambda i: (i.child_name.casefold(), i.case_id))


def overview(facts: DeskFacts, today: date, user: User, extra_closed=DEFAULT_EXTRA_CLOSED) -> list[DeskGroup]:
    """Every group in GROUPS order, each sorted for the user to work down from the top."""
    items = {
        "meetings": meeting_items(facts.meetings, today),
        "requests": request_items(facts.meetings, today, extra_closed),
        "agreements": agreement_items(facts.agreements, today, user),
        "consents": consent_items(facts.consents, today),
        "waiting": waiting_items(facts.waiting, today, user),
        "plans": plan_items(facts.plans),
        "contacts": contact_items(facts.contacts),
    }
    return [DeskGroup(key, tuple(items[key])) for key in GROUPS]


def counts(groups) -> dict[str, int]:
    """How many lines are overdue and due today across the groups (the overview's headline)."""
    every = [i for g in groups for i in g.items]
    return {"overdue": sum(i.urgency == "overdue" for i in every), "today": sum(i.urgency == "today" for i in every)}


def calendar_items(facts: DeskFacts, today: date, user: User, extra_closed=DEFAULT_EXTRA_CLOSED) -> list[DeskItem]:
    """What goes into "Frister til kalenderen": my open agreement deadlines (however far ahead), the
    deadlines of meetings asked for that have no time yet, and the next agreed contact with the family of
    each child waiting where I keep in touch. In date order."""
    found = [i for i in agreement_items(facts.agreements, today, user, horizon=None) if i.mine]
    found += request_items(facts.meetings, today, extra_closed)
    found += [i for i in waiting_items(facts.waiting, today, user) if i.mine and i.due is not None]
    return sorted(found, key=lambda i: (i.due, i.kind, i.case_id, i.ref_id or i.meeting_id or 0))
