"""The live-minutes save path: within a second of a keystroke, also while typing without pause,
never on the UI thread, and nothing reported saved is ever lost – not even to kill -9."""
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from kitdesk.store import minutes_saver
from kitdesk.store.db import connect
from kitdesk.store.minutes_saver import MinutesSaver
from tests.full_disk import SHORT_BUSY_TIMEOUT, FullDisk
from tests.store.minutes_typist import TEXT
from tests.support import key_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def meeting(demo_store):
    case_id = demo_store.cases.rows()[0].id
    return demo_store.meetings.create(case_id, "buc", date(2026, 11, 23))


def read(store, field="perspective", meeting_id=None):
    conn = connect(store.folder.db_path, store.key)
    try:
        row = conn.execute(f"SELECT {field} FROM minutes WHERE meeting_id = ?", [meeting_id]).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_a_change_is_on_disk_after_flush_with_a_short_audit_row(demo_store, meeting):
    saver = MinutesSaver(demo_store.folder.db_path, "Test Bruger", key=demo_store.key)
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
    saver = MinutesSaver(demo_store.folder.db_path, "", lambda r: reports.append((time.monotonic(), r.ticket)),
                         key=demo_store.key)
    puts = []
    try:
        end = time.monotonic() + 2.0  # two and a half MAX_DELAYs of typing without a pause
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
    assert len(reports) >= 2


def test_put_never_waits_for_the_disk(demo_store, meeting):
    saver = MinutesSaver(demo_store.folder.db_path, key=demo_store.key)
    blocker = connect(demo_store.folder.db_path, demo_store.key, isolation_level=None)
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


