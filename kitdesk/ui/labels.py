"""Screen words for the stored codes, through Qt Linguist (Danish in kitdesk_da.ts).

The Danish translations must equal kitdesk.domain.vocabulary, which exports print; a test checks it.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PHASES = {
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "assessment": QT_TRANSLATE_NOOP("Labels", "Assessment"),
    "treatment": QT_TRANSLATE_NOOP("Labels", "Treatment"),
    "discharge": QT_TRANSLATE_NOOP("Labels", "Discharge"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}
ORIGINS = {
    "municipal_referral": QT_TRANSLATE_NOOP("Labels", "Referral from the municipality"),
    "gp_referral": QT_TRANSLATE_NOOP("Labels", "Referral from general practice"),
    "buc_notification": QT_TRANSLATE_NOOP("Labels", "Notification from BUC"),
    "family_request": QT_TRANSLATE_NOOP("Labels", "The family's request"),
}
STEPS = {
    1: QT_TRANSLATE_NOOP("Labels", "Early intervention (the municipality, possibly with general practice)"),
    2: QT_TRANSLATE_NOOP("Labels", "In-depth assessment and intervention (the municipality, possibly with general "
                                   "practice)"),
    3: QT_TRANSLATE_NOOP("Labels", "Assessment, diagnosis and treatment (BUC or a private specialist in child and "
                                   "adolescent psychiatry)"),
    4: QT_TRANSLATE_NOOP("Labels", "Follow-up (the municipality with the relevant professionals)"),
}
LEVELS = {
    1: QT_TRANSLATE_NOOP("Labels", "The effort involves a single service or a department"),
    2: QT_TRANSLATE_NOOP("Labels", "Two or more services coordinate their efforts towards shared goals"),
    3: QT_TRANSLATE_NOOP("Labels", "Broad collaboration involving the municipal administration, typically a "
                                   "caseworker – the caseworker normally takes over the coordination"),
}
SECTORS = {
    "buc": QT_TRANSLATE_NOOP("Labels", "BUC"),
    "caseworker": QT_TRANSLATE_NOOP("Labels", "Municipality – caseworker"),
    "ppr": QT_TRANSLATE_NOOP("Labels", "Municipality – PPR"),
    "school": QT_TRANSLATE_NOOP("Labels", "Municipality – school"),
    "daycare": QT_TRANSLATE_NOOP("Labels", "Municipality – day care"),
    "health_visitor": QT_TRANSLATE_NOOP("Labels", "Municipality – health visitor"),
    "gp": QT_TRANSLATE_NOOP("Labels", "General practice"),
    "private_specialist": QT_TRANSLATE_NOOP("Labels", "Private specialist"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
SIDES = {
    "buc": QT_TRANSLATE_NOOP("Labels", "BUC"),
    "municipality": QT_TRANSLATE_NOOP("Labels", "Municipality"),
}
CONSENT_GIVERS = {
    "parent": QT_TRANSLATE_NOOP("Labels", "Parent / holder of parental responsibility"),
    "young_person": QT_TRANSLATE_NOOP("Labels", "The young person (15 or over)"),
    "guardian": QT_TRANSLATE_NOOP("Labels", "Guardian"),
}
CONSENT_FORMS = {
    "written": QT_TRANSLATE_NOOP("Labels", "Written"),
    "oral": QT_TRANSLATE_NOOP("Labels", "Oral"),
}
EXCHANGE_KINDS = {
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "notification": QT_TRANSLATE_NOOP("Labels", "Notification"),
    "treatment_plan": QT_TRANSLATE_NOOP("Labels", "Treatment plan"),
    "status_note": QT_TRANSLATE_NOOP("Labels", "Status note"),
    "statement": QT_TRANSLATE_NOOP("Labels", "Statement"),
    "dialogue": QT_TRANSLATE_NOOP("Labels", "Dialogue"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
LOG_KINDS = {
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "contact_changed": QT_TRANSLATE_NOOP("Labels", "Contact person changed"),
    "baton_changed": QT_TRANSLATE_NOOP("Labels", "Baton holder changed"),
    "network_changed": QT_TRANSLATE_NOOP("Labels", "Network changed"),
    "consent_given": QT_TRANSLATE_NOOP("Labels", "Consent given"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Labels", "Consent withdrawn"),
    "exchange": QT_TRANSLATE_NOOP("Labels", "Information exchanged"),
    "phase_changed": QT_TRANSLATE_NOOP("Labels", "Phase changed"),
    "step_changed": QT_TRANSLATE_NOOP("Labels", "Step changed"),
    "level_changed": QT_TRANSLATE_NOOP("Labels", "Level changed"),
    "waiting_started": QT_TRANSLATE_NOOP("Labels", "Waiting began"),
    "waiting_changed": QT_TRANSLATE_NOOP("Labels", "Waiting changed"),
    "waiting_contact": QT_TRANSLATE_NOOP("Labels", "Contact while waiting"),
    "waiting_ended": QT_TRANSLATE_NOOP("Labels", "Waiting ended"),
    "consent_form": QT_TRANSLATE_NOOP("Labels", "Consent form printed"),
    "case_opened": QT_TRANSLATE_NOOP("Labels", "Case opened"),
    "case_closed": QT_TRANSLATE_NOOP("Labels", "Case closed"),
    "correction": QT_TRANSLATE_NOOP("Labels", "Correction"),
    "meeting_created": QT_TRANSLATE_NOOP("Labels", "Network meeting created"),
    "plan_signed": QT_TRANSLATE_NOOP("Labels", "Plan signed off"),
    "plan_reopened": QT_TRANSLATE_NOOP("Labels", "New version of the plan"),
    "plan_sent": QT_TRANSLATE_NOOP("Labels", "Plan sent"),
    "invitation_sent": QT_TRANSLATE_NOOP("Labels", "Invitation sent"),
    "meeting_changed": QT_TRANSLATE_NOOP("Labels", "Network meeting changed"),
    "meeting_cancelled": QT_TRANSLATE_NOOP("Labels", "Network meeting cancelled"),
    "meeting_started": QT_TRANSLATE_NOOP("Labels", "Network meeting started"),
    "meeting_held": QT_TRANSLATE_NOOP("Labels", "Network meeting held"),
    "agreement": QT_TRANSLATE_NOOP("Labels", "Agreement"),
    "answer_recorded": QT_TRANSLATE_NOOP("Labels", "Answer to invitation"),
    "undone": QT_TRANSLATE_NOOP("Labels", "Undone"),
    "redone": QT_TRANSLATE_NOOP("Labels", "Redone"),
}

MEETING_STATES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "invited": QT_TRANSLATE_NOOP("Labels", "Invited"),
    "running": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "held": QT_TRANSLATE_NOOP("Labels", "Held"),
    "signed": QT_TRANSLATE_NOOP("Labels", "Signed off"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
MEETING_FORMS = {
    "physical": QT_TRANSLATE_NOOP("Labels", "In person"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Telephone"),
    "hybrid": QT_TRANSLATE_NOOP("Labels", "Hybrid"),
}
REQUESTERS = {
    "buc": QT_TRANSLATE_NOOP("Labels", "BUC"),
    "municipality": QT_TRANSLATE_NOOP("Labels", "The municipality"),
    "family": QT_TRANSLATE_NOOP("Labels", "The family / the young person"),
}
ANSWERS = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Awaiting answer"),
    "attending": QT_TRANSLATE_NOOP("Labels", "Attending"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Cancellation"),
    "wants_others": QT_TRANSLATE_NOOP("Labels", "Wants others to join"),
}
MEETING_KINDS = {
    "ordinary": QT_TRANSLATE_NOOP("Labels", "Network meeting"),
    "discharge": QT_TRANSLATE_NOOP("Labels", "Discharge meeting (discharge from BUC)"),
}
FOLLOW_UP_OUTCOMES = {
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "continued": QT_TRANSLATE_NOOP("Labels", "Continued"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "Lapsed"),
}
CONTACT_INTERVALS = {
    7: QT_TRANSLATE_NOOP("Labels", "Every week"),
    14: QT_TRANSLATE_NOOP("Labels", "Every other week"),
    21: QT_TRANSLATE_NOOP("Labels", "Every third week"),
    30: QT_TRANSLATE_NOOP("Labels", "Every month"),
}
ATTEND_MODES = {
    "physical": QT_TRANSLATE_NOOP("Labels", "In person"),
    "virtual": QT_TRANSLATE_NOOP("Labels", "Online"),
}
APPROVAL_WAYS = {
    "in_meeting": QT_TRANSLATE_NOOP("Labels", "At the meeting"),
    "email": QT_TRANSLATE_NOOP("Labels", "By e-mail"),
    "phone": QT_TRANSLATE_NOOP("Labels", "By phone"),
}

# Which table above matches which Danish vocabulary in the domain (for the consistency test).
VOCABULARY_PAIRS = {
    "PHASES": PHASES, "ORIGINS": ORIGINS, "STEPS": STEPS, "LEVELS": LEVELS, "SECTORS": SECTORS,
    "SIDES": SIDES, "CONSENT_GIVERS": CONSENT_GIVERS, "CONSENT_FORMS": CONSENT_FORMS,
    "EXCHANGE_KINDS": EXCHANGE_KINDS, "LOG_KINDS": LOG_KINDS, "MEETING_STATES": MEETING_STATES,
    "MEETING_FORMS": MEETING_FORMS, "REQUESTERS": REQUESTERS, "ANSWERS": ANSWERS, "ATTEND_MODES": ATTEND_MODES,
    "APPROVAL_WAYS": APPROVAL_WAYS, "MEETING_KINDS": MEETING_KINDS, "FOLLOW_UP_OUTCOMES": FOLLOW_UP_OUTCOMES,
    "CONTACT_INTERVALS": CONTACT_INTERVALS,
}


def label(table: dict, code) -> str:
    source = table.get(code)
    return QCoreApplication.translate("Labels", source) if source else str(code or "")


def items(table: dict) -> list[tuple[str, object]]:
    """(shown text, code) pairs for a combo box, in the table's order."""
    return [(QCoreApplication.translate("Labels", text), code) for code, text in table.items()]
