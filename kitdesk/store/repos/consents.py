"""Consents (samtykke) to exchange information between the sectors."""
from __future__ import annotations

from datetime import date

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.model import Consent
from kitdesk.domain.vocabulary import CONSENT_FORMS, SECTORS
from kitdesk.store.convert import from_row, to_row


def describe(consent: Consent) -> str:
    sectors = ", ".join(SECTORS.get(s, s) for s in consent.sectors) or "ingen parter valgt"
    until = f", gyldigt til {fmt_date(consent.valid_until)}" if consent.valid_until else ""
    form = CONSENT_FORMS.get(consent.form, consent.form).lower()
    return f"{consent.given_by} ({form}, {fmt_date(consent.given_on)}{until}) – omfatter: {sectors}."


class ConsentRepo:
    def __init__(self, store):
        self.store = store

    def list(self, case_id: int) -> list[Consent]:
        rows = self.store.db.query("SELECT * FROM consents WHERE case_id = ? ORDER BY given_on DESC, id DESC", [case_id])
        return [from_row(Consent, r) for r in rows]

    def get(self, consent_id: int) -> Consent:
        row = self.store.writer.row("consents", consent_id)
        if row is None:
            raise KeyError(consent_id)
        return from_row(Consent, row)

    def add(self, consent: Consent) -> int:
        if not consent.given_by.strip():
            raise ValueError("Skriv, hvem der har givet samtykket.")
        if consent.given_on is None:
            raise ValueError("Skriv, hvornår samtykket er givet.")
        if consent.valid_until and consent.valid_until < consent.given_on:
            raise ValueError("Samtykket kan ikke udløbe, før det er givet.")
        with self.store.transaction() as w:
            consent_id = w.insert("consents", {**to_row(consent), "created_at": w.now()}, consent.case_id)
            self.store.baton_log.add_event(w, consent.case_id, "consent_given", "Samtykke givet: " + describe(consent))
            self.store.cases.touch(w, consent.case_id)
            return consent_id

    def withdraw(self, consent_id: int, on: date) -> None:
        consent = self.get(consent_id)
        if consent.given_on and on < consent.given_on:
            raise ValueError("Et samtykke kan ikke trækkes tilbage, før det er givet.")
        with self.store.transaction() as w:
            w.update("consents", consent_id, {"withdrawn_on": on.isoformat()}, consent.case_id)
            self.store.baton_log.add_event(
                w, consent.case_id, "consent_withdrawn",
                f"Samtykke trukket tilbage {fmt_date(on)}: {describe(consent)}")
            self.store.cases.touch(w, consent.case_id)
