"""The invitation letter (indkaldelse) as a PDF: A4, Danish, DejaVu Sans embedded, "Side X af Y".

Domain objects in, bytes out; bundle.py writes the file. All user text passes text.para().
"""
from __future__ import annotations

import io
from datetime import datetime, timezone

from kitdesk.domain.dates import fmt_date, fmt_date_long, to_local
from kitdesk.domain.meeting import Invitee, Meeting, Organiser, agenda_schedule, invitee_by_id
from kitdesk.export import fonts
from kitdesk.export.text import clock, date_in_words, one_line, para, sector_label, span

KINDS = ("request", "update", "cancel")
HEADINGS = {
    "request": "Indkaldelse til netværksmøde",
    "update": "Ændret indkaldelse til netværksmøde",
    "cancel": "Aflysning af netværksmøde",
}
GP_PAID = "Deltagelse honoreres efter gældende overenskomst."
NO_DECISIONS = "Der træffes som udgangspunkt ikke afgørelser om kommunale indsatser på netværksmødet."
FORM_WORDS = {
    "physical": "Fysisk møde",
    "video": "Videomøde",
    "phone": "Telefonmøde",
    "hybrid": "Hybridmøde – nogle deltager i mødelokalet, andre på video",
}

# Calm colours: near-black text, one muted blue for headings, light grey rules and fills.
INK = "#1f2328"
MUTED = "#5b6470"
ACCENT = "#23415f"
RULE = "#c9ced6"
FILL = "#f1f3f6"

MM = 72 / 25.4
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
LEFT, RIGHT, TOP, BOTTOM = 24 * MM, 22 * MM, 20 * MM, 24 * MM
WIDTH = PAGE_W - LEFT - RIGHT

_styles = None


def _get_styles() -> dict:
    global _styles
    if _styles is not None:
        return _styles
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    family = fonts.register_fonts()
    ink, muted, accent = HexColor(INK), HexColor(MUTED), HexColor(ACCENT)
    body = ParagraphStyle("body", fontName=family, fontSize=10, leading=14.5, textColor=ink,
                          spaceAfter=6, splitLongWords=1)
    _styles = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, textColor=muted, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=fonts.BOLD, fontSize=9, leading=12,
                                    textColor=accent, spaceAfter=0),
        "cell_note": ParagraphStyle("cell_note", parent=body, fontName=fonts.ITALIC, fontSize=8.5, leading=12,
                                    textColor=muted, spaceAfter=0, spaceBefore=3),
        "label": ParagraphStyle("label", parent=body, fontName=fonts.BOLD, fontSize=9.5, leading=13, spaceAfter=0),
        "sender": ParagraphStyle("sender", parent=body, fontSize=9, leading=12.5, textColor=muted, spaceAfter=0),
        "sender_right": ParagraphStyle("sender_right", parent=body, fontSize=9, leading=12.5, textColor=muted,
                                       spaceAfter=0, alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=19, leading=24,
                                textColor=accent, spaceBefore=0, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18, textColor=ink, spaceAfter=12),
        "h2_cell": ParagraphStyle("h2_cell", parent=body, fontName=fonts.BOLD, fontSize=12, leading=16,
                                  textColor=accent, spaceBefore=0, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.BOLD, fontSize=12, leading=16, textColor=accent,
                             spaceBefore=16, spaceAfter=6, keepWithNext=1),
    }
    return _styles


def _canvas_class(created: datetime, footer: str):
    """A canvas that numbers pages "Side X af Y" and stamps the given creation time.

    Invariant mode makes the file a function of its content (fixed document ID, no random subset
    names); the real creation time is then set here, so the metadata tells the truth.
    """
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    class LetterCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            stamp = getattr(self._doc, "_timeStamp", None)
            if stamp is not None:
                utc = created.astimezone(timezone.utc)
                stamp.t = utc.timestamp()
                stamp.lt = utc.timetuple()
                stamp.YMDhms = tuple(stamp.lt)[:6]
                stamp.dhh = stamp.dmm = 0

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(LEFT, BOTTOM - 8 * MM, PAGE_W - RIGHT, BOTTOM - 8 * MM)
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(HexColor(MUTED))
            self.drawString(LEFT, BOTTOM - 12 * MM, footer)
            self.drawRightString(PAGE_W - RIGHT, BOTTOM - 12 * MM, f"Side {number} af {total}")
            self.restoreState()

    return LetterCanvas


