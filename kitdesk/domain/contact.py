"""Rules about contact details."""
from __future__ import annotations

import re

# Deliberately simple: catches typos (no @, spaces, "navn@firma"), accepts every real address form
# a Danish municipality uses. Commas and angle brackets are refused: they would split a recipient.
_EMAIL = re.compile(r"^[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[^@\s,;<>()\[\]\".]{2,}$")
MSG_EMAIL = "E-mailadressen ser ikke rigtig ud. Skriv den som navn@eksempel.dk."


def valid_email(text: str) -> bool:
    """An empty address is allowed (not everyone has one); a given one must look like an address."""
    text = (text or "").strip()
    if not text:
        return True
    return bool(_EMAIL.match(text)) and ".." not in text and not text.split("@")[0].startswith(".")
