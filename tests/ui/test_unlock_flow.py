"""Start-up with encryption, through the window's key source (kitdesk/ui/security/key_source.py):
a first start chooses a passphrase and sees the recovery key once; a plain database is converted;
an encrypted one opens with the passphrase or the recovery key (and a new passphrase is chosen);
Skift adgangskode needs the current one and rewraps only the key."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.paths import DataFolder
from kitdesk.store import keys, unlocking
from kitdesk.store.opening import Found, open_data_folder
from kitdesk.store.unlocking import FolderState
from kitdesk.ui.security.key_source import key_source
from kitdesk.ui.security.passphrase_dialog import PassphraseDialog
from kitdesk.ui.security.recovery_key_dialog import RecoveryKeyDialog
from kitdesk.ui.security.unlock_dialog import UnlockDialog
from tests.support import FAST_KDF, TEST_PASSPHRASE

SCHEMA7 = Path(__file__).resolve().parents[1] / "data" / "schema7.sqlite3"
NEW = "blå hest spiser gule æbler"


@pytest.fixture(autouse=True)
def no_env_passphrase(monkeypatch):
    monkeypatch.delenv("KITDESK_PASSPHRASE", raising=False)
    monkeypatch.setattr(keys, "DEFAULT_KDF", FAST_KDF)  # the stored parameters are what counts
    monkeypatch.setattr(unlocking, "DEFAULT_KDF", FAST_KDF)


def answer(*steps):
    """Answer the dialogs as they come: each step gets the modal dialog and does what a user does."""
    seen, queue = [], list(steps)

    def next_step():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not queue:
            if queue:
                QTimer.singleShot(20, next_step)
            return
        seen.append(dialog)
        queue.pop(0)(dialog)
        if queue:
            QTimer.singleShot(20, next_step)

    QTimer.singleShot(20, next_step)
    return seen


def choose(passphrase):
    def step(dialog):
        assert isinstance(dialog, PassphraseDialog)
        dialog.first.setText(passphrase)
        dialog.second.setText(passphrase)
        dialog.ok.click()
    return step


def keep_recovery_key(shown):
    def step(dialog):
        assert isinstance(dialog, RecoveryKeyDialog)
        shown.append(dialog.recovery_key)
        dialog.kept.setChecked(True)
        dialog.ok.click()
    return step


def test_first_start_chooses_a_passphrase_and_shows_the_recovery_key_once(qtbot, tmp_path, danish):
    folder = DataFolder(tmp_path / "data")
    shown = []
    seen = answer(choose(NEW), keep_recovery_key(shown))
    opening = open_data_folder(folder, get_key=key_source(folder, unattended=False))
    try:
        assert opening.opened and len(seen) == 2
        assert keys.parse_recovery_key(shown[0]) == opening.key
        assert unlocking.unlock(folder, NEW) == opening.key
        assert not folder.db_path.read_bytes().startswith(b"SQLite format 3")
    finally:
        opening.close()


def test_a_plain_database_is_converted_on_the_first_start_after_the_update(qtbot, tmp_path, danish):
    folder = DataFolder(tmp_path / "data").ensure()
    shutil.copy(SCHEMA7, folder.db_path)
    shown = []
    seen = answer(choose(NEW), keep_recovery_key(shown))
    opening = open_data_folder(folder, get_key=key_source(folder, unattended=False))
    try:
        from PySide6.QtWidgets import QLabel

        assert opening.opened and len(seen) == 2 and len(shown) == 1
        assert "Dine data bliver nu krypteret" in [label.text() for label in seen[0].findChildren(QLabel)]
        assert "Freja Nørgaard" in {r.child_name for r in opening.store.cases.rows()}
        assert b"Freja" not in folder.db_path.read_bytes()
    finally:
        opening.close()


def test_unlock_with_the_recovery_key_then_a_new_passphrase(qtbot, tmp_path, danish):
    folder = DataFolder(tmp_path / "data").ensure()
    unlocked = unlocking.set_up(folder, TEST_PASSPHRASE, FAST_KDF)
    def recovery(dialog):
        assert isinstance(dialog, UnlockDialog)
        dialog.switch.click()
        dialog.field.setText(unlocked.recovery_key)
        dialog.ok.click()
    seen = answer(recovery, choose(NEW))
    opening = open_data_folder(folder, get_key=key_source(folder, unattended=False))
    try:
        assert opening.opened and opening.key == unlocked.key and len(seen) == 2
        assert unlocking.unlock(folder, NEW) == unlocked.key
        with pytest.raises(keys.WrongPassphrase):
            unlocking.unlock(folder, TEST_PASSPHRASE)
    finally:
        opening.close()


def test_without_the_key_file_only_the_recovery_key_opens_and_a_new_one_is_written(qtbot, tmp_path, danish):
    folder = DataFolder(tmp_path / "data").ensure()
    unlocked = unlocking.set_up(folder, TEST_PASSPHRASE, FAST_KDF)
    from tests.support import open_store

    open_store(folder).close()
    keys.key_file(folder.root).unlink()
    (folder.backups / keys.KEY_FILE).unlink()
    assert unlocking.folder_state(folder) is FolderState.KEY_FILE_MISSING

    def recovery(dialog):
        assert isinstance(dialog, UnlockDialog) and dialog.used_recovery_key and dialog.switch.isHidden()
        dialog.field.setText(keys.recovery_key_text(keys.new_data_key()))  # another folder's key
        dialog.ok.click()
        assert "andre data" in dialog.message.text() and dialog.isVisible()
        dialog.field.setText(unlocked.recovery_key)
        dialog.ok.click()
    answer(recovery, choose(NEW))
    opening = open_data_folder(folder, get_key=key_source(folder, unattended=False))
    try:
        assert opening.opened and keys.has_key_file(folder.root)
        assert unlocking.unlock(folder, NEW) == unlocked.key
    finally:
        opening.close()


def test_quitting_the_unlock_screen_opens_nothing(qtbot, tmp_path, danish):
    folder = DataFolder(tmp_path / "data").ensure()
    unlocking.set_up(folder, TEST_PASSPHRASE, FAST_KDF)
    answer(lambda dialog: dialog.reject())
    opening = open_data_folder(folder, get_key=key_source(folder, unattended=False))
    assert opening.found is Found.NO_KEY and not opening.opened and "adgangskoden" in opening.message


def test_change_passphrase_needs_the_current_one_and_keeps_the_key(qtbot, main_window, danish, monkeypatch):
    store = main_window.store
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))

    def change(dialog):
        dialog.current.setText("ikke den rigtige")
        dialog.first.setText(NEW)
        dialog.second.setText(NEW)
        dialog.ok.click()
        assert dialog.isVisible() and "forkert" in dialog.message.text()
        dialog.current.setText(TEST_PASSPHRASE)
        dialog.ok.click()
    answer(change)
    main_window.change_passphrase()
    assert told and "skiftet" in told[0]
    assert unlocking.unlock(store.folder, NEW) == store.key
