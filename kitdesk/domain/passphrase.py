"""How strong a chosen passphrase is, in four plain levels (the screens word the hint).

A rough estimate, not a cracking model: length times the size of the alphabet used, with common
choices and repetition marked down. Long phrases of ordinary words score well, which is the advice
the hint gives ("fire almindelige ord").
"""
from __future__ import annotations

import math
import string
from enum import StrEnum

MIN_LENGTH = 10

# The passphrases people reach for first, Danish ones included; compared without case and spaces.
COMMON = frozenset({
    "password", "passw0rd", "password123", "adgangskode", "kodeord", "kodeord123", "sommer2026", "vinter2026",
    "1234567890", "0123456789", "qwertyuiop", "asdfghjkl", "abc1234567", "kitdesk", "kitdesk123",
    "børnepsykiatri", "velkommen1", "hemmelighed", "qwerty1234", "adgangskode1",
})


class Strength(StrEnum):
    TOO_SHORT = "too_short"  # refused
    WEAK = "weak"  # allowed, with advice
    FAIR = "fair"
    STRONG = "strong"


def estimated_bits(passphrase: str) -> float:
    pool = 0
    chars = set(passphrase)
    for alphabet, size in ((string.ascii_lowercase + "æøå", 29), (string.ascii_uppercase + "ÆØÅ", 29),
                           (string.digits, 10), (" ", 1)):
        if chars & set(alphabet):
            pool += size
    if any(not (c.isalnum() or c == " ") for c in chars) or any(c.isalpha() and c.lower() not in
                                                                   string.ascii_lowercase + "æøå" for c in chars):
        pool += 33
    distinct_share = len(chars) / max(1, len(passphrase))
    return len(passphrase) * math.log2(max(pool, 2)) * min(1.0, 0.4 + distinct_share)


def assess(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    squeezed = "".join(passphrase.lower().split())
    if squeezed in COMMON or len(set(squeezed)) <= 3:
        return Strength.WEAK
    bits = estimated_bits(passphrase)
    if bits < 55:
        return Strength.WEAK
    return Strength.FAIR if bits < 75 else Strength.STRONG


# Danish wording for the command line (the window translates its own).
HINTS_DA = {
    Strength.TOO_SHORT: f"For kort – brug mindst {MIN_LENGTH} tegn.",
    Strength.WEAK: "Svag – let at gætte. Brug gerne fire almindelige ord med mellemrum.",
    Strength.FAIR: "God – en længere sætning gør den endnu stærkere.",
    Strength.STRONG: "Stærk.",
}
