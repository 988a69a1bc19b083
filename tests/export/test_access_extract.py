""""Udtræk til indsigt" read back: the PDF (pypdf) holds the person's data and who saw and changed it,
the CSV opens with its BOM and `;`, a professional's extract shows only their own cases, and text
typed by users comes out literally – never as markup, never as an Excel formula."""
from __future__ import annotations

import csv
import io
import re
from datetime import UTC

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kitdesk.domain.dates import local_today
from kitdesk.export.access_extract import build_access_csv, build_access_pdf, write_access_file, write_access_files
from kitdesk.export.atomic import ExportError
from kitdesk.export.text import clean
from kitdesk.store import access_extract

CPR = "170413-4118"  # fictitious


def _case(store, child):
    return next(r.id for r in store.cases.rows() if r.child_name == child)


def _person(store, name):
    return store.query("SELECT id FROM persons WHERE name = ?", [name])[0]["id"]


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))


@pytest.fixture
def freja(demo_store):
    case_id = _case(demo_store, "Freja Nørgaard")
    demo_store.cases.update(case_id, {"cpr": CPR})
    demo_store.access_log.record("case_opened", "cases", case_id, case_id)
    for meeting in demo_store.meetings.rows(case_id):
        demo_store.access_log.record_meeting("plan_viewed", meeting.id)
    signed = next(m.id for m in demo_store.meetings.rows(case_id) if m.state == "signed")
    demo_store.access_log.record_meeting("plan_exported", signed, "v1", "cpr", "summary")
    return case_id


def test_the_childs_extract_holds_the_case_and_who_saw_and_changed_it(demo_store, freja):
    extract = access_extract.build(demo_store, access_extract.gather_case(demo_store, freja))
    case_no = demo_store.cases.get(freja).case_no
    assert extract.file_stem == f"Indsigt_{case_no}_{local_today().isoformat()}"
    pdf = build_access_pdf(extract)
    text = _text(pdf)
    for expected in ("Udtræk til indsigt", f"Freja Nørgaard – sag {case_no}", CPR, "Bakkeskolen, 7.b",
                     "artikel 15",
                     # network, consents, exchanges, baton log, meetings, minutes, agreements, plans
                     "Netværket", "Anders Vestergård", "Samtykker", "Udredning, trivsel i skolen",
                     "Udveksling af oplysninger", "Statusnotat midt i udredningen", "Stafetlog",
                     "Telefonsamtale med mor", "Netværksmøder", "Deltagere i møderne", "Referater",
                     "Aftaler", "Tværsektorielle planer",
                     # who saw it, who changed it
                     "Hvem har set oplysningerne", "Sagen åbnet", "Planen vist",
                     "Planen skrevet til filer (version 1, med CPR-nummer, med familieudgaven)",
                     "Hvem har ændret oplysningerne", "Oprettet", "Ændret", "CPR-nummer",
                     "Test Bruger", "Mette Kjærgaard"):
        assert expected in text, expected
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert f"Side 1 af {pages}" in text and f"Side {pages} af {pages}" in text
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == f"Udtræk til indsigt – sag {case_no}"  # no name in the metadata
    assert reader.metadata.author == "Test Bruger"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    for page in reader.pages:  # A4
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_the_csv_opens_in_danish_excel_and_says_the_same(demo_store, freja):
    extract = access_extract.build(demo_store, access_extract.gather_case(demo_store, freja))
    rows = _csv_rows(build_access_csv(extract))
    assert rows[0][0] == "Udtræk til indsigt" and "Freja Nørgaard" in rows[0][1]
    assert ["Oplysninger om barnet", "CPR-nummer", CPR] in rows
    sections = {row[0] for row in rows if row}
    assert {s.title for s in extract.sections} <= sections | {s.title for s in extract.sections if not s.rows}
    access = [row for row in rows if row and row[0] == "Hvem har set oplysningerne"]
    assert access[0] == ["Hvem har set oplysningerne", "Tidspunkt", "Bruger", "Handling", "Hvad"]
    assert any(row[3] == "Sagen åbnet" and row[2] == "Test Bruger" for row in access[1:])
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} kl\. \d{1,2}\.\d\d", access[1][1])  # a plain space in the CSV


def test_a_professional_sees_only_their_own_cases(demo_store, freja):
    peter = _person(demo_store, "Peter Ærø")  # the teacher in Freja's and Emil's cases
    extract = access_extract.build(demo_store, access_extract.gather_person(demo_store, peter))
    assert extract.file_stem == f"Indsigt_person-{peter}_{local_today().isoformat()}"
    text = _text(build_access_pdf(extract))
    own = {m.case_no for m in demo_store.persons.memberships(peter)}
    others = {r.case_no for r in demo_store.cases.rows()} - own
    assert len(own) == 2 and others
    for case_no in own:
        assert case_no in text
    for case_no in others:
        assert case_no not in text
    assert "Peter Ærø – person nr." in text and "peter.aero@bakkeskolen.example.dk" in text
    assert "Klasselærer" in text and "Lærer" in text  # his role in each case
    assert "Klasselæreren laver observation" in text  # the agreement he is responsible for
    assert "Sagen åbnet" in text  # Freja's case was opened after he joined its network
    # Other people's and the children's names are not his to receive.
    for name in ("Freja Nørgaard", "Emil Bak", "Camilla Nørgaard", "Thomas Bak", "Mathias", "Alma"):
        assert name not in text, name
    rows = _csv_rows(build_access_csv(extract))
    assert not any(case_no in cell for row in rows for cell in row for case_no in others)


