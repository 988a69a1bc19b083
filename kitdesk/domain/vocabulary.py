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
    "gp_referral": "Henvisning fra almen praksis",
    "buc_notification": "Underretning fra BUC",
    "family_request": "Familiens ønske",
})

# Den graduerede indsatstrappe, worded as seed 002 words it.
STEPS = MappingProxyType({
    1: "Tidlig indsats (kommunen, evt. i samarbejde med almen praksis)",
    2: "Uddybende vurdering og indsats (kommunen, evt. i samarbejde med almen praksis)",
    3: "Udredning, diagnostik og behandling (BUC eller privatpraktiserende speciallæge i børne- og "
       "ungdomspsykiatri)",
    4: "Opfølgning (kommunen i samarbejde med relevante fagprofessionelle)",
})

# Bedre Tværfaglig Indsats, worded as seed 003 words it.
LEVELS = MappingProxyType({
    1: "Indsatsen involverer et enkelt tilbud eller en afdeling",
    2: "To eller flere tilbud koordinerer deres indsats efter fælles målsætninger",
    3: "Bredt samarbejde, hvor den kommunale forvaltning, typisk en sagsbehandler, involveres – "
       "sagsbehandleren overtager normalt koordineringen",
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
    "step_changed": "Trin ændret",
    "level_changed": "Niveau ændret",
    "waiting_started": "Ventetid begyndt",
    "waiting_changed": "Ventetid ændret",
    "waiting_contact": "Kontakt i ventetiden",
    "waiting_ended": "Ventetid afsluttet",
    "consent_form": "Samtykkeerklæring udskrevet",
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
MEETING_KINDS = MappingProxyType({"ordinary": "Netværksmøde", "discharge": "Udskrivningsmøde (afslutning fra BUC)"})
FOLLOW_UP_OUTCOMES = MappingProxyType({"done": "Udført", "continued": "Videreført", "dropped": "Bortfaldet"})
# How often the family is contacted while the child waits (days between contacts).
CONTACT_INTERVALS = MappingProxyType({7: "Hver uge", 14: "Hver 14. dag", 21: "Hver 3. uge", 30: "Hver måned"})
REQUESTERS = MappingProxyType({"buc": "BUC", "municipality": "Kommunen", "family": "Familien / den unge"})
ANSWERS = MappingProxyType({
    "pending": "Afventer svar",
    "attending": "Deltager",
    "declined": "Afbud",
    "wants_others": "Ønsker andre med",
})
ATTEND_MODES = MappingProxyType({"physical": "Fysisk", "virtual": "Virtuelt"})
APPROVAL_WAYS = MappingProxyType({"in_meeting": "I mødet", "email": "Pr. e-mail", "phone": "Telefonisk"})
