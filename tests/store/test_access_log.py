"""The access log (schema step m007): codes only, append-only, one INSERT per access, and never in
the user's way – a locked database or a full disk keeps the row for later and says so in the log
without personal data."""
from __future__ import annotations

import logging
import time

import pytest

from kitdesk.domain.access import AccessEntryRefused
from kitdesk.domain.dates import from_utc_iso
from kitdesk.store.db import DatabaseErrors, IntegrityErrors, connect
from tests.support import key_of


def _freja(store) -> int:
    return next(r.id for r in store.cases.rows() if r.child_name == "Freja Nørgaard")


def test_a_row_says_who_when_and_what_in_codes(demo_store):
    case_id = _freja(demo_store)
    before = time.time()
    assert demo_store.access_log.record("case_opened", "cases", case_id, case_id) is True
    row = demo_store.access_log.rows(case_id=case_id)[-1]
    assert (row.user, row.action, row.entity, row.entity_id, row.case_id, row.detail) == \
        ("Test Bruger", "case_opened", "cases", case_id, case_id, "")
    at = from_utc_iso(row.at)
    assert row.at.endswith("+00:00") and before - 1 <= at.timestamp() <= time.time() + 1


def test_a_meeting_access_carries_its_case_and_the_details_in_order(demo_store):
    meeting = demo_store.meetings.rows(_freja(demo_store))[0]
    demo_store.access_log.record_meeting("plan_exported", meeting.id, "v2", "cpr", "", "summary", "cli", "cpr")
    row = demo_store.access_log.rows(entity="meetings", entity_id=meeting.id)[-1]
    assert row.case_id == meeting.case_id and row.detail == "v2,cpr,summary,cli"


@pytest.mark.parametrize("action, entity, details", [
    ("case_opened", "cases", ("Freja Nørgaard",)),  # a name as a detail
    ("case_opened", "cases", ("170413-1234",)),  # a CPR number
    ("case_opened", "cases", ("Indsigt_2026-0001.pdf",)),  # a file name
    ("Freja åbnet", "cases", ()),
    ("case_opened", "Freja", ()),
])
def test_nothing_but_the_codes_is_taken(demo_store, action, entity, details):
    case_id = _freja(demo_store)
    with pytest.raises(AccessEntryRefused):
        demo_store.access_log.record(action, entity, case_id, case_id, *details)
    assert demo_store.access_log.rows() == []


@pytest.mark.parametrize("column, value", [("action", "Freja Nørgaard"), ("entity", "sag 2026-0001"),
                                           ("detail", "170413-1234"), ("detail", "Freja")])
def test_the_database_itself_refuses_text_that_is_not_a_code(demo_store, column, value):
    values = {"at": "2026-12-04T10:00:00.000000+00:00", "user": "Test Bruger", "action": "case_opened",
              "entity": "cases", "entity_id": 1, "case_id": 1, "detail": "", column: value}
    with pytest.raises(IntegrityErrors, match="CHECK"):
        demo_store.conn.execute(f"INSERT INTO access_log ({', '.join(values)}) VALUES "
                                f"({', '.join('?' for _ in values)})", list(values.values()))


