"""Backups: consistent copies, one per day, thinned out over time, restored without losing
the database they replace. Test data are fictitious."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from kitdesk.domain.dates import local_today
from kitdesk.paths import DataFolder
from kitdesk.store.backup import BackupError, BackupInfo, list_backups, make_backup, rotate_backups
from kitdesk.store.conversion import encrypt_copy
from kitdesk.store.db import connect
from kitdesk.store.identity import APPLICATION_ID
from kitdesk.store.integrity import ENCRYPTED_PAGE_SIZE, check_database_file
from kitdesk.store.restore import RestoreError, newest_good_backup, restore_backup, set_aside_damaged
from tests.store.test_integrity import ROWS, build_database, fingerprint, flip

# Backups are encrypted with the database's key: the tests' databases are encrypted like a user's.
KEY = bytes(range(32))


def rows(path: Path) -> list[tuple]:
    conn = connect(path, KEY)
    try:
        return conn.execute("SELECT * FROM child ORDER BY id").fetchall() + conn.execute(
            "SELECT * FROM meeting ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def damage(path: Path) -> None:
    ps = ENCRYPTED_PAGE_SIZE
    flip(path, path.stat().st_size // ps // 2 * ps, 8)


def mark_as_ours(path: Path) -> Path:
    """The test database carries KIT Desk's mark: only KIT Desk databases are restored."""
    conn = connect(path, KEY)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        conn.close()
    return path


def build_encrypted(path: Path, scratch: Path, rows: int = ROWS) -> Path:
    """build_database's tables in an encrypted, WAL-mode file of ours, as the app keeps its own."""
    encrypt_copy(build_database(scratch, rows), path, KEY)
    scratch.unlink()
    mark_as_ours(path)
    conn = connect(path, KEY)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return path


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    folder = DataFolder(tmp_path / "data").ensure()
    build_encrypted(folder.db_path, tmp_path / "plain.sqlite3")
    return folder


# --- making backups -----------------------------------------------------------------------


def test_backup_is_a_checked_self_contained_copy(folder: DataFolder) -> None:
    made = make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
    assert made == folder.backups / "kitdesk-2025-03-12.sqlite3"
    assert check_database_file(made, KEY) == []
    assert rows(made) == rows(folder.db_path)
    # A rollback journal, so the backup is one file that never needs a -wal beside it.
    conn = connect(made, KEY)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not made.read_bytes().startswith(b"SQLite format 3")  # encrypted like the database
    assert sorted(p.name for p in folder.backups.iterdir()) == ["kitdesk-2025-03-12.sqlite3"]


def test_backup_includes_data_still_in_the_wal(folder: DataFolder) -> None:
    writer = connect(folder.db_path, KEY)
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("INSERT INTO child (name) VALUES ('Kun i WAL')")
        writer.commit()
        made = make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
    finally:
        writer.close()
    assert len(rows(made)) == 2 * ROWS + 1


def test_second_backup_the_same_day_replaces_the_first(folder: DataFolder) -> None:
    day = date(2025, 3, 12)
    make_backup(folder.db_path, folder.backups, day, key=KEY)
    conn = connect(folder.db_path, KEY)
    conn.execute("INSERT INTO child (name) VALUES ('Senere samme dag')")
    conn.commit()
    conn.close()
    made = make_backup(folder.db_path, folder.backups, day, key=KEY)
    assert rows(made) == rows(folder.db_path)
    assert [info.path for info in list_backups(folder.backups)] == [made]


def test_backup_defaults_to_today_in_copenhagen(folder: DataFolder) -> None:
    # Copenhagen's day, as the rotation counts it: on a UTC machine after 23:00 they differ.
    made = make_backup(folder.db_path, folder.backups, key=KEY)
    assert made.name == f"kitdesk-{local_today().isoformat()}.sqlite3"


def test_damaged_database_never_replaces_a_good_backup(folder: DataFolder) -> None:
    day = date(2025, 3, 12)
    good = make_backup(folder.db_path, folder.backups, day, key=KEY)
    good_before = fingerprint(good)
    damage(folder.db_path)
    with pytest.raises(BackupError) as raised:
        make_backup(folder.db_path, folder.backups, day, key=KEY)
    assert "beskadiget" in str(raised.value)
    assert fingerprint(good) == good_before
    assert sorted(p.name for p in folder.backups.iterdir()) == [good.name]  # no temp left


