"""Encrypted at rest, for real, through the commands: no name or CPR number readable in any file of
the data folder; a plain database converted with kill -9 in the middle loses nothing and leaves
nothing readable; a wrong passphrase is never called damage; KITDESK_PASSPHRASE for scripts."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from kitdesk.paths import DataFolder
from kitdesk.store import throttle
from kitdesk.store.db import connect
from tests.support import demo_folder
from tests.test_cli import kitdesk

ROOT = Path(__file__).resolve().parents[1]
SCHEMA7 = ROOT / "tests" / "data" / "schema7.sqlite3"
# What must never be readable in a file of the data folder (the demo's fictitious children).
SECRETS = [b"Freja", b"N\xc3\xb8rgaard", b"Alma Holm", b"Emil Bak", b"Mathias Skov", b"Camilla"]


def readable(home: Path) -> dict[str, list[bytes]]:
    found = {}
    for path in Path(home).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits = [s for s in SECRETS if s in data]
            if hits:
                found[str(path.relative_to(home))] = hits
    return found


CPR = "170413-4118"  # fictitious


def give_freja_a_cpr_number(home: Path) -> None:
    from tests.support import open_store

    store = open_store(DataFolder(home))
    try:
        freja = next(r.id for r in store.cases.rows() if r.child_name == "Freja Nørgaard")
        store.cases.update(freja, {"cpr": CPR})
    finally:
        store.close()


def test_no_name_or_cpr_is_readable_anywhere_in_the_data_folder(tmp_path):
    home = tmp_path / "home"
    assert kitdesk(home, "demo").returncode == 0
    give_freja_a_cpr_number(home)
    assert kitdesk(home, "--quit-when-ready").returncode == 0  # the window ran: logs, -wal, -shm
    assert kitdesk(home, "backup").returncode == 0
    exports = DataFolder(home).exports
    meetings = kitdesk(home, "meetings", "--json").stdout
    signed = __import__("json").loads(meetings)
    signed = next(m["id"] for m in signed if m["state"] == "signed")
    assert kitdesk(home, "export-plan", "--meeting", str(signed), "--out", str(exports / "plan.pdf"),
                   "--cpr").returncode == 0
    assert kitdesk(home, "access-log", "--case", "1", "--out", str(exports / "Indsigt.csv")).returncode == 0
    # The exports are readable on purpose (they are sent on): after the set days they are gone.
    assert (exports / "plan.pdf").is_file() and (exports / "Indsigt.csv").is_file()
    old = time.time() - 31 * 24 * 3600
    for path in exports.rglob("*"):
        os.utime(path, (old, old))
    told = kitdesk(home, "cases")
    assert "ældre end 30 dage er slettet fra eksportmappen" in told.stderr
    assert not any(p.is_file() for p in exports.rglob("*"))

    assert readable(home) == {}
    everything = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert CPR.encode() not in everything and CPR.replace("-", "").encode() not in everything


def plain_home(tmp_path: Path, rows: int) -> Path:
    """A data folder as every installation has it before the update: a plain database, plain backups."""
    home = tmp_path / "plain"
    folder = DataFolder(home).ensure()
    shutil.copy(SCHEMA7, folder.db_path)
    conn = connect(folder.db_path, None)
    conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")  # a conversion that takes a while
    conn.executemany("INSERT INTO filler (text) VALUES (?)", [(f"Freja Nørgaard notat {i} " * 8,) for i in range(rows)])
    conn.commit()
    conn.close()
    shutil.copy(folder.db_path, folder.backups / "kitdesk-2026-11-30.sqlite3")
    return home


def test_converting_a_plain_database_survives_kill_9_and_leaves_nothing_readable(tmp_path):
    home = plain_home(tmp_path, rows=60_000)
    db = DataFolder(home).db_path
    rnd = random.Random(20261204)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    killed_midway = 0
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-m", "kitdesk", "--home", str(home), "cases", "--json"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline and not db.with_name(db.name + ".encrypting").exists():
            time.sleep(0.001)
        time.sleep(rnd.uniform(0.0, 0.25))  # somewhere in the copy, its check, the key file or the swap
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed_midway += 1
        proc.wait()
        # Always a whole database in place: the plain one, or the verified encrypted one.
        assert db.exists() and db.stat().st_size > 0
        if not db.read_bytes().startswith(b"SQLite format 3"):
            break
    assert killed_midway, "every run finished before it could be killed: make the database bigger"
    result = kitdesk(home, "cases", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('"case_no"') == 4 and "Freja Nørgaard" in result.stdout
    from tests.support import key_of

    conn = connect(DataFolder(home).db_path, key_of(home))
    assert conn.execute("SELECT COUNT(*) FROM filler").fetchone()[0] == 60_000  # not a row lost
    conn.close()
    assert readable(home) == {}  # the plain file, its WAL and the plain backup: overwritten and gone


def test_a_wrong_passphrase_is_never_called_damage_and_the_wait_grows(tmp_path):
    home = demo_folder(tmp_path / "home")
    wrong = {**os.environ, "KITDESK_PASSPHRASE": "ikke den rigtige adgangskode"}
    results = [subprocess.run([sys.executable, "-m", "kitdesk", "--home", str(home), "cases"], env=wrong,
                              capture_output=True, text=True, cwd=ROOT) for _ in range(4)]
    for result in results[:3]:
        assert result.returncode == 2 and result.stderr.startswith("Adgangskoden i KITDESK_PASSPHRASE er forkert")
    assert results[3].stderr.startswith("Forkert adgangskode flere gange. Vent")
    assert not any("beskadiget" in r.stderr or "sikkerhedskopi" in r.stderr.lower() for r in results)
    assert not (home / "damaged").exists()
    attempts = home / throttle.FILE  # the two seconds pass: moved back in the file instead of slept
    state = json.loads(attempts.read_text(encoding="utf-8"))
    assert 1.0 < state["until"] - time.time() <= 2.0
    attempts.write_text(json.dumps({**state, "until": state["until"] - 2.0}), encoding="utf-8")
    assert kitdesk(home, "cases").returncode == 0  # the right one, after the wait

    db = DataFolder(home).db_path
    data = db.read_bytes()
    db.write_bytes(data[:8192] + bytes(b ^ 0x5A for b in data[8192:12288]) + data[12288:])
    result = kitdesk(home, "cases")  # the right passphrase, a damaged page: damage it is
    assert result.returncode == 2 and result.stderr.startswith("Databasen er beskadiget")


def test_scripts_give_the_passphrase_in_kitdesk_passphrase_and_without_it_are_told_how(tmp_path):
    home = tmp_path / "home"
    assert kitdesk(home, "demo").returncode == 0
    ready = kitdesk(home, "--quit-when-ready")
    assert ready.returncode == 0 and "ready" in ready.stdout  # straight to the case list
    env = {k: v for k, v in os.environ.items() if k != "KITDESK_PASSPHRASE"}
    result = subprocess.run([sys.executable, "-m", "kitdesk", "--home", str(home), "cases"], env=env,
                            capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert result.returncode == 2 and "KITDESK_PASSPHRASE" in result.stderr and "krypteret" in result.stderr