def _document(buffer, **metadata):
    """A4 with one frame of exactly the text width (no inner padding, so tables line up with text)."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    frame = Frame(LEFT, BOTTOM, WIDTH, PAGE_H - TOP - BOTTOM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="text")
    return BaseDocTemplate(buffer, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                           bottomMargin=BOTTOM, pageTemplates=[PageTemplate(id="letter", frames=[frame])],
                           creator="KIT Desk", lang="da-DK", invariant=1, displayDocTitle=1,
                           initialFontName=fonts.REGULAR, **metadata)


_table_class = None
TALL_ROW = (PAGE_H - TOP - BOTTOM) / 3  # a row taller than this is split where it stands
MIN_PIECE = 4 * 13  # ... if at least four lines of it fit on the page


def _letter_table(data, **kwargs):
    """A Table that splits between rows, and splits a very tall row (a 5,000-character role text)
    inside the row where it stands, instead of leaving most of a page empty or failing the build
    (a row taller than a page cannot move to the next page either)."""
    global _table_class
    if _table_class is None:
        from reportlab.platypus import Table

        class LetterTable(Table):
            def split(self, availWidth, availHeight):
                try:
                    self._calc(availWidth, availHeight)
                    heights = self._rowHeights
                    n = self._getFirstPossibleSplitRowPosition(availHeight)
                    room = availHeight - sum(heights[:n])
                    if n < len(heights) and heights[n] > TALL_ROW and room > MIN_PIECE:
                        parts = self._splitRows(availHeight, doInRowSplit=1)
                        if parts:
                            return parts
                except (AttributeError, IndexError, TypeError):  # ReportLab's internals changed: plain split
                    pass
                return super().split(availWidth, availHeight)

        _table_class = LetterTable
    # splitInRow=0: ReportLab would otherwise split any row that does not fit, even a two-line one.
    return _table_class(data, splitInRow=0, **kwargs)


def _facts_table(rows: list[tuple[str, str]], styles):
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, TableStyle

    data = [[Paragraph(label, styles["label"]), Paragraph(value, styles["cell"])] for label, value in rows]
    table = _letter_table(data, colWidths=[32 * MM, WIDTH - 32 * MM])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # else ReportLab sets Helvetica for every cell
        ("BACKGROUND", (0, 0), (-1, -1), HexColor(FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 9),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, HexColor(ACCENT)),
    ]))
    return table


def _ruled_table(title: str, lead: str, header: list[str], rows: list[list], widths: list[float], styles):
    """A section as one table: its heading (and a lead-in) in a first row across all columns, then
    the column headings, then the rows. The table cannot split before its first row, so a heading
    never stands alone at the foot of a page; the column headings repeat on every page."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, TableStyle

    heading = [Paragraph(title, styles["h2_cell"])]
    if lead:
        heading.append(Paragraph(lead, styles["body"]))
    data = [[heading] + [""] * (len(header) - 1),
            [Paragraph(text, styles["cell_head"]) for text in header], *rows]
    table = _letter_table(data, colWidths=widths, repeatRows=(1,))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 16),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("LINEBELOW", (0, 1), (-1, 1), 0.9, HexColor(ACCENT)),
        ("LINEBELOW", (0, 2), (-1, -1), 0.4, HexColor(RULE)),
    ]))
    return table


def _place_rows(meeting: Meeting) -> list[tuple[str, str]]:
    rows = [("Mødeform", para(FORM_WORDS.get(meeting.form, meeting.form)))]
    if meeting.form in ("physical", "hybrid"):
        rows.append(("Sted", para(meeting.place) or "Oplyses senere"))
    if meeting.form in ("video", "hybrid"):
        rows.append(("Videolink", para(meeting.video_link) or "Sendes senere"))
    if meeting.form == "phone":
        rows.append(("Telefon", f"Ring til {para(meeting.phone)}" if meeting.phone.strip() else "Oplyses senere"))
    return rows


def _person_line(invitee: Invitee | None) -> str:
    if invitee is None:
        return ""
    parts = [para(one_line(invitee.name))]
    if invitee.organisation.strip():
        parts.append(para(one_line(invitee.organisation)))
    return ", ".join(parts)


