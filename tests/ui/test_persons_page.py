"""Personer: the shared directory – search, details, the cases a person is in, new and edit."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.models.person_table import COLUMNS, PersonTableModel
from kitdesk.ui.person_dialog import PersonDialog
from kitdesk.ui.persons_page import PersonsPage


def _person(store, name):
    return next(p for p in store.persons.all() if p.name == name)


def _shown(page):
    return [page.model.person_at(r).name for r in range(page.model.rowCount())]



@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    """A dialog left open with typed text asks before closing; at teardown the answer is Discard.

    Tests that care about the question patch it themselves."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

@pytest.fixture
def page(qtbot, demo_store):
    bridge = StoreBridge(demo_store)
    widget = PersonsPage(demo_store, bridge)
    qtbot.addWidget(widget)
    widget.resize(1300, 650)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    bridge.detach()


def test_the_model_passes_the_model_tester(qtmodeltester, demo_store):
    model = PersonTableModel()
    model.set_persons(demo_store.persons.all(), demo_store.persons.usage())
    qtmodeltester.check(model)
    model.set_filter("bakke")
    qtmodeltester.check(model)
    model.sort(COLUMNS.index("cases"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.data(model.index(0, COLUMNS.index("cases"))) == "2"


def test_sorting_keeps_the_selection_on_the_same_person(qtbot, page, demo_store):
    peter = _person(demo_store, "Peter Ærø")
    page.select_person(peter.id)
    page.table.sortByColumn(COLUMNS.index("sector"), Qt.SortOrder.DescendingOrder)
    assert page.selected_person_id() == peter.id


def test_search_filters_as_you_type(qtbot, page):
    assert len(_shown(page)) == 16
    qtbot.keyClicks(page.search, "bakkeskolen")
    assert sorted(_shown(page)) == ["Birgit Sørensen", "Peter Ærø"]
    assert page.count_label.text() == "2 of 16 person(s) shown"
    page.search.clear()
    qtbot.keyClicks(page.search, "fjordby ppr")  # words may match different fields
    assert _shown(page) == ["Hanne Lund Friis"]
    page.search.clear()
    qtbot.keyClicks(page.search, "72 30 60 01")
    assert _shown(page) == ["Birgit Sørensen"]
    page.search.clear()
    qtbot.keyClicks(page.search, "health visitor")  # the sector's screen word
    assert _shown(page) == ["Karen Bech"]
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody like this")
    assert _shown(page) == []
    assert page.details.name.text() == "Choose a person in the list."


def test_selecting_a_person_shows_details_and_cases_and_a_case_opens(qtbot, page, demo_store):
    mette = _person(demo_store, "Mette Kjærgaard")
    qtbot.keyClicks(page.search, "mette")
    assert page.selected_person_id() == mette.id  # the best match is selected while typing
    details = page.details
    assert details.name.text() == "Mette Kjærgaard"
    assert details.fields["email"].text() == "mette.kjaergaard@buc.example.dk"
    assert details.fields["sector"].text() == "BUC"
    assert details.cases_heading.text() == "In 2 case(s)"
    texts = [details.cases.item(i).text() for i in range(details.cases.count())]
    assert texts[0].startswith("Alma Holm")
    assert "contact person (BUC)" in texts[1] and "baton holder" in texts[1]

    freja = next(r.id for r in demo_store.cases.rows() if r.child_name == "Freja Nørgaard")
    details.cases.setCurrentRow(1)
    with qtbot.waitSignal(page.open_case) as opened:
        details.cases.itemActivated.emit(details.cases.item(1))
    assert opened.args == [freja]


def test_enter_on_a_case_opens_it_in_the_main_window(qtbot, main_window, demo_store):
    page = main_window.persons_page
    main_window.tabs.setCurrentWidget(page)
    page.select_person(_person(demo_store, "Ole Gram").id)
    page.details.cases.setFocus()
    page.details.cases.setCurrentRow(0)
    qtbot.keyClick(page.details.cases, Qt.Key.Key_Return)
    view = main_window.tabs.currentWidget()
    assert getattr(view, "case_id", None) is not None
    assert view.tab_title() == "Emil Bak"


def test_new_person_refuses_a_bad_email_and_keeps_the_input(qtbot, page, demo_store):
    dialog = page.person_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.name, "Storm Riis")
    qtbot.keyClicks(dialog.form.title, "Tale-hørekonsulent")
    dialog.form.sector.set_code("ppr")
    qtbot.keyClicks(dialog.form.email, "storm riis@fjordby.dk")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.form.email_error.isVisible() and "e-mail" in dialog.form.email_error.text()
    assert dialog.form.email.text() == "storm riis@fjordby.dk"
    assert dialog.form.title.text() == "Tale-hørekonsulent"
    assert all(p.name != "Storm Riis" for p in demo_store.persons.all())

    dialog.form.email.setText("storm.riis@fjordby.example.dk")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    storm = _person(demo_store, "Storm Riis")
    assert (storm.title, storm.sector, storm.email) == ("Tale-hørekonsulent", "ppr", "storm.riis@fjordby.example.dk")
    assert "Storm Riis" in _shown(page)

    page.undo_stack.undo()
    assert all(p.name != "Storm Riis" for p in demo_store.persons.all())
    assert "Storm Riis" not in _shown(page)


def test_edit_a_person_from_the_directory(qtbot, page, demo_store):
    peter = _person(demo_store, "Peter Ærø")
    page.select_person(peter.id)
    dialog = page.person_dialog(peter.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.name.text() == "Peter Ærø"
    dialog.form.organisation.clear()
    qtbot.keyClicks(dialog.form.organisation, "Bakkeskolen, afd. Nord")
    qtbot.keyClick(dialog.form.organisation, Qt.Key.Key_Return)
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert demo_store.persons.get(peter.id).organisation == "Bakkeskolen, afd. Nord"
    assert page.details.fields["organisation"].text() == "Bakkeskolen, afd. Nord"
    assert page.selected_person_id() == peter.id
    page.undo_stack.undo()
    assert demo_store.persons.get(peter.id).organisation == "Bakkeskolen"


def test_closing_with_unsaved_text_asks_first(qtbot, page, demo_store, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog = page.person_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.name, "Halv skrevet")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form.name.text() == "Halv skrevet"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert all(p.name != "Halv skrevet" for p in demo_store.persons.all())


def test_the_directory_follows_network_changes(qtbot, page, demo_store):
    from kitdesk.domain.model import Person

    emil = next(r.id for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    demo_store.network.add_new_person(emil, Person(name="Ny Lærer", sector="school"), "Lærer", "school")
    assert "Ny Lærer" in _shown(page)
    row = page.model.row_of(_person(demo_store, "Ny Lærer").id)
    assert page.model.data(page.model.index(row, COLUMNS.index("cases"))) == "1"


def test_a_hidden_directory_catches_up_when_shown(qtbot, page, demo_store):
    page.hide()
    demo_store.persons.update(_person(demo_store, "Ole Gram").id, {"name": "Ole Gram Jensen"})
    page.show()
    assert "Ole Gram Jensen" in _shown(page)


def test_user_text_is_shown_literally(qtbot, page, demo_store):
    from kitdesk.domain.model import Person

    note = "<b>not bold</b> " + "x" * 5000
    pid = demo_store.persons.create(Person(name="<i>Anne</i>", note=note))
    page.select_person(pid)
    assert page.details.name.text() == "<i>Anne</i>"
    assert page.details.name.textFormat() == Qt.TextFormat.PlainText
    assert page.details.fields["note"].text() == note
    assert page.details.fields["note"].textFormat() == Qt.TextFormat.PlainText


def test_empty_directory_says_how_to_fill_it(qtbot, store):
    bridge = StoreBridge(store)
    try:
        page = PersonsPage(store, bridge)
        qtbot.addWidget(page)
        page.show()  # the directory is read when first shown
        assert "empty" in page.count_label.text()
        assert not page.details.edit_button.isEnabled()
    finally:
        bridge.detach()


def test_ctrl_z_in_the_main_window_undoes_a_directory_edit(qtbot, main_window, demo_store):
    page = main_window.persons_page
    main_window.tabs.setCurrentWidget(page)
    ole = _person(demo_store, "Ole Gram")
    dialog = page.person_dialog(ole.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.email, "ole.gram@laegehuset.example.dk")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert demo_store.persons.get(ole.id).email == "ole.gram@laegehuset.example.dk"
    main_window.undo_action.trigger()
    assert demo_store.persons.get(ole.id).email == ""
    main_window.redo_action.trigger()
    assert demo_store.persons.get(ole.id).email == "ole.gram@laegehuset.example.dk"
