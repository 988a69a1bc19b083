"""One running instance per data folder; a killed holder leaves no stale lock."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kitdesk.paths import DataFolder
from kitdesk.store.lock import (
    ALREADY_RUNNING_MESSAGE,
    AlreadyRunningError,
    InstanceLock,
    holder_pid,
)
from tests.store.test_integrity import build_database, fingerprint

PROJECT_ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from kitdesk.paths import DataFolder
    from kitdesk.store.lock import InstanceLock
    lock = InstanceLock(DataFolder(Path(sys.argv[1])))
    print("locked" if lock.acquire() else "refused", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


@pytest.fixture
def holder(folder: DataFolder):
    """Another process that takes the lock and holds it until killed."""
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder.root)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()


def test_acquire_and_release(folder: DataFolder) -> None:
    lock = InstanceLock(folder)
    assert lock.acquire()
    assert lock.held
    assert lock.acquire()  # asking again while holding it is fine
    assert holder_pid(folder) == os.getpid()
    lock.release()
    assert not lock.held
    lock.release()  # harmless twice
    assert lock.acquire()
    lock.release()


def test_second_lock_in_the_same_process_is_refused(folder: DataFolder) -> None:
    first = InstanceLock(folder)
    assert first.acquire()
    second = InstanceLock(folder)
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_another_process_holds_it_then_is_killed(folder: DataFolder, holder) -> None:
    lock = InstanceLock(folder)
    assert not lock.acquire()
    assert holder_pid(folder) == holder.pid  # the pid is for diagnostics only

    holder.kill()  # SIGKILL on POSIX: no cleanup code runs in the holder
    holder.wait(timeout=10)

    assert lock.acquire(), "a killed process left a stale lock"
    assert holder_pid(folder) == os.getpid()
    lock.release()


def test_context_manager_refuses_with_the_danish_message(folder: DataFolder, holder) -> None:
    with pytest.raises(AlreadyRunningError) as raised:
        with InstanceLock(folder):
            pytest.fail("entered while another process holds the lock")
    assert str(raised.value) == ALREADY_RUNNING_MESSAGE


def test_context_manager_releases_on_exit(folder: DataFolder) -> None:
    with InstanceLock(folder) as lock:
        assert lock.held
    assert not lock.held
    with InstanceLock(folder):
        pass


def test_a_pid_left_in_the_file_does_not_decide(folder: DataFolder) -> None:
    folder.root.mkdir(parents=True)
    folder.lock_path.write_text("1\n")  # pid 1 is always alive, but holds no lock
    lock = InstanceLock(folder)
    assert lock.acquire()
    lock.release()


def test_locking_never_touches_the_database(folder: DataFolder, holder) -> None:
    build_database(folder.db_path, rows=100)
    before = fingerprint(folder.db_path)
    names = sorted(p.name for p in folder.root.iterdir())

    assert not InstanceLock(folder).acquire()
    holder.kill()
    holder.wait(timeout=10)
    lock = InstanceLock(folder)
    assert lock.acquire()
    lock.release()

    assert fingerprint(folder.db_path) == before
    assert sorted(p.name for p in folder.root.iterdir()) == names