def _contact_lines(organiser: Organiser) -> list[str]:
    """Name; title, organisation; telephone · e-mail: the signature of the letter."""
    who = ", ".join(para(one_line(v)) for v in (organiser.title, organiser.organisation) if one_line(v))
    reach = " · ".join(f"{label}: {para(one_line(v))}" for label, v in
                       (("Telefon", organiser.phone), ("E-mail", organiser.email)) if one_line(v))
    name = f"<b>{para(one_line(organiser.name))}</b>" if one_line(organiser.name) else ""
    return [line for line in (name, who, reach) if line]


def _afbud_text(organiser: Organiser) -> str:
    ways = []
    if organiser.email.strip():
        ways.append(f"på e-mail {para(one_line(organiser.email))}")
    if organiser.phone.strip():
        ways.append(f"på telefon {para(one_line(organiser.phone))}")
    who = para(one_line(organiser.name)) or "den, der har indkaldt"
    how = f" {' eller '.join(ways)}" if ways else ""
    return (f"Meld afbud hurtigst muligt til {who}{how}. Afbud skal altid meldes, så vi kan planlægge mødet. "
            "Giv også besked, hvis du ønsker, at andre skal deltage i mødet.")


def _agenda_table(meeting: Meeting, styles):
    from reportlab.platypus import Paragraph

    rows = []
    for item, start, end in agenda_schedule(meeting):
        content = [Paragraph(f"<b>{para(item.title) or 'Punkt uden titel'}</b>", styles["cell"])]
        if item.description.strip():
            content.append(Paragraph(para(item.description), styles["cell"]))
        responsible = invitee_by_id(meeting, item.responsible_id)
        rows.append([Paragraph(span(start, end), styles["cell"]), content,
                     Paragraph(para(one_line(responsible.name)) if responsible else "", styles["cell"])])
    return _ruled_table("Dagsorden", "", ["Tid", "Punkt", "Ansvarlig"], rows,
                        [27 * MM, WIDTH - 73 * MM, 46 * MM], styles)


def _participants_table(meeting: Meeting, styles):
    from reportlab.platypus import Paragraph

    rows = []
    for invitee in meeting.invitees:
        who = [Paragraph(f"<b>{para(one_line(invitee.name))}</b>", styles["cell"])]
        marks = [mark for mark, on in (("Mødeleder", invitee.is_chair), ("Referent", invitee.is_minute_taker)) if on]
        if marks:
            who.append(Paragraph(" og ".join(marks), styles["cell_note"]))
        where = []
        if invitee.organisation.strip():
            where.append(Paragraph(para(invitee.organisation), styles["cell"]))
        if sector_label(invitee.sector) and invitee.sector != "other":
            where.append(Paragraph(para(sector_label(invitee.sector)), styles["small"]))
        role = [Paragraph(para(invitee.role_text), styles["cell"])] if invitee.role_text.strip() else []
        if invitee.sector == "gp":
            role.append(Paragraph(GP_PAID, styles["cell_note"]))
        rows.append([who, where, role])
    return _ruled_table("Deltagere og roller", "Hver deltager har en rolle på mødet. Sådan har vi beskrevet "
                        "rollerne:", ["Deltager", "Organisation / sektor", "Rolle på mødet"], rows,
                        [44 * MM, 46 * MM, WIDTH - 90 * MM], styles)


