""""Det har vi aftalt": the agreements of a network meeting in plain words, for the child or young
person and the family. A short page (two with many agreements), larger type, no CPR number and no
sector words; the same footer as the plan (version and fingerprint when signed, the draft mark and
watermark when not).
"""
from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, TableStyle

from kitdesk.domain.dates import fmt_date, fmt_date_long
from kitdesk.domain.meeting import Organiser
from kitdesk.domain.plan import SCREEN_WALK, SEEDS_WORDING, PlanAgreement, PlanContent, PlanParticipant
from kitdesk.export import fonts, plan_sections
from kitdesk.export.pdf_layout import (
    MM,
    WIDTH,
    document,
    get_styles,
    letter_table,
    numbered_canvas,
    ruled_table,
    text_flowables,
)
from kitdesk.export.plan_pdf import DRAFT_MARK, day, footer_text, meeting_day, short_date, signed_fingerprint, when
from kitdesk.export.text import clock, date_in_words, one_line, para, span

TITLE = "Det har vi aftalt"
NO_DECISIONS = ("På et netværksmøde træffer vi i udgangspunktet ikke afgørelser om hjælp fra kommunen. Har I "
                "spørgsmål om det, kan I altid tale med sagsbehandleren i kommunen.")
NO_DECISIONS_1 = NO_DECISIONS.replace("i udgangspunktet ", "")  # the words of a version signed before m008
CHECK_CODE = ("Kontrolkoden nederst på siden viser, at det er de godkendte aftaler, og at intet er ændret "
              "siden. Bliver aftalerne ændret, får I en ny udgave med en ny kode.")
FAMILY_SIDES = {"buc": "jeres kontaktperson i børne- og ungdomspsykiatrien", "municipality": "jeres kontaktperson i kommunen"}
DISCHARGE_PARTS = (("discharge_handover", "Hvem tager over"), ("discharge_medication", "Medicinen"),
                   ("discharge_family_contact", "Hvem I kan kontakte"))

_styles = None


def _get_styles() -> dict:
    """The house styles, one size up: 11.5 pt text."""
    global _styles
    if _styles is not None:
        return _styles
    base = get_styles()
    body = ParagraphStyle("family_body", parent=base["body"], fontSize=11.5, leading=16.5, spaceAfter=7)
    _styles = {
        **base,
        "body": body,
        "body_line": ParagraphStyle("family_body_line", parent=body, spaceAfter=0),
        # The bullet in the embedded font too: ReportLab draws it in Helvetica, a font the PDF does not carry.
        "bullet": ParagraphStyle("family_bullet", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=2,
                                 bulletFontName=fonts.REGULAR),
        "cell": ParagraphStyle("family_cell", parent=base["cell"], fontSize=11, leading=15),
        "cell_head": ParagraphStyle("family_cell_head", parent=base["cell_head"], fontSize=10.5, leading=14),
        "title": ParagraphStyle("family_title", parent=base["title"], fontSize=24, leading=30),
        "subtitle": ParagraphStyle("family_subtitle", parent=base["subtitle"], fontSize=13.5, leading=19),
        "h2": ParagraphStyle("family_h2", parent=base["h2"], fontSize=14, leading=19, spaceBefore=14),
        "h2_cell": ParagraphStyle("family_h2_cell", parent=base["h2_cell"], fontSize=14, leading=19),
        "note": ParagraphStyle("family_note", parent=body, fontName=fonts.REGULAR, fontSize=10, leading=14.5,
                               textColor=base["small"].textColor, spaceBefore=6),
    }
    return _styles


def _who(person: PlanParticipant) -> str:
    """Camilla Nørgaard – Mor; Mette Kjærgaard – Psykolog: the relation or the job, in everyday words."""
    if person.sector == "family":
        about = one_line(person.organisation) or one_line(person.role)
    else:
        about = one_line(person.role) or one_line(person.organisation)
    name = f"<b>{para(one_line(person.name))}</b>"
    return f"{name} – {para(about)}" if about else name


