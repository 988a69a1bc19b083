"""What the rules refuse, said once: one exception type for "the user asked for something the rules
do not allow", carrying a message id and its parameters.

Domain and store raise it; the window shows it in the language the user chose (kitdesk/ui/refusals.py),
the command line in Danish. A bare ValueError is a bug and reaches the exception hook. Each rule's
wording lives here, in both languages, and nowhere else.
"""
from __future__ import annotations

from typing import Any

# id -> (Danish, English), with {name} placeholders filled from the parameters.
MESSAGES: dict[str, tuple[str, str]] = {}


def message(message_id: str, da: str, en: str) -> str:
    """Register a rule's wording (at import, next to the rule); returns the id."""
    if message_id in MESSAGES and MESSAGES[message_id] != (da, en):
        raise RuntimeError(f"message {message_id!r} is worded twice")
    MESSAGES[message_id] = (da, en)
    return message_id


class Refusal(Exception):
    """The rules refuse what the user asked; nothing was changed. `str()` is the Danish text."""

    def __init__(self, message_id: str, **params: Any):
        if message_id not in MESSAGES:
            raise KeyError(f"unknown message {message_id!r}")
        self.message_id = message_id
        self.params = params
        super().__init__(self.text("da"))

    def text(self, language: str = "da") -> str:
        da, en = MESSAGES[self.message_id]
        return (en if language == "en" else da).format(**self.params)
