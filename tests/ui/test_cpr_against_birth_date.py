"""The case's CPR number checked against its birth date in the Oversigt tab: a mismatch is a warning
beside the field (the number is saved all the same), in plain words; it goes when the two agree."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kitdesk.domain.cpr import MSG_MOD11
from kitdesk.ui.case_overview import OverviewTab
from tests.ui.conftest import case_named

FREJA_BORN_OTHER_DAY = "070761-4285"  # passes the check digits; born 07.07.1961, not Freja's birth date
NO_CHECK_DIGIT = "170413-4286"  # Freja's birth date, does not pass the check digits


@pytest.fixture
def overview(qtbot, demo_store, bridge, undo_stack):
    tab = OverviewTab(demo_store, bridge, case_named(demo_store, "Freja Nørgaard"), undo_stack)
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_a_cpr_number_for_another_birth_date_warns_and_is_saved(qtbot, overview, demo_store):
    _type(qtbot, overview.cpr.edit, FREJA_BORN_OTHER_DAY)
    assert demo_store.cases.get(overview.case_id).cpr == FREJA_BORN_OTHER_DAY  # a warning, not a block
    assert overview.cpr.message.isVisible()
    assert "does not match the birth date (17.04.2013)" in overview.cpr.message.text()
    # The birth date corrected to the one the number carries: the warning goes.
    _type(qtbot, overview.birth_date, "07.07.1961")
    assert not overview.cpr.message.isVisible()


def test_the_check_digit_warning_is_in_plain_words(qtbot, overview, demo_store):
    _type(qtbot, overview.cpr.edit, NO_CHECK_DIGIT)
    assert demo_store.cases.get(overview.case_id).cpr == NO_CHECK_DIGIT
    assert overview.cpr.message.text() == MSG_MOD11
    assert "modulus" not in MSG_MOD11 and "Tjek CPR-nummeret" in MSG_MOD11
