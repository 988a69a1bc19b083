"""The minutes of a network meeting (netværksmødeskabelon) and its agreements: records and rules."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from kitdesk.domain.refusal import Refusal, Words, message

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


NO_PERSPECTIVE = message("minutes.no_perspective", "Barnets/den unges og familiens perspektiv er ikke skrevet.",
                         "The perspective of the child/young person and the family is not written.")
NO_AGREEMENTS = message("minutes.no_agreements",
                        "Der er ingen aftaler. Skriv mindst én aftale, eller markér \"ingen nye aftaler\".",
                        "There are no agreements. Write at least one, or tick \"No new agreements\".")
NO_NEXT_MEETING = message("minutes.no_next_meeting", "Næste møde: vælg et tidspunkt, eller markér \"ikke aftalt\".",
                          "Next meeting: choose a time, or tick \"Not agreed\".")
ONE_NOT_FOLLOWED_UP = message("minutes.one_not_followed_up", "1 tidligere aftale er ikke fulgt op.",
                              "1 earlier agreement has not been followed up.")
SOME_NOT_FOLLOWED_UP = message("minutes.some_not_followed_up", "{count} tidligere aftaler er ikke fulgt op.",
                               "{count} earlier agreements have not been followed up.")

DISCHARGE_MISSING = message("minutes.discharge_missing", "Udskrivning: skriv {parts}.", "Discharge: write {parts}.")
DISCHARGE_PARTS = (("discharge_handover", Words("hvem der overtager hvad", "who takes over what")),
                   ("discharge_medication", Words("medicin og opfølgning", "medication and its follow-up")),
                   ("discharge_family_contact", Words("hvem familien ringer til", "whom the family calls")))


def _listed(words: list[str], conjunction: str) -> str:
    """'a, b og c'."""
    return ", ".join(words[:-1]) + (f" {conjunction} " if len(words) > 1 else "") + words[-1]


def end_problems(state: LiveState) -> list[Refusal]:
    """The parts a chair should not skip before ending the meeting."""
    problems = []
    if not state.minutes.perspective.strip() and not state.minutes.child_words.strip():
        problems.append(Refusal(NO_PERSPECTIVE))
    if state.discharge:
        missing = [word for name, word in DISCHARGE_PARTS if not getattr(state.minutes, name).strip()]
        if missing:
            problems.append(Refusal(DISCHARGE_MISSING, parts=Words(_listed([w.da for w in missing], "og"),
                                                                   _listed([w.en for w in missing], "and"))))
    if not any(a.what.strip() for a in state.agreements) and not state.minutes.no_new_agreements:
        problems.append(Refusal(NO_AGREEMENTS))
    if state.minutes.next_meeting_at is None and not state.minutes.next_meeting_not_agreed:
        problems.append(Refusal(NO_NEXT_MEETING))
    unfollowed = [a for a in state.earlier if a.status == "open"]
    if unfollowed:
        count = len(unfollowed)
        problems.append(Refusal(ONE_NOT_FOLLOWED_UP) if count == 1 else Refusal(SOME_NOT_FOLLOWED_UP, count=count))
    return problems


def item_overtime(used_seconds: int, minutes: int) -> int:
    """Seconds over the item's time (0 when within)."""
    return max(0, used_seconds - minutes * 60)
