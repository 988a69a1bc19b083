"""Samtykkeerklæring: a consent form to print, filled from the case and its network, for the family to
sign (seed 003: "Skabeloner, skemaer til samtykke"). When the signed form comes back, its return is
registered as a consent in the case's Samtykke tab.

Case, form and network in, PDF bytes out (write_consent_form writes the file atomically). All user
text passes text.para(). No CPR number: the form is handled on paper, and the case number identifies it.
"""
from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle

from kitdesk.domain.dates import fmt_date, fmt_date_long, to_local
from kitdesk.domain.meeting import Organiser
from kitdesk.domain.model import Case, ConsentForm, Member
from kitdesk.domain.vocabulary import CONSENT_GIVERS
from kitdesk.export import fonts
from kitdesk.export.atomic import write_file
from kitdesk.export.pdf_layout import (
    MM,
    WIDTH,
    document,
    facts_table,
    get_styles,
    letter_table,
    letterhead,
    numbered_canvas,
    ruled_table,
    text_flowables,
)
from kitdesk.export.text import one_line, para, sector_label

TITLE = "Samtykkeerklæring"
INK = "#1f2933"
WRITE_HERE = "Skriv, hvilke oplysninger der må udveksles, fx udredning, trivsel i skolen, fremmøde:"


def consent_file_name(case_no: str, printed_on: date) -> str:
    """ASCII and nothing personal beyond the case number: Samtykkeerklaering_2026-0001_2026-12-04.pdf."""
    safe = "".join(c if c.isalnum() or c in ".-" else "_" for c in case_no).strip("._") or "sag"
    return f"Samtykkeerklaering_{safe}_{printed_on.isoformat()}.pdf"


def _parties(form: ConsentForm, members: list[Member], styles):
    """The parties the consent covers: each sector with the people of the network in it."""
    rows = []
    for sector in form.sectors:
        people = [m for m in members if m.sector == sector]
        names = [Paragraph(f"<b>{para(one_line(m.person_name))}</b>"
                           + (f", {para(one_line(m.organisation))}" if one_line(m.organisation) else ""), styles["cell"])
                 for m in people] or [Paragraph("Den, der varetager opgaven", styles["small"])]
        rows.append([Paragraph(para(sector_label(sector)), styles["cell"]), names])
    table = ruled_table("Parterne, der må udveksle oplysninger", "", ["Part", "Hvem (fra netværket)"], rows,
                        [62 * MM, WIDTH - 62 * MM], styles)
    # Tighter rows than the plan's tables: the form and its signature fit on one page.
    table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                               ("TOPPADDING", (0, 0), (-1, 0), 10)]))
    return table


def _lines(count: int, styles) -> list:
    """Empty ruled lines to write on."""
    table = letter_table([[""] for _ in range(count)], colWidths=[WIDTH], rowHeights=[8 * MM] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, HexColor("#9aa5b1"))]))
    return [table]


def _signatures(form: ConsentForm, styles):
    """Name, date and signature lines: the one giving consent, and for a parent a second column for the
    other holder of parental responsibility."""
    columns = [(CONSENT_GIVERS.get(form.giver_kind, ""), form.given_by)]
    if form.giver_kind == "parent":
        columns.append(("Evt. anden forælder med forældremyndighed", ""))
    width = (WIDTH - 26 * MM) / 2
    rows = [[""] + [Paragraph(para(title), styles["small"]) for title, _ in columns]]
    rows.append([Paragraph("Navn", styles["label"])]
                + [Paragraph(para(one_line(name)) or "&nbsp;", styles["cell"]) for _, name in columns])
    rows.append([Paragraph("Dato", styles["label"])] + [""] * len(columns))
    rows.append([Paragraph("Underskrift", styles["label"])] + [""] * len(columns))
    table = letter_table(rows, colWidths=[26 * MM] + [width] * len(columns),
                         rowHeights=[None, 7 * MM, 8 * MM, 11 * MM])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LINEBELOW", (1, 1), (-1, -1), 0.6, HexColor(INK)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (1, 0), (-1, -1), 10),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _valid_until(styles):
    table = letter_table([[Paragraph("Gyldigt til (frivilligt)", styles["label"]), ""]],
                         colWidths=[44 * MM, 50 * MM], rowHeights=[8 * MM])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LINEBELOW", (1, 0), (1, 0), 0.6, HexColor(INK)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    table.hAlign = "LEFT"
    return table


