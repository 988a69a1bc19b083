"""The bundle's persons against the receiving directory: the same person is entered only once.

A person matches by e-mail address (ignoring case), else by name and organisation (ignoring case and
spacing). A match is a proposal: the window asks for each one ("Brug eksisterende" / "Opret ny"); the
command line takes e-mail matches only and creates the rest. A matched person is used as the
directory has them – nothing about them is overwritten from the bundle.
"""
from __future__ import annotations

from dataclasses import dataclass

BY_EMAIL, BY_NAME = "email", "name"


@dataclass(frozen=True)
class PersonMatch:
    bundle_id: int
    name: str
    organisation: str
    email: str
    local_id: int | None  # the proposed person in this directory; None: no one like them
    local_name: str = ""
    local_organisation: str = ""
    local_email: str = ""
    by: str | None = None  # BY_EMAIL / BY_NAME


def _folded(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def match_persons(bundle_persons: list[dict], local_persons: list[dict]) -> list[PersonMatch]:
    by_email: dict[str, dict] = {}
    by_name: dict[tuple[str, str], dict] = {}
    for person in sorted(local_persons, key=lambda p: p["id"]):
        if _folded(person.get("email")):
            by_email.setdefault(_folded(person["email"]), person)
        by_name.setdefault((_folded(person["name"]), _folded(person.get("organisation"))), person)
    found = []
    for person in sorted(bundle_persons, key=lambda p: p["id"]):
        local, by = None, None
        email = _folded(person.get("email"))
        if email and email in by_email:
            local, by = by_email[email], BY_EMAIL
        elif (key := (_folded(person["name"]), _folded(person.get("organisation")))) in by_name:
            local, by = by_name[key], BY_NAME
        found.append(PersonMatch(
            person["id"], person["name"], person.get("organisation") or "", person.get("email") or "",
            local["id"] if local else None, local["name"] if local else "",
            (local.get("organisation") or "") if local else "", (local.get("email") or "") if local else "", by))
    return found
