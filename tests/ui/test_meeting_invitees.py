"""Deltagere: inviting the network, the directory and someone new, roles, chair and minute-taker,
the GP's marks and the answers – with the real widgets on a demo case."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.meeting import Invitee
from kitdesk.ui.answer_dialog import AnswerDialog
from kitdesk.ui.invitee_dialog import InviteeDialog
from kitdesk.ui.meeting_invitees import InviteesSection
from kitdesk.ui.models.invitee_candidates import Candidate, CandidateTableModel
from kitdesk.ui.models.invitee_table import COLUMNS, InviteeTableModel
from tests.ui.conftest import case_named

BAD_EMAIL_EN = "This e-mail address does not look right. Write it as name@example.dk."
OK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    """Questions are answered Yes/Discard; information boxes are recorded, never shown."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def meeting_id(demo_store):
    return demo_store.meetings.create(case_named(demo_store, "Emil Bak"), "buc", date(2026, 11, 23))


@pytest.fixture
def section(qtbot, demo_store, bridge, meeting_id):
    widget = InviteesSection(demo_store, bridge, meeting_id, QUndoStack(), parent=None)
    qtbot.addWidget(widget)
    widget.resize(1340, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tick(qtbot, box):
    """Click a check box on its box (a click far right of its text would miss it, as for a user)."""
    qtbot.mouseClick(box, OK, pos=QPoint(8, box.height() // 2))


def _select(section, name):
    invitee = next(i for i in section.model.invitees() if i.name == name)
    section.select_invitee(invitee.id)
    assert section.selected_invitee().id == invitee.id
    return invitee


def _cell(section, name, column):
    row = next(r for r, i in enumerate(section.model.invitees()) if i.name == name)
    return section.model.data(section.model.index(row, COLUMNS.index(column)))


def _invitee(store, meeting_id, name):
    return next(i for i in store.meetings.get(meeting_id).invitees if i.name == name)


def test_the_models_pass_the_model_tester(qtmodeltester, demo_store, meeting_id):
    demo_store.meetings.add_invitee(meeting_id, Invitee(name="Ole Gram", sector="gp", role_key="gp", is_chair=True))
    demo_store.meetings.add_invitee(meeting_id, Invitee(name="Lise", email="lise@fjordby.example.dk",
                                                        answer="declined"))
    model = InviteeTableModel()
    model.set_meeting(demo_store.meetings.get(meeting_id), {"gp": "Egen læge"})
    qtmodeltester.check(model)
    assert model.data(model.index(0, COLUMNS.index("role"))) == "Egen læge"
    assert model.data(model.index(0, COLUMNS.index("task"))) == "Chair"
    assert "GP not spoken to" in model.data(model.index(0, COLUMNS.index("notes")))
    assert model.data(model.index(0, COLUMNS.index("email"))) == "No e-mail"

    candidates = CandidateTableModel()
    candidates.set_candidates([Candidate(1, 1, "Anna", sector="ppr"), Candidate(2, 2, "Bo")], {2})
    qtmodeltester.check(candidates)
    assert candidates.data(candidates.index(1, 0)) == "Bo (invited)"
    candidates.set_filter("ann")
    assert candidates.rowCount() == 1


def test_invite_the_network_in_one_click_and_undo_it_in_one_step(qtbot, section, demo_store, meeting_id,
                                                                   no_real_message_boxes):
    assert "No one is invited yet" in section.warning.text()
    qtbot.mouseClick(section.network_button, OK)
    invitees = demo_store.meetings.get(meeting_id).invitees
    assert [i.name for i in invitees] == ["Jonas Brøndum", "Lise Østergaard", "Peter Ærø", "Ole Gram", "Thomas Bak"]
    ole = _invitee(demo_store, meeting_id, "Ole Gram")
    assert (ole.sector, ole.role_key) == ("gp", "gp") and "overenskomst" in ole.role_text
    assert _invitee(demo_store, meeting_id, "Thomas Bak").role_key == "parent"
    assert section.model.rowCount() == 5
    assert "No e-mail" in _cell(section, "Thomas Bak", "email")
    assert "Ole Gram" in section.warning.text() and "Choose a chair among the participants." in section.warning.text()
    # Everyone is there now: a second click says so and adds no one.
    qtbot.mouseClick(section.network_button, OK)
    assert no_real_message_boxes == ["Everyone in the case's network is invited already."]
    assert len(demo_store.meetings.get(meeting_id).invitees) == 5

    section.undo_stack.undo()
    assert demo_store.meetings.get(meeting_id).invitees == []
    assert section.model.rowCount() == 0


def test_the_user_becomes_chair_when_in_the_network(qtbot, demo_store, bridge):
    demo_store.settings.set_many({"user_name": "Mette Kjærgaard"})
    meeting_id = demo_store.meetings.create(case_named(demo_store, "Freja Nørgaard"), "buc", date(2026, 11, 23))
    section = InviteesSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    qtbot.mouseClick(section.network_button, OK)
    meeting = demo_store.meetings.get(meeting_id)
    assert meeting.chair.name == "Mette Kjærgaard"
    # BUC invites: the chair from BUC also writes the minutes unless another is chosen (seed 002).
    assert _cell(section, "Mette Kjærgaard", "task") == "Chair · Minute-taker"
    assert "Chair: Mette Kjærgaard" in section.summary.text()
    assert "Minute-taker: Mette Kjærgaard" in section.summary.text()


def test_someone_new_with_a_bad_email_is_refused_and_the_text_kept(qtbot, section, demo_store, meeting_id):
    dialog = InviteeDialog(demo_store, meeting_id, section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_person.setChecked(True)
    qtbot.keyClicks(dialog.contact.name, "Grethe Bak")
    qtbot.keyClicks(dialog.contact.email, "grethe@example")
    dialog.contact.email.editingFinished.emit()  # leaving the field checks it at once
    assert dialog.contact.email_error.isVisible()
    assert dialog.contact.email_error.text() == BAD_EMAIL_EN  # the interface is English in the tests
    dialog.sector.set_code("family")
    dialog._sector_chosen()
    qtbot.mouseClick(dialog.ok_button(), OK)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.contact.email.text() == "grethe@example"
    assert dialog.contact.name.text() == "Grethe Bak"
    assert demo_store.meetings.get(meeting_id).invitees == []

    dialog.contact.email.clear()
    qtbot.keyClicks(dialog.contact.email, "grethe@example.dk")
    assert not dialog.contact.email_error.isVisible()  # gone as soon as the address is right
    dialog.role.set_code("parent")
    dialog._role_chosen()
    qtbot.mouseClick(dialog.ok_button(), OK)
    assert not dialog.isVisible()
    grethe = _invitee(demo_store, meeting_id, "Grethe Bak")
    assert (grethe.person_id, grethe.sector, grethe.role_key, grethe.email) == (None, "family", "parent",
                                                                              "grethe@example.dk")
    assert grethe.role_text.startswith("Deltager som forælder")
    assert section.model.rowCount() == 1


def test_from_the_directory_and_the_child_and_not_twice(qtbot, section, demo_store, meeting_id):
    dialog = InviteeDialog(demo_store, meeting_id, section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.from_directory.setChecked(True)
    qtbot.keyClicks(dialog.search, "hanne")
    assert dialog.selected_candidate().name == "Hanne Lund Friis"
    assert dialog.sector.code() == "ppr" and dialog.role.code() == "ppr"
    qtbot.mouseClick(dialog.ok_button(), OK)
    hanne = _invitee(demo_store, meeting_id, "Hanne Lund Friis")
    assert (hanne.sector, hanne.role_key, hanne.email) == ("ppr", "ppr", "hanne.friis@fjordby.example.dk")

    # The child takes part like the others; they are offered in the network list.
    dialog = InviteeDialog(demo_store, meeting_id, section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_candidate("Emil Bak")
    assert dialog.role.code() == "child"
    assert dialog.no_email.isVisible()  # no e-mail: told at once, and allowed
    qtbot.mouseClick(dialog.ok_button(), OK)
    emil = _invitee(demo_store, meeting_id, "Emil Bak")
    assert (emil.sector, emil.role_key) == ("family", "child")

    dialog = InviteeDialog(demo_store, meeting_id, section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.from_directory.setChecked(True)
    qtbot.keyClicks(dialog.search, "hanne")
    qtbot.mouseClick(dialog.ok_button(), OK)
    assert dialog.isVisible()
    assert "already invited" in dialog.error.text()
    assert len(demo_store.meetings.get(meeting_id).invitees) == 2


def test_an_own_role_text_is_kept_when_the_role_changes(qtbot, section, demo_store, meeting_id):
    dialog = InviteeDialog(demo_store, meeting_id, section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_candidate("Peter Ærø")
    dialog.role_text.selectAll()
    qtbot.keyClicks(dialog.role_text, "<b>Klasselærer</b>")
    dialog.role_text.insertPlainText(" – kender Emil bedst")  # QTest types ASCII and Latin-1 only
    dialog.role.set_code("teacher")
    dialog._role_chosen()
    assert dialog.role_text.toPlainText() == "<b>Klasselærer</b> – kender Emil bedst"
    assert dialog.standard_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button(), OK)
    peter = _invitee(demo_store, meeting_id, "Peter Ærø")
    assert peter.role_text == "<b>Klasselærer</b> – kender Emil bedst"
    _select(section, "Peter Ærø")
    # Markup is shown as typed, never interpreted.
    assert section.detail_role.textFormat() == Qt.TextFormat.PlainText
    assert section.detail_role.text() == "<b>Klasselærer</b> – kender Emil bedst"


def test_gp_marks_are_visible_and_saved_with_undo(qtbot, section, demo_store, meeting_id):
    qtbot.mouseClick(section.network_button, OK)
    _select(section, "Jonas Brøndum")
    assert not section.gp_spoken_to.isVisible()
    _select(section, "Ole Gram")
    assert section.gp_spoken_to.isVisible() and section.gp_paid.isVisible()
    assert "GP not spoken to" in _cell(section, "Ole Gram", "notes")
    _tick(qtbot, section.gp_spoken_to)
    ole = _invitee(demo_store, meeting_id, "Ole Gram")
    assert ole.gp_spoken_to and not ole.gp_paid  # the fee is no tick: it follows the attendance
    assert "Ole Gram" not in section.warning.text()
    assert _cell(section, "Ole Gram", "notes") == "No e-mail – by post or by hand · GP spoken to"
    section.undo_stack.undo()
    assert not _invitee(demo_store, meeting_id, "Ole Gram").gp_spoken_to
    assert not section.gp_spoken_to.isChecked()


def test_gp_marks_in_the_dialog(qtbot, section, demo_store, meeting_id):
    dialog = InviteeDialog(demo_store, meeting_id, section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_candidate("Ole Gram")
    assert dialog.gp_box.isVisible() and dialog.gp_hint.isVisible()
    dialog.gp_spoken_to.setChecked(True)
    assert not dialog.gp_hint.isVisible()
    qtbot.mouseClick(dialog.ok_button(), OK)
    assert _invitee(demo_store, meeting_id, "Ole Gram").gp_spoken_to


def test_one_chair_and_one_minute_taker(qtbot, section, demo_store, meeting_id, monkeypatch):
    from kitdesk.ui import reason_dialog

    asked = []
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: asked.append(a[2]) or "Lise skriver for BUC i dag")
    qtbot.mouseClick(section.network_button, OK)
    # BUC invites, so the minute-taker is from BUC by default (seed 002): Jonas, the only one from BUC.
    assert demo_store.meetings.get(meeting_id).minute_taker.name == "Jonas Brøndum"
    _select(section, "Jonas Brøndum")
    qtbot.mouseClick(section.chair_button, OK)
    assert demo_store.meetings.get(meeting_id).chair.name == "Jonas Brøndum"
    assert section.chair_button.text() == "No longer c&hair"
    assert "No chair yet" not in section.warning.text()
    _select(section, "Lise Østergaard")
    qtbot.mouseClick(section.chair_button, OK)
    qtbot.mouseClick(section.taker_button, OK)  # from the municipality: asked why
    assert len(asked) == 1 and "Lise Østergaard is not from the side that invites" in asked[0]
    meeting = demo_store.meetings.get(meeting_id)
    assert meeting.chair.name == "Lise Østergaard" and meeting.minute_taker.name == "Lise Østergaard"
    assert meeting.minute_taker_reason == "Lise skriver for BUC i dag"
    assert "Minute-taker: Lise Østergaard (because: Lise skriver for BUC i dag)" in section.summary.text()
    assert _cell(section, "Jonas Brøndum", "task") == ""
    assert _cell(section, "Lise Østergaard", "task") == "Chair · Minute-taker"
    _select(section, "Peter Ærø")
    qtbot.mouseClick(section.taker_button, OK)
    assert demo_store.meetings.get(meeting_id).minute_taker.name == "Peter Ærø"
    section.undo_stack.undo()
    assert demo_store.meetings.get(meeting_id).minute_taker.name == "Lise Østergaard"
    # Asked, and cancelled: nothing changes.
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: None)
    _select(section, "Peter Ærø")
    qtbot.mouseClick(section.taker_button, OK)
    assert demo_store.meetings.get(meeting_id).minute_taker.name == "Lise Østergaard"


def test_edit_an_invitee_refuses_a_bad_email(qtbot, section, demo_store, meeting_id):
    qtbot.mouseClick(section.network_button, OK)
    thomas = _select(section, "Thomas Bak")
    dialog = InviteeDialog(demo_store, meeting_id, section.undo_stack, invitee=thomas, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.contact.email, "thomas@@example.dk")
    qtbot.mouseClick(dialog.ok_button(), OK)
    assert dialog.isVisible() and dialog.contact.email_error.text() == BAD_EMAIL_EN
    dialog.contact.email.setText("thomas.bak@example.dk")
    dialog.chair.setChecked(True)
    qtbot.mouseClick(dialog.ok_button(), OK)
    thomas = _invitee(demo_store, meeting_id, "Thomas Bak")
    assert thomas.email == "thomas.bak@example.dk" and thomas.is_chair
    assert _cell(section, "Thomas Bak", "email") == "thomas.bak@example.dk"


def test_answers_go_in_the_baton_log(qtbot, section, demo_store, meeting_id):
    qtbot.mouseClick(section.network_button, OK)
    peter = _select(section, "Peter Ærø")
    dialog = AnswerDialog(demo_store, peter, "physical", section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.declined.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()  # afbud needs no reason (seed 002: "Der skal altid gives besked om afbud")
    peter = _invitee(demo_store, meeting_id, "Peter Ærø")
    assert (peter.answer, peter.answer_note) == ("declined", "")
    assert _cell(section, "Peter Ærø", "answer") == "Cancellation"
    dialog = AnswerDialog(demo_store, peter, "physical", section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reason, "Lejrskole med 4.a")
    dialog.accept()
    assert _cell(section, "Peter Ærø", "answer") == "Cancellation – Lejrskole med 4.a"
    entries = demo_store.baton_log.entries(section.case_id, {"answer_recorded"})
    assert entries[0].text == "Peter Ærø: afbud."

    lise = _select(section, "Lise Østergaard")
    dialog = AnswerDialog(demo_store, lise, "hybrid", section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.attending.setChecked(True)
    dialog.virtual.setChecked(True)
    dialog.accept()
    assert _cell(section, "Lise Østergaard", "answer") == "Attending (online)"
    assert "1 attending" in section.summary.text() and "1 cancellation" in section.summary.text()

    jonas = _select(section, "Jonas Brøndum")
    dialog = AnswerDialog(demo_store, jonas, "physical", section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.attending.setChecked(True)  # "Ønsker andre med" goes with "Deltager"
    dialog.wants_others.setChecked(True)
    dialog.accept()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.who, "Sara Holmgaard, sygeplejerske")
    dialog.accept()
    jonas = _invitee(demo_store, meeting_id, "Jonas Brøndum")
    assert (jonas.answer, jonas.others_wanted) == ("attending", "Sara Holmgaard, sygeplejerske")
    assert _cell(section, "Jonas Brøndum", "answer") == \
        "Attending (in person) · wants Sara Holmgaard, sygeplejerske to join too"
    entries = demo_store.baton_log.entries(section.case_id, {"answer_recorded"})
    assert entries[0].text == "Jonas Brøndum: deltager; ønsker også Sara Holmgaard, sygeplejerske med."
    section.undo_stack.undo()
    assert _invitee(demo_store, meeting_id, "Jonas Brøndum").answer == "pending"


def test_someone_added_after_sending_is_marked_not_yet_invited(qtbot, section, demo_store, meeting_id):
    qtbot.mouseClick(section.network_button, OK)
    ids = [i.id for i in demo_store.meetings.get(meeting_id).invitees]
    demo_store.meetings.mark_sent(meeting_id, "/tmp/x", ids, "request")
    assert "Not yet invited" not in section.warning.text()
    demo_store.meetings.add_invitee(meeting_id, Invitee(name="Karen Bech", sector="health_visitor",
                                                        email="karen.bech@fjordby.example.dk"))
    assert _cell(section, "Karen Bech", "notes") == "Not yet invited"
    assert "1 participant(s) added after the invitation was sent" in section.warning.text()


def test_delete_removes_a_participant_and_undo_brings_them_back(qtbot, section, demo_store, meeting_id):
    qtbot.mouseClick(section.network_button, OK)
    _select(section, "Peter Ærø")
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert "Peter Ærø" not in [i.name for i in demo_store.meetings.get(meeting_id).invitees]
    assert section.selected_invitee() is not None
    section.undo_stack.undo()
    assert "Peter Ærø" in [i.name for i in demo_store.meetings.get(meeting_id).invitees]


def test_a_closed_meeting_cannot_be_changed_here(qtbot, section, demo_store, meeting_id):
    qtbot.mouseClick(section.network_button, OK)
    demo_store.meetings.cancel(meeting_id, "Familien har aflyst")
    _select(section, "Peter Ærø")
    for button in (section.network_button, section.add_button, section.edit_button, section.chair_button,
                   section.answer_button, section.remove_button):
        assert not button.isEnabled()
    assert section.warning.text() == ""


def test_a_5000_character_role_text_is_kept_whole(qtbot, section, demo_store, meeting_id):
    long_text = ("Lang rollebeskrivelse med æøå og <img src='x'> " * 120)[:5000]
    dialog = InviteeDialog(demo_store, meeting_id, section.undo_stack, parent=section)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_candidate("Lise Østergaard")
    dialog.role_text.setPlainText(long_text)
    qtbot.mouseClick(dialog.ok_button(), OK)
    assert _invitee(demo_store, meeting_id, "Lise Østergaard").role_text == long_text.strip()
    _select(section, "Lise Østergaard")
    shown = section.detail_role.text()
    assert shown.startswith("Lang rollebeskrivelse med æøå og <img src='x'>") and shown.endswith(" …")
    assert len(shown) < 500  # the table stays in view; the whole text is in the Edit dialog
    assert section.table.height() > 100
