"""An e-mail address pasted with a hidden character (a NUL, a line break, a zero-width space) is
refused where it is typed – the person form, the invitee form and the settings – with a plain Danish
message, and the store refuses it too. Everything the user typed stays in the form."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoStack

from kitdesk.domain.meeting import Invitee
from kitdesk.domain.model import Person
from kitdesk.domain.refusal import Refusal

pytestmark = pytest.mark.usefixtures("discard_when_asked")

DANISH = ("E-mailadressen indeholder et skjult tegn, som ikke kan stå i en adresse (fx fra en kopi). "
          "Slet adressen, og skriv den igen.")


def paste(qtbot, edit, text: str) -> None:
    """What a user does with an address copied from a mail or a web page."""
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keySequence(edit, QKeySequence.StandardKey.Paste)
    assert edit.text() == text, "the clipboard lost the character"


def test_the_store_refuses_an_address_with_a_nul(demo_store):
    with pytest.raises(Refusal, match="skjult tegn"):
        demo_store.persons.create(Person(name="Anne Hansen", email="anne\x00@kommune.eksempel.dk"))
    anne = demo_store.persons.create(Person(name="Anne Hansen", email="anne@kommune.eksempel.dk"))
    with pytest.raises(Refusal, match="skjult tegn"):
        demo_store.persons.update(anne, {"email": "anne@kommune\u200b.eksempel.dk"})
    meeting_id = next(r.id for r in demo_store.meetings.rows() if r.state == "draft")
    with pytest.raises(Refusal, match="skjult tegn"):
        demo_store.meetings.add_invitee(meeting_id, Invitee(name="Anne", email="anne\x1b@kommune.eksempel.dk"))
    with pytest.raises(Refusal, match="skjult tegn"):
        demo_store.settings.set_many({"user_email": "mette\x00@buc.eksempel.dk"})
    assert demo_store.persons.get(anne).email == "anne@kommune.eksempel.dk"


def test_the_person_form_says_so_in_danish_and_keeps_the_input(qtbot, danish, demo_store):
    from kitdesk.ui.person_dialog import PersonDialog

    dialog = PersonDialog(demo_store, None, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.name, "Storm Riis")
    paste(qtbot, dialog.form.email, "storm.riis@fjordby\x00.eksempel.dk")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.form.email_error.isVisible() and dialog.form.email_error.text() == DANISH
    assert dialog.form.email.text() == "storm.riis@fjordby\x00.eksempel.dk"
    assert all(p.name != "Storm Riis" for p in demo_store.persons.all())
    dialog.form.email.setText("storm.riis@fjordby.eksempel.dk")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert next(p for p in demo_store.persons.all() if p.name == "Storm Riis").email == "storm.riis@fjordby.eksempel.dk"


def test_the_invitee_form_refuses_it_when_leaving_the_field(qtbot, danish, demo_store):
    from kitdesk.ui.invitee_dialog import InviteeDialog

    meeting_id = next(r.id for r in demo_store.meetings.rows() if r.state == "draft")
    dialog = InviteeDialog(demo_store, meeting_id, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_person.setChecked(True)
    qtbot.keyClicks(dialog.contact.name, "Grethe Bak")
    paste(qtbot, dialog.contact.email, "grethe\u200b@bak.eksempel.dk")
    dialog.contact.email.editingFinished.emit()
    assert dialog.contact.email_error.isVisible() and dialog.contact.email_error.text() == DANISH
    assert dialog.contact.email.property("invalid") is True
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert "Grethe Bak" not in [i.name for i in demo_store.meetings.get(meeting_id).invitees]


def test_the_settings_refuse_the_users_own_address_with_a_nul(qtbot, danish, store):
    from kitdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    paste(qtbot, dialog.user_email, "mette\x00@buc.eksempel.dk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.email_message.isVisible() and dialog.email_message.text() == DANISH
    assert store.settings.get("user_email") == ""
