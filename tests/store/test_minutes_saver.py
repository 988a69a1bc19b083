"""The live-minutes save path: within a second of a keystroke, also while typing without pause,
never on the UI thread, and nothing reported saved is ever lost – not even to kill -9."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from kitdesk.store.minutes_saver import MAX_DELAY, MinutesSaver
from tests.store.minutes_typist import TEXT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def meeting(demo_store):
    case_id = demo_store.cases.rows()[0].id
    return demo_store.meetings.create(case_id, "buc", date(2026, 11, 23))


def read(store, field="perspective", meeting_id=None):
    conn = sqlite3.connect(store.folder.db_path)
    try:
        row = conn.execute(f"SELECT {field} FROM minutes WHERE meeting_id = ?", [meeting_id]).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_a_change_is_on_disk_after_flush_with_a_short_audit_row(demo_store, meeting):
    saver = MinutesSaver(demo_store.folder.db_path, "Test Bruger")
    try:
        saver.put("minutes", meeting, "perspective", "Freja vil gerne i skole. " * 10)
        assert saver.flush()
    finally:
        saver.close()
    assert read(demo_store, meeting_id=meeting) == "Freja vil gerne i skole. " * 10
    audit = demo_store.audit.rows("minutes", meeting)
    assert audit[-1]["changes"] == {"perspective": [None, "<250 tegn>"]}
    assert audit[-1]["user"] == "Test Bruger"


def test_continuous_typing_is_saved_at_least_every_second(demo_store, meeting):
    reports = []
    saver = MinutesSaver(demo_store.folder.db_path, "", lambda r: reports.append((time.monotonic(), r.ticket)))
    puts = []
    try:
        end = time.monotonic() + 3.0
        n = 0
        while time.monotonic() < end:  # no pause longer than 20 ms: a debounce alone would never fire
            n += 1
            puts.append((time.monotonic(), saver.put("minutes", meeting, "challenges", "x" * n)))
            time.sleep(0.02)
        saver.flush()
    finally:
        saver.close()
    for put_at, ticket in puts[:-5]:
        saved_at = next(at for at, saved in reports if saved >= ticket)
        assert saved_at - put_at <= 1.0 + 0.15, (ticket, saved_at - put_at)
    assert len(reports) >= 3
    assert MAX_DELAY <= 0.8


def test_put_never_waits_for_the_disk(demo_store, meeting):
    saver = MinutesSaver(demo_store.folder.db_path)
    blocker = sqlite3.connect(demo_store.folder.db_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # the disk is "busy" for the writer
    try:
        worst = 0.0
        for n in range(200):
            start = time.perf_counter()
            saver.put("minutes", meeting, "misc", "y" * n)
            worst = max(worst, time.perf_counter() - start)
        assert worst < 0.016
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        saver.close(timeout=15)
    assert read(demo_store, "misc", meeting) == "y" * 199


def test_a_failed_commit_keeps_the_text_and_says_so(demo_store, meeting):
    reports = []
    saver = MinutesSaver(demo_store.folder.db_path, "", reports.append)
    blocker = sqlite3.connect(demo_store.folder.db_path, isolation_level=None, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        saver.put("minutes", meeting, "resources", "Mor er god til at hjælpe")
        threading.Event().wait(6.5)  # longer than the writer's busy timeout (5 s)
        assert any(r.error for r in reports), "the user is told that saving failed"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert saver.flush(timeout=10)
    saver.close()
    assert read(demo_store, "resources", meeting) == "Mor er god til at hjælpe"


def test_kill_9_loses_nothing_that_was_reported_saved(demo_store, meeting):
    """The typist is killed at random moments 50 times; each time the file is whole and holds at
    least everything the typist had been told was saved."""
    db_path = demo_store.folder.db_path
    demo_store.close()
    rnd = random.Random(20261123)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for attempt in range(50):
        proc = subprocess.Popen([sys.executable, "-m", "tests.store.minutes_typist", str(db_path), str(meeting)],
                                stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        reported = [0]
        reader = threading.Thread(target=lambda: [reported.append(int(line.split()[2]))
                                                  for line in proc.stdout if line.startswith("saved ")])
        reader.start()
        time.sleep(rnd.uniform(0.4, 1.6))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join()
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", attempt
            row = conn.execute("SELECT perspective FROM minutes WHERE meeting_id = ?", [meeting]).fetchone()
        finally:
            conn.close()
        on_disk = row[0] if row else ""
        assert len(on_disk) >= max(reported), (attempt, len(on_disk), max(reported))
        assert TEXT.startswith(on_disk), attempt
