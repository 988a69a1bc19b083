"""The network of one case: people from the directory, their role, contact person and baton."""
from __future__ import annotations

from kitdesk.domain.model import Member
from kitdesk.domain.vocabulary import SECTORS, SIDES, side_of
from kitdesk.store.convert import from_row

MEMBER_SQL = """
SELECT m.*, p.name AS person_name, p.organisation, p.email, p.phone
FROM members m JOIN persons p ON p.id = m.person_id
"""


class NetworkRepo:
    def __init__(self, store):
        self.store = store

    def members(self, case_id: int) -> list[Member]:
        rows = self.store.db.query(MEMBER_SQL + " WHERE m.case_id = ? ORDER BY m.id", [case_id])
        return [from_row(Member, r) for r in rows]

    def get(self, member_id: int) -> Member:
        rows = list(self.store.db.query(MEMBER_SQL + " WHERE m.id = ?", [member_id]))
        if not rows:
            raise KeyError(member_id)
        return from_row(Member, rows[0])

    def add(self, case_id: int, person_id: int, role: str, sector: str,
            is_contact: bool = False, is_baton_holder: bool = False) -> int:
        with self.store.transaction() as w:
            member_id = w.insert("members", {
                "case_id": case_id, "person_id": person_id, "role": role, "sector": sector,
                "is_contact": 0, "is_baton_holder": 0, "created_at": w.now(),
            }, case_id)
            name = self.store.persons.get(person_id).name
            role_text = f" ({role})" if role else ""
            self.store.baton_log.add_event(
                w, case_id, "network_changed", f"{name}{role_text}, {SECTORS.get(sector, sector)}, er føjet til netværket.")
            flags = {k: v for k, v in (("is_contact", is_contact), ("is_baton_holder", is_baton_holder)) if v}
            if flags:
                self._update(w, member_id, flags)
            self.store.cases.touch(w, case_id)
            return member_id

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
            self.store.baton_log.add_event(
                w, member.case_id, "network_changed", f"{member.person_name} er fjernet fra netværket.")
            if member.is_contact:
                self.store.baton_log.add_event(
                    w, member.case_id, "contact_changed",
                    f"{SIDES[side_of(member.sector)]} har ikke længere en ansvarlig kontaktperson.")
            self.store.cases.touch(w, member.case_id)

    def _update(self, w, member_id: int, changes: dict) -> dict:
        member = self.get(member_id)
        values = {k: int(v) if isinstance(v, bool) else v for k, v in changes.items()}
        if values.get("is_contact"):
            side = side_of(values.get("sector", member.sector))
            if side is None:
                raise ValueError("Kun BUC og kommunen har en ansvarlig kontaktperson.")
            for other in self.members(member.case_id):
                if other.id != member_id and other.is_contact and side_of(other.sector) == side:
                    w.update("members", other.id, {"is_contact": 0}, member.case_id)
        if values.get("is_baton_holder"):
            for other in self.members(member.case_id):
                if other.id != member_id and other.is_baton_holder:
                    w.update("members", other.id, {"is_baton_holder": 0}, member.case_id)
        before = w.update("members", member_id, values, member.case_id)
        self._log_flag_changes(w, member, values, before)
        return before

    def _log_flag_changes(self, w, member: Member, values: dict, before: dict) -> None:
        log = self.store.baton_log
        if "is_contact" in before:
            side = SIDES.get(side_of(values.get("sector", member.sector)) or "", "")
            if values["is_contact"]:
                log.add_event(w, member.case_id, "contact_changed",
                              f"{member.person_name} er nu ansvarlig kontaktperson for {side}.")
            else:
                log.add_event(w, member.case_id, "contact_changed",
                              f"{member.person_name} er ikke længere ansvarlig kontaktperson for {side}.")
        if "is_baton_holder" in before and values["is_baton_holder"]:
            log.add_event(w, member.case_id, "baton_changed", f"{member.person_name} er nu stafetholder.")
