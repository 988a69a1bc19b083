"""Agreements during a live meeting, from the keyboard alone: Ctrl+Enter, the responsible participant
and their sector, a date or "ongoing", the agenda item, reordering, deleting with undo, and the gentle
warning on an agreement worded like a decision – with real widgets, the real save path and the DB."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import Invitee
from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.live.agreements import AgreementsPanel
from kitdesk.ui.live.session import LiveSession
from kitdesk.ui.models.agreement_table import COLUMNS, AgreementTableModel


# -- shared with the follow-up and presentation tests ------------------------------------------------
def freja(store) -> int:
    return next(r.id for r in store.cases.rows() if r.child_name == "Freja Nørgaard")


def earlier_meeting(store, case_id) -> tuple[int, list[int]]:
    """A held meeting of the case with three open agreements."""
    mid = store.meetings.create(case_id, "buc", date(2026, 9, 1))
    store.meetings.update(mid, {"starts_at": datetime(2026, 9, 8, 9, tzinfo=TZ),
                                "ends_at": datetime(2026, 9, 8, 10, tzinfo=TZ), "purpose": "Opstart"})
    store.meetings.add_item(mid, "Status", minutes=30)
    store.meetings.add_invitee(mid, Invitee(name="Anders Vestergård", sector="caseworker", is_chair=True))
    store.meetings.mark_sent(mid, "", [], "request")
    store.live.start(mid)
    ids = [store.live.add_agreement(mid, what="Skolen laver en plan for fremmøde", responsible_name="Peter Ærø",
                                    sector="school", deadline=date(2026, 10, 1), follow_up="På næste møde"),
           store.live.add_agreement(mid, what="Mor kontakter egen læge om søvnen",
                                    responsible_name="Camilla Nørgaard", sector="family", ongoing=True),
           store.live.add_agreement(mid, what="PPR observerer i frikvartererne", responsible_name="Hanne Lund Friis",
                                    sector="ppr", deadline=date(2026, 10, 15))]
    store.live.end(mid)
    return mid, ids


def start_freja(store, with_earlier: bool = False):
    """Freja's invited demo meeting, started; (meeting id, earlier agreement ids). The demo's own
    signed first meeting is set aside (its agreements counted as followed up), so that the tests
    know exactly which earlier agreements there are."""
    case_id = freja(store)
    store.conn.execute("UPDATE agreements SET status = 'done', status_meeting_id = meeting_id WHERE case_id = ? "
                       "AND meeting_id IN (SELECT id FROM meetings WHERE state = 'signed')", [case_id])
    earlier = earlier_meeting(store, case_id)[1] if with_earlier else []
    meeting_id = next(r.id for r in store.meetings.rows(case_id) if r.state == "invited")
    store.live.start(meeting_id)
    return meeting_id, earlier


@contextmanager
def live_meeting(store):
    """Freja's meeting running, after an earlier one with three open agreements; its bridge, session
    (the real save path) and undo stack."""
    meeting_id, earlier = start_freja(store, with_earlier=True)
    bridge = StoreBridge(store)
    session = LiveSession(store, meeting_id)
    try:
        yield SimpleNamespace(store=store, meeting_id=meeting_id, earlier=earlier, bridge=bridge, session=session,
                              stack=QUndoStack())
    finally:
        session.close()
        bridge.detach()


@pytest.fixture
def live(demo_store):
    with live_meeting(demo_store) as meeting:
        yield meeting


@pytest.fixture
def panel(qtbot, live):
    widget = AgreementsPanel(live.store, live.bridge, live.session, live.stack)
    qtbot.addWidget(widget)
    widget.resize(1100, 620)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def stored(live):
    live.session.flush()
    return live.store.live.agreements(live.meeting_id)


def invitee(live, name):
    return next(i for i in live.store.meetings.get(live.meeting_id).invitees if i.name == name)


def ctrl_enter(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# -- the model ---------------------------------------------------------------------------------------------
def test_the_model_passes_the_model_tester(qtmodeltester, live):
    live.store.live.add_agreement(live.meeting_id, what="<b>Skolen</b> laver en plan", ongoing=True)
    live.store.live.add_agreement(live.meeting_id, what="Der bevilges aflastning", deadline=date(2026, 12, 1))
    model = AgreementTableModel()
    model.set_agreements(live.store.live.agreements(live.meeting_id), {})
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, COLUMNS.index("what"))) == "<b>Skolen</b> laver en plan"
    assert model.data(model.index(0, COLUMNS.index("deadline"))) == "ongoing"
    assert model.data(model.index(1, COLUMNS.index("deadline"))) == "01.12.2026"
    assert "bevilges" in model.data(model.index(1, COLUMNS.index("what")), Qt.ItemDataRole.ToolTipRole)


# -- keyboard-only entry ------------------------------------------------------------------------------------
def test_typing_on_the_list_starts_an_agreement_without_losing_a_letter(qtbot, live, panel):
    counts = []
    panel.agreements_changed.connect(counts.append)
    panel.table.setFocus()
    qtbot.keyClicks(panel.table, "Skolen laver en plan")
    assert panel.what.hasFocus()
    assert panel.what.toPlainText() == "Skolen laver en plan"
    assert counts and counts[-1] == 1  # the tab's count follows the typing, not only the next save
    agreements = stored(live)
    assert [a.what for a in agreements] == ["Skolen laver en plan"]
    panel.table.setFocus()
    qtbot.keyClicks(panel.table, " i januar")  # the selected one continues
    assert [a.what for a in stored(live)] == ["Skolen laver en plan i januar"]


def test_keyboard_only_agreements_with_ctrl_enter(qtbot, live, panel):
    meeting = live.store.meetings.get(live.meeting_id)
    assert panel.empty_hint.isVisible()
    panel.table.setFocus()
    ctrl_enter(qtbot, panel.table)
    assert panel.what.hasFocus()
    qtbot.keyClicks(panel.what, "Skolen laver en plan for fremmøde")
    qtbot.keyClick(panel.what, Qt.Key.Key_Tab)
    assert panel.responsible.lineEdit().hasFocus()
    qtbot.keyClicks(panel.responsible.lineEdit(), "Peter")  # completes to the participant "Peter Ærø"
    qtbot.keyClick(panel.responsible.lineEdit(), Qt.Key.Key_Tab)
    assert panel.sector.hasFocus() and panel.sector.code() == "school"
    qtbot.keyClick(panel.sector, Qt.Key.Key_Tab)
    assert panel.deadline.hasFocus()
    qtbot.keyClicks(panel.deadline, "14.12.2026")
    qtbot.keyClick(panel.deadline, Qt.Key.Key_Tab)
    assert panel.ongoing.hasFocus()
    qtbot.keyClick(panel.ongoing, Qt.Key.Key_Tab)
    qtbot.keyClick(panel.item, Qt.Key.Key_Tab)
    assert panel.follow_up.hasFocus()
    qtbot.keyClicks(panel.follow_up, "På næste møde")
    ctrl_enter(qtbot, panel.follow_up)  # the next one, cursor in its "what"
    assert panel.what.hasFocus() and panel.what.toPlainText() == ""
    qtbot.keyClicks(panel.what, "Mor kontakter egen læge")

    first, second = stored(live)
    assert first.what == "Skolen laver en plan for fremmøde" and first.follow_up == "På næste møde"
    peter = invitee(live, "Peter Ærø")
    assert (first.responsible_invitee_id, first.responsible_name, first.sector) == (peter.id, "Peter Ærø", "school")
    assert first.deadline == date(2026, 12, 14) and not first.ongoing
    # Filed under the item the meeting is at (the first one, as the meeting starts).
    assert first.agenda_item_id == second.agenda_item_id == meeting.agenda[0].id
    assert second.what == "Mor kontakter egen læge"
    assert panel.model.rowCount() == 2 and not panel.empty_hint.isVisible()
    assert panel.model.data(panel.model.index(1, COLUMNS.index("what"))) == "Mor kontakter egen læge"

    # Ctrl+Z in the field undoes typing; the stack undoes the agreement itself.
    live.stack.undo()  # "Add an agreement" – the second one
    assert [a.what for a in stored(live)] == ["Skolen laver en plan for fremmøde"]


def test_ctrl_enter_on_a_blank_newest_agreement_does_not_pile_up_blanks(qtbot, live, panel):
    ctrl_enter(qtbot, panel)
    ctrl_enter(qtbot, panel.what)
    assert len(stored(live)) == 1 and panel.what.hasFocus()


def test_new_agreements_follow_the_current_item(qtbot, live, panel):
    second_item = live.store.meetings.get(live.meeting_id).agenda[1].id
    live.session.set_current_item(second_item)
    ctrl_enter(qtbot, panel)
    qtbot.keyClicks(panel.what, "Hanne observerer i klassen")
    assert stored(live)[0].agenda_item_id == second_item
    assert panel.item.code() == second_item
    # ... and can be moved to another item.
    panel.item.setFocus()
    panel.item.setCurrentIndex(panel.item.findData(None))
    panel.item.activated.emit(panel.item.currentIndex())
    assert stored(live)[0].agenda_item_id is None


def test_a_participant_fills_the_sector_which_stays_editable(qtbot, live, panel):
    ctrl_enter(qtbot, panel)
    qtbot.keyClicks(panel.what, "Sagsbehandleren undersøger aflastning")
    anders = invitee(live, "Anders Vestergård")
    panel.responsible.setFocus()
    panel.responsible.setCurrentIndex(panel.responsible.findData(anders.id))
    panel.responsible.activated.emit(panel.responsible.currentIndex())
    agreement = stored(live)[0]
    assert (agreement.responsible_invitee_id, agreement.responsible_name, agreement.sector) == \
           (anders.id, "Anders Vestergård", "caseworker")
    assert panel.sector.code() == "caseworker"

    panel.sector.setCurrentIndex(panel.sector.findData("ppr"))  # edited on its own
    panel.sector.activated.emit(panel.sector.currentIndex())
    assert stored(live)[0].sector == "ppr"

    # Someone outside the meeting: the name as typed, no link to a participant.
    edit = panel.responsible.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Bedstemor Inge")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    agreement = stored(live)[0]
    assert (agreement.responsible_invitee_id, agreement.responsible_name, agreement.sector) == \
           (None, "Bedstemor Inge", "ppr")
    # A walk-in is a participant too, as soon as they are added.
    walk_in = live.store.live.add_walk_in(live.meeting_id, "Karen Bech", "health_visitor")
    assert panel.responsible.findData(walk_in) >= 0
    live.stack.undo()
    live.stack.undo()
    assert stored(live)[0].sector == "caseworker"


def test_ongoing_disables_the_date_and_undo_brings_it_back(qtbot, live, panel):
    ctrl_enter(qtbot, panel)
    qtbot.keyClicks(panel.what, "Mor kontakter egen læge")
    panel.deadline.setFocus()
    qtbot.keyClicks(panel.deadline, "1.2.2027")
    qtbot.keyClick(panel.deadline, Qt.Key.Key_Tab)
    assert stored(live)[0].deadline == date(2027, 2, 1)
    assert panel.ongoing.hasFocus()
    qtbot.keyClick(panel.ongoing, Qt.Key.Key_Space)
    agreement = stored(live)[0]
    assert agreement.ongoing and agreement.deadline is None
    assert not panel.deadline.isEnabled() and panel.deadline.text() == ""
    assert panel.model.data(panel.model.index(0, COLUMNS.index("deadline"))) == "ongoing"
    live.stack.undo()
    agreement = stored(live)[0]
    assert not agreement.ongoing and agreement.deadline == date(2027, 2, 1)
    assert panel.deadline.isEnabled() and panel.deadline.text() == "01.02.2027"


def test_a_bad_date_is_kept_and_marked_not_saved(qtbot, live, panel):
    ctrl_enter(qtbot, panel)
    panel.deadline.setFocus()
    qtbot.keyClicks(panel.deadline, "31.02.2027")
    qtbot.keyClick(panel.deadline, Qt.Key.Key_Tab)
    assert panel.deadline.text() == "31.02.2027" and panel.deadline.property("invalid")
    assert stored(live)[0].deadline is None


def test_reorder_with_alt_arrows_and_buttons_and_undo(qtbot, live, panel):
    for text in ("Første", "Anden", "Tredje"):
        ctrl_enter(qtbot, panel)
        qtbot.keyClicks(panel.what, text)
    assert [a.what for a in stored(live)] == ["Første", "Anden", "Tredje"]
    qtbot.keyClick(panel.what, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # "Tredje" up
    assert [a.what for a in stored(live)] == ["Første", "Tredje", "Anden"]
    assert panel.selected().what == "Tredje" and panel.what.hasFocus()
    qtbot.keyClick(panel.what, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [a.what for a in stored(live)] == ["Tredje", "Første", "Anden"]
    assert not panel.up_button.isEnabled()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [a.what for a in stored(live)] == ["Første", "Tredje", "Anden"]
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert [a.what for a in stored(live)] == ["Første", "Anden", "Tredje"]
    assert panel.editor.title() == "Agreement 3 of 3"
    live.stack.undo()
    live.stack.undo()
    assert [a.what for a in stored(live)] == ["Tredje", "Første", "Anden"]


def test_delete_with_undo_keeps_the_words_last_typed(qtbot, live, panel):
    ctrl_enter(qtbot, panel)
    qtbot.keyClicks(panel.what, "Skolen laver en plan")
    ctrl_enter(qtbot, panel.what)
    qtbot.keyClicks(panel.what, "Mor ringer til lægen")  # not saved yet when it is deleted
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [a.what for a in stored(live)] == ["Skolen laver en plan"]
    assert "Ctrl+Z" in panel.message.text() and panel.message.isVisible()
    live.stack.undo()
    assert [a.what for a in stored(live)] == ["Skolen laver en plan", "Mor ringer til lægen"]
    live.stack.redo()
    assert [a.what for a in stored(live)] == ["Skolen laver en plan"]
    live.stack.undo()
    panel.select_agreement(stored(live)[1].id)
    assert panel.what.toPlainText() == "Mor ringer til lægen"


def test_a_decision_word_gets_a_gentle_warning_that_goes_away(qtbot, live, panel):
    ctrl_enter(qtbot, panel)
    qtbot.keyClicks(panel.what, "Der bevilges aflastning hver anden weekend")
    assert panel.decision.isVisible()
    assert "bevilges" in panel.decision.text() and "not decisions" in panel.decision.text()
    assert stored(live)[0].what == "Der bevilges aflastning hver anden weekend"  # never a block
    panel.what.selectAll()
    qtbot.keyClicks(panel.what, "Sagsbehandleren undersøger aflastning hver anden weekend")
    assert not panel.decision.isVisible()
    panel.what.selectAll()
    qtbot.keyClicks(panel.what, "Kommunen træffer afgørelse om støtte")
    assert panel.decision.isVisible() and "træffer afgørelse" in panel.decision.text()


def test_no_new_agreements_is_saved_through_the_session(qtbot, live, panel):
    panel.no_new.setFocus()
    qtbot.keyClick(panel.no_new, Qt.Key.Key_Space)
    live.session.flush()
    assert live.store.live.state(live.meeting_id).minutes.no_new_agreements
    qtbot.keyClick(panel.no_new, Qt.Key.Key_Space)
    live.session.flush()
    assert not live.store.live.state(live.meeting_id).minutes.no_new_agreements


def test_typing_survives_a_refresh_from_another_change(qtbot, live, panel):
    ctrl_enter(qtbot, panel)
    qtbot.keyClicks(panel.what, "Skolen laver")
    live.store.live.add_walk_in(live.meeting_id, "Karen Bech", "health_visitor")  # the panel reloads
    qtbot.keyClicks(panel.what, " en plan")
    assert panel.what.toPlainText() == "Skolen laver en plan"
    assert stored(live)[0].what == "Skolen laver en plan"
    # A name half typed survives it too.
    edit = panel.responsible.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "Bedstemor")
    live.store.live.add_walk_in(live.meeting_id, "Ole Gram", "gp")
    assert edit.text() == "Bedstemor"
    qtbot.keyClicks(edit, " Inge")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert stored(live)[0].responsible_name == "Bedstemor Inge"


def test_a_carried_agreement_says_where_it_came_from(qtbot, live, panel):
    carried = live.store.live.follow_up(live.earlier[0], live.meeting_id, "continued", "")
    panel.select_agreement(carried)
    assert panel.what.toPlainText() == "Skolen laver en plan for fremmøde"
    assert panel.carried.isVisible() and "08.09.2026" in panel.carried.text()


def test_long_and_markup_text_is_kept_literally(qtbot, live, panel):
    ctrl_enter(qtbot, panel)
    text = "<b>fed</b> " + "ø" * 5000
    panel.what.setPlainText(text)
    assert stored(live)[0].what == text
    assert panel.model.data(panel.model.index(0, COLUMNS.index("what"))).startswith("<b>fed</b>")
    QApplication.processEvents()


def test_a_busy_database_is_told_kindly_and_nothing_is_lost(qtbot, live, panel, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    ctrl_enter(qtbot, panel)
    qtbot.keyClicks(panel.what, "Skolen laver en plan")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def busy(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(live.store.live, "update_agreement", busy)
    panel.ongoing.click()
    assert shown and "optaget" in shown[0]
    assert not panel.ongoing.isChecked() and panel.deadline.isEnabled()  # shows what is stored
    assert panel.what.toPlainText() == "Skolen laver en plan" and stored(live)[0].what == "Skolen laver en plan"
