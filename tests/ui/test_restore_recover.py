"""Restoring a backup from the menu, and what start-up shows when the data folder does not open.

The store decides what it found (kitdesk.store.opening, tested in tests/store/test_opening.py); these
tests drive the real dialogs: the question about a damaged database is answered by pressing keys
and clicking its buttons, the messages after it are recorded.
"""
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.domain.dates import local_today
from kitdesk.domain.model import Case
from kitdesk.paths import DataFolder
from kitdesk.store import db
from kitdesk.store.backup import make_backup
from kitdesk.store.conversion import encrypt_copy
from kitdesk.store.db import connect
from kitdesk.store.identity import FOLDER_ID_KEY
from kitdesk.store.integrity import check_database_file
from kitdesk.store.opening import Found
from kitdesk.store.store import Store
from kitdesk.ui.recover_dialog import present
from kitdesk.ui.restore_dialog import RestoreDialog
from tests.support import key_of, open_folder, open_store, prepare

BACKUP_DAY = date(2026, 11, 22)


def child_names(folder):
    store = open_store(folder)
    try:
        return sorted(r.child_name for r in store.cases.rows())
    finally:
        store.close()


@pytest.fixture
def damaged(folder):
    """A real database with a backup from 22.11.2026, a case added after it, then cut short."""
    store = open_store(folder)
    store.cases.create(Case(child_name="Ida Toft"))
    make_backup(folder.db_path, folder.backups, BACKUP_DAY, key=store.key)
    store.cases.create(Case(child_name="Efter Kopien"))
    store.close()
    data = folder.db_path.read_bytes()
    folder.db_path.write_bytes(data[: len(data) // 2 + 100])
    assert check_database_file(folder.db_path, key_of(folder))
    return folder.db_path.read_bytes()


class Boxes:
    """Records the static message boxes (information/critical/warning) instead of showing them."""

    def __init__(self, monkeypatch):
        self.told = []
        for kind in ("information", "critical", "warning"):
            monkeypatch.setattr(QMessageBox, kind, lambda *a, kind=kind, **k: self.told.append((kind, a[2])))


def answer_the_question(qtbot, how):
    """When the question box shows, `how(box)` answers it as a user would; returns what it saw."""
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["details"] = box.detailedText()
        seen["default"] = box.defaultButton().text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        how(box)

    QTimer.singleShot(0, answer)
    return seen


def click(label_start):
    def how(box):
        (button,) = [b for b in box.buttons() if b.text().startswith(label_start)]
        button.click()
    return how


def press_enter(box):
    from PySide6.QtTest import QTest

    QTest.keyClick(box, Qt.Key.Key_Return)


# -- start-up with a damaged database --------------------------------------------------------------
def test_restoring_needs_its_own_button_and_restores_when_chosen(qtbot, folder, damaged, monkeypatch):
    boxes = Boxes(monkeypatch)
    opening = open_folder(folder)
    assert opening.found is Found.DAMAGED
    seen = answer_the_question(qtbot, click("Restore the backup from 22.11.2026"))
    result = present(opening)
    try:
        assert result.opened and result.restored
        assert "damaged" in seen["text"] and "22.11.2026" in seen["text"]  # damaged, and the day
        assert "kortere" in seen["details"]  # what was found, under "Vis detaljer"
        assert seen["default"] == "Close KIT Desk"  # restoring is never the default
        kind, text = boxes.told[0]
        assert kind == "information" and str(folder.damaged) in text
        (kept,) = folder.damaged.glob("*.sqlite3")
        assert kept.read_bytes() == damaged
        assert [r.child_name for r in result.store.cases.rows()] == ["Ida Toft"]
    finally:
        result.close()


def test_pressing_enter_on_the_question_changes_nothing(qtbot, folder, damaged, monkeypatch):
    boxes = Boxes(monkeypatch)
    opening = open_folder(folder)
    answer_the_question(qtbot, press_enter)
    result = present(opening)
    result.close()
    assert not result.opened
    assert folder.db_path.read_bytes() == damaged
    assert not folder.damaged.exists() or not any(folder.damaged.iterdir())
    assert str(folder.db_path) in boxes.told[0][1]


def test_without_a_good_backup_it_says_so_and_keeps_the_file(qtbot, folder, damaged, monkeypatch):
    for backup in folder.backups.iterdir():
        backup.write_bytes(b"not a database at all")
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append((box.icon(), box.text(), box.detailedText())))
    opening = open_folder(folder)
    assert opening.backup is None
    result = present(opening)
    result.close()
    icon, text, details = told[0]
    assert icon == QMessageBox.Icon.Critical and "no usable backup" in text and str(folder.db_path) in text
    assert "kortere" not in text and "kortere" in details  # what was found only under "Vis detaljer"
    assert folder.db_path.read_bytes() == damaged


def test_a_full_disk_is_said_as_such_and_nothing_is_offered(qtbot, tmp_path, monkeypatch):
    """SQLite's max_page_count gives a real "database or disk is full" on the connection that writes:
    here the first open of an older database, which brings it up to date."""
    folder = DataFolder(tmp_path / "data").ensure()
    key = prepare(folder)
    schema1 = Path(__file__).parents[1] / "data" / "schema1.sqlite3"
    encrypt_copy(schema1, folder.db_path, key)  # an encrypted database of the first schema
    make_backup(folder.db_path, folder.backups, BACKUP_DAY, key=key)  # a backup exists, and must not be offered
    conn = connect(folder.db_path, key)
    cases_before = sorted(r[0] for r in conn.execute("SELECT child_name FROM cases"))
    conn.close()
    assert cases_before
    original_connect = db.connect

    def connect_on_a_full_disk(*args, **kwargs):  # the store's working connections, after the key
        conn = original_connect(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return conn

    monkeypatch.setattr(db, "connect", connect_on_a_full_disk)
    boxes = Boxes(monkeypatch)
    monkeypatch.setattr(QMessageBox, "exec", lambda *a: pytest.fail("no question may be asked"))
    opening = open_folder(folder)
    result = present(opening)
    result.close()
    assert result.found is Found.DISK_FULL
    assert boxes.told == [("critical", result.message)]
    assert result.message.startswith("Disken er fuld – frigør plads")
    assert "beskadiget" not in result.message and "sikkerhedskopi" not in result.message.lower()
    monkeypatch.undo()  # space freed: everything is still there, and brought up to date
    again = open_folder(folder)
    try:
        assert again.opened
        assert sorted(r.child_name for r in again.store.cases.rows()) == cases_before
    finally:
        again.close()


def test_already_running_is_told_gently(qtbot, folder, monkeypatch):
    from kitdesk.store.lock import InstanceLock

    boxes = Boxes(monkeypatch)
    other = InstanceLock(folder.lock_path)
    assert other.acquire()
    try:
        result = present(open_folder(folder))
    finally:
        other.release()
    assert result.found is Found.ALREADY_RUNNING and boxes.told[0][0] == "information"
    assert "kører allerede" in boxes.told[0][1]


# -- restore from the menu --------------------------------------------------------------------------
@pytest.fixture
def backups(store):
    folder = store.folder
    today = local_today()
    made = [make_backup(folder.db_path, folder.backups, today - timedelta(days=n), key=store.key) for n in (3, 1, 0)]
    return folder, made


def test_restore_dialog_lists_backups_newest_first(qtbot, backups, monkeypatch):
    folder, made = backups
    dialog = RestoreDialog(folder, key_of(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.backups.item(i).text() for i in range(dialog.backups.count())]
    today = local_today()
    assert len(texts) == 3
    assert texts[0].startswith(today.strftime("%d.%m.%Y")) and "(today)" in texts[0]
    assert "(yesterday)" in texts[1]
    assert texts[2].startswith((today - timedelta(days=3)).strftime("%d.%m.%Y"))
    assert "kb" in texts[0].lower() or "mb" in texts[0].lower()
    assert dialog.empty.isHidden()

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail("a backup of this folder: no warning"))
    dialog.backups.setCurrentRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == made[1] and dialog.other_folder_ok is False
    assert "not deleted" in asked[0] and str(folder.root / "replaced") in asked[0]


def test_restore_dialog_cancel_in_the_question_chooses_nothing(qtbot, backups, monkeypatch):
    folder, _made = backups
    dialog = RestoreDialog(folder, key_of(folder))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and dialog.result() == 0


def test_restore_dialog_refuses_a_damaged_backup_and_stays_open(qtbot, backups, monkeypatch):
    folder, made = backups
    made[-1].write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # today's, selected first
    dialog = RestoreDialog(folder, key_of(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("must not ask"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and dialog.error.isVisible() and "beskadiget" in dialog.error.text()


def test_restore_dialog_refuses_a_database_that_is_not_kitdesks(qtbot, backups, monkeypatch):
    folder, made = backups
    made[-1].unlink()
    other = sqlite3.connect(made[-1])  # a healthy SQLite file of another program, named like a backup
    other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    other.commit()
    other.close()
    dialog = RestoreDialog(folder, key_of(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("must not ask"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and "ikke en sikkerhedskopi fra KIT Desk" in dialog.error.text()


def test_restore_dialog_asks_before_a_backup_from_another_data_folder(qtbot, backups, tmp_path, monkeypatch):
    folder, made = backups
    # A copy of this data folder (same key) that became a folder of its own.
    import shutil

    elsewhere = DataFolder(tmp_path / "elsewhere")
    shutil.copytree(folder.root, elsewhere.root, ignore=shutil.ignore_patterns("*.lock"))
    store = Store.open(elsewhere, key=key_of(folder))
    store.db.execute("UPDATE settings SET value = 'en-anden-mappe' WHERE key = ?", [FOLDER_ID_KEY])
    store.cases.create(Case(child_name="Anden Mappe"))
    store.close()
    foreign = make_backup(elsewhere.db_path, folder.backups, local_today() + timedelta(days=1), key=key_of(folder))
    assert foreign.name not in [m.name for m in made]
    dialog = RestoreDialog(folder, key_of(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append((a[2], a[4])) or a[4])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked only after a yes"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # the foreign one is newest
    (text, default), = warned
    assert "anden KIT Desk-datamappe" in text and default == QMessageBox.StandardButton.Cancel
    assert dialog.chosen is None

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == foreign and dialog.other_folder_ok is True


def test_restore_dialog_without_backups(qtbot, folder):
    dialog = RestoreDialog(folder, key_of(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()


def test_main_window_closes_for_the_restore(qtbot, main_window, monkeypatch):
    folder = main_window.store.folder
    backup = make_backup(folder.db_path, folder.backups, local_today(), key=main_window.store.key)

    def drive(dialog):
        dialog.chosen = backup
        dialog.other_folder_ok = False
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", drive)
    main_window.restore_backup()
    assert main_window.restart_requested and main_window.pending_restore == backup
    assert main_window.restore_other_folder_ok is False


def test_every_data_folder_gets_its_own_id(tmp_path):
    ids = set()
    for name in ("a", "b"):
        store = open_store(DataFolder(tmp_path / name).ensure())
        ids.add(store.settings.get(FOLDER_ID_KEY))
        store.close()
    assert len(ids) == 2 and all(len(i) == 32 for i in ids)


def test_back_up_now_on_a_full_disk_says_so_in_danish(qtbot, tmp_path, monkeypatch):
    """A real full disk (a small tmpfs): the backup used to raise past the window."""
    from kitdesk.ui.main_window import MainWindow
    from tests.faults import fill, small_disk

    with small_disk(tmp_path / "disk", size="4m") as disk:
        store = open_store(DataFolder(disk / "data").ensure())
        store.cases.create(Case(child_name="Ida Toft"))
        window = MainWindow(store)
        qtbot.addWidget(window)
        boxes = Boxes(monkeypatch)
        fill(disk)
        window.backup_now()
        window.bridge.detach()
        store.close()
    assert boxes.told == [("warning", "Sikkerhedskopien kunne ikke laves, fordi disken er fuld – frigør plads, "
                                      "og prøv igen. Den forrige sikkerhedskopi er bevaret.")]
