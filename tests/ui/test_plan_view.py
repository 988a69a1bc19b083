"""The plan after the meeting, with real widgets: from Alma's held demo meeting to a signed PDF and an
e-mail draft – a correction typed beside the preview, the approvals, the sign-off that locks the text,
the send dialog, and version 2 with a reason."""
from __future__ import annotations

import email
import email.policy

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kitdesk.ui import reason_dialog
from kitdesk.ui.plan.view import APPROVALS_TAB, PlanView


def _held(store) -> int:
    return next(r.id for r in store.meetings.rows() if r.state == "held")


def _approval_row(view, name):
    approval = next(a for a in view.store.plans.approvals(view.meeting_id) if a.name == name)
    return view.approvals.rows[approval.id]


@pytest.fixture
def plan(qtbot, main_window):
    meeting_id = _held(main_window.store)
    main_window.open_meeting(meeting_id)
    view = main_window.tabs.currentWidget()
    assert isinstance(view, PlanView) and main_window.plan_view(meeting_id) is view
    qtbot.waitExposed(view)
    yield view
    view.close_session()


def test_the_review_shows_the_minutes_beside_the_pdf_preview(qtbot, plan):
    assert plan.state == "held" and plan.tab_title() == "Plan: Alma Holm"
    with qtbot.waitSignal(plan.preview.rendered, timeout=20000) as shown:
        plan.refresh_preview(immediately=True)
    assert shown.args[0] >= 2 and len(plan.preview.page_labels) == shown.args[0]
    assert not plan.preview.page_labels[0].pixmap().isNull()
    width = plan.preview.page_labels[0].pixmap().width()
    with qtbot.waitSignal(plan.preview.rendered, timeout=20000):
        plan.preview.zoom_in()  # larger pages to read on a small laptop
    assert plan.preview.page_labels[0].pixmap().width() > width
    assert not plan.sign_button.isEnabled()  # the day care and the family have not approved yet
    assert "No one from the municipality" in plan.sign_button.toolTip()


