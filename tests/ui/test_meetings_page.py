"""Møder: the overview across cases – order, deadline words, filters, search, opening a meeting."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from kitdesk.domain.dates import TZ, to_utc_iso
from kitdesk.store.repos.meetings import MeetingRow
from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.main_window import MEETINGS_TAB
from kitdesk.ui.meetings_page import MeetingsPage
from kitdesk.ui.models.meeting_table import COLUMNS, MeetingTableModel, deadline_text, fmt_when, make_lines

TODAY = date(2026, 11, 23)  # a Monday


def row(id, state, start=None, requested=None, child="Barn", pending=False):
    starts_at = to_utc_iso(datetime(*start, tzinfo=TZ)) if start else None
    return MeetingRow(id, 1, child, state, starts_at, requested, "physical", pending)


ROWS = [
    row(1, "invited", (2026, 11, 26, 9), "2026-11-20"),  # upcoming, within the deadline (27.11)
    row(2, "draft", (2026, 11, 24, 10), "2026-11-10"),  # upcoming, after its deadline (17.11)
    row(3, "draft", None, "2026-11-20"),  # no time, deadline 27.11: four working days left
    row(4, "draft", None, "2026-11-16"),  # no time, deadline today
    row(5, "draft", None, "2026-11-12"),  # no time, deadline 19.11: two working days over
    row(6, "invited", (2026, 11, 2, 10), None),  # past, no request date
    row(7, "cancelled", (2026, 11, 30, 9), "2026-11-23"),  # cancelled: not upcoming, no deadline
    row(8, "invited", (2026, 11, 16, 13), "2026-11-13", pending=True),  # past, update not sent
]


def test_upcoming_first_then_drafts_without_a_time_then_the_past():
    lines = make_lines(ROWS, TODAY)
    # Upcoming by time; drafts by the most pressing deadline; the past most recent first.
    assert [line.id for line in lines] == [2, 1, 5, 4, 3, 7, 8, 6]


def test_deadline_status_words():
    lines = {line.id: line for line in make_lines(ROWS, TODAY)}
    assert deadline_text(lines[1]) == "met"
    assert deadline_text(lines[2]) == "overdue by 5 working day(s)"  # 18, 19, 20, 23, 24 November
    assert deadline_text(lines[3]) == "in 4 working day(s)"
    assert deadline_text(lines[4]) == "today"
    assert deadline_text(lines[5]) == "overdue by 2 working day(s)"  # 20 and 23 November
    assert deadline_text(lines[6]) == "—"
    assert deadline_text(lines[7]) == "—"
    assert lines[3].deadline == date(2026, 11, 27)


def test_extra_closed_days_from_the_settings_move_the_deadline():
    line = make_lines([row(1, "draft", None, "2026-11-20")], TODAY, extra_closed=("2026-11-24",))[0]
    assert line.deadline == date(2026, 11, 30)
    assert deadline_text(line) == "in 4 working day(s)"  # 25, 26, 27 and 30 November


def test_times_are_danish_in_winter_and_summer():
    winter = make_lines([row(1, "draft", (2026, 11, 30, 9, 5))], TODAY)[0]
    summer = make_lines([row(1, "draft", (2026, 6, 10, 14, 30))], TODAY)[0]
    assert fmt_when(winter.starts_at) == "Mon 30.11.2026 kl. 9.05"
    assert fmt_when(summer.starts_at) == "Wed 10.06.2026 kl. 14.30"
    assert fmt_when(None) == "No time yet"


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = MeetingTableModel()
    model.set_rows(ROWS, TODAY)
    qtmodeltester.check(model)
    model.set_filter(kind="upcoming")
    qtmodeltester.check(model)
    model.set_filter(text="nobody")
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_model_shows_state_form_and_a_pending_update():
    model = MeetingTableModel()
    model.set_rows(ROWS, TODAY)
    r = model.row_of(8)
    assert model.index(r, COLUMNS.index("state")).data() == "Invited"
    assert model.index(r, COLUMNS.index("form")).data() == "In person"
    assert model.index(r, COLUMNS.index("update")).data() == "Update not sent"
    assert model.index(model.row_of(1), COLUMNS.index("update")).data() == "Sent"
    assert model.index(model.row_of(3), COLUMNS.index("update")).data() == "Not sent"
    assert model.index(model.row_of(7), COLUMNS.index("update")).data() == "—"
    assert model.index(r, 0).data(Qt.ItemDataRole.UserRole) == 8


# -- the page ------------------------------------------------------------------------------------

@pytest.fixture
def page(qtbot, demo_store):
    bridge = StoreBridge(demo_store)
    widget = MeetingsPage(demo_store, bridge)
    qtbot.addWidget(widget)
    widget.resize(1300, 650)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    bridge.detach()


def _shown(page):
    return [(page.model.line_at(r).child_name, page.model.line_at(r).state) for r in range(page.model.rowCount())]


def test_the_demo_meetings_are_listed_upcoming_first(page):
    shown = _shown(page)
    assert shown[0] == ("Freja Nørgaard", "invited")
    # The drafts without a time come next, the one past its deadline first; then the past, newest first.
    assert shown[1:] == [("Alma Holm", "draft"), ("Emil Bak", "draft"), ("Mathias Skov", "cancelled"),
                         ("Alma Holm", "held"), ("Freja Nørgaard", "signed")]
    alma = page.model.row_of(page.model.line_at(1).id)
    assert page.model.index(alma, COLUMNS.index("deadline_status")).data().startswith("overdue by")
    assert page.model.index(0, COLUMNS.index("deadline_status")).data() == "met"
    assert "6 of 6" in page.count_label.text()


def test_filters_and_search(qtbot, page):
    page.filter.set_code("upcoming")
    assert _shown(page) == [("Freja Nørgaard", "invited")]
    page.filter.set_code("drafts")
    assert {name for name, _ in _shown(page)} == {"Alma Holm", "Emil Bak"}
    page.filter.set_code("to_sign")
    assert _shown(page) == [("Alma Holm", "held")]
    page.filter.set_code("all")
    qtbot.keyClicks(page.search, "emil")
    assert _shown(page) == [("Emil Bak", "draft")]
    assert "1 of 6" in page.count_label.text()
    page.search.clear()
    assert len(_shown(page)) == 6


def test_enter_and_double_click_ask_to_open_the_meeting(qtbot, page):
    page.search.setFocus()
    qtbot.keyClicks(page.search, "freja")
    freja = page.model.line_at(0).id
    with qtbot.waitSignal(page.open_meeting) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [freja]
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    with qtbot.waitSignal(page.open_meeting) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.selected_meeting_id()]
    rect = page.table.visualRect(page.model.index(2, 1))
    # A real double-click starts with a press: the view opens only the item that was pressed.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_meeting) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [page.model.line_at(2).id]


def test_a_new_meeting_shows_up_at_once(page, demo_store):
    emil = next(r.id for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    before = page.model.total()
    demo_store.meetings.create(emil, "buc", date.today())
    assert page.model.total() == before + 1


def test_a_hidden_page_catches_up_when_shown(qtbot, page, demo_store):
    page.hide()
    mathias = next(r.id for r in demo_store.cases.rows() if r.child_name == "Mathias Skov")
    demo_store.meetings.create(mathias, "municipality", date.today())
    assert page.model.total() == 6  # not read while hidden
    page.show()
    qtbot.waitExposed(page)
    assert page.model.total() == 7


# -- in the main window --------------------------------------------------------------------------

def test_the_overview_is_built_on_first_show_and_opens_the_real_meeting_view(qtbot, main_window):
    assert main_window.tabs.tabText(MEETINGS_TAB) == "Meetings"
    assert main_window._meetings_page is None  # start-up shows the overview only
    main_window.tabs.setCurrentIndex(MEETINGS_TAB)
    page = main_window.meetings_page
    assert main_window.tabs.widget(MEETINGS_TAB) is page and page.isVisible()
    assert main_window.tabs.tabBar().tabButton(MEETINGS_TAB, main_window.tabs.tabBar().ButtonPosition.RightSide) is None

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = main_window.tabs.currentWidget()
    from kitdesk.ui.meeting_view import MeetingView

    assert isinstance(view, MeetingView)
    assert view.meeting_id == page.model.line_at(0).id
    assert main_window.meeting_view(view.meeting_id) is view
    assert main_window.case_view(view.case_id) is None  # a meeting tab is not its case's tab
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == view.tab_title()
    assert main_window.undo_group.activeStack() is view.undo_stack

    count = main_window.tabs.count()
    main_window.tabs.setCurrentIndex(MEETINGS_TAB)
    main_window.open_meeting(view.meeting_id)  # opening it again reuses its tab
    assert main_window.tabs.count() == count and main_window.tabs.currentWidget() is view
    main_window.close_tab(main_window.tabs.currentIndex())
    assert main_window.meeting_view(view.meeting_id) is None
    main_window.close_tab(MEETINGS_TAB)  # the fixed tabs cannot be closed
    assert main_window.tabs.widget(MEETINGS_TAB) is page


def test_ctrl_3_shows_the_meetings(qtbot, main_window):
    action = next(a for a in main_window.findChildren(type(main_window.undo_action))
                  if a.shortcut().toString() == "Ctrl+3")
    action.trigger()
    assert main_window.tabs.currentIndex() == MEETINGS_TAB and main_window.tabs.currentWidget() is main_window.meetings_page
