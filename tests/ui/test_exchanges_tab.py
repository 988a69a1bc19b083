"""The Informationsudveksling tab driven through its real widgets: record, attach, open, undo."""
from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.model import Exchange
from kitdesk.store.repos import exchanges as exchange_repo
from kitdesk.ui import case_exchanges
from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.case_exchanges import ExchangesTab
from kitdesk.ui.exchange_dialog import ExchangeDialog
from kitdesk.ui.models.exchange_table import COLUMNS, ExchangeTableModel

FILE = COLUMNS.index("file")


def case_id(store, name: str) -> int:
    return next(r.id for r in store.cases.rows() if r.child_name == name)


@pytest.fixture
def make_tab(qtbot, demo_store):
    bridges = []

    def make(name: str = "Emil Bak") -> ExchangesTab:
        bridge = StoreBridge(demo_store)
        bridges.append(bridge)
        tab = ExchangesTab(demo_store, bridge, case_id(demo_store, name), QUndoStack())
        qtbot.addWidget(tab)
        tab.resize(1200, 650)
        tab.show()
        return tab

    yield make
    for bridge in bridges:
        bridge.detach()


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "Statusnotat Emil æøå.pdf"
    path.write_bytes(os.urandom(4096))
    return path


@pytest.fixture
def opened(monkeypatch):
    """What the tab asked the desktop to open, instead of opening it."""
    urls = []
    monkeypatch.setattr(case_exchanges.QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def add_with_file(qtbot, tab, monkeypatch, path: Path, note: str = "Sendt med sikker mail") -> ExchangeDialog:
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ExchangeDialog) and dialog.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_field.text() == str(path)
    dialog.kind.set_code("status_note")
    dialog.from_sector.set_code("buc")
    dialog.to_sector.set_code("school")
    qtbot.keyClicks(dialog.note, note)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def test_add_exchange_with_file_copies_it_into_the_data_folder(qtbot, make_tab, demo_store, document,
                                                               monkeypatch, opened):
    tab = make_tab("Emil Bak")
    dialog = add_with_file(qtbot, tab, monkeypatch, document)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = demo_store.exchanges.get(dialog.saved_id)
    assert saved.kind == "status_note" and saved.to_sector == "school" and saved.exchanged_on == local_today()
    assert saved.file_name == document.name and saved.note == "Sendt med sikker mail"
    copy = demo_store.folder.root / saved.stored_file
    assert copy.parent == demo_store.folder.files / str(tab.case_id)
    assert copy.read_bytes() == document.read_bytes()
    row = tab.model.row_of(saved.id)
    assert tab.model.index(row, FILE).data() == document.name
    assert tab.current().id == saved.id
    entries = [e.text for e in demo_store.baton_log.entries(tab.case_id, {"exchange"})]
    assert any(f"Bilag: {document.name}" in t for t in entries)

    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [copy.resolve()]


def test_undo_leaves_the_copy_and_redo_brings_the_row_back(qtbot, make_tab, demo_store, document,
                                                           monkeypatch, opened):
    tab = make_tab("Emil Bak")
    dialog = add_with_file(qtbot, tab, monkeypatch, document)
    saved = demo_store.exchanges.get(dialog.saved_id)
    copy = demo_store.folder.root / saved.stored_file
    tab.undo_stack.undo()
    assert saved.id not in [e.id for e in demo_store.exchanges.list(tab.case_id)]
    assert tab.model.row_of(saved.id) == -1
    assert copy.exists()
    tab.undo_stack.redo()
    again = demo_store.exchanges.get(saved.id)
    assert again.stored_file == saved.stored_file
    tab.select(saved.id)
    tab.open_file()
    assert [Path(u.toLocalFile()) for u in opened] == [copy.resolve()]


def test_missing_file_gives_a_clear_message(qtbot, make_tab, demo_store, document, monkeypatch, opened, warnings):
    tab = make_tab("Emil Bak")
    dialog = add_with_file(qtbot, tab, monkeypatch, document)
    saved = demo_store.exchanges.get(dialog.saved_id)
    (demo_store.folder.root / saved.stored_file).unlink()
    tab.select(saved.id)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert len(warnings) == 1 and document.name in warnings[0] and "no longer" in warnings[0]
    row = tab.model.row_of(saved.id)
    assert tab.model.index(row, FILE).data() == f"{document.name} (missing)"


