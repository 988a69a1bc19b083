"""Consents (samtykke) to exchange information between the sectors."""
from __future__ import annotations

import builtins
from datetime import date

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.model import Consent, ConsentForm
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
FORM_ALREADY_RETURNED = message("consent.form_already_returned",
                                "Samtykkeerklæringen er allerede registreret som modtaget.",
                                "The consent form is already registered as returned.")
FORM_NO_GIVER = message("consent.form_no_giver", "Vælg, hvem der skal give samtykket.",
                        "Choose who is to give the consent.")
FORM_NO_SECTORS = message("consent.form_no_sectors", "Vælg mindst én part, som samtykket skal omfatte.",
                          "Choose at least one party the consent is to cover.")
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

    def add(self, consent: Consent, form_id: int | None = None) -> int:
        """Record a consent; with `form_id`, it is the signed return of that printed consent form."""
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
            text = "Samtykke givet: " + describe(consent)
            if form_id is not None:
                form = self.form(form_id)
                if form.case_id != consent.case_id or form.returned:
                    raise Refusal(FORM_ALREADY_RETURNED)
                w.update("consent_forms", form_id, {"consent_id": consent_id}, consent.case_id)
                text += f" Den underskrevne samtykkeerklæring (udskrevet {fmt_date(form.printed_on)}) er modtaget."
            self.store.baton_log.add_event(w, consent.case_id, "consent_given", text)
            self.store.cases.touch(w, consent.case_id)
            return consent_id

    # -- printed consent forms ----------------------------------------------------------------------
    def forms(self, case_id: int) -> builtins.list[ConsentForm]:  # `list` is a method here
        """The consent forms printed for the case, those not yet returned first, newest first."""
        return [from_row(ConsentForm, r) for r in self.store.query(
            "SELECT * FROM consent_forms WHERE case_id = ? ORDER BY consent_id IS NOT NULL, printed_on DESC, id DESC",
            [case_id])]

    def form(self, form_id: int) -> ConsentForm:
        row = self.store.writer.row("consent_forms", form_id)
        if row is None:
            raise KeyError(form_id)
        return from_row(ConsentForm, row)

    def record_form(self, form: ConsentForm) -> int:
        """A consent form has been printed (or saved as PDF) for the family to sign."""
        if not form.given_by.strip():
            raise Refusal(FORM_NO_GIVER)
        if form.giver_kind not in CONSENT_GIVERS:
            raise Refusal(NO_GIVER_KIND)
        if not form.sectors:
            raise Refusal(FORM_NO_SECTORS)
        form.given_by = form.given_by.strip()
        form.printed_on = form.printed_on or local_today()
        with self.store.transaction() as w:
            form_id = w.insert("consent_forms", {**to_row(form), "consent_id": None, "created_at": w.now()},
                               form.case_id)
            sectors = ", ".join(SECTORS.get(s, s) for s in form.sectors)
            self.store.baton_log.add_event(
                w, form.case_id, "consent_form",
                f"Samtykkeerklæring udskrevet til {form.given_by} – omfatter: {sectors}. Afventer underskrift.")
            self.store.cases.touch(w, form.case_id)
            return form_id

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
