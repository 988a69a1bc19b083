"""Send: the checklist, sending off the UI thread, the update after a move, participants added
later, cancelling, and a failed write that marks nothing – with the real widgets on a demo case."""
from __future__ import annotations

import email
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kitdesk.domain.dates import TZ, local_today
from kitdesk.domain.meeting import Invitee
from kitdesk.ui import reason_dialog
from kitdesk.ui.meeting_invitees import InviteesSection
from kitdesk.ui.meeting_send import SendSection
from kitdesk.ui.reason_dialog import ReasonDialog
from tests.ui.conftest import case_named

OK = Qt.MouseButton.LeftButton
ORGANISER = {"user_name": "Mette Kjærgaard", "user_title": "Psykolog", "user_organisation": "BUC Nordstrand",
             "user_email": "mette.kjaergaard@buc.example.dk", "user_phone": "70 10 20 31"}


def _at(days: int, hour: int, minute: int = 0) -> datetime:
    day = local_today() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    """No real message boxes, and opening a file only records what would be opened."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    return opened


@pytest.fixture
def case_id(demo_store):
    return case_named(demo_store, "Emil Bak")


@pytest.fixture
def meeting_id(demo_store, case_id):
    return demo_store.meetings.create(case_id, "buc", local_today())


@pytest.fixture
def send(qtbot, demo_store, bridge, meeting_id, undo_stack, tmp_path):
    widget = SendSection(demo_store, bridge, meeting_id, undo_stack)
    qtbot.addWidget(widget)
    widget.resize(1340, 620)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_folder(tmp_path / "out")
    return widget


@pytest.fixture
def invitees(qtbot, demo_store, bridge, meeting_id, undo_stack):
    widget = InviteesSection(demo_store, bridge, meeting_id, undo_stack)
    qtbot.addWidget(widget)
    return widget


def _fill(store, meeting_id, **extra):
    """A meeting that is ready apart from what the tests look at: time, place, purpose, agenda."""
    store.meetings.update(meeting_id, {"starts_at": _at(1, 9), "ends_at": _at(1, 10, 30),
                                       "place": "BUC Nordstrand, mødelokale 2",
                                       "purpose": "Koordineret støtte, mens Emil venter på udredning", **extra})
    store.meetings.add_item(meeting_id, "Velkomst og formål", minutes=10)


def _invitee(store, meeting_id, name):
    return next(i for i in store.meetings.get(meeting_id).invitees if i.name == name)


def _ready(qtbot, store, meeting_id, invitees, send, monkeypatch):
    """Fill everything the checklist asks for, through the widgets where a user would."""
    if not store.meetings.get(meeting_id).agenda:
        _fill(store, meeting_id)
    if not store.meetings.get(meeting_id).invitees:
        qtbot.mouseClick(invitees.network_button, OK)
    invitees.select_invitee(_invitee(store, meeting_id, "Lise Østergaard").id)
    qtbot.mouseClick(invitees.chair_button, OK)
    invitees.select_invitee(_invitee(store, meeting_id, "Ole Gram").id)
    qtbot.mouseClick(invitees.gp_spoken_to, OK, pos=QPoint(8, invitees.gp_spoken_to.height() // 2))
    store.settings.set_many(ORGANISER)
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: "Far har givet mundtligt samtykke i dag; skriftligt følger")
    qtbot.mouseClick(send.checklist.override_button, OK)


def _blocks(send):
    return [text for kind, text in send.shown_lines() if kind == "block"]


def _wait(qtbot, send):
    qtbot.waitUntil(lambda: not send.is_busy(), timeout=20000)


def test_the_checklist_blocks_until_everything_is_in_place(qtbot, demo_store, meeting_id, invitees, send,
                                                           monkeypatch):
    assert not send.send_button.isEnabled()
    blocks = _blocks(send)
    assert "Write the purpose of the meeting – whoever invites must state it." in blocks
    assert "Invite at least one participant." in blocks
    assert any("Fill in your name and e-mail under Settings" in b for b in blocks)  # demo user has no e-mail
    _fill(demo_store, meeting_id)
    qtbot.mouseClick(invitees.network_button, OK)
    blocks = _blocks(send)
    assert "Choose a chair among the participants." in blocks
    assert any(b.startswith("Ole Gram: a GP is invited only after a talk") for b in blocks)
    assert any(b.startswith("No valid consent on") and "Municipality – school" in b for b in blocks)
    assert send.checklist.override_button.isVisible()
    # Information exchanged before the meeting: a hint, never a block.
    kinds = dict((text, kind) for kind, text in send.shown_lines())
    assert any(text.startswith("Referral sent") and "General practice → BUC" in text for text in kinds)
    assert kinds["No treatment plan, status note or dialogue yet – consider sending one before the meeting."] == "hint"

    _ready(qtbot, demo_store, meeting_id, invitees, send, monkeypatch)
    assert _blocks(send) == []
    assert demo_store.meetings.get(meeting_id).consent_override.startswith("Far har givet")
    assert any(kind == "hint" and "Sent without consent because: Far har givet" in text
               for kind, text in send.shown_lines())
    assert send.send_button.isEnabled()
    # The override is undone with Ctrl+Z like any edit, and blocks again.
    send.undo_stack.undo()
    assert not send.send_button.isEnabled()
    send.undo_stack.redo()
    assert send.send_button.isEnabled()
    qtbot.mouseClick(send.checklist.remove_override_button, OK)
    assert demo_store.meetings.get(meeting_id).consent_override == ""
    assert not send.send_button.isEnabled()


def test_a_status_note_shows_as_information_exchanged(qtbot, demo_store, bridge):
    meeting_id = demo_store.meetings.create(case_named(demo_store, "Freja Nørgaard"), "buc", local_today())
    demo_store.meetings.update(meeting_id, {"starts_at": _at(1, 9), "ends_at": _at(1, 10)})
    send = SendSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(send)
    note_day = (local_today() - timedelta(days=20)).strftime("%d.%m.%Y")
    assert ("ok", f"Status note sent {note_day} (BUC → Municipality – caseworker)") in send.shown_lines()


def test_virtual_meeting_needs_the_family_asked(qtbot, demo_store, meeting_id, send):
    demo_store.meetings.update(meeting_id, {"form": "video", "video_link": "https://video.example.dk/m/1"})
    assert send.checklist.virtual_asked.isVisible() and not send.checklist.virtual_asked.isChecked()
    assert any("whether the meeting may be held virtually" in b for b in _blocks(send))
    qtbot.mouseClick(send.checklist.virtual_asked, OK, pos=QPoint(8, send.checklist.virtual_asked.height() // 2))
    assert demo_store.meetings.get(meeting_id).virtual_asked
    assert not any("virtual" in b for b in _blocks(send))
    demo_store.meetings.update(meeting_id, {"form": "physical"})
    assert not send.checklist.virtual_asked.isVisible()


def test_send_then_answer_then_move_then_update_then_cancel(qtbot, demo_store, case_id, meeting_id, invitees, send,
                                                          monkeypatch, tmp_path, quiet):
    _ready(qtbot, demo_store, meeting_id, invitees, send, monkeypatch)
    out = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    qtbot.mouseClick(send.folder_button, OK)
    assert send.folder_edit.text() == str(out)

    qtbot.mouseClick(send.send_button, OK)
    assert send.is_busy() and send.busy.isVisible()  # written off the UI thread
    _wait(qtbot, send)
    files = sorted(p.name for p in out.iterdir())
    # The three, and a letter to post to each of the two without e-mail (Ole Gram, Thomas Bak).
    assert len(files) == 5 and {Path(f).suffix for f in files} == {".pdf", ".ics", ".eml"}
    assert len([f for f in files if f.endswith(("_post1.pdf", "_post2.pdf"))]) == 2
    meeting = demo_store.meetings.get(meeting_id)
    assert meeting.state == "invited"
    assert all(i.invited_sequence == 0 for i in meeting.invitees)
    log = demo_store.baton_log.entries(case_id, {"invitation_sent"})
    assert len(log) == 1 and log[0].text.startswith("Indkaldelse til netværksmøde")
    assert send.result.isVisible()
    assert "Ole Gram" in send.result_without.text() and "Thomas Bak" in send.result_without.text()
    assert "by post or by hand" in send.result_without.text()
    assert "3 participant(s)" in send.result_text.text()
    assert not send.send_button.isVisible()
    assert send.undo_stack.count() == 0  # nothing before the invitation can be undone behind its back
    qtbot.mouseClick(send.open_draft_button, OK)
    qtbot.mouseClick(send.open_folder_button, OK)
    assert quiet[0].suffix == ".eml" and quiet[1] == out
    ics = icalendar.Calendar.from_ical(next(out.glob("*.ics")).read_bytes())
    assert str(ics["METHOD"]) == "REQUEST"

    # The answers, on the same tab: an afbud, with its reason, in the baton log.
    assert send.answers.isVisible() and send.answers.model.rowCount() == 5
    send.answers.select("Peter Ærø")
    dialog = send.answers.answer_dialog(send.answers.selected())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.declined.setChecked(True)
    qtbot.keyClicks(dialog.reason, "Lejrskole")
    dialog.accept()
    assert not dialog.isVisible()
    assert demo_store.baton_log.entries(case_id, {"answer_recorded"})[0].text == "Peter Ærø: afbud – Lejrskole."
    assert "1 cancellation(s)" in send.answers.summary.text()
    assert send.undo_stack.count() == 1  # an answer can be undone

    # Move the time: the section offers the update.
    demo_store.meetings.update(meeting_id, {"starts_at": _at(1, 13), "ends_at": _at(1, 14, 30)})
    assert send.update_button.isVisible() and send.update_button.isEnabled()
    assert "changed since the invitation was sent" in send.status.text()
    assert not send.result.isVisible()
    qtbot.mouseClick(send.update_button, OK)
    _wait(qtbot, send)
    ics_file = next(out.glob("Aendret_*.ics"))
    event = next(c for c in icalendar.Calendar.from_ical(ics_file.read_bytes()).walk("VEVENT"))
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART").astimezone(TZ).hour == 13
    eml = email.message_from_bytes(next(out.glob("Aendret_*.eml")).read_bytes(), policy=policy.default)
    assert eml["Subject"].startswith("Ændret:")
    assert not demo_store.meetings.update_pending(meeting_id)
    assert demo_store.baton_log.entries(case_id, {"invitation_sent"})[0].text.startswith("Opdateret indkaldelse")
    assert not send.update_button.isVisible()

    # Cancel: the cancellation goes to everyone invited, then the meeting is cancelled.
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: "Familien har bedt om at udsætte mødet")
    qtbot.mouseClick(send.cancel_button, OK)
    _wait(qtbot, send)
    cancel = icalendar.Calendar.from_ical(next(out.glob("Aflyst_*.ics")).read_bytes())
    assert str(cancel["METHOD"]) == "CANCEL"
    assert int(cancel.walk("VEVENT")[0]["SEQUENCE"]) == 2
    assert (out / next(out.glob("Aflysning_*.eml")).name).is_file()
    meeting = demo_store.meetings.get(meeting_id)
    assert (meeting.state, meeting.cancel_reason) == ("cancelled", "Familien har bedt om at udsætte mødet")
    assert "The meeting is cancelled" in send.result_text.text()
    assert not send.cancel_button.isVisible() and not send.checklist.isVisible()


def test_participants_added_later_get_the_invitation_alone(qtbot, demo_store, meeting_id, invitees, send,
                                                          monkeypatch, tmp_path):
    _ready(qtbot, demo_store, meeting_id, invitees, send, monkeypatch)
    qtbot.mouseClick(send.send_button, OK)
    _wait(qtbot, send)
    for old in (tmp_path / "out").iterdir():
        old.unlink()
    karen = demo_store.meetings.add_invitee(meeting_id, Invitee(
        name="Karen Bech", sector="health_visitor", email="karen.bech@fjordby.example.dk"))
    assert send.new_button.isVisible() and not send.update_button.isVisible()
    assert "Karen Bech" in send.status.text()
    # A new sector without consent: the reason given for sending without consent still stands.
    assert send.new_button.isEnabled()
    qtbot.mouseClick(send.new_button, OK)
    _wait(qtbot, send)
    eml = email.message_from_bytes(next((tmp_path / "out").glob("*.eml")).read_bytes(), policy=policy.default)
    assert eml["To"].addresses[0].addr_spec == "karen.bech@fjordby.example.dk" and len(eml["To"].addresses) == 1
    assert next(i for i in demo_store.meetings.get(meeting_id).invitees if i.id == karen).invited_sequence == 0
    assert not send.new_button.isVisible()
    assert "1 participant(s)" in send.result_text.text()


def test_a_failed_write_is_told_and_nothing_is_marked_sent(qtbot, demo_store, case_id, meeting_id, invitees, send,
                                                         monkeypatch, tmp_path):
    from kitdesk.export import bundle

    _ready(qtbot, demo_store, meeting_id, invitees, send, monkeypatch)

    def full_disk(*args, **kwargs):
        raise bundle.ExportError("Disken er fuld, så filerne kunne ikke gemmes.")

    monkeypatch.setattr(bundle, "write_invitation", full_disk)
    qtbot.mouseClick(send.send_button, OK)
    _wait(qtbot, send)
    assert "Disken er fuld" in send.status.text()
    assert "Nothing has been marked as sent" in send.status.text()
    assert demo_store.meetings.get(meeting_id).state == "draft"
    assert demo_store.baton_log.entries(case_id, {"invitation_sent"}) == []
    assert not (tmp_path / "out").exists()
    assert send.send_button.isEnabled()  # try again

    monkeypatch.setattr(bundle, "write_invitation", lambda *a, **k: 1 / 0)
    qtbot.mouseClick(send.send_button, OK)
    _wait(qtbot, send)
    assert "The files could not be written." in send.status.text()
    assert demo_store.meetings.get(meeting_id).state == "draft"


def test_a_failed_cancellation_leaves_the_meeting_as_it_was(qtbot, demo_store, meeting_id, invitees, send,
                                                          monkeypatch):
    from kitdesk.export import bundle

    _ready(qtbot, demo_store, meeting_id, invitees, send, monkeypatch)
    qtbot.mouseClick(send.send_button, OK)
    _wait(qtbot, send)
    monkeypatch.setattr(bundle, "write_invitation",
                        lambda *a, **k: (_ for _ in ()).throw(bundle.ExportError("Mappen kan ikke skrives til.")))
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: "Sygdom")
    qtbot.mouseClick(send.cancel_button, OK)
    _wait(qtbot, send)
    assert demo_store.meetings.get(meeting_id).state == "invited"
    assert "Mappen kan ikke skrives til." in send.status.text()


def test_cancelling_a_draft_writes_nothing(qtbot, demo_store, meeting_id, send, monkeypatch, tmp_path):
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: "Ikke længere nødvendigt")
    qtbot.mouseClick(send.cancel_button, OK)
    assert demo_store.meetings.get(meeting_id).state == "cancelled"
    assert not (tmp_path / "out").exists()
    assert not send.cancel_button.isVisible()
    # Asked but not answered: nothing happens.
    other = demo_store.meetings.create(demo_store.meetings.get(meeting_id).case_id, "buc", local_today())
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: None)
    send.meeting_id = other
    send.load()
    qtbot.mouseClick(send.cancel_button, OK)
    assert demo_store.meetings.get(other).state == "draft"


def test_the_reason_dialog_wants_a_reason(qtbot):
    dialog = ReasonDialog("Aflys", "Hvorfor?", "&OK")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    qtbot.keyClicks(dialog.text, "Familien er syg")
    dialog.accept()
    assert not dialog.isVisible() and dialog.reason() == "Familien er syg"


def test_default_folder_is_in_the_data_folder(demo_store, meeting_id, send):
    _fill(demo_store, meeting_id)
    send.set_folder(None)
    case_no = demo_store.cases.get(send.case_id).case_no
    day = (local_today() + timedelta(days=1)).isoformat()
    assert send.target_folder() == demo_store.folder.exports / case_no / f"{day}-{meeting_id}"
    assert send.folder_edit.text() == str(send.target_folder())


def test_in_the_meeting_view_what_is_being_typed_is_saved_before_sending(qtbot, demo_store, bridge, meeting_id,
                                                                        monkeypatch, tmp_path):
    """The Send section asks its host to save pending edits first: a purpose typed but not yet left
    goes into the invitation."""
    from kitdesk.ui.meeting_view import MeetingView

    view = MeetingView(demo_store, bridge, meeting_id)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    send, invitees = view.send, view.invitees
    assert isinstance(send, SendSection) and isinstance(invitees, InviteesSection)
    _ready(qtbot, demo_store, meeting_id, invitees, send, monkeypatch)
    demo_store.meetings.update(meeting_id, {"purpose": ""})
    view.agenda.purpose.setPlainText("Et formål skrevet lige før afsendelse")
    view.agenda.purpose.setModified(True)
    send.set_folder(tmp_path / "view")
    send.send("request")  # as Alt+S would, without leaving the purpose field first
    _wait(qtbot, send)
    assert demo_store.meetings.get(meeting_id).purpose == "Et formål skrevet lige før afsendelse"
    assert demo_store.meetings.get(meeting_id).state == "invited"
    assert len([p for p in (tmp_path / "view").iterdir() if "_post" not in p.name]) == 3


def test_after_the_preload_the_worker_imports_nothing(tmp_path):
    """A first import inside a worker thread can crash PySide6; the preload on the UI thread must
    leave nothing for the worker to import. Run in a fresh interpreter, where nothing is loaded yet."""
    import subprocess
    import sys

    script = f"""