def test_a_busy_database_keeps_the_text_and_says_so(demo_store, meeting):
    reports = []
    saver = MinutesSaver(demo_store.folder.db_path, "", reports.append, busy_timeout_s=SHORT_BUSY_TIMEOUT, key=demo_store.key)
    blocker = connect(demo_store.folder.db_path, demo_store.key, isolation_level=None, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        saver.put("minutes", meeting, "resources", "Mor er god til at hjælpe")
        assert _wait_for(lambda: any(r.error for r in reports)), "the user is told that saving failed"
        assert "optaget" in saver.last_error and saver.unsaved
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert saver.flush(timeout=5)
    assert saver.close()
    assert read(demo_store, "resources", meeting) == "Mor er god til at hjælpe"
    assert reports[-1].error is None


def _wait_for(condition, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def _type(saver, meeting, text: str, start: int = 1, step: int = 40) -> None:
    """A typist: the field's whole text after every few characters, as the screen hands it over."""
    for n in range(start, len(text) + 1, step):
        saver.put("minutes", meeting, "perspective", text[:n])
        time.sleep(0.001)
    saver.put("minutes", meeting, "perspective", text)


def test_a_full_disk_keeps_every_character_and_saves_it_once_space_is_freed(demo_store, meeting):
    disk = FullDisk(demo_store.folder.db_path, demo_store.key, spare_pages=2)
    reports = []
    saver = MinutesSaver(demo_store.folder.db_path, "", reports.append, connect=disk.connect, key=demo_store.key)
    try:
        _type(saver, meeting, TEXT[:60])
        assert saver.flush()  # a few words fit
        _type(saver, meeting, TEXT[:20_000], start=61)  # more than two pages: the disk is full
        assert _wait_for(lambda: saver.last_error is not None)
        assert "Disken er fuld" in saver.last_error
        assert any(r.error and not r.refused for r in reports)
        _type(saver, meeting, TEXT[:30_000], start=20_001)  # typing goes on while saving fails
        assert not saver.flush(0.3) and saver.unsaved
        assert read(demo_store, meeting_id=meeting) == TEXT[:60]
        disk.free()
        assert saver.flush(5)
    finally:
        saver.close()
    assert read(demo_store, meeting_id=meeting) == TEXT[:30_000]
    assert reports[-1].error is None and saver.last_error is None
    assert disk.connections >= 2  # every failed attempt is followed by a fresh connection


def test_closing_while_saving_fails_drops_nothing_until_the_words_are_given_up(demo_store, meeting):
    disk = FullDisk(demo_store.folder.db_path, demo_store.key, spare_pages=1)
    saver = MinutesSaver(demo_store.folder.db_path, "", connect=disk.connect, key=demo_store.key)
    _type(saver, meeting, TEXT[:12_000])
    assert _wait_for(lambda: saver.last_error is not None)
    assert not saver.close(timeout=0.3)  # not saved: the saver stays, and keeps trying
    assert saver.running and saver.unsaved
    disk.free()
    assert saver.close(timeout=5)
    assert not saver.running
    assert read(demo_store, meeting_id=meeting) == TEXT[:12_000]


def test_abandon_stops_at_once_and_reports_no_more(demo_store, meeting, monkeypatch):
    monkeypatch.setattr(minutes_saver, "RETRY_AFTER", 0.2)  # a retry would come soon: none does
    disk = FullDisk(demo_store.folder.db_path, demo_store.key, spare_pages=1)
    reports = []
    saver = MinutesSaver(demo_store.folder.db_path, "", reports.append, connect=disk.connect, key=demo_store.key)
    _type(saver, meeting, TEXT[:12_000])
    assert _wait_for(lambda: saver.last_error is not None)
    assert saver.abandon() == 1
    assert not saver.running
    count = len(reports)
    disk.free()
    time.sleep(0.5)  # longer than two retries
    assert len(reports) == count
    assert read(demo_store, meeting_id=meeting) is None  # what the user gave up was not saved
    with pytest.raises(RuntimeError):
        saver.put("minutes", meeting, "perspective", "for sent")


def test_an_agenda_item_removed_meanwhile_does_not_hold_back_the_other_words(demo_store, meeting):
    item = demo_store.meetings.add_item(meeting, "Skolestart")
    saver = MinutesSaver(demo_store.folder.db_path, "", busy_timeout_s=SHORT_BUSY_TIMEOUT, key=demo_store.key)
    try:
        saver.put("item_notes", item, "discussion", "Skolen har en plan", meeting)
        assert saver.flush()
        # Removed in the meeting's preparation tab while the live tab still types into it.
        demo_store.meetings.remove_item(item)
        saver.put("item_notes", item, "used_seconds", 61, meeting)
        saver.put("minutes", meeting, "perspective", "Freja vil gerne i skole")
        assert saver.flush(3)
        assert saver.last_error is None
    finally:
        saver.close()
    assert read(demo_store, meeting_id=meeting) == "Freja vil gerne i skole"


def kill_the_typist(db_path: Path, meeting: int, times: int, seed: int) -> None:
    key = key_of(db_path.parent)
    """The typist is killed at random moments; each time the file is whole and holds at least
    everything the typist had been told was saved."""
    rnd = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for attempt in range(times):
        proc = subprocess.Popen([sys.executable, "-m", "tests.store.minutes_typist", str(db_path), str(meeting)],
                                stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        reported = [0]
        reader = threading.Thread(target=lambda proc=proc, reported=reported: [
            reported.append(int(line.split()[2])) for line in proc.stdout if line.startswith("saved ")])
        reader.start()
        time.sleep(rnd.uniform(0.4, 1.6))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join()
        conn = connect(db_path, key)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", attempt
            row = conn.execute("SELECT perspective FROM minutes WHERE meeting_id = ?", [meeting]).fetchone()
        finally:
            conn.close()
        on_disk = row[0] if row else ""
        assert len(on_disk) >= max(reported), (attempt, len(on_disk), max(reported))
        assert TEXT.startswith(on_disk), attempt


def test_kill_9_loses_nothing_that_was_reported_saved(demo_store, meeting):
    """A handful of kills in every `make test`; CI runs fifty (below)."""
    db_path = demo_store.folder.db_path
    demo_store.close()
    kill_the_typist(db_path, meeting, times=4, seed=20261204)


@pytest.mark.slow
def test_kill_9_fifty_times_loses_nothing_that_was_reported_saved(demo_store, meeting):
    """Fifty kills at random moments (about 50 s): `.ci/run` runs the slow tests after `make test`."""
    db_path = demo_store.folder.db_path
    demo_store.close()
    kill_the_typist(db_path, meeting, times=50, seed=20261123)
