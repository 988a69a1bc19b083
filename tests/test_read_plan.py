"""A plan the other side can read (issue 14, section 2): the signed plan PDF exported on one laptop is
read into a case on another – its agreements in that case's follow-up with their source – by
`kitdesk read-plan` and the store; the same plan twice changes nothing, a later version updates, bad
files are refused in Danish; `kitdesk verify` still answers for plans signed with every old layout."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
from dataclasses import replace
from datetime import timedelta

import pikepdf
import pytest

from kitdesk.domain.dates import from_utc_iso
from kitdesk.domain.model import Case
from kitdesk.domain.plan import PlanAgreement
from kitdesk.domain.refusal import Refusal
from kitdesk.export.plan_data import read_plan_file
from kitdesk.export.plan_pdf import build_plan_pdf, render_plan_pdf
from kitdesk.paths import DataFolder
from kitdesk.store.db import connect
from tests.export.plan_samples import AUTHOR, SIGNED_AT, full_fingerprint, sample_plan
from tests.store.test_migrations import open_upgraded
from tests.support import demo_folder, key_of, open_store, prepare
from tests.test_cli import kitdesk


@pytest.fixture(scope="module")
def sender(tmp_path_factory):
    """BUC's laptop: the demo data, and its signed plan exported as the chair sends it."""
    home = demo_folder(tmp_path_factory.mktemp("sender"))
    conn = connect(DataFolder(home).db_path, key_of(home))
    signed = conn.execute("SELECT id FROM meetings WHERE state = 'signed'").fetchone()[0]
    conn.close()
    target = home.parent / f"{home.name}-plan.pdf"  # named after the folder: the test can find that
    assert kitdesk(home, "export-plan", "--meeting", str(signed), "--out", str(target)).returncode == 0
    return target


@pytest.fixture
def receiver(tmp_path):
    """The municipality's laptop: a data folder of its own, with a case of its own."""
    folder = DataFolder(tmp_path / "kommunen")
    prepare(folder)
    store = open_store(folder)
    try:
        store.cases.create(Case(child_name="Freja Nørgaard"))
    finally:
        store.close()
    return folder.root


def _case_no(home, child_name: str = "Freja Nørgaard") -> str:
    """The case's number in that data folder: it carries the year the case was made, so it is read,
    not written into the test."""
    conn = connect(DataFolder(home).db_path, key_of(home))
    try:
        return conn.execute("SELECT case_no FROM cases WHERE child_name = ?", [child_name]).fetchone()[0]
    finally:
        conn.close()


def _plan(**changes) -> bytes:
    plan = sample_plan(**changes)
    return build_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(plan))


def test_the_exported_plan_carries_data_that_reads_back(sender):
    data = read_plan_file(sender.read_bytes())
    home = sender.parent / sender.name.removesuffix("-plan.pdf")  # the sender fixture's data folder
    assert data.version == 1 and len(data.fingerprint) == 64 and data.case_no == _case_no(home)
    assert data.issuer and data.agreements and data.child_name == "Freja Nørgaard"
    assert data.source.startswith(f"fra {data.issuer}") and ", version 1, " in data.source


def test_read_into_a_case_of_another_folder_the_agreements_are_in_its_follow_up(sender, receiver):
    case_no = _case_no(receiver)
    result = kitdesk(receiver, "read-plan", str(sender), "--case", case_no)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"Planen er læst ind: sag {case_no}, fra ") and ", version 1, " in first
    data = read_plan_file(sender.read_bytes())
    assert len(result.stdout.splitlines()) == 1 + len(data.agreements)
    assert f"1. {data.agreements[0].what}" in result.stdout

    store = open_store(DataFolder(receiver))
    try:
        case_id = store.cases.rows()[0].id
        # The case's next meeting follows them up like its own earlier agreements.
        meeting_id = store.meetings.create(case_id, purpose="Opfølgning")
        earlier = store.live.state(meeting_id).earlier
        assert [a.what for a in earlier] == [a.what for a in data.agreements]
        assert all(a.meeting_id is None and a.plan_import_id for a in earlier)
        sources = store.plan_imports.sources(case_id)
        assert set(sources.values()) == {data.source}
        log = [e.text for e in store.baton_log.entries(case_id) if e.kind == "plan_imported"]
        assert log == [f"Modtaget plan læst ind – {data.source}: {len(data.agreements)} aftaler til opfølgning."]
        access = store.query("SELECT action, entity, detail FROM access_log WHERE case_id = ?", [case_id])
        assert {"action": "plan_imported", "entity": "cases", "detail": "v1,cli"} in access
    finally:
        store.close()


