"""Planlæg næste møde on a held or signed meeting's plan: a draft with the same network and the open
agreements to follow up opens in its own tab; asked first when the case already has a meeting ahead;
one undo step takes it away again."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import case_named


def _signed(store, child="Freja Nørgaard"):
    return next(r.id for r in store.meetings.rows(case_named(store, child)) if r.state == "signed")


def test_plan_next_meeting_opens_a_draft_with_the_follow_up(qtbot, main_window, demo_store, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or
                        QMessageBox.StandardButton.Yes)
    signed = _signed(demo_store)
    main_window.open_meeting(signed)
    plan = main_window.plan_view(signed)
    before = {r.id for r in demo_store.meetings.rows()}
    plan.next_button.click()
    assert "already has a network meeting that is not held yet (invited, " in asked[0]
    new_id = ({r.id for r in demo_store.meetings.rows()} - before).pop()
    view = main_window.tabs.currentWidget()
    assert getattr(view, "meeting_id", None) == new_id and main_window.meeting_view(new_id) is view
    draft = demo_store.meetings.get(new_id)
    assert draft.state == "draft" and draft.agenda[0].title == "Opfølgning på aftaler"
    assert "BUC indkalder til udredningssamtaler" in draft.agenda[0].description
    assert len(draft.invitees) == len(demo_store.meetings.get(signed).invitees)

    main_window.tabs.setCurrentWidget(plan)
    main_window.undo_action.trigger()
    assert new_id not in {r.id for r in demo_store.meetings.rows()}
    qtbot.waitUntil(lambda: main_window.meeting_view(new_id) is None)


def test_no_keeps_the_meeting_already_planned(main_window, demo_store, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.No)
    signed = _signed(demo_store)
    main_window.open_meeting(signed)
    count = len(demo_store.meetings.rows())
    assert main_window.plan_view(signed).plan_next_meeting() is None
    assert len(demo_store.meetings.rows()) == count


def test_a_meeting_without_one_ahead_is_not_asked(main_window, demo_store, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: _fail("asked though no meeting is ahead"))
    freja = case_named(demo_store, "Freja Nørgaard")
    invited = next(r.id for r in demo_store.meetings.rows(freja) if r.state == "invited")
    demo_store.meetings.cancel(invited, "Mor er syg")
    signed = _signed(demo_store)
    main_window.open_meeting(signed)
    new_id = main_window.plan_view(signed).plan_next_meeting()
    assert new_id is not None and demo_store.meetings.get(new_id).case_id == freja


def _fail(message):
    raise AssertionError(message)
