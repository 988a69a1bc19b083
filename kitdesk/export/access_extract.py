""""Udtræk til indsigt" (GDPR art. 15) as a PDF and a CSV, both from the same Extract.

    files = write_access_files(extract, folder, pdf=True, csv_file=True)   # Indsigt_2026-0001_2026-12-04.pdf/.csv
    write_access_file(extract, Path("udtraek.pdf"))                    # one file, the kind by its suffix

The PDF is for a family or a lawyer: A4, the house style of the other PDFs, every piece of text
through text.para() (via text_flowables), "Side X af Y", title/author/lang metadata. The CSV is
`;`-separated UTF-8 with a BOM, so Danish Excel opens it; each row starts with its section's name.
File names hold the case number (or the person's number) and the date, never a name.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from kitdesk.domain.access import Extract, Section
from kitdesk.domain.dates import fmt_date, fmt_date_long, fmt_datetime, to_local
from kitdesk.export.atomic import ExportError, write_files
from kitdesk.export.pdf_layout import (
    LONG_LINE,
    MM,
    WIDTH,
    document,
    facts_table,
    get_styles,
    letterhead,
    numbered_canvas,
    ruled_table,
    text_flowables,
)
from kitdesk.export.text import clean, one_line, para

SUFFIXES = (".pdf", ".csv")
MARKER = "kitdesk-access-extract"
# A cell starting with one of these is a formula to Excel: it is written with a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_styles = None


@dataclass
class AccessFiles:
    pdf: Path | None
    csv: Path | None

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.pdf, self.csv) if p is not None]


def file_names(extract: Extract) -> tuple[str, str]:
    return f"{extract.file_stem}.pdf", f"{extract.file_stem}.csv"


# -- PDF --------------------------------------------------------------------------------------------------

def _get_styles() -> dict:
    """The house styles, with a smaller table text: these tables have up to seven columns."""
    global _styles
    if _styles is None:
        from reportlab.lib.styles import ParagraphStyle

        base = get_styles()
        _styles = {**base,
                   "cell": ParagraphStyle("extract_cell", parent=base["cell"], fontSize=8.5, leading=11.5),
                   "cell_head": ParagraphStyle("extract_head", parent=base["cell_head"], fontSize=8, leading=10.5),
                   "lead": ParagraphStyle("extract_lead", parent=base["body"], fontSize=9, leading=12.5,
                                          textColor=base["small"].textColor, spaceAfter=2)}
    return _styles


def _cells(rows, style) -> list[list]:
    """Table cells as Paragraphs: one per cell (a line of its own per line break, via
    text_flowables, only where the text has them). The markup of a text is made once – a log
    repeats the same names, actions and dates thousands of times."""
    from reportlab.platypus import Paragraph

    markup: dict[str, str] = {}
    out = []
    for row in rows:
        cells: list = []
        for text in row:
            if "\n" in text or len(text) > LONG_LINE:
                cells.append(text_flowables(text, style) or "")
            elif text:
                if text not in markup:
                    markup[text] = para(text)
                cells.append(Paragraph(markup[text], style))
            else:
                cells.append("")
        out.append(cells)
    return out


PADDING = 12  # points: ruled_table's left and right padding of a cell
WIDEST_SHARE = 0.4  # no column claims more than this share of the page for its longest word
MEASURED = 160  # characters: longer cells are running text, which wraps in any width
_BREAKS = re.compile(r"[ \n]+")


def column_widths(section: Section, styles) -> list[float]:
    """Each column its share of the page by weight, but never narrower than its longest word
    (a date, "Kontaktperson"): a date broken over two lines reads badly. Columns that need more
    than their share keep their need; the rest share what is left, by weight."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cell, head = styles["cell"], styles["cell_head"]
    needs = []
    for n, column in enumerate(section.columns):
        # Split where ReportLab may break a line: at a space or a line break, not at a no-break space.
        # Each word measured once: a log of thousands of rows repeats the same few.
        words = {w for row in section.rows if len(row[n]) <= MEASURED for w in _BREAKS.split(row[n])}
        widest = max([stringWidth(w, head.fontName, head.fontSize) for w in _BREAKS.split(column.title)]
                     + [stringWidth(w, cell.fontName, cell.fontSize) for w in words])
        needs.append(min(widest + PADDING + 1, WIDTH * WIDEST_SHARE))
    fixed: dict[int, float] = {}
    while True:
        free = [n for n in range(len(needs)) if n not in fixed]
        room = WIDTH - sum(fixed.values())
        weight = sum(section.columns[n].weight for n in free)
        short = [n for n in free if room * section.columns[n].weight / weight < needs[n]]
        if not short or len(short) == len(free):
            break
        fixed.update({n: needs[n] for n in short})
    if room <= 0 or not free:  # more words than page: plain shares
        return [WIDTH * c.weight / sum(x.weight for x in section.columns) for c in section.columns]
    return [fixed[n] if n in fixed else room * section.columns[n].weight / weight for n in range(len(needs))]


