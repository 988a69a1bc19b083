"""Every released schema upgrades cleanly: tests/data keeps a database of each schema step, written
by the code of that step (`kitdesk demo`, TagStudio's pattern), and each is upgraded here.

    schema1  m001 (7d22077)  cases, network, consents, exchanges, baton log
    schema2  m002 (31668a9)  + network meetings with agenda and invitees
    schema3  m003 (b6fb0e3)  + a meeting started, minutes typed through the saver, an agreement
    schema4  m004 (c51aa93^) + plans: Freja's meeting signed off
    schema5  m005 (46eb831)  the demo of that release
    schema6  m006 (78bf039)  the demo, written plain with the migrations stopped after m006
    schema7  m007 (78bf039)  the demo, written plain (the last step before encryption shipped)
    schema8  m009 (i11-screens) the demo, written plain – made before m008 (branch i11-data): once both
             are in, m008's database is schema8 and this one is made again, with m008, as schema9
    schema10 m010 (i13-report) the demo, written plain by scripts/make_schema_fixture.py 10 – for the lead
             to make again after the merges
    schema12 m012 (unlock)   the demo, written plain by scripts/make_schema_fixture.py 12 (the overview's indexes)

Every stored file is a plain database, as every release before encryption wrote them: opening one
converts it to an encrypted database first (kitdesk.store.conversion), then upgrades it – the path
every installation takes once. A new schema step adds schemaN.sqlite3 made by the code of that step: the first test says so.
"""
import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database

from kitdesk.paths import DataFolder
from kitdesk.store import migrations
from kitdesk.store.db import IntegrityErrors, connect
from kitdesk.store.schema import STEPS
from tests.support import open_folder

DATA = Path(__file__).resolve().parent.parent / "data"
STORED = {step: DATA / f"schema{n}.sqlite3" for n, step in enumerate(STEPS, start=1)}


def applied_steps(path: Path, key: bytes | None = None) -> list[str]:
    conn = connect(path, key)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


@pytest.mark.parametrize("step", STEPS)
def test_every_schema_step_has_a_stored_database_written_by_that_step(step):
    stored = STORED[step]
    assert stored.exists(), (f"No stored database for {step}: run `kitdesk --home DIR demo` with the code of "
                             f"that step and save DIR/kitdesk.sqlite3 as tests/data/{stored.name}")
    assert applied_steps(stored) == list(STEPS[:STEPS.index(step) + 1])


class Upgraded:
    """The store of a stored database opened through the door (converted, then upgraded)."""

    def __init__(self, step: str, tmp_path: Path):
        folder = DataFolder(tmp_path).ensure()
        shutil.copy(STORED[step], folder.db_path)
        self.opening = open_folder(folder)
        assert self.opening.opened, self.opening.message
        assert not folder.db_path.read_bytes().startswith(b"SQLite format 3")  # encrypted now
        self.store, self.key = self.opening.store, self.opening.key

    def close(self) -> None:
        self.opening.close()


def open_upgraded(step: str, tmp_path: Path):
    upgraded = Upgraded(step, tmp_path)
    upgraded.store.upgraded = upgraded  # to close through the opening (its lock)
    return upgraded.store


@pytest.mark.parametrize("step", [s for s in STEPS if STORED[s].exists()])
def test_a_stored_database_upgrades_and_keeps_its_data(step, tmp_path):
    store = open_upgraded(step, tmp_path)
    try:
        assert migrations.pending(store.db) == []
        assert applied_steps(store.folder.db_path, store.key) == list(STEPS)
        rows = store.cases.rows()
        assert {r.child_name for r in rows} >= {"Freja Nørgaard", "Emil Bak", "Mathias Skov", "Alma Holm"}
        case = next(r for r in rows if r.child_name == "Freja Nørgaard")
        assert store.network.members(case.id) and store.consents.list(case.id)
        assert store.baton_log.entries(case.id)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        if STEPS.index(step) >= STEPS.index("m002_meetings"):
            meetings = [store.meetings.get(r.id) for r in store.meetings.rows()]
            assert meetings and any(m.invitees and m.agenda for m in meetings)
        # A copy of the file as it was, before any step ran (not for a database already current).
        copies = list(store.folder.backups.glob("before-migration-*.sqlite3"))
        assert len(copies) == (0 if step == STEPS[-1] else 1)
        if copies:  # encrypted with the same key, like every copy of the data
            assert applied_steps(copies[0], store.key) == applied_steps(STORED[step])
    finally:
        store.upgraded.close()


def test_minutes_typed_before_m004_are_in_the_plan_after_the_upgrade(tmp_path):
    """schema3.sqlite3: a meeting started and minutes typed with the m003 code, then m004 (plans) and
    m005 run over it: the words are still there and go into the plan's draft."""
    store = open_upgraded("m003_live_minutes", tmp_path)
    try:
        running = [r.id for r in store.meetings.rows() if r.state == "running"]
        assert len(running) == 1
        assert store.live.agreements(running[0])[0].what == "Skolen laver en rolig start"
        content = store.plans.draft_content(running[0])
        assert "Barnet vil gerne i skole – Æ ø å." in content.perspective
    finally:
        store.upgraded.close()


def test_schema_step_names_match_the_registered_migrations():
    """schema.STEPS (read at start-up without sqlite-utils) lists the registered steps in order."""
    assert migrations.pending(Database(memory=True)) == list(STEPS)


def test_a_meeting_signed_before_m005_stays_signed_after_the_upgrade(tmp_path):
    """schema4.sqlite3 was written by the release before m005, with Freja's meeting signed off."""
    store = open_upgraded("m004_plans", tmp_path)
    key = store.key
    store.upgraded.close()
    conn = connect(DataFolder(tmp_path).db_path, key)
    try:
        signed = [r[0] for r in conn.execute("SELECT id FROM meetings WHERE state = 'signed'")]
        assert signed
        with pytest.raises(IntegrityErrors, match="signed plan"):
            conn.execute("UPDATE meetings SET state = 'held' WHERE id = ?", [signed[0]])
    finally:
        conn.close()
