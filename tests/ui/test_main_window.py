"""The main window: case tabs, undo across the case, backups on close."""
from kitdesk.domain.dates import local_today
from kitdesk.store.backup import list_backups
from kitdesk.ui.main_window import CASES_TAB


def _open(main_window, name):
    case_id = next(r.id for r in main_window.store.cases.rows() if r.child_name == name)
    main_window.open_case(case_id)
    return main_window.case_view(case_id)


def test_opening_a_case_twice_reuses_its_tab(main_window):
    _open(main_window, "Emil Bak")
    count = main_window.tabs.count()
    _open(main_window, "Emil Bak")
    assert main_window.tabs.count() == count
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Emil Bak"


def test_the_missing_contact_warning_shows_on_the_case(main_window):
    view = _open(main_window, "Emil Bak")
    assert view.warning.isVisible()
    assert "BUC" in view.warning.text()
    view = _open(main_window, "Freja Nørgaard")
    assert not view.warning.isVisible()


def test_ctrl_z_undoes_an_overview_edit_and_ctrl_shift_z_redoes_it(qtbot, main_window):
    from PySide6.QtCore import Qt

    view = _open(main_window, "Freja Nørgaard")
    edit = view.overview.school
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Engskolen, 8.a")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it
    assert main_window.store.cases.get(view.case_id).school == "Engskolen, 8.a"
    view.tabs.setFocus()
    main_window.undo_action.trigger()
    assert main_window.store.cases.get(view.case_id).school == "Bakkeskolen, 7.b"
    assert edit.text() == "Bakkeskolen, 7.b"
    main_window.redo_action.trigger()
    assert main_window.store.cases.get(view.case_id).school == "Engskolen, 8.a"
    shortcuts = {s.toString() for s in main_window.redo_action.shortcuts()}
    assert "Ctrl+Shift+Z" in shortcuts and main_window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_a_changed_phase_shows_in_the_case_list(qtbot, main_window):
    view = _open(main_window, "Emil Bak")
    view.overview.phase.set_code("assessment")
    model = main_window.case_list.model
    row = model.row_of(view.case_id)
    assert model.index(row, 2).data() in ("Assessment", "Udredning")


def test_closing_backs_up_today_once(main_window):
    folder = main_window.store.folder
    main_window.close()
    main_window.finish()
    backups = list_backups(folder.backups)
    assert [b.day for b in backups] == [local_today()]


def test_a_name_typed_and_enter_opens_the_case(qtbot, main_window):
    from PySide6.QtCore import Qt

    page = main_window.case_list
    page.search.setFocus()
    qtbot.keyClicks(page.search, "alma")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert main_window.tabs.currentWidget().tab_title().startswith("Alma Holm")
    main_window.tabs.setCurrentIndex(CASES_TAB)
    page.search.clear()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.table.selectionModel().selectedRows()