def _two_columns(cells: list):
    """A short list in two columns, read down the first column and then the second."""
    half = (len(cells) + 1) // 2
    columns = [cells[:half], cells[half:] + [""] * (half - len(cells[half:]))]
    table = letter_table([list(pair) for pair in zip(*columns, strict=True)], colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _when_text(agreement: PlanAgreement) -> str:
    deadline = day(agreement.deadline)
    if deadline:
        return f"Senest {fmt_date_long(deadline).replace(' ', '&nbsp;')}"  # the date is not broken
    if agreement.deadline:
        return para(short_date(agreement.deadline))
    return "Løbende" if agreement.ongoing else "Ingen dato"


def _agreements(content: PlanContent, styles) -> list:
    if not content.agreements:
        return [Paragraph("Aftalerne", styles["h2"]),
                Paragraph("Vi lavede ikke nye aftaler på mødet.", styles["body"])]
    rows = []
    for agreement in content.agreements:
        what = text_flowables(agreement.what, styles["cell"]) or [Paragraph("—", styles["cell"])]
        rows.append([what, Paragraph(para(one_line(agreement.responsible)) or "Ikke aftalt", styles["cell"]),
                     Paragraph(_when_text(agreement), styles["cell"])])
    return [ruled_table("Aftalerne", "", ["Hvad skal der ske?", "Hvem gør det?", "Hvornår?"],
                        rows, [WIDTH - 86 * MM, 42 * MM, 44 * MM], styles)]


def _contact(content: PlanContent, contact: Organiser | None) -> str:
    chair = content.chair
    if chair is None or not one_line(chair.name):
        return ("Har du spørgsmål til aftalerne, så kontakt din kontaktperson i kommunen eller i "
                "børne- og ungdomspsykiatrien.")
    where = f" ({para(one_line(chair.organisation))})" if one_line(chair.organisation) else ""
    text = (f"Har du spørgsmål til aftalerne, så kontakt {para(one_line(chair.name))}{where}, "
            "som var mødeleder.")
    if contact is not None and one_line(contact.name).casefold() == one_line(chair.name).casefold():
        ways = [f"telefon {para(one_line(contact.phone))}" if one_line(contact.phone) else "",
                f"e-mail {para(one_line(contact.email))}" if one_line(contact.email) else ""]
        reach = " eller ".join(v for v in ways if v)
        if reach:
            text += f" Du kan skrive eller ringe på {reach}."
    return text


def _contact_persons(content: PlanContent, styles) -> list:
    """Whom the family can call: the contact person in each sector with phone and e-mail, and who holds
    the baton – or nothing, for a version that names none (then the chair is named, as before)."""
    contacts = plan_sections.ordered_contacts(content)
    if not contacts:
        return []
    lines = []
    for contact in contacts:
        roles = [FAMILY_SIDES[contact.side]] if contact.side in FAMILY_SIDES else []
        if contact.is_baton_holder:
            roles.append("holder sammen på samarbejdet om aftalerne (stafetholder)")
        text = f"<b>{para(one_line(contact.name))}</b> – {' og '.join(roles)}"
        ways = [w[0].lower() + w[1:] for w in plan_sections.reach(contact)]
        if ways:
            text += ": " + ", ".join(ways)
        lines.append(Paragraph(text + ".", styles["bullet"], bulletText="•"))
    lead = "så kontakt en af dem her:" if len(lines) > 1 else "så kontakt:"
    return [Paragraph(f"Har du spørgsmål til aftalerne, {lead}", styles["body"]), *lines]


def _discharge(content: PlanContent, styles) -> list:
    """When the treatment in BUC ends: who takes over, the medicine, whom to call."""
    if content.kind != "discharge":
        return []
    parts = [(title, getattr(content, name)) for name, title in DISCHARGE_PARTS if getattr(content, name).strip()]
    if not parts:
        return []
    story = [Paragraph("Når behandlingen i BUC slutter", styles["h2"])]
    for title, text in parts:
        story.append(Paragraph(f"<b>{title}</b>", styles["body_line"]))
        story += text_flowables(text, styles["body"], styles["body_line"])
    return story


def build_family_summary_pdf(content: PlanContent, *, author: str, created: datetime,
                             fingerprint: str | None = None, contact: Organiser | None = None) -> bytes:
    """The family summary as PDF bytes. created and fingerprint as for plan_pdf.build_plan_pdf (a
    signed version without a fingerprint gets its content's). contact: the sender; when it is the
    chair, their telephone and e-mail are printed under "Har du spørgsmål?"."""
    styles = _get_styles()
    full = signed_fingerprint(content, fingerprint)
    starts, ends = when(content.starts_at), when(content.ends_at)
    story = []

    story.append(Paragraph(TITLE, styles["title"]))
    about = f" om {para(one_line(content.child_name))}" if one_line(content.child_name) else ""
    story.append(Paragraph(f"Kort fortalt fra netværksmødet{about}", styles["subtitle"]))
    if starts:
        intro = (f"Vi holdt netværksmøde {date_in_words(starts)} kl. {span(starts, ends)}. "
                 "Her kan du læse, hvad vi aftalte. Hele planen fra mødet får I også.")
    else:
        intro = "Her kan du læse, hvad vi aftalte på netværksmødet. Hele planen fra mødet får I også."
    if not content.is_signed:
        intro += " <b>Det er et udkast: aftalerne er ikke godkendt endnu.</b>"
    story.append(Paragraph(intro, styles["body"]))

    if content.layout >= SCREEN_WALK:
        people = [p for p in content.participants if p.present and one_line(p.name)]  # only those who were there
    else:
        people = [p for p in content.participants if p.attendance not in ("absent", "declined") and one_line(p.name)]
    if people:
        story.append(Paragraph("Hvem var med", styles["h2"]))
        names = [Paragraph(_who(person), styles["bullet"], bulletText="•") for person in people]
        story += [_two_columns(names)] if len(names) > 4 else names

    story += plan_sections.child_words(content, styles)
    story += _agreements(content, styles)
    story += _discharge(content, styles)

    story.append(Paragraph("Næste møde", styles["h2"]))
    next_at = when(content.next_meeting_at)
    if next_at and not content.next_meeting_not_agreed:
        story.append(Paragraph(f"Vi mødes igen {date_in_words(next_at)} kl. {clock(next_at)}.", styles["body"]))
    else:
        story.append(Paragraph("Vi har ikke aftalt et nyt møde endnu.", styles["body"]))

    reach = _contact_persons(content, styles) or [Paragraph(_contact(content, contact), styles["body"])]
    closing = [Paragraph("Har du spørgsmål?", styles["h2"]), *reach]
    if full and content.layout >= SCREEN_WALK:
        closing.append(Paragraph(CHECK_CODE, styles["body"]))
    closing.append(Paragraph(NO_DECISIONS if content.layout >= SEEDS_WORDING else NO_DECISIONS_1, styles["note"]))
    story.append(KeepTogether(closing))

    held = meeting_day(content)
    title = f"{TITLE} – netværksmøde {fmt_date(held)}" if held else f"{TITLE} – netværksmøde"
    state = f"godkendt {short_date(content.signed_on)}" if content.is_signed else "udkast, ikke godkendt"
    keywords = (f"kitdesk-family-summary meeting={content.meeting_id} version={content.version} "
                f"fingerprint={full or 'udkast'}")
    buffer = io.BytesIO()
    doc = document(buffer, title=title, author=one_line(author), keywords=keywords,
                   subject=f"Kort udgave af den tværsektorielle plan · version {content.version} · {state}")
    code_word = "kontrolkode" if content.layout >= SCREEN_WALK else "fingeraftryk"  # the family's word since m009
    canvas = numbered_canvas(created, footer_text(content, full, TITLE, code_word),
                             None if content.is_signed else DRAFT_MARK)
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()
