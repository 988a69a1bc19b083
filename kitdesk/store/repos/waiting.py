"""Waiting periods (ventetid): start, what is waited for, the agreed contact with the family, the end.

Every change goes into the baton log in the same transaction (seed 003: the stafetlog documents the
coordination), and the contact falling due is what the case shows and the overview lists
(due_contacts()).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.model import stored
from kitdesk.domain.refusal import Refusal
from kitdesk.domain.waiting import (
    ALREADY_ENDED,
    ALREADY_WAITING,
    CONTACT_AFTER_END,
    CONTACT_BEFORE_START,
    WaitingPeriod,
    interval_text,
    waiting_problems,
)
from kitdesk.store.convert import from_row

FIELDS = ("started_on", "waiting_for", "contact_person_id", "contact_name", "contact_every_days", "ended_on",
          "end_note", "last_contact_on")


@dataclass(frozen=True)
class DueContact:
    """A waiting child whose family is to be contacted: for the overview of all cases."""

    case_id: int
    case_no: str
    child_name: str
    period_id: int
    waiting_for: str
    contact_name: str
    next_contact_on: date
    is_demo: bool = False


def _stored(values: dict) -> dict:
    out = {}
    for key, value in values.items():
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, str):
            value = value.strip()
        out[key] = value
    return out


class WaitingRepo:
    def __init__(self, store):
        self.store = store

    # -- reading ------------------------------------------------------------------------------------
    def periods(self, case_id: int) -> list[WaitingPeriod]:
        """The case's waiting periods, the open one first, then the ended ones, newest first."""
        return [from_row(WaitingPeriod, r) for r in self.store.query(
            "SELECT * FROM waiting_periods WHERE case_id = ? ORDER BY ended_on IS NOT NULL, started_on DESC, id DESC",
            [case_id])]

    def current(self, case_id: int) -> WaitingPeriod | None:
        found = [p for p in self.periods(case_id) if p.is_open]
        return found[0] if found else None

    def get(self, period_id: int) -> WaitingPeriod:
        row = self.store.writer.row("waiting_periods", period_id)
        if row is None:
            raise KeyError(period_id)
        return from_row(WaitingPeriod, row)

    def due_contacts(self, on: date | None = None, include_later: bool = False) -> list[DueContact]:
        """Waiting children with the next contact to the family due on `on` (default today) or before –
        with `include_later`, every waiting child with an agreed contact – the most overdue first."""
        on = on or local_today()
        found = []
        for row in self.store.query(
                "SELECT w.*, c.case_no, c.child_name, c.is_demo FROM waiting_periods w "
                "JOIN cases c ON c.id = w.case_id WHERE w.ended_on IS NULL AND w.contact_every_days IS NOT NULL "
                "AND c.phase <> 'closed'"):
            period = from_row(WaitingPeriod, row)
            due = period.next_contact_on
            if due is not None and (include_later or due <= on):
                found.append(DueContact(stored(period.case_id), row["case_no"], row["child_name"], stored(period.id),
                                        period.waiting_for, period.contact_name, due, bool(row["is_demo"])))
        return sorted(found, key=lambda d: (d.next_contact_on, d.case_no))

    # -- writing ------------------------------------------------------------------------------------
    def start(self, case_id: int, waiting_for: str, started_on: date | None = None,
              contact_person_id: int | None = None, contact_name: str = "",
              contact_every_days: int | None = None) -> int:
        started_on = started_on or local_today()
        problems = waiting_problems(started_on, waiting_for, contact_every_days)
        if problems:
            raise Refusal.joined(problems)
        if self.current(case_id) is not None:
            raise Refusal(ALREADY_WAITING)
        contact_name = self._contact_name(contact_person_id, contact_name)
        with self.store.transaction() as w:
            now = w.now()
            period_id = w.insert("waiting_periods", {
                "case_id": case_id, **_stored({"started_on": started_on, "waiting_for": waiting_for,
                                               "contact_person_id": contact_person_id, "contact_name": contact_name,
                                               "contact_every_days": contact_every_days}),
                "created_at": now, "updated_at": now}, case_id)
            text = f"Ventetid begyndt {fmt_date(started_on)}: venter på {waiting_for.strip()}."
            text += " " + self._contact_sentence(contact_name, contact_every_days)
            self.store.baton_log.add_event(w, case_id, "waiting_started", text)
            self.store.cases.touch(w, case_id)
            return period_id

    def update(self, period_id: int, changes: dict) -> dict:
        """Change a waiting period; what changed goes into the baton log. Returns the values before."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
        period = self.get(period_id)
        values = dict(changes)
        if "contact_person_id" in values and "contact_name" not in values:
            values["contact_name"] = self._contact_name(values["contact_person_id"], "")
        merged = {**{f: getattr(period, f) for f in FIELDS}, **values}
        problems = waiting_problems(merged["started_on"], merged["waiting_for"], merged["contact_every_days"],
                                    merged["ended_on"])
        if problems:
            raise Refusal.joined(problems)
        with self.store.transaction() as w:
            before = w.update("waiting_periods", period_id, _stored(values), period.case_id)
            if before:
                w.conn.execute("UPDATE waiting_periods SET updated_at = ? WHERE id = ?", [w.now(), period_id])
                after = self.get(period_id)
                self.store.baton_log.add_event(w, period.case_id, "waiting_changed", self._describe_change(before, after))
                self.store.cases.touch(w, period.case_id)
            return before

    def record_contact(self, period_id: int, on: date | None = None, note: str = "") -> None:
        """The family was contacted during the wait: the next contact is counted from this day."""
        period = self.get(period_id)
        on = on or local_today()
        if not period.is_open:
            raise Refusal(CONTACT_AFTER_END)
        if period.started_on and on < period.started_on:
            raise Refusal(CONTACT_BEFORE_START)
        with self.store.transaction() as w:
            w.update("waiting_periods", period_id, {"last_contact_on": on.isoformat()}, period.case_id)
            text = f"Kontakt til familien i ventetiden {fmt_date(on)}"
            text += f" ({period.contact_name})" if period.contact_name else ""
            text += f": {note.strip()}" if note.strip() else "."
            next_on = self.get(period_id).next_contact_on
            if next_on:
                text += f" Næste kontakt senest {fmt_date(next_on)}."
            self.store.baton_log.add_event(w, period.case_id, "waiting_contact", text)
            self.store.cases.touch(w, period.case_id)

    def end(self, period_id: int, on: date | None = None, note: str = "") -> None:
        period = self.get(period_id)
        on = on or local_today()
        if not period.is_open:
            raise Refusal(ALREADY_ENDED, day=fmt_date(period.ended_on))
        problems = waiting_problems(period.started_on, period.waiting_for, period.contact_every_days, on)
        if problems:
            raise Refusal.joined(problems)
        with self.store.transaction() as w:
            w.update("waiting_periods", period_id, {"ended_on": on.isoformat(), "end_note": note.strip()},
                     period.case_id)
            text = f"Ventetiden er afsluttet {fmt_date(on)} (venter på {period.waiting_for})"
            text += f": {note.strip()}" if note.strip() else "."
            self.store.baton_log.add_event(w, period.case_id, "waiting_ended", text)
            self.store.cases.touch(w, period.case_id)

    # -- helpers ------------------------------------------------------------------------------------
    def _contact_name(self, person_id: int | None, name: str) -> str:
        if person_id is None:
            return name.strip()
        row = self.store.writer.row("persons", person_id)
        return row["name"] if row else name.strip()

    @staticmethod
    def _contact_sentence(name: str, every_days: int | None) -> str:
        if not name and not every_days:
            return "Kontakten til familien i ventetiden er ikke aftalt endnu."
        who = name or "ingen valgt"
        return f"Kontakt til familien i ventetiden: {who}, {interval_text(every_days)}."

    def _describe_change(self, before: dict, after: WaitingPeriod) -> str:
        parts = []
        if "waiting_for" in before:
            parts.append(f"venter nu på {after.waiting_for}")
        if "started_on" in before:
            parts.append(f"begyndt {fmt_date(after.started_on)}")
        if {"contact_person_id", "contact_name", "contact_every_days"} & set(before):
            sentence = self._contact_sentence(after.contact_name, after.contact_every_days).rstrip(".")
            parts.append(sentence[:1].lower() + sentence[1:])
        if "ended_on" in before:
            parts.append(f"afsluttet {fmt_date(after.ended_on)}" if after.ended_on else "genåbnet")
        if "last_contact_on" in before:
            parts.append(f"seneste kontakt {fmt_date(after.last_contact_on)}" if after.last_contact_on
                         else "seneste kontakt fjernet")
        if "end_note" in before and not parts:
            parts.append("bemærkning ved afslutning ændret")
        return "Ventetid ændret: " + "; ".join(parts or ["rettet"]) + "."
