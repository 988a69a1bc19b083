"""Rules about the people around a child: contact persons, the baton, consent coverage."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from kitdesk.domain.model import Consent, Member
from kitdesk.domain.vocabulary import SIDES, side_of


def missing_contact_sides(members: Iterable[Member]) -> list[str]:
    """Sides ("buc", "municipality") that have no responsible contact person."""
    covered = {side_of(m.sector) for m in members if m.is_contact}
    return [side for side in SIDES if side not in covered]


def contact_conflict(members: Iterable[Member], candidate: Member) -> Member | None:
    """The member who already is contact person on the candidate's side, if another one."""
    side = side_of(candidate.sector)
    if side is None:
        return None
    for m in members:
        if m.is_contact and m.id != candidate.id and side_of(m.sector) == side:
            return m
    return None


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