def build_consent_form_pdf(case: Case, form: ConsentForm, members: list[Member], organiser: Organiser,
                           created: datetime) -> bytes:
    """The consent form as PDF bytes. `members`: the case's network (the professionals named under
    each party the consent covers); `organiser`: the user, to whom the signed form is returned."""
    base = get_styles()
    # One page: headings a little closer than in the plan, so the signature stays on the first page.
    styles = {**base, "h2": ParagraphStyle("consent_h2", parent=base["h2"], spaceBefore=9),
              "h2_cell": base["h2_cell"]}
    child = one_line(case.child_name)
    printed = form.printed_on or to_local(created).date()
    sender = "<br/>".join(v for v in (f"<b>{para(one_line(organiser.organisation))}</b>" if one_line(
        organiser.organisation) else "", para(one_line(organiser.name))) if v)
    story = [letterhead(sender, f"Dato: {fmt_date_long(printed)}", styles), Spacer(1, 3 * MM),
             Paragraph(TITLE, styles["title"]),
             Paragraph(f"Samtykke til at udveksle oplysninger om {para(child)}", styles["subtitle"])]
    facts = [("Barnets navn", para(child) or "—")]
    if case.birth_date:
        facts.append(("Fødselsdato", fmt_date(case.birth_date)))
    giver = CONSENT_GIVERS.get(form.giver_kind, form.giver_kind)
    facts += [("Sagsnummer", para(one_line(case.case_no)) or "—"),
              ("Samtykket gives af", f"{para(one_line(form.given_by))} ({para(giver.lower())})")]
    story.append(facts_table(facts, styles, label_width=44 * MM))
    story.append(Spacer(1, 3 * MM))
    story.append(Paragraph(
        f"Børne- og ungdomspsykiatrien og kommunen arbejder sammen om {para(child)} (Koordineret Indsats på Tværs). "
        "Fagpersonerne omkring barnet må kun udveksle oplysninger med hinanden, når du giver samtykke til det.",
        styles["body"]))
    story.append(_parties(form, members, styles))
    story.append(Paragraph("Oplysninger, samtykket omfatter", styles["h2"]))
    story += text_flowables(form.information, styles["body"], styles["body_line"]) or \
        [Paragraph(WRITE_HERE, styles["small"]), *_lines(2, styles)]
    story.append(Paragraph("Det skal du vide", styles["h2"]))
    for text in ("Samtykket er frivilligt. Du kan til enhver tid trække det tilbage helt eller delvist – også "
                 "mundtligt. Det gælder fra det øjeblik, du trækker det tilbage.",
                 "Er den unge fyldt 15 år, kan den unge selv give samtykke i sager om sundhed.",
                 "Samtykket gælder, til det trækkes tilbage – eller til den dato, du skriver herunder."):
        story.append(Paragraph(text, styles["body_line"], bulletText="•"))
    back = one_line(organiser.name)
    where = ", ".join(v for v in (back, one_line(organiser.organisation)) if v)
    returned = (f"Aflever eller send den underskrevne erklæring til {para(where)}." if where else
                "Aflever den underskrevne erklæring til din kontaktperson.")
    story.append(KeepTogether([_valid_until(styles), Spacer(1, 3 * MM), _signatures(form, styles),
                               Spacer(1, 3 * MM), Paragraph(returned, styles["body"])]))
    buffer = io.BytesIO()
    doc = document(buffer, title=f"{TITLE} – sag {one_line(case.case_no)}", author=one_line(organiser.name),
                   subject="Samtykke til at udveksle oplysninger", keywords=f"kitdesk-consent-form case={case.id}")
    footer = f"{TITLE} · sag {one_line(case.case_no)} · udskrevet {fmt_date(printed)}"
    doc.build(story, canvasmaker=numbered_canvas(created, footer))
    return buffer.getvalue()


def write_consent_form(target: Path, case: Case, form: ConsentForm, members: list[Member], organiser: Organiser,
                       created: datetime) -> Path:
    """Write the form atomically (a temp file, then rename); returns the path."""
    write_file(target, build_consent_form_pdf(case, form, members, organiser, created))
    return target
