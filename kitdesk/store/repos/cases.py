"""Cases (sager): the child, the course and where it stands."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kitdesk.domain.dates import local_today
from kitdesk.domain.vocabulary import LEVELS, MUNICIPAL_SECTORS, PHASES, STEPS
from kitdesk.store.convert import from_row, to_row
from kitdesk.store.db import open_connection

if TYPE_CHECKING:  # the records module is loaded on first get(): start-up needs only CaseRow
    from kitdesk.domain.model import Case

_MUNICIPAL = ", ".join(f"'{s}'" for s in sorted(MUNICIPAL_SECTORS))

CASE_LIST_SQL = f"""
SELECT c.id, c.case_no, c.child_name, c.birth_date, c.phase, c.step, c.level, c.last_activity,
  (SELECT p.name FROM members m JOIN persons p ON p.id = m.person_id
    WHERE m.case_id = c.id AND m.is_contact AND m.sector = 'buc' LIMIT 1),
  (SELECT p.name FROM members m JOIN persons p ON p.id = m.person_id
    WHERE m.case_id = c.id AND m.is_contact AND m.sector IN ({_MUNICIPAL}) LIMIT 1),
  c.is_demo
FROM cases c
"""


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list: cheap to build for 10,000 cases."""

    id: int
    case_no: str
    child_name: str
    birth_date: str | None
    phase: str
    step: int
    level: int
    last_activity: str
    buc_contact: str | None
    municipal_contact: str | None
    is_demo: int = 0  # fictitious example data ("Indlæs eksempeldata"), removed in one step


@dataclass(frozen=True, slots=True)
class DueCase:
    """A closed case kept longer than the retention setting: listed for the user to decide on."""

    id: int
    case_no: str
    child_name: str
    closed_on: date
    due_on: date
    is_demo: bool


class CaseRepo:
    def __init__(self, store):
        self.store = store
        self._prefetch = None

    def rows(self) -> list[CaseRow]:
        if self._prefetch is not None:
            rows = self._prefetch()
            self._prefetch = None
            if rows is not None:
                return [CaseRow(*r) for r in rows]
        return [CaseRow(*r) for r in self.store.conn.execute(CASE_LIST_SQL).fetchall()]

    def prefetch_rows(self) -> None:
        """Start reading the case list in a thread; the next rows() uses it.

        SQLite releases the GIL while it reads, so at start-up the list is read while Qt builds
        the window. The thread has its own read-only connection.
        """
        if self.store.folder is None:
            return
        path, key, result = self.store.folder.db_path, self.store.key, {}

        def run() -> None:
            try:
                conn = open_connection(path, key=key, read_only=True)
                try:
                    result["rows"] = conn.execute(CASE_LIST_SQL).fetchall()
                finally:
                    conn.close()
            except Exception:  # rows() falls back to its own query
                result["rows"] = None

        thread = threading.Thread(target=run, name="kitdesk-case-list", daemon=True)
        thread.start()

        def wait():
            thread.join()
            return result.get("rows")

        self._prefetch = wait

    def due_for_deletion(self, today: date, months: int) -> list[DueCase]:
        """Closed cases kept `months` months or more after closing, the longest kept first. A case
        closed without a closing date counts from its last activity."""
        from kitdesk.domain.retention import due_on

        found = []
        for case_id, case_no, child, closed, demo in self.store.conn.execute(
                "SELECT id, case_no, child_name, COALESCE(closed_on, substr(last_activity, 1, 10)), is_demo "
                "FROM cases WHERE phase = 'closed'"):
            closed_on = date.fromisoformat(closed)
            due = due_on(closed_on, months)
            if due <= today:
                found.append(DueCase(case_id, case_no, child, closed_on, due, bool(demo)))
        return sorted(found, key=lambda c: (c.closed_on, c.case_no))

    def running_meetings(self) -> list[int]:
        """Meetings still running when the app last stopped (start-up opens them again). Here, not in
        MeetingRepo: start-up loads only this repository, and MeetingRepo costs ~30 ms to import."""
        return [r[0] for r in self.store.conn.execute("SELECT id FROM meetings WHERE state = 'running' ORDER BY id")]

    def ids(self) -> list[int]:
        return [r[0] for r in self.store.conn.execute("SELECT id FROM cases")]

    def demo_ids(self) -> list[int]:
        """The fictitious example cases (kitdesk demo, "Indlæs eksempeldata")."""
        return [r[0] for r in self.store.conn.execute("SELECT id FROM cases WHERE is_demo")]

    def count(self) -> int:
        return self.store.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]

    def get(self, case_id: int) -> Case:
        from kitdesk.domain.model import Case  # on first get(): see the TYPE_CHECKING import

        row = self.store.writer.row("cases", case_id)
        if row is None:
            raise KeyError(case_id)
        return from_row(Case, row)

    def create(self, case: Case) -> int:
        with self.store.transaction() as w:
            opened = case.opened_on or local_today()
            case.opened_on = opened
            case.case_no = case.case_no or self._next_case_no(opened.year)
            now = w.now()
            case_id = w.insert("cases", {**to_row(case), "created_at": now, "updated_at": now, "last_activity": now})
            w.announce("cases", case_id, case_id)
            self.store.baton_log.add_event(w, case_id, "case_opened", f"Sagen er oprettet ({case.case_no}).")
            return case_id

    def update(self, case_id: int, changes: dict) -> dict:
        """Change fields of a case; returns their values before. A phase change goes into the log."""
        with self.store.transaction() as w:
            if changes.get("phase") == "closed" and "closed_on" not in changes:
                changes = {**changes, "closed_on": local_today().isoformat()}
            before = w.update("cases", case_id, changes, case_id)
            if "phase" in before:
                new = changes["phase"]
                kind = "case_closed" if new == "closed" else "phase_changed"
                text = f"Fase ændret fra {PHASES.get(before['phase'], before['phase'])} til {PHASES.get(new, new)}."
                self.store.baton_log.add_event(w, case_id, kind, text)
            # Moving on the step model or between the levels of collaboration is part of the coordination
            # the baton log documents (seed 003).
            for field, kind, word, names in (("step", "step_changed", "Trin", STEPS),
                                             ("level", "level_changed", "Niveau", LEVELS)):
                if field in before:
                    old, new = int(before[field]), int(changes[field])
                    self.store.baton_log.add_event(
                        w, case_id, kind, f"{word} ændret fra {old} til {new}: {names.get(new, '')}.")
            if before:
                self.touch(w, case_id)
            return before

    def touch(self, w, case_id: int) -> None:
        # last_activity is derived, not user data: no audit row for it.
        now = w.now()
        w.db.execute("UPDATE cases SET last_activity = ?, updated_at = ? WHERE id = ?", [now, now, case_id])
        w.announce("cases", case_id, case_id)

    def _next_case_no(self, year: int) -> str:
        prefix = f"{year}-"
        last = self.store.conn.execute(
            "SELECT case_no FROM cases WHERE case_no LIKE ? ORDER BY case_no DESC LIMIT 1", [prefix + "%"]
        ).fetchone()
        number = int(last[0].split("-")[1]) + 1 if last else 1
        return f"{prefix}{number:04d}"
