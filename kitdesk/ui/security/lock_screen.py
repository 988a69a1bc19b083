"""What the main window shows while locked: no name, no case, only a field for the passphrase."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kitdesk.store.keys import KeyProblem
from kitdesk.ui.security.unlock_dialog import UnlockPanel
from kitdesk.ui.widgets import Banner, heading, restyle


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, check_passphrase: Callable[[str], object], seconds_to_wait: Callable[[], float], parent=None):
        super().__init__(parent)
        self._check = check_passphrase
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QFrame(self)
        card.setObjectName("welcome")
        card.setFixedWidth(460)  # a fixed width lets the wrapped lines get their height
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("KIT Desk is locked"), card))
        intro = QLabel(self.tr("Everything is saved. Type your passphrase to carry on where you were."), card)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit(card)
        self.field.setObjectName("lock_passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.message = Banner(card)
        layout.addWidget(self.message)
        self.button = QPushButton(self.tr("&Unlock"), card)
        self.button.setObjectName("unlock_button")
        restyle(self.button, primary=True)
        self.button.setDefault(True)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        # Centred by stretches, not by an alignment flag: a widget placed with an alignment gets its
        # size hint, and the card's wrapped lines would not get the height they need.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.panel = UnlockPanel(self, self.field, self.message, self.button, seconds_to_wait)
        self.button.clicked.connect(self.try_unlock)
        self.field.returnPressed.connect(self.try_unlock)

    def reset(self) -> None:
        self.field.clear()
        self.message.show_message("")
        self.panel.update_wait()
        self.field.setFocus()

    def try_unlock(self) -> None:
        if not self.field.text() or not self.panel.update_wait():
            return
        try:
            self._check(self.field.text())
        except KeyProblem as problem:
            self.panel.show_problem(problem)
            return
        self.field.clear()
        self.message.show_message("")
        self.unlocked.emit()
