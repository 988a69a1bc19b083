"""Erasing a case: every row of it in every table, its audit values, its files; nothing of another case;
and afterwards not a byte of the child's name, CPR number or minutes in the data folder's database files."""
from __future__ import annotations

import json

import pytest

from kitdesk.store.db import DatabaseErrors
from kitdesk.store.erasure import ErasureRefused, erase_case, lone_persons
from kitdesk.store.erasure_rows import Graph
from tests.sqlcipher_pages import plaintext
from tests.store.erasure_fixture import CHILD, CPR, PHRASE, full_case


def _case_of(conn, table: str) -> str:
    """SQL selecting the rows of `table` that belong to case ?, written here independently of the code
    under test. A new table linked to a case needs a line here – and a row in the fixture."""
    columns = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
    if table == "cases":
        return "SELECT COUNT(*) FROM cases WHERE id = ?"
    if "case_id" in columns:
        return f"SELECT COUNT(*) FROM [{table}] WHERE case_id = ?"
    if "meeting_id" in columns:
        return f"SELECT COUNT(*) FROM [{table}] WHERE meeting_id IN (SELECT id FROM meetings WHERE case_id = ?)"
    if "plan_version_id" in columns:
        return (f"SELECT COUNT(*) FROM [{table}] WHERE plan_version_id IN "
                "(SELECT id FROM plan_versions WHERE case_id = ?)")
    raise AssertionError(f"{table}: no known way from it to a case – extend _case_of and the fixture")


