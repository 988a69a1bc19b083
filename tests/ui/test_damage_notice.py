"""A sealed file opens without its pages walked; the walk runs once the window's first page shows,
and damage it finds is told in a message, pointing to the backup offered at the next start."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.app import _show_main_window
from kitdesk.store.integrity import examine_at_start
from kitdesk.store.seal import is_sealed
from tests.store.test_seal import closed_cleanly, rot
from tests.support import key_of, open_store


def test_damage_the_skipped_walk_finds_is_told_once_the_first_page_shows(qtbot, folder, monkeypatch, danish):
    rot(folder.db_path, closed_cleanly(folder, table="audit"))  # a table the first page does not read
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(
        (box.text(), box.informativeText(), box.detailedText())) or 0)
    store = open_store(folder)
    assert store.page_check.owed
    window = _show_main_window(QApplication.instance(), store, quit_when_ready=False)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: bool(told), timeout=15000)
    finally:
        window.finish(backup=False)
    text, advice, details = told[0]
    assert text.startswith("Databasefilen er beskadiget.") and "quick_check" not in text  # plain words
    assert advice.startswith("Skriv ikke mere ind nu.") and "gendanne den nyeste brugbare sikkerhedskopi" in advice
    assert "quick_check" in details  # SQLite's findings, for the IT support
    assert not is_sealed(folder.db_path)
    problems, _identity, walked = examine_at_start(folder.db_path, key=key_of(folder))
    assert walked and problems  # the next start finds it before opening, and offers the backup


def test_a_healthy_sealed_file_is_walked_quietly_and_sealed_again(qtbot, folder, monkeypatch):
    closed_cleanly(folder)
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    store = open_store(folder)
    window = _show_main_window(QApplication.instance(), store, quit_when_ready=False)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not store.page_check.owed, timeout=15000)
    finally:
        window.finish(backup=False)
    assert told == []
    assert is_sealed(folder.db_path)