def build_invitation_pdf(meeting: Meeting, child_name: str, organiser: Organiser, kind: str = "request",
                         now: datetime | None = None) -> bytes:
    """The letter as PDF bytes. `now` is the letter's date and the PDF's creation time."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if meeting.starts_at is None:
        raise ValueError("the meeting has no time")
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    now = now or datetime.now(timezone.utc)
    styles = _get_styles()
    starts, ends = meeting.starts_at, meeting.ends_at
    heading = HEADINGS[kind]
    story = []

    # Letterhead: sender on the left, the letter's date on the right.
    sender = "<br/>".join(line for line in (
        f"<b>{para(one_line(organiser.organisation))}</b>" if organiser.organisation.strip() else "",
        para(one_line(organiser.name)),
        para(one_line(organiser.title)),
    ) if line)
    head = Table([[Paragraph(sender, styles["sender"]),
                   Paragraph(f"Dato: {fmt_date_long(to_local(now).date())}", styles["sender_right"])]],
                 colWidths=[WIDTH * 0.62, WIDTH * 0.38])
    head.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                             + [(side, (0, 0), (-1, -1), 0) for side in
                                ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]))
    story += [head, Spacer(1, 14 * MM)]

    story.append(Paragraph(heading, styles["title"]))
    if child_name.strip():
        story.append(Paragraph(f"om {para(one_line(child_name))}", styles["subtitle"]))
    else:
        story.append(Spacer(1, 10))

    when = f"{date_in_words(starts)[0].upper()}{date_in_words(starts)[1:]}"
    facts = [("Dato", when), ("Tid", f"Kl. {span(starts, ends)}")]
    if kind == "cancel":
        story.append(Paragraph(
            f"Netværksmødet {date_in_words(starts)} kl. {span(starts, ends)} er aflyst. "
            "Den vedhæftede kalenderfil fjerner mødet fra din kalender.", styles["body"]))
        if meeting.cancel_reason.strip():
            story.append(Paragraph(f"<b>Begrundelse:</b> {para(meeting.cancel_reason)}", styles["body"]))
        story.append(Spacer(1, 6))
        story.append(_facts_table(facts + _place_rows(meeting), styles))
        story.append(Spacer(1, 12))
        last = Paragraph("Har du spørgsmål til aflysningen, er du velkommen til at kontakte mig.", styles["body"])
    else:
        if kind == "update":
            story.append(Paragraph(
                "<b>Tidspunktet eller stedet for mødet er ændret.</b> Denne indkaldelse erstatter den tidligere. "
                "Se de nye oplysninger herunder, og ret mødet i din kalender med den vedhæftede kalenderfil.",
                styles["body"]))
        else:
            story.append(Paragraph(
                "Du inviteres hermed til et tværsektorielt netværksmøde. På mødet taler vi sammen med barnet "
                "eller den unge og familien om udfordringer og ressourcer, og vi aftaler, hvem der gør hvad "
                "fremover.", styles["body"]))
        story.append(Spacer(1, 6))
        facts += _place_rows(meeting)
        if meeting.chair is not None:
            facts.append(("Mødeleder", _person_line(meeting.chair)))
        if meeting.minute_taker is not None:
            facts.append(("Referent", _person_line(meeting.minute_taker)))
        story.append(_facts_table(facts, styles))

        story.append(Paragraph("Formål med mødet", styles["h2"]))
        story.append(Paragraph(para(meeting.purpose) or "Formålet oplyses senere.", styles["body"]))

        if meeting.agenda:
            story.append(_agenda_table(meeting, styles))
        if meeting.invitees:
            story.append(_participants_table(meeting, styles))

        story.append(Paragraph("Afbud og ønsker om deltagelse", styles["h2"]))
        story.append(Paragraph(_afbud_text(organiser), styles["body"]))

        story.append(Paragraph("Godt at vide", styles["h2"]))
        good_to_know = [NO_DECISIONS + " Mødet handler om at aftale, hvem der gør hvad.",
                        "Aftalerne skrives i et kort referat, som er den tværsektorielle plan. "
                        "Alle deltagere, også familien, får planen efter mødet."]
        if meeting.form in ("video", "hybrid"):
            good_to_know.append("Mødet holdes helt eller delvist på video efter aftale med barnet eller den unge "
                                "og familien. Log gerne på et par minutter før mødet begynder.")
        for text in good_to_know[:-1]:
            story.append(Paragraph(text, styles["body"]))
        last = Paragraph(good_to_know[-1], styles["body"])

    # The closing with the organiser's contact details, kept together with the paragraph before it,
    # so that the signature never stands alone on a page.
    story.append(KeepTogether([
        last, Spacer(1, 12), Paragraph("Med venlig hilsen", styles["body"]), Spacer(1, 2),
        Paragraph("<br/>".join(_contact_lines(organiser)) or "&nbsp;", styles["body"])]))

    subject = f"Netværksmøde {fmt_date(starts)} kl. {clock(starts)}"
    footer = f"{heading} · {fmt_date(starts)}"
    buffer = io.BytesIO()
    doc = _document(buffer, title=f"{heading} {fmt_date(starts)}", author=one_line(organiser.name),
                    subject=subject)
    doc.build(story, canvasmaker=_canvas_class(now, footer))
    return buffer.getvalue()


def build_floor_pdf(text: str = "Netværksmøde") -> bytes:
    """ReportLab's fixed cost with the same fonts: one paragraph (the benchmark's floor)."""
    from reportlab.platypus import Paragraph

    styles = _get_styles()
    buffer = io.BytesIO()
    doc = _document(buffer, title="Netværksmøde", author="KIT Desk", subject="")
    doc.build([Paragraph(para(text), styles["body"]), Paragraph(f"<b>{para(text)}</b>", styles["body"])])
    return buffer.getvalue()
