"""The report's files read back: the PDF (pages, "Side X af Y", the figures), the CSV (one row per figure
and period, `;`, BOM) and the XLSX (figures and definitions) – and not one of them, nor the GP fee list,
holds any demo child's name, case number, CPR number or birth date."""
import csv
import io
import re
import zipfile
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kitdesk.domain.dates import MONTHS, local_today
from kitdesk.domain.indicators.compute import build_report, needed_ranges
from kitdesk.domain.indicators.measures import HIDDEN, percent
from kitdesk.domain.indicators.period import Period, last_full_quarter
from kitdesk.domain.indicators.records import CaseFacts, MeetingFacts, ReportData, Selection
from kitdesk.export.gp_fees import build_fee_csv, write_fee_files
from kitdesk.export.report_files import HEADER, build_report_csv, build_report_xlsx, file_stem, write_report_files
from kitdesk.export.report_pdf import build_report_pdf

CREATED = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from kitdesk.store.demo import load_demo
    from tests.support import open_store

    store = open_store(tmp_path_factory.mktemp("demo60"))
    load_demo(store, extra_cases=56)
    today = local_today()
    period = last_full_quarter(today)
    report = build_report(store.report.data(needed_ranges(period), today), period, Selection(), today)
    # Last year, which the demo's three years of history always fill; this year is empty on 2 January.
    fees = store.report.gp_participations(Period.year(today.year - 1))
    children = store.conn.execute("SELECT child_name, case_no, cpr, birth_date FROM cases").fetchall()
    store.close()
    return report, fees, children


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_reads_back_with_pages_figures_and_definitions(demo):
    report = demo[0]
    data = build_report_pdf(report, author="Mette Kjærgaard", organisation="BUC Nordstrand", created=CREATED)
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages >= 3
    for page in reader.pages:  # A4 portrait, 210 × 297 mm
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    assert reader.metadata.title == f"Selvevaluering – {report.period.label}"
    text = _pdf_text(data)
    for n in range(1, pages + 1):
        assert f"Side {n} af {pages}" in text
    within = report.figure("within_deadline").current
    assert percent(within.share) in text and f"{within.numerator} af {within.denominator}" in text
    for title in ("Holdt inden for fem arbejdsdage", "Deltagelser af almen praksis",
                  "Udført til tiden", "Børn, der ventede", "Børn, der har skiftet trin"):
        assert title in text
    assert "weekender, helligdage og lukkedage tæller ikke" in " ".join(text.split())  # definitions printed
    assert report.year_before.label in text


def test_the_csv_has_one_row_per_figure_and_period(demo):
    report = demo[0]
    data = build_report_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == HEADER
    # The period and the year before for every figure; each chart month or quarter for the charts' figures.
    expected = sum(1 + (f.year_before is not None) + len(f.trend) for f in report.figures)
    assert sum(f.year_before is not None for f in report.figures) > len(report.figures) / 2
    assert any(f.trend for f in report.figures) and any(not f.trend for f in report.figures)
    assert len(rows) == 1 + expected
    by_key = {(r[0], r[1]): r for r in rows[1:]}
    row = by_key[("Holdt inden for fem arbejdsdage", report.period.label)]
    within = report.figure("within_deadline").current
    assert row[4:7] == [str(within.numerator), str(within.denominator), f"{within.share * 100:.1f}".replace(".", ",")]
    assert row[2] == report.period.start.strftime("%d.%m.%Y")
    assert by_key[("Afholdte netværksmøder", report.year_before.label)][4] == str(
        report.figure("meetings_held").year_before.numerator)


def test_hidden_cells_say_less_than_five_in_csv_and_xlsx():
    cases = tuple(CaseFacts(i, opened_on=date(2025, 1, 1)) for i in range(1, 4))
    meetings = tuple(MeetingFacts(i, i, "signed", date(2026, 5, 4), date(2026, 5, 1)) for i in range(1, 4))
    report = build_report(ReportData(cases=cases, meetings=meetings), Period.quarter(2026, 2), Selection(),
                          date(2026, 12, 4))
    rows = list(csv.reader(io.StringIO(build_report_csv(report).decode("utf-8-sig")), delimiter=";"))
    row = next(r for r in rows if r[0] == "Holdt inden for fem arbejdsdage" and r[1] == "2. kvartal 2026")
    assert row[4:7] == [HIDDEN, HIDDEN, HIDDEN]
    sheet = load_workbook(io.BytesIO(build_report_xlsx(report, CREATED)))["Nøgletal"]
    cells = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Holdt inden for fem arbejdsdage"
                 and r[1] == "2. kvartal 2026")
    assert cells[4:7] == (HIDDEN, HIDDEN, HIDDEN)


