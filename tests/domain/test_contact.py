"""The one e-mail rule: an address with a hidden character, or longer than mail allows, is refused."""
from __future__ import annotations

import pytest

from kitdesk.domain import contact

DANISH = ("E-mailadressen indeholder et skjult tegn, som ikke kan stå i en adresse (fx fra en kopi). "
          "Slet adressen, og skriv den igen.")
HIDDEN = ["\x00", "\x1b", "\x7f", "\x85", "\u200b", "\u202e", "\ufeff", "\n", "\xa0"]


@pytest.mark.parametrize("char", HIDDEN, ids=[f"U+{ord(c):04X}" for c in HIDDEN])
def test_the_domain_refuses_an_address_with_a_hidden_character(char):
    text = f"anne{char}.hansen@kommune.eksempel.dk"
    assert not contact.valid_email(text)
    problem = contact.email_problem(text)
    assert problem.message_id == contact.HIDDEN_IN_EMAIL and str(problem) == DANISH
    assert contact.valid_email("anne.hansen@kommune.eksempel.dk") and contact.valid_email(" anne@ærø.dk ")


def test_the_domain_refuses_an_address_longer_than_mail_allows():
    assert not contact.valid_email("a" * 65 + "@eksempel.dk")
    assert not contact.valid_email("anne@" + "a" * 250 + ".dk")
    assert contact.valid_email("a" * 64 + "@eksempel.dk")
