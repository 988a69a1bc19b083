"""Plain records of the case file. The store fills them; screens and exports read them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


def stored(record_id: int | None) -> int:
    """The id (or case id) of a record read from the store: a record only gets one when it is
    stored, so the records say `int | None`; one read back always has it."""
    if record_id is None:
        raise ValueError("the record has not been stored yet")
    return record_id


@dataclass
class Case:
    id: int | None = None
    case_no: str = ""
    child_name: str = ""
    birth_date: date | None = None
    cpr: str | None = None
    school: str = ""
    municipality: str = ""
    origin: str = "municipal_referral"
    phase: str = "referral"
    step: int = 1
    level: int = 1  # waiting is kept as periods of its own (kitdesk.domain.waiting), since m008
    opened_on: date | None = None
    closed_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.phase != "closed"


@dataclass
class Person:
    id: int | None = None
    name: str = ""
    title: str = ""
    organisation: str = ""
    sector: str = "other"
    email: str = ""
    phone: str = ""
    note: str = ""
    address: str = ""  # postal address, for a letter sent by post (lines)


@dataclass
class Member:
    """A person's place in one case's network."""

    id: int | None = None
    case_id: int | None = None
    person_id: int | None = None
    role: str = ""
    sector: str = "other"
    is_contact: bool = False
    is_baton_holder: bool = False
    # Filled by the store from the directory, for display.
    person_name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class Consent:
    id: int | None = None
    case_id: int | None = None
    given_by: str = ""
    giver_kind: str = "parent"
    sectors: list[str] = field(default_factory=list)
    information: str = ""
    given_on: date | None = None
    form: str = "written"
    valid_until: date | None = None
    withdrawn_on: date | None = None
    note: str = ""

    def is_valid_on(self, day: date) -> bool:
        if self.given_on is None or self.given_on > day:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return False
        return self.valid_until is None or day <= self.valid_until


@dataclass
class ConsentForm:
    """A consent form printed for the family to sign (seed 003: "skemaer til samtykke"); registered as
    returned when the signed form has come back and is recorded as a consent."""

    id: int | None = None
    case_id: int | None = None
    given_by: str = ""
    giver_kind: str = "parent"
    sectors: list[str] = field(default_factory=list)
    information: str = ""
    printed_on: date | None = None
    consent_id: int | None = None  # the consent recorded from the signed form

    @property
    def returned(self) -> bool:
        return self.consent_id is not None


@dataclass
class Exchange:
    id: int | None = None
    case_id: int | None = None
    kind: str = "dialogue"
    exchanged_on: date | None = None
    from_sector: str = "buc"
    to_sector: str = "caseworker"
    note: str = ""
    file_name: str = ""
    stored_file: str = ""


@dataclass
class LogEntry:
    id: int | None = None
    case_id: int | None = None
    at: str = ""
    author: str = ""
    kind: str = "note"
    text: str = ""
    corrects_id: int | None = None
