"""Stafetlog tab, driven through its real widgets."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from kitdesk.domain.model import Case
from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.case_log import CorrectEntryDialog, LogTab
from kitdesk.ui.models.log_table import LogTableModel


@pytest.fixture
def case_id(store):
    return store.cases.create(Case(child_name="Ida Toft"))


@pytest.fixture
def tab(qtbot, store, case_id):
    bridge = StoreBridge(store)
    stack = QUndoStack()
    widget = LogTab(store, bridge, case_id, stack)
    widget.undo_stack_ref = stack  # keep the stack alive with the widget
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    bridge.detach()


def shown_texts(tab):
    return [tab.model.index(r, 3).data() for r in range(tab.model.rowCount())]


def add(qtbot, tab, text):
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, text)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)


def test_a_note_is_added_newest_first_and_can_be_undone(qtbot, tab, store, case_id):
    add(qtbot, tab, "Telefon med mor")
    add(qtbot, tab, "Møde med skolen aftalt")
    entries = store.baton_log.entries(case_id)
    assert [e.text for e in entries[:2]] == ["Møde med skolen aftalt", "Telefon med mor"]
    assert shown_texts(tab)[:2] == ["Møde med skolen aftalt", "Telefon med mor"]
    assert tab.model.index(0, 1).data() == "Test Bruger"
    assert " kl. " in tab.model.index(0, 0).data()
    assert tab.editor.toPlainText() == ""
    assert tab.selected_id() == entries[0].id  # the new entry is selected and shown in full
    assert tab.reading.toPlainText() == "Møde med skolen aftalt"

    tab.undo_stack.undo()
    newest = store.baton_log.entries(case_id)[0]
    assert newest.text == "Fortrudt: Møde med skolen aftalt" and newest.corrects_id == entries[0].id
    row = tab.model.row_of(entries[0].id)
    assert tab.model.index(row, 3).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "undone" in tab.model.index(row, 2).data()


def test_ctrl_enter_adds_and_enter_alone_makes_a_new_line(qtbot, tab, store, case_id):
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, "Linje 1")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.editor, "Linje 2")
    assert store.baton_log.entries(case_id, {"note"}) == []
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [e.text for e in store.baton_log.entries(case_id, {"note"})] == ["Linje 1\nLinje 2"]


def test_an_empty_note_shows_the_message_and_writes_nothing(qtbot, tab, store, case_id):
    before = len(store.baton_log.entries(case_id))
    add(qtbot, tab, "   ")
    assert tab.error.isVisible() and "Write a text" in tab.error.text()
    assert len(store.baton_log.entries(case_id)) == before
    assert tab.editor.toPlainText() == "   "


def test_filter_by_text_as_you_type_and_by_kind(qtbot, tab, store, case_id):
    store.baton_log.add_note(case_id, "Samtale med FAR om søvn")
    store.baton_log.add_note(case_id, "Aftale med PPR")
    assert tab.model.rowCount() == 3  # case opened + two notes
    qtbot.keyClicks(tab.search, "far SØVN")
    assert shown_texts(tab) == ["Samtale med FAR om søvn"]
    assert "1 of 3" in tab.count_label.text()
    tab.search.clear()
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("events"))
    assert [tab.model.entry_at(r).kind for r in range(tab.model.rowCount())] == ["case_opened"]
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("notes"))
    assert tab.model.rowCount() == 2
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("kind:case_opened"))
    assert tab.model.rowCount() == 1


def test_a_new_note_hidden_by_the_filter_clears_the_filter(qtbot, tab, store, case_id):
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("events"))
    add(qtbot, tab, "Ny note")
    assert tab.kind_filter.currentData() == "all"
    assert shown_texts(tab)[0] == "Ny note"


def test_correct_an_entry_through_the_dialog(qtbot, tab, store, case_id, monkeypatch):
    note = store.baton_log.add_note(case_id, "Mødet er den 3.12.")
    tab.table.selectRow(tab.model.row_of(note))
    assert tab.correct_button.isEnabled()

    def drive(dialog):
        assert dialog.old_text.isReadOnly() and dialog.old_text.toPlainText() == "Mødet er den 3.12."
        dialog.new_text.selectAll()
        qtbot.keyClicks(dialog.new_text, "Mødet er den 4.12.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CorrectEntryDialog, "exec", drive)
    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)

    fix = store.baton_log.entries(case_id)[0]
    assert (fix.kind, fix.corrects_id, fix.text) == ("correction", note, "Mødet er den 4.12.")
    assert store.baton_log.get(note).text == "Mødet er den 3.12."  # never edited
    original = store.baton_log.get(note)
    from kitdesk.domain.dates import fmt_datetime, from_utc_iso
    assert shown_texts(tab)[0] == f"↳ Corrects the entry from {fmt_datetime(from_utc_iso(original.at))}\nMødet er den 4.12."
    row = tab.model.row_of(note)
    assert tab.model.index(row, 3).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "corrected" in tab.model.index(row, 2).data()
    # A corrected entry cannot be corrected again; its correction can.
    tab.table.selectRow(row)
    assert not tab.correct_button.isEnabled()
    tab.table.selectRow(tab.model.row_of(fix.id))
    assert tab.correct_button.isEnabled()
    # Undo takes the correction back: the original stands again.
    tab.undo_stack.undo()
    assert not tab.model.index(tab.model.row_of(note), 3).data(Qt.ItemDataRole.FontRole)


def test_the_correct_dialog_keeps_the_text_on_error(qtbot, store, case_id):
    note = store.baton_log.add_note(case_id, "Tekst")
    dialog = CorrectEntryDialog(store, store.baton_log.get(note), QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # unchanged text
    assert dialog.error.isVisible() and dialog.result() == 0
    dialog.new_text.setPlainText("   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Write the correction" in dialog.error.text()
    assert dialog.new_text.toPlainText() == "   "
    assert len(store.baton_log.entries(case_id, {"correction"})) == 0


def test_markup_and_long_text_are_shown_literally(qtbot, tab, store, case_id):
    long_text = "<b>fed</b> " + "ord " * 1500
    entry = store.baton_log.add_note(case_id, long_text)
    row = tab.model.row_of(entry)
    shown = tab.model.index(row, 3).data()
    assert shown.startswith("<b>fed</b>") and shown.endswith("…") and len(shown) < 700
    tab.table.selectRow(row)
    assert tab.reading.toPlainText() == long_text.strip()
    # Rows in view get the height of their wrapped text, within bounds.
    qtbot.waitUntil(lambda: tab.table.rowHeight(row) > 60)
    assert tab.table.rowHeight(row) < 400


def test_a_typed_note_is_not_lost_when_the_case_closes(qtbot, tab, store, case_id):
    qtbot.keyClicks(tab.editor, "Halvskrevet note")
    tab.commit_pending()
    assert store.baton_log.entries(case_id)[0].text == "Halvskrevet note"
    tab.commit_pending()  # nothing typed: nothing added
    assert len(store.baton_log.entries(case_id, {"note"})) == 1


def test_event_entries_from_other_screens_appear(qtbot, tab, store, case_id):
    store.cases.update(case_id, {"phase": "assessment"})
    assert tab.model.entry_at(0).kind == "phase_changed"


def test_log_table_model(qtmodeltester, store, case_id):
    note = store.baton_log.add_note(case_id, "Note")
    store.baton_log.correct(note, "Rettet note")
    model = LogTableModel()
    model.set_entries(store.baton_log.entries(case_id), store.baton_log.states(case_id))
    qtmodeltester.check(model)


def test_in_the_main_window_ctrl_f_finds_in_the_log_and_ctrl_z_undoes_a_note(qtbot, main_window):
    store = main_window.store
    case_id = store.cases.rows()[0].id
    main_window.open_case(case_id)
    view = main_window.case_view(case_id)
    view.tabs.setCurrentWidget(view.log)
    log = view.log
    log.table.setFocus()
    qtbot.keyClick(log.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert log.search.hasFocus()
    add(qtbot, log, "Aftalt opfølgning")
    note = store.baton_log.entries(case_id)[0]
    assert note.text == "Aftalt opfølgning"
    main_window.undo_action.trigger()
    assert store.baton_log.entries(case_id)[0].text == "Fortrudt: Aftalt opfølgning"
