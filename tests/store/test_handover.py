"""Handing a case over between two data folders (issue 14, section 1): the bundle, matching persons,
the bad inputs, a case already present."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kitdesk.domain.refusal import Refusal
from kitdesk.paths import DataFolder
from kitdesk.store.handover import bundle as bundle_format
from kitdesk.store.handover.export import bundle_name, hand_over, handed_over
from kitdesk.store.handover.matching import BY_EMAIL, BY_NAME
from kitdesk.store.handover.receive import (
    ALREADY_HERE,
    KEEP_BOTH,
    NOT_NEWER,
    UPDATE,
    existing_case,
    open_bundle,
    person_matches,
    receive,
)
from tests.handover_fixture import ATTACHED_BYTES, CASE_ID, CPR, FAST, MATCHED_EMAIL, copy, make_receiver, make_sender
from tests.support import open_store


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    root = tmp_path_factory.mktemp("handover")
    return make_sender(root / "sender"), make_receiver(root / "receiver")


@pytest.fixture
def sender(prepared, tmp_path):
    store = open_store(DataFolder(copy(prepared[0], tmp_path / "a")))
    yield store
    store.close()


@pytest.fixture
def receiver(prepared, tmp_path):
    store = open_store(DataFolder(copy(prepared[1], tmp_path / "b")))
    yield store
    store.close()


def _handed(sender, tmp_path, to_whom="Bo Bech"):
    out = tmp_path / "out"
    out.mkdir(parents=True, exist_ok=True)
    return hand_over(sender, CASE_ID, out, to_whom, kdf=FAST)


def _receive(receiver, done, choice=None, confirm=True):
    with open_bundle(receiver, done.path, done.passphrase) as bundle:
        matches = person_matches(receiver, bundle)
        use = {m.bundle_id: m.local_id for m in matches if confirm and m.local_id is not None}
        return receive(receiver, bundle, use, choice), matches


def _case_no(sender) -> str:
    return sender.cases.get(CASE_ID).case_no  # the year the demo opened it: read, not written here


def _count(store, table, case_id):
    return store.conn.execute(f"SELECT COUNT(*) FROM [{table}] WHERE case_id = ?", [case_id]).fetchone()[0]


def test_a_case_goes_over_whole_with_its_files_plans_and_persons(sender, receiver, tmp_path):
    before = {t: _count(sender, t, CASE_ID) for t in ("members", "consents", "exchanges", "log_entries", "meetings",
                                                      "agreements", "plan_versions", "waiting_periods")}
    versions = sender.query("SELECT version, fingerprint, content, signed_at, signed_by FROM plan_versions "
                            "WHERE case_id = ? ORDER BY version", [CASE_ID])
    assert len(versions) == 2 and all(v["fingerprint"] for v in versions)
    done = _handed(sender, tmp_path)
    assert done.path.name == bundle_name(_case_no(sender)) and done.path.name.startswith("Overdragelse_")
    assert len(bundle_format.normalise(done.passphrase)) == 24
    # The sender: the stafetlog says from whom to whom, the case is marked, the access log has it.
    assert "fra Mette Kjærgaard til Bo Bech" in handed_over(sender, CASE_ID)
    assert sender.query("SELECT action FROM access_log WHERE case_id = ? AND action = 'case_handed_over'", [CASE_ID])

    existing = {p["email"]: p for p in receiver.query("SELECT * FROM persons")}
    received, matches = _receive(receiver, done)
    by = {m.name: m for m in matches}
    assert by["Anders Vestergård"].by == BY_EMAIL and by["Hanne Lund Friis"].by == BY_NAME
    assert by["Camilla Nørgaard"].local_id is None
    case_id = received.case_id
    after = {t: _count(receiver, t, case_id) for t in before}
    assert after == {**before, "log_entries": before["log_entries"] + 1}
    # The matched person is the directory's own, unchanged; the others are new.
    anders = existing[MATCHED_EMAIL.upper()]
    assert receiver.persons.get(anders["id"]).name == "A. Vestergård"
    member_persons = {r["person_id"] for r in receiver.query("SELECT person_id FROM members WHERE case_id = ?",
                                                             [case_id])}
    assert anders["id"] in member_persons
    assert {m.name for m in received.matched} == {"Anders Vestergård", "Hanne Lund Friis"}
    assert "Camilla Nørgaard" in received.created and "Anders Vestergård" not in received.created
    # The attached file, byte for byte, in the receiving data folder.
    stored = receiver.query("SELECT stored_file FROM exchanges WHERE case_id = ? AND stored_file != ''", [case_id])
    assert len(stored) == 1 and stored[0]["stored_file"].startswith(f"files/{case_id}/")
    assert (receiver.folder.root / stored[0]["stored_file"]).read_bytes() == ATTACHED_BYTES
    # Every plan version with its fingerprint, canonical content, signer and time, unchanged.
    assert receiver.query("SELECT version, fingerprint, content, signed_at, signed_by FROM plan_versions "
                          "WHERE case_id = ? ORDER BY version", [case_id]) == versions
    assert {r["state"] for r in receiver.query("SELECT state FROM meetings WHERE case_id = ?", [case_id])} \
        >= {"signed"}
    log = receiver.query("SELECT kind, text FROM log_entries WHERE case_id = ? ORDER BY id DESC LIMIT 1", [case_id])[0]
    assert log["kind"] == "handover_in" and "fra Mette Kjærgaard af Bo Bech" in log["text"]
    assert receiver.query("SELECT 1 FROM access_log WHERE case_id = ? AND action = 'case_received'", [case_id])
    assert receiver.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert not list(receiver.folder.root.glob(".kitdesk-receive-*"))


def test_no_name_or_cpr_readable_in_the_bundle(sender, tmp_path):
    done = _handed(sender, tmp_path)
    data = done.path.read_bytes()
    names = [r["name"] for r in sender.query("SELECT name FROM persons")] + ["Freja", "Nørgaard", CPR, "170413"]
    for text in names + ["Statusnotat", "Sendt før mødet"]:
        for encoding in ("utf-8", "utf-16-le", "latin-1"):
            try:
                needle = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert needle not in data, (text, encoding)
    assert ATTACHED_BYTES[:40] not in data
    assert data.startswith(bundle_format.MAGIC)
    assert not list(sender.folder.root.glob(".kitdesk-handover-*"))


def _rewrite_header(path, **changes):
    data = path.read_bytes()
    end = data.index(b"\n", len(bundle_format.MAGIC))
    record = json.loads(data[len(bundle_format.MAGIC):end])
    record.update(changes)
    path.write_bytes(bundle_format.MAGIC + json.dumps(record).encode() + b"\n" + data[end + 1:])


def _refused(receiver, path, passphrase) -> Refusal:
    with pytest.raises(Refusal) as refused:
        open_bundle(receiver, path, passphrase)
    assert not list(receiver.folder.root.glob(".kitdesk-receive-*"))
    return refused.value


def test_bad_files_and_a_wrong_passphrase_are_said_in_danish(sender, receiver, tmp_path):
    done = _handed(sender, tmp_path)
    good = done.path.read_bytes()
    wrong = _refused(receiver, done.path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert wrong.message_id == bundle_format.WRONG_PASSPHRASE and "Adgangskoden passer ikke" in str(wrong)

    done.path.write_bytes(good[: len(good) // 2])  # a download cut off
    assert _refused(receiver, done.path, done.passphrase).message_id == bundle_format.DAMAGED
    assert "afkortet" in str(_refused(receiver, done.path, done.passphrase))
    done.path.write_bytes(good[:10])
    assert _refused(receiver, done.path, done.passphrase).message_id == bundle_format.DAMAGED

    damaged = bytearray(good)
    damaged[-5000] ^= 0xFF
    done.path.write_bytes(bytes(damaged))
    assert _refused(receiver, done.path, done.passphrase).message_id == bundle_format.DAMAGED
    # Damaged with the header's size and checksum fitting: SQLCipher's own check of each page says it.
    body = bytes(damaged[good.index(b"\n", len(bundle_format.MAGIC)) + 1:])
    done.path.write_bytes(good)
    _rewrite_header(done.path, sha256=hashlib.sha256(body).hexdigest())
    data = done.path.read_bytes()
    done.path.write_bytes(data[: data.index(b"\n", len(bundle_format.MAGIC)) + 1] + body)
    assert _refused(receiver, done.path, done.passphrase).message_id == bundle_format.DAMAGED

    done.path.write_bytes(good)
    _rewrite_header(done.path, format=2)
    newer = _refused(receiver, done.path, done.passphrase)
    assert newer.message_id == bundle_format.NEWER and "nyere udgave af KIT Desk" in str(newer)
    done.path.write_bytes(good)
    _rewrite_header(done.path, steps=[*json.loads(good.split(b"\n")[1])["steps"], "m099_future"])
    assert _refused(receiver, done.path, done.passphrase).message_id == bundle_format.NEWER

    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4 a plan, not a bundle")
    assert _refused(receiver, pdf, done.passphrase).message_id == bundle_format.NOT_A_BUNDLE
    assert receiver.query("SELECT COUNT(*) n FROM cases")[0]["n"] == 0


def test_the_passphrase_is_forgiving_about_case_spaces_and_dashes(sender, receiver, tmp_path):
    done = _handed(sender, tmp_path)
    typed = done.passphrase.lower().replace("-", " ")
    with open_bundle(receiver, done.path, f"  {typed} ") as bundle:
        assert bundle.case["case_no"] == _case_no(sender)
    assert all(ch in bundle_format.ALPHABET + "-" for ch in bundle_format.new_passphrase())


def test_a_case_already_here_is_kept_both_or_updated_only_when_newer(sender, receiver, tmp_path):
    done = _handed(sender, tmp_path)
    first, _ = _receive(receiver, done)
    persons = receiver.query("SELECT COUNT(*) n FROM persons")[0]["n"]
    with pytest.raises(Refusal) as refused:
        _receive(receiver, done)
    assert refused.value.message_id == ALREADY_HERE
    with pytest.raises(Refusal) as refused:  # the copy here is as new as the file (the receipt came later)
        _receive(receiver, done, UPDATE)
    assert refused.value.message_id == NOT_NEWER
    both, _ = _receive(receiver, done, KEEP_BOTH)
    assert both.case_no == f"{_case_no(sender)}-2" and both.case_id != first.case_id
    assert receiver.query("SELECT COUNT(*) n FROM persons")[0]["n"] == persons  # matched to the ones made first
    uids = receiver.query("SELECT uid FROM meetings")
    assert len({u["uid"] for u in uids}) == len(uids)

    # The sender keeps working and hands the case over again: now the file is newer.
    sender.baton_log.add_note(CASE_ID, "Mor ringede: mødet holdes på skolen.")
    again = _handed(sender, tmp_path / "again")
    with open_bundle(receiver, again.path, again.passphrase) as bundle:
        existing = existing_case(receiver, bundle)
        assert existing.id == first.case_id and existing.bundle_is_newer
        assert any("indlæg i stafetloggen" in line for line in existing.differences)
    old_file = receiver.query("SELECT stored_file FROM exchanges WHERE case_id = ? AND stored_file != ''",
                              [first.case_id])[0]["stored_file"]
    updated, _ = _receive(receiver, again, UPDATE)
    assert updated.updated and updated.case_id == first.case_id and updated.case_no == _case_no(sender)
    notes = receiver.query("SELECT text FROM log_entries WHERE case_id = ? AND kind = 'note'", [first.case_id])
    assert "Mor ringede: mødet holdes på skolen." in {n["text"] for n in notes}
    assert _count(receiver, "plan_versions", first.case_id) == 2
    new_file = receiver.query("SELECT stored_file FROM exchanges WHERE case_id = ? AND stored_file != ''",
                              [first.case_id])[0]["stored_file"]
    assert (receiver.folder.root / new_file).read_bytes() == ATTACHED_BYTES
    assert new_file == old_file or not (receiver.folder.root / old_file).exists()
    assert receiver.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert receiver.conn.execute("SELECT COUNT(*) FROM erasing").fetchone()[0] == 0


def test_the_same_child_under_another_case_number_is_a_case_already_here(sender, receiver, tmp_path):
    from kitdesk.domain.model import Case

    mine = receiver.cases.create(Case(case_no="FJ-77", child_name="Freja N.", cpr=CPR))
    done = _handed(sender, tmp_path)
    with open_bundle(receiver, done.path, done.passphrase) as bundle:
        existing = existing_case(receiver, bundle)
        assert existing is not None and existing.id == mine and existing.case_no == "FJ-77"
        assert any(line.startswith("Barnets navn: »Freja N.« her, »Freja Nørgaard« i filen")
                   for line in existing.differences)
        with pytest.raises(Refusal):
            receive(receiver, bundle, {})
        both = receive(receiver, bundle, {}, KEEP_BOTH)
    assert both.case_no == _case_no(sender)  # its own number is free here: kept
    assert receiver.cases.get(mine).child_name == "Freja N."  # nothing here overwritten


def test_a_received_case_can_be_deleted_for_good(sender, receiver, tmp_path):
    from kitdesk.store.erasure import erase_case

    received, _ = _receive(receiver, _handed(sender, tmp_path))
    folder = receiver.folder.files / str(received.case_id)
    assert folder.is_dir()
    erased = erase_case(receiver, received.case_id)
    assert erased.files_removed == 1 and not folder.exists()
    assert receiver.query("SELECT COUNT(*) n FROM plan_versions")[0]["n"] == 0


def test_a_missing_attached_file_stops_the_handover(sender, tmp_path):
    stored = sender.query("SELECT stored_file FROM exchanges WHERE case_id = ? AND stored_file != ''", [CASE_ID])
    (sender.folder.root / stored[0]["stored_file"]).unlink()
    log = sender.query("SELECT COUNT(*) n FROM log_entries")[0]["n"]
    with pytest.raises(Refusal) as refused:
        _handed(sender, tmp_path)
    assert "Statusnotat BUC.pdf findes ikke længere" in str(refused.value)
    assert not list((tmp_path / "out").iterdir()) and not list(sender.folder.root.glob(".kitdesk-handover-*"))
    assert sender.query("SELECT COUNT(*) n FROM log_entries")[0]["n"] == log and handed_over(sender, CASE_ID) is None


def test_copies_left_by_a_crash_are_cleared_and_an_open_one_is_not(sender, receiver, tmp_path):
    left = receiver.folder.root / ".kitdesk-receive-0123456789ab.sqlite3"
    left.write_bytes(b"encrypted, of a receipt killed halfway")
    Path(f"{left}-wal").write_bytes(b"")
    done = _handed(sender, tmp_path)
    with open_bundle(receiver, done.path, done.passphrase):
        assert not left.exists() and not Path(f"{left}-wal").exists()
        copies = list(receiver.folder.root.glob(".kitdesk-receive-*"))
        assert len(copies) == 1
        with open_bundle(receiver, done.path, done.passphrase):  # a second one beside it
            assert all(c.exists() for c in copies)
    assert not list(receiver.folder.root.glob(".kitdesk-receive-*"))