def test_the_xlsx_has_a_sheet_of_figures_and_one_of_definitions(demo):
    report = demo[0]
    book = load_workbook(io.BytesIO(build_report_xlsx(report, CREATED)))
    assert book.sheetnames == ["Nøgletal", "Definitioner"]
    figures = list(book["Nøgletal"].iter_rows(values_only=True))
    assert figures[0] == HEADER
    row = next(r for r in figures if r[0] == "Holdt inden for fem arbejdsdage" and r[1] == report.period.label)
    within = report.figure("within_deadline").current
    assert row[4:7] == (within.numerator, within.denominator, pytest.approx(within.share))
    assert book["Nøgletal"].cell(row=figures.index(row) + 1, column=7).number_format == "0.0%"
    definitions = {r[0]: r[2] for r in book["Definitioner"].iter_rows(values_only=True) if r and r[0]}
    assert definitions["Holdt inden for fem arbejdsdage"].startswith("Andel af de netværksmøder")
    assert len([f for f in report.figures if f.definition.title in definitions]) == len(report.figures)


def test_the_three_files_are_written_together(demo, tmp_path):
    report = demo[0]
    files = write_report_files(report, tmp_path / "ud", author="A", created=CREATED)
    assert [p.name for p in files.paths] == [f"{file_stem(report)}.{s}" for s in ("pdf", "csv", "xlsx")]
    assert all(p.stat().st_size > 0 for p in files.paths)
    narrowed = build_report(ReportData(), report.period, Selection(school="Åskolen 4.b", sector="ppr"), date.today())
    assert file_stem(narrowed) == f"Selvevaluering_{report.period.slug}_Aaskolen-4-b_ppr"


def test_the_gp_fee_list(demo, tmp_path):
    fees = demo[1]
    assert fees, "the demo has GP participations"
    files = write_fee_files(fees, Period.year(local_today().year - 1), tmp_path, author="A", created=CREATED)
    text = _pdf_text(files.pdf.read_bytes())
    assert "Honorarliste, almen praksis" in text and "Ole Gram" in text and "Lægehuset ved Åen" in text
    rows = list(csv.reader(io.StringIO(build_fee_csv(fees).decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Dato", "Læge", "Klinik", "Mødeform", "Deltog", "Honoreres"]
    assert len(rows) == 1 + len(fees)
    assert {r[4] for r in rows[1:]} <= {"Ja", "Nej"} and any(r[5] == "Ja" for r in rows[1:])


def test_no_output_names_a_child(demo, tmp_path):
    """Every demo child's name, case number, CPR number and birth date (as Danes and ISO write it) is
    searched for in the PDF's text, the CSV, every cell and every XML part of the XLSX, and the GP
    fee list."""
    report, fees, children = demo
    files = write_report_files(report, tmp_path, author="Mette Kjærgaard", created=CREATED)
    fee_files = write_fee_files(fees, Period.year(local_today().year - 1), tmp_path, author="Mette Kjærgaard",
                                created=CREATED)
    texts = {"pdf": _pdf_text(files.pdf.read_bytes()), "fee pdf": _pdf_text(fee_files.pdf.read_bytes()),
             "pdf metadata": "\n".join(str(v) for pdf in (files.pdf, fee_files.pdf)
                                       for v in (PdfReader(pdf).metadata or {}).values()),
             "file names": "\n".join(p.name for p in tmp_path.iterdir()),
             "csv": files.csv.read_bytes().decode("utf-8-sig"), "fee csv": fee_files.csv.read_bytes().decode("utf-8-sig")}
    book = load_workbook(files.xlsx)
    texts["xlsx cells"] = "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
                                    for v in row if v is not None)
    with zipfile.ZipFile(files.xlsx) as archive:
        texts["xlsx xml"] = "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    flat = {name: re.sub(r"\s+", "", text) for name, text in texts.items()}
    assert len(children) == 60
    for name, case_no, cpr, birth in children:
        born = date.fromisoformat(birth) if birth else None
        needles = [name, case_no, cpr] + ([born.isoformat(), born.strftime("%d.%m.%Y"), born.strftime("%d-%m-%Y"),
                                            f"{born.day}. {MONTHS[born.month - 1]} {born.year}"] if born else [])
        for needle in filter(None, needles):
            for output, text in texts.items():
                assert needle not in text, (needle, output)
                assert re.sub(r"\s+", "", needle) not in flat[output], (needle, output)
