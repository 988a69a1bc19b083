"""Rules about contact details."""
from __future__ import annotations

import re

from kitdesk.domain.refusal import Refusal, message

# Deliberately simple: catches typos (no @, spaces, "navn@firma"), accepts every real address form
# a Danish municipality uses. Commas and angle brackets are refused: they would split a recipient.
_EMAIL = re.compile(r"^[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[^@\s,;<>()\[\]\".]{2,}$")
BAD_EMAIL = message("contact.bad_email", "E-mailadressen ser ikke rigtig ud. Skriv den som navn@eksempel.dk.",
                    "This e-mail address does not look right. Write it as name@example.dk.")
# Mostly pasted along from somewhere, and invisible in the field, so the user must be told plainly.
HIDDEN_IN_EMAIL = message(
    "contact.hidden_in_email",
    "E-mailadressen indeholder et skjult tegn, som ikke kan stå i en adresse (fx fra en kopi). "
    "Slet adressen, og skriv den igen.",
    "This e-mail address holds a hidden character that cannot be in an address (from a copy, say). "
    "Delete the address and type it again.")
# RFC 5321 4.5.3.1: at most 64 characters before the @ and 254 in all; longer is never delivered.
MAX_EMAIL, MAX_LOCAL = 254, 64


def hidden_characters(text: str) -> bool:
    """True if the text holds a character that is not seen: a control character (NUL, ESC, a line
    break), a format character (zero-width space, a direction mark), a non-breaking space or
    another unprintable one. Such a character in an address goes raw into mail and calendar headers."""
    return not (text or "").replace(" ", "").isprintable()


def email_problem(text: str) -> Refusal | None:
    """What is wrong with an e-mail address, or None if nothing. Empty is allowed (not everyone has
    one); spaces around it are ignored, as the forms and the store strip them."""
    text = (text or "").strip()
    if not text:
        return None
    if hidden_characters(text):
        return Refusal(HIDDEN_IN_EMAIL)
    local = text.rpartition("@")[0]
    if (not _EMAIL.match(text) or ".." in text or local.startswith(".") or len(text) > MAX_EMAIL
            or len(local) > MAX_LOCAL):
        return Refusal(BAD_EMAIL)
    return None


def check_email(text: str) -> None:
    """Refuse an address that is not one (raises the Refusal email_problem gives)."""
    problem = email_problem(text)
    if problem is not None:
        raise problem


def valid_email(text: str) -> bool:
    """An empty address is allowed (not everyone has one); a given one must look like an address."""
    return email_problem(text) is None
