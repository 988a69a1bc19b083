"""TimeEdit: Danish ways of typing a time, shown as 9.00; bad input marked and kept."""
from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from kitdesk.domain.refusal import Refusal
from kitdesk.ui.time_edit import TimeEdit, fmt_short_time, parse_time


@pytest.mark.parametrize("typed, expected", [
    ("9.00", time(9, 0)), ("09:00", time(9, 0)), ("9", time(9, 0)), ("0900", time(9, 0)),
    ("930", time(9, 30)), ("14,30", time(14, 30)), (" 14.30 ", time(14, 30)), ("kl. 8.15", time(8, 15)),
    ("23:59", time(23, 59)), ("0", time(0, 0)), ("", None),
])
def test_accepts_the_ways_danes_type_a_time(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["24.00", "9.60", "9.5", "abc", "12345", "9..00", "-1"])
def test_refuses_what_is_not_a_time(typed):
    with pytest.raises(Refusal):
        parse_time(typed)


def test_shown_without_a_leading_zero():
    assert fmt_short_time(time(9, 0)) == "9.00"
    assert fmt_short_time(time(14, 5)) == "14.05"
    assert fmt_short_time(None) == ""


@pytest.fixture
def edit(qtbot):
    widget = TimeEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typed_time_is_tidied_and_committed(qtbot, edit):
    with qtbot.waitSignal(edit.committed) as signal:
        qtbot.keyClicks(edit, "0900")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert signal.args == [time(9, 0)]
    assert edit.text() == "9.00"
    assert edit.value() == time(9, 0)
    assert not edit.property("invalid")


def test_bad_time_is_marked_and_kept(qtbot, edit):
    committed = []
    edit.committed.connect(committed.append)
    qtbot.keyClicks(edit, "25.30")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "25.30"  # never thrown away
    assert edit.property("invalid") is True
    assert "9.00" in edit.toolTip()
    assert committed == []
    assert not edit.is_valid()
    # Corrected: the mark goes, the value is committed.
    edit.clear()
    qtbot.keyClicks(edit, "15.30")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.property("invalid") is False
    assert committed == [time(15, 30)]


def test_unchanged_value_commits_nothing(qtbot, edit):
    edit.set_value(time(10, 0))
    assert edit.text() == "10.00"
    committed = []
    edit.committed.connect(committed.append)
    edit.clear()
    qtbot.keyClicks(edit, "10:00")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert committed == []
    assert edit.text() == "10.00"


def test_a_screen_can_mark_a_time_it_refuses(edit):
    edit.setText("8.00")
    edit.mark_error("The meeting must end after it starts.")
    assert edit.property("invalid") is True
    assert edit.toolTip() == "The meeting must end after it starts."
    assert edit.text() == "8.00"
    edit.mark_error("")
    assert edit.property("invalid") is False
