"""The first start asks for the user's own name and organisation, after the passphrase screens – a
small dialog while no name is set; the answers are the settings the invitations are signed with."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kitdesk import app
from kitdesk.ui.first_start_dialog import FirstStartDialog

CLICK = Qt.MouseButton.LeftButton


def test_the_dialog_asks_for_name_and_organisation_and_saves_them(qtbot, store):
    store.settings.set_many({"user_name": ""})
    dialog = FirstStartDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.isVisible() and dialog.error.isVisible()  # both are needed
    assert dialog.name.property("invalid") is True and dialog.organisation.property("invalid") is True
    qtbot.keyClicks(dialog.name, "Hanne Lund Friis")
    qtbot.keyClicks(dialog.user_title, "PPR-psykolog")
    qtbot.keyClicks(dialog.organisation, "Fjordby Kommune, PPR")
    dialog.sector.set_code("ppr")
    qtbot.keyClicks(dialog.email, "hanne.friis@")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.isVisible() and dialog.email_message.isVisible()  # a half address is said at once
    qtbot.keyClicks(dialog.email, "fjordby.example.dk")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert not dialog.isVisible()
    values = store.settings.all()
    assert (values["user_name"], values["user_title"], values["user_organisation"], values["user_sector"],
            values["user_email"]) == ("Hanne Lund Friis", "PPR-psykolog", "Fjordby Kommune, PPR", "ppr",
                                      "hanne.friis@fjordby.example.dk")


def test_later_leaves_it_for_the_next_start(qtbot, store):
    store.settings.set_many({"user_name": ""})
    dialog = FirstStartDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Hanne")
    qtbot.mouseClick(dialog.later_button, CLICK)
    assert not dialog.isVisible() and store.settings.get("user_name") == ""


def test_the_start_asks_only_while_no_name_is_set(qtbot, store, monkeypatch):
    shown = []

    def answer(dialog):
        shown.append(dialog)
        dialog.name.setText("Mette Kjærgaard")
        dialog.organisation.setText("BUC Nordstrand")
        dialog.accept()
        return 1

    monkeypatch.setattr(FirstStartDialog, "exec", answer)
    store.settings.set_many({"user_name": ""})
    app.ask_identity(store)
    assert len(shown) == 1 and store.settings.get("user_name") == "Mette Kjærgaard"
    app.ask_identity(store)  # the next start: the name is there, nothing is asked
    assert len(shown) == 1
