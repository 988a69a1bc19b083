"""An update after a time change sets the old "Deltager" answers back to awaiting (they were given for
the old time); an afbud stays, and an update for a new place only keeps every answer. Through the
Send section's real widgets."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_meeting_send import _at, _invitee, _ready, _wait, case_id, invitees, meeting_id, quiet, send  # noqa: F401 - fixtures

OK = Qt.MouseButton.LeftButton


def _answer(qtbot, send, name, which):  # noqa: F811 - the fixture's value
    send.answers.select(name)
    dialog = send.answers.answer_dialog(send.answers.selected())
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog, which).setChecked(True)
    if which == "attending":
        dialog.physical.setChecked(True)
    else:
        qtbot.keyClicks(dialog.reason, "Lejrskole")
    dialog.accept()


def test_a_new_time_puts_attending_back_to_awaiting(qtbot, demo_store, case_id, meeting_id, invitees,  # noqa: F811
                                                     send, monkeypatch):  # noqa: F811
    store = demo_store
    _ready(qtbot, store, meeting_id, invitees, send, monkeypatch)
    qtbot.mouseClick(send.send_button, OK)
    _wait(qtbot, send)
    _answer(qtbot, send, "Peter Ærø", "attending")
    _answer(qtbot, send, "Jonas Brøndum", "declined")
    assert _invitee(store, meeting_id, "Peter Ærø").answer == "attending"

    # A new place only: the update keeps the answers.
    store.meetings.update(meeting_id, {"place": "Bakkeskolen, lærerværelset"})
    qtbot.mouseClick(send.update_button, OK)
    _wait(qtbot, send)
    assert _invitee(store, meeting_id, "Peter Ærø").answer == "attending"

    # A new time: "Deltager" goes back to awaiting when the update is sent; the afbud stays.
    store.meetings.update(meeting_id, {"starts_at": _at(2, 13), "ends_at": _at(2, 14)})
    assert _invitee(store, meeting_id, "Peter Ærø").answer == "attending"  # not before it is sent
    qtbot.mouseClick(send.update_button, OK)
    _wait(qtbot, send)
    peter = _invitee(store, meeting_id, "Peter Ærø")
    assert (peter.answer, peter.attend_mode) == ("pending", "")
    assert _invitee(store, meeting_id, "Jonas Brøndum").answer == "declined"
    assert any("svarene »Deltager« afventer igen fra Peter Ærø" in e.text
               for e in store.baton_log.entries(case_id, {"answer_recorded"}))
    assert "Peter Ærø" in [send.answers.model.index(r, 0).data() for r in range(send.answers.model.rowCount())]


def test_a_time_moved_and_moved_back_keeps_the_answers(qtbot, demo_store, meeting_id, invitees, send,  # noqa: F811
                                                        monkeypatch):
    store = demo_store
    _ready(qtbot, store, meeting_id, invitees, send, monkeypatch)
    qtbot.mouseClick(send.send_button, OK)
    _wait(qtbot, send)
    _answer(qtbot, send, "Peter Ærø", "attending")
    original = store.meetings.get(meeting_id)
    store.meetings.update(meeting_id, {"starts_at": _at(2, 13)})
    store.meetings.update(meeting_id, {"starts_at": original.starts_at, "place": "Et andet lokale"})
    qtbot.mouseClick(send.update_button, OK)
    _wait(qtbot, send)
    assert _invitee(store, meeting_id, "Peter Ærø").answer == "attending"