def test_rows_are_never_edited_but_a_deleted_case_takes_its_rows_along(demo_store):
    case_id = _freja(demo_store)
    other = next(r.id for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    demo_store.access_log.record("case_opened", "cases", case_id, case_id)
    demo_store.access_log.record("case_opened", "cases", other, other)
    with pytest.raises(DatabaseErrors, match="never edited"):
        demo_store.conn.execute("UPDATE access_log SET user = 'Nogen anden'")
    with pytest.raises(DatabaseErrors, match="never edited"):
        demo_store.conn.execute("UPDATE access_log SET action = 'case_opened' WHERE case_id = ?", [case_id])
    # Erasure (another part of issue 10) removes a deleted case's rows: DELETE is allowed.
    assert demo_store.access_log.delete_case_rows(case_id) == 1
    assert [r.case_id for r in demo_store.access_log.rows()] == [other]


def test_opening_costs_one_insert_and_no_transaction_of_its_own(demo_store):
    """One statement that writes, in the connection's own autocommit: no BEGIN/COMMIT pair, no
    second write, however the row is made."""
    case_id = _freja(demo_store)
    demo_store.access_log.record("case_opened", "cases", case_id, case_id)  # settings and modules loaded
    statements: list[str] = []
    demo_store.conn.set_trace_callback(statements.append)
    try:
        demo_store.access_log.record("case_opened", "cases", case_id, case_id)
    finally:
        demo_store.conn.set_trace_callback(None)
    writes = [s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT")]
    assert len(writes) == 1 and writes[0].startswith("INSERT INTO access_log")


def test_logging_an_opening_takes_a_few_milliseconds(demo_store):
    case_id = _freja(demo_store)
    demo_store.access_log.record("case_opened", "cases", case_id, case_id)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        demo_store.access_log.record("case_opened", "cases", case_id, case_id)
        times.append(time.perf_counter() - start)
    times.sort()
    assert times[len(times) // 2] < 0.02, times  # the median, on a shared test machine


def test_inside_a_transaction_the_row_waits_for_the_commit(demo_store):
    case_id = _freja(demo_store)
    with demo_store.transaction():
        demo_store.cases.update(case_id, {"school": "Bakkeskolen, 8.b"})
        assert demo_store.access_log.record("case_opened", "cases", case_id, case_id) is False
        assert demo_store.access_log.rows() == []
    assert [r.action for r in demo_store.access_log.rows()] == ["case_opened"]
    assert demo_store.access_log.waiting == 0


def _assert_no_personal_data(text: str) -> None:
    for word in ("Freja", "Nørgaard", "Test Bruger", "Bakkeskolen"):
        assert word not in text


def test_a_locked_database_does_not_hold_the_user_up_and_the_row_comes_later(demo_store, folder, caplog):
    case_id = _freja(demo_store)
    blocker = connect(folder.db_path, key_of(folder), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another program writing
    try:
        with caplog.at_level(logging.WARNING, logger="kitdesk.access"):
            start = time.perf_counter()
            assert demo_store.access_log.record("case_opened", "cases", case_id, case_id) is False
            assert time.perf_counter() - start < 1.5  # not the connection's 5 s wait
        assert demo_store.access_log.waiting == 1
        warning = "\n".join(r.getMessage() for r in caplog.records)
        assert "case_opened" in warning and "SQLITE_BUSY" in warning
        _assert_no_personal_data(warning)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert demo_store.access_log.record("plan_viewed", "meetings", 1, case_id) is True
    assert [r.action for r in demo_store.access_log.rows()] == ["case_opened", "plan_viewed"]
    assert demo_store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000  # put back


def test_a_full_disk_keeps_the_rows_in_memory_and_the_store_working(demo_store, caplog):
    """A real full disk for the store's own connection (PRAGMA max_page_count): the file may not grow
    by a page. Cases are opened until the log's last page is full; no exception reaches the user,
    and once there is room again every row is written."""
    case_id = _freja(demo_store)
    conn = demo_store.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    attempts = 0
    try:
        with caplog.at_level(logging.WARNING, logger="kitdesk.access"):
            while demo_store.access_log.record("case_opened", "cases", case_id, case_id):
                attempts += 1
                assert attempts < 2000, "the disk never filled"
            attempts += 1
            assert demo_store.access_log.record("plan_viewed", "meetings", 1, case_id) is False
            attempts += 1
        assert demo_store.access_log.waiting == 2 and "SQLITE_FULL" in caplog.text
        _assert_no_personal_data(caplog.text)
        assert demo_store.cases.get(case_id).child_name == "Freja Nørgaard"  # reading goes on
    finally:
        conn.execute("PRAGMA max_page_count = 1073741823")
    assert demo_store.access_log.flush() is True and demo_store.access_log.waiting == 0
    rows = demo_store.access_log.rows()
    assert len(rows) == attempts and rows[-1].action == "plan_viewed"


def test_the_log_knows_when_it_was_started(store):
    started = store.access_log.started_at()
    assert started and from_utc_iso(started).year >= 2024