def test_reading_the_same_plan_twice_changes_nothing(sender, receiver):
    case_no = _case_no(receiver)
    assert kitdesk(receiver, "read-plan", str(sender), "--case", case_no).returncode == 0
    conn = connect(DataFolder(receiver).db_path, key_of(receiver))
    before = [conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("agreements", "plan_imports",
                                                                                  "log_entries", "cases")]
    conn.close()
    again = kitdesk(receiver, "read-plan", str(sender), "--case", case_no)
    assert again.returncode == 0 and again.stdout.startswith("Planen var allerede læst ind – intet er ændret")
    conn = connect(DataFolder(receiver).db_path, key_of(receiver))
    after = [conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("agreements", "plan_imports",
                                                                                 "log_entries", "cases")]
    conn.close()
    assert after == before


def test_a_new_case_from_the_plan(sender, tmp_path):
    folder = DataFolder(tmp_path / "tom")
    prepare(folder)
    open_store(folder).close()
    result = kitdesk(folder.root, "read-plan", str(sender), "--new-case")
    assert result.returncode == 0, result.stderr
    assert "(ny sag)" in result.stdout.splitlines()[0]
    store = open_store(folder)
    try:
        (case,) = store.cases.rows()
        assert case.child_name == "Freja Nørgaard"
        assert len(store.plan_imports.imported_agreements(case.id)) == len(read_plan_file(sender.read_bytes()).agreements)
    finally:
        store.close()


def test_a_later_version_updates_the_open_agreements_and_keeps_what_was_followed_up(tmp_path):
    folder = DataFolder(tmp_path / "modtager")
    prepare(folder)
    store = open_store(folder)
    try:
        case_id = store.cases.create(Case(child_name="Freja Nørgaard"))
        first = sample_plan(version=1, replaces=None, reason="")
        v1 = read_plan_file(build_plan_pdf(first, author=AUTHOR, created=SIGNED_AT,
                                           fingerprint=full_fingerprint(first)))
        assert store.plan_imports.read_in(v1, case_id).added == 4
        meeting_id = store.meetings.create(case_id, purpose="Opfølgning")
        rows = store.plan_imports.imported_agreements(case_id)
        # The second agreement was followed up here (done) before version 2 arrived.
        with store.transaction() as w:
            w.update("agreements", rows[1]["id"], {"status": "done", "status_meeting_id": meeting_id}, case_id)
        agreements = first.agreements
        second = replace(first, version=2, replaces=1, reason="Ny frist",
                         agreements=(replace(agreements[0], deadline="2027-02-01"), agreements[1], agreements[2],
                                     PlanAgreement("Ny aftale om skolestart", "Peter Ærø", "school", "2027-03-01")),
                         signed_on="2026-12-09")
        v2 = read_plan_file(build_plan_pdf(second, author=AUTHOR, created=SIGNED_AT + timedelta(days=2),
                                           fingerprint=full_fingerprint(second)))
        assert v2.plan_id == v1.plan_id and v2.fingerprint != v1.fingerprint
        result = store.plan_imports.read_in(v2, case_id)
        assert (result.outcome, result.added, result.changed, result.removed) == ("updated", 1, 1, 1)
        rows = store.plan_imports.imported_agreements(case_id)
        open_rows = [(r["what"], r["deadline"], r["source"]) for r in rows if r["status"] == "open"]
        assert open_rows == [
            (agreements[0].what, "2027-02-01", v2.source), (agreements[2].what, agreements[2].deadline, v2.source),
            ("Ny aftale om skolestart", "2027-03-01", v2.source)]
        assert [r["what"] for r in rows if r["status"] == "done"] == [agreements[1].what]  # kept as followed up
        assert ", version 2, 04.12.2026" in v2.source
        # Version 1 again after version 2: it was read in before, so nothing changes.
        assert store.plan_imports.read_in(v1, case_id).outcome == "unchanged"
        assert store.plan_imports.imported_agreements(case_id) == rows
        # Into another case, version 2 first: version 1 after it is refused as older, nothing changed.
        other = store.cases.create(Case(child_name="Freja Nørgaard"))
        store.plan_imports.read_in(v2, other)
        kept = store.plan_imports.imported_agreements(other)
        with pytest.raises(Refusal, match="allerede version 2 af denne plan. Filen er version 1, en ældre version"):
            store.plan_imports.read_in(v1, other)
        assert store.plan_imports.imported_agreements(other) == kept
    finally:
        store.close()


