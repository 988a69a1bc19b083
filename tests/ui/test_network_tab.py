"""Netværk tab: adding people, contact persons, the baton, removing, undo/redo – with real widgets."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from kitdesk.ui.add_member_dialog import AddMemberDialog
from kitdesk.ui.case_network import NetworkTab
from kitdesk.ui.models.network_table import COLUMNS, NetworkTableModel
from tests.ui.conftest import case_named

pytestmark = pytest.mark.usefixtures("discard_when_asked")


def _person(store, name):
    return next(p for p in store.persons.all() if p.name == name)



@pytest.fixture
def emil(qtbot, demo_store, bridge):
    """The Network tab of Emil Bak's case: no BUC contact person; Lise (municipality) holds the baton."""
    tab = NetworkTab(demo_store, bridge, case_named(demo_store, "Emil Bak"), QUndoStack(), parent=None)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _select(tab, name):
    member = next(m for m in tab.model.members() if m.person_name == name)
    tab.select_member(member.id)
    assert tab.selected_member().id == member.id
    return member


def _cell(tab, name, column):
    row = next(i for i, m in enumerate(tab.model.members()) if m.person_name == name)
    return tab.model.data(tab.model.index(row, COLUMNS.index(column)))


def _names(tab):
    return sorted(m.person_name for m in tab.model.members())


def test_the_model_passes_the_model_tester(qtmodeltester, demo_store):
    model = NetworkTableModel()
    model.set_members(demo_store.network.members(case_named(demo_store, "Freja Nørgaard")))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    # BUC first, the family last; responsibilities spelled out.
    assert model.member_at(0).person_name == "Mette Kjærgaard"
    assert model.data(model.index(0, COLUMNS.index("responsibility"))) == "Contact person (BUC) · Baton holder"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.member_at(4).sector == "family"


def test_missing_contact_warning_goes_when_a_contact_person_is_made(qtbot, emil, demo_store):
    assert emil.warning.isVisible()
    assert "BUC" in emil.warning.text()
    _select(emil, "Jonas Brøndum")
    qtbot.mouseClick(emil.contact_button, Qt.MouseButton.LeftButton)
    jonas = _person(demo_store, "Jonas Brøndum")
    assert demo_store.network.member_for(emil.case_id, jonas.id).is_contact
    assert not emil.warning.isVisible()
    assert _cell(emil, "Jonas Brøndum", "responsibility") == "Contact person (BUC)"
    assert "Jonas Brøndum er nu ansvarlig kontaktperson for BUC." in [
        e.text for e in demo_store.baton_log.entries(emil.case_id, {"contact_changed"})]
    assert emil.contact_button.text() == "No longer &contact person"

    emil.undo_stack.undo()
    assert not demo_store.network.member_for(emil.case_id, jonas.id).is_contact
    assert emil.warning.isVisible() and "BUC" in emil.warning.text()
    emil.undo_stack.redo()
    assert demo_store.network.member_for(emil.case_id, jonas.id).is_contact
    assert not emil.warning.isVisible()


def test_contact_person_cannot_be_made_from_the_family(emil):
    _select(emil, "Thomas Bak")
    assert not emil.contact_button.isEnabled()
    assert emil.contact_button.toolTip()


def test_the_baton_moves(qtbot, emil, demo_store):
    _select(emil, "Peter Ærø")
    qtbot.mouseClick(emil.baton_button, Qt.MouseButton.LeftButton)
    holders = [m.person_name for m in demo_store.network.members(emil.case_id) if m.is_baton_holder]
    assert holders == ["Peter Ærø"]
    assert _cell(emil, "Peter Ærø", "responsibility") == "Baton holder"
    assert _cell(emil, "Lise Østergaard", "responsibility") == "Contact person (Municipality)"
    assert not emil.baton_button.isEnabled()  # Peter is still selected and holds it now
    assert "Baton holder: Peter Ærø" in emil.summary.text()
    emil.undo_stack.undo()
    holders = [m.person_name for m in demo_store.network.members(emil.case_id) if m.is_baton_holder]
    assert holders == ["Lise Østergaard"]