def _section(section: Section, styles) -> list:
    from reportlab.platypus import KeepTogether, Paragraph

    if not section.rows:
        return [KeepTogether([Paragraph(para(section.title), styles["h2"]),
                              Paragraph(para(section.lead), styles["lead"]),
                              Paragraph(para(section.empty), styles["muted"])])]
    widths = column_widths(section, styles)
    rows = _cells(section.rows, styles["cell"])
    return [ruled_table(para(section.title), para(section.lead), [para(c.title) for c in section.columns], rows,
                        widths, {**styles, "body": styles["lead"]})]


def build_access_pdf(extract: Extract) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    styles = _get_styles()
    made_on = to_local(extract.made_at).date()
    story = [letterhead(f"<b>KIT Desk</b><br/>{para(one_line(extract.made_by))}",
                        f"Dato: {fmt_date_long(made_on)}", styles), Spacer(1, 10 * MM),
             Paragraph(para(extract.title), styles["title"]),
             Paragraph(para(one_line(extract.subject_line)), styles["subtitle"]),
             Paragraph(para(extract.intro), styles["body"]), Spacer(1, 2 * MM),
             facts_table([(para(label), para(value)) for label, value in extract.facts], styles,
                         label_width=42 * MM)]
    for section in extract.sections:
        story += _section(section, styles)
    story += [Spacer(1, 8 * MM), Paragraph(
        f"Udtrækket er lavet {para(fmt_datetime(extract.made_at))} og viser det, KIT Desk havde gemt på dette "
        "tidspunkt. Oplysninger, der er sendt videre til andre (fx planer sendt pr. e-mail), findes også hos "
        "modtagerne.", styles["lead"])]

    reference = one_line(extract.reference)
    footer = f"{extract.title} · {reference} · {fmt_date(made_on)} · Fortroligt"
    buffer = io.BytesIO()
    doc = document(buffer, title=f"{extract.title} – {reference}", author=one_line(extract.made_by),
                   subject="Oplysninger og log efter databeskyttelsesforordningens artikel 15 (indsigtsret)",
                   keywords=f"{MARKER} {reference.replace(' ', '-')}")
    doc.build(story, canvasmaker=numbered_canvas(extract.made_at, footer))
    return buffer.getvalue()


# -- CSV --------------------------------------------------------------------------------------------------

def _safe(text: str) -> str:
    text = clean(text).replace("\u00a0", " ")
    return "'" + text if text.startswith(_FORMULA_START) else text


def build_access_csv(extract: Extract) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([extract.title, one_line(extract.subject_line)])
    writer.writerow(["Lavet", f"{fmt_datetime(extract.made_at)} af {one_line(extract.made_by)}"])
    writer.writerow([])
    facts_title = "Oplysninger om barnet" if extract.reference.startswith("sag") else "Oplysninger om personen"
    # Every row starts with its section, its heading row too: a filter on the first column in Excel
    # shows one section with its column names.
    writer.writerow([facts_title, "Felt", "Værdi"])
    for label, value in extract.facts:
        writer.writerow([facts_title, label, _safe(value)])
    for section in extract.sections:
        writer.writerow([])
        if not section.rows:
            writer.writerow([section.title, section.empty])
            continue
        writer.writerow([section.title, *(c.title for c in section.columns)])
        for row in section.rows:
            writer.writerow([section.title, *(_safe(text) for text in row)])
    return out.getvalue().encode("utf-8-sig")


# -- files ------------------------------------------------------------------------------------------------

def _content(extract: Extract, suffix: str) -> bytes:
    return build_access_pdf(extract) if suffix == ".pdf" else build_access_csv(extract)


def write_access_file(extract: Extract, target: Path) -> Path:
    """One file, PDF or CSV by its suffix, written all or nothing; raises ExportError (Danish)."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(f"Filen skal hedde .pdf eller .csv, ikke »{target.name}«.")
    write_files({target: _content(extract, suffix)})
    return target


def write_access_files(extract: Extract, folder: Path, *, pdf: bool = True, csv_file: bool = True) -> AccessFiles:
    """The chosen files into `folder` (made if missing), both or neither."""
    folder = Path(folder)
    pdf_name, csv_name = file_names(extract)
    chosen = {folder / pdf_name: ".pdf"} if pdf else {}
    if csv_file:
        chosen[folder / csv_name] = ".csv"
    if not chosen:
        raise ExportError("Vælg PDF, CSV eller begge.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from kitdesk.export.atomic import danish_message

        raise ExportError(danish_message(exc, folder)) from exc
    write_files({target: _content(extract, suffix) for target, suffix in chosen.items()})
    return AccessFiles(folder / pdf_name if pdf else None, folder / csv_name if csv_file else None)
