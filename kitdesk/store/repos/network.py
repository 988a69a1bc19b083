"""The network of one case: people from the directory, their role, contact person and baton."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from kitdesk.domain.model import Member, Person, stored
from kitdesk.domain.network import can_be_contact, contact_conflict, contact_side
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import SECTORS, SIDES, side_of
from kitdesk.store.convert import from_row

MEMBER_SQL = """
SELECT m.*, p.name AS person_name, p.organisation, p.email, p.phone
FROM members m JOIN persons p ON p.id = m.person_id
"""
ONLY_SIDES = message("network.only_sides", "Kun BUC og kommunen har en ansvarlig kontaktperson.",
                     "Only BUC and the municipality have a responsible contact person.")
ALREADY_MEMBER = message("network.already_member", "{name} er allerede med i netværket.",
                         "{name} is already in the network.")


class NetworkRepo:
    def __init__(self, store):
        self.store = store

    # -- reading -----------------------------------------------------------------------------------
    def members(self, case_id: int) -> list[Member]:
        rows = self.store.query(MEMBER_SQL + " WHERE m.case_id = ? ORDER BY m.id", [case_id])
        return [from_row(Member, r) for r in rows]

    def get(self, member_id: int) -> Member:
        rows = list(self.store.query(MEMBER_SQL + " WHERE m.id = ?", [member_id]))
        if not rows:
            raise KeyError(member_id)
        return from_row(Member, rows[0])

    def member_for(self, case_id: int, person_id: int) -> Member | None:
        """The person's place in this case's network, if they have one."""
        rows = list(self.store.query(MEMBER_SQL + " WHERE m.case_id = ? AND m.person_id = ?",
                                        [case_id, person_id]))
        return from_row(Member, rows[0]) if rows else None

    # -- writing -----------------------------------------------------------------------------------
    def add(self, case_id: int, person_id: int, role: str, sector: str,
            is_contact: bool = False, is_baton_holder: bool = False) -> int:
        role = (role or "").strip()
        if sector not in SECTORS:
            raise ValueError(f"unknown sector {sector!r}")  # the form offers only known ones
        with self.store.transaction() as w:
            existing = self.member_for(case_id, person_id)
            if existing is not None:
                # The table says UNIQUE(case_id, person_id); say it in words before SQLite does.
                raise Refusal(ALREADY_MEMBER, name=existing.person_name)
            member_id = w.insert("members", {
                "case_id": case_id, "person_id": person_id, "role": role, "sector": sector,
                "is_contact": 0, "is_baton_holder": 0, "created_at": w.now(),
            }, case_id)
            name = self.store.persons.get(person_id).name
            role_text = f" ({role})" if role else ""
            self.store.baton_log.add_event(
                w, case_id, "network_changed", f"{name}{role_text}, {SECTORS[sector]}, er føjet til netværket.")
            flags = {k: v for k, v in (("is_contact", is_contact), ("is_baton_holder", is_baton_holder)) if v}
            if flags:
                self._update(w, member_id, flags)
            self.store.cases.touch(w, case_id)
            return member_id

    def add_new_person(self, case_id: int, person: Person, role: str, sector: str) -> tuple[int, int]:
        """Create a directory person and add them, in one transaction (one undo step)."""
        with self.store.transaction():
            person_id = self.store.persons.create(person)
            member_id = self.add(case_id, person_id, role, sector)
        return person_id, member_id

    def update(self, member_id: int, changes: dict) -> dict:
        with self.store.transaction() as w:
            before = self._update(w, member_id, changes)
            if before:
                self.store.cases.touch(w, self.get(member_id).case_id)
            return before

    def remove(self, member_id: int) -> None:
        with self.store.transaction() as w:
            member = self.get(member_id)
            w.delete("members", member_id, member.case_id)
            log = self.store.baton_log
            log.add_event(w, member.case_id, "network_changed", f"{member.person_name} er fjernet fra netværket.")
            side = contact_side(member)
            if side is not None:
                log.add_event(w, member.case_id, "contact_changed",
                              f"{SIDES[side][:1].upper()}{SIDES[side][1:]} har ikke længere en ansvarlig kontaktperson.")
            if member.is_baton_holder:
                log.add_event(w, member.case_id, "baton_changed", "Sagen har ikke længere en stafetholder.")
            self.store.cases.touch(w, member.case_id)

    def _update(self, w, member_id: int, changes: dict) -> dict:
        member = self.get(member_id)
        case_id = stored(member.case_id)
        values: dict[str, Any] = {k: int(v) if isinstance(v, bool) else v for k, v in changes.items()}
        if "role" in values:
            values["role"] = (values["role"] or "").strip()
        sector: str = values.get("sector", member.sector)
        if sector not in SECTORS:
            raise ValueError(f"unknown sector {sector!r}")  # the form offers only known ones
        side, old_side = side_of(sector), side_of(member.sector)
        if member.is_contact and side != old_side and "is_contact" not in values:
            # Being contact person was a choice for the old side; it must not silently push aside
            # the contact person of another side.
            values["is_contact"] = 0
        replaced = previous = None
        if values.get("is_contact"):
            if not can_be_contact(sector):
                raise Refusal(ONLY_SIDES)
            replaced = contact_conflict(self.members(case_id), replace(member, sector=sector))
            if replaced is not None:
                w.update("members", replaced.id, {"is_contact": 0}, case_id)
        if values.get("is_baton_holder"):
            for other in self.members(case_id):
                if other.id != member_id and other.is_baton_holder:
                    w.update("members", other.id, {"is_baton_holder": 0}, case_id)
                    previous = other
        before = w.update("members", member_id, values, case_id)
        self._log_changes(w, member, values, before, replaced, previous)
        return before

    def _log_changes(self, w, member: Member, values: dict, before: dict,
                     replaced: Member | None, previous: Member | None) -> None:
        log, name, case_id = self.store.baton_log, member.person_name, member.case_id
        sector = values.get("sector", member.sector)
        changed = []
        if "role" in before:
            changed.append(f"Rollen for {name} er nu »{values['role']}«." if values["role"]
                           else f"{name} har ikke længere en rolle angivet.")
        if "sector" in before:
            changed.append(f"Sektoren for {name} er nu {SECTORS[sector]}.")
        if changed:
            log.add_event(w, case_id, "network_changed", " ".join(changed))
        if "is_contact" in before:
            if values["is_contact"]:
                instead = f" i stedet for {replaced.person_name}" if replaced else ""
                side_word = SIDES.get(side_of(sector) or "", "")  # a contact person's sector always has a side
                log.add_event(w, case_id, "contact_changed",
                              f"{name} er nu ansvarlig kontaktperson for {side_word}{instead}.")
            else:
                side = side_of(member.sector)
                log.add_event(w, case_id, "contact_changed",
                              f"{name} er ikke længere ansvarlig kontaktperson"
                              + (f" for {SIDES[side]}." if side else "."))
        if "is_baton_holder" in before:
            if values["is_baton_holder"]:
                instead = f" (overtaget fra {previous.person_name})" if previous else ""
                log.add_event(w, case_id, "baton_changed", f"{name} er nu stafetholder{instead}.")
            else:
                log.add_event(w, case_id, "baton_changed", f"{name} er ikke længere stafetholder.")