def test_backup_of_a_missing_database_does_not_create_one(tmp_path: Path) -> None:
    db = tmp_path / "kitdesk.sqlite3"
    with pytest.raises(BackupError):
        make_backup(db, tmp_path / "backups", date(2025, 3, 12), key=KEY)
    assert not db.exists()


# --- listing ------------------------------------------------------------------------------


def touch_backup(backups: Path, day: date, content: bytes = b"x") -> Path:
    path = backups / f"kitdesk-{day.isoformat()}.sqlite3"
    path.write_bytes(content)
    return path


def test_list_backups_newest_first_and_only_ours(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    older = touch_backup(backups, date(2024, 12, 31), b"abc")
    newer = touch_backup(backups, date(2025, 1, 2))
    for foreign in [
        "kitdesk-2025-02-30.sqlite3",  # no such day
        "kitdesk-2025-01-03.sqlite3.tmp",
        "kitdesk-2025-1-3.sqlite3",
        "notes.txt",
        "kitdesk-before-restore-20250101-120000.sqlite3",
    ]:
        (backups / foreign).write_text("not ours")
    assert list_backups(backups) == [
        BackupInfo(newer, date(2025, 1, 2), 1),
        BackupInfo(older, date(2024, 12, 31), 3),
    ]
    assert list_backups(tmp_path / "nowhere") == []


def test_newest_good_backup_skips_damaged_ones(folder: DataFolder) -> None:
    good = make_backup(folder.db_path, folder.backups, date(2025, 3, 10), key=KEY)
    bad = make_backup(folder.db_path, folder.backups, date(2025, 3, 11), key=KEY)
    damage(bad)
    touch_backup(folder.backups, date(2025, 3, 12), b"not a database at all")
    found = newest_good_backup(folder.backups, KEY)
    assert found is not None and found.path == good
    assert newest_good_backup(folder.root / "nowhere", KEY) is None


# --- rotation -----------------------------------------------------------------------------


def expected_to_keep(days: set[date], today: date) -> set[date]:
    """The rule, computed the slow obvious way: walk back period by period."""
    keep = {max(days)}  # the newest backup always stays
    keep |= {d for d in days if d > today}
    for n in range(7):
        if today - timedelta(days=n) in days:
            keep.add(today - timedelta(days=n))
    monday = today - timedelta(days=today.weekday())
    for n in range(4):
        start = monday - timedelta(days=7 * n)
        in_week = [d for d in days if start <= d <= start + timedelta(days=6) and d <= today]
        if in_week:
            keep.add(max(in_week))
    year, month = today.year, today.month
    for _ in range(12):
        in_month = [d for d in days if (d.year, d.month) == (year, month) and d <= today]
        if in_month:
            keep.add(max(in_month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keep


def run_rotation(backups: Path, days: set[date], today: date) -> set[date]:
    backups.mkdir(exist_ok=True)
    for day in days:
        touch_backup(backups, day)
    deleted = rotate_backups(backups, today)
    left = {info.day for info in list_backups(backups)}
    assert {p.name for p in deleted} == {f"kitdesk-{d.isoformat()}.sqlite3" for d in days - left}
    return left


def test_rotation_of_400_daily_backups(tmp_path: Path) -> None:
    today = date(2025, 3, 12)  # a Wednesday
    days = {today - timedelta(days=n) for n in range(400)}
    left = run_rotation(tmp_path / "backups", days, today)
    assert left == expected_to_keep(days, today)
    # The same set by hand: 7 days, 2 more Sundays closing ISO weeks, 11 more month ends.
    by_hand = {date(2025, 3, d) for d in range(6, 13)}
    by_hand |= {date(2025, 3, 2), date(2025, 2, 23)}
    by_hand |= {date(2025, 2, 28), date(2025, 1, 31), date(2024, 12, 31), date(2024, 11, 30),
                date(2024, 10, 31), date(2024, 9, 30), date(2024, 8, 31), date(2024, 7, 31),
                date(2024, 6, 30), date(2024, 5, 31), date(2024, 4, 30)}
    assert left == by_hand
    assert len(left) == 20


@pytest.mark.parametrize("seed", range(8))
def test_rotation_with_gaps_matches_the_rule(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    today = date(2024, 1, 1) + timedelta(days=rng.randrange(800))
    days = {today - timedelta(days=n) for n in range(-3, 500) if rng.random() < 0.35}
    days.add(today - timedelta(days=rng.randrange(400, 900)))  # at least one old file
    left = run_rotation(tmp_path / "backups", days, today)
    assert left == expected_to_keep(days, today)


def test_rotation_is_stable_when_run_again(tmp_path: Path) -> None:
    today = date(2025, 3, 12)
    days = {today - timedelta(days=n) for n in range(400)}
    first = run_rotation(tmp_path / "backups", days, today)
    assert rotate_backups(tmp_path / "backups", today) == []
    assert {i.day for i in list_backups(tmp_path / "backups")} == first


def test_rotation_keeps_the_only_backup_after_a_long_pause(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    old = touch_backup(backups, date(2022, 5, 1))
    older = touch_backup(backups, date(2022, 4, 1))
    assert rotate_backups(backups, date(2025, 3, 12)) == [older]
    assert old.exists()


def test_rotation_never_touches_other_files(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    for n in range(60):
        touch_backup(backups, date(2020, 1, 1) + timedelta(days=n))
    others = ["kitdesk-2020-02-30.sqlite3", "kitdesk-2019-01-01.sqlite3.tmp", "readme.txt"]
    for name in others:
        (backups / name).write_text("keep me")
    rotate_backups(backups, date(2025, 3, 12))
    assert all((backups / name).read_text() == "keep me" for name in others)


# --- restore ------------------------------------------------------------------------------


def test_restore_round_trip_keeps_the_replaced_database(folder: DataFolder) -> None:
    made = make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
    in_backup = rows(made)
    conn = connect(folder.db_path, KEY)
    conn.execute("DELETE FROM meeting")
    conn.execute("INSERT INTO child (name) VALUES ('Efter sikkerhedskopien')")
    conn.commit()
    conn.close()
    current = rows(folder.db_path)

    replaced = restore_backup(made, folder, key=KEY)

    assert rows(folder.db_path) == in_backup
    assert check_database_file(folder.db_path, KEY) == []
    assert replaced is not None and replaced.parent == folder.root / "replaced"
    assert replaced.name.startswith("kitdesk-before-restore-")
    assert replaced.name.endswith(".sqlite3")
    assert rows(replaced) == current
    assert not list(folder.root.glob(".kitdesk-*"))  # no temp files left


def test_restore_moves_the_wal_along_and_leaves_none_behind(folder: DataFolder, tmp_path) -> None:
    made = make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
    # A crash image: committed rows only in the -wal, -shm beside it.
    writer = connect(folder.db_path, KEY)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO child (name) VALUES ('Kun i WAL')")
    writer.commit()
    image = {s: Path(f"{folder.db_path}{s}").read_bytes() for s in ("", "-wal", "-shm")}
    writer.close()
    for suffix, data in image.items():
        Path(f"{folder.db_path}{suffix}").write_bytes(data)

    replaced = restore_backup(made, folder, key=KEY)

    assert rows(folder.db_path) == rows(made)  # no stale WAL frames replayed onto the restore
    assert Path(f"{replaced}-wal").read_bytes() == image["-wal"]
    assert replaced.read_bytes() == image[""]
    assert len(rows(replaced)) == 2 * ROWS + 1  # the set-aside copy still has its WAL data


def test_restore_refuses_a_damaged_backup_and_changes_nothing(folder: DataFolder) -> None:
    made = make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
    damage(made)
    before = fingerprint(folder.db_path)
    names_before = sorted(p.name for p in folder.root.iterdir())
    with pytest.raises(RestoreError) as raised:
        restore_backup(made, folder, key=KEY)
    assert str(raised.value).startswith("Sikkerhedskopien kan ikke bruges")
    assert "integrity_check" in str(raised.value)  # SQLCipher's check of every page's HMAC
    assert fingerprint(folder.db_path) == before
    assert sorted(p.name for p in folder.root.iterdir()) == names_before
    assert not (folder.root / "replaced").exists()


def test_restore_refuses_a_file_that_is_no_database(folder: DataFolder) -> None:
    fake = touch_backup(folder.backups, date(2025, 3, 12), b"hej" * 2000)
    with pytest.raises(RestoreError):
        restore_backup(fake, folder, key=KEY)
    with pytest.raises(RestoreError):
        restore_backup(folder.backups / "kitdesk-2020-01-01.sqlite3", folder, key=KEY)


def test_restore_without_a_current_database(folder: DataFolder, tmp_path: Path) -> None:
    made = make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
    empty = DataFolder(tmp_path / "fresh")
    assert restore_backup(made, empty, key=KEY) is None
    assert rows(empty.db_path) == rows(made)


def test_two_restores_in_the_same_second_keep_both_replaced_files(folder: DataFolder) -> None:
    made = make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
    first = restore_backup(made, folder, key=KEY)
    second = restore_backup(made, folder, key=KEY)
    assert first != second and first.exists() and second.exists()


def test_restore_on_a_full_disk_leaves_the_database_and_says_so(tmp_path: Path) -> None:
    """A real full disk: the data folder on a small tmpfs, filled up before the restore."""
    from tests.faults import fill, small_disk

    with small_disk(tmp_path / "disk", size="6m") as disk:
        folder = DataFolder(disk / "data").ensure()
        build_encrypted(folder.db_path, tmp_path / "plain.sqlite3", rows=1500)
        made = make_backup(folder.db_path, tmp_path, date(2025, 3, 12), key=KEY)  # the backup lies elsewhere
        before = fingerprint(folder.db_path)
        fill(disk)
        with pytest.raises(RestoreError) as raised:
            restore_backup(made, folder, key=KEY)
        assert str(raised.value).startswith("Sikkerhedskopien kunne ikke lægges tilbage, fordi disken er fuld")
        assert fingerprint(folder.db_path) == before
        assert not list(folder.root.glob(".kitdesk-*"))


def test_backup_on_a_full_disk_keeps_the_previous_one_and_says_so(tmp_path: Path) -> None:
    from tests.faults import fill, small_disk

    with small_disk(tmp_path / "disk", size="6m") as disk:
        folder = DataFolder(disk / "data").ensure()
        build_encrypted(folder.db_path, tmp_path / "plain.sqlite3", rows=1500)
        earlier = make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
        kept = fingerprint(earlier)
        fill(disk)
        with pytest.raises(BackupError) as raised:
            make_backup(folder.db_path, folder.backups, date(2025, 3, 12), key=KEY)
        assert str(raised.value) == ("Sikkerhedskopien kunne ikke laves, fordi disken er fuld – frigør plads, "
                                     "og prøv igen. Den forrige sikkerhedskopi er bevaret.")
        assert fingerprint(earlier) == kept
        assert not list(folder.backups.glob(".kitdesk-*"))


# --- setting a damaged database aside -----------------------------------------------------


def test_set_aside_damaged_moves_everything_and_never_overwrites(folder: DataFolder) -> None:
    damage(folder.db_path)
    Path(f"{folder.db_path}-wal").write_bytes(b"wal bytes")
    Path(f"{folder.db_path}-shm").write_bytes(b"shm bytes")
    original = fingerprint(folder.db_path)[0]

    first = set_aside_damaged(folder)
    assert first.parent == folder.damaged
    assert fingerprint(first)[0] == original
    assert Path(f"{first}-wal").read_bytes() == b"wal bytes"
    assert Path(f"{first}-shm").read_bytes() == b"shm bytes"
    assert not folder.db_path.exists()
    assert not Path(f"{folder.db_path}-wal").exists()

    folder.db_path.write_bytes(b"second damaged file")
    second = set_aside_damaged(folder)
    assert second != first
    assert fingerprint(first)[0] == original
    assert second.read_bytes() == b"second damaged file"

    with pytest.raises(FileNotFoundError):
        set_aside_damaged(folder)
