"""The plain records the report is counted from. The store fills them (kitdesk/store/repos/report.py);
they hold ids, dates, codes and yes/no – never a child's name, CPR number, birth date or case number.

The records read by the thousand are named tuples: as immutable as a frozen dataclass, made five times
as fast (a year's report reads some 25,000 of them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class CaseFacts(NamedTuple):
    id: int
    municipality: str = ""
    school: str = ""
    opened_on: date | None = None
    closed_on: date | None = None
    buc_contact: bool = False  # a responsible contact person in BUC (the network as it is now)
    municipal_contact: bool = False  # ... and in the municipality
    sectors: frozenset[str] = frozenset()  # the sectors in the case's network (for the sector filter)

    @property
    def case_id(self) -> int:
        return self.id

    def open_during(self, start: date, end: date) -> bool:
        """Open at some time from start to end (a case without an opening date counts from the start)."""
        opened = self.opened_on or start
        return opened <= end and (self.closed_on is None or self.closed_on >= start)


class MeetingFacts(NamedTuple):
    id: int
    case_id: int
    state: str  # draft / invited / running / held / signed / cancelled
    day: date | None  # held: the day it was run; otherwise the planned day (Copenhagen calendar)
    requested_on: date | None = None
    form: str = "physical"
    purpose_and_agenda: bool = False  # the invitation went out with a purpose and at least one agenda item
    invited: frozenset[str] = frozenset()  # sectors invited ("family" = a parent or other family, not the child)
    present: frozenset[str] = frozenset()  # sectors present, in the room or online
    child_invited: bool = False
    child_present: bool = False
    gps_present: int = 0  # almen praktiserende læger present (each a line of the fee list)
    signed_on: date | None = None  # the first version of the plan signed off (Copenhagen calendar)
    family_copy: bool = False  # the family's edition of a signed version was written

    @property
    def held(self) -> bool:
        return self.state in ("held", "signed")


class AgreementFacts(NamedTuple):
    id: int
    case_id: int
    meeting_id: int
    deadline: date | None = None
    ongoing: bool = False  # "løbende": no deadline
    status: str = "open"  # open / done / continued / dropped
    followed_on: date | None = None  # the day of the meeting where it was followed up
    carried_from_id: int | None = None  # continued from an agreement of an earlier meeting


@dataclass(frozen=True, slots=True)
class WaitFacts:
    """A period in which the child waits for an assessment, a treatment or a municipal offer."""

    case_id: int
    start: date
    end: date | None = None  # None: still waiting
    waiting_for: str = ""
    contact_every_days: int | None = None  # the agreed contact with the family during the wait (None: none)
    contacts: tuple[date, ...] = ()  # the days contact was kept


class StageFacts(NamedTuple):
    """Trin (step) and niveau (level) of a case: as it began, and each change since, in order."""

    case_id: int
    step: int  # as the case began
    level: int
    changes: tuple[tuple[date, str, int], ...] = ()  # (day, "step" | "level", new value), oldest first

    def at(self, day: date) -> tuple[int, int]:
        step, level = self.step, self.level
        for when, what, value in self.changes:
            if when > day:
                break
            if what == "step":
                step = value
            else:
                level = value
        return step, level


@dataclass(frozen=True, slots=True)
class GpParticipation:
    """A line of the GP fee list (honorarliste): names the GP, never the child."""

    day: date
    name: str
    clinic: str
    form: str  # the meeting's form: physical / video / phone / hybrid
    attended: bool
    fee: bool  # to be paid under the agreement (overenskomst)


@dataclass(frozen=True)
class ReportData:
    """Everything the figures are counted from, for the cases the selection holds."""

    cases: tuple[CaseFacts, ...] = ()
    meetings: tuple[MeetingFacts, ...] = ()
    exchanges: dict[int, tuple[date, ...]] = field(default_factory=dict)  # case id -> sorted days
    agreements: tuple[AgreementFacts, ...] = ()
    waits: tuple[WaitFacts, ...] = ()
    stages: dict[int, StageFacts] = field(default_factory=dict)  # case id -> history
    closed_days: tuple = ()  # the user's extra closed days (workdays.DEFAULT_EXTRA_CLOSED form)


@dataclass(frozen=True)
class Selection:
    """Which cases the report counts: all, or those of one municipality, school or sector."""

    municipality: str = ""
    school: str = ""
    sector: str = ""

    def holds(self, case: CaseFacts) -> bool:
        return ((not self.municipality or case.municipality == self.municipality)
                and (not self.school or case.school == self.school)
                and (not self.sector or self.sector in case.sectors))

    @property
    def is_all(self) -> bool:
        return not (self.municipality or self.school or self.sector)

    @property
    def label(self) -> str:
        """"Alle sager", or "Kommune: Fjordby Kommune · Skole: Åskolen · Sektor: Kommune – PPR"."""
        from kitdesk.domain.vocabulary import SECTORS

        parts = [f"Kommune: {self.municipality}" if self.municipality else "",
                 f"Skole/dagtilbud: {self.school}" if self.school else "",
                 f"Sektor i netværket: {SECTORS.get(self.sector, self.sector)}" if self.sector else ""]
        return " · ".join(p for p in parts if p) or "Alle sager"


ALL = Selection()  # every case