def test_add_a_new_person_through_the_dialog_then_undo_and_redo(qtbot, emil, demo_store):
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_person, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    qtbot.keyClicks(dialog.form.name, "Karla Munk")
    qtbot.keyClicks(dialog.form.title, "Støttepædagog")
    dialog.form.sector.set_code("school")
    qtbot.keyClicks(dialog.form.email, "karla.munk@bakkeskolen.example.dk")
    qtbot.keyClicks(dialog.form.phone, "72 30 60 09")
    # Role and sector in the case follow the person until changed.
    assert dialog.role.text() == "Støttepædagog"
    assert dialog.sector.code() == "school"
    dialog.role.clear()
    qtbot.keyClicks(dialog.role, "AKT-lærer")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == AddMemberDialog.DialogCode.Accepted

    karla = _person(demo_store, "Karla Munk")
    member = demo_store.network.member_for(emil.case_id, karla.id)
    assert (member.role, member.sector, member.email, member.phone) == (
        "AKT-lærer", "school", "karla.munk@bakkeskolen.example.dk", "72 30 60 09")
    assert "Karla Munk" in _names(emil)
    assert emil.undo_stack.count() == 1

    emil.undo_stack.undo()
    assert "Karla Munk" not in _names(emil)
    assert demo_store.network.member_for(emil.case_id, karla.id) is None
    assert all(p.name != "Karla Munk" for p in demo_store.persons.all())  # one step: person and member
    emil.undo_stack.redo()
    assert "Karla Munk" in _names(emil)
    assert demo_store.network.member_for(emil.case_id, karla.id).role == "AKT-lærer"


def test_invalid_email_is_refused_with_a_message_and_the_input_kept(qtbot, emil, demo_store):
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_person, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.form.name, "Karla Munk")
    qtbot.keyClicks(dialog.form.email, "karla.munk@bakkeskolen")
    qtbot.keyClicks(dialog.role, "AKT-lærer")
    persons_before = len(demo_store.persons.all())
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.form.email_error.isVisible()
    assert "e-mail" in dialog.form.email_error.text()
    assert dialog.form.email.property("invalid") is True
    assert dialog.form.email.text() == "karla.munk@bakkeskolen"
    assert dialog.form.name.text() == "Karla Munk" and dialog.role.text() == "AKT-lærer"
    assert len(demo_store.persons.all()) == persons_before
    assert emil.undo_stack.count() == 0

    qtbot.keyClicks(dialog.form.email, ".example.dk")
    assert not dialog.form.email_error.isVisible()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == AddMemberDialog.DialogCode.Accepted
    assert _person(demo_store, "Karla Munk").email == "karla.munk@bakkeskolen.example.dk"


def test_a_new_person_needs_a_name(qtbot, emil, demo_store):
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_person, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.form.title, "Pædagog")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.name_error.isVisible()
    assert dialog.form.title.text() == "Pædagog"


def test_pick_a_directory_person_by_typing_and_enter(qtbot, emil, demo_store):
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "birgit")
    assert dialog.people.rowCount() == 1
    assert dialog.role.text() == "Skoleleder" and dialog.sector.code() == "school"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == AddMemberDialog.DialogCode.Accepted
    birgit = _person(demo_store, "Birgit Sørensen")
    member = demo_store.network.member_for(emil.case_id, birgit.id)
    assert (member.role, member.sector) == ("Skoleleder", "school")
    assert emil.selected_member() is None or emil.selected_member().person_name  # tab still sane
    assert "Birgit Sørensen" in _names(emil)


def test_search_filters_and_arrow_keys_move_through_the_list(qtbot, emil, demo_store):
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "bakkeskolen")
    names = [dialog.people.person_at(r).name for r in range(dialog.people.rowCount())]
    assert sorted(names) == ["Birgit Sørensen", "Peter Ærø"]
    first = dialog.selected_person_id()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.selected_person_id() != first
    assert dialog.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "zzz")
    assert dialog.people.rowCount() == 0
    assert "New person" in dialog.hint.text()
    # Switching to New person takes the typed text along as the name.
    dialog.search.setText("Karla Munk")
    qtbot.mouseClick(dialog.new_person, Qt.MouseButton.LeftButton)
    assert dialog.form.name.text() == "Karla Munk"


def test_someone_already_in_the_network_gets_a_message_not_a_crash(qtbot, emil, demo_store):
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "Peter")
    peter = _person(demo_store, "Peter Ærø")
    assert dialog.selected_person_id() == peter.id
    assert "in the network" in dialog.people.data(dialog.people.index(0, 0))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert "Peter Ærø is already in this network." == dialog.error.text()
    assert len([m for m in demo_store.network.members(emil.case_id) if m.person_id == peter.id]) == 1


