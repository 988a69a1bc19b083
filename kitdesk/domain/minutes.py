"""The minutes of a network meeting (netværksmødeskabelon) and its agreements: records and rules."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

ATTENDANCE = ("in_room", "online", "absent", "declined")
SECTIONS = ("child_words", "perspective", "challenges", "resources", "development", "misc")
# A discharge meeting's own section (seed 004; seed 002 trin 4: BUC and almen praksis agree on
# continuing and following up medication).
DISCHARGE_SECTIONS = ("discharge_handover", "discharge_medication", "discharge_family_contact")
FOLLOW_UP_OUTCOMES = ("done", "continued", "dropped")

# Words that make an agreement read like an administrative decision, which a network meeting
# does not take (seed 002). A gentle warning, never a block.
_DECISION = re.compile(
    r"\b(bevilg\w*|træffe\w* afgørelse|afgørelse\w*|visiter\w*|iværksætte\w* (en )?foranstaltning\w*|"
    r"godkend\w* (støtte|ydelse|foranstaltning)\w*|beslutte\w* at anbringe|anbring\w*)\b",
    re.IGNORECASE)


@dataclass
class Minutes:
    meeting_id: int
    perspective: str = ""  # barnets/den unges og familiens perspektiv (the parents' words)
    challenges: str = ""  # udfordringer
    resources: str = ""  # ressourcer
    development: str = ""  # udviklingsmuligheder og behov
    misc: str = ""  # eventuelt
    next_meeting_at: datetime | None = None
    next_meeting_not_agreed: bool = False
    no_new_agreements: bool = False
    child_words: str = ""  # barnets/den unges egne ord – kept apart from the parents'
    discharge_handover: str = ""  # discharge: who takes over what
    discharge_medication: str = ""  # discharge: medication, continued and followed up by whom
    discharge_family_contact: str = ""  # discharge: whom the family calls


@dataclass
class ItemNote:
    agenda_item_id: int
    discussion: str = ""  # drøftelse
    internal_note: str = ""  # never shown on the shared screen, nor in the plan
    used_seconds: int = 0


@dataclass
class Agreement:
    id: int | None = None
    meeting_id: int | None = None
    case_id: int | None = None
    agenda_item_id: int | None = None
    position: int = 0
    what: str = ""
    responsible_invitee_id: int | None = None
    responsible_name: str = ""
    sector: str = ""
    deadline: date | None = None
    ongoing: bool = False  # "løbende" instead of a date
    follow_up: str = ""  # how it is followed up
    carried_from_id: int | None = None
    status: str = "open"  # open / done / continued / dropped (set when followed up at a later meeting)
    status_note: str = ""
    status_meeting_id: int | None = None


@dataclass
class LiveState:
    """Everything the live view shows about a running meeting, read in one go."""

    minutes: Minutes
    notes: dict[int, ItemNote] = field(default_factory=dict)
    agreements: list[Agreement] = field(default_factory=list)
    earlier: list[Agreement] = field(default_factory=list)  # open agreements from earlier meetings
    discharge: bool = False  # a discharge meeting: its own section must be written


def decision_words(text: str) -> list[str]:
    """The words in an agreement that read like a decision ("bevilges", "der træffes afgørelse")."""
    return [m.group(0) for m in _DECISION.finditer(text or "")]


def end_problems(state: LiveState) -> list[str]:
    """The parts a chair should not skip before ending the meeting (Danish, for the user)."""
    problems = []
    if not state.minutes.perspective.strip() and not state.minutes.child_words.strip():
        problems.append("Barnets/den unges og familiens perspektiv er ikke skrevet.")
    if state.discharge:
        missing = [word for name, word in (("discharge_handover", "hvem der overtager hvad"),
                                           ("discharge_medication", "medicin og opfølgning"),
                                           ("discharge_family_contact", "hvem familien ringer til"))
                   if not getattr(state.minutes, name).strip()]
        if missing:
            problems.append("Udskrivning: skriv " + ", ".join(missing[:-1]) + (" og " if len(missing) > 1 else "")
                            + missing[-1] + ".")
    if not any(a.what.strip() for a in state.agreements) and not state.minutes.no_new_agreements:
        problems.append("Der er ingen aftaler. Skriv mindst én aftale, eller markér \"ingen nye aftaler\".")
    if state.minutes.next_meeting_at is None and not state.minutes.next_meeting_not_agreed:
        problems.append("Næste møde: vælg et tidspunkt, eller markér \"ikke aftalt\".")
    unfollowed = [a for a in state.earlier if a.status == "open"]
    if unfollowed:
        count = len(unfollowed)
        problems.append("1 tidligere aftale er ikke fulgt op." if count == 1 else
                        f"{count} tidligere aftaler er ikke fulgt op.")
    return problems


def item_overtime(used_seconds: int, minutes: int) -> int:
    """Seconds over the item's time (0 when within)."""
    return max(0, used_seconds - minutes * 60)
