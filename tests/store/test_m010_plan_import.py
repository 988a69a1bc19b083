"""m010_plan_import builds agreements anew (meeting_id optional, plan_import_id added): every row, its
carried-from link, indexes and the signed plan's triggers come through."""
from __future__ import annotations

import shutil

import pytest

from kitdesk.paths import DataFolder
from kitdesk.store.db import IntegrityErrors, connect
from tests.store.test_migrations import STORED
from tests.support import open_folder


def test_agreements_come_through_the_rebuild_with_their_links_and_triggers(tmp_path):
    folder = DataFolder(tmp_path).ensure()
    shutil.copy(STORED["m009_screen_walk"], folder.db_path)
    conn = connect(folder.db_path, None)  # the stored fixture is a plain database, as releases wrote them
    source = conn.execute("SELECT a.id, a.meeting_id, a.case_id FROM agreements a JOIN meetings m ON m.id = a.meeting_id "
                          "WHERE m.state <> 'signed' ORDER BY a.id LIMIT 1").fetchone()
    conn.execute("INSERT INTO agreements (meeting_id, case_id, what, carried_from_id, created_at, updated_at) "
                 "VALUES (?, ?, 'Videreført aftale', ?, '2026-09-01T08:00:00Z', '2026-09-01T08:00:00Z')",
                 [source[1], source[2], source[0]])
    conn.commit()
    before = conn.execute("SELECT * FROM agreements ORDER BY id").fetchall()
    conn.close()

    opening = open_folder(folder)
    assert opening.opened, opening.message
    try:
        db = opening.store.conn
        columns = {r[1]: r for r in db.execute("PRAGMA table_info(agreements)")}
        assert columns["meeting_id"][3] == 0 and "plan_import_id" in columns  # notnull flag off
        after = db.execute(f"SELECT {', '.join(c for c in columns if c != 'plan_import_id')} FROM agreements "
                           "ORDER BY id").fetchall()
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        assert db.execute("SELECT carried_from_id FROM agreements WHERE what = 'Videreført aftale'").fetchone()[0] \
            == source[0]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'agreements'")}
        assert {"agreements_meeting", "agreements_case", "agreements_plan_import", "agreements_frozen_update",
                "agreements_frozen_insert", "agreements_frozen_delete"} <= names
        signed = db.execute("SELECT a.id FROM agreements a JOIN meetings m ON m.id = a.meeting_id "
                            "WHERE m.state = 'signed' LIMIT 1").fetchone()[0]
        with pytest.raises(IntegrityErrors, match="signed plan"):
            db.execute("UPDATE agreements SET what = 'x' WHERE id = ?", [signed])
        with pytest.raises(IntegrityErrors, match="CHECK"):  # neither a meeting nor a plan read in
            db.execute("INSERT INTO agreements (case_id, created_at, updated_at) VALUES (?, 'x', 'x')", [source[2]])
    finally:
        opening.close()