def test_the_database_rule_against_duplicates_is_shown_too(qtbot, emil, demo_store):
    """The list was opened before someone else added the person: the store's message is shown."""
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "Birgit")
    birgit = _person(demo_store, "Birgit Sørensen")
    demo_store.network.add(emil.case_id, birgit.id, "Skoleleder", "school")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "Birgit Sørensen is already in the network."


def test_edit_role_and_sector_of_a_member(qtbot, emil, demo_store):
    member = _select(emil, "Peter Ærø")
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, member=member, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.role.text() == "Lærer"
    dialog.role.clear()
    qtbot.keyClicks(dialog.role, "Klasselærer, 4.a")
    dialog.sector.set_code("ppr")
    qtbot.keyClick(dialog.role, Qt.Key.Key_Return)
    assert dialog.result() == AddMemberDialog.DialogCode.Accepted
    assert _cell(emil, "Peter Ærø", "role") == "Klasselærer, 4.a"
    assert _cell(emil, "Peter Ærø", "sector") == "Municipality – PPR"
    emil.undo_stack.undo()
    assert _cell(emil, "Peter Ærø", "role") == "Lærer"


def test_remove_asks_first_and_can_be_undone(qtbot, emil, demo_store, monkeypatch):
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    _select(emil, "Ole Gram")
    answers.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(emil.remove_button, Qt.MouseButton.LeftButton)
    assert "Ole Gram" in _names(emil)

    answers.append(QMessageBox.StandardButton.Yes)
    emil.table.setFocus()
    qtbot.keyClick(emil.table, Qt.Key.Key_Delete)
    assert "Ole Gram" not in _names(emil)
    assert "Ole Gram er fjernet fra netværket." in [e.text for e in demo_store.baton_log.entries(emil.case_id)]
    assert _person(demo_store, "Ole Gram")  # still in the directory
    assert emil.selected_member() is not None  # the selection moved on to a neighbour

    emil.undo_stack.undo()
    assert "Ole Gram" in _names(emil)
    emil.undo_stack.redo()
    assert "Ole Gram" not in _names(emil)


def test_removing_the_only_municipal_contact_brings_the_warning(qtbot, emil, demo_store, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select(emil, "Lise Østergaard")
    qtbot.mouseClick(emil.remove_button, Qt.MouseButton.LeftButton)
    assert "Municipality" in emil.warning.text()
    assert "baton" in emil.warning.text()


def test_user_text_is_shown_literally(qtbot, emil, demo_store):
    from kitdesk.domain.model import Person

    long_role = "x" * 5000
    demo_store.network.add_new_person(emil.case_id, Person(name="<b>Bold</b>"), long_role, "other")
    assert "<b>Bold</b>" in _names(emil)
    assert _cell(emil, "<b>Bold</b>", "role") == long_role
    assert emil.summary.textFormat() == Qt.TextFormat.PlainText


def test_editing_a_person_in_the_directory_updates_open_network_tabs(qtbot, main_window, demo_store):
    store = demo_store
    emil_id, freja_id = case_named(store, "Emil Bak"), case_named(store, "Freja Nørgaard")
    main_window.open_case(emil_id)
    main_window.open_case(freja_id)
    tabs = [main_window.case_view(cid).network for cid in (emil_id, freja_id)]

    page = main_window.persons_page
    main_window.tabs.setCurrentWidget(page)
    peter = _person(store, "Peter Ærø")
    assert page.select_person(peter.id)
    dialog = page.person_dialog(peter.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.phone.clear()
    qtbot.keyClicks(dialog.form.phone, "11 22 33 44")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted

    for tab in tabs:
        assert _cell(tab, "Peter Ærø", "phone") == "11 22 33 44"
    assert page.details.fields["phone"].text() == "11 22 33 44"
    assert page.model.data(page.model.index(page.model.row_of(peter.id), 5)) == "11 22 33 44"


def test_escape_with_a_half_typed_new_person_asks_first(qtbot, emil, demo_store, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_person, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.form.name, "Karla")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form.name.text() == "Karla"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert emil.undo_stack.count() == 0


def test_escape_on_an_untouched_picker_just_closes(qtbot, emil, demo_store, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("should not ask"))
    dialog = AddMemberDialog(demo_store, emil.case_id, emil.undo_stack, parent=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "bir")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
