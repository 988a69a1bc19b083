"""Selvevaluering as a PDF for a leader's meeting: what was counted and how, the charts, and every
figure with its numerator and denominator, its definition and the same period a year before.

A4 in the house style of the other PDFs ("Side X af Y", embedded fonts, da-DK), built from a Report
alone: no child is named anywhere in it, and a cell based on fewer than five children says "< 5".
The window shows exactly this PDF (the plan screen's preview).
"""
from __future__ import annotations

import io
from datetime import datetime

from kitdesk.domain.dates import fmt_date, fmt_date_long
from kitdesk.domain.indicators.compute import Report
from kitdesk.domain.indicators.definitions import FATES, GROUPS
from kitdesk.domain.indicators.measures import LIMIT, cell_lines, cell_text
from kitdesk.domain.vocabulary import LEVELS, STEPS
from kitdesk.export import report_charts as charts
from kitdesk.export.pdf_layout import (
    MM,
    WIDTH,
    document,
    facts_table,
    get_styles,
    letterhead,
    numbered_canvas,
    ruled_table,
)
from kitdesk.export.text import one_line, para

MARKER = "kitdesk-report"
TITLE = "Selvevaluering"
SUBTITLE = "Samarbejdet om børn og unge på tværs af BUC og kommunen (KIT)"
LEAD = ("Tallene er talt af KIT Desk ud fra de sager, møder, planer og aftaler, der er registreret i denne "
        "datamappe. Hvert tal står med sin tæller og nævner, sin definition og – hvor der er data – samme periode "
        "året før. Et felt, der bygger på færre end {limit} børn, vises som »< {limit}«, og hvor det ellers kunne "
        "regnes ud af de andre tal, skjules det næstmindste felt også, så intet barn kan genkendes; rapporten "
        "nævner ingen navne, CPR-numre eller sagsnumre.")
MERGED_LEAD = ("Tallene er lagt sammen af {files} filer med nøgletal, som kolleger har gemt fra hver sin KIT Desk "
               "for samme periode. Tællere og nævnere er summeret, og medianerne er regnet af alle de underliggende "
               "værdier; et barn, der følges i to datamapper, tælles med i hver. Reglen om små tal er anvendt på "
               "summerne: et felt, der bygger på færre end {limit} børn, vises som »< {limit}«, og hvor det ellers "
               "kunne regnes ud af de andre tal, skjules det næstmindste felt også. Rapporten nævner ingen navne, "
               "CPR-numre eller sagsnumre. Honorarlisten for almen praksis flettes ikke, da den nævner lægerne.")
GAP = 6 * MM


def build_report_pdf(report: Report, *, author: str, organisation: str = "", created: datetime) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    styles = get_styles()
    sender = "<b>KIT Desk</b>" + "".join(f"<br/>{para(one_line(t))}" for t in (author, organisation) if t.strip())
    story = [letterhead(sender, f"Dato: {fmt_date_long(report.made_on)}", styles), Spacer(1, 8 * MM),
             Paragraph(TITLE + (" – flettet" if report.merged_from else ""), styles["title"]),
             Paragraph(para(SUBTITLE), styles["subtitle"]),
             facts_table([(para(label), para(value)) for label, value in facts(report)], styles,
                         label_width=46 * MM),
             Spacer(1, 3 * MM), Paragraph(para((MERGED_LEAD if report.merged_from else LEAD).format(
                 limit=LIMIT, files=report.merged_from)), styles["small"])]
    story += _charts(report, styles)
    for group, figures in report.groups:
        story.append(_group_table(report, GROUPS[group], figures, styles))
    story += [Spacer(1, 6 * MM), Paragraph(para(
        "Trin og niveau ved forløbets start læses af ændringsloggen; en videreført aftale tæller med på det møde, "
        "hvor den blev indgået, og følger den videreførte aftales skæbne. Aftaler og planer vises, som de står "
        "i dag; ventetider og trin, som de stod ved periodens slutning."), styles["small"])]

    footer = f"{TITLE} · {report.period.label} · {report.selection.label}"
    buffer = io.BytesIO()
    doc = document(buffer, title=f"{TITLE} – {report.period.label}", author=one_line(author),
                   subject="Nøgletal for det tværsektorielle samarbejde – uden personoplysninger",
                   keywords=f"{MARKER} {report.period.slug}")
    doc.build(story, canvasmaker=numbered_canvas(created, footer[:110]))
    return buffer.getvalue()


