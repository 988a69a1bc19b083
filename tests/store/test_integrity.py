"""The integrity check finds damage without writing a byte to the file it checks.

Test databases are fictitious: numbered names and filler text, no real people.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kitdesk.store import integrity
from kitdesk.store.integrity import check_database_file, is_missing, read_only_connection

ROWS = 3000


def build_database(path: Path, rows: int = ROWS) -> Path:
    """A WAL-mode database of several hundred pages: two tables, an index, a foreign key."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT)")
        conn.execute("CREATE INDEX child_name ON child(name)")
        conn.execute(
            "CREATE TABLE meeting (id INTEGER PRIMARY KEY,"
            " child_id INTEGER REFERENCES child(id), day TEXT)"
        )
        conn.executemany(
            "INSERT INTO child (name, note) VALUES (?, ?)",
            [(f"Barn {i:05d}", f"Notat {i} " + "x" * 80) for i in range(rows)],
        )
        conn.executemany(
            "INSERT INTO meeting (child_id, day) VALUES (?, ?)",
            [(i % rows + 1, f"2025-01-{i % 28 + 1:02d}") for i in range(rows)],
        )
        conn.commit()
    finally:
        conn.close()
    return path


def fingerprint(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns


def page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def flip(path: Path, offset: int, count: int = 1) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = build_database(tmp_path / "kitdesk.sqlite3")
    assert siblings(path) == ["kitdesk.sqlite3"]  # a clean close leaves no -wal/-shm
    assert path.stat().st_size // page_size(path) > 100
    return path


# --- healthy files ------------------------------------------------------------------------


def test_healthy_database_is_ok_and_nothing_is_created_next_to_it(db: Path) -> None:
    before = fingerprint(db)
    assert check_database_file(db, None) == []
    assert fingerprint(db) == before
    assert siblings(db) == ["kitdesk.sqlite3"]  # plain mode=ro would leave -wal/-shm behind


def test_missing_file_is_not_damage(tmp_path: Path) -> None:
    path = tmp_path / "kitdesk.sqlite3"
    assert is_missing(path)
    assert check_database_file(path, None) == []
    assert not path.exists()  # the check did not create it
    assert os.listdir(tmp_path) == []


def test_database_open_in_another_connection_with_data_only_in_the_wal(db: Path) -> None:
    writer = sqlite3.connect(db)
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("INSERT INTO child (name) VALUES ('Kun i WAL')")
        writer.commit()
        assert Path(f"{db}-wal").stat().st_size > 0
        main_before = fingerprint(db)

        assert check_database_file(db, None) == []
        with read_only_connection(db, None) as conn:
            assert conn.execute("SELECT count(*) FROM child").fetchone()[0] == ROWS + 1
        assert fingerprint(db) == main_before
    finally:
        writer.close()


def crash_image(db: Path, target: Path, *, with_shm: bool) -> Path:
    """The files a crash leaves behind: main file plus -wal (and -shm) holding committed data."""
    writer = sqlite3.connect(db)
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("INSERT INTO child (name) VALUES ('Efter nedbrud')")
        writer.commit()
        target.mkdir()
        copy = target / db.name
        for suffix in ("", "-wal") + (("-shm",) if with_shm else ()):
            shutil.copyfile(f"{db}{suffix}", f"{copy}{suffix}")
    finally:
        writer.close()
    return copy


@pytest.mark.parametrize("with_shm", [True, False], ids=["wal+shm", "wal-only"])
def test_crash_image_is_ok_and_the_wal_data_is_seen(db: Path, tmp_path: Path, with_shm) -> None:
    copy = crash_image(db, tmp_path / "crash", with_shm=with_shm)
    before = {name: fingerprint(copy.parent / name) for name in siblings(copy)}

    assert check_database_file(copy, None) == []
    with read_only_connection(copy, None) as conn:
        assert conn.execute("SELECT count(*) FROM child").fetchone()[0] == ROWS + 1

    assert fingerprint(copy) == before[copy.name]
    assert fingerprint(Path(f"{copy}-wal")) == before[copy.name + "-wal"]
    # Without an -shm, mode=ro would have created one; the copy route creates nothing here.
    assert set(siblings(copy)) == set(before)


def test_falls_back_to_a_copy_when_read_only_open_is_refused(
    db: Path, tmp_path: Path, monkeypatch
) -> None:
    """E.g. a folder the user may not write to: SQLite cannot use the -shm read-only."""
    copy = crash_image(db, tmp_path / "crash", with_shm=True)
    real_connect = integrity._connect

    def refusing_connect(uri: str, key):
        if "immutable" not in uri:
            exc = sqlite3.OperationalError("unable to open database file")
            exc.sqlite_errorname = "SQLITE_CANTOPEN"
            raise exc
        return real_connect(uri, key)

    monkeypatch.setattr(integrity, "_connect", refusing_connect)
    before = fingerprint(copy)
    assert check_database_file(copy, None) == []
    with read_only_connection(copy, None) as conn:
        assert conn.execute("SELECT count(*) FROM child").fetchone()[0] == ROWS + 1
    assert fingerprint(copy) == before
    assert not any(name.startswith(".kitdesk-check-") for name in siblings(copy))


def test_path_with_spaces_and_danish_letters(tmp_path: Path) -> None:
    folder = tmp_path / "Sagsbehandler æøå #1 ?"
    folder.mkdir()
    path = build_database(folder / "kitdesk.sqlite3", rows=50)
    assert check_database_file(path, None) == []


# --- damaged files ------------------------------------------------------------------------


def assert_damaged_and_untouched(path: Path) -> list[str]:
    before = fingerprint(path)
    names_before = siblings(path)
    problems = check_database_file(path, None)
    assert problems, "damage not detected"
    assert all(p.startswith("Databasefilen ") and p.endswith(").") for p in problems), problems
    assert fingerprint(path) == before, "the check changed the damaged file"
    assert siblings(path) == names_before
    return problems


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "kitdesk.sqlite3"
    path.write_bytes(b"")
    assert assert_damaged_and_untouched(path) == ["Databasefilen er tom (0 bytes)."]


@pytest.mark.parametrize("keep", ["50 bytes", "one page", "half", "half plus 17", "all but 1"])
def test_truncated_file(db: Path, keep: str) -> None:
    size, ps = db.stat().st_size, page_size(db)
    new_size = {
        "50 bytes": 50,
        "one page": ps,
        "half": size // ps // 2 * ps,
        "half plus 17": size // 2 + 17,
        "all but 1": size - 1,  # SQLite itself calls this one healthy
    }[keep]
    with open(db, "r+b") as f:
        f.truncate(new_size)
    problems = assert_damaged_and_untouched(db)
    assert "kortere, end den burde være" in problems[0]


@pytest.mark.parametrize("offset", [0, 5, 15, 16, 21], ids=lambda o: f"byte{o}")
def test_flipped_bytes_in_the_header(db: Path, offset: int) -> None:
    flip(db, offset)
    problems = assert_damaged_and_untouched(db)
    assert "beskadiget" in problems[0]


def test_flipped_page_count_in_the_header(db: Path) -> None:
    flip(db, 28, 4)
    assert_damaged_and_untouched(db)


@pytest.mark.parametrize("where", ["page header", "cell pointers"])
def test_flipped_bytes_inside_a_page_in_the_middle(db: Path, where: str) -> None:
    ps = page_size(db)
    middle = db.stat().st_size // ps // 2
    offset = middle * ps + (0 if where == "page header" else 8)
    flip(db, offset, 8)
    problems = assert_damaged_and_untouched(db)
    assert problems[0].startswith("Databasefilen er beskadiget (")


def test_page_damage_in_a_wal_mode_file_with_wal_present(db: Path, tmp_path: Path) -> None:
    copy = crash_image(db, tmp_path / "crash", with_shm=False)
    ps = page_size(copy)
    flip(copy, copy.stat().st_size // ps // 2 * ps, 8)
    wal_before = fingerprint(Path(f"{copy}-wal"))
    assert_damaged_and_untouched(copy)
    assert fingerprint(Path(f"{copy}-wal")) == wal_before


@pytest.mark.parametrize(
    "content",
    [
        b"Dette er et brev, ikke en database.\n" * 200,
        bytes(range(256)) * 64,
        b"PK\x03\x04" + b"\0" * 5000,
    ],
    ids=["text", "binary", "zip"],
)
def test_file_that_is_not_sqlite_at_all(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kitdesk.sqlite3"
    path.write_bytes(content)
    problems = assert_damaged_and_untouched(path)
    assert problems == [
        "Databasefilen er beskadiget eller er slet ikke en database (file is not a database)."
    ]


def test_a_folder_in_place_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kitdesk.sqlite3"
    path.mkdir()
    assert check_database_file(path, None)


def test_many_problems_are_capped(db: Path) -> None:
    ps = page_size(db)
    pages = db.stat().st_size // ps
    data = bytearray(db.read_bytes())
    for page in range(2, pages, 3):  # leave page 1 (schema) readable
        for i in range(8, 24):
            data[page * ps + i] ^= 0x5A
    db.write_bytes(bytes(data))
    problems = assert_damaged_and_untouched(db)
    assert len(problems) == integrity.MAX_REPORTED + 1
    assert problems[-1] == integrity.MSG_MORE
    assert all("\n" not in p and "***" not in p for p in problems)


def test_leftover_check_copies_are_removed(tmp_path: Path) -> None:
    leftover = tmp_path / ".kitdesk-check-abc123"
    leftover.mkdir()
    (leftover / "check.sqlite3").write_bytes(b"case data")
    keep = tmp_path / "kitdesk.sqlite3"
    keep.write_bytes(b"x")
    integrity.remove_scratch_leftovers(tmp_path)
    assert not leftover.exists() and keep.exists()


def test_a_check_copy_in_use_is_left_alone(tmp_path: Path) -> None:
    from kitdesk.store.lock import marked_in_use

    busy = tmp_path / ".kitdesk-check-busy"
    busy.mkdir()
    marker = busy / integrity.IN_USE_MARKER
    marker.touch()
    with marked_in_use(marker):
        integrity.remove_scratch_leftovers(tmp_path)
        assert busy.exists()
    integrity.remove_scratch_leftovers(tmp_path)
    assert not busy.exists()


# --- trouble that is not damage -------------------------------------------------------------


def test_a_full_disk_while_checking_is_raised_not_called_damage(db: Path, tmp_path: Path) -> None:
    """A crash image (data only in the -wal, no -shm) must be checked on a copy; on a full disk the
    copy cannot be made. That is a full disk, not a damaged file."""
    from kitdesk.store import db as store_db
    from tests.faults import fill, small_disk

    with small_disk(tmp_path / "disk", size="3m") as disk:
        copy = crash_image(build_database(tmp_path / "small.sqlite3", rows=300), disk / "crash", with_shm=False)
        fill(disk)
        with pytest.raises(OSError) as raised:
            check_database_file(copy, None)
        assert store_db.classify(raised.value, copy) == store_db.DISK_FULL
        assert not list(copy.parent.glob(".kitdesk-check-*"))


NOBODY_CHECKS = """
import sys
from kitdesk.store.integrity import check_database_file
try:
    print(check_database_file(sys.argv[1], None))
except OSError as exc:
    print(type(exc).__name__)
"""


def test_no_copy_of_the_data_outside_a_read_only_data_folder(db: Path) -> None:
    """A crash image needs a copy to be checked; where the data folder is read-only (for the user
    nobody), the check says so instead of copying the children's data into the system's temp folder."""
    from tests.faults import folder_for_everyone, run_python_as_nobody

    with folder_for_everyone() as shared:
        copy = crash_image(db, shared / "data", with_shm=False)
        os.chmod(copy.parent, 0o755)
        for path in copy.parent.iterdir():
            os.chmod(path, 0o644)
        temp = shared / "temp"
        temp.mkdir(mode=0o777)
        os.chmod(temp, 0o777)
        result = run_python_as_nobody(NOBODY_CHECKS, str(copy), env={"TMPDIR": str(temp)})
        assert result.stdout.strip() == "PermissionError", result.stdout + result.stderr
        assert list(temp.iterdir()) == []
