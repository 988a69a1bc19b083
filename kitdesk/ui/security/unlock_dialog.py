"""Unlock the data: the passphrase, or the recovery key when it is forgotten. A wrong passphrase is
said as such (never "damaged"), and after a few wrong tries the button waits, counting down."""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from kitdesk.store.keys import KeyFileDamaged, KeyProblem, WrongPassphrase, WrongRecoveryKey
from kitdesk.ui.widgets import Banner, heading, restyle


class UnlockPanel:
    """What the unlock dialog and the lock screen share: the field, the message, the countdown."""

    def __init__(self, owner, field: QLineEdit, message: Banner, button: QPushButton,
                 seconds_to_wait: Callable[[], float]):
        self.owner, self.field, self.message, self.button = owner, field, message, button
        self._seconds_to_wait = seconds_to_wait
        self._timer = QTimer(owner)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_wait)

    def update_wait(self) -> bool:
        """Disable the button while a wait runs; True when a try may go ahead."""
        left = self._seconds_to_wait()
        if left > 0:
            self.button.setEnabled(False)
            # Two sentences, not %n: pyside6-lupdate takes QCoreApplication.translate for singular only.
            seconds = int(left + 0.999)
            if seconds == 1:
                text = QCoreApplication.translate("Unlock", "Wrong passphrase several times. Wait 1 second before "
                                                  "the next try.")
            else:
                text = QCoreApplication.translate("Unlock", "Wrong passphrase several times. Wait %1 seconds before "
                                                  "the next try.").replace("%1", str(seconds))
            self.message.show_message(text)
            if not self._timer.isActive():
                self._timer.start()
            return False
        if self._timer.isActive():
            self._timer.stop()
            self.message.show_message("")
        self.button.setEnabled(True)
        return True

    def show_problem(self, problem: KeyProblem) -> None:
        self.message.show_message(problem_text(problem))
        self.field.selectAll()
        self.field.setFocus()
        self.update_wait()


def problem_text(problem: KeyProblem) -> str:
    if isinstance(problem, WrongPassphrase):
        return QCoreApplication.translate("Unlock", "The passphrase is wrong. Try again – or use the recovery key.")
    if isinstance(problem, WrongRecoveryKey):
        if problem.malformed:
            return QCoreApplication.translate("Unlock", "The recovery key is mistyped – one or more characters do "
                                              "not fit. Check it against the paper.")
        return QCoreApplication.translate("Unlock", "This recovery key belongs to other data.")
    if isinstance(problem, KeyFileDamaged):
        return QCoreApplication.translate("Unlock", "The key file is damaged, so the passphrase cannot be used. "
                                          "Open the data with the recovery key; a new key file is then made.")
    return str(problem)


class UnlockDialog(QDialog):
    """`try_passphrase` / `try_recovery_key` return what the caller needs (the data key) or raise a
    KeyProblem; the dialog keeps asking until one succeeds or the user quits.

    `meanwhile`, if given, is the work that follows an unlock and needs no key (loading the window's
    code): it is done once, in this thread, while the first try derives the key in a thread of its own
    (that takes a noticeable moment and lets go of the GIL). Later tries run here, as without it."""

    def __init__(self, try_passphrase: Callable[[str], object], try_recovery_key: Callable[[str], object],
                 seconds_to_wait: Callable[[], float], parent=None, meanwhile: Callable[[], None] | None = None):
        super().__init__(parent)
        self._try_passphrase, self._try_recovery_key = try_passphrase, try_recovery_key
        self._meanwhile = meanwhile
        self.result_value: object = None
        self.used_recovery_key = False
        self.setWindowTitle(self.tr("KIT Desk – unlock"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 20, 24, 16)
        self.title = heading(self.tr("Unlock KIT Desk"), self)
        layout.addWidget(self.title)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.field = QLineEdit(self)
        self.field.setObjectName("unlock_field")
        layout.addWidget(self.field)
        self.message = Banner(self)
        layout.addWidget(self.message)
        self.switch = QPushButton(self)
        self.switch.setFlat(True)
        self.switch.setObjectName("switch_mode")
        self.switch.clicked.connect(lambda: self.set_recovery_mode(not self.used_recovery_key))
        layout.addWidget(self.switch)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        restyle(self.ok, primary=True)
        buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.panel = UnlockPanel(self, self.field, self.message, self.ok, seconds_to_wait)
        self.set_recovery_mode(False)
        self.panel.update_wait()

    def set_recovery_mode(self, recovery: bool) -> None:
        self.used_recovery_key = recovery
        self.field.clear()
        self.message.show_message("")
        if recovery:
            self.intro.setText(self.tr("Type the recovery key from the paper you kept when KIT Desk was set up. "
                                       "You then choose a new passphrase."))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText("ABCDE-FGHIJ-…")
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.switch.setText(self.tr("Back to the passphrase"))
        else:
            self.intro.setText(self.tr("Type your passphrase to open the data on this computer."))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText("")
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.switch.setText(self.tr("Forgotten the passphrase? Use the recovery key"))
        self.field.setFocus()

    def accept(self) -> None:
        if not self.field.text() or not self.panel.update_wait():
            return
        attempt = self._try_recovery_key if self.used_recovery_key else self._try_passphrase
        try:
            self.result_value = self._while_trying(attempt, self.field.text())
        except KeyProblem as problem:
            self.panel.show_problem(problem)
            return
        self.field.clear()
        super().accept()

    def _while_trying(self, attempt: Callable[[str], object], text: str) -> object:
        """attempt(text), with `meanwhile` done beside it the first time; its result or its exception."""
        if self._meanwhile is None:
            return attempt(text)
        meanwhile, self._meanwhile = self._meanwhile, None
        outcome: dict = {}

        def run() -> None:
            try:
                outcome["value"] = attempt(text)
            except BaseException as exc:  # raised again in this thread, as if the try had run here
                outcome["error"] = exc

        thread = threading.Thread(target=run, name="kitdesk-unlock", daemon=True)
        thread.start()
        try:
            meanwhile()
        finally:
            thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]
