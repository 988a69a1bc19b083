"""What the commands and the window say when the data folder cannot be used – for real faults: a
full disk (a small tmpfs), a read-only folder (run as the user nobody), a database from a newer
KIT Desk, a file that is no KIT Desk database, a backup from another data folder, kill -9 in the
middle of a backup or a restore – and that everything in the data folder is the user's alone."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kitdesk.paths import DataFolder
from kitdesk.store.db import connect
from tests.faults import fill, folder_for_everyone, run_as_nobody, small_disk
from tests.support import demo_folder, key_of
from tests.test_cli import kitdesk

DAMAGE_WORDS = ("beskadiget", "Gendan", "gendanne")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def said(result) -> str:
    return result.stdout + result.stderr


def assert_plain_danish(result, *, starts: str):
    assert result.returncode == 2, said(result)
    assert "Traceback" not in said(result) and "Error" not in said(result), said(result)
    assert result.stderr.startswith(starts), result.stderr


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    home = demo_folder(tmp_path_factory.mktemp("opening") / "home")
    result = kitdesk(home, "backup")
    assert result.returncode == 0, result.stderr
    return home


def copy_of(demo_home: Path, where: Path) -> Path:
    shutil.copytree(demo_home, where)
    return where


def meeting_id(home: Path, state: str) -> int:
    # immutable: reading must not leave a -wal or -shm behind (they would change what a test finds)
    conn = connect(f"file:{DataFolder(home).db_path}?mode=ro&immutable=1", key_of(home), uri=True)
    try:
        return conn.execute("SELECT id FROM meetings WHERE state = ? ORDER BY id", [state]).fetchone()[0]
    finally:
        conn.close()


# -- a full disk ---------------------------------------------------------------------------------------
def test_a_full_disk_is_never_called_damage_and_nothing_is_lost(tmp_path, demo_home):
    with small_disk(tmp_path / "disk") as disk:
        home = copy_of(demo_home, disk / "home")
        (backup,) = (home / "backups").glob("kitdesk-*.sqlite3")
        signed = meeting_id(home, "signed")
        filler = fill(disk)
        # check first: on a clean folder it used to pass its own check and then crash opening the file.
        commands = [["check"], ["cases"], ["demo"], ["backup"], ["restore", str(backup)],
                    ["export-plan", "--meeting", str(signed), "--out", str(tmp_path / "plan.pdf")],
                    ["--quit-when-ready"]]
        for args in commands:
            result = kitdesk(home, *args)
            message = {"check": "Databasen er i orden, men: Disken er fuld – frigør plads",
                       "restore": "Sikkerhedskopien kunne ikke lægges tilbage, fordi disken er fuld"
                       }.get(args[0], "Disken er fuld – frigør plads")
            assert_plain_danish(result, starts=message)
            assert not any(word in result.stderr for word in DAMAGE_WORDS), (args, result.stderr)
        assert not (home / "damaged").exists() and not (home / "replaced").exists()

        filler.unlink()
        (disk / "filler-2").unlink(missing_ok=True)
        assert kitdesk(home, "check").stdout.strip() == "ok"
        cases = kitdesk(home, "cases", "--json")
        assert cases.returncode == 0 and cases.stdout.count('"case_no"') == 4  # all still there

        # The disk fills while the database is open (its -shm in place): reading still works and
        # says the disk is full; writing says it too.
        window = connect(DataFolder(home).db_path, key_of(home))
        window.execute("SELECT COUNT(*) FROM cases").fetchone()
        try:
            fill(disk)
            cases = kitdesk(home, "cases")
            assert cases.returncode == 0 and "Freja Nørgaard" in cases.stdout
            assert cases.stderr.startswith(f"Disken med datamappen ({home}) er fuld. Du kan se dine data")
            result = kitdesk(home, "demo")
            assert_plain_danish(result, starts="Disken med datamappen")
            assert "Disken er fuld. Frigør plads, og prøv igen" in result.stderr
        finally:
            window.close()


# -- a damaged database ------------------------------------------------------------------------------
def test_a_damaged_database_is_said_with_the_backup_offered_and_nothing_written(tmp_path, demo_home):
    home = copy_of(demo_home, tmp_path / "home")
    db = DataFolder(home).db_path
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])
    (backup,) = (home / "backups").glob("kitdesk-*.sqlite3")
    day = ".".join(reversed(backup.stem.removeprefix("kitdesk-").split("-")))
    for args in (["check"], ["cases"], ["demo"], ["--quit-when-ready"]):  # the window, run without a user
        result = kitdesk(home, *args, timeout=60)  # it used to wait for an answer no one could give
        assert_plain_danish(result, starts="Databasen er beskadiget:\n- Databasefilen er beskadiget – den er kortere")
        assert f"sikkerhedskopi (fra {day})" in result.stderr
    assert db.read_bytes() == data[: len(data) // 2 + 100]
    assert not (home / "damaged").exists()


# -- a database from a newer KIT Desk, and files that are no KIT Desk database ---------------------------
def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path, demo_home):
    home = copy_of(demo_home, tmp_path / "home")
    db = DataFolder(home).db_path
    conn = connect(db, key_of(home))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('kitdesk', 'm099_from_a_newer_version', '2030-01-01')")
    conn.execute("ALTER TABLE cases RENAME COLUMN school TO institution")  # "no such column" in demo before
    conn.commit()
    conn.close()
    before = digest(db)
    for args in (["check"], ["demo"], ["cases"], ["backup"], ["--quit-when-ready"]):
        result = kitdesk(home, *args)
        assert_plain_danish(result, starts=f"Databasen i {home} er lavet af en nyere udgave af KIT Desk")
        assert "Opdatér KIT Desk" in result.stderr
    assert digest(db) == before
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()


def test_restore_accepts_only_a_kitdesk_database(tmp_path, demo_home):
    home = copy_of(demo_home, tmp_path / "home")
    other = tmp_path / "kitdesk-2026-01-01.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    before = digest(DataFolder(home).db_path)
    result = kitdesk(home, "restore", str(other))
    assert_plain_danish(result, starts="Filen kitdesk-2026-01-01.sqlite3 er ikke en sikkerhedskopi fra KIT Desk")
    assert digest(DataFolder(home).db_path) == before
    assert kitdesk(home, "cases", "--json").stdout.count('"case_no"') == 4


def test_restore_asks_before_a_backup_from_another_data_folder(tmp_path, demo_home):
    home = copy_of(demo_home, tmp_path / "home")
    # A copy of this data folder (the same key) that has lived on as a folder of its own.
    elsewhere = copy_of(demo_home, tmp_path / "elsewhere")
    shutil.rmtree(elsewhere / "backups")
    conn = connect(DataFolder(elsewhere).db_path, key_of(elsewhere))
    conn.execute("UPDATE settings SET value = 'en-anden-mappe' WHERE key = 'folder_id'")
    conn.commit()
    conn.close()
    assert kitdesk(elsewhere, "demo", "--cases", "6").returncode == 0  # its own cases, 4 + 6 of them
    assert kitdesk(elsewhere, "backup").returncode == 0
    (foreign,) = (elsewhere / "backups").glob("kitdesk-*.sqlite3")
    result = kitdesk(home, "restore", str(foreign))  # no terminal to answer on: counts as no
    assert result.returncode == 1, said(result)
    assert "anden KIT Desk-datamappe" in result.stderr and "--yes" in result.stderr
    assert kitdesk(home, "cases", "--json").stdout.count('"case_no"') == 4  # nothing restored
    result = kitdesk(home, "restore", "--yes", str(foreign))
    assert result.returncode == 0, said(result)
    assert kitdesk(home, "cases", "--json").stdout.count('"case_no"') == 10

    other = tmp_path / "other"  # a data folder of its own, with its own key: never restorable here
    assert kitdesk(demo_folder(other, own=True), "backup").returncode == 0
    (theirs,) = (other / "backups").glob("kitdesk-*.sqlite3")
    result = kitdesk(home, "restore", "--yes", str(theirs))
    assert_plain_danish(result, starts="Sikkerhedskopien kan ikke bruges")
    assert "anden datamappes nøgle" in result.stderr

    (own,) = (home / "backups").glob("kitdesk-*.sqlite3")
    result = kitdesk(home, "restore", str(own))  # the folder's own backup: no question
    assert result.returncode == 0, said(result)


# -- a read-only data folder -----------------------------------------------------------------------------
def test_a_read_only_data_folder_is_said_in_danish_by_every_command_and_the_window(demo_home):
    with folder_for_everyone() as shared:
        home = copy_of(demo_home, shared / "home")
        (backup,) = (home / "backups").glob("kitdesk-*.sqlite3")
        signed = meeting_id(home, "signed")
        for top, folders, files in os.walk(home):  # readable by everyone, writable by root alone
            for name in folders:
                os.chmod(Path(top, name), 0o755)
            for name in files:
                os.chmod(Path(top, name), 0o644)
        os.chmod(home, 0o755)
        before = digest(DataFolder(home).db_path)
        result = run_as_nobody(home, "check")
        assert result.returncode == 2, said(result)
        assert result.stderr.startswith("Databasen er i orden, men: KIT Desk har ikke lov til at skrive i datamappen")
        for args in (["demo"], ["cases"], ["backup"], ["restore", str(backup)],
                     ["export-plan", "--meeting", str(signed), "--out", str(shared / "plan.pdf")],
                     ["--quit-when-ready"]):
            result = run_as_nobody(home, *args)
            assert_plain_danish(result, starts=f"KIT Desk har ikke lov til at skrive i datamappen {home}")
            assert not any(word in result.stderr for word in DAMAGE_WORDS), (args, result.stderr)
        assert digest(DataFolder(home).db_path) == before


def test_a_folder_the_user_cannot_even_read(demo_home):
    with folder_for_everyone() as shared:
        home = copy_of(demo_home, shared / "home")
        os.chmod(home, 0o700)  # root's alone, as a data folder should be
        for args in (["check"], ["cases"]):
            result = run_as_nobody(home, *args)
            assert_plain_danish(result, starts=f"KIT Desk har ikke lov til at skrive i datamappen {home}")


# -- kill -9 in the middle of a backup or a restore ---------------------------------------------------------
def big_home(tmp_path: Path) -> Path:
    """A data folder whose database takes a while to copy (fictitious filler rows)."""
    home = demo_folder(tmp_path / "big")
    conn = connect(DataFolder(home).db_path, key_of(home))
    conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)")
    conn.executemany("INSERT INTO filler (data) VALUES (randomblob(65536))", [()] * 400)  # ~26 MB
    conn.commit()
    conn.close()
    return home


def kill_when_it_appears(args: list[str], where: Path, pattern: str) -> list[Path]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KITDESK_HOME", None)
    proc = subprocess.Popen([sys.executable, "-m", "kitdesk", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            found = [p for p in where.glob(pattern) if p.stat().st_size > 1024 * 1024]
            if found:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return found
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    pytest.fail(f"{args[-1]} finished before it could be killed mid-copy")


def test_kill_9_during_backup_and_restore_leaves_nothing_after_the_next_start(tmp_path):
    home = big_home(tmp_path)
    left = kill_when_it_appears(["--home", str(home), "backup"], home / "backups", ".kitdesk-backup-*.tmp")
    assert all(p.exists() for p in left)
    assert kitdesk(home, "cases").returncode == 0
    assert not any(p.exists() for p in left)

    assert kitdesk(home, "backup").returncode == 0
    (backup,) = (home / "backups").glob("kitdesk-*.sqlite3")
    left = kill_when_it_appears(["--home", str(home), "restore", str(backup)], home, ".kitdesk-restore-*.tmp")
    assert all(p.exists() for p in left)
    result = kitdesk(home, "--quit-when-ready")
    assert result.returncode == 0, said(result)
    assert not list(home.glob(".kitdesk-*")) and not list((home / "backups").glob(".kitdesk-*"))
    assert kitdesk(home, "cases", "--json").stdout.count('"case_no"') == 4  # the data as it was


# -- files for the user alone ------------------------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_everything_in_the_data_folder_is_the_users_alone_whatever_the_umask(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KITDESK_HOME", None)

    def run(*args):
        result = subprocess.run([sys.executable, "-m", "kitdesk", "--home", str(home), *args], capture_output=True,
                                text=True, timeout=120, env=env, preexec_fn=lambda: os.umask(0o022))
        assert result.returncode == 0, said(result)

    run("demo")
    run("backup")
    run("--quit-when-ready")
    run("export-plan", "--meeting", str(meeting_id(home, "signed")), "--out", str(home / "exports" / "plan.pdf"))
    # A folder made before this version: 0755 and 0644, as the issue found them.
    (home / "files" / "1").mkdir(mode=0o755)
    (home / "files" / "1" / "brev.pdf").write_bytes(b"%PDF-1.4 fictitious")
    os.chmod(home / "files" / "1" / "brev.pdf", 0o644)
    os.chmod(home, 0o755)
    run("cases")

    entries = [home, *home.rglob("*")]
    names = {p.relative_to(home).as_posix() for p in entries}
    assert {"kitdesk.sqlite3", "kitdesk.key", "kitdesk.lock", "exports/plan.pdf",
            "files/1/brev.pdf"} <= names
    assert any(n.startswith("backups/kitdesk-") for n in names)
    wrong = {p.relative_to(home).as_posix() or ".": oct(stat.S_IMODE(p.stat().st_mode)) for p in entries
             if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)}
    assert wrong == {}
