"""Restoring a backup from the menu, and recovery at start-up from a damaged database."""
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.dates import local_today
from kitdesk.domain.model import Case
from kitdesk.store.backup import RestoreError, make_backup
from kitdesk.store.integrity import check_database_file
from kitdesk.store.store import DatabaseDamaged, Store
from kitdesk.ui import recover_dialog
from kitdesk.ui.recover_dialog import offer_recovery, recover
from kitdesk.ui.restore_dialog import RestoreDialog

BACKUP_DAY = date(2026, 11, 22)


def child_names(folder):
    store = Store.open(folder)
    try:
        return sorted(r.child_name for r in store.cases.rows())
    finally:
        store.close()


@pytest.fixture
def damaged(folder):
    """A real database with a backup from 22.11.2026, a case added after it, then cut short."""
    store = Store.open(folder)
    store.cases.create(Case(child_name="Ida Toft"))
    make_backup(folder.db_path, folder.backups, BACKUP_DAY)
    store.cases.create(Case(child_name="Efter Kopien"))
    store.close()
    data = folder.db_path.read_bytes()
    folder.db_path.write_bytes(data[: len(data) // 2 + 100])
    assert check_database_file(folder.db_path)
    return folder.db_path.read_bytes()


class Boxes:
    """Stands in for QMessageBox's static functions; records what the user was told."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes):
        self.asked, self.told = [], []
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: self.asked.append(a[2]) or answer)
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: self.told.append(("info", a[2])))
        monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: self.told.append(("critical", a[2])))


# -- recovery at start-up ---------------------------------------------------------------------------
def test_recover_sets_the_damaged_file_aside_byte_identical_and_restores(folder, damaged):
    result = recover(folder)
    assert result.restored and result.backup.day == BACKUP_DAY
    assert result.damaged_file.parent == folder.damaged
    assert result.damaged_file.read_bytes() == damaged
    assert check_database_file(folder.db_path) == []
    assert child_names(folder) == ["Ida Toft"]


def test_a_failed_restore_puts_the_damaged_file_back(folder, damaged, monkeypatch):
    def fail(*_args):
        raise RestoreError("Sikkerhedskopien kunne ikke lægges tilbage.")

    monkeypatch.setattr(recover_dialog, "restore_backup", fail)
    result = recover(folder)
    assert not result.restored and "kunne ikke" in result.error
    assert result.damaged_file == folder.db_path
    assert folder.db_path.read_bytes() == damaged


def test_offer_recovery_yes_restores_and_says_where_the_damaged_file_is(qapp, folder, damaged, monkeypatch):
    boxes = Boxes(monkeypatch)
    assert offer_recovery(folder, check_database_file(folder.db_path)) is True
    assert "22.11.2026" in boxes.asked[0] and "damaged" in boxes.asked[0]
    assert "kortere" in boxes.asked[0]  # the problem, briefly
    kind, text = boxes.told[0]
    assert kind == "info" and str(folder.damaged) in text
    (kept,) = folder.damaged.glob("*.sqlite3")
    assert kept.read_bytes() == damaged
    assert child_names(folder) == ["Ida Toft"]


def test_offer_recovery_no_changes_nothing(qapp, folder, damaged, monkeypatch):
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.No)
    assert offer_recovery(folder, ["Databasefilen er beskadiget (test)."]) is False
    assert folder.db_path.read_bytes() == damaged
    assert not folder.damaged.exists() or not any(folder.damaged.iterdir())
    assert str(folder.db_path) in boxes.told[0][1]


def test_offer_recovery_without_a_good_backup_says_so_and_keeps_the_file(qapp, folder, damaged, monkeypatch):
    for backup in folder.backups.iterdir():
        backup.write_bytes(b"not a database at all")
    boxes = Boxes(monkeypatch)
    assert offer_recovery(folder, ["Databasefilen er beskadiget (test)."]) is False
    assert boxes.asked == []
    kind, text = boxes.told[0]
    assert kind == "critical" and "no usable backup" in text and str(folder.db_path) in text
    assert folder.db_path.read_bytes() == damaged


def test_start_up_with_a_damaged_database_offers_the_backup(qapp, folder, damaged, monkeypatch):
    from kitdesk.app import _open_store_or_recover

    with pytest.raises(DatabaseDamaged):
        Store.open(folder)
    Boxes(monkeypatch)
    store = _open_store_or_recover(qapp, folder, "en")
    try:
        assert [r.child_name for r in store.cases.rows()] == ["Ida Toft"]
    finally:
        store.close()


# -- restore from the menu --------------------------------------------------------------------------
@pytest.fixture
def backups(store):
    folder = store.folder
    today = local_today()
    made = [make_backup(folder.db_path, folder.backups, today - timedelta(days=n)) for n in (3, 1, 0)]
    return folder, made


def test_restore_dialog_lists_backups_newest_first(qtbot, backups, monkeypatch):
    folder, made = backups
    dialog = RestoreDialog(folder)
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
    dialog.backups.setCurrentRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == made[1]
    assert "not deleted" in asked[0] and str(folder.root / "replaced") in asked[0]


def test_restore_dialog_cancel_in_the_question_chooses_nothing(qtbot, backups, monkeypatch):
    folder, _made = backups
    dialog = RestoreDialog(folder)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and dialog.result() == 0


def test_restore_dialog_refuses_a_damaged_backup_and_stays_open(qtbot, backups, monkeypatch):
    folder, made = backups
    made[-1].write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # today's, selected first
    dialog = RestoreDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("must not ask"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and dialog.error.isVisible() and "beskadiget" in dialog.error.text()


def test_restore_dialog_without_backups(qtbot, folder):
    dialog = RestoreDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()


def test_main_window_closes_for_the_restore(qtbot, main_window, monkeypatch):
    folder = main_window.store.folder
    backup = make_backup(folder.db_path, folder.backups, local_today())

    def drive(dialog):
        dialog.chosen = backup
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", drive)
    main_window.restore_backup()
    assert main_window.restart_requested and main_window.pending_restore == backup
