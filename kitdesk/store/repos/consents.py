"""Consents (samtykke) to exchange information between the sectors."""
from __future__ import annotations

from datetime import date

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.model import Consent
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import CONSENT_FORMS, CONSENT_GIVERS, SECTORS
from kitdesk.store.convert import from_row, to_row

# What may change on a recorded consent. Who gave it, when and what it covers stay as given:
# a different scope is a new consent, so the record of what the family agreed to stays true.
EDITABLE = ("information", "note", "valid_until")

NO_GIVER = message("consent.no_giver", "Skriv, hvem der har givet samtykket.", "Write who gave the consent.")
NO_GIVER_KIND = message("consent.no_giver_kind",
                        "Vælg, hvem der har givet samtykket (forælder, den unge selv eller værge).",
                        "Choose who gave the consent (a parent, the young person or a guardian).")
NO_FORM = message("consent.no_form", "Vælg, om samtykket er skriftligt eller mundtligt.",
                  "Choose whether the consent is written or oral.")
NO_SECTORS = message("consent.no_sectors", "Vælg mindst én part, som samtykket omfatter.",
                     "Choose at least one party the consent covers.")
NO_GIVEN_ON = message("consent.no_given_on", "Skriv, hvornår samtykket er givet.", "Write when the consent was given.")
ENDS_BEFORE_GIVEN = message("consent.ends_before_given", "Samtykket kan ikke udløbe, før det er givet.",
                            "The consent cannot end before it was given.")
ALREADY_WITHDRAWN = message("consent.already_withdrawn", "Samtykket er allerede trukket tilbage {on}.",
                            "The consent was already withdrawn on {on}.")
WITHDRAWN_BEFORE_GIVEN = message("consent.withdrawn_before_given",
                                 "Et samtykke kan ikke trækkes tilbage, før det er givet.",
                                 "A consent cannot be withdrawn before it was given.")


def describe(consent: Consent) -> str:
    sectors = ", ".join(SECTORS.get(s, s) for s in consent.sectors) or "ingen parter valgt"
    until = f", gyldigt til {fmt_date(consent.valid_until)}" if consent.valid_until else ""
    form = CONSENT_FORMS.get(consent.form, consent.form).lower()
    return f"{consent.given_by} ({form}, {fmt_date(consent.given_on)}{until}) – omfatter: {sectors}."


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


class ConsentRepo:
    def __init__(self, store):
        self.store = store

    def list(self, case_id: int) -> list[Consent]:
        rows = self.store.query("SELECT * FROM consents WHERE case_id = ? ORDER BY given_on DESC, id DESC", [case_id])
        return [from_row(Consent, r) for r in rows]

    def get(self, consent_id: int) -> Consent:
        row = self.store.writer.row("consents", consent_id)
        if row is None:
            raise KeyError(consent_id)
        return from_row(Consent, row)

    def add(self, consent: Consent) -> int:
        if not consent.given_by.strip():
            raise Refusal(NO_GIVER)
        if consent.giver_kind not in CONSENT_GIVERS:
            raise Refusal(NO_GIVER_KIND)
        if consent.form not in CONSENT_FORMS:
            raise Refusal(NO_FORM)
        if not consent.sectors:
            raise Refusal(NO_SECTORS)
        if consent.given_on is None:
            raise Refusal(NO_GIVEN_ON)
        if consent.valid_until and consent.valid_until < consent.given_on:
            raise Refusal(ENDS_BEFORE_GIVEN)
        consent.given_by = consent.given_by.strip()
        with self.store.transaction() as w:
            consent_id = w.insert("consents", {**to_row(consent), "created_at": w.now()}, consent.case_id)
            self.store.baton_log.add_event(w, consent.case_id, "consent_given", "Samtykke givet: " + describe(consent))
            self.store.cases.touch(w, consent.case_id)
            return consent_id

    def update(self, consent_id: int, changes: dict) -> dict:
        """Change the information, note or end date of a consent; returns the values before."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            # The consent dialog offers no other field: anything else is a bug in the caller.
            raise ValueError(f"only {EDITABLE} change on a given consent, not {sorted(unknown)}")
        consent = self.get(consent_id)
        values = dict(changes)
        if "valid_until" in values:
            until = _as_date(values["valid_until"])
            if until and consent.given_on and until < consent.given_on:
                raise Refusal(ENDS_BEFORE_GIVEN)
            values["valid_until"] = until.isoformat() if until else None
        for key in ("information", "note"):
            if key in values:
                values[key] = (values[key] or "").strip()
        with self.store.transaction() as w:
            before = w.update("consents", consent_id, values, consent.case_id)
            if before:
                self.store.cases.touch(w, consent.case_id)
            return before

    def withdraw(self, consent_id: int, on: date) -> None:
        consent = self.get(consent_id)
        if consent.withdrawn_on is not None:
            raise Refusal(ALREADY_WITHDRAWN, on=fmt_date(consent.withdrawn_on))
        if consent.given_on and on < consent.given_on:
            raise Refusal(WITHDRAWN_BEFORE_GIVEN)
        with self.store.transaction() as w:
            w.update("consents", consent_id, {"withdrawn_on": on.isoformat()}, consent.case_id)
            self.store.baton_log.add_event(
                w, consent.case_id, "consent_withdrawn",
                f"Samtykke trukket tilbage {fmt_date(on)}: {describe(consent)}")
            self.store.cases.touch(w, consent.case_id)
