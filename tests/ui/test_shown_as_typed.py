"""User text in a tab, a menu or a window title is shown as typed: Qt takes a single "&" there as a
shortcut key and hides it, and hides "[*]" in a window title. Read back as a user (and a screen
reader) gets it: the tab bar's accessible names, the action's text without its shortcut mark, the
title of the window itself."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QUndoCommand

from kitdesk.templates import TemplateItem, save_user_template
from tests.ui.conftest import case_named

pytestmark = pytest.mark.usefixtures("discard_when_asked")


def shown_tabs(tabs) -> list[str]:
    """The tab texts as drawn: Qt's accessible name is the text with the shortcut mark taken out
    exactly as the tab bar paints it ("&&" shows "&", a lone "&" nothing)."""
    bar = QAccessible.queryAccessibleInterface(tabs.tabBar())
    return [bar.child(i).text(QAccessible.Text.Name) for i in range(tabs.count())]


def test_an_ampersand_in_the_childs_name_shows_in_the_case_and_meeting_tabs(qtbot, main_window, demo_store):
    case_id = case_named(demo_store, "Freja Nørgaard")
    demo_store.cases.update(case_id, {"child_name": "Freja & Ida Nørgaard"})
    main_window.open_case(case_id)
    assert shown_tabs(main_window.tabs)[-1] == "Freja & Ida Nørgaard"
    # Renamed while open: the tab follows, still as typed.
    demo_store.cases.update(case_id, {"child_name": "Ida && Freja"})
    qtbot.waitUntil(lambda: shown_tabs(main_window.tabs)[-1] == "Ida && Freja")
    meeting_id = next(r.id for r in demo_store.meetings.rows(case_id) if r.state == "invited")
    main_window.open_meeting(meeting_id)
    assert shown_tabs(main_window.tabs)[-1] == "Meeting: Ida && Freja"
    assert shown_tabs(main_window.tabs)[:5] == ["Overview", "Cases", "People", "Meetings", "Agreements"]


def test_a_name_in_the_undo_menu_is_shown_as_typed(qtbot, main_window, demo_store):
    case_id = case_named(demo_store, "Emil Bak")
    main_window.open_case(case_id)
    view = main_window.tabs.currentWidget()
    view.undo_stack.push(QUndoCommand("Remove Anna & Bo Ørsted from the network"))
    action = main_window.undo_action
    # iconText() is the menu text without the shortcut mark, as the menu draws it.
    assert action.iconText() == "Undo: Remove Anna & Bo Ørsted from the network"
    view.undo_stack.undo()
    assert main_window.redo_action.iconText() == "Redo: Remove Anna & Bo Ørsted from the network"


def test_the_users_name_in_the_window_title_is_shown_as_typed(qtbot, main_window, demo_store):
    demo_store.settings.set_many({"user_name": "Mette [*] Holm & Co"})
    qtbot.waitUntil(lambda: "Mette [*] Holm & Co" in main_window.windowHandle().title())


def test_the_users_own_template_name_is_shown_as_typed_in_the_menu(qtbot, demo_store):
    from PySide6.QtGui import QUndoStack

    from kitdesk.ui.agenda_templates import TemplatesButton

    save_user_template(demo_store.folder.root, "Skole & hjem", "", [TemplateItem("Velkomst")])
    meeting_id = next(r.id for r in demo_store.meetings.rows() if r.state == "draft")
    button = TemplatesButton(demo_store, meeting_id, QUndoStack())
    qtbot.addWidget(button)
    button.fill_menu()
    shown = [a.iconText() for a in button.menu().actions()]
    assert any(text.startswith("Skole & hjem") for text in shown), shown