def facts(report: Report) -> list[tuple[str, str]]:
    """The box at the top: what the report covers (also the CSV's and XLSX's heading lines)."""
    period = report.period
    rows = [("Periode", f"{period.label} ({fmt_date(period.start)}–{fmt_date(period.end)})"),
            ("Sammenlignet med", report.year_before.label if report.year_before else
             "Ingen data fra samme periode året før"),
            ("Sager", report.selection.label),
            ("Grundlag", f"{cell_text(report.cases)} sager åbne i perioden, "
                         f"{cell_text(report.figure('meetings_held').current)} afholdte netværksmøder"),
            ("Lavet", fmt_date(report.made_on))]
    if report.merged_from:
        rows.insert(3, ("Flettet", f"Lagt sammen af {report.merged_from} filer med nøgletal."
                                   + "".join(f" {note}" for note in report.merge_notes)))
    return rows


# -- charts ----------------------------------------------------------------------------------------------

def _charts(report: Report, styles) -> list:
    from reportlab.platypus import Paragraph, Table, TableStyle

    half = (WIDTH - GAP) / 2
    labels = [p.short_label for p in report.trend]
    inside = {i for i, p in enumerate(report.trend) if report.period.start <= p.start and p.end <= report.period.end}
    marked = inside if len(inside) < len(report.trend) else set()

    def trend_chart(key: str, as_share: bool, height: float = 42 * MM):
        figure = report.figure(key)
        return charts.bars(labels, list(figure.trend), half, height, as_share=as_share,
                           target=figure.definition.target, marked=marked)

    def cell(title: str, note: str, drawing) -> list:
        return [Paragraph(para(title), styles["h3"]), Paragraph(para(note), styles["small"]), drawing]

    unit = "måned" if report.trend and report.trend[0].kind == "month" else "kvartal"
    grid = [
        [cell("Afholdte netværksmøder", f"Pr. {unit}", trend_chart("meetings_held", False)),
         cell("Holdt inden for fem arbejdsdage", f"Andel pr. {unit}", trend_chart("within_deadline", True))],
        [cell("Information udvekslet før mødet", f"Andel pr. {unit}", trend_chart("exchange_before", True)),
         cell("Godkendt plan", f"Andel pr. {unit}", trend_chart("plans_signed", True))],
    ]
    table = Table(grid, colWidths=[half + GAP / 2, half + GAP / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), GAP / 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * MM)]))
    before = report.year_before.label if report.year_before else None
    presence = [f for f in report.figures if f.definition.group == "participation" and f.definition.kind == "share"]
    participation = charts.paired_bars([(f.definition.title, f.current, f.year_before) for f in presence], WIDTH,
                                       now_label=report.period.label, before_label=before)
    fates = charts.paired_bars([(label, report.fates[key], None) for key, label in FATES.items()], WIDTH,
                               now_label=f"Aftaler indgået i {report.period.label}, som de står i dag",
                               before_label=None)
    stages = Table([[
        cell("Trin på indsatstrappen", "Antal børn ved forløbets start og ved periodens slutning",
             charts.grouped_counts([f"Trin {n}" for n in STEPS], _series(report.steps), half, 40 * MM)),
        cell("Samarbejdets niveau", "Antal børn ved forløbets start og ved periodens slutning",
             charts.grouped_counts([f"Niveau {n}" for n in LEVELS], _series(report.levels), half, 40 * MM))]],
        colWidths=[half + GAP / 2, half + GAP / 2])
    stages.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), GAP / 2)]))
    return [Paragraph("Overblik", styles["h2"]), table,
            Paragraph("Deltagelse i de afholdte møder", styles["h3"]), participation,
            Paragraph("Aftalerne fra perioden", styles["h3"]), fates, stages]


def _series(rows) -> list:
    return [("Ved start", [start for _, start, _ in rows], charts.BEFORE),
            ("Ved periodens slutning", [end for _, _, end in rows], charts.NOW)]


# -- the table of figures ---------------------------------------------------------------------------------

def _group_table(report: Report, title: str, figures, styles):
    from reportlab.platypus import Paragraph

    before = report.year_before.label if report.year_before else "Året før"
    header = ["Nøgletal", para(report.period.label), para(before)]
    rows = []
    for figure in figures:
        d = figure.definition
        rows.append([[Paragraph(f"<b>{para(d.title)}</b>", styles["cell"]),
                      Paragraph(para(d.definition), styles["small"])],
                     _figure_cell(figure.current, d.unit, styles, strong=True),
                     _figure_cell(figure.year_before, d.unit, styles, strong=False)])
    widths = [WIDTH * 0.58, WIDTH * 0.21, WIDTH * 0.21]
    return ruled_table(para(title), "", header, rows, widths, styles)


def _figure_cell(measure, unit: str, styles, strong: bool) -> list:
    from reportlab.platypus import Paragraph

    main, detail = cell_lines(measure, unit)
    cells = [Paragraph(f"<b>{para(main)}</b>" if strong else para(main), styles["cell"])]
    if detail:
        cells.append(Paragraph(para(detail), styles["small"]))
    return cells
