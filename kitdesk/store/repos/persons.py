"""The shared directory (Personer): a teacher in three cases is entered once."""
from __future__ import annotations

from kitdesk.domain.model import Person
from kitdesk.store.convert import from_row, to_row


class PersonRepo:
    def __init__(self, store):
        self.store = store

    def get(self, person_id: int) -> Person:
        row = self.store.writer.row("persons", person_id)
        if row is None:
            raise KeyError(person_id)
        return from_row(Person, row)

    def all(self) -> list[Person]:
        return [from_row(Person, r) for r in self.store.db.query("SELECT * FROM persons ORDER BY name COLLATE NOCASE")]

    def usage(self) -> dict[int, int]:
        """How many cases each person is in."""
        return dict(self.store.db.execute("SELECT person_id, COUNT(*) FROM members GROUP BY person_id").fetchall())

    def case_names(self, person_id: int) -> list[tuple[int, str, str]]:
        return self.store.db.execute(
            "SELECT c.id, c.case_no, c.child_name FROM members m JOIN cases c ON c.id = m.case_id "
            "WHERE m.person_id = ? ORDER BY c.child_name", [person_id]).fetchall()

    def create(self, person: Person) -> int:
        with self.store.transaction() as w:
            now = w.now()
            return w.insert("persons", {**to_row(person), "created_at": now, "updated_at": now})

    def update(self, person_id: int, changes: dict) -> dict:
        with self.store.transaction() as w:
            before = w.update("persons", person_id, changes)
            if before:
                w.db.execute("UPDATE persons SET updated_at = ? WHERE id = ?", [w.now(), person_id])
            return before
