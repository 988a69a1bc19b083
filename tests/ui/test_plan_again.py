"""A cancelled meeting has "Planlæg nyt møde ud fra dette": a new draft with the same purpose, form,
agenda and invitees (roles, chair, who answers for which item) – without a time or answers – opens in
its own tab. The real main window, the demo's cancelled meeting (Mathias)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kitdesk.ui.meeting_view import MeetingView


def test_a_cancelled_meeting_is_planned_again_from_its_own_tab(qtbot, main_window, demo_store):
    store = demo_store
    cancelled_id = next(r.id for r in store.meetings.rows() if r.state == "cancelled")
    old = store.meetings.get(cancelled_id)
    main_window.open_meeting(cancelled_id)
    view = main_window.tabs.currentWidget()
    assert isinstance(view, MeetingView) and view.plan_again_button.isVisible()
    assert not view.start_button.isVisible()

    qtbot.mouseClick(view.plan_again_button, Qt.MouseButton.LeftButton)
    new_view = main_window.tabs.currentWidget()
    assert isinstance(new_view, MeetingView) and new_view.meeting_id != cancelled_id
    new = store.meetings.get(new_view.meeting_id)
    assert new.state == "draft" and new.case_id == old.case_id and new.starts_at is None
    assert (new.purpose, new.form, new.video_link, new.virtual_asked) == (old.purpose, old.form, old.video_link,
                                                                          old.virtual_asked)
    assert [(i.name, i.role_key, i.is_chair, i.is_minute_taker, i.gp_spoken_to) for i in new.invitees] == \
        [(i.name, i.role_key, i.is_chair, i.is_minute_taker, i.gp_spoken_to) for i in old.invitees]
    assert all(i.answer == "pending" and i.invited_sequence is None for i in new.invitees)
    names = {i.id: i.name for i in old.invitees}
    new_names = {i.id: i.name for i in new.invitees}
    assert [(a.title, a.minutes, new_names.get(a.responsible_id)) for a in new.agenda] == \
        [(a.title, a.minutes, names.get(a.responsible_id)) for a in old.agenda]
    assert not new_view.plan_again_button.isVisible()
    assert store.meetings.get(cancelled_id).state == "cancelled"  # the cancelled one stays as it was
    log = [e.text for e in store.baton_log.entries(old.case_id, {"meeting_created"})]
    assert any("ud fra det aflyste møde" in t for t in log)
