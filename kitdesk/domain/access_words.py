"""Danish words for the records and fields the change audit names, as "Udtræk til indsigt" prints them.

A column not named here is shown as "andre oplysninger", never by its code: the extract goes to a
family or a lawyer.
"""
from __future__ import annotations

from types import MappingProxyType

RECORDS = MappingProxyType({
    "cases": "Sagen",
    "persons": "Personoplysninger",
    "members": "Plads i netværket",
    "consents": "Samtykke",
    "exchanges": "Udveksling af oplysninger",
    "log_entries": "Stafetlog",
    "meetings": "Netværksmøde",
    "invitees": "Deltager i møde",
    "agenda_items": "Dagsordenspunkt",
    "minutes": "Referat",
    "item_notes": "Drøftelse af dagsordenspunkt",
    "agreements": "Aftale",
    "plan_versions": "Version af planen",
    "approvals": "Godkendelse af planen",
    "plan_exports": "Udleveret plan",
    "waiting_periods": "Ventetid",
    "consent_forms": "Samtykkeerklæring udskrevet",
})
ACTIONS = MappingProxyType({"insert": "Oprettet", "update": "Ændret", "delete": "Slettet"})

OTHER = "andre oplysninger"
FIELDS = MappingProxyType({
    # the child and the case
    "case_no": "sagsnummer", "child_name": "navn", "birth_date": "fødselsdato", "cpr": "CPR-nummer",
    "school": "skole/dagtilbud", "municipality": "kommune", "origin": "henvendelse", "phase": "fase",
    "step": "trin", "level": "niveau", "waiting_for": "venter på", "waiting_since": "venter siden",
    "opened_on": "sagen åbnet", "closed_on": "sagen afsluttet",
    # people and the network
    "name": "navn", "title": "titel", "organisation": "organisation", "sector": "sektor", "email": "e-mail",
    "phone": "telefon", "note": "note", "role": "rolle", "is_contact": "ansvarlig kontaktperson",
    "is_baton_holder": "stafetholder", "person_id": "person", "case_id": "sag",
    # consents and exchanges
    "given_by": "givet af", "giver_kind": "hvem der gav samtykket", "sectors": "parter", "information": "oplysninger",
    "given_on": "givet", "form": "form", "valid_until": "gyldigt til", "withdrawn_on": "trukket tilbage",
    "kind": "slags", "exchanged_on": "dato", "from_sector": "fra", "to_sector": "til", "file_name": "bilag",
    "stored_file": "bilag",
    # the baton log
    "at": "tidspunkt", "author": "skrevet af", "text": "tekst", "corrects_id": "retter indlæg",
    # meetings
    "state": "status", "requested_by": "anmodet af", "request_note": "anmodning", "requested_on": "anmodet den",
    "starts_at": "starttidspunkt", "ends_at": "sluttidspunkt", "place": "sted", "video_link": "videolink",
    "purpose": "formål", "late_reason": "begrundelse for sen indkaldelse", "virtual_asked": "virtuelt møde aftalt",
    "consent_override": "begrundelse for at sende uden samtykke", "sequence": "indkaldelsens nummer",
    "update_pending": "opdatering skal sendes", "cancel_reason": "begrundelse for aflysning",
    "sent_folder": "mappe for indkaldelsen", "current_item_id": "aktuelt dagsordenspunkt", "started_at": "startet",
    "ended_at": "afsluttet", "uid": "kalender-id", "meeting_id": "møde",
    # invitees
    "role_key": "rolle ved mødet", "role_text": "rollebeskrivelse", "is_chair": "mødeleder",
    "is_minute_taker": "referent", "gp_spoken_to": "dialog med almen praktiserende læge", "gp_paid": "honoreret",
    "answer": "svar", "attend_mode": "deltager fysisk/virtuelt", "answer_note": "bemærkning til svaret",
    "invited_sequence": "indkaldt", "attendance": "fremmøde", "walk_in": "kom uden indkaldelse",
    # agenda, minutes, agreements
    "position": "rækkefølge", "description": "beskrivelse", "responsible_id": "ansvarlig", "minutes": "minutter",
    "perspective": "barnets og familiens perspektiv", "challenges": "udfordringer", "resources": "ressourcer",
    "development": "udviklingsmuligheder", "misc": "øvrigt", "next_meeting_at": "næste møde",
    "next_meeting_not_agreed": "næste møde ikke aftalt", "no_new_agreements": "ingen nye aftaler",
    "discussion": "drøftelse", "internal_note": "intern note", "used_seconds": "brugt tid",
    "agenda_item_id": "dagsordenspunkt", "what": "aftale", "responsible_invitee_id": "ansvarlig",
    "responsible_name": "ansvarlig", "deadline": "frist", "ongoing": "løbende", "follow_up": "opfølgning",
    "carried_from_id": "videreført fra", "status": "status", "status_note": "bemærkning til status",
    "status_meeting_id": "fulgt op på møde",
    # the plan
    "version": "version", "reason": "begrundelse", "content": "planens indhold", "fingerprint": "fingeraftryk",
    "signed_at": "godkendt", "signed_by": "godkendt af", "invitee_id": "deltager", "approved": "godkendt",
    "approved_on": "godkendt den", "how": "hvordan", "plan_version_id": "version af planen", "sha256": "fingeraftryk",
    "include_cpr": "med CPR-nummer", "exported_at": "udleveret",
    # closer to KIT (m008)
    "child_words": "barnets/den unges egne ord", "discharge_handover": "hvem overtager hvad ved udskrivning",
    "discharge_medication": "medicin og opfølgning ved udskrivning",
    "discharge_family_contact": "hvem familien kontakter efter udskrivning",
    "invitees_agreed": "deltagere aftalt med familien", "family_absent_reason": "begrundelse for møde uden familien",
    "minute_taker_reason": "begrundelse for referent", "others_wanted": "ønsker andre med",
    "started_on": "ventetid begyndt", "contact_person_id": "kontakt i ventetiden",
    "contact_name": "kontakt i ventetiden", "contact_every_days": "kontakt hvor ofte",
    "last_contact_on": "seneste kontakt", "ended_on": "ventetid afsluttet", "end_note": "bemærkning ved afslutning",
    "printed_on": "udskrevet", "consent_id": "registreret som samtykke",
})
# Bookkeeping columns: never worth a word in the extract.
SILENT = frozenset({"id", "created_at", "updated_at", "last_activity"})


def field_words(columns) -> str:
    """The changed fields in Danish, each once, in the order given: "navn, CPR-nummer"."""
    words: list[str] = []
    for column in columns:
        if column in SILENT:
            continue
        word = FIELDS.get(column, OTHER)
        if word not in words:
            words.append(word)
    return ", ".join(words)
