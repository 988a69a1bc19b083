"""`kitdesk access-log` – "Udtræk til indsigt" headless – and the access log of `invite` and
`export-plan`, run as a user would run them: `python -m kitdesk ...` in a subprocess."""
from __future__ import annotations

import csv
import io
import shutil

import pytest
from pypdf import PdfReader

from kitdesk.paths import DataFolder
from kitdesk.store.db import connect
from tests.support import demo_folder, key_of
from tests.test_cli import kitdesk
from tests.test_cli_meetings import _ready_draft


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    return demo_folder(tmp_path_factory.mktemp("access"))


@pytest.fixture
def home(tmp_path, demo_home):
    copy = tmp_path / "home"
    shutil.copytree(demo_home, copy)
    return copy


def _query(home, sql, args=()):
    conn = connect(DataFolder(home).db_path, key_of(home))
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _log(home):
    return _query(home, "SELECT user, action, entity, entity_id, case_id, detail FROM access_log ORDER BY id")


def test_the_childs_extract_as_pdf_by_case_number(home, tmp_path):
    case_id, case_no = _query(home, "SELECT id, case_no FROM cases WHERE child_name = 'Freja Nørgaard'")[0]
    target = tmp_path / "udtraek.pdf"
    result = kitdesk(home, "access-log", "--case", case_no, "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Udtræk til indsigt" in text and f"Freja Nørgaard – sag {case_no}" in text
    assert "Hvem har ændret oplysningerne" in text and "Mette Kjærgaard" in text
    assert _log(home) == [("Mette Kjærgaard", "access_extract", "cases", case_id, case_id, "pdf,cli")]
    # ... and the next extract shows that one was made.
    again = tmp_path / "igen.pdf"
    assert kitdesk(home, "access-log", "--case", str(case_id), "--out", str(again)).returncode == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(again)).pages).split())
    assert "Udtræk til indsigt lavet (PDF, fra kommandolinjen)" in text


def test_a_persons_extract_as_csv(home, tmp_path):
    (person_id,) = _query(home, "SELECT id FROM persons WHERE name = 'Peter Ærø'")[0]
    target = tmp_path / "peter.csv"
    result = kitdesk(home, "access-log", "--person", str(person_id), "--out", str(target))
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))
    assert rows[0][0] == "Udtræk til indsigt" and rows[0][1].startswith("Peter Ærø – person nr.")
    own = {no for (no,) in _query(home, "SELECT c.case_no FROM members m JOIN cases c ON c.id = m.case_id "
                                        "WHERE m.person_id = ?", [person_id])}
    network = [row for row in rows if row and row[0] == "Sager og netværk"][1:]
    assert {row[1] for row in network} == own
    assert _log(home)[-1] == ("Mette Kjærgaard", "access_extract", "persons", person_id, None, "csv,cli")


@pytest.mark.parametrize("args, message", [
    (("--case", "2099-9999", "--out", "x.pdf"), "Der er ingen sag med nummer 2099-9999"),
    (("--person", "9999", "--out", "x.pdf"), "Der er ingen person med nummer 9999"),
    (("--case", "1", "--out", "x.docx"), "Filen skal hedde .pdf eller .csv"),
])
def test_refusals_are_danish_and_log_nothing(home, tmp_path, args, message):
    out = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    result = kitdesk(home, "access-log", *out)
    assert result.returncode == 2 and message in result.stderr
    assert _log(home) == [] and not list(tmp_path.glob("x.*"))


def test_case_and_person_together_is_refused(home, tmp_path):
    result = kitdesk(home, "access-log", "--case", "1", "--person", "1", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "--person" in result.stderr


def test_invite_and_export_plan_are_logged(home, tmp_path):
    case_id, meeting_id = _ready_draft(home)
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "ind"))
    assert result.returncode == 0, result.stderr
    assert _log(home)[-1] == ("Mette Kjærgaard", "invitation_exported", "meetings", meeting_id, case_id,
                              "request,cli")
    signed, freja = _query(home, "SELECT id, case_id FROM meetings WHERE state = 'signed'")[0]
    result = kitdesk(home, "export-plan", "--meeting", str(signed), "--out", str(tmp_path / "plan.pdf"))
    assert result.returncode == 0, result.stderr
    assert _log(home)[-1] == ("Mette Kjærgaard", "plan_exported", "meetings", signed, freja, "v1,cli")
    # No name, CPR number or file name in any row.
    names = {w for (n,) in _query(home, "SELECT name FROM persons UNION SELECT child_name FROM cases")
             for w in n.split()}
    for row in _log(home):
        text = " ".join(str(v) for v in row[1:])
        assert not any(w in text for w in names) and ".pdf" not in text
