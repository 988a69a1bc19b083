"""Danish CPR numbers: validation, birth date, masking.

Messages are Danish because they are shown to the user as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MSG_EMPTY = "Skriv et CPR-nummer."
MSG_DIGITS = "CPR-nummeret skal have 10 cifre."
MSG_DATE = "CPR-nummeret indeholder ikke en gyldig dato."
MSG_MOD11 = (
    "Tjek CPR-nummeret: de fleste CPR-numre består en regnekontrol af cifrene, og det gør dette ikke. "
    "Det kan godt være rigtigt – nogle numre udstedt siden 2007 består den ikke."
)

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# Six digits, an optional hyphen, four digits – after all spaces are removed.
# [0-9], not \d: \d also matches Arabic-Indic and other Unicode digits.
_SHAPE = re.compile(r"^([0-9]{6})-?([0-9]{4})$")


@dataclass(frozen=True)
class CprCheck:
    valid: bool
    normalized: str | None  # "DDMMYY-SSSS"
    birth_date: date | None
    error: str | None  # Danish message for the user
    warning: str | None  # Danish


def _century(digit7: int, yy: int) -> int:
    """The CPR office's rule: the first serial digit tells the century."""
    if digit7 <= 3:
        return 1900
    if digit7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800  # 5-8


def _passes_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, _WEIGHTS, strict=True)) % 11 == 0


def check_cpr(text: str) -> CprCheck:
    compact = re.sub(r"\s+", "", text or "")
    if not compact:
        return CprCheck(False, None, None, MSG_EMPTY, None)
    m = _SHAPE.match(compact)
    if not m:
        return CprCheck(False, None, None, MSG_DIGITS, None)
    head, serial = m.groups()
    dd, mm, yy = int(head[0:2]), int(head[2:4]), int(head[4:6])
    try:
        born = date(_century(int(serial[0]), yy) + yy, mm, dd)
    except ValueError:
        return CprCheck(False, None, None, MSG_DATE, None)
    # Since 2007 numbers without a check digit are issued, so mod 11 can only warn.
    warning = None if _passes_mod11(head + serial) else MSG_MOD11
    return CprCheck(True, f"{head}-{serial}", born, None, warning)


def mask_cpr(normalized: str) -> str:
    """Show the birth-date part only, e.g. "230115-****", for lists and letters."""
    digits = re.sub(r"[^0-9]", "", normalized or "")
    if len(digits) != 10:
        raise ValueError("mask_cpr needs a normalised CPR number of 10 digits")
    return f"{digits[:6]}-****"


def cpr_matches_birth_date(normalized: str, birth_date: date | None) -> bool:
    """True when the CPR number encodes exactly this birth date (century included)."""
    if birth_date is None:
        return False
    check = check_cpr(normalized)
    return check.valid and check.birth_date == birth_date
