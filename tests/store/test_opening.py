"""The one door for opening a data folder: what it finds, for real faults, and carrying out a choice.

Faults are real: SQLite's max_page_count for a full disk, a second connection holding the database
for a lock, a second InstanceLock for a running KIT Desk, bytes cut off for damage. A read-only
folder, a real full disk (tmpfs) and kill -9 are tested through the commands (tests/test_cli_opening.py).
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kitdesk.domain.model import Case
from kitdesk.paths import DataFolder
from kitdesk.store import db
from kitdesk.store.backup import make_backup
from kitdesk.store.conversion import encrypt_copy
from kitdesk.store.db import connect
from kitdesk.store.identity import APPLICATION_ID, FOLDER_ID_KEY
from kitdesk.store.lock import InstanceLock
from kitdesk.store.opening import Found, open_data_folder, restore_and_open, restore_offered_backup
from kitdesk.store.store import Store
from tests.support import key_of, open_store, typed_key_source

SCHEMA1 = Path(__file__).resolve().parents[1] / "data" / "schema1.sqlite3"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
BACKUP_DAY = date(2026, 11, 22)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def door(folder: DataFolder, **kwargs):
    """The door as the window uses it, the test passphrase typed in."""
    return open_data_folder(folder, get_key=typed_key_source(folder), **kwargs)


@contextlib.contextmanager
def raw(path: Path):
    conn = connect(path, key_of(path.parent))
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture
def opened(folder):
    """A data folder with one case and a backup of it from 22.11.2026."""
    store = open_store(folder)
    store.cases.create(Case(child_name="Ida Toft"))
    store.close()
    make_backup(folder.db_path, folder.backups, BACKUP_DAY, key=key_of(folder))
    return folder


def cut_short(folder: DataFolder) -> bytes:
    data = folder.db_path.read_bytes()
    folder.db_path.write_bytes(data[: len(data) // 2 + 100])
    return folder.db_path.read_bytes()


# -- what it finds ---------------------------------------------------------------------------------
def test_a_new_folder_opens_with_our_mark_and_an_id(folder):
    opening = door(folder)
    try:
        assert opening.found is Found.OPENED and opening.message == "" and opening.exit_code == 0
        assert opening.store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert len(opening.store.settings.get(FOLDER_ID_KEY)) == 32
    finally:
        opening.close()


def test_an_older_database_of_ours_is_marked_on_its_first_open(folder):
    folder.db_path.write_bytes(SCHEMA1.read_bytes())  # plain, as before encryption: converted first
    conn = connect(folder.db_path, None)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    conn.close()
    opening = door(folder)
    opening.close()
    assert opening.opened
    with raw(folder.db_path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT value FROM settings WHERE key = ?", [FOLDER_ID_KEY]).fetchone()


def test_damaged_offers_the_newest_good_backup_and_writes_nothing(opened):
    damaged = cut_short(opened)
    opening = door(opened)
    try:
        assert opening.found is Found.DAMAGED and opening.exit_code == 2
        assert opening.backup is not None and opening.backup.day == BACKUP_DAY
        assert any("kortere" in p for p in opening.problems)
        assert "22.11.2026" in opening.message and "kitdesk restore" in opening.message
        assert opening.lock is not None and opening.lock.held  # kept, to carry out the choice
    finally:
        opening.close()
    assert opened.db_path.read_bytes() == damaged
    assert names_beside(opened.db_path) == ["kitdesk.sqlite3"]


def test_restoring_the_offered_backup_sets_the_damaged_file_aside_byte_identical(opened):
    damaged = cut_short(opened)
    result = restore_offered_backup(door(opened))
    try:
        assert result.opened and result.restored
        assert result.damaged_file.parent == opened.damaged and result.damaged_file.read_bytes() == damaged
        assert [r.child_name for r in result.store.cases.rows()] == ["Ida Toft"]
        assert result.lock is not None and result.lock.held  # the lock passed on
    finally:
        result.close()


def test_a_restore_that_fails_puts_the_damaged_file_back(opened):
    damaged = cut_short(opened)
    opening = door(opened)
    (backup,) = opened.backups.glob("kitdesk-*.sqlite3")
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2 + 100])  # the backup itself goes bad meanwhile
    result = restore_offered_backup(opening)
    result.close()
    assert not result.opened and not result.restored and "beskadiget" in result.notice
    assert opened.db_path.read_bytes() == damaged
    assert not list(opened.damaged.glob("*.sqlite3"))


def test_a_full_disk_is_not_damage(opened, monkeypatch):
    """A real SQLITE_FULL: max_page_count on the connection that writes, while the open brings an
    older database up to date."""
    encrypt_copy(SCHEMA1, opened.db_path, key_of(opened))  # an encrypted database of the first schema
    original_connect = db.connect

    def full(*args, **kwargs):  # every connection the store opens to work in (after its key)
        conn = original_connect(*args, **kwargs)
        conn.execute(f"PRAGMA max_page_count = {max(conn.execute('PRAGMA page_count').fetchone()[0], 1)}")
        return conn

    monkeypatch.setattr(db, "connect", full)
    opening = door(opened)
    opening.close()
    assert opening.found is Found.DISK_FULL and opening.backup is None and opening.problems == ()
    assert opening.message.startswith("Disken er fuld – frigør plads")
    assert not opened.damaged.exists() or not any(opened.damaged.iterdir())  # nothing set aside


def test_locked_by_another_program(opened):
    with raw(opened.db_path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # a rollback journal, as after a restore
    before = digest(opened.db_path)
    holder = connect(opened.db_path, key_of(opened), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        opening = door(opened, busy_timeout_s=0.2)
        opening.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert opening.found is Found.LOCKED and "låst af et andet program" in opening.message
    assert "sikkerhedskopi" not in opening.message.lower()
    assert digest(opened.db_path) == before


def test_a_write_lock_held_elsewhere_is_said_at_start(opened):
    """WAL mode: readers pass a writer, so the door asks for a write lock itself."""
    holder = connect(opened.db_path, key_of(opened), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        opening = door(opened, busy_timeout_s=0.2)
        opening.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert opening.found is Found.LOCKED


def test_already_running(opened):
    other = InstanceLock(opened.lock_path)
    assert other.acquire()
    try:
        opening = door(opened)
    finally:
        other.release()
    assert opening.found is Found.ALREADY_RUNNING and opening.exit_code == 3
    assert "kører allerede" in opening.message


def test_a_database_of_a_newer_version_is_refused_without_writing_a_byte(opened):
    with raw(opened.db_path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('kitdesk', 'm999_from_the_future', '2030-01-01')")
        conn.commit()
    before, files = digest(opened.db_path), names_beside(opened.db_path)
    opening = door(opened)
    opening.close()
    assert opening.found is Found.NEWER_VERSION
    assert "nyere udgave af KIT Desk" in opening.message and "Opdatér KIT Desk" in opening.message
    assert digest(opened.db_path) == before and names_beside(opened.db_path) == files


def test_a_database_of_another_program_is_refused_without_writing_a_byte(folder):
    with raw(folder.db_path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.commit()
    before = digest(folder.db_path)
    opening = door(folder)
    opening.close()
    assert opening.found is Found.NOT_KITDESK and "ikke en KIT Desk-database" in opening.message
    assert digest(folder.db_path) == before


def test_an_io_error_is_its_own_answer():
    """A real EIO from the kernel (reading unmapped memory through /proc/self/mem)."""
    if not Path("/proc/self/mem").exists():
        pytest.skip("needs Linux /proc to produce a real I/O error")
    with open("/proc/self/mem", "rb") as mem, pytest.raises(OSError) as raised:
        mem.read(16)
    assert raised.value.errno == errno.EIO
    from kitdesk.store.opening import answer_for_error

    answer = answer_for_error(DataFolder(Path("/tmp")), raised.value)
    assert answer.found is Found.IO_ERROR and "I/O-fejl" in answer.message
    assert db.classify(raised.value) == db.IO_ERROR


@pytest.mark.parametrize("code, kind", [
    (errno.ENOSPC, db.DISK_FULL), (errno.EACCES, db.NO_PERMISSION), (errno.EROFS, db.NO_PERMISSION),
    (errno.EIO, db.IO_ERROR)])
def test_operating_system_errors_are_sorted_by_their_number(code, kind):
    assert db.classify(OSError(code, os.strerror(code))) == kind


# -- the menu's restore ----------------------------------------------------------------------------
def test_restore_and_open_puts_the_backup_in_place_and_opens_it(opened):
    opening = door(opened)
    opening.store.cases.create(Case(child_name="Efter Kopien"))
    (backup,) = opened.backups.glob("kitdesk-*.sqlite3")
    result = restore_and_open(opening, backup)
    try:
        assert result.opened and result.restored and "22.11.2026" in result.notice
        assert [r.child_name for r in result.store.cases.rows()] == ["Ida Toft"]
    finally:
        result.close()


def test_a_backup_encrypted_with_another_folders_key_is_refused(opened, tmp_path):
    elsewhere = DataFolder(tmp_path / "elsewhere").ensure()
    store = open_store(elsewhere)
    store.cases.create(Case(child_name="Anden Mappe"))
    store.close()
    foreign = make_backup(elsewhere.db_path, tmp_path, BACKUP_DAY, key=key_of(elsewhere))
    result = restore_and_open(door(opened), foreign)
    try:
        assert result.opened and not result.restored and "anden datamappes nøgle" in result.notice
        assert [r.child_name for r in result.store.cases.rows()] == ["Ida Toft"]  # still the own data
    finally:
        result.close()


def test_restore_and_open_of_a_foreign_backup_needs_the_yes(opened, tmp_path):
    """A copy of this data folder (same key) that became a folder of its own: its backups are
    another folder's, and restoring one asks first."""
    import shutil

    copy = DataFolder(tmp_path / "copy")
    shutil.copytree(opened.root, copy.root)
    with raw(copy.db_path) as conn:
        conn.execute("UPDATE settings SET value = 'en-anden-mappe' WHERE key = ?", [FOLDER_ID_KEY])
        conn.commit()
    store = Store.open(copy, key=key_of(opened))
    store.cases.create(Case(child_name="Anden Mappe"))
    store.close()
    foreign = make_backup(copy.db_path, tmp_path, BACKUP_DAY, key=key_of(opened))
    result = restore_and_open(door(opened), foreign)
    try:
        assert result.opened and not result.restored and "anden KIT Desk-datamappe" in result.notice
        assert [r.child_name for r in result.store.cases.rows()] == ["Ida Toft"]  # still the own data
        result = restore_and_open(result, foreign, other_folder_ok=True)
        assert result.restored and sorted(r.child_name for r in result.store.cases.rows()) == ["Anden Mappe",
                                                                                               "Ida Toft"]
    finally:
        result.close()