def test_from_a_held_meeting_to_a_signed_pdf_and_an_eml(qtbot, plan, tmp_path, monkeypatch):
    store = plan.store
    case_id = plan.case_id
    # A correction to the minutes, typed beside the preview; it is on disk within the second.
    challenges = plan.minutes.texts[("minutes", plan.meeting_id, "challenges")]
    challenges.setFocus()
    challenges.moveCursor(challenges.textCursor().MoveOperation.End)
    qtbot.keyClicks(challenges, " Også ved <b>sengetid</b>.")
    assert plan.session.flush()
    assert store.live.state(plan.meeting_id).minutes.challenges.endswith("Også ved <b>sengetid</b>.")

    # The approvals: the day care (for the municipality's side) by e-mail, the mother at the meeting.
    plan.tabs.setCurrentIndex(APPROVALS_TAB)
    nina = _approval_row(plan, "Nina Dahl")
    qtbot.mouseClick(nina.approved, Qt.MouseButton.LeftButton)
    assert not plan.sign_button.isEnabled()  # approved, but not yet how
    nina.how.setCurrentIndex(nina.how.findData("email"))
    nina.how.activated.emit(nina.how.currentIndex())
    rikke = _approval_row(plan, "Rikke Holm")
    qtbot.mouseClick(rikke.approved, Qt.MouseButton.LeftButton)
    rikke.how.setCurrentIndex(rikke.how.findData("in_meeting"))
    rikke.how.activated.emit(rikke.how.currentIndex())
    rikke.note.setFocus()
    qtbot.keyClicks(rikke.note, "Mor godkendte mundtligt")
    qtbot.keyClick(rikke.note, Qt.Key.Key_Tab)
    approvals = {a.name: a for a in store.plans.approvals(plan.meeting_id)}
    assert (approvals["Nina Dahl"].approved, approvals["Nina Dahl"].how) == (True, "email")
    assert approvals["Rikke Holm"].note == "Mor godkendte mundtligt"
    assert plan.sign_button.isEnabled()
    plan.undo_stack.undo()  # the note, undone and redone
    assert {a.name: a for a in store.plans.approvals(plan.meeting_id)}["Rikke Holm"].note == ""
    assert rikke.note.text() == ""
    plan.undo_stack.redo()
    assert rikke.note.text() == "Mor godkendte mundtligt"

    # Sign off: the version is locked, the fields turn read-only, undo ends here.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(plan.sign_button, Qt.MouseButton.LeftButton)
    assert store.meetings.get(plan.meeting_id).state == "signed" and plan.state == "signed"
    version = store.plans.latest_signed(plan.meeting_id)
    assert version.version == 1 and version.fingerprint[:12] in plan.notice.text()
    assert challenges.isReadOnly() and plan.undo_stack.count() == 0
    assert not plan.sign_button.isVisible() and plan.new_version_button.isVisible()
    assert plan.agreements.read_only and not plan.agreements.add_button.isEnabled()

    # Send: the PDF and the family summary, and an e-mail draft to every participant with an address.
    dialog = plan.send_plan()
    dialog.folder.setText(str(tmp_path / "ud"))
    dialog.summary.setChecked(True)
    assert "Settings" in dialog.message.text()  # no sender address yet: said before anything is pressed
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.write_button.isEnabled(), timeout=20000)
    # The organiser has no e-mail address yet: the dialog says so, and writes nothing.
    assert "e-mailadresse under Indstillinger" in dialog.message.text() and dialog.result is None
    assert not (tmp_path / "ud").exists()
    store.settings.set_many({"user_email": "test.bruger@buc.example.dk"})
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    result = dialog.result
    assert dialog.open_draft_button.isVisible() and dialog.open_folder_button.isVisible()
    case_no = store.cases.get(store.meetings.get(plan.meeting_id).case_id).case_no  # carries the year opened
    assert result.pdf.name == f"Tvaersektoriel_plan_{case_no}_" + result.pdf.name.split("_")[3] + "_v1.pdf"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(result.pdf)).pages).split())
    assert f"fingeraftryk {version.fingerprint[:12]}" in text and "UDKAST" not in text
    assert "Også ved <b>sengetid</b>." in text  # the correction, literally
    for name in ("Mette Kjærgaard", "Nina Dahl", "Rikke Holm", "Karen Bech"):
        assert name in text
    message = email.message_from_bytes(result.eml.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    invitees = store.meetings.get(plan.meeting_id).invitees
    assert sorted(a.addr_spec for a in message["To"].addresses) == sorted(i.email for i in invitees if i.email)
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == [result.pdf.name, result.summary.name]
    assert "Alma" not in message["Subject"]
    assert store.plans.exported(result.pdf.read_bytes()) and store.plans.exported(result.summary.read_bytes())
    assert store.baton_log.entries(case_id, {"plan_sent"})
    dialog.close()

    # A change after sign-off: version 2 with a reason; version 1 stays as it was.
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a, **k: "Mor har rettet en dato")
    qtbot.mouseClick(plan.new_version_button, Qt.MouseButton.LeftButton)
    assert plan.state == "held" and not challenges.isReadOnly()
    assert "Mor har rettet en dato" in plan.notice.text() and "version 2" in plan.state_chip.text()
    assert [r.approved.isChecked() for r in plan.approvals.rows.values()] == [False] * len(plan.approvals.rows)
    assert store.plans.get_version(plan.meeting_id, 1).fingerprint == version.fingerprint
    # Version 1 can still be sent, from Versioner, as it was signed.
    assert set(plan.versions.rows) == {1, 2}
    plan.versions.export_requested.emit(1)
    again = plan._dialog
    assert again.version.version == 1 and version.fingerprint[:12] in again.what.text()
    again.close()


def test_sign_off_can_be_declined_and_nothing_changes(qtbot, plan, monkeypatch):
    store = plan.store
    store.plans.set_approval(_approval_row(plan, "Nina Dahl").approval_id, {"approved": True, "how": "email"})
    assert plan.sign_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(plan.sign_button, Qt.MouseButton.LeftButton)
    assert store.meetings.get(plan.meeting_id).state == "held" and not store.plans.signed_versions(plan.meeting_id)


