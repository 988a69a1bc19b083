"""Someone without e-mail gets the invitation by post: their postal address is kept in the directory
(typed in the person dialog, shown in Personer) and the send writes a letter for each of them with
their name and address on it – real widgets, the letter read back."""
from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt

from kitdesk.ui.person_dialog import PersonDialog
from kitdesk.ui.persons_page import PersonsPage
from tests.ui.test_meeting_send import _ready, _wait, case_id, invitees, meeting_id, quiet, send  # noqa: F401 - fixtures

OK = Qt.MouseButton.LeftButton


def _person(store, name):
    return next(p for p in store.persons.all() if p.name == name)


def test_the_address_is_typed_in_the_person_dialog_and_shown_in_people(qtbot, demo_store, bridge, discard_when_asked):
    thomas = _person(demo_store, "Thomas Bak")
    dialog = PersonDialog(demo_store, thomas.id)
    qtbot.addWidget(dialog)
    assert dialog.form.address.toPlainText() == thomas.address  # the demo's, shown to edit
    dialog.form.address.setFocus()
    dialog.form.address.selectAll()
    qtbot.keyClicks(dialog.form.address, "Fjordvej 22")
    qtbot.keyClick(dialog.form.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.form.address, "4700 Fjordby")
    dialog.accept()
    assert demo_store.persons.get(thomas.id).address == "Fjordvej 22\n4700 Fjordby"

    page = PersonsPage(demo_store, bridge)
    qtbot.addWidget(page)
    page.details.show_person(demo_store.persons.get(thomas.id), [])
    assert page.details.fields["address"].text() == "Fjordvej 22\n4700 Fjordby"


def test_each_one_without_email_gets_an_addressed_letter(qtbot, demo_store, meeting_id, invitees, send,  # noqa: F811
                                                        monkeypatch, tmp_path):
    demo_store.persons.update(_person(demo_store, "Thomas Bak").id, {"address": "Skovbrynet 7\n4700 Fjordby"})
    _ready(qtbot, demo_store, meeting_id, invitees, send, monkeypatch)
    send.set_folder(tmp_path / "ud")
    qtbot.mouseClick(send.send_button, OK)
    _wait(qtbot, send)
    letters = sorted((tmp_path / "ud").glob("*_post*.pdf"))
    assert [p.name.rsplit("_", 1)[1] for p in letters] == ["post1.pdf", "post2.pdf"]
    assert all("Thomas" not in p.name and "Ole" not in p.name for p in letters)  # nothing personal in names
    firsts = [pypdf.PdfReader(io.BytesIO(p.read_bytes())).pages[0].extract_text() for p in letters]
    heads = [text[:text.index("Indkaldelse til netværksmøde")] for text in firsts]
    thomas = next(h for h in heads if "Thomas Bak" in h)
    assert "Skovbrynet 7" in thomas and "4700 Fjordby" in thomas
    assert any("Ole Gram" in h and "Lægehuset ved Åen" in h for h in heads)
    assert "_post1" in send.result_without.text() and "Thomas Bak" in send.result_without.text()
