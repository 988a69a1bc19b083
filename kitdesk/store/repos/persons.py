"""The shared directory (Personer): a teacher in three cases is entered once."""
from __future__ import annotations

from dataclasses import dataclass

from kitdesk.domain.contact import check_email
from kitdesk.domain.model import Person
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import SECTORS
from kitdesk.store.convert import from_row, to_row

# Deliberately simple: something@something.tld, no spaces, no second @. Stricter checks reject real
# addresses (æøå in domain names, plus-addressing); this catches the typos people actually make.
TEXT_FIELDS = ("name", "title", "organisation", "email", "phone", "note", "address")
NO_NAME = message("person.no_name", "Skriv personens navn.", "Write the person's name.")


@dataclass(frozen=True, slots=True)
class Membership:
    """One case a person is in, for the directory's case list."""

    case_id: int
    case_no: str
    child_name: str
    phase: str
    role: str
    sector: str
    is_contact: bool
    is_baton_holder: bool


def clean(changes: dict) -> dict:
    """Trimmed text and checked values; a Refusal if they cannot be saved."""
    values = dict(changes)
    for key in TEXT_FIELDS:
        if key in values:
            values[key] = (values[key] or "").strip()
    if "name" in values and not values["name"]:
        raise Refusal(NO_NAME)
    if "email" in values:
        check_email(values["email"])
    if "sector" in values and values["sector"] not in SECTORS:
        raise ValueError(f"unknown sector {values['sector']!r}")  # the form offers only known ones
    return values


class PersonRepo:
    def __init__(self, store):
        self.store = store

    def get(self, person_id: int) -> Person:
        row = self.store.writer.row("persons", person_id)
        if row is None:
            raise KeyError(person_id)
        return from_row(Person, row)

    def all(self) -> list[Person]:
        return [from_row(Person, r) for r in self.store.query("SELECT * FROM persons ORDER BY name COLLATE NOCASE")]

    def postal_address(self, person_id: int | None) -> str:
        """The person's postal address ("" for someone not in the directory, or without one)."""
        if person_id is None:
            return ""
        row = self.store.conn.execute("SELECT address FROM persons WHERE id = ?", [person_id]).fetchone()
        return row[0] if row else ""

    def usage(self) -> dict[int, int]:
        """How many cases each person is in."""
        return dict(self.store.conn.execute("SELECT person_id, COUNT(*) FROM members GROUP BY person_id").fetchall())

    def case_names(self, person_id: int) -> list[tuple[int, str, str]]:
        """(case id, case number, child) of every case whose network the person is in (erasure asks)."""
        return self.store.conn.execute(
            "SELECT c.id, c.case_no, c.child_name FROM members m JOIN cases c ON c.id = m.case_id "
            "WHERE m.person_id = ? ORDER BY c.child_name", [person_id]).fetchall()

    def meetings_invited_to(self, person_id: int) -> int:
        return self.store.conn.execute("SELECT COUNT(DISTINCT meeting_id) FROM invitees WHERE person_id = ?",
                                       [person_id]).fetchone()[0]

    def memberships(self, person_id: int) -> list[Membership]:
        rows = self.store.conn.execute(
            "SELECT c.id, c.case_no, c.child_name, c.phase, m.role, m.sector, m.is_contact, m.is_baton_holder "
            "FROM members m JOIN cases c ON c.id = m.case_id WHERE m.person_id = ? "
            "ORDER BY c.child_name COLLATE NOCASE, c.case_no", [person_id]).fetchall()
        return [Membership(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7])) for r in rows]

    def create(self, person: Person) -> int:
        values = clean({k: v for k, v in to_row(person).items()})
        with self.store.transaction() as w:
            now = w.now()
            return w.insert("persons", {**values, "created_at": now, "updated_at": now})

    def update(self, person_id: int, changes: dict) -> dict:
        values = clean(changes)
        with self.store.transaction() as w:
            before = w.update("persons", person_id, values)
            if before:
                w.db.execute("UPDATE persons SET updated_at = ? WHERE id = ?", [w.now(), person_id])
            return before
