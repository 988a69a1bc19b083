"""Rules about contact details."""
from __future__ import annotations

import re

# Deliberately simple: catches typos (no @, spaces, "navn@firma"), accepts every real address form
# a Danish municipality uses. Commas and angle brackets are refused: they would split a recipient.
_EMAIL = re.compile(r"^[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[^@\s,;<>()\[\]\".]{2,}$")
MSG_EMAIL = "E-mailadressen ser ikke rigtig ud. Skriv den som navn@eksempel.dk."
MSG_EMAIL_HIDDEN = ("E-mailadressen indeholder et skjult tegn, som ikke kan stå i en adresse (fx fra en kopi). "
                    "Slet adressen, og skriv den igen.")
# RFC 5321 4.5.3.1: at most 64 characters before the @ and 254 in all; longer is never delivered.
MAX_EMAIL, MAX_LOCAL = 254, 64


def hidden_characters(text: str) -> bool:
    """True if the text holds a character that is not seen: a control character (NUL, ESC, a line
    break), a format character (zero-width space, a direction mark), a non-breaking space or
    another unprintable one. Such a character in an address goes raw into mail and calendar headers."""
    return not (text or "").replace(" ", "").isprintable()


def email_problem(text: str) -> str:
    """What is wrong with an e-mail address, in Danish, or "" if nothing. Empty is allowed (not
    everyone has one); spaces around it are ignored, as the forms and the store strip them."""
    text = (text or "").strip()
    if not text:
        return ""
    if hidden_characters(text):
        return MSG_EMAIL_HIDDEN
    local = text.rpartition("@")[0]
    if (not _EMAIL.match(text) or ".." in text or local.startswith(".") or len(text) > MAX_EMAIL
            or len(local) > MAX_LOCAL):
        return MSG_EMAIL
    return ""


def valid_email(text: str) -> bool:
    """An empty address is allowed (not everyone has one); a given one must look like an address."""
    return not email_problem(text)
