"""`kitdesk delete-case ID` and `kitdesk remove-demo`, run as a user runs them."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta

import pytest

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.model import Case
from kitdesk.paths import DataFolder
from kitdesk.store.backup import backup_name
from kitdesk.store.backup_expiry import gone_by
from tests.sqlcipher_pages import plaintext
from tests.support import demo_folder, key_of, kitdesk, open_store


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    return demo_folder(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def home(demo_home, tmp_path):
    copy = tmp_path / "home"
    shutil.copytree(demo_home, copy)
    return copy


def _cases(home) -> dict[str, int]:
    store = open_store(DataFolder(home))
    try:
        return {r.child_name: r.id for r in store.cases.rows()}
    finally:
        store.close()


def test_a_wrong_case_number_deletes_nothing(home):
    result = kitdesk(home, "delete-case", "1", stdin="2026-9999\n")
    assert result.returncode == 1
    assert "Sagsnummeret passer ikke. Intet er slettet." in result.stderr
    assert "Freja Nørgaard" in _cases(home)


def test_the_typed_case_number_deletes_and_says_when_the_backups_are_clean(home):
    folder = DataFolder(home)
    today = date.today()
    assert kitdesk(home, "backup").returncode == 0
    # A backup of yesterday, written after the case was made: it holds the case.
    shutil.copy(folder.backups / backup_name(today), folder.backups / backup_name(today - timedelta(days=1)))
    freja = _cases(home)["Freja Nørgaard"]
    case_no = next(line for line in kitdesk(home, "cases").stdout.splitlines() if "Freja" in line).split()[0]

    result = kitdesk(home, "delete-case", str(freja), stdin=f"{case_no}\n")

    assert result.returncode == 0, result.stderr
    assert f"Sag {case_no}: Freja Nørgaard" in result.stdout
    assert "1 godkendt plan" in result.stdout
    assert "ADVARSEL: Den godkendte plan" in result.stderr and "ikke markeret som journaliseret" in result.stderr
    assert f"Sagen {case_no} er slettet." in result.stdout
    expected = gone_by([today - timedelta(days=1), today], [today - timedelta(days=1)])
    assert (f"1 ældre sikkerhedskopi indeholder stadig sagen. Den slettes automatisk senest {fmt_date(expected)}"
            in result.stdout)
    assert "Freja Nørgaard" not in _cases(home)
    key = key_of(home)  # backups are encrypted: read them as KIT Desk does
    assert b"Freja" not in plaintext(folder.backups / backup_name(today), key)  # today's backup made again
    assert b"Freja" in plaintext(folder.backups / backup_name(today - timedelta(days=1)), key)  # not rewritten


def test_yes_needs_no_typing_and_an_unknown_case_is_named(home):
    emil = next(line for line in kitdesk(home, "cases").stdout.splitlines() if "Emil Bak" in line).split()[0]
    assert kitdesk(home, "delete-case", emil, "--yes").returncode == 0
    assert "Emil Bak" not in _cases(home)
    result = kitdesk(home, "delete-case", "4711", "--yes")
    assert result.returncode == 2 and "Der er ingen sag med nummer 4711" in result.stderr


def test_remove_demo_keeps_real_cases(home):
    store = open_store(DataFolder(home))
    try:
        store.cases.create(Case(child_name="Ida Lykke", origin="family_request", phase="referral"))
    finally:
        store.close()
    result = kitdesk(home, "remove-demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("4 eksempelsager og 16 eksempelpersoner er fjernet.")
    assert list(_cases(home)) == ["Ida Lykke"]


BIG = 150


@pytest.fixture(scope="module")
def big_demo(tmp_path_factory):
    # 150 cases: their erasure writes ~10 MiB of WAL, so every kill point below falls inside it.
    return demo_folder(tmp_path_factory.mktemp("big"), cases=BIG)


# make test kills once, mid-erasure; the kills early and late in it run in CI (.ci/run: pytest -m slow).
@pytest.mark.parametrize("written", [pytest.param(64 * 1024, marks=pytest.mark.slow), 1024 * 1024,
                                     pytest.param(2 * 1024 * 1024, marks=pytest.mark.slow)])
def test_a_kill_during_an_erasure_leaves_all_or_nothing(big_demo, tmp_path, written):
    """kill -9 while remove-demo erases 150 cases – once its WAL holds `written` bytes of the erasure:
    afterwards every demo case is there or none is, the signed-plan triggers stand, and `erasing` is
    empty."""
    import signal
    import time

    home = tmp_path / "home"
    shutil.copytree(big_demo, home)
    folder = DataFolder(home)
    wal = folder.db_path.with_name(folder.db_path.name + "-wal")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KITDESK_HOME", None)
    process = subprocess.Popen([sys.executable, "-m", "kitdesk", "--home", str(home), "remove-demo"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size >= written:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.002)
    assert process.wait() == -signal.SIGKILL, "the erasure ended before it could be interrupted"
    folder.lock_path.unlink(missing_ok=True)
    store = open_store(folder)
    try:
        demo = store.conn.execute("SELECT COUNT(*) FROM cases WHERE is_demo").fetchone()[0]
        assert demo in (0, BIG)
        assert store.conn.execute("SELECT COUNT(*) FROM erasing").fetchone()[0] == 0
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if demo:
            from kitdesk.store.db import DatabaseErrors

            with pytest.raises(DatabaseErrors, match="signed plan"):
                store.conn.execute("DELETE FROM plan_versions WHERE signed_at IS NOT NULL")
    finally:
        store.close()