def _linked_tables(conn) -> set[str]:
    """Every table with a case_id or meeting_id column, or a foreign key path to cases."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found = {t for t in tables if {"case_id", "meeting_id"} & {r[1] for r in conn.execute(f"PRAGMA table_info([{t}])")}}
    return found | set(Graph(conn).reachable("cases"))


@pytest.fixture
def case(demo_store, tmp_path):
    return full_case(demo_store, tmp_path)


def _counts(store, case_id) -> dict[str, int]:
    conn = store.conn
    return {t: conn.execute(_case_of(conn, t), [case_id]).fetchone()[0] for t in sorted(_linked_tables(conn))}


# Tables that name a case without a foreign key, on purpose, and that the erasure clears by case_id:
# the access log (a foreign key would make an undoable delete of a case refuse because of it).
ERASED_BY_CASE_ID = {"access_log"}


def test_every_table_with_a_case_or_meeting_column_is_reached_through_foreign_keys(store):
    """The erasure finds a case's rows through the foreign keys: a case_id or meeting_id column
    without one would be missed – unless the erasure clears that table by case_id itself."""
    reachable = set(Graph(store.conn).reachable("cases"))
    for table in _linked_tables(store.conn) - ERASED_BY_CASE_ID:
        assert table in reachable, f"{table} has a case_id/meeting_id column but no foreign key to it"


def test_erasing_a_case_removes_its_rows_in_every_linked_table_and_nothing_of_another(demo_store, case):
    other = next(r.id for r in demo_store.cases.rows() if r.child_name == "Alma Holm")
    before, other_before = _counts(demo_store, case.case_id), _counts(demo_store, other)
    empty = [t for t, n in before.items() if n == 0]
    assert not empty, f"the fixture has no row of the case in {empty}: add one, so that the test covers it"

    erased = erase_case(demo_store, case.case_id)

    assert _counts(demo_store, case.case_id) == dict.fromkeys(before, 0)
    assert _counts(demo_store, other) == other_before
    assert erased.rows >= sum(before.values())
    assert demo_store.conn.execute("SELECT COUNT(*) FROM erasing").fetchone()[0] == 0
    assert demo_store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert [r.child_name for r in demo_store.cases.rows()].count(CHILD) == 0


def test_the_audit_keeps_only_that_a_case_was_erased_by_whom_and_when(demo_store, case):
    erase_case(demo_store, case.case_id)
    rows = demo_store.conn.execute("SELECT user, at, table_name, row_id, action, changes FROM audit").fetchall()
    text = json.dumps(rows, ensure_ascii=False)
    for secret in (CHILD, "Freja", CPR, PHRASE, case.case_no):
        assert secret not in text
    marks = [r for r in rows if r[2] == "cases" and r[3] == case.case_id]
    assert len(marks) == 1
    user, at, _table, _row, action, changes = marks[0]
    assert (user, action, json.loads(changes)) == ("Test Bruger", "delete", {"erased": "case"}) and at


def test_audit_rows_of_a_reused_row_id_stay_with_the_other_case(demo_store, case):
    """Undo deletes the newest row and the next insert takes its id again – here for another case.
    The audit of that id is cut at the insert: the other case keeps its history."""
    from datetime import date

    from kitdesk.domain.model import Consent

    consent = demo_store.consents.add(Consent(case_id=case.case_id, given_by="Mor", sectors=["buc"],
                                              given_on=date(2026, 11, 5), information=f"{PHRASE} igen"))
    demo_store.revert(demo_store.last_journal)
    emil = next(r.id for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    again = demo_store.consents.add(Consent(case_id=emil, given_by="Far", sectors=["buc"],
                                            given_on=date(2026, 11, 6), information="Emils samtykke"))
    assert again == consent  # the id is reused
    erase_case(demo_store, case.case_id)
    left = demo_store.audit.rows("consents", consent)
    assert [r["action"] for r in left] == ["insert"]
    assert left[0]["changes"]["case_id"] == [None, emil]


def test_no_trace_in_the_database_files_after_erasure(demo_store, case):
    folder = demo_store.folder
    secrets = [s.encode() for s in (CHILD, "Freja", CPR, CPR.replace("-", ""), PHRASE)]

    def database_bytes() -> bytes:
        """Every page of the database and its WAL decrypted with the key – freed pages included."""
        return plaintext(folder.db_path, demo_store.key)

    assert all(s in database_bytes() for s in secrets if s != CPR.replace("-", "").encode())  # it can fail
    erased = erase_case(demo_store, case.case_id)
    assert erased.wal_cleared
    assert folder.db_path.with_name(folder.db_path.name + "-wal").stat().st_size == 0
    data = database_bytes()
    assert [s for s in secrets if s in data] == []
    # Anywhere in the data folder but the backups (which rotate out, see test_backup_expiry).
    for path in folder.root.rglob("*"):
        if path.is_file() and folder.backups not in path.parents:
            content = path.read_bytes()
            assert [s for s in secrets if s in content] == [], path
    key = demo_store.key
    demo_store.close()
    assert [s for s in secrets if s in plaintext(folder.db_path, key)] == []


def test_the_case_files_go_and_other_files_stay(demo_store, case):
    folder = demo_store.folder
    emil = next(r for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    keep = folder.exports / emil.case_no / "brev.pdf"
    keep.parent.mkdir(parents=True)
    keep.write_bytes(b"Emil")
    assert case.attached.exists() and case.exported.exists()
    erased = erase_case(demo_store, case.case_id)
    assert not case.attached.exists() and not case.exported.exists()
    assert not (folder.files / str(case.case_id)).exists()
    assert not (folder.exports / case.case_no).exists()
    assert keep.read_bytes() == b"Emil" and folder.exports.is_dir() and folder.files.is_dir()
    assert erased.files_removed == 2 and erased.files_left == []


def test_persons_of_the_case_stay_unless_chosen(demo_store, case):
    lone = {name: pid for pid, name, _role, _sector in lone_persons(demo_store, case.case_id)}
    assert set(lone) == {"Camilla Nørgaard", "Hanne Lund Friis"}  # in Freja's network only
    erase_case(demo_store, case.case_id, also_persons=[lone["Camilla Nørgaard"]])
    names = {p.name for p in demo_store.persons.all()}
    assert "Camilla Nørgaard" not in names and "Hanne Lund Friis" in names
    assert demo_store.audit.rows("persons", lone["Camilla Nørgaard"])[-1]["changes"] == {"erased": "person"}


def test_an_erasure_that_fails_changes_nothing(demo_store, case):
    """A row of another case referring to this one: the deferred foreign-key check refuses the commit."""
    emil = next(r.id for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    agreement = demo_store.conn.execute("SELECT id FROM agreements WHERE case_id = ? LIMIT 1", [case.case_id]).fetchone()[0]
    emil_meeting = demo_store.meetings.create(emil, "buc")
    demo_store.conn.execute(
        "INSERT INTO agreements (meeting_id, case_id, what, carried_from_id, created_at, updated_at) "
        "VALUES (?, ?, 'Videreført', ?, 'x', 'x')", [emil_meeting, emil, agreement])
    before = _counts(demo_store, case.case_id)
    audit = demo_store.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    with pytest.raises(ErasureRefused, match="en anden sag henviser"):
        erase_case(demo_store, case.case_id)
    assert _counts(demo_store, case.case_id) == before
    assert demo_store.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit
    assert demo_store.conn.execute("SELECT COUNT(*) FROM erasing").fetchone()[0] == 0
    assert case.attached.exists() and case.exported.exists()


def test_the_signed_plan_triggers_still_refuse_everything_but_an_erasure(demo_store, case):
    conn = demo_store.conn
    version = conn.execute("SELECT id FROM plan_versions WHERE case_id = ? AND signed_at IS NOT NULL",
                           [case.case_id]).fetchone()[0]
    approval = conn.execute("SELECT id FROM approvals WHERE meeting_id = ? LIMIT 1", [case.meeting_id]).fetchone()[0]
    other = next(r.id for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    attempts = [
        ("DELETE FROM plan_versions WHERE id = ?", version),
        ("DELETE FROM approvals WHERE id = ?", approval),
        ("UPDATE approvals SET note = 'x' WHERE id = ?", approval),
        ("UPDATE approvals SET person_id = NULL WHERE id = ?", approval),
        ("DELETE FROM minutes WHERE meeting_id = ?", case.meeting_id),
        ("DELETE FROM item_notes WHERE meeting_id = ?", case.meeting_id),
        ("DELETE FROM agreements WHERE meeting_id = ?", case.meeting_id),
        ("DELETE FROM invitees WHERE meeting_id = ?", case.meeting_id),
        ("DELETE FROM agenda_items WHERE meeting_id = ?", case.meeting_id),
        ("UPDATE plan_versions SET reason = 'x' WHERE id = ?", version),
    ]
    for listed in ([], [("case", other)], [("person", 999)]):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO erasing (kind, id) VALUES (?, ?)", listed)
        for sql, row in attempts:
            with pytest.raises(DatabaseErrors, match="signed plan"):
                conn.execute(sql, [row])
        conn.execute("ROLLBACK")
    for table in ("log_entries", "audit", "plan_exports"):
        with pytest.raises(DatabaseErrors, match="never edited"):
            conn.execute(f"UPDATE [{table}] SET id = id")


def test_a_sent_folder_outside_exports_is_never_touched(demo_store, case, tmp_path):
    """The user may send a meeting's files to any folder: only exports/ and files/ are the app's."""
    outside = tmp_path / "Skrivebord"
    outside.mkdir()
    (outside / "indkaldelse.pdf").write_bytes(b"x")
    meetings = [r.id for r in demo_store.meetings.rows(case.case_id)]
    demo_store.conn.execute("UPDATE meetings SET sent_folder = ? WHERE id = ?", [str(outside), meetings[0]])
    demo_store.conn.execute("UPDATE meetings SET sent_folder = ? WHERE id = ?",
                            [str(demo_store.folder.root), meetings[1]])
    erase_case(demo_store, case.case_id)
    assert (outside / "indkaldelse.pdf").exists()
    assert demo_store.folder.db_path.exists() and demo_store.folder.backups.is_dir()


def test_files_an_interrupted_erasure_left_go_with_the_next(demo_store, case):
    """The files go after the commit: a crash in between leaves them in files/<id of no case>/. The next
    erasure takes them too; the files of a case that exists stay."""
    orphan = demo_store.folder.files / "4711" / "statusnotat.pdf"
    orphan.parent.mkdir()
    orphan.write_bytes(b"x")
    emil = next(r.id for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    kept = demo_store.folder.files / str(emil) / "henvisning.pdf"
    kept.parent.mkdir()
    kept.write_bytes(b"y")
    erase_case(demo_store, case.case_id)
    assert not orphan.parent.exists() and kept.exists()
