"""The invitation letter (indkaldelse) as a PDF: A4, Danish, DejaVu Sans embedded, "Side X af Y".

Domain objects in, bytes out; bundle.py writes the file. All user text passes text.para().
"""
from __future__ import annotations

import io
from datetime import UTC, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from kitdesk.domain.dates import fmt_date, fmt_date_long, to_local
from kitdesk.domain.meeting import Invitee, Meeting, Organiser, agenda_schedule, invitee_by_id, scheduled
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
from kitdesk.export.text import clock, date_in_words, one_line, para, sector_label, span

KINDS = ("request", "update", "cancel")
HEADINGS = {
    "request": "Indkaldelse til netværksmøde",
    "update": "Ændret indkaldelse til netværksmøde",
    "cancel": "Aflysning af netværksmøde",
}
GP_PAID = "Deltagelse honoreres efter gældende overenskomst."
SHORT_LAST_PAGE = 0.3  # a last page filled less than this is worth one tighter layout, to save it
NO_DECISIONS = "Der træffes i udgangspunktet ikke afgørelser om kommunale indsatser på netværksmødet."
FORM_WORDS = {
    "physical": "Fysisk møde",
    "video": "Videomøde",
    "phone": "Telefonmøde",
    "hybrid": "Hybridmøde – nogle deltager i mødelokalet, andre på video",
}


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
    """Time, item and – when any item has one – who is responsible: an empty column says nothing."""
    schedule = agenda_schedule(meeting)
    named = any(invitee_by_id(meeting, item.responsible_id) for item, _start, _end in schedule)
    rows = []
    for item, start, end in schedule:
        content = [Paragraph(f"<b>{para(item.title) or 'Punkt uden titel'}</b>", styles["cell"])]
        if item.description.strip():
            content.append(Paragraph(para(item.description), styles["cell"]))
        row = [Paragraph(span(start, end), styles["cell"]), content]
        if named:
            responsible = invitee_by_id(meeting, item.responsible_id)
            row.append(Paragraph(para(one_line(responsible.name)) if responsible else "Alle", styles["cell"]))
        rows.append(row)
    if not named:
        return ruled_table("Dagsorden", "", ["Tid", "Punkt"], rows, [27 * MM, WIDTH - 27 * MM], styles)
    return ruled_table("Dagsorden", "", ["Tid", "Punkt", "Ansvarlig"], rows,
                        [27 * MM, WIDTH - 73 * MM, 46 * MM], styles)


def _address_block(addressee: Invitee, address: str, styles):
    """The recipient of a letter sent by post, where a window envelope shows it."""
    lines = [f"<b>{para(one_line(addressee.name))}</b>"]
    if one_line(addressee.organisation) and addressee.sector != "family":
        lines.append(para(one_line(addressee.organisation)))
    lines += [para(line.strip()) for line in (address or "").splitlines() if line.strip()]
    return Paragraph("<br/>".join(lines), styles["body_line"])


def _participants_table(meeting: Meeting, styles, tight: bool = False):
    """Who, from where, and their role. Tight: who and where in one column, so the role texts – the
    bulk of the table – get the width and fewer lines."""
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
        if invitee.sector == "gp" and "overenskomst" not in invitee.role_text:  # said once, not twice
            role.append(Paragraph(GP_PAID, styles["cell_note"]))
        rows.append([who + where, role] if tight else [who, where, role])
    lead = "Hver deltager har en rolle på mødet. Sådan har vi beskrevet rollerne:"
    if tight:
        return ruled_table("Deltagere og roller", lead, ["Deltager", "Rolle på mødet"], rows,
                           [54 * MM, WIDTH - 54 * MM], styles)
    return ruled_table("Deltagere og roller", lead, ["Deltager", "Organisation / sektor", "Rolle på mødet"], rows,
                       [44 * MM, 46 * MM, WIDTH - 90 * MM], styles)


def build_invitation_pdf(meeting: Meeting, child_name: str, organiser: Organiser, kind: str = "request",
                         now: datetime | None = None, addressee: Invitee | None = None, address: str = "") -> bytes:
    """The letter as PDF bytes. `now` is the letter's date and the PDF's creation time. `addressee`
    (with their postal `address`): a letter for someone without e-mail, who gets it by post – their
    name and address stand where a window envelope shows them.

    A letter whose last page would hold only its closing lines is laid out once more, a little
    tighter, and the tighter one is used when it saves that page."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if meeting.starts_at is None:
        raise ValueError("the meeting has no time")
    now = now or datetime.now(UTC)
    pdf, pages, last_used = _build(meeting, child_name, organiser, kind, now, addressee, address, tight=False)
    if pages > 1 and last_used < SHORT_LAST_PAGE:
        tight, fewer, _used = _build(meeting, child_name, organiser, kind, now, addressee, address, tight=True)
        if fewer < pages:
            return tight
    return pdf


def _tight_styles() -> dict:
    base = get_styles()
    return {**base,
            "body": ParagraphStyle("body_tight", parent=base["body"], spaceAfter=4),
            "h2": ParagraphStyle("h2_tight", parent=base["h2"], spaceBefore=10, spaceAfter=4)}


def _build(meeting: Meeting, child_name: str, organiser: Organiser, kind: str, now: datetime,
           addressee: Invitee | None, address: str, tight: bool) -> tuple[bytes, int, float]:
    """The PDF, its number of pages, and how much of the last page's height it fills (0–1)."""
    styles = _tight_styles() if tight else get_styles()
    starts, ends = scheduled(meeting)
    heading = HEADINGS[kind]
    story = []

    # Letterhead: sender on the left, the letter's date on the right.
    sender = "<br/>".join(line for line in (
        f"<b>{para(one_line(organiser.organisation))}</b>" if organiser.organisation.strip() else "",
        para(one_line(organiser.name)),
        para(one_line(organiser.title)),
    ) if line)
    head = letterhead(sender, f"Dato: {fmt_date_long(to_local(now).date())}", styles)
    story.append(head)
    if addressee is not None:
        story += [Spacer(1, 8 * MM), _address_block(addressee, address, styles)]
    story.append(Spacer(1, (8 if tight else 14) * MM))

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
        story.append(facts_table(facts + _place_rows(meeting), styles))
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
        story.append(facts_table(facts, styles))

        story.append(Paragraph("Formål med mødet", styles["h2"]))
        story.append(Paragraph(para(meeting.purpose) or "Formålet oplyses senere.", styles["body"]))

        if meeting.agenda:
            story.append(_agenda_table(meeting, styles))
        if meeting.invitees:
            story.append(_participants_table(meeting, styles, tight))

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
    doc = document(buffer, title=f"{heading} {fmt_date(starts)}", author=one_line(organiser.name),
                   subject=subject)
    doc.build(story, canvasmaker=numbered_canvas(now, footer))
    frame = doc.frame  # the last page's: how far down its text reached
    used = (frame._y2 - frame._y) / frame._height if getattr(frame, "_height", 0) else 1.0
    return buffer.getvalue(), doc.page, used


def build_floor_pdf(text: str = "Netværksmøde") -> bytes:
    """ReportLab's fixed cost with the same fonts: one paragraph (the benchmark's floor)."""
    styles = get_styles()
    buffer = io.BytesIO()
    doc = document(buffer, title="Netværksmøde", author="KIT Desk", subject="")
    doc.build([Paragraph(para(text), styles["body"]), Paragraph(f"<b>{para(text)}</b>", styles["body"])])
    return buffer.getvalue()
