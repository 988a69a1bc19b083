import re

import pytest

from kitdesk.domain.refusal import MESSAGES, Refusal, message


def test_a_refusal_speaks_danish_by_default_and_english_when_asked():
    message("test_no_chair", "Mødet mangler en mødeleder ({name}).", "The meeting has no chair ({name}).")
    refused = Refusal("test_no_chair", name="Møde 3")
    assert str(refused) == "Mødet mangler en mødeleder (Møde 3)."
    assert refused.text("en") == "The meeting has no chair (Møde 3)."
    assert not isinstance(refused, ValueError)  # a bare ValueError is a bug, not a refusal


def test_a_rule_is_worded_once():
    message("test_once", "Én gang.", "Once.")
    with pytest.raises(RuntimeError):
        message("test_once", "To gange.", "Twice.")
    with pytest.raises(KeyError):
        Refusal("test_never_registered")


def test_every_message_has_the_same_placeholders_in_both_languages():
    import kitdesk.domain  # noqa: F401 – registers the domain's messages
    for message_id, (da, en) in MESSAGES.items():
        assert set(re.findall(r"{(\w+)}", da)) == set(re.findall(r"{(\w+)}", en)), message_id
