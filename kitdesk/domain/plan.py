"""The cross-sector plan (tværsektoriel plan): the signed-off minutes of a network meeting.

A plan version is a frozen snapshot – PlanContent – of everything the PDF prints. Its canonical
JSON (sorted keys, no spaces, UTF-8) is what is stored and what the SHA-256 fingerprint is taken
of, so the fingerprint printed on the paper can always be checked against the stored version.
Internal notes are never part of it.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date

from kitdesk.domain.refusal import Refusal, Words, message
from kitdesk.domain.vocabulary import side_of

APPROVAL_WAYS = ("in_meeting", "email", "phone")
# Attendance at the meeting -> how they took part (fysisk / virtuelt) on the plan.
ATTENDANCE_MODE = {"in_room": "physical", "online": "virtual"}
FINGERPRINT_SHOWN = 12
# The wording a version is printed with (PlanContent.layout); a version keeps the one it was signed with.
SEEDS_WORDING = 2  # m008: the seeds' words, contact persons, the child's own words
SCREEN_WALK = 3  # m009: "Ikke indhentet", the check code explained, only those present on the family's paper
LAYOUT = SCREEN_WALK  # the wording new snapshots are printed with


@dataclass(frozen=True)
class PlanParticipant:
    name: str
    organisation: str = ""
    sector: str = "other"
    role: str = ""  # the role at this meeting (the label of the role description, or the network role)
    attendance: str = ""  # in_room / online / absent / declined / "" (not recorded)
    is_chair: bool = False
    is_minute_taker: bool = False
    walk_in: bool = False
    gp_fee: bool = False  # a GP who took part: paid under the current agreement (efter gældende overenskomst)

    @property
    def present(self) -> bool:
        return self.attendance in ATTENDANCE_MODE

    @property
    def mode(self) -> str:
        """physical / virtual for those present, else ""."""
        return ATTENDANCE_MODE.get(self.attendance, "")


@dataclass(frozen=True)
class PlanContact:
    """A responsible contact person (one per sector) or the baton holder, as the network said when
    the plan was made (seed 000/002: what matters most to a family is whom to call)."""

    name: str
    organisation: str = ""
    sector: str = "other"
    phone: str = ""
    email: str = ""
    side: str = ""  # buc / municipality: contact person for that side; "" when only baton holder
    is_baton_holder: bool = False


@dataclass(frozen=True)
class PlanItem:
    title: str
    minutes: int = 0
    responsible: str = ""
    description: str = ""
    discussion: str = ""  # drøftelse


@dataclass(frozen=True)
class PlanAgreement:
    what: str
    responsible: str = ""
    sector: str = ""
    deadline: str | None = None  # ISO date
    ongoing: bool = False  # "løbende"
    follow_up: str = ""  # how it is followed up
    item: str = ""  # the agenda item's title it was made under
    carried_from: str | None = None  # ISO date of the earlier meeting it continues


@dataclass(frozen=True)
class PlanFollowUp:
    """An agreement from an earlier meeting, followed up at this one."""

    what: str
    responsible: str = ""
    outcome: str = "done"  # done / continued / dropped
    note: str = ""
    from_meeting: str | None = None  # ISO date


@dataclass(frozen=True)
class PlanApproval:
    name: str
    sector: str = "other"
    approved: bool = False
    on: str | None = None  # ISO date
    how: str = ""  # in_meeting / email / phone
    note: str = ""


@dataclass(frozen=True)
class PlanContent:
    """Everything one version of the plan says. Dates and times are ISO text (local wall time for
    the meeting), so the canonical JSON is the same on every machine."""

    case_no: str
    child_name: str
    birth_date: str | None
    meeting_id: int
    starts_at: str | None  # local ISO, e.g. 2026-12-04T09:00:00+01:00
    ends_at: str | None
    form: str
    place: str = ""
    video_link: str = ""
    phone: str = ""
    purpose: str = ""
    participants: tuple[PlanParticipant, ...] = ()
    agenda: tuple[PlanItem, ...] = ()
    perspective: str = ""
    challenges: str = ""
    resources: str = ""
    development: str = ""
    misc: str = ""
    agreements: tuple[PlanAgreement, ...] = ()
    no_new_agreements: bool = False
    follow_ups: tuple[PlanFollowUp, ...] = ()
    next_meeting_at: str | None = None
    next_meeting_not_agreed: bool = False
    approvals: tuple[PlanApproval, ...] = ()
    version: int = 1
    replaces: int | None = None  # the version this one replaces
    reason: str = ""  # why a new version was made
    signed_on: str | None = None  # ISO date; None on a draft
    signed_by: str = ""
    cpr: str | None = None  # kept for the export that asks for it; printed only when ticked
    # Added with schema step m008 (older versions read them as their defaults, and print as before).
    contacts: tuple[PlanContact, ...] = ()
    child_words: str = ""  # barnets/den unges egne ord, apart from the parents'
    kind: str = "ordinary"  # ordinary / discharge
    discharge_handover: str = ""
    discharge_medication: str = ""
    discharge_family_contact: str = ""
    minute_taker_reason: str = ""  # why another side than the inviting one wrote the minutes
    # The wording of the PDF the version was made with: a version signed before m008 reads as 1 and is
    # printed with the words it was signed with, so `kitdesk verify` still recognises a re-saved copy.
    layout: int = 1

    @property
    def chair(self) -> PlanParticipant | None:
        return next((p for p in self.participants if p.is_chair), None)

    @property
    def minute_taker(self) -> PlanParticipant | None:
        return next((p for p in self.participants if p.is_minute_taker), None)

    @property
    def is_signed(self) -> bool:
        return self.signed_on is not None

    @property
    def baton_holder(self) -> PlanContact | None:
        return next((c for c in self.contacts if c.is_baton_holder), None)

    @property
    def contact_persons(self) -> tuple[PlanContact, ...]:
        """The responsible contact persons, BUC first."""
        order = {"buc": 0, "municipality": 1}
        return tuple(sorted((c for c in self.contacts if c.side), key=lambda c: order.get(c.side, 2)))


_NESTED = {"participants": PlanParticipant, "agenda": PlanItem, "agreements": PlanAgreement,
           "follow_ups": PlanFollowUp, "approvals": PlanApproval, "contacts": PlanContact}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value):
    """What dataclasses.asdict gives for the plan's records and tuples, without its deep copies: the
    fingerprint of every plan the demo signs took a third of loading it."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if hasattr(kind, "__dataclass_fields__"):  # what dataclasses.is_dataclass asks
        return {name: _plain(getattr(value, name)) for name in _field_names(kind)}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def canonical_json(content: PlanContent) -> str:
    return json.dumps(_plain(content), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(content: PlanContent) -> str:
    """SHA-256 of the canonical content, in hex."""
    return fingerprint_of(canonical_json(content))


def fingerprint_of(canonical: str) -> str:
    """The fingerprint of content already in its canonical form (signing stores that form too)."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def content_from_json(text: str) -> PlanContent:
    """The stored snapshot back as a record; fields added in later releases take their defaults."""
    data = json.loads(text)
    known = {f.name for f in fields(PlanContent)}
    values = {k: v for k, v in data.items() if k in known}
    for name, cls in _NESTED.items():
        names = {f.name for f in fields(cls)}
        values[name] = tuple(cls(**{k: v for k, v in row.items() if k in names}) for row in values.get(name, ()))
    return PlanContent(**values)


def short_fingerprint(full: str) -> str:
    return full[:FINGERPRINT_SHOWN]


# -- approvals ---------------------------------------------------------------------------------------

@dataclass
class Approval:
    """One party's approval of the plan version being prepared (stored, editable until sign-off)."""

    id: int | None = None
    meeting_id: int | None = None
    version: int = 1
    invitee_id: int | None = None
    person_id: int | None = None
    name: str = ""
    sector: str = "other"
    approved: bool = False
    approved_on: date | None = None
    how: str = ""
    note: str = ""


@dataclass(frozen=True)
class ContactPerson:
    """The case's responsible contact person on one side (from the network)."""

    side: str  # buc / municipality
    person_id: int | None
    name: str


HOW_NOT_CHOSEN = message(
    "plan.how_not_chosen",
    "{name}: vælg, hvordan godkendelsen blev givet (i mødet, pr. e-mail eller telefonisk).",
    "{name}: choose how the approval was given (in the meeting, by e-mail or by phone).")
CONTACT_NOT_APPROVED = message(
    "plan.contact_not_approved", "{name} (ansvarlig kontaktperson for {side}) har ikke godkendt planen.",
    "{name} (responsible contact person for {side}) has not approved the plan.")
SIDE_NOT_APPROVED = message("plan.side_not_approved", "Ingen fra {side} har godkendt planen.",
                            "No one from {side} has approved the plan.")
# The two sides as a sentence names them.
SIDE_WORDS = {"buc": Words("BUC", "BUC"), "municipality": Words("kommunen", "the municipality")}


def signoff_problems(approvals: Iterable[Approval], contacts: Iterable[ContactPerson],
                     require_contacts: bool = True) -> list[Refusal]:
    """Why the plan cannot be signed off yet; [] when it can.

    By default the BUC and the municipal responsible contact persons must both have approved. A
    side without a contact person in the network is covered by an approval from anyone of that side.
    """
    approvals = list(approvals)
    problems = []
    for approval in approvals:
        if approval.approved and approval.how not in APPROVAL_WAYS:
            problems.append(Refusal(HOW_NOT_CHOSEN, name=approval.name))
    if not require_contacts:
        return problems
    given = [a for a in approvals if a.approved]
    by_side = {c.side: c for c in contacts}
    for side, word in SIDE_WORDS.items():
        contact = by_side.get(side)
        if contact is not None:
            if not any(_same_person(a, contact) for a in given):
                problems.append(Refusal(CONTACT_NOT_APPROVED, name=contact.name, side=word))
        elif not any(side_of(a.sector) == side for a in given):
            problems.append(Refusal(SIDE_NOT_APPROVED, side=word))
    return problems


def _same_person(approval: Approval, contact: ContactPerson) -> bool:
    if approval.person_id is not None and contact.person_id is not None:
        return approval.person_id == contact.person_id
    return approval.name.strip().casefold() == contact.name.strip().casefold()


def plan_file_stem(case_no: str, meeting_day: date | None, version: int) -> str:
    """ASCII, and nothing personal beyond the case number and the meeting's date:
    Tvaersektoriel_plan_2026-0001_2026-12-04_v1."""
    safe_case = re.sub(r"[^A-Za-z0-9.\-]+", "_", case_no).strip("._") or "sag"
    day = meeting_day.isoformat() if meeting_day else "uden-dato"
    return f"Tvaersektoriel_plan_{safe_case}_{day}_v{version}"