def test_ending_a_live_meeting_leads_to_the_review(qtbot, main_window):
    store = main_window.store
    meeting_id = next(r.id for r in store.meetings.rows() if r.state == "invited")
    live = main_window.open_from_command_line(meeting_id, start=True)
    assert live is None  # no problem reported
    view = main_window.live_view(meeting_id)
    store.live.end(meeting_id)
    assert view.review_button.isVisible()
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert main_window.live_view(meeting_id) is None
    plan = main_window.plan_view(meeting_id)
    assert plan is not None and main_window.tabs.currentWidget() is plan
    # The approvals of the meeting just ended: a line for everyone invited.
    assert len(plan.approvals.rows) == len(store.meetings.get(meeting_id).invitees)
    plan.close_session()


def test_after_the_preload_the_plan_workers_import_nothing(tmp_path):
    """The export and the preview run in worker threads, where a first import can crash PySide6: the
    preload on the UI thread must leave nothing to import. A fresh interpreter, nothing loaded yet."""
    import os
    import subprocess
    import sys

    script = f"""
import sys
from datetime import datetime, timezone
from pathlib import Path
import PySide6.QtWidgets
app = PySide6.QtWidgets.QApplication([])
from kitdesk.domain.meeting import Organiser
from kitdesk.domain.plan import PlanAgreement, PlanContent, PlanItem, PlanParticipant
from kitdesk.ui.plan import worker
worker.preload()
before = set(sys.modules)
content = PlanContent(case_no="2026-0001", child_name="Freja", birth_date="2013-04-17", meeting_id=1,
                      starts_at="2026-12-04T09:00+01:00", ends_at="2026-12-04T10:30+01:00", form="video",
                      participants=(PlanParticipant(name="Åse", sector="buc", is_chair=True, attendance="online"),),
                      agenda=(PlanItem(title="Punkt", discussion="Tekst"),),
                      agreements=(PlanAgreement(what="Aftale", deadline="2026-12-18"),), signed_on="2026-12-04",
                      signed_by="Åse")
request = worker.ExportRequest(content=content, folder=Path({str(tmp_path)!r}), author="Åse",
                               created=datetime(2026, 12, 4, 12, tzinfo=timezone.utc), fingerprint=None,
                               sender=Organiser(name="Åse", email="aase@buc.example.dk"), family_summary=True,
                               recipients=(("Bo", "bo@kommune.example.dk"),))
worker.write_export(request)
from kitdesk.ui.plan.preview import render_pages
from kitdesk.export.plan_pdf import build_plan_pdf
render_pages(build_plan_pdf(content, author="", created=request.created, fingerprint=None), 200)
print(sorted(set(sys.modules) - before))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_folder_that_cannot_be_written_is_told_and_leaves_no_file(qtbot, plan, tmp_path):
    plan.store.settings.set_many({"user_email": "test.bruger@buc.example.dk"})
    blocker = tmp_path / "export" / "not-a-folder"
    blocker.parent.mkdir()
    blocker.write_text("a file where the folder should be")
    dialog = plan.send_plan()  # before sign-off: the draft
    assert "UDKAST" in dialog.what.text()
    dialog.folder.setText(str(blocker / "ud"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.write_button.isEnabled(), timeout=20000)
    assert dialog.result is None and "Nothing was written" in dialog.message.text()
    assert [p.name for p in blocker.parent.rglob("*")] == ["not-a-folder"]
    assert not plan.store.baton_log.entries(plan.case_id, {"plan_sent"})
    dialog.close()


def test_someone_who_approves_without_having_been_there_can_be_added(qtbot, plan, monkeypatch):
    from kitdesk.ui.plan.approvals import AddApproverDialog

    def fill(dialog):
        dialog.accept()  # an empty name is refused, and the dialog stays
        assert "navn" in dialog.message.text().lower() or "name" in dialog.message.text().lower()
        qtbot.keyClicks(dialog.name, "Jens Holm")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddApproverDialog, "exec", fill)
    before = len(plan.approvals.rows)
    plan.approvals.add_party()
    added = plan.store.plans.approvals(plan.meeting_id)[-1]
    assert (added.name, added.sector, added.approved) == ("Jens Holm", "family", False)
    assert len(plan.approvals.rows) == before + 1
    plan.undo_stack.undo()
    assert len(plan.store.plans.approvals(plan.meeting_id)) == before
