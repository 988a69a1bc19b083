"""Skift adgangskode: the current passphrase, then the new one twice. Only the key file changes (one KDF
run): the database is not rewritten, and the recovery key stays the same."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from kitdesk import APP_NAME
from kitdesk.store import unlocking
from kitdesk.store.keys import KeyProblem
from kitdesk.ui.security.passphrase_dialog import PassphraseDialog
from kitdesk.ui.security.unlock_dialog import problem_text


class ChangePassphraseDialog(PassphraseDialog):
    def __init__(self, store, parent=None):
        super().__init__(PassphraseDialog.CHANGE, parent)
        self.store = store
        self.changed = False

    def accept(self) -> None:
        if self.problem():
            return
        folder = self.store.folder
        try:
            unlocking.unlock(folder, self.current_passphrase())
        except KeyProblem as problem:
            self.show_problem(problem_text(problem))
            return
        try:
            unlocking.choose_passphrase(folder, self.store.key, self.passphrase())
        except OSError as exc:
            self.show_problem(QCoreApplication.translate(
                "ChangePassphrase", "The new passphrase could not be saved (%1). The old one still works.")
                .replace("%1", exc.strerror or str(exc)))
            return
        self.changed = True
        super().accept()


def change_passphrase(parent, store) -> bool:
    dialog = ChangePassphraseDialog(store, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QMessageBox.information(parent, APP_NAME, QCoreApplication.translate(
        "ChangePassphrase", "The passphrase is changed. Use the new one from now on; the recovery key is the same."))
    return True