def test_bad_files_are_refused_in_danish(tmp_path, receiver, sender):
    case_no = _case_no(receiver)
    not_pdf = tmp_path / "ikke.pdf"
    not_pdf.write_text("Dette er ikke en PDF")
    result = kitdesk(receiver, "read-plan", str(not_pdf), "--case", case_no)
    assert result.returncode == 1 and result.stderr.startswith("Filen er ikke en PDF, eller den er beskadiget.")

    old = tmp_path / "gammel.pdf"  # a plan from before this release: a PDF without KIT Desk data
    plan = sample_plan()
    old.write_bytes(render_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(plan)))
    result = kitdesk(receiver, "read-plan", str(old), "--case", case_no)
    assert result.returncode == 1 and result.stderr.startswith("PDF'en har ingen data fra KIT Desk.")

    newer = tmp_path / "nyere.pdf"
    newer.write_bytes(_with_data(sender.read_bytes(), lambda body: {**body, "format_version": 2}))
    result = kitdesk(receiver, "read-plan", str(newer), "--case", case_no)
    assert result.returncode == 1 and "nyere udgave af KIT Desk (dataformat 2). Opdatér KIT Desk" in result.stderr

    edited = tmp_path / "rettet.pdf"
    edited.write_bytes(_with_data(sender.read_bytes(), _edit_first_agreement))
    result = kitdesk(receiver, "read-plan", str(edited), "--case", case_no)
    assert result.returncode == 1 and result.stderr.startswith("Planens data passer ikke med dens fingeraftryk")

    swapped = tmp_path / "byttet.pdf"  # data of another version under this file's marker, digest and all
    other = _plan()
    swapped.write_bytes(_with_data(sender.read_bytes(), lambda body: json.loads(_data_of(other))))
    result = kitdesk(receiver, "read-plan", str(swapped), "--case", case_no)
    assert result.returncode == 1 and result.stderr.startswith("Planens data passer ikke med dens fingeraftryk")

    result = kitdesk(receiver, "read-plan", str(sender), "--case", "2099-9999")
    assert result.returncode == 2 and "Der er ingen sag med nummer 2099-9999" in result.stderr
    conn = connect(DataFolder(receiver).db_path, key_of(receiver))
    assert conn.execute("SELECT COUNT(*) FROM plan_imports").fetchone()[0] == 0
    conn.close()


def _data_of(pdf_bytes: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return pdf.attachments["kitdesk-plan.json"].get_file().read_bytes()


def _edit_first_agreement(body: dict) -> dict:
    body["agreements"][0]["what"] = "Noget helt andet"
    return body


def _with_data(pdf_bytes: bytes, change) -> bytes:
    """The PDF with its embedded data changed, as someone editing the attachment would."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        stream = pdf.Root.AF[0].EF.F
        stream.write(json.dumps(change(json.loads(stream.read_bytes()))).encode())
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("step", ["m007_access_log", "m008_closer_to_kit", None])
def test_verify_still_answers_for_a_resaved_copy_of_a_plan_exported_before_pdfa(step, tmp_path):
    """A version signed with layout 1 (before m008), 2 (m008) or 3 (now), exported as ReportLab wrote it
    before PDF/A and then re-saved by another program: verify renders it again – now as PDF/A – and
    finds the same pages, text and look."""
    if step is None:
        home = demo_folder(tmp_path / "demo")
        store = open_store(DataFolder(home))
    else:
        store = open_upgraded(step, tmp_path / "upgraded")
        home = store.folder.root
    try:
        signed = next(r.id for r in store.meetings.rows() if r.state == "signed")
        version = store.plans.latest_signed(signed)
        old = render_plan_pdf(version.content, author=version.signed_by, created=from_utc_iso(version.signed_at),
                              fingerprint=version.fingerprint)
        layout = version.content.layout
    finally:
        (store.upgraded if step else store).close()
    assert layout == {"m007_access_log": 1, "m008_closer_to_kit": 2, None: 3}[step]
    original, resaved = tmp_path / "gammel.pdf", tmp_path / "gemt-igen.pdf"
    original.write_bytes(old)
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--object-streams=generate", str(original), str(resaved)], check=True)
    else:
        resaved.write_bytes(old)
    for copy in (original, resaved):
        result = kitdesk(home, "verify", str(copy))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("ok: uændret tværsektoriel plan") and "gemt igen" in result.stdout


def test_the_insight_extract_of_the_case_lists_the_plan_read_in(tmp_path):
    """GDPR art. 15: the case's extract says which plans were read in, and its agreements say where from."""
    from kitdesk.store import access_extract
    from tests.export.plan_samples import received_plan

    folder = DataFolder(tmp_path / "modtager")
    prepare(folder)
    store = open_store(folder)
    try:
        case_id = store.cases.create(Case(child_name="Freja Nørgaard"))
        store.plan_imports.read_in(received_plan(), case_id)
        sections = {s.key: s for s in access_extract.build(store, access_extract.gather_case(store, case_id)).sections}
    finally:
        store.close()
    (row,) = sections["received_plans"].rows
    assert row[1:] == ("BUC Eksempelby", "2", "04.12.2026", "2026-0001")
    assert [r[0] for r in sections["agreements"].rows] == ["Modtaget plan"] * 4
