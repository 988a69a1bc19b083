"""The plan's sections added to bring it closer to KIT (issue 11), shared by the plan and the family
summary: the contact persons and the baton holder, the child's own words, and a discharge meeting's
hand-over. Each is printed only when the version has something to say there, so a version signed
before these existed prints exactly as it was signed.
"""
from __future__ import annotations

from reportlab.platypus import Paragraph

from kitdesk.domain.plan import SEEDS_WORDING, PlanContact, PlanContent
from kitdesk.export.pdf_layout import MM, WIDTH, ruled_table, text_flowables
from kitdesk.export.text import one_line, para, sector_label

SIDE_WORDS = {"buc": "Ansvarlig kontaktperson i BUC", "municipality": "Ansvarlig kontaktperson i kommunen"}
BATON = "Stafetholder – koordinerer samarbejdet og fører stafetloggen"
CHILD_WORDS = "Barnets/den unges egne ord"
DISCHARGE = "Udskrivning fra BUC"
DISCHARGE_PARTS = (("discharge_handover", "Hvem overtager hvad"),
                   ("discharge_medication", "Medicin: videreførelse og opfølgning, og hvem der står for den"),
                   ("discharge_family_contact", "Hvem familien kontakter"))


def _roles(contact: PlanContact) -> list[str]:
    roles = [SIDE_WORDS[contact.side]] if contact.side in SIDE_WORDS else []
    if contact.is_baton_holder:
        roles.append("Stafetholder")
    return roles


def ordered_contacts(content: PlanContent) -> list[PlanContact]:
    """The contact persons (BUC, then the municipality), then a baton holder who is not one of them."""
    found = list(content.contact_persons)
    baton = content.baton_holder
    if baton is not None and baton not in found:
        found.append(baton)
    return found


def reach(contact: PlanContact) -> list[str]:
    """"Telefon 70 10 20 31", "E-mail navn@eksempel.dk" – what is known, escaped."""
    lines = []
    if one_line(contact.phone):
        lines.append(f"Telefon {para(one_line(contact.phone)).replace(' ', '&nbsp;')}")  # never split a number
    if one_line(contact.email):
        lines.append(f"E-mail {para(one_line(contact.email))}")
    return lines


def contacts_table(content: PlanContent, styles):
    """Kontaktpersoner: one line per responsible contact person and the baton holder, with phone and
    e-mail – or None when the version names none."""
    contacts = ordered_contacts(content)
    if not contacts:
        return None
    rows = []
    for contact in contacts:
        role = [Paragraph(para(r), styles["cell"]) for r in _roles(contact)]
        who = [Paragraph(f"<b>{para(one_line(contact.name)) or '—'}</b>", styles["cell"])]
        where = one_line(contact.organisation) or sector_label(contact.sector)
        if where:
            who.append(Paragraph(para(where), styles["small"]))
        ways = [Paragraph(line, styles["cell"]) for line in reach(contact)] or \
            [Paragraph("Ikke oplyst", styles["cell"])]
        rows.append([role, who, ways])
    lead = ("Hver sektor har en ansvarlig kontaktperson, som familien og samarbejdspartnerne kan kontakte. "
            "Stafetholderen koordinerer samarbejdet.")
    return ruled_table("Kontaktpersoner", lead, ["Rolle", "Navn", "Telefon og e-mail"], rows,
                       [44 * MM, 54 * MM, WIDTH - 98 * MM], styles)


def child_words(content: PlanContent, styles, heading: str = CHILD_WORDS) -> list:
    if not content.child_words.strip():
        return []
    return [Paragraph(heading, styles["h2"]), *text_flowables(content.child_words, styles["body"], styles["body_line"])]


def perspective_heading(content: PlanContent, old: str) -> str:
    """With the child's own words kept apart (from SEEDS_WORDING on), the perspective is the parents' and
    the family's."""
    return "Forældrenes og familiens perspektiv" if content.layout >= SEEDS_WORDING else old


def discharge(content: PlanContent, styles, heading: str = DISCHARGE, muted_empty: str = "Ikke aftalt.") -> list:
    """A discharge meeting's hand-over: who takes over what, medication and by whom, whom the family
    calls (seed 004; seed 002 trin 4)."""
    if content.kind != "discharge":
        return []
    story = [Paragraph(heading, styles["h2"])]
    for name, title in DISCHARGE_PARTS:
        story.append(Paragraph(title, styles["h3"]))
        story += text_flowables(getattr(content, name), styles["body"], styles["body_line"]) or \
            [Paragraph(muted_empty, styles["muted"])]
    return story
