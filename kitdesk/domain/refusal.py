"""What the rules refuse, said once: one exception type for "the user asked for something the rules
do not allow", carrying a message id and its parameters.

Domain and store raise it; the window shows it in the language the user chose (kitdesk/ui/refusals.py),
the command line in Danish. A bare ValueError is a bug and reaches the exception hook. Each rule's
wording is registered once, in both languages, next to its rule (`message(id, da, en)`), and nowhere else.

A list of what is still missing (before sending an invitation, before signing off a plan) is a list of
Refusal values that are shown, not raised.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# id -> (Danish, English), with {name} placeholders filled from the parameters.
MESSAGES: dict[str, tuple[str, str]] = {}


def message(message_id: str, da: str, en: str) -> str:
    """Register a rule's wording (at import, next to the rule); returns the id."""
    if message_id in MESSAGES and MESSAGES[message_id] != (da, en):
        raise RuntimeError(f"message {message_id!r} is worded twice")
    MESSAGES[message_id] = (da, en)
    return message_id


@dataclass(frozen=True)
class Words:
    """A parameter that is itself said differently in each language ("Sagen" / "The case")."""

    da: str
    en: str


class Refusal(Exception):
    """The rules refuse what the user asked; nothing was changed. `str()` is the Danish text.

    A parameter may be plain text (a name, a date – shown as it is), Words, another Refusal or a list
    of Refusals (joined by a space): those are said in the language asked for."""

    def __init__(self, message_id: str, **params: Any):
        if message_id not in MESSAGES:
            raise KeyError(f"unknown message {message_id!r}")
        self.message_id = message_id
        self.params = params
        super().__init__(self.text("da"))

    def text(self, language: str = "da") -> str:
        da, en = MESSAGES[self.message_id]
        said = {name: _said(value, language) for name, value in self.params.items()}
        return (en if language == "en" else da).format(**said)

    @classmethod
    def joined(cls, problems: list[Refusal]) -> Refusal:
        """Several refusals as one (the first alone when there is only one)."""
        if len(problems) == 1:
            return problems[0]
        return cls(SEVERAL, problems=tuple(problems))


def _said(value: Any, language: str) -> Any:
    if isinstance(value, Words):
        return value.en if language == "en" else value.da
    if isinstance(value, Refusal):
        return value.text(language)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Refusal) for v in value):
        return " ".join(v.text(language) for v in value)
    return value


SEVERAL = message("refusal.several", "{problems}", "{problems}")
