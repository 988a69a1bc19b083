"""What the rules refuse is said in the language the user chose, in the screen where it happened; a
ValueError is a bug: it reaches the exception hook (logged, "something went wrong"), never a banner."""
from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.model import Case
from kitdesk.ui import errors
from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.case_log import LogTab
from kitdesk.ui.meeting_invitees import InviteesSection


@pytest.fixture
def case_id(store):
    return store.cases.create(Case(child_name="Ida Toft"))


@pytest.fixture
def log_tab(qtbot, store, case_id):
    bridge = StoreBridge(store)
    stack = QUndoStack()
    tab = LogTab(store, bridge, case_id, stack)
    tab.undo_stack_ref = stack
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    bridge.detach()


def add_note(qtbot, tab, text: str) -> None:
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, text)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)


def test_a_refusal_is_said_in_english_when_english_is_chosen(qtbot, log_tab):
    add_note(qtbot, log_tab, "   ")
    assert log_tab.error.isVisible() and log_tab.error.text() == "Write a text for the baton log."


def test_a_refusal_is_said_in_danish_when_danish_is_chosen(qtbot, danish, log_tab):
    add_note(qtbot, log_tab, "   ")
    assert log_tab.error.isVisible() and log_tab.error.text() == "Skriv en tekst til stafetloggen."


def test_a_rule_the_screen_shows_is_worded_by_the_domain(qtbot, demo_store, bridge):
    """The chair and GP rules: the participants' warning and the send checklist say the same words."""
    from kitdesk.domain.meeting import Invitee

    meeting_id = demo_store.meetings.create(next(r.id for r in demo_store.cases.rows()), "buc")
    demo_store.meetings.add_invitee(meeting_id, Invitee(name="Ole Gram", sector="gp"))
    section = InviteesSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    assert section.warning.text().split("\n") == [
        "Choose a chair among the participants.",
        "Ole Gram: a GP is invited only after a talk with the GP – tick the box."]


def test_a_bug_inside_a_store_call_reaches_the_exception_hook_not_a_banner(qtbot, log_tab, store, case_id,
                                                                            monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)

    def broken(*args, **kwargs):
        raise ValueError("bug")

    monkeypatch.setattr(store.baton_log, "add_note", broken)
    log = errors.RotatingLog(tmp_path / "kitdesk.log")  # the app's log file, for this test alone
    logging.getLogger("kitdesk").addHandler(log)
    with qtbot.capture_exceptions():  # pytest-qt's own hook steps aside for the app's
        previous = sys.excepthook
        errors.install_exception_hook(tmp_path)
        try:
            add_note(qtbot, log_tab, "Telefon med mor")
            qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        finally:
            sys.excepthook = previous
            logging.getLogger("kitdesk").removeHandler(log)
            log.close()
    assert shown == ["Something unexpected went wrong. What you had saved is safe, and you can carry on working."]
    assert not log_tab.error.isVisible() and "bug" not in log_tab.error.text()
    assert "builtins.ValueError" in (tmp_path / "kitdesk.log").read_text(encoding="utf-8")
    assert log_tab.editor.toPlainText() == "Telefon med mor"  # what was typed is still there
