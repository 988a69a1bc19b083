"""`kitdesk handover` and `kitdesk receive` as a user runs them; verify on the receiving side; and an
import killed with kill -9 leaves nothing half-imported."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest

from kitdesk.paths import DataFolder
from kitdesk.store.handover.export import hand_over
from tests.handover_fixture import ATTACHED_BYTES, CASE_ID, FAST, copy, make_receiver, make_sender
from tests.support import case_no_of, kitdesk, open_store

PASSPHRASE_LINE = re.compile(r"Adgangskode til filen: ([A-Z0-9-]+)")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-handover")
    return make_sender(root / "sender"), make_receiver(root / "receiver")


@pytest.fixture
def homes(prepared, tmp_path):
    return copy(prepared[0], tmp_path / "a"), copy(prepared[1], tmp_path / "b")


def _hand_over(sender, tmp_path):
    freja = case_no_of(sender)
    result = kitdesk(sender, "handover", "--case", freja, "--out", str(tmp_path), "--to", "Bo Bech")
    assert result.returncode == 0, result.stderr
    passphrase = PASSPHRASE_LINE.search(result.stdout).group(1)
    path = next(tmp_path.glob(f"Overdragelse_*_{freja}.kitdesk"))
    assert str(path) in result.stdout
    assert "aldrig i samme e-mail" in result.stdout and f"kitdesk delete-case {freja}" in result.stdout
    return path, passphrase


def test_handover_and_receive_on_the_command_line(homes, tmp_path, monkeypatch):
    sender, receiver = homes
    freja = case_no_of(sender)
    path, passphrase = _hand_over(sender, tmp_path)
    monkeypatch.setenv("KITDESK_BUNDLE_PASSPHRASE", passphrase)
    result = kitdesk(receiver, "receive", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Sagen {freja} er modtaget (fra Mette Kjærgaard, overdraget ")
    assert "Fundet i personregistret (samme e-mail): A. Vestergård." in lines
    assert any(line.startswith("Oprettet i personregistret: ") and "Camilla Nørgaard" in line for line in lines)
    # Hanne Lund Friis is here by name and organisation only: the command line does not guess, it says so.
    assert any(line.startswith("Oprettet som nye") and "Hanne Lund Friis" in line for line in lines)
    assert "Vedhæftede filer: 1." in lines

    again = kitdesk(receiver, "receive", str(path))
    assert again.returncode == 1
    assert f"Sagen {freja} findes allerede her. Forskelle:" in again.stderr
    assert "brug --keep-both for at beholde begge. Intet er ændret." in again.stderr
    both = kitdesk(receiver, "receive", str(path), "--keep-both")
    assert both.returncode == 0, both.stderr
    assert f"har fået sagsnummeret {freja}-2" in both.stdout


def test_receive_says_what_is_wrong(homes, tmp_path, monkeypatch):
    sender, receiver = homes
    path, passphrase = _hand_over(sender, tmp_path)
    monkeypatch.delenv("KITDESK_BUNDLE_PASSPHRASE", raising=False)
    result = kitdesk(receiver, "receive", str(path))  # no terminal to ask on
    assert result.returncode == 2 and "KITDESK_BUNDLE_PASSPHRASE" in result.stderr
    monkeypatch.setenv("KITDESK_BUNDLE_PASSPHRASE", passphrase.replace(passphrase[0], "2" if passphrase[0] != "2"
                                                                       else "3"))
    result = kitdesk(receiver, "receive", str(path))
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Adgangskoden passer ikke til filen.")
    path.write_bytes(path.read_bytes()[:-100])
    monkeypatch.setenv("KITDESK_BUNDLE_PASSPHRASE", passphrase)
    result = kitdesk(receiver, "receive", str(path))
    assert result.returncode == 1 and "beskadiget eller ikke hentet helt" in result.stderr
    result = kitdesk(sender, "handover", "--case", "2099-0001", "--out", str(tmp_path))
    assert result.returncode == 2 and "ingen sag med nummer 2099-0001" in result.stderr


def test_a_signed_plan_verifies_on_the_receiving_side(homes, tmp_path, monkeypatch):
    sender, receiver = homes
    store = open_store(DataFolder(sender))
    try:
        signed = store.query("SELECT id FROM meetings WHERE case_id = ? AND state = 'signed'", [CASE_ID])[0]["id"]
    finally:
        store.close()
    v1 = tmp_path / "v1.pdf"
    assert kitdesk(sender, "export-plan", "--meeting", str(signed), "--version", "1", "--out", str(v1)).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    path, passphrase = _hand_over(sender, out)
    # Written after the handover: the receiving side has no record of this file and must render it again.
    v2 = tmp_path / "v2.pdf"
    assert kitdesk(sender, "export-plan", "--meeting", str(signed), "--out", str(v2), "--cpr").returncode == 0
    # Another case received first: the meetings of this one get other ids here than they had there.
    freja, emil = case_no_of(sender), case_no_of(sender, "Emil Bak")
    other = kitdesk(sender, "handover", "--case", emil, "--out", str(tmp_path))
    monkeypatch.setenv("KITDESK_BUNDLE_PASSPHRASE", PASSPHRASE_LINE.search(other.stdout).group(1))
    assert kitdesk(receiver, "receive", str(next(tmp_path.glob(f"*_{emil}.kitdesk")))).returncode == 0
    monkeypatch.setenv("KITDESK_BUNDLE_PASSPHRASE", passphrase)
    assert kitdesk(receiver, "receive", str(path)).returncode == 0
    store = open_store(DataFolder(receiver))
    try:
        here = store.query("SELECT m.id FROM meetings m JOIN cases c ON c.id = m.case_id "
                           "WHERE c.case_no = ? AND m.state = 'signed'", [freja])[0]["id"]
    finally:
        store.close()
    assert here != signed
    for pdf, version in ((v1, 1), (v2, 2)):
        result = kitdesk(receiver, "verify", str(pdf))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"ok: uændret tværsektoriel plan, sag {freja}, netværksmøde ")
        assert f"version {version}" in result.stdout


@pytest.fixture(scope="module")
def long_case(prepared, tmp_path_factory):
    """The case with a long stafetlog and many consents: an import that takes a while, with its attached
    file written between the two (log_entries come before exchanges, consents after)."""
    root = tmp_path_factory.mktemp("long")
    sender = open_store(DataFolder(copy(prepared[0], root / "a")))
    try:
        with sender.transaction() as w:
            now = w.now()
            for n in range(4000):
                sender.baton_log.add_event(w, CASE_ID, "note", f"Opfølgning nr. {n}: ringet til skolen.")
                w.insert("consents", {"case_id": CASE_ID, "given_by": "Camilla Nørgaard", "giver_kind": "parent",
                                      "given_on": "2026-09-01", "form": "written", "created_at": now}, CASE_ID)
        return hand_over(sender, CASE_ID, root, "Bo Bech", kdf=FAST)
    finally:
        sender.close()


@pytest.mark.parametrize("when", ["stafetlog", "after the file"])
def test_an_import_killed_midway_leaves_nothing_half_imported(prepared, long_case, tmp_path, monkeypatch, when):
    receiver = copy(prepared[1], tmp_path / "b")
    folder = DataFolder(receiver)
    wal = folder.db_path.with_name(folder.db_path.name + "-wal")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KITDESK_BUNDLE_PASSPHRASE": long_case.passphrase}
    env.pop("KITDESK_HOME", None)
    process = subprocess.Popen([sys.executable, "-m", "kitdesk", "--home", str(receiver), "receive",
                                str(long_case.path)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def ready() -> bool:
        if when == "stafetlog":
            return wal.exists() and wal.stat().st_size >= 512 * 1024
        return any(folder.files.glob("*/*.pdf"))

    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.001)
    assert process.wait() == -signal.SIGKILL, "the import ended before it could be interrupted"

    store = open_store(folder)
    try:
        assert store.query("SELECT COUNT(*) n FROM cases")[0]["n"] == 0
        assert store.query("SELECT COUNT(*) n FROM persons")[0]["n"] == 2  # the directory's own two
        assert store.query("SELECT COUNT(*) n FROM log_entries")[0]["n"] == 0
        assert store.query("SELECT COUNT(*) n FROM consents")[0]["n"] == 0
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()
    # Received again, whole – and the file the killed import wrote does not linger beside the new one.
    monkeypatch.setenv("KITDESK_BUNDLE_PASSPHRASE", long_case.passphrase)
    result = kitdesk(receiver, "receive", str(long_case.path))
    assert result.returncode == 0, result.stderr
    store = open_store(folder)
    try:
        case_id = store.query("SELECT id FROM cases")[0]["id"]
        assert store.query("SELECT COUNT(*) n FROM consents WHERE case_id = ?", [case_id])[0]["n"] > 4000
    finally:
        store.close()
    files = list((folder.files / str(case_id)).iterdir())
    assert len(files) == 1 and files[0].read_bytes() == ATTACHED_BYTES
