"""`kitdesk export-plan` and `kitdesk verify`, run as a user would run them on the demo data."""
from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from kitdesk.export.plan_pdf import read_plan_marker
from kitdesk.paths import DataFolder
from kitdesk.store.db import connect
from tests.support import case_no_of, demo_folder, key_of, open_store
from tests.test_cli import kitdesk


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    return demo_folder(tmp_path_factory.mktemp("plans"))


@pytest.fixture
def home(tmp_path, demo_home):
    copy = tmp_path / "home"
    shutil.copytree(demo_home, copy)
    return copy


def _ids(home) -> dict[str, int]:
    conn = connect(DataFolder(home).db_path, key_of(home))
    try:
        return {state: mid for mid, state in conn.execute("SELECT id, state FROM meetings ORDER BY id")}
    finally:
        conn.close()


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_signed_plan_exports_the_same_bytes_twice_and_verifies(home, tmp_path):
    signed = _ids(home)["signed"]
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for target in (first, second):
        result = kitdesk(home, "export-plan", "--meeting", str(signed), "--out", str(target))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(target)
    assert first.read_bytes() == second.read_bytes()
    text = _text(first)
    assert "Tværsektoriel plan" in text and "Freja Nørgaard" in text and "UDKAST" not in text
    conn = connect(DataFolder(home).db_path, key_of(home))
    digest = conn.execute("SELECT fingerprint FROM plan_versions WHERE meeting_id = ?", [signed]).fetchone()[0]
    conn.close()
    assert f"fingeraftryk {digest[:12]}" in text

    result = kitdesk(home, "verify", str(first))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"ok: uændret tværsektoriel plan, sag {case_no_of(home)}") and "version 1" in result.stdout
    assert digest in result.stdout


def test_a_file_not_exported_here_is_rendered_again_and_compared(home, tmp_path):
    signed = _ids(home)["signed"]
    target = tmp_path / "plan.pdf"
    assert kitdesk(home, "export-plan", "--meeting", str(signed), "--out", str(target)).returncode == 0
    conn = connect(DataFolder(home).db_path, key_of(home))
    conn.execute("DELETE FROM plan_exports")  # as if the file had been made by another export
    conn.commit()
    conn.close()
    assert kitdesk(home, "verify", str(target)).returncode == 0


def _exported(home, tmp_path):
    target = tmp_path / "plan.pdf"
    assert kitdesk(home, "export-plan", "--meeting", str(_ids(home)["signed"]), "--out", str(target)).returncode == 0
    return target


def test_an_altered_byte_is_never_taken_for_the_file_kitdesk_wrote(home, tmp_path):
    """A flipped bit either changes what the file shows (ÆNDRET, or not a plan), or – in the file's
    bookkeeping – nothing it shows: then verify says it is not the file KIT Desk wrote."""
    original = _exported(home, tmp_path).read_bytes()
    for offset in (len(original) // 3, len(original) // 2, len(original) - 40):
        altered = bytearray(original)
        altered[offset] ^= 0x01
        bad = tmp_path / f"bad-{offset}.pdf"
        bad.write_bytes(bytes(altered))
        result = kitdesk(home, "verify", str(bad))
        assert result.returncode != 0 or "gemt igen af et andet program" in result.stdout, offset
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(original + b"\n% added\n")
    result = kitdesk(home, "verify", str(appended))
    assert result.returncode == 0 and "ikke byte for byte den fil, KIT Desk skrev" in result.stdout


def test_a_plan_another_program_resaved_with_object_streams_verifies(home, tmp_path):
    """qpdf compresses the objects, the metadata too, into object streams: other bytes, the same plan."""
    if shutil.which("qpdf") is None and not os.environ.get("CI"):
        pytest.skip("qpdf is not installed")
    original = _exported(home, tmp_path)
    resaved = tmp_path / "gemt-igen.pdf"
    subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y", str(original), str(resaved)],
                   check=True)
    assert b"/ObjStm" in resaved.read_bytes() and resaved.read_bytes() != original.read_bytes()
    result = kitdesk(home, "verify", str(resaved))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"ok: uændret tværsektoriel plan, sag {case_no_of(home)}")
    assert lines[1] == ("Filen er gemt igen af et andet program, så den er ikke byte for byte den fil, KIT Desk "
                        "skrev; sider, tekst og udseende er de samme som i den godkendte version.")
    locked = tmp_path / "adgangskode.pdf"
    subprocess.run(["qpdf", "--encrypt", "hemmelig", "hemmelig", "256", "--", str(original), str(locked)], check=True)
    result = kitdesk(home, "verify", str(locked))
    assert result.returncode == 1 and "beskyttet med en adgangskode" in result.stderr