def test_a_file_the_store_refuses_keeps_what_was_typed(qtbot, make_tab, demo_store, document, monkeypatch):
    tab = make_tab("Emil Bak")
    before = len(demo_store.exchanges.list(tab.case_id))
    monkeypatch.setattr(exchange_repo, "MAX_FILE_BYTES", 100)
    dialog = add_with_file(qtbot, tab, monkeypatch, document, note="Vigtig <b>note</b>")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.file_error.isVisible() and "too big" in dialog.file_error.text()
    assert dialog.note.toPlainText() == "Vigtig <b>note</b>" and dialog.kind.code() == "status_note"
    assert len(demo_store.exchanges.list(tab.case_id)) == before
    assert not (demo_store.folder.files / str(tab.case_id)).exists() or \
        not any((demo_store.folder.files / str(tab.case_id)).iterdir())
    # Without the file it saves.
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert not dialog.file_error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(demo_store.exchanges.list(tab.case_id)) == before + 1


def test_a_file_that_is_gone_is_refused(qtbot, make_tab, tmp_path, demo_store):
    tab = make_tab("Emil Bak")
    tab.add_exchange()
    dialog = tab.dialog
    dialog.set_file(tmp_path / "gone.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "does not exist" in dialog.file_error.text()


def test_a_bad_date_is_shown_and_nothing_saved(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    before = len(demo_store.exchanges.list(tab.case_id))
    tab.add_exchange()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.note, "Noget")
    dialog.exchanged_on.clear()
    qtbot.keyClicks(dialog.exchanged_on, "31.02.2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.date_error.isVisible()
    assert dialog.note.toPlainText() == "Noget"
    assert len(demo_store.exchanges.list(tab.case_id)) == before


def test_edit_an_exchange_and_undo(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, ExchangeDialog) and dialog.exchange is not None
    assert not dialog.choose_button.isVisible()
    original = dialog.exchange
    dialog.note.clear()
    qtbot.keyClicks(dialog.note, "Henvisning modtaget og visiteret.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert demo_store.exchanges.get(original.id).note == "Henvisning modtaget og visiteret."
    assert "visiteret" in tab.details.toPlainText()
    tab.undo_stack.undo()
    assert demo_store.exchanges.get(original.id).note == original.note


def test_reminds_when_no_valid_consent_covers_the_parties(make_tab, demo_store):
    tab = make_tab("Alma Holm")  # her consent has expired
    tab.add_exchange()
    dialog = tab.dialog
    dialog.from_sector.set_code("buc")
    dialog.to_sector.set_code("daycare")
    assert dialog.consent_hint.isVisible()
    assert dialog.consent_hint.text() == (
        f"No valid consent on {fmt_date(local_today())} covers BUC, Municipality – day care.")
    dialog.exchanged_on.clear()
    dialog.exchanged_on.setText(fmt_date(local_today() - timedelta(days=100)))
    assert not dialog.consent_hint.isVisible()  # it was valid then


def test_markup_in_a_note_is_shown_literally(make_tab, demo_store):
    tab = make_tab("Emil Bak")
    new_id = demo_store.exchanges.add(Exchange(case_id=tab.case_id, exchanged_on=local_today(),
                                               note="<b>fed</b> " + "y" * 5000))
    tab.select(new_id)
    assert "<b>fed</b>" in tab.details.toPlainText()
    row = tab.model.row_of(new_id)
    assert tab.model.index(row, COLUMNS.index("note")).data().startswith("<b>fed</b>")
    assert "&lt;b&gt;" in tab.model.index(row, COLUMNS.index("note")).data(Qt.ItemDataRole.ToolTipRole)


def test_exchange_model(qtmodeltester, demo_store):
    cid = case_id(demo_store, "Freja Nørgaard")
    model = ExchangeTableModel()
    rows = demo_store.exchanges.list(cid)
    rows[0].file_name, rows[0].stored_file = "a.pdf", "files/1/a.pdf"
    model.set_rows(rows, {rows[0].id})
    qtmodeltester.check(model)
    assert model.index(0, FILE).data() == "a.pdf (missing)"
    assert model.index(0, COLUMNS.index("kind")).data() == "Status note"
    model.set_rows([])
    qtmodeltester.check(model)
