"""Issue 8, point 2, as the chair meets it: during the meeting an agenda item with a discussion and an
agreement filed under it is removed in the meeting's agenda tab (allowed while it runs), and Ctrl+Z
brings back the item, its discussion and the agreement's link – on screen and on disk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kitdesk.domain import dates
from tests.ui.conftest import freja_meeting, on_disk

DISCUSSION = "Mor fortæller, at morgenerne er svære; skolen ser det samme."


@pytest.fixture
def on_meeting_day(monkeypatch, demo_store):
    meeting = demo_store.meetings.get(freja_meeting(demo_store))
    monkeypatch.setattr(dates, "local_today", lambda: dates.to_local(meeting.starts_at).date())


def test_undo_of_removing_an_agenda_item_brings_back_its_discussion_and_agreement(qtbot, main_window,
                                                                                    on_meeting_day):
    window, store = main_window, main_window.store
    meeting_id = freja_meeting(store)
    window.open_meeting(meeting_id)
    prep = window.meeting_view(meeting_id)
    qtbot.mouseClick(prep.start_button, Qt.MouseButton.LeftButton)
    live = window.live_view(meeting_id)
    item = live.current_item_id
    title = next(i.title for i in store.meetings.get(meeting_id).agenda if i.id == item)

    # The discussion of the first item, typed; then an agreement under it (Ctrl+Enter), typed too.
    discussion = live.minutes.discussion(item)
    discussion.setFocus()
    qtbot.keyClicks(discussion, DISCUSSION)
    qtbot.keyClick(discussion, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    agreements = live.agreements
    agreement = agreements.selected()
    assert agreement is not None and agreement.agenda_item_id == item
    qtbot.keyClicks(agreements.editor.what, "Skolen laver en plan for fremmøde")
    assert live.session.flush()
    assert on_disk(store, "SELECT discussion FROM item_notes WHERE agenda_item_id = ?", [item]) == DISCUSSION

    # The agenda tab: the item selected and removed with Delete.
    window.tabs.setCurrentWidget(prep)
    prep.tabs.setCurrentWidget(prep.agenda)
    agenda = prep.agenda
    agenda.select_item(item)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert item not in [i.id for i in store.meetings.get(meeting_id).agenda]
    assert item not in live.minutes.items
    assert store.live.agreements(meeting_id)[0].agenda_item_id is None

    # Edit > Undo (Ctrl+Z) in the agenda tab.
    assert window.undo_action.text() == f"&Undo: Remove the agenda item {title}"
    window.undo_action.trigger()

    window.tabs.setCurrentWidget(live)
    assert item in live.minutes.items
    assert live.minutes.discussion(item).toPlainText() == DISCUSSION
    assert live.minutes.items[item].agreements.text().startswith("1 agreement")
    live.tabs.setCurrentWidget(agreements)
    agreements.select_agreement(agreement.id)
    assert agreements.editor.item.code() == item
    assert agreements.editor.item.currentText().endswith(title)
    assert on_disk(store, "SELECT discussion FROM item_notes WHERE agenda_item_id = ?", [item]) == DISCUSSION
    assert on_disk(store, "SELECT agenda_item_id FROM agreements WHERE id = ?", [agreement.id]) == item

    # What the next start shows: the live tab opened again reads it all from the database.
    window._remove_view(live)
    live = window.open_live_meeting(meeting_id, resume=True)
    assert live.minutes.discussion(item).toPlainText() == DISCUSSION
    assert live.minutes.items[item].agreements.text().startswith("1 agreement")
    window.close()
