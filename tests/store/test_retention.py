"""Retention: closed cases due for deletion after the set number of months; the setting itself."""
from __future__ import annotations

from datetime import date

import pytest

from kitdesk.domain.model import Case
from kitdesk.domain.refusal import Refusal
from kitdesk.domain.retention import add_months, due_on, parse_months


def test_months_are_added_the_way_people_count_them():
    assert add_months(date(2026, 3, 15), 12) == date(2027, 3, 15)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert due_on(date(2025, 11, 30), 12) == date(2026, 11, 30)


@pytest.mark.parametrize("text", ["0", "121", "tolv", "", "1.5"])
def test_a_bad_number_of_months_is_refused_in_danish(text):
    with pytest.raises(Refusal, match="Skriv et antal måneder mellem 1 og 120"):
        parse_months(text)


def test_closed_cases_are_due_twelve_months_after_closing_by_default(store):
    def case(name, phase, closed_on=None):
        return store.cases.create(Case(child_name=name, origin="family_request", phase=phase, closed_on=closed_on))

    old = case("Asta Toft", "closed", date(2025, 6, 1))
    exact = case("Carl Riis", "closed", date(2025, 12, 4))
    recent = case("Liva Munk", "closed", date(2026, 1, 5))
    case("Storm Vad", "treatment")
    months = store.settings.retention_months()
    assert months == 12
    due = store.cases.due_for_deletion(date(2026, 12, 4), months)
    assert [(c.id, c.due_on) for c in due] == [(old, date(2026, 6, 1)), (exact, date(2026, 12, 4))]
    store.settings.set_many({"retention_months": "6"})
    assert {c.id for c in store.cases.due_for_deletion(date(2026, 12, 4), store.settings.retention_months())} \
        == {old, exact, recent}


def test_the_setting_refuses_a_bad_value_and_keeps_the_old(store):
    with pytest.raises(Refusal, match="mellem 1 og 120"):
        store.settings.set_many({"retention_months": "0"})
    assert store.settings.retention_months() == 12
    store.settings.set_many({"retention_months": " 24 "})
    assert store.settings.get("retention_months") == "24"
