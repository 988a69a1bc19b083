"""A case's Møder tab: its meetings, and "Nyt netværksmøde" through the dialog, opened in the main window."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.meeting import meeting_deadline
from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.case_meetings import CaseMeetingsTab
from kitdesk.ui.new_meeting_dialog import NewMeetingDialog
from tests.ui.conftest import case_named


def _fill(qtbot, requester, note="", day=None):
    """An exec() stand-in: the user fills the dialog and clicks Create meeting."""

    def run(dialog):
        dialog.requested_by.set_code(requester)
        if day is not None:
            dialog.requested_on.selectAll()
            qtbot.keyClicks(dialog.requested_on, day)
        if note:
            qtbot.keyClicks(dialog.request_note, note)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    return run


@pytest.fixture
def tab(qtbot, demo_store):
    from PySide6.QtGui import QUndoStack

    bridge = StoreBridge(demo_store)
    widget = CaseMeetingsTab(demo_store, bridge, case_named(demo_store, "Emil Bak"), QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    yield widget
    bridge.detach()


def test_the_tab_lists_only_this_cases_meetings(tab, demo_store):
    assert tab.model.rowCount() == 1
    line = tab.model.line_at(0)
    assert (line.case_id, line.state, line.starts_at) == (tab.case_id, "draft", None)
    assert tab.table.isColumnHidden(1)  # the child's name: it is this case


def test_a_family_request_creates_a_draft_with_the_talk_and_asks_to_open_it(qtbot, tab, demo_store, monkeypatch):
    monkeypatch.setattr(NewMeetingDialog, "exec", _fill(qtbot, "family", "Mor ønsker et <b>møde</b> om søvn."))
    with qtbot.waitSignal(tab.open_meeting) as opened:
        qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    meeting = demo_store.meetings.get(opened.args[0])
    assert (meeting.case_id, meeting.state, meeting.requested_by) == (tab.case_id, "draft", "family")
    assert meeting.requested_on == local_today()
    assert meeting.request_note == "Mor ønsker et <b>møde</b> om søvn."
    assert tab.model.rowCount() == 2 and tab.selected_meeting_id() == meeting.id
    assert demo_store.baton_log.entries(tab.case_id, {"meeting_created"})

    tab.undo_stack.undo()  # Ctrl+Z takes the new draft away again
    with pytest.raises(KeyError):
        demo_store.meetings.get(meeting.id)
    assert tab.model.rowCount() == 1
    tab.undo_stack.redo()
    assert demo_store.meetings.get(meeting.id).request_note.startswith("Mor ønsker")


def test_the_note_is_only_asked_for_when_the_family_asked(qtbot, demo_store):
    dialog = NewMeetingDialog(demo_store, case_named(demo_store, "Emil Bak"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.request_note.isVisible()
    dialog.requested_by.set_code("family")
    assert dialog.request_note.isVisible()
    qtbot.keyClicks(dialog.request_note, "Noget")
    dialog.requested_by.set_code("municipality")
    dialog.accept()
    assert demo_store.meetings.get(dialog.meeting_id).request_note == ""  # a hidden note is not kept


def test_a_bad_date_keeps_the_dialog_open_with_the_text(qtbot, demo_store):
    dialog = NewMeetingDialog(demo_store, case_named(demo_store, "Emil Bak"))
    qtbot.addWidget(dialog)
    dialog.show()
    count = len(demo_store.meetings.rows())
    dialog.requested_on.selectAll()
    qtbot.keyClicks(dialog.requested_on, "31.02.2026")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.meeting_id is None
    assert dialog.requested_on.text() == "31.02.2026"
    assert dialog.date_message.isVisible() and "31.02.2026 does not exist" in dialog.date_message.text()
    future = fmt_date(local_today() + timedelta(days=3))
    dialog.requested_on.selectAll()
    qtbot.keyClicks(dialog.requested_on, future)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "future" in dialog.date_message.text()
    assert len(demo_store.meetings.rows()) == count


def test_the_deadline_follows_the_request_date(qtbot, demo_store):
    demo_store.settings.set_many({"extra_closed_days": '["12-24", "12-31", "06-05", "2026-11-24"]'})
    dialog = NewMeetingDialog(demo_store, case_named(demo_store, "Emil Bak"))
    qtbot.addWidget(dialog)
    dialog.requested_on.selectAll()
    qtbot.keyClicks(dialog.requested_on, "23.11.2026")
    assert "01.12.2026" in dialog.deadline.text()  # 24.11 is closed in the settings: 25, 26, 27, 30, 1
    dialog.requested_on.selectAll()
    qtbot.keyClicks(dialog.requested_on, "21.12.2026")
    assert "30.12.2026" in dialog.deadline.text()
    assert meeting_deadline(local_today(), demo_store.settings.extra_closed_days()) is not None


def test_undo_never_takes_back_a_sent_invitation(qtbot, tab, demo_store, monkeypatch):
    monkeypatch.setattr(NewMeetingDialog, "exec", _fill(qtbot, "buc"))
    with qtbot.waitSignal(tab.open_meeting) as opened:
        tab.new_button.click()
    meeting_id = opened.args[0]
    demo_store.meetings.mark_sent(meeting_id, "/tmp/x", [], "request")
    tab.undo_stack.undo()
    assert demo_store.meetings.get(meeting_id).state == "invited"
    assert tab.undo_stack.count() == 0  # the command is dropped, not left to be undone later


# -- through the main window ----------------------------------------------------------------------

def test_new_meeting_from_the_case_opens_it_in_the_main_window(qtbot, main_window, monkeypatch):
    from kitdesk.ui.meeting_view import MeetingView

    store = main_window.store
    main_window.open_case(case_named(store, "Emil Bak"))
    view = main_window.case_view(case_named(store, "Emil Bak"))
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[-2:] == ["Baton log", "Meetings"]
    view.tabs.setCurrentWidget(view.meetings)
    assert view.meetings.model.rowCount() == 1  # the demo's draft

    monkeypatch.setattr(NewMeetingDialog, "exec", _fill(qtbot, "municipality"))
    qtbot.mouseClick(view.meetings.new_button, Qt.MouseButton.LeftButton)
    meeting_view = main_window.tabs.currentWidget()
    assert isinstance(meeting_view, MeetingView)
    assert store.meetings.get(meeting_view.meeting_id).requested_by == "municipality"
    assert main_window.meeting_view(meeting_view.meeting_id) is meeting_view

    # Undoing "New network meeting" in the case removes the draft, and its tab goes with it.
    main_window.tabs.setCurrentWidget(view)
    assert main_window.undo_group.activeStack() is view.undo_stack
    main_window.undo_action.trigger()
    assert main_window.meeting_view(meeting_view.meeting_id) is None
    assert view.meetings.model.rowCount() == 1

    # Enter on a meeting in the list opens it.
    view.meetings.table.setFocus()
    view.meetings.table.selectRow(0)
    qtbot.keyClick(view.meetings.table, Qt.Key.Key_Return)
    assert main_window.tabs.currentWidget().meeting_id == view.meetings.model.line_at(0).id