def test_a_resaved_plan_whose_content_changed_says_what_changed(home, tmp_path):
    original = _exported(home, tmp_path)
    stamp = io.BytesIO()
    canvas = Canvas(stamp)
    canvas.drawString(100, 100, "Tilføjet bagefter")
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(str(original)))
    writer.pages[1].merge_page(PdfReader(stamp).pages[0])
    stamped = tmp_path / "stemplet.pdf"
    writer.write(stamped)
    result = kitdesk(home, "verify", str(stamped))
    assert result.returncode == 1 and "ok" not in result.stdout
    assert result.stderr.startswith(f"ÆNDRET: filen ligner version 1 af planen for sag {case_no_of(home)}")
    assert result.stderr.strip().endswith("teksten på side 2 er ændret.")

    writer = PdfWriter(clone_from=PdfReader(str(original)))
    writer.add_metadata({"/Title": "En anden plan"})
    retitled = tmp_path / "ny-titel.pdf"
    writer.write(retitled)
    result = kitdesk(home, "verify", str(retitled))
    assert result.returncode == 1 and result.stderr.strip().endswith(
        "filens titel i dokumentoplysningerne er ændret.")


def test_a_draft_is_marked_and_never_verifies(home, tmp_path):
    held = _ids(home)["held"]
    target = tmp_path / "udkast.pdf"
    result = kitdesk(home, "export-plan", "--meeting", str(held), "--out", str(target))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(target))
    assert all("UDKAST – ikke godkendt" in page.extract_text() for page in reader.pages)
    result = kitdesk(home, "verify", str(target))
    assert result.returncode == 2 and "godkendt version" in result.stderr


def test_the_cpr_number_only_when_asked_for(home, tmp_path):
    signed = _ids(home)["signed"]
    store = open_store(DataFolder(home))
    try:
        version = store.plans.latest_signed(signed)
        assert version.content.cpr is None  # the demo has no CPR numbers: give the case one, then sign v2
        case_id = version.case_id
        store.cases.update(case_id, {"cpr": "170413-0000"})  # as the Overview tab stores it
        store.plans.open_new_version(signed, "CPR-nummer tilføjet")
        for approval in store.plans.approvals(signed):
            if approval.name in ("Mette Kjærgaard", "Anders Vestergård"):
                store.plans.set_approval(approval.id, {"approved": True, "how": "email"})
        store.plans.sign_off(signed)
    finally:
        store.close()
    plain, with_cpr = tmp_path / "plain.pdf", tmp_path / "cpr.pdf"
    assert kitdesk(home, "export-plan", "--meeting", str(signed), "--out", str(plain)).returncode == 0
    assert kitdesk(home, "export-plan", "--meeting", str(signed), "--out", str(with_cpr), "--cpr").returncode == 0
    # Not on the page, and not in the metadata either (which is stored uncompressed).
    assert "170413" not in _text(plain) and "170413" not in str(PdfReader(str(plain)).metadata)
    assert read_plan_marker(plain.read_bytes())["cpr"] is False
    assert "170413-0000" in _text(with_cpr) and read_plan_marker(with_cpr.read_bytes())["cpr"] is True
    assert "Version 2" in _text(plain) and "CPR-nummer tilføjet" in _text(plain)
    assert kitdesk(home, "verify", str(with_cpr)).returncode == 0
    older = tmp_path / "v1.pdf"
    assert kitdesk(home, "export-plan", "--meeting", str(signed), "--version", "1", "--out", str(older)).returncode == 0
    assert "Version 1" in _text(older) and "CPR-nummer tilføjet" not in _text(older)


def test_bad_requests_say_so_in_danish(home, tmp_path):
    ids = _ids(home)
    result = kitdesk(home, "export-plan", "--meeting", "999", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "intet netværksmøde med nummer 999" in result.stderr
    result = kitdesk(home, "export-plan", "--meeting", str(ids["invited"]), "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "afholdt" in result.stderr
    result = kitdesk(home, "export-plan", "--meeting", str(ids["signed"]), "--version", "7",
                     "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "version 7" in result.stderr
    result = kitdesk(home, "export-plan", "--meeting", str(ids["signed"]), "--out",
                     str(tmp_path / "findes-ikke" / "x.pdf"))
    assert result.returncode == 1 and "findes ikke" in result.stderr
    assert not list(tmp_path.glob("**/*.pdf"))
    (tmp_path / "not.pdf").write_bytes(b"%PDF-1.4 nothing here")
    result = kitdesk(home, "verify", str(tmp_path / "not.pdf"))
    assert result.returncode == 1
    assert result.stderr.strip() == "Filen kan ikke åbnes som PDF: den er beskadiget eller ikke en PDF."
    letter = tmp_path / "brev.pdf"
    canvas = Canvas(str(letter))
    canvas.drawString(100, 100, "Et andet brev")
    canvas.save()
    result = kitdesk(home, "verify", str(letter))
    assert result.returncode == 1 and "ikke en tværsektoriel plan" in result.stderr
