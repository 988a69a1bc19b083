"""Waiting (ventetid): the time a child waits for an offer or a follow-up, and the contact with the
family agreed for it (seed 004: "særligt i perioden, hvor barnet/den unge afventer et regionalt eller
kommunalt tilbud/opfølgende indsats, så barnet/den unge oplever målrettet og kontinuerlig støtte").

A waiting period has a start, what is waited for, who keeps in touch with the family and how often,
and an end. The next contact falls due that many days after the last contact (or the start).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import CONTACT_INTERVALS

MAX_INTERVAL = 365


@dataclass
class WaitingPeriod:
    id: int | None = None
    case_id: int | None = None
    started_on: date | None = None
    waiting_for: str = ""
    contact_person_id: int | None = None
    contact_name: str = ""  # who keeps in touch with the family during the wait (as named then)
    contact_every_days: int | None = None  # how often; None: no contact agreed yet
    last_contact_on: date | None = None
    ended_on: date | None = None
    end_note: str = ""

    @property
    def is_open(self) -> bool:
        return self.ended_on is None

    @property
    def next_contact_on(self) -> date | None:
        """When the family is to be contacted next; None without an agreed rhythm or once ended."""
        if not self.is_open or not self.contact_every_days:
            return None
        since = self.last_contact_on or self.started_on
        return since + timedelta(days=self.contact_every_days) if since else None

    def contact_due(self, today: date) -> bool:
        due = self.next_contact_on
        return due is not None and due <= today


def interval_text(days: int | None) -> str:
    if not days:
        return "ikke aftalt"
    return CONTACT_INTERVALS.get(days, f"hver {days}. dag").lower()


NO_WAITING_FOR = message("waiting.no_waiting_for", "Skriv, hvad barnet venter på.", "Write what the child is waiting for.")
NO_WAITING_START = message("waiting.no_start", "Skriv, hvornår ventetiden begyndte.",
                           "Write when the waiting period began.")
BAD_INTERVAL = message("waiting.bad_interval", "Kontakten i ventetiden skal være mellem hver dag og én gang om året.",
                       "The contact during the wait must be between every day and once a year.")
ENDS_BEFORE_START = message("waiting.ends_before_start", "Ventetiden kan ikke slutte før den begyndte ({day}).",
                            "The waiting period cannot end before it began ({day}).")
ALREADY_WAITING = message("waiting.already_waiting",
                          "Barnet venter allerede. Afslut den ventetid, før en ny begynder – eller ret den.",
                          "The child is already waiting. End that waiting period before a new one begins – or "
                          "correct it.")
ALREADY_ENDED = message("waiting.already_ended", "Ventetiden er allerede afsluttet {day}.",
                        "The waiting period already ended on {day}.")
CONTACT_AFTER_END = message("waiting.contact_after_end", "Ventetiden er afsluttet.", "The waiting period has ended.")
CONTACT_BEFORE_START = message("waiting.contact_before_start", "Kontakten kan ikke være før ventetiden begyndte.",
                               "The contact cannot be before the waiting period began.")


def waiting_problems(started_on: date | None, waiting_for: str, every_days: int | None,
                     ended_on: date | None = None) -> list[Refusal]:
    """What is wrong with a waiting period as written; [] when it can be saved."""
    problems = []
    if not waiting_for.strip():
        problems.append(Refusal(NO_WAITING_FOR))
    if started_on is None:
        problems.append(Refusal(NO_WAITING_START))
    if every_days is not None and not 1 <= every_days <= MAX_INTERVAL:
        problems.append(Refusal(BAD_INTERVAL))
    if ended_on is not None and started_on is not None and ended_on < started_on:
        problems.append(Refusal(ENDS_BEFORE_START, day=fmt_date(started_on)))
    return problems


def contact_line(period: WaitingPeriod, today: date) -> str:
    """"Næste kontakt 12.05.2026 (Lise Østergaard, hver 14. dag)" – or that it is overdue, in Danish."""
    due = period.next_contact_on
    who = period.contact_name.strip() or "ingen kontaktperson valgt"
    if due is None:
        return f"Kontakt til familien i ventetiden er ikke aftalt ({who})." if period.is_open else ""
    rhythm = interval_text(period.contact_every_days)
    if due < today:
        days = (today - due).days
        return f"Kontakt til familien skulle have været {fmt_date(due)} – {days} dag{'e' if days != 1 else ''} over ({who}, {rhythm})."
    if due == today:
        return f"Kontakt til familien i dag ({who}, {rhythm})."
    return f"Næste kontakt til familien {fmt_date(due)} ({who}, {rhythm})."