import sys
from datetime import datetime
from pathlib import Path
import PySide6.QtWidgets
from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import AgendaItem, Invitee, Meeting, Organiser
from kitdesk.ui.send_worker import preload
preload()
before = set(sys.modules)
from kitdesk.export import bundle
meeting = Meeting(id=1, uid="x@kitdesk", starts_at=datetime(2026, 7, 1, 9, tzinfo=TZ),
                  ends_at=datetime(2026, 7, 1, 10, tzinfo=TZ), purpose="Formål", place="Her",
                  invitees=[Invitee(id=1, name="Åse", email="aase@kommune.example.dk", is_chair=True),
                            Invitee(id=2, name="Bo")], agenda=[AgendaItem(id=1, title="Punkt")])
for kind in ("request", "update", "cancel"):
    bundle.write_invitation(meeting, "Freja", Organiser(name="M", email="m@buc.example.dk"),
                            Path({str(tmp_path)!r}) / kind, kind=kind)
print(sorted(set(sys.modules) - before))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_closing_the_tab_while_writing_still_records_the_invitation(qtbot, demo_store, bridge, case_id, meeting_id,
                                                                    invitees, monkeypatch, tmp_path):
    section = SendSection(demo_store, bridge, meeting_id, QUndoStack())
    section.set_folder(tmp_path / "closed")
    _ready(qtbot, demo_store, meeting_id, invitees, section, monkeypatch)
    section.send("request")
    assert section.is_busy()
    section.deleteLater()  # the tab is closed at once
    qtbot.waitUntil(lambda: demo_store.meetings.get(meeting_id).state == "invited", timeout=20000)
    assert len([p for p in (tmp_path / "closed").iterdir() if "_post" not in p.name]) == 3
    assert demo_store.baton_log.entries(case_id, {"invitation_sent"})
