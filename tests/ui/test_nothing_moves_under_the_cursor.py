"""Forms that move under the cursor: what appears and goes (the late-date reason, the time's messages,
the Godkendelse status, the case's missing-contact banner) never moves a field the user is about to
click. Positions are measured on real widgets at a laptop's size."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack

from kitdesk.domain import dates
from kitdesk.ui.case_view import CaseView
from kitdesk.ui.meeting_when import WhenSection
from kitdesk.ui.plan.view import APPROVALS_TAB, PlanView
from tests.ui.conftest import case_named


def _y(widget, root) -> int:
    return widget.mapTo(root, QPoint(0, 0)).y()


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.fixture
def when(qtbot, demo_store, bridge, monkeypatch):
    monkeypatch.setattr(dates, "local_today", lambda: date(2026, 11, 25))
    meeting_id = demo_store.meetings.create(case_named(demo_store, "Emil Bak"), "buc", date(2026, 11, 23))
    section = WhenSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    section.resize(1340, 600)
    section.show()
    qtbot.waitExposed(section)
    return section


def test_the_late_reason_and_time_messages_appear_below_the_place(qtbot, when):
    fields = (when.form, when.place)
    before = [_y(f, when) for f in fields]
    _type(qtbot, when.date, "27.11.2026")  # a date without a time: a message
    assert when.time_message.isVisible()
    assert [_y(f, when) for f in fields] == before
    _type(qtbot, when.start, "9")
    _type(qtbot, when.end, "8")  # ends before it starts: an error
    assert when.time_message.isVisible()
    assert [_y(f, when) for f in fields] == before
    _type(qtbot, when.end, "10")
    assert when.within.isVisible()
    assert [_y(f, when) for f in fields] == before
    _type(qtbot, when.date, "03.12.2026")  # past the deadline: the banner and the reason appear
    assert when.late_banner.isVisible() and when.late_reason.isVisible()
    assert [_y(f, when) for f in fields] == before
    assert _y(when.late_reason, when) > _y(when.place, when)
    # The keyboard follows what is seen: from the end time to the meeting form, the reason last.
    when.activateWindow()
    qtbot.waitUntil(when.isActiveWindow)
    when.end.setFocus()
    qtbot.keyClick(when.end, Qt.Key.Key_Tab)
    assert when.form.hasFocus()
    when.place.setFocus()
    qtbot.keyClick(when.place, Qt.Key.Key_Tab)
    assert when.late_reason.hasFocus()


def test_the_approval_rows_stay_put_as_approvals_are_recorded(qtbot, main_window):
    store = main_window.store
    meeting_id = next(r.id for r in store.meetings.rows() if r.state == "held")
    main_window.open_meeting(meeting_id)
    plan = main_window.tabs.currentWidget()
    assert isinstance(plan, PlanView)
    try:
        plan.tabs.setCurrentIndex(APPROVALS_TAB)
        rows = list(plan.approvals.rows.values())
        before = [_y(r, plan.approvals) for r in rows]
        problems = plan.approvals.status.text()
        assert problems  # the sign-off still waits for someone
        # The status is under the list, not over it.
        assert _y(plan.approvals.status, plan.approvals) > max(before)
        for approval in store.plans.approvals(meeting_id):
            store.plans.set_approval(approval.id, {"approved": True, "how": "in_meeting"})
        assert plan.approvals.status.text() != problems
        assert [_y(r, plan.approvals) for r in rows] == before
    finally:
        plan.close_session()


def test_the_case_tab_bar_stays_put_between_tabs(qtbot, demo_store, bridge):
    view = CaseView(demo_store, bridge, case_named(demo_store, "Alma Holm"))  # no municipal contact person
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    bar = view.tabs.tabBar()
    places = set()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        places.add(_y(bar, view))
        assert view.warning.isVisible()
    assert len(places) == 1
    view.tabs.setCurrentWidget(view.network)
    assert "list below" in view.warning.text()