# -- leftovers of a crash ----------------------------------------------------------------------------
def test_leftover_copies_go_at_the_next_open(opened):
    planted = [opened.backups / ".kitdesk-backup-abc123.tmp", opened.root / ".kitdesk-restore-def456.tmp",
               opened.root / ".kitdesk-restore-def456.tmp-journal"]
    for path in planted:
        path.write_bytes(opened.db_path.read_bytes())
    check_copy = opened.root / ".kitdesk-check-xyz"
    check_copy.mkdir()
    (check_copy / "check.sqlite3").write_bytes(opened.db_path.read_bytes())
    opening = door(opened)
    opening.close()
    assert opening.opened
    assert not any(p.exists() for p in planted) and not check_copy.exists()
    assert (opened.backups / "kitdesk-2026-11-22.sqlite3").exists()  # real backups stay


HOLDER = """
import sys
from pathlib import Path
from kitdesk.store.lock import marked_in_use
path = Path(sys.argv[1])
with marked_in_use(path):
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_a_copy_another_process_is_still_writing_is_left_alone(opened):
    busy = opened.backups / ".kitdesk-backup-busy.tmp"
    busy.write_bytes(b"being written")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(busy)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "holding"
        door(opened).close()
        assert busy.exists()
    finally:
        proc.communicate("\n", timeout=10)
    door(opened).close()  # the writer is gone (as after a kill -9): now it goes
    assert not busy.exists()
