"""Selvevaluering as files: the PDF, the figures as CSV and as XLSX, written together all or nothing.

    write_report_files(report, folder, author=..., organisation=..., created=...)   # .pdf, .csv, .xlsx

The CSV has one row per figure and period – the chosen period, the same period a year before and each
month or quarter of the charts: figure, period, numerator, denominator, share, value, unit, cases;
`;`-separated UTF-8 with a BOM, so Danish Excel opens it, numbers with a decimal comma. The XLSX has a
sheet of the same rows (numbers as numbers, shares formatted as per cent) and a sheet of definitions.
A hidden cell is "< 5" in both. File names hold the period and, when narrowed, the selection – in
ASCII, never anything about a child.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kitdesk.domain.indicators.compute import Report
from kitdesk.domain.indicators.definitions import GROUPS
from kitdesk.domain.indicators.measures import HIDDEN, LIMIT, export_cells
from kitdesk.domain.indicators.period import Period
from kitdesk.domain.indicators.records import Selection
from kitdesk.export.atomic import ExportError, danish_message, write_files

HEADER = ("Nøgletal", "Periode", "Fra", "Til", "Tæller", "Nævner", "Andel (%)", "Værdi", "Enhed", "Sager")
DEFINITIONS_HEADER = ("Nøgletal", "Område", "Definition", "Enhed")
RULE = (f"Et felt, der bygger på færre end {LIMIT} børn, vises som »{HIDDEN}«; hvor det ellers kunne regnes ud af "
        f"de andre tal, er det næstmindste felt også vist som »{HIDDEN}«. Rapporten nævner ingen navne, "
        "CPR-numre, fødselsdatoer eller sagsnumre.")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ReportFiles:
    pdf: Path
    csv: Path
    xlsx: Path
    figures: Path | None = None  # the figure file for merging (report_figures.py); not for a merged report

    @property
    def paths(self) -> list[Path]:
        return [self.pdf, self.csv, self.xlsx, *([self.figures] if self.figures else [])]


def file_stem(report: Report) -> str:
    """"Selvevaluering_2026-K3", "Selvevaluering_2026-K3_Aaskolen", "Selvevaluering_2026-K3_flettet"."""
    merged = "_flettet" if report.merged_from else ""
    return f"Selvevaluering_{report.period.slug}{selection_suffix(report.selection)}{merged}"


def selection_suffix(selection: Selection) -> str:
    """"", "_Fjordby-Kommune", "_Aaskolen_ppr": the selection in a file name, in ASCII."""
    extra = "_".join(_ascii(v) for v in (selection.municipality, selection.school, selection.sector) if v)
    return f"_{extra}" if extra else ""


def _ascii(text: str) -> str:
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace(
        "Ø", "Oe").replace("Å", "Aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "udvalg"


def rows(report: Report) -> list[tuple]:
    """The figures' rows: (title, period label, from, to, numerator, denominator, share 0–1, value, unit,
    selection) for the period, the year before (where the figure has data then) and – for the meetings' and plans'
    figures – each month or quarter of the charts."""
    periods: list[tuple[Period, str | int]] = [(report.period, "current")]
    if report.year_before is not None:
        periods.append((report.year_before, "before"))
    periods += [(bucket, index) for index, bucket in enumerate(report.trend)]
    out = []
    for figure in report.figures:
        d = figure.definition
        for period, which in periods:
            if which not in ("current", "before") and not figure.trend:
                continue  # counted per month or quarter only for the charts' figures
            if which == "before" and figure.year_before is None:
                continue  # no data that far back for this figure (a row of blanks would read as zero)
            measure = (figure.current if which == "current" else figure.year_before if which == "before"
                       else figure.trend[int(which)])
            numerator, denominator, share, value = export_cells(measure)
            out.append((d.title, period.label, period.start, period.end, numerator, denominator, share, value,
                        d.unit, report.selection.label))
    return out


# -- CSV ----------------------------------------------------------------------------------------------------

def _csv_cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    if isinstance(value, int):
        return str(value)
    if hasattr(value, "isoformat"):
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def build_report_csv(report: Report) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows(report):
        *head, numerator, denominator, share, value, unit, selection = row
        share = share * 100 if isinstance(share, float) else share
        writer.writerow([_csv_cell(v) for v in (*head, numerator, denominator, share, value, unit, selection)])
    return out.getvalue().encode("utf-8-sig")


# -- XLSX ---------------------------------------------------------------------------------------------------

def build_report_xlsx(report: Report, created: datetime) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.properties.creator = "KIT Desk"
    book.properties.title = f"Selvevaluering – {report.period.label}"
    book.properties.created = book.properties.modified = created.replace(tzinfo=None)
    sheet = book.active
    sheet.title = "Nøgletal"
    sheet.append(HEADER)
    for row in rows(report):
        sheet.append([_xlsx(v) for v in row])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    for (share_cell,) in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        share_cell.number_format = "0.0%"
    for (from_cell, to_cell) in sheet.iter_rows(min_row=2, min_col=3, max_col=4):
        from_cell.number_format = to_cell.number_format = "DD.MM.YYYY"
    for (value_cell,) in sheet.iter_rows(min_row=2, min_col=8, max_col=8):
        value_cell.number_format = "0.0"
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    for column, width in zip("ABCDEFGHIJ", (42, 20, 12, 12, 9, 9, 10, 9, 12, 30), strict=True):
        sheet.column_dimensions[column].width = width

    definitions = book.create_sheet("Definitioner")
    definitions.append(DEFINITIONS_HEADER)
    for figure in report.figures:
        d = figure.definition
        definitions.append([d.title, GROUPS[d.group], d.definition, d.unit or ("andel" if d.kind == "share" else "antal")])
    for cell in definitions[1]:
        cell.font = bold
    definitions.append([])
    definitions.append(["Sager", report.selection.label])
    if report.merged_from:
        definitions.append(["Flettet", f"Lagt sammen af {report.merged_from} filer med nøgletal; reglen om små tal "
                                       "er anvendt på summerne." + "".join(f" {n}" for n in report.merge_notes)])
    definitions.append(["Små tal", RULE])
    for column, width in zip("ABCD", (42, 26, 100, 12), strict=True):
        definitions.column_dimensions[column].width = width
    for (text_cell,) in definitions.iter_rows(min_row=2, min_col=3, max_col=3):
        text_cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value  # never a formula
    return value


# -- files --------------------------------------------------------------------------------------------------

def write_report_files(report: Report, folder: Path, *, author: str, organisation: str = "",
                       created: datetime, folder_id: str | None = None) -> ReportFiles:
    """The PDF, CSV and XLSX into `folder` (made if missing), all or none; raises ExportError. With the
    data folder's `folder_id`, also the figure file a team merges (never for a merged report: merging
    it again with the files it was made of would count them twice)."""
    from kitdesk.domain.indicators.figure_file import SUFFIX
    from kitdesk.export.report_figures import figure_file_bytes
    from kitdesk.export.report_pdf import build_report_pdf

    folder = Path(folder)
    stem = file_stem(report)
    files = ReportFiles(folder / f"{stem}.pdf", folder / f"{stem}.csv", folder / f"{stem}.xlsx")
    contents = {files.pdf: build_report_pdf(report, author=author, organisation=organisation, created=created),
                files.csv: build_report_csv(report), files.xlsx: build_report_xlsx(report, created)}
    if folder_id is not None and report.counts is not None and not report.merged_from:
        files.figures = folder / f"{stem}{SUFFIX}"
        contents[files.figures] = figure_file_bytes(report, folder_id=folder_id, exported_at=created)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(danish_message(exc, folder)) from exc
    write_files(contents)
    return files
