"""Rules about the people around a child: contact persons, the baton, consent coverage."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kitdesk.domain.model import Consent, Member
from kitdesk.domain.vocabulary import SIDES, side_of

# The contact-person rule: each side – BUC and the municipality – has one responsible contact
# person in a case's network, someone from that side. Store and screens ask these functions.

def can_be_contact(sector: str) -> bool:
    """Only someone from BUC or the municipality can be a responsible contact person."""
    return side_of(sector) is not None


def contact_side(member: Member) -> str | None:
    """The side ("buc", "municipality") the member is responsible contact person for, if any."""
    return side_of(member.sector) if member.is_contact else None


def missing_contact_sides(members: Iterable[Member]) -> list[str]:
    """Sides ("buc", "municipality") that have no responsible contact person."""
    covered = {contact_side(m) for m in members}
    return [side for side in SIDES if side not in covered]


def contact_conflict(members: Iterable[Member], candidate: Member) -> Member | None:
    """The member who already is contact person on the candidate's side, if another one: making the
    candidate contact person takes it from them."""
    side = side_of(candidate.sector)
    if side is None:
        return None
    return next((m for m in members if m.id != candidate.id and contact_side(m) == side), None)


@dataclass(frozen=True)
class SectorCoverage:
    sector: str
    covered: bool
    consent_ids: tuple[int, ...]


def consent_coverage(members: Iterable[Member], consents: Iterable[Consent], day: date) -> list[SectorCoverage]:
    """For each professional sector in the network: is it covered by a consent valid on `day`?

    The family itself needs no consent to receive information about its own child.
    """
    valid = [c for c in consents if c.is_valid_on(day)]
    sectors: list[str] = []
    for m in members:
        if m.sector != "family" and m.sector not in sectors:
            sectors.append(m.sector)
    result = []
    for sector in sectors:
        ids = tuple(c.id for c in valid if sector in c.sectors and c.id is not None)
        result.append(SectorCoverage(sector, bool(ids), ids))
    return result
