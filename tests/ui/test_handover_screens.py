"""Overdrag sag… and Modtag sag… in the window: the passphrase shown once with its copy button, the
delete offered afterwards, the banner on the case; the file opened with a wrong and a right
passphrase, each person confirmed, a case already here kept both."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QRadioButton

from kitdesk.domain.model import Person
from kitdesk.ui.case_view import CaseView
from kitdesk.ui.handover_dialog import HandoverDialog
from kitdesk.ui.receive_dialog import ReceiveDialog
from tests.handover_fixture import FAST
from tests.support import open_store, prepare
from tests.ui.conftest import case_named

PASSPHRASE = re.compile(r"^([A-Z2-9]{4}-){5}[A-Z2-9]{4}$")


@pytest.fixture
def receiver(tmp_path):
    prepare(tmp_path / "b")
    store = open_store(tmp_path / "b")
    store.settings.set_many({"user_name": "Bo Bech"})
    store.persons.create(Person(name="A. Vestergård", organisation="Fjordby Kommune",
                                email="anders.vestergaard@fjordby.example.dk", sector="caseworker"))
    yield store
    store.close()


def _hand_over(qtbot, store, case_id, folder) -> HandoverDialog:
    dialog = HandoverDialog(store, case_id)
    qtbot.addWidget(dialog)
    dialog.kdf = FAST
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.to_whom, "Bo Bech")
    dialog.write_button.click()
    return dialog


def test_the_handover_dialog_shows_the_passphrase_once_and_offers_to_delete(qtbot, demo_store, bridge, tmp_path):
    freja = case_named(demo_store, "Freja Nørgaard")
    missing = tmp_path / "findes-ikke"
    dialog = HandoverDialog(demo_store, freja)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(missing))
    dialog.write_button.click()
    assert dialog.pages.currentIndex() == 0 and str(missing) in dialog.problem.text()

    dialog = _hand_over(qtbot, demo_store, freja, tmp_path)
    assert dialog.pages.currentIndex() == 1
    assert PASSPHRASE.match(dialog.passphrase.text())
    assert str(dialog.handed.path) in dialog.where.text() and dialog.handed.path.exists()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "never in the same e-mail" in texts
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.passphrase.text()

    view = CaseView(demo_store, bridge, freja)
    qtbot.addWidget(view)
    assert "fra Test Bruger til Bo Bech" in view.warning.text()
    with qtbot.waitSignal(view.delete_requested) as asked:
        shown = view.hand_over()
        shown.kdf = FAST
        shown.folder.setText(str(tmp_path))
        shown.write_button.click()
        next(b for b in shown.findChildren(type(shown.copy_button)) if b.text().startswith("&Delete")).click()
    assert asked.args == [freja]


def test_the_receive_dialog_asks_for_each_match_and_keeps_both(qtbot, demo_store, receiver, tmp_path):
    freja = case_named(demo_store, "Freja Nørgaard")
    case_no = demo_store.cases.get(freja).case_no  # the year the demo opened it: read, not written here
    done = _hand_over(qtbot, demo_store, freja, tmp_path).handed
    dialog = ReceiveDialog(receiver, path=done.path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2")
    dialog.open_button.click()
    assert dialog.pages.currentIndex() == 0
    assert not dialog.problem.isHidden() and "passphrase does not fit" in dialog.problem.text()

    dialog.passphrase.setText(done.passphrase.lower())
    dialog.open_button.click()
    assert dialog.pages.currentIndex() == 1
    anders = next(p for p in dialog.bundle.persons if p["name"] == "Anders Vestergård")["id"]
    assert set(dialog.choices) == {anders} and dialog.choices[anders].isChecked()
    dialog.receive_button.click()
    assert dialog.received is not None and dialog.received.case_no == case_no
    members = receiver.query("SELECT p.name FROM members m JOIN persons p ON p.id = m.person_id WHERE m.case_id = ?",
                             [dialog.received.case_id])
    assert "A. Vestergård" in {m["name"] for m in members}

    again = ReceiveDialog(receiver, path=done.path)
    qtbot.addWidget(again)
    again.passphrase.setText(done.passphrase)
    again.open_button.click()
    boxes = [b.title() for b in again.findChildren(QGroupBox)]
    assert f"The case is already here ({case_no})" in boxes
    assert again.keep_both_choice.isChecked() and not again.update_choice.isEnabled()
    # Anders is now in the directory twice over (by e-mail): choose to make him anew this time.
    create = [b for b in again.findChildren(QRadioButton) if b.text() == "Create new"]
    for button in create:
        button.setChecked(True)
    persons = receiver.query("SELECT COUNT(*) n FROM persons")[0]["n"]
    again.receive_button.click()
    assert again.received.case_no == f"{case_no}-2"
    assert receiver.query("SELECT COUNT(*) n FROM persons")[0]["n"] == persons + len(create)