def test_a_parent_sees_the_consent_she_gave_and_her_meetings(demo_store, freja):
    camilla = _person(demo_store, "Camilla Nørgaard")
    text = _text(build_access_pdf(access_extract.build(demo_store, access_extract.gather_person(demo_store, camilla))))
    assert "Camilla Nørgaard Forælder / forældremyndighedsindehaver, skriftligt" in text
    assert "Udredning, trivsel i skolen, fremmøde" in text
    assert "Forælder" in text and "Netværksmøder" in text and "Til stede i lokalet" in text
    assert "deltager" in text or "godkender" in text  # named in the signed plan


def test_a_removed_network_member_is_still_in_the_audit_lines(demo_store):
    case_id = _case(demo_store, "Emil Bak")
    ole = next(m for m in demo_store.network.members(case_id) if m.person_name == "Ole Gram")
    demo_store.network.remove(ole.id)
    data = access_extract.gather_case(demo_store, case_id)
    lines = [c for c in data.changes if c["table_name"] == "members" and c["row_id"] == ole.id]
    assert [c["action"] for c in lines] == ["insert", "delete"]
    person = access_extract.gather_person(demo_store, ole.person_id)
    assert {c["action"] for c in person.changes if c["table_name"] == "members"} == {"insert", "delete"}


def test_a_run_of_edits_is_one_line_with_the_count(demo_store):
    case_id = _case(demo_store, "Emil Bak")
    for n in range(25):
        demo_store.cases.update(case_id, {"school": f"Bakkeskolen, {n}.a"})
    data = access_extract.gather_case(demo_store, case_id)
    runs = [c for c in data.changes if c["table_name"] == "cases" and c["action"] == "update"]
    assert len(runs) == 1 and runs[0]["count"] == 25 and runs[0]["fields"] == ["school"]
    text = _text(build_access_pdf(access_extract.build(demo_store, data)))
    assert "Ændret (25 gange)" in text and "skole/dagtilbud" in text


HOSTILE = '<img src="/etc/passwd"/> <b>Ane</b> & Co'


def test_typed_text_comes_out_literally_and_never_as_a_formula(demo_store, tmp_path):
    case_id = _case(demo_store, "Emil Bak")
    demo_store.cases.update(case_id, {"child_name": HOSTILE})
    demo_store.baton_log.add_note(case_id, '=HYPERLINK("http://example.invalid","klik")')
    demo_store.baton_log.add_note(case_id, "- første punkt\n- andet punkt")
    extract = access_extract.build(demo_store, access_extract.gather_case(demo_store, case_id))
    text = _text(build_access_pdf(extract))
    assert HOSTILE in text
    rows = _csv_rows(build_access_csv(extract))
    cells = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(\"http://example.invalid\",\"klik\")" in cells
    assert "'- første punkt\n- andet punkt" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


def test_files_are_named_by_case_number_and_date_and_written_whole(demo_store, freja, tmp_path):
    extract = access_extract.build(demo_store, access_extract.gather_case(demo_store, freja))
    files = write_access_files(extract, tmp_path / "ud")
    assert sorted(p.name for p in (tmp_path / "ud").iterdir()) == sorted(p.name for p in files.paths)
    case_no = demo_store.cases.get(freja).case_no
    assert files.pdf.name == f"Indsigt_{case_no}_{local_today().isoformat()}.pdf"
    assert "Freja" not in files.pdf.name and "Nørgaard" not in files.csv.name
    only_csv = write_access_files(extract, tmp_path / "csv", pdf=False)
    assert only_csv.pdf is None and [p.suffix for p in (tmp_path / "csv").iterdir()] == [".csv"]
    with pytest.raises(ExportError, match=r"\.pdf eller \.csv"):
        write_access_file(extract, tmp_path / "udtraek.docx")
    with pytest.raises(ExportError, match="Vælg PDF, CSV"):
        write_access_files(extract, tmp_path / "none", pdf=False, csv_file=False)


def _extract_with(text: str):
    from datetime import datetime

    from kitdesk.domain.access import Column, Extract, Section

    return Extract("Udtræk til indsigt", "Ane – sag 2026-0001", "Intro", (("Navn", text),),
                   (Section("baton_log", "Stafetlog", "", (Column("Tekst"),), ((text,),), "Tom."),),
                   datetime(2026, 12, 4, 9, tzinfo=UTC), "Test Bruger", "sag 2026-0001", "Indsigt_2026-0001")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_reads_back_from_the_csv_as_typed(text):
    rows = _csv_rows(build_access_csv(_extract_with(text)))
    cell = [row for row in rows if row and row[0] == "Stafetlog"][-1][1]  # the heading row comes first
    expected = clean(text).replace("\u00a0", " ")
    assert cell in (expected, "'" + expected)
    assert not cell.startswith(("=", "+", "-", "@"))


def test_audit_rows_whose_values_were_cleared_still_show_who_and_when(demo_store):
    """Erasure may clear an audit row's values (keeping that something changed, by whom and when)."""
    case_id = _case(demo_store, "Emil Bak")
    demo_store.cases.update(case_id, {"school": "Åskolen"})
    demo_store.conn.execute("DROP TRIGGER audit_no_update")  # as an erasure step would, for this test only
    demo_store.conn.execute("UPDATE audit SET changes = 'null' WHERE table_name = 'cases' AND row_id = ? "
                            "AND action = 'update'", [case_id])
    demo_store.conn.execute("UPDATE audit SET changes = 'slettet' WHERE table_name = 'cases' AND row_id = ? "
                            "AND action = 'insert'", [case_id])
    data = access_extract.gather_case(demo_store, case_id)
    lines = [c for c in data.changes if c["table_name"] == "cases"]
    assert [(c["action"], c["fields"]) for c in lines] == [("insert", []), ("update", [])]
    assert "Ændret" in _text(build_access_pdf(access_extract.build(demo_store, data)))
