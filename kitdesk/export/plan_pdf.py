"""The cross-sector plan (tværsektoriel plan) as a PDF: the signed-off minutes of a network meeting.

PlanContent in, bytes out; plan_files.py writes the files. All user text passes text.para(). The
same signed version gives the same bytes every time (invariant mode; its creation time is the
moment it was signed), and its keywords carry a marker that read_plan_marker() finds again
(with PDFium, also in a copy another program has re-saved):

    kitdesk-plan meeting=12 version=2 fingerprint=<64 hex digits, or udkast> cpr=0
"""
from __future__ import annotations

import io
import re
from datetime import date, datetime

import pypdfium2 as pdfium
from reportlab.platypus import Paragraph, Spacer

from kitdesk.domain.dates import fmt_date, fmt_date_long, to_local
from kitdesk.domain.plan import (
    SCREEN_WALK,
    SEEDS_WORDING,
    PlanAgreement,
    PlanContent,
    PlanParticipant,
    short_fingerprint,
)
from kitdesk.domain.plan import fingerprint as plan_fingerprint
from kitdesk.domain.vocabulary import ATTEND_MODES, FOLLOW_UP_OUTCOMES, MEETING_KINDS
from kitdesk.export import plan_sections
from kitdesk.export.pdf_layout import (
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
from kitdesk.export.text import date_in_words, one_line, para, sector_label, span

TITLE = "Tværsektoriel plan"
DRAFT_MARK = "UDKAST – ikke godkendt"
NO_DECISIONS = ("Der træffes i udgangspunktet ikke afgørelser om kommunale indsatser på et netværksmøde. "
                "Planen samler de aftaler, deltagerne har indgået på mødet – den er ikke en afgørelse.")
# The words a version signed before m008 (PlanContent.layout 1) was printed with, kept so that it still
# prints – and verifies – exactly as it was signed.
NO_DECISIONS_1 = NO_DECISIONS.replace("i udgangspunktet", "som udgangspunkt")
NOT_DESCRIBED = "Ikke beskrevet."
FORM_WORDS = {
    "physical": "Fysisk møde",
    "video": "Videomøde",
    "phone": "Telefonmøde",
    "hybrid": "Hybridmøde – nogle deltog i mødelokalet, andre på video",
}
ATTENDANCE = {"in_room": "Til stede", "online": "Til stede", "absent": "Fraværende", "declined": "Afbud"}
NOT_RECORDED = "Ikke registreret"
OUTCOMES = dict(FOLLOW_UP_OUTCOMES)
OUTCOMES_1 = {**OUTCOMES, "dropped": "Droppet"}
NOT_OBTAINED = "Ikke indhentet"  # an approval not (yet) given: never asked is not disagreement
CHECK_CODE = ("Om fingeraftrykket: nederst på hver side står planens kontrolkode (fingeraftryk). Den viser, at "
              "papiret er den godkendte version, og at intet er ændret siden. Ændres planen, får den en ny "
              "version og en ny kode.")
APPROVAL_WAYS = {"in_meeting": "i mødet", "email": "pr. e-mail", "phone": "telefonisk"}
MINUTES_SECTIONS = (("perspective", "Barnets/den unges og familiens perspektiv"), ("challenges", "Udfordringer"),
                    ("resources", "Ressourcer"), ("development", "Udviklingsmuligheder og behov"))
HEADINGS_1 = {"development": "Udviklingsmuligheder og mål"}
GP_FEE = "Honoreres efter gældende overenskomst"
MARKER = "kitdesk-plan"
LONG_LEAD = 600  # characters: a lead-in this long is not put into a table's heading row
_HEX = re.compile(r"[0-9a-f]{64}")


# -- small helpers shared with the family summary ---------------------------------------------------

def when(iso: str | None) -> datetime | None:
    """A stored local ISO time as a datetime (None when missing or unreadable)."""
    try:
        return datetime.fromisoformat(iso) if iso else None
    except (TypeError, ValueError):
        return None


def day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except (TypeError, ValueError):
        return None


def short_date(iso: str | None) -> str:
    """23.11.2026; unreadable stored text is shown as it is (never lost)."""
    d = day(iso)
    return fmt_date(d) if d else one_line(iso)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def meeting_day(content: PlanContent) -> date | None:
    starts = when(content.starts_at)
    return to_local(starts).date() if starts else None


def signed_fingerprint(content: PlanContent, fingerprint: str | None) -> str | None:
    """The full hex fingerprint a signed version prints and carries; None for a draft.

    A signed version without one given gets the domain's fingerprint of its content (the SHA-256
    of its canonical JSON, which is what the store keeps)."""
    if not content.is_signed:
        return None
    full = (fingerprint or plan_fingerprint(content)).strip().lower()
    if not _HEX.fullmatch(full):
        raise ValueError("fingerprint must be the 64 hex digits of a SHA-256")
    return full


def footer_text(content: PlanContent, full_fingerprint: str | None, name: str = TITLE,
                code_word: str = "fingeraftryk") -> str:
    """Tværsektoriel plan · Version 1 · godkendt 24.11.2026 · fingeraftryk 3f2a9c1b04de, or for a
    draft: UDKAST – ikke godkendt · Version 1. The family's paper calls it a kontrolkode."""
    if not content.is_signed:
        return f"{DRAFT_MARK} · Version {content.version}"
    parts = [name, f"Version {content.version}", f"godkendt {short_date(content.signed_on)}"]
    if full_fingerprint:
        parts.append(f"{code_word} {short_fingerprint(full_fingerprint)}")
    return " · ".join(parts)


def deadline_text(agreement: PlanAgreement) -> str:
    if agreement.deadline:
        return short_date(agreement.deadline)
    return "Løbende" if agreement.ongoing else "—"


def person_line(person: PlanParticipant | None) -> str:
    if person is None:
        return ""
    return ", ".join(para(one_line(v)) for v in (person.name, person.organisation) if one_line(v))


# -- the marker -------------------------------------------------------------------------------------

def marker(content: PlanContent, full_fingerprint: str | None, cpr_shown: bool) -> str:
    return (f"{MARKER} meeting={content.meeting_id} version={content.version} "
            f"fingerprint={full_fingerprint or 'udkast'} cpr={int(cpr_shown)}")


_MARKER_RE = re.compile(r"kitdesk-plan\s+meeting=(-?\d+)\s+version=(\d+)\s+fingerprint=([0-9a-fA-F]{64}|udkast)"
                        r"\s+cpr=([01])(?![0-9A-Za-z])")


def read_plan_marker(data: bytes) -> dict | None:
    """The plan marker in a PDF's document information (/Keywords): {"meeting", "version",
    "fingerprint", "cpr"}, or None for a file without one, or one PDFium cannot open.

    PDFium reads the information the way a PDF reader does: the newest after an incremental update,
    and also when another program has re-saved the file with its objects compressed into object
    streams. Not for worker threads: PDFium is not thread-safe (the window's preview has a lock)."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        found = _MARKER_RE.search(document.get_metadata_value("Keywords") or "")
    finally:
        document.close()
    if found is None:
        return None
    return {"meeting": int(found.group(1)), "version": int(found.group(2)),
            "fingerprint": found.group(3).lower(), "cpr": found.group(4) == "1"}


# -- the document -----------------------------------------------------------------------------------

def _facts(content: PlanContent, include_cpr: bool) -> list[tuple[str, str]]:
    rows = [("Barnets navn", para(one_line(content.child_name)) or "—")]
    if content.birth_date:
        rows.append(("Fødselsdato", para(short_date(content.birth_date))))
    if include_cpr and content.cpr:
        rows.append(("CPR-nummer", para(one_line(content.cpr))))
    rows.append(("Sagsnummer", para(one_line(content.case_no)) or "—"))
    starts, ends = when(content.starts_at), when(content.ends_at)
    if starts:
        rows += [("Mødedato", capitalised(date_in_words(starts))), ("Tid", f"Kl. {span(starts, ends)}")]
    else:
        rows.append(("Mødedato", "Ikke oplyst"))
    if content.kind == "discharge":
        rows.append(("Møde", para(MEETING_KINDS["discharge"])))
    rows.append(("Mødeform", para(FORM_WORDS.get(content.form, content.form))))
    if content.form in ("physical", "hybrid") and content.place.strip():
        rows.append(("Sted", para(content.place)))
    if content.form in ("video", "hybrid") and content.video_link.strip():
        rows.append(("Videolink", para(content.video_link)))
    if content.form == "phone" and content.phone.strip():
        rows.append(("Telefon", para(content.phone)))
    if content.chair:
        rows.append(("Mødeleder", person_line(content.chair)))
    if content.minute_taker:
        taker = person_line(content.minute_taker)
        if one_line(content.minute_taker_reason):  # the inviting side writes the minutes, unless said why not
            taker += f"<br/>Skriver referatet, fordi: {para(one_line(content.minute_taker_reason))}"
        rows.append(("Referent", taker))
    version = f"Version {content.version}"
    if content.replaces:
        version += f" – erstatter version {content.replaces}"
        if content.reason.strip():
            version += f"<br/>Årsag til ny version: {para(content.reason)}"
    rows.append(("Version", version))
    signed = day(content.signed_on)
    if content.is_signed:
        rows.append(("Status", f"Godkendt den {fmt_date_long(signed) if signed else para(content.signed_on)}"))
    else:
        rows.append(("Status", f"{DRAFT_MARK} – planen kan stadig ændres"))
    return rows


def _participants(content: PlanContent, styles):
    rows = []
    for person in content.participants:
        who = [Paragraph(f"<b>{para(one_line(person.name)) or '—'}</b>", styles["cell"])]
        marks = [mark for mark, on in (("Mødeleder", person.is_chair), ("Referent", person.is_minute_taker)) if on]
        if marks:
            who.append(Paragraph(" og ".join(marks), styles["cell_note"]))
        if person.walk_in:
            who.append(Paragraph("Mødt uanmeldt", styles["cell_note"]))
        where = []
        if person.organisation.strip():
            where.append(Paragraph(para(person.organisation), styles["cell"]))
        if sector_label(person.sector) and person.sector != "other":
            where.append(Paragraph(para(sector_label(person.sector)), styles["small"]))
        role = [Paragraph(para(person.role), styles["cell"])] if person.role.strip() else []
        attended = [Paragraph(ATTENDANCE.get(person.attendance, NOT_RECORDED), styles["cell"])]
        if person.mode:
            attended.append(Paragraph(ATTEND_MODES[person.mode], styles["small"]))
        if person.gp_fee:
            attended.append(Paragraph(GP_FEE, styles["small"]))
        rows.append([who, where, role, attended])
    return ruled_table("Deltagere", "", ["Deltager", "Organisation / sektor", "Rolle på mødet", "Deltagelse"], rows,
                       [40 * MM, 46 * MM, WIDTH - 117 * MM, 31 * MM], styles)


def _agenda(content: PlanContent, styles) -> list:
    story = [Paragraph("Dagsorden og drøftelse", styles["h2"])]
    for number, item in enumerate(content.agenda, start=1):
        story.append(Paragraph(f"{number}. {para(one_line(item.title)) or 'Punkt uden titel'}", styles["h3"]))
        if item.responsible.strip():
            story.append(Paragraph(f"Ansvarlig: {para(one_line(item.responsible))}", styles["meta"]))
        if item.description.strip():
            story += text_flowables(item.description, styles["muted"])
        story += text_flowables(item.discussion, styles["body"], styles["body_line"]) or \
            [Paragraph("Intet noteret under punktet.", styles["muted"])]
    return story


def _agreements(content: PlanContent, styles) -> list:
    if not content.agreements:
        text = "Ingen nye aftaler." if content.no_new_agreements else "Der er ikke skrevet aftaler i planen."
        return [Paragraph("Aftaler", styles["h2"]), Paragraph(text, styles["body"])]
    rows = []
    for number, agreement in enumerate(content.agreements, start=1):
        what = text_flowables(agreement.what, styles["cell"]) or [Paragraph("—", styles["cell"])]
        if agreement.item.strip():
            what.append(Paragraph(f"Under punktet: {para(one_line(agreement.item))}", styles["small"]))
        if agreement.carried_from:
            what.append(Paragraph(f"Videreført fra møde {para(short_date(agreement.carried_from))}",
                                  styles["cell_note"]))
        who = [Paragraph(para(one_line(agreement.responsible)) or "—", styles["cell"])]
        if sector_label(agreement.sector) and agreement.sector != "other":
            who.append(Paragraph(para(sector_label(agreement.sector)), styles["small"]))
        deadline = [Paragraph(para(deadline_text(agreement)), styles["cell"])]
        if agreement.deadline and agreement.ongoing:
            deadline.append(Paragraph("Løbende", styles["small"]))
        rows.append([Paragraph(str(number), styles["cell"]), what, who, deadline,
                     text_flowables(agreement.follow_up, styles["cell"])])
    return [ruled_table("Aftaler", "", ["Nr.", "Hvad", "Hvem", "Frist", "Opfølgning"], rows,
                        [12 * MM, WIDTH - 108 * MM, 36 * MM, 24 * MM, 36 * MM], styles)]


def _follow_ups(content: PlanContent, styles):
    rows = []
    for follow in content.follow_ups:
        what = text_flowables(follow.what, styles["cell"]) or [Paragraph("—", styles["cell"])]
        if follow.from_meeting:
            what.append(Paragraph(f"Fra møde {para(short_date(follow.from_meeting))}", styles["small"]))
        rows.append([what, Paragraph(para(one_line(follow.responsible)) or "—", styles["cell"]),
                     Paragraph((OUTCOMES if content.layout >= SEEDS_WORDING else OUTCOMES_1).get(
                         follow.outcome, para(follow.outcome)), styles["cell"]),
                     text_flowables(follow.note, styles["cell"])])
    return ruled_table("Opfølgning på tidligere aftaler", "", ["Aftale", "Ansvarlig", "Status", "Bemærkning"], rows,
                       [WIDTH - 108 * MM, 38 * MM, 25 * MM, 45 * MM], styles)


def no_decisions(content: PlanContent) -> str:
    return NO_DECISIONS if content.layout >= SEEDS_WORDING else NO_DECISIONS_1


def next_meeting_text(content: PlanContent) -> str:
    starts = when(content.next_meeting_at)
    if starts and not content.next_meeting_not_agreed:
        return f"{capitalised(date_in_words(starts))} kl. {span(starts, None)}."
    return "Ikke aftalt."


def _approvals(content: PlanContent, styles) -> list:
    """The approvals under a heading that says whether, when and by whom the plan was approved, so
    that the statement stays with the table; then the closing note on decisions."""
    if content.is_signed:
        signed = day(content.signed_on)
        on = fmt_date_long(signed) if signed else para(content.signed_on)
        by = f" af {para(one_line(content.signed_by))}" if one_line(content.signed_by) else ""
        status = f"<b>Godkendt{by} den {on}.</b>"
    else:
        status = "<b>Planen er et udkast og er ikke godkendt endnu.</b>"
    if not content.approvals:
        return [Paragraph("Godkendelse", styles["h2"]), Paragraph(status, styles["body"]),
                Paragraph("Der er ikke registreret godkendelser.", styles["body"]),
                Spacer(1, 6), Paragraph(no_decisions(content), styles["body"])]
    rows = []
    for approval in content.approvals:
        given = [Paragraph(NOT_OBTAINED if content.layout >= SCREEN_WALK else "Ikke godkendt", styles["cell"])]
        if approval.approved:
            on = f" den {para(short_date(approval.on))}" if approval.on else ""
            given = [Paragraph(f"Godkendt{on}", styles["cell"])]
            if approval.how in APPROVAL_WAYS:
                given.append(Paragraph(APPROVAL_WAYS[approval.how], styles["small"]))
        rows.append([Paragraph(para(one_line(approval.name)) or "—", styles["cell"]),
                     Paragraph(para(sector_label(approval.sector)) if approval.sector != "other" else "",
                               styles["cell"]),
                     given, text_flowables(approval.note, styles["cell"])])
    widths = [42 * MM, 38 * MM, 50 * MM, WIDTH - 130 * MM]
    table = ruled_table("Godkendelse", status, ["Navn", "Sektor", "Godkendelse", "Bemærkning"], rows, widths, styles)
    story = [table]
    if len(status) > LONG_LEAD:  # a heading row cannot split over pages: the statement goes before the table
        table = ruled_table("&nbsp;", "", ["Navn", "Sektor", "Godkendelse", "Bemærkning"], rows, widths, styles)
        story = [Paragraph("Godkendelse", styles["h2"]), Paragraph(status, styles["body"]), table]
    story += [Spacer(1, 12), Paragraph(no_decisions(content), styles["body"])]
    if content.is_signed and content.layout >= SCREEN_WALK:
        story.append(Paragraph(CHECK_CODE, styles["small"]))
    return story


def build_plan_pdf(content: PlanContent, *, author: str, created: datetime, fingerprint: str | None,
                   include_cpr: bool = False) -> bytes:
    """The plan as PDF bytes.

    created: the PDF's creation time (for a signed version, the moment it was signed, so that the
    same version always gives the same bytes). fingerprint: the full SHA-256 hex of the signed
    version (None for a draft). The CPR number is printed only when include_cpr is true.
    """
    styles = get_styles()
    full = signed_fingerprint(content, fingerprint)
    cpr_shown = bool(include_cpr and content.cpr)
    chair = content.chair
    story = []

    sender = "<br/>".join(line for line in (
        f"<b>{para(one_line(chair.organisation))}</b>" if chair and one_line(chair.organisation) else "",
        f"Mødeleder: {para(one_line(chair.name))}" if chair and one_line(chair.name) else "",
    ) if line)
    signed = day(content.signed_on)
    if content.is_signed:
        dated = f"Dato: {fmt_date_long(signed)}" if signed else ""
    else:
        dated = f"Udkast af {fmt_date_long(to_local(created).date())}"
    story += [letterhead(sender, dated, styles), Spacer(1, 12 * MM)]

    story.append(Paragraph(TITLE, styles["title"]))
    about = f" om {para(one_line(content.child_name))}" if one_line(content.child_name) else ""
    story.append(Paragraph(f"Referat af netværksmøde{about}", styles["subtitle"]))
    story.append(facts_table(_facts(content, include_cpr), styles, label_width=34 * MM))

    if content.participants:
        story.append(_participants(content, styles))
    contacts = plan_sections.contacts_table(content, styles)
    if contacts is not None:
        story.append(contacts)

    story.append(Paragraph("Formål med mødet", styles["h2"]))
    story += text_flowables(content.purpose, styles["body"], styles["body_line"]) or \
        [Paragraph(NOT_DESCRIBED, styles["muted"])]

    story += plan_sections.child_words(content, styles)
    for name, heading in MINUTES_SECTIONS:
        text = getattr(content, name)
        if content.layout < SEEDS_WORDING:
            heading = HEADINGS_1.get(name, heading)
        elif name == "perspective" and content.child_words.strip():
            heading = plan_sections.perspective_heading(content, heading)
        if text.strip() or name == "perspective":
            story.append(Paragraph(heading, styles["h2"]))
            story += text_flowables(text, styles["body"], styles["body_line"]) or \
                [Paragraph(NOT_DESCRIBED, styles["muted"])]

    if content.agenda:
        story += _agenda(content, styles)
    story += plan_sections.discharge(content, styles)
    story += _agreements(content, styles)
    if content.follow_ups:
        story.append(_follow_ups(content, styles))

    story += [Paragraph("Næste møde", styles["h2"]), Paragraph(next_meeting_text(content), styles["body"])]
    if content.misc.strip():
        story.append(Paragraph("Eventuelt", styles["h2"]))
        story += text_flowables(content.misc, styles["body"], styles["body_line"])
    story += _approvals(content, styles)

    held = meeting_day(content)
    title = f"{TITLE} – netværksmøde {fmt_date(held)}" if held else f"{TITLE} – netværksmøde"
    state = f"godkendt {short_date(content.signed_on)}" if content.is_signed else "udkast, ikke godkendt"
    subject = f"Referat af netværksmøde{' ' + fmt_date(held) if held else ''} · version {content.version} · {state}"
    buffer = io.BytesIO()
    doc = document(buffer, title=title, author=one_line(author), subject=subject,
                   keywords=marker(content, full, cpr_shown))
    canvas = numbered_canvas(created, footer_text(content, full), None if content.is_signed else DRAFT_MARK)
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()
