"""The codes stored in the database and their Danish words (DOMAIN.md, "Words for the user interface").

Codes are stable English identifiers; the Danish labels are what exports print. The UI shows the
same words through Qt Linguist (kitdesk/ui/labels.py), and a test keeps the two in step.
"""
from __future__ import annotations

from types import MappingProxyType

PHASES = MappingProxyType({
    "referral": "Henvisning",
    "assessment": "Udredning",
    "treatment": "Behandling",
    "discharge": "Afslutning",
    "follow_up": "Opfølgning",
    "closed": "Afsluttet",
})

ORIGINS = MappingProxyType({
    "municipal_referral": "Henvisning fra kommunen",
    "gp_referral": "Henvisning fra egen læge",
    "buc_notification": "Underretning fra BUC",
    "family_request": "Familiens ønske",
})

# Den graduerede indsatstrappe (seed 002).
STEPS = MappingProxyType({
    1: "Tidlig indsats (kommunen)",
    2: "Uddybende vurdering og indsats (kommunen, egen læge)",
    3: "Udredning, diagnostik og behandling (BUC eller privatpraktiserende børne- og ungdomspsykiater)",
    4: "Opfølgning (kommunen sammen med de øvrige)",
})

# Bedre Tværfaglig Indsats (seed 003).
LEVELS = MappingProxyType({
    1: "Én indsats",
    2: "To eller flere indsatser koordinerer mod fælles mål",
    3: "Bred indsats med kommunens myndighed – sagsbehandleren koordinerer",
})

SECTORS = MappingProxyType({
    "buc": "BUC",
    "caseworker": "Kommune – sagsbehandler",
    "ppr": "Kommune – PPR",
    "school": "Kommune – skole",
    "daycare": "Kommune – dagtilbud",
    "health_visitor": "Kommune – sundhedspleje",
    "gp": "Almen praksis",
    "private_specialist": "Privatpraktiserende speciallæge",
    "family": "Familie",
    "other": "Andet",
})
# The two sides that each must have one responsible contact person (ansvarlig kontaktperson).
BUC_SECTORS = frozenset({"buc"})
MUNICIPAL_SECTORS = frozenset({"caseworker", "ppr", "school", "daycare", "health_visitor"})
# Lower case: these are used inside sentences ("ansvarlig kontaktperson for kommunen").
SIDES = MappingProxyType({"buc": "BUC", "municipality": "kommunen"})

CONSENT_GIVERS = MappingProxyType({
    "parent": "Forælder / forældremyndighedsindehaver",
    "young_person": "Den unge selv (15 år eller derover)",
    "guardian": "Værge",
})
CONSENT_FORMS = MappingProxyType({"written": "Skriftligt", "oral": "Mundtligt"})

EXCHANGE_KINDS = MappingProxyType({
    "referral": "Henvisning",
    "notification": "Underretning",
    "treatment_plan": "Behandlingsplan",
    "status_note": "Statusnotat",
    "statement": "Erklæring",
    "dialogue": "Dialog",
    "other": "Andet",
})

# Kinds of baton-log entries: written by the user, or recorded by the app for an event.
LOG_KINDS = MappingProxyType({
    "note": "Notat",
    "contact_changed": "Kontaktperson ændret",
    "baton_changed": "Stafetholder ændret",
    "network_changed": "Netværk ændret",
    "consent_given": "Samtykke givet",
    "consent_withdrawn": "Samtykke trukket tilbage",
    "exchange": "Information udvekslet",
    "phase_changed": "Fase ændret",
    "case_opened": "Sag oprettet",
    "case_closed": "Sag afsluttet",
    "correction": "Rettelse",
    "meeting_created": "Netværksmøde oprettet",
    "invitation_sent": "Indkaldelse sendt",
    "meeting_changed": "Netværksmøde ændret",
    "meeting_cancelled": "Netværksmøde aflyst",
    "meeting_started": "Netværksmøde startet",
    "meeting_held": "Netværksmøde afholdt",
    "agreement": "Aftale",
    "answer_recorded": "Svar på indkaldelse",
    "plan_signed": "Plan godkendt",
    "plan_reopened": "Ny version af planen",
    "plan_sent": "Plan sendt",
    "undone": "Fortrudt",
    "redone": "Gentaget",
})


def side_of(sector: str) -> str | None:
    """Which contact-person side a sector belongs to, if any."""
    if sector in BUC_SECTORS:
        return "buc"
    if sector in MUNICIPAL_SECTORS:
        return "municipality"
    return None

MEETING_STATES = MappingProxyType({
    "draft": "Kladde",
    "invited": "Indkaldt",
    "running": "I gang",
    "held": "Afholdt",
    "signed": "Godkendt",
    "cancelled": "Aflyst",
})
MEETING_FORMS = MappingProxyType({"physical": "Fysisk", "video": "Video", "phone": "Telefon", "hybrid": "Hybrid"})
REQUESTERS = MappingProxyType({"buc": "BUC", "municipality": "Kommunen", "family": "Familien / den unge"})
ANSWERS = MappingProxyType({
    "pending": "Afventer svar",
    "attending": "Deltager",
    "declined": "Afbud",
    "wants_others": "Ønsker andre med",
})
ATTEND_MODES = MappingProxyType({"physical": "Fysisk", "virtual": "Virtuelt"})
APPROVAL_WAYS = MappingProxyType({"in_meeting": "I mødet", "email": "Pr. e-mail", "phone": "Telefonisk"})
