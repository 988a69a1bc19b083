"""What the plan's papers say, read back from the PDFs: a meeting run before its planned day is dated
the day it was held; an approval never given reads "Ikke indhentet" (not "Ikke godkendt", which a
family reads as disagreement); a participant's role follows their own title (a psychologist is not
"BUC-behandler / læge"). The meeting is started through the meeting view's own button."""
from __future__ import annotations

import io
from datetime import datetime, time

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.dates import TZ, fmt_date, fmt_date_long, local_today
from kitdesk.export.family_summary_pdf import build_family_summary_pdf
from kitdesk.export.plan_pdf import build_plan_pdf
from kitdesk.export.text import date_in_words
from kitdesk.ui.meeting_view import MeetingView
from tests.ui.conftest import freja_meeting


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def _pdfs(store, meeting_id):
    inputs = store.plans.render_inputs(meeting_id)
    args = dict(author=inputs.author, created=inputs.created, fingerprint=inputs.fingerprint)
    return (_text(build_plan_pdf(inputs.content, **args)), _text(build_family_summary_pdf(inputs.content, **args)))


def _run_and_sign(store, meeting_id):
    for invitee in store.meetings.get(meeting_id).invitees:
        store.live.set_attendance(invitee.id, "in_room")
    store.live.end(meeting_id)
    for approval in store.plans.approvals(meeting_id):
        if approval.name in ("Mette Kjærgaard", "Anders Vestergård"):
            store.plans.set_approval(approval.id, {"approved": True, "how": "in_meeting"})
    store.plans.sign_off(meeting_id)


def test_a_meeting_started_before_its_day_is_dated_the_day_it_was_held(qtbot, demo_store, bridge, monkeypatch):
    store = demo_store
    meeting_id = freja_meeting(store)
    planned = store.meetings.get(meeting_id).starts_at
    today = local_today()
    noon = datetime.combine(today, time(12), tzinfo=TZ)
    assert planned.date() != today  # the demo's meeting lies a few working days ahead
    view = MeetingView(store, bridge, meeting_id)
    qtbot.addWidget(view)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert asked and fmt_date(planned) in asked[0]  # starting early still asks first
    _run_and_sign(store, meeting_id)

    plan, summary = _pdfs(store, meeting_id)
    assert f"Mødedato {date_in_words(noon)[:1].upper()}{date_in_words(noon)[1:]}" in plan
    assert f"Godkendt den {fmt_date_long(today)}" in plan
    assert fmt_date_long(planned) not in plan
    assert f"Vi holdt netværksmøde {date_in_words(noon)}" in summary
    assert store.plans.latest_signed(meeting_id).content.starts_at[:10] == today.isoformat()


def test_approvals_not_given_read_not_obtained_and_roles_follow_the_title(demo_store):
    store = demo_store
    meeting_id = freja_meeting(store)
    store.live.start(meeting_id)
    _run_and_sign(store, meeting_id)
    plan, summary = _pdfs(store, meeting_id)
    approvals = plan[plan.index("Godkendelse"):]
    assert "Ikke indhentet" in approvals and "Ikke godkendt" not in approvals
    # Mette Kjærgaard is a psychologist at BUC; the role library's label for her sector is not her job.
    assert "BUC-behandler / læge" not in plan and "BUC-behandler / læge" not in summary
    assert "Mette Kjærgaard – Psykolog" in summary and "Camilla Nørgaard – Mor" in summary
    assert "Peter Ærø – Klasselærer" in summary
    # The child, who is not a person in the directory, keeps the role's own words.
    assert "Freja Nørgaard – Barnet / den unge" in summary


def test_the_plans_check_code_is_explained_in_words(demo_store):
    """The signed plan's footer carries the fingerprint; the plan says in words what that code is."""
    store = demo_store
    meeting_id = freja_meeting(store)
    store.live.start(meeting_id)
    draft = store.plans.render_inputs(meeting_id)
    draft_text = _text(build_plan_pdf(draft.content, author=draft.author, created=draft.created,
                                      fingerprint=draft.fingerprint))
    assert "kontrolkode" not in draft_text  # a draft has no code yet
    _run_and_sign(store, meeting_id)
    plan, _summary = _pdfs(store, meeting_id)
    assert "Om fingeraftrykket: nederst på hver side står planens kontrolkode (fingeraftryk)." in plan
    assert "papiret er den godkendte version, og at intet er ændret siden" in plan
