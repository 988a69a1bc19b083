"""Every released schema upgrades cleanly: tests/data keeps a database of each."""
import shutil
from pathlib import Path

import pytest

from kitdesk.paths import DataFolder
from kitdesk.store import migrations
from kitdesk.store.db import IntegrityErrors, connect
from tests.support import open_folder

DATA = Path(__file__).resolve().parent.parent / "data"
RELEASED = sorted(DATA.glob("schema*.sqlite3"))


def test_there_is_a_stored_database_of_the_first_schema():
    assert (DATA / "schema1.sqlite3") in RELEASED


@pytest.mark.parametrize("stored", RELEASED, ids=lambda p: p.name)
def test_stored_database_upgrades_and_keeps_its_data(stored, tmp_path):
    folder = DataFolder(tmp_path).ensure()
    shutil.copy(stored, folder.db_path)
    opening = open_folder(folder)  # converted to an encrypted database, then upgraded
    assert opening.opened, opening.message
    store = opening.store
    assert not (folder.db_path.read_bytes().startswith(b"SQLite format 3"))
    try:
        assert migrations.pending(store.db) == []
        rows = store.cases.rows()
        assert {r.child_name for r in rows} >= {"Freja Nørgaard", "Emil Bak", "Mathias Skov", "Alma Holm"}
        case = next(r for r in rows if r.child_name == "Freja Nørgaard")
        assert store.network.members(case.id) and store.consents.list(case.id)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        opening.close()


def test_a_copy_is_made_before_pending_migrations(tmp_path, monkeypatch):
    folder = DataFolder(tmp_path).ensure()
    open_folder(folder).close()

    @migrations.migrations(name="m999_test_only")
    def _extra(db):
        db.execute("CREATE TABLE test_only (id INTEGER PRIMARY KEY)")

    from kitdesk.store import schema

    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, "m999_test_only"))

    try:
        opening = open_folder(folder)
        key = opening.key
        opening.close()
        copies = list(folder.backups.glob("before-migration-*.sqlite3"))
        assert len(copies) == 1
        assert not copies[0].read_bytes().startswith(b"SQLite format 3")  # encrypted like the database
        conn = connect(copies[0], key)
        assert "test_only" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        conn.close()
    finally:
        migrations.migrations._migrations.pop()


def test_schema_step_names_match_the_registered_migrations():
    from kitdesk.store.schema import STEPS

    assert tuple(m.name for m in migrations.migrations._migrations if m.name != "m999_test_only") == STEPS


def test_a_meeting_signed_before_m005_stays_signed_after_the_upgrade(tmp_path):
    """schema4.sqlite3 was written by the release before m005, with Freja's meeting signed off."""
    folder = DataFolder(tmp_path).ensure()
    shutil.copy(DATA / "schema4.sqlite3", folder.db_path)
    opening = open_folder(folder)
    key = opening.key
    opening.close()
    conn = connect(folder.db_path, key)
    try:
        signed = [r[0] for r in conn.execute("SELECT id FROM meetings WHERE state = 'signed'")]
        assert signed
        with pytest.raises(IntegrityErrors, match="signed plan"):
            conn.execute("UPDATE meetings SET state = 'held' WHERE id = ?", [signed[0]])
    finally:
        conn.close()
