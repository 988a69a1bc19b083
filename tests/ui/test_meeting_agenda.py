"""Purpose and agenda: items added, edited, removed and undone, reordered by keyboard and by the drag
path, templates inserted and saved, and the total against the meeting's length – with real widgets."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kitdesk import templates
from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import Invitee
from kitdesk.ui import agenda_templates
from kitdesk.ui.meeting_agenda import AgendaSection
from kitdesk.ui.models.agenda_table import COLUMNS, AgendaTableModel
from tests.ui.conftest import case_named


@pytest.fixture
def meeting_id(demo_store):
    meeting_id = demo_store.meetings.create(case_named(demo_store, "Emil Bak"), "buc", date(2026, 11, 23))
    demo_store.meetings.update(meeting_id, {"starts_at": datetime(2026, 11, 27, 9, 0, tzinfo=TZ),
                                            "ends_at": datetime(2026, 11, 27, 10, 0, tzinfo=TZ)})
    return meeting_id


@pytest.fixture
def invitees(demo_store, meeting_id):
    add = demo_store.meetings.add_invitee
    return {
        "lise": add(meeting_id, Invitee(name="Lise Holm", sector="caseworker", role_key="caseworker",
                                        email="lise@example.dk", is_chair=True)),
        "mor": add(meeting_id, Invitee(name="Mette Bak", sector="family", role_key="parent")),
        "buc": add(meeting_id, Invitee(name="Jonas Brøndum", sector="buc", role_key="buc_clinician",
                                       email="jonas@example.dk")),
    }


@pytest.fixture
def agenda(qtbot, demo_store, bridge, meeting_id):
    section = AgendaSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    section.resize(1300, 640)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    return section


def _titles(store, meeting_id):
    return [i.title for i in store.meetings.get(meeting_id).agenda]


def _add(store, meeting_id, *titles, minutes=10):
    return [store.meetings.add_item(meeting_id, t, minutes=minutes) for t in titles]


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_model_passes_the_model_tester(qtmodeltester, demo_store, meeting_id, invitees):
    _add(demo_store, meeting_id, "Velkomst", "<b>Status</b>", "Aftaler")
    meeting = demo_store.meetings.get(meeting_id)
    demo_store.meetings.update_item(meeting.agenda[1].id, {"responsible_id": invitees["buc"],
                                                           "description": "Linje 1\nLinje 2"})
    meeting = demo_store.meetings.get(meeting_id)
    model = AgendaTableModel()
    model.set_items(meeting.agenda, meeting.invitees, meeting.starts_at)
    qtmodeltester.check(model)
    cell = lambda r, c: model.data(model.index(r, COLUMNS.index(c)))  # noqa: E731
    assert cell(1, "title") == "<b>Status</b>"  # markup is text, shown as typed
    assert cell(1, "responsible") == "Jonas Brøndum"
    assert cell(0, "responsible") == "—"
    assert cell(1, "description") == "Linje 1"
    assert model.data(model.index(1, COLUMNS.index("description")), Qt.ItemDataRole.ToolTipRole) == "Linje 1\nLinje 2"
    assert [cell(r, "time") for r in range(3)] == ["9.00–9.10", "9.10–9.20", "9.20–9.30"]
    assert cell(2, "number") == "3."
    assert model.total_minutes() == 30


def test_add_edit_remove_and_undo(qtbot, agenda, demo_store, meeting_id, invitees):
    assert agenda.empty_hint.isVisible()
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    assert agenda.model.rowCount() == 1
    assert not agenda.empty_hint.isVisible()
    assert agenda.title.hasFocus()
    qtbot.keyClicks(agenda.title, "Velkomst og præsentation")
    qtbot.keyClick(agenda.title, Qt.Key.Key_Return)
    assert _titles(demo_store, meeting_id) == ["Velkomst og præsentation"]

    agenda.description.setFocus()
    qtbot.keyClicks(agenda.description, "Hvem er vi? <i>ikke kursiv</i>")
    agenda.responsible.setFocus()  # leaving the description saves it
    item = demo_store.meetings.get(meeting_id).agenda[0]
    assert item.description == "Hvem er vi? <i>ikke kursiv</i>"

    # The responsible is chosen among the invitees, by keyboard.
    assert [agenda.responsible.itemText(i) for i in range(agenda.responsible.count())] == \
        ["—", "Lise Holm", "Mette Bak", "Jonas Brøndum"]
    qtbot.keyClick(agenda.responsible, Qt.Key.Key_Down)
    assert demo_store.meetings.get(meeting_id).agenda[0].responsible_id == invitees["lise"]

    agenda.minutes.setFocus()
    agenda.minutes.selectAll()
    qtbot.keyClicks(agenda.minutes, "25")
    qtbot.keyClick(agenda.minutes, Qt.Key.Key_Return)
    assert demo_store.meetings.get(meeting_id).agenda[0].minutes == 25
    assert agenda.model.data(agenda.model.index(0, COLUMNS.index("minutes"))) == "25"

    # An empty title is refused next to the field, and what is stored stays.
    _type(qtbot, agenda.title, " ")
    assert agenda.title_message.isVisible()
    assert agenda.title.property("invalid") is True
    assert _titles(demo_store, meeting_id) == ["Velkomst og præsentation"]
    _type(qtbot, agenda.title, "Velkomst")
    assert not agenda.title_message.isVisible()

    # Delete in the table removes the item; undo brings it back with everything on it.
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert demo_store.meetings.get(meeting_id).agenda == []
    assert agenda.model.rowCount() == 0
    assert "Ctrl+Z" in agenda.message.text()
    agenda.undo_stack.undo()
    item = demo_store.meetings.get(meeting_id).agenda[0]
    assert (item.title, item.minutes, item.responsible_id) == ("Velkomst", 25, invitees["lise"])
    assert agenda.model.rowCount() == 1


def test_reorder_by_keyboard(qtbot, agenda, demo_store, meeting_id):
    first, *_ = _add(demo_store, meeting_id, "A", "B", "C")
    agenda.select_item(first)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(demo_store, meeting_id) == ["B", "A", "C"]
    assert agenda.selected_item().id == first  # the moved item stays selected: press again to go on
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(demo_store, meeting_id) == ["B", "C", "A"]
    assert not agenda.down_button.isEnabled()
    qtbot.mouseClick(agenda.up_button, Qt.MouseButton.LeftButton)
    assert _titles(demo_store, meeting_id) == ["B", "A", "C"]
    agenda.title.setFocus()  # Alt+Up works while editing the item too
    qtbot.keyClick(agenda.title, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(demo_store, meeting_id) == ["A", "B", "C"]
    agenda.undo_stack.undo()
    assert _titles(demo_store, meeting_id) == ["B", "A", "C"]


def test_reorder_the_way_a_drag_does(agenda, demo_store, meeting_id):
    _add(demo_store, meeting_id, "A", "B", "C", "D")
    model = agenda.model
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    # Drag "A" and drop it between "C" and "D" (before row 3).
    mime = model.mimeData([model.index(0, c) for c in range(model.columnCount())])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert _titles(demo_store, meeting_id) == ["B", "C", "A", "D"]
    # "D" dropped onto the first item takes its place.
    mime = model.mimeData([model.index(3, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert _titles(demo_store, meeting_id) == ["D", "B", "C", "A"]
    # "D" dropped below everything goes last; moveRows is the same path.
    model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert _titles(demo_store, meeting_id) == ["B", "C", "A", "D"]
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert _titles(demo_store, meeting_id) == ["A", "B", "C", "D"]
    agenda.undo_stack.undo()
    assert _titles(demo_store, meeting_id) == ["B", "C", "A", "D"]


def _menu_action(agenda, text):
    agenda.templates_button.fill_menu()
    return next(a for a in agenda.templates_button.menu().actions() if a.text().replace("&", "").startswith(text))


def test_insert_template_fills_purpose_items_and_responsibles(agenda, demo_store, meeting_id, invitees):
    _add(demo_store, meeting_id, "Eget punkt")
    _menu_action(agenda, "Afslutning af udredning").trigger()
    meeting = demo_store.meetings.get(meeting_id)
    template = next(t for t in templates.load_agenda_templates(None) if t.name == "Afslutning af udredning")
    assert meeting.purpose == template.purpose
    assert [i.title for i in meeting.agenda] == ["Eget punkt", *[i.title for i in template.items]]
    by_title = {i.title: i for i in meeting.agenda}
    assert by_title["Resultatet af udredningen"].responsible_id == invitees["buc"]  # role buc_clinician
    assert by_title["Barnets/den unges og familiens perspektiv"].responsible_id == invitees["mor"]  # parent
    assert by_title["Velkomst og præsentation"].responsible_id == invitees["lise"]  # the chair
    assert by_title["Indsatser fremover"].responsible_id is None
    assert agenda.model.rowCount() == 6
    # The whole template is one undo step; the purpose goes too.
    agenda.undo_stack.undo()
    meeting = demo_store.meetings.get(meeting_id)
    assert [i.title for i in meeting.agenda] == ["Eget punkt"]
    assert meeting.purpose == ""


def test_insert_template_keeps_a_purpose_already_written(qtbot, agenda, demo_store, meeting_id):
    agenda.purpose.setFocus()
    qtbot.keyClicks(agenda.purpose, "Vores eget formål")
    _menu_action(agenda, "Opstart og afklaring").trigger()  # the purpose typed is saved first
    assert demo_store.meetings.get(meeting_id).purpose == "Vores eget formål"
    assert agenda.purpose.toPlainText() == "Vores eget formål"


def test_total_against_the_meetings_length(agenda, demo_store, meeting_id):
    assert agenda.total.text() == "Agenda: 0 min of 60 min"
    _add(demo_store, meeting_id, "A", "B", "C", minutes=20)
    assert agenda.total.text() == "Agenda: 60 min of 60 min"
    assert agenda.total.property("kind") != "warning"
    _add(demo_store, meeting_id, "D")
    assert agenda.total.text().startswith("Agenda: 70 min of 60 min")
    assert "10 min more" in agenda.total.text()
    assert agenda.total.property("kind") == "warning"
    # The item that runs past 10.00 is marked in the time column.
    assert [agenda.model.runs_over(r) for r in range(4)] == [False, False, False, True]
    assert agenda.model.data(agenda.model.index(3, COLUMNS.index("time")), Qt.ItemDataRole.ForegroundRole)
    demo_store.meetings.update(meeting_id, {"ends_at": None})
    assert "no end time" in agenda.total.text()


def test_markup_in_titles_is_shown_literally(qtbot, agenda, demo_store, meeting_id):
    long_text = "Æ" * 5000
    item_id = _add(demo_store, meeting_id, "<b>fed?</b> & <img src=x>")[0]
    demo_store.meetings.update_item(item_id, {"description": long_text})
    agenda.select_item(item_id)
    assert agenda.title.text() == "<b>fed?</b> & <img src=x>"
    assert agenda.model.data(agenda.model.index(0, COLUMNS.index("title"))) == "<b>fed?</b> & <img src=x>"
    assert agenda.description.toPlainText() == long_text
    assert len(agenda.model.data(agenda.model.index(0, COLUMNS.index("description")))) <= 120


def test_save_as_template_and_use_it_again(agenda, demo_store, meeting_id, invitees, monkeypatch):
    _add(demo_store, meeting_id, "Velkomst", "Status")
    item = demo_store.meetings.get(meeting_id).agenda[1]
    demo_store.meetings.update_item(item.id, {"responsible_id": invitees["buc"], "minutes": 30})
    demo_store.meetings.update(meeting_id, {"purpose": "Status på forløbet"})
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mit statusmøde", True))
    _menu_action(agenda, "Save agenda as template").trigger()
    saved = next(t for t in templates.load_agenda_templates(demo_store.folder.root) if t.name == "Mit statusmøde")
    assert saved.own and saved.purpose == "Status på forløbet"
    assert [(i.title, i.minutes, i.role) for i in saved.items] == [("Velkomst", 10, ""),
                                                                   ("Status", 30, "buc_clinician")]
    assert agenda.message.isVisible()
    # It is offered in the menu, marked as the user's own.
    assert _menu_action(agenda, "Mit statusmøde").text().endswith("(your own)")


def test_a_broken_template_file_is_named_not_fatal(agenda, demo_store):
    folder = templates.user_agenda_dir(demo_store.folder.root)
    folder.mkdir(parents=True)
    (folder / "ødelagt.json").write_text("{ikke json", encoding="utf-8")
    (folder / "mangler_punkter.json").write_text(json.dumps({"name": "x"}), encoding="utf-8")
    action = _menu_action(agenda, "Opstart og afklaring")  # the good ones are still there
    assert action.isEnabled()
    assert agenda.message.isVisible()
    assert "ødelagt.json" in agenda.message.text() and "mangler_punkter.json" in agenda.message.text()


def test_open_my_templates_folder_offers_copies_of_the_built_in_ones(agenda, demo_store, monkeypatch):
    opened = []
    monkeypatch.setattr(agenda_templates.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _menu_action(agenda, "Open my templates folder").trigger()
    folder = templates.user_agenda_dir(demo_store.folder.root)
    assert opened and opened[0].toLocalFile() == str(folder)
    assert len(list(folder.glob("*.json"))) >= 5


def test_a_held_meeting_cannot_be_changed(qtbot, demo_store, bridge, meeting_id):
    _add(demo_store, meeting_id, "A", "B")
    demo_store.meetings.cancel(meeting_id, "Aflyst")
    section = AgendaSection(demo_store, bridge, meeting_id, QUndoStack())
    qtbot.addWidget(section)
    assert not section.add_button.isEnabled() and not section.remove_button.isEnabled()
    assert not section.down_button.isEnabled()
    assert section.title.isReadOnly() and section.purpose.isReadOnly()
    assert not section.model.flags(section.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    section.move_selected(1)
    assert _titles(demo_store, meeting_id) == ["A", "B"]
