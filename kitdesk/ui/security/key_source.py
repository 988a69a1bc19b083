"""The window's way of getting the data key for the door (kitdesk.store.opening.open_data_folder):
a first start chooses a passphrase and shows the recovery key, a plain database from before
encryption is converted, an encrypted one is unlocked – by passphrase or recovery key.

KITDESK_PASSPHRASE (scripts and tests) stands in for the typing; a run without a user
(--quit-when-ready, KITDESK_EXIT_WHEN_READY) never shows a dialog.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kitdesk import APP_NAME
from kitdesk.paths import DataFolder
from kitdesk.store import unlocking
from kitdesk.store.keys import KeyProblem
from kitdesk.store.unlocking import ENV_PASSPHRASE, MSG_RECOVERY_KEY, FolderState, Unlocked
from kitdesk.ui.security.passphrase_dialog import PassphraseDialog
from kitdesk.ui.security.recovery_key_dialog import RecoveryKeyDialog
from kitdesk.ui.security.unlock_dialog import UnlockDialog


def key_source(folder: DataFolder, *, unattended: bool,
               meanwhile: Callable[[], None] | None = None) -> Callable[[FolderState], bytes | None]:
    """`meanwhile`: work that follows the unlock but needs no key, done while the typed passphrase is
    tried (UnlockDialog)."""
    def get_key(state: FolderState) -> bytes | None:
        given = os.environ.get(ENV_PASSPHRASE) or None  # set but empty: not given
        if state is FolderState.NEW:
            return _first_start(folder, given, unattended)
        if state is FolderState.PLAIN:
            return _convert(folder, given, unattended)
        if given is not None and state is FolderState.ENCRYPTED:
            try:
                return unlocking.unlock(folder, given)
            except KeyProblem as problem:
                print(str(problem), file=sys.stderr, flush=True)
                if unattended:
                    return None
        if unattended:
            return None
        return _ask(folder, recovery_only=state is FolderState.KEY_FILE_MISSING, meanwhile=meanwhile)

    return get_key


def _first_start(folder: DataFolder, given: str | None, unattended: bool) -> bytes | None:
    if given is None:
        if unattended:
            return None
        dialog = PassphraseDialog(PassphraseDialog.FIRST_START)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        given = dialog.passphrase()
    unlocked = unlocking.set_up(folder, given)
    _show_recovery_key(unlocked, unattended)
    return unlocked.key


def _convert(folder: DataFolder, given: str | None, unattended: bool) -> bytes | None:
    from kitdesk.store.conversion import convert_plain

    if given is None:
        if unattended:
            return None
        dialog = PassphraseDialog(PassphraseDialog.CONVERT)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        given = dialog.passphrase()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        unlocked = convert_plain(folder, given)
    finally:
        QApplication.restoreOverrideCursor()
    _show_recovery_key(unlocked, unattended)
    return unlocked.key


def _ask(folder: DataFolder, *, recovery_only: bool, meanwhile: Callable[[], None] | None = None) -> bytes | None:
    dialog = UnlockDialog(lambda text: unlocking.unlock(folder, text),
                          lambda text: unlocking.unlock_with_recovery_key(folder, text),
                          lambda: unlocking.seconds_to_wait(folder), meanwhile=meanwhile)
    if os.environ.get("KITDESK_READY_AT_UNLOCK"):  # the start-up benchmark: the moment the screen shows, then out
        QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), os._exit(0)))
    if recovery_only:
        dialog.set_recovery_mode(True)
        dialog.switch.hide()  # there is no passphrase to go back to
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    key = dialog.result_value
    if dialog.used_recovery_key:
        _new_passphrase_after_recovery(folder, key, must=recovery_only)
    return key


def _new_passphrase_after_recovery(folder: DataFolder, key: bytes, *, must: bool) -> None:
    """Forgotten passphrase: choose a new one (the recovery key stays the same). Without a key file
    the next start would need the recovery key again, so say so if the user skips it."""
    dialog = PassphraseDialog(PassphraseDialog.AFTER_RECOVERY)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            unlocking.choose_passphrase(folder, key, dialog.passphrase())
            return
        except OSError as exc:
            text = QCoreApplication.translate("KeySource", "The new passphrase could not be saved (%1). The data "
                                              "is open; try again under Settings.")
            QMessageBox.warning(None, APP_NAME, text.replace("%1", exc.strerror or str(exc)))
            return
    if must:
        QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
            "KeySource", "No new passphrase was chosen: next time, too, the data opens only with the recovery key."))


def _show_recovery_key(unlocked: Unlocked, unattended: bool) -> None:
    if unattended:
        print(MSG_RECOVERY_KEY.format(key=unlocked.recovery_key), file=sys.stderr, flush=True)
        return
    RecoveryKeyDialog(unlocked.recovery_key).exec()

