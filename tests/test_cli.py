"""The headless commands, run as a user would run them (tests.support.kitdesk: the sub-commands through
kitdesk.cli.main, the window and the process-level checks as `python -m kitdesk ...` in a subprocess)."""
import json
import os
import subprocess
import sys

import pytest

from kitdesk import __version__
from kitdesk.paths import DataFolder
from kitdesk.store.db import connect
from tests.support import demo_folder, key_of, kitdesk


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    return demo_folder(tmp_path_factory.mktemp("demo"), cases=12)


def test_version():
    result = subprocess.run([sys.executable, "-m", "kitdesk", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"KIT Desk {__version__}"


def test_demo_and_cases_json(demo_home):
    result = kitdesk(demo_home, "cases", "--json")
    assert result.returncode == 0, result.stderr
    cases = json.loads(result.stdout)
    assert len(cases) == 12
    freja = next(c for c in cases if c["child"] == "Freja Nørgaard")
    assert freja["phase"] == "assessment"
    assert freja["contact_persons"] == {"buc": "Mette Kjærgaard", "municipality": "Anders Vestergård"}
    assert set(freja) == {"id", "case_no", "child", "phase", "contact_persons"}


def test_check_says_ok(demo_home):
    result = kitdesk(demo_home, "check")
    assert (result.returncode, result.stdout.strip()) == (0, "ok")


def test_check_on_a_damaged_file_says_what_is_wrong(tmp_path, demo_home):
    import shutil

    home = tmp_path / "damaged"
    shutil.copytree(demo_home, home)
    db = DataFolder(home).db_path
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    result = kitdesk(home, "check")
    assert result.returncode != 0
    assert "beskadiget" in (result.stdout + result.stderr)
    assert db.stat().st_size == len(data) // 3  # nothing written


def test_backup_then_restore_round_trip(tmp_path):
    home = tmp_path / "home"
    assert kitdesk(home, "demo").returncode == 0
    result = kitdesk(home, "backup")
    assert result.returncode == 0, result.stderr
    backups = list((home / "backups").glob("kitdesk-*.sqlite3"))
    assert len(backups) == 1
    conn = connect(DataFolder(home).db_path, key_of(home))
    conn.execute("DELETE FROM log_entries")
    conn.execute("DELETE FROM members")
    conn.execute("DELETE FROM consents")
    conn.execute("DELETE FROM exchanges")
    conn.execute("DELETE FROM cases")
    conn.commit()
    conn.close()
    assert json.loads(kitdesk(home, "cases", "--json").stdout) == []
    result = kitdesk(home, "restore", str(backups[0]))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(kitdesk(home, "cases", "--json").stdout)) == 4
    assert list((home / "replaced").glob("*.sqlite3")), "the replaced database is kept"


def test_second_instance_is_refused_without_touching_data(tmp_path):
    from kitdesk.store.lock import InstanceLock

    folder = DataFolder(tmp_path / "home").ensure()
    lock = InstanceLock(folder.lock_path)
    assert lock.acquire()
    try:
        for args in (["--quit-when-ready"], ["demo"]):
            result = kitdesk(folder.root, *args)
            assert result.returncode == 3
            assert "kører allerede" in result.stderr
        assert not folder.db_path.exists()
    finally:
        lock.release()


def test_quit_when_ready_opens_the_window_and_exits(demo_home):
    result = kitdesk(demo_home, "--quit-when-ready")
    assert result.returncode == 0, result.stderr


def test_selftest_passes():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "kitdesk", "--selftest"], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "selftest ok" in result.stdout


def test_help_lists_the_meeting_commands():
    result = subprocess.run([sys.executable, "-m", "kitdesk", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("deadline", "meetings", "invite"):
        assert command in result.stdout
