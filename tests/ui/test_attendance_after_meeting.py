"""Attendance after the meeting, with real widgets: ending with people not marked warns and names them;
the plan's review corrects attendance until sign-off (noted in the baton log), sign-off waits until
everyone is marked, and the signed plan and the family summary say who was there – never "Ikke
registreret" for someone who took part."""
from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.refusal import Refusal
from kitdesk.export.family_summary_pdf import build_family_summary_pdf
from kitdesk.export.plan_pdf import build_plan_pdf
from kitdesk.ui.live.view import LiveMeetingView
from kitdesk.ui.plan.view import ATTENDANCE_TAB, PlanView
from tests.ui.conftest import freja_meeting

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def live(qtbot, demo_store, bridge):
    meeting_id = freja_meeting(demo_store)
    demo_store.live.start(meeting_id)
    view = LiveMeetingView(demo_store, bridge, meeting_id)
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close_session()


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_ending_with_people_not_marked_names_them_and_going_back_is_the_default(qtbot, live, demo_store):
    meeting = demo_store.meetings.get(live.meeting_id)
    first, second = meeting.invitees[0], meeting.invitees[1]
    qtbot.mouseClick(live.attendance.rows[first.id].buttons["in_room"], CLICK)
    qtbot.mouseClick(live.end_button, CLICK)
    dialog = live._end_dialog
    assert dialog.attendance is not None and dialog.attendance.isVisible()
    text = dialog.attendance.text()
    assert "Attendance is not marked for" in text and second.name in text and first.name not in text
    assert dialog.back_button.isDefault() and dialog.end_button.text() == "End &anyway"
    qtbot.mouseClick(dialog.back_button, CLICK)
    assert demo_store.meetings.get(live.meeting_id).state == "running"

    # Everyone marked: the attendance warning is gone (the minutes' own gaps may remain).
    for invitee in meeting.invitees[1:]:
        qtbot.mouseClick(live.attendance.rows[invitee.id].buttons["online"], CLICK)
    qtbot.mouseClick(live.end_button, CLICK)
    assert live._end_dialog.attendance is None
    live._end_dialog.reject()


def test_the_review_corrects_attendance_until_sign_off(qtbot, live, demo_store, bridge, monkeypatch):
    store = demo_store
    meeting = store.meetings.get(live.meeting_id)
    peter = next(i for i in meeting.invitees if i.name == "Peter Ærø")
    for invitee in meeting.invitees:
        if invitee.id != peter.id:
            qtbot.mouseClick(live.attendance.rows[invitee.id].buttons["in_room"], CLICK)
    live.end_meeting()  # ended with Peter not marked
    assert store.meetings.get(live.meeting_id).state == "held"

    plan = PlanView(store, bridge, live.meeting_id)
    qtbot.addWidget(plan)
    plan.resize(1366, 720)
    plan.show()
    qtbot.waitExposed(plan)
    try:
        for approval in store.plans.approvals(live.meeting_id):
            store.plans.set_approval(approval.id, {"approved": True, "how": "in_meeting"})
        # Approved by all, but Peter's attendance is not marked: the plan cannot be signed off yet.
        assert not plan.sign_button.isEnabled()
        assert "Attendance is not recorded for: Peter Ærø" in plan.sign_button.toolTip()
        assert any("Peter Ærø" in line for line in plan.approvals.status.text().splitlines())

        plan.tabs.setCurrentIndex(ATTENDANCE_TAB)
        row = plan.attendance.rows[peter.id]
        assert row.buttons["online"].isEnabled() and not plan.attendance.add_button.isVisible()
        qtbot.mouseClick(row.buttons["online"], CLICK)
        assert store.live.attendance(live.meeting_id)[peter.id] == "online"
        log = [e.text for e in store.baton_log.entries(meeting.case_id)]
        assert "Fremmødet er rettet efter mødet: Peter Ærø – online." in log
        assert plan.sign_button.isEnabled()
        plan.undo_stack.undo()  # a correction is undoable like any other
        assert store.live.attendance(live.meeting_id)[peter.id] == ""
        assert not plan.sign_button.isEnabled()
        plan.undo_stack.redo()
        assert plan.sign_button.isEnabled()

        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(plan.sign_button, CLICK)
        assert store.meetings.get(live.meeting_id).state == "signed"
        assert not row.buttons["absent"].isEnabled()  # signed: shown, no longer changed
        with pytest.raises(Refusal, match="Planen er godkendt"):
            store.live.set_attendance(peter.id, "absent")

        inputs = store.plans.render_inputs(live.meeting_id)
        text = _text(build_plan_pdf(inputs.content, author=inputs.author, created=inputs.created,
                                    fingerprint=inputs.fingerprint))
        assert "Ikke registreret" not in text and "Peter Ærø" in text
        summary = _text(build_family_summary_pdf(inputs.content, author=inputs.author, created=inputs.created,
                                                 fingerprint=inputs.fingerprint))
        assert "Peter Ærø" in summary[summary.index("Hvem var med"):summary.index("Aftalerne")]
    finally:
        plan.close_session()


def test_the_family_summary_leaves_out_those_not_marked_present(demo_store):
    """The store's snapshot: someone with an afbud, someone absent and someone never marked are not
    under "Hvem var med"."""
    store = demo_store
    meeting_id = freja_meeting(store)
    store.live.start(meeting_id)
    invitees = store.meetings.get(meeting_id).invitees
    store.live.set_attendance(invitees[0].id, "in_room")
    store.live.set_attendance(invitees[1].id, "declined")
    store.live.set_attendance(invitees[2].id, "absent")
    store.live.end(meeting_id)
    content = store.plans.draft_content(meeting_id)
    text = _text(build_family_summary_pdf(content, author="Test", created=store.plans.render_inputs(
        meeting_id).created))
    listed = text[text.index("Hvem var med"):text.index("Aftalerne")]
    assert invitees[0].name in listed
    for invitee in invitees[1:]:
        assert invitee.name not in listed, invitee.name
