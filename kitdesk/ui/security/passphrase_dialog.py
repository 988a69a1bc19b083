"""Choose a passphrase: on first start, when a plain database is converted, after opening with the
recovery key, and from Settings. Says how strong it is in plain words while it is typed."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from kitdesk.domain.passphrase import MIN_LENGTH, Strength, assess
from kitdesk.ui.widgets import Banner, heading, restyle

KIND = {Strength.TOO_SHORT: "warning", Strength.WEAK: "warning", Strength.FAIR: "info", Strength.STRONG: "ok"}


class PassphraseDialog(QDialog):
    FIRST_START, CONVERT, AFTER_RECOVERY, CHANGE = range(4)

    def __init__(self, purpose: int = FIRST_START, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("KIT Desk – choose a passphrase"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(self._title(purpose), self))
        intro = QLabel(self._intro(purpose), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current: QLineEdit | None = None
        if purpose == self.CHANGE:
            self.current = QLineEdit(self)
            self.current.setObjectName("current_passphrase")
            self.current.setEchoMode(QLineEdit.EchoMode.Password)
            self.current.setAccessibleName(self.tr("Current passphrase"))
            form.addRow(self.tr("C&urrent passphrase:"), self.current)
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit(self)
        self.second.setObjectName("passphrase_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        form.addRow(self.tr("&New passphrase:") if purpose == self.CHANGE else self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        layout.addLayout(form)
        self.show_text = QCheckBox(self.tr("&Show the passphrase"), self)
        self.show_text.toggled.connect(self._show_text)
        layout.addWidget(self.show_text)
        self.strength = Banner(self)
        self.strength.setObjectName("strength")
        layout.addWidget(self.strength)
        advice = QLabel(self.tr("There is no way to look up a forgotten passphrase: only the recovery key, "
                                "which you get on the next page, opens the data without it."), self)
        advice.setWordWrap(True)
        advice.setProperty("muted", True)
        layout.addWidget(advice)

        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        restyle(self.ok, primary=True)
        if purpose != self.FIRST_START:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        if self.current is not None:
            self.current.textChanged.connect(self._update)
        self.message = Banner(self)  # what went wrong when the dialog was accepted (a wrong current passphrase)
        layout.insertWidget(layout.indexOf(self.buttons), self.message)
        self._update()
        (self.current or self.first).setFocus()

    def current_passphrase(self) -> str:
        return self.current.text() if self.current is not None else ""

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str:
        """Why the passphrase cannot be used yet, or ''."""
        if self.current is not None and not self.current.text():
            return self.tr("Type your current passphrase.")
        if assess(self.first.text()) is Strength.TOO_SHORT:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_LENGTH))
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return ""

    def accept(self) -> None:
        if self.problem():
            self._update()
            return
        super().accept()

    # -- private ----------------------------------------------------------------------------------
    def _update(self) -> None:
        text = self.first.text()
        if text:
            level = assess(text)
            message = self._hint(level)
            if level is not Strength.TOO_SHORT and self.second.text() and text != self.second.text():
                message += " " + self.tr("The two passphrases are not the same yet.")
            self.strength.show_message(message, KIND[level])
        else:
            self.strength.show_message(self.tr("At least %1 characters. Four ordinary words with spaces between "
                                               "them are easy to remember and hard to guess.")
                                       .replace("%1", str(MIN_LENGTH)), "info")
        self.ok.setEnabled(not self.problem())

    def _hint(self, level: Strength) -> str:
        return {
            Strength.TOO_SHORT: self.tr("Too short – use at least %1 characters.").replace("%1", str(MIN_LENGTH)),
            Strength.WEAK: self.tr("Weak – easy to guess. Four ordinary words with spaces between them are better."),
            Strength.FAIR: self.tr("Good – a longer sentence makes it stronger still."),
            Strength.STRONG: self.tr("Strong."),
        }[level]

    def show_problem(self, text: str) -> None:
        self.message.show_message(text)
        if self.current is not None:
            self.current.selectAll()
            self.current.setFocus()

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _title(self, purpose: int) -> str:
        return {
            self.FIRST_START: self.tr("Protect the children's data"),
            self.CONVERT: self.tr("Your data will now be encrypted"),
            self.AFTER_RECOVERY: self.tr("Choose a new passphrase"),
            self.CHANGE: self.tr("Change the passphrase"),
        }[purpose]

    def _intro(self, purpose: int) -> str:
        if purpose == self.CONVERT:
            return self.tr("From this version on, KIT Desk keeps everything about the children encrypted on this "
                           "computer. Choose the passphrase you will type each time you open the program. Your "
                           "data is converted once; nothing is lost, and no readable copy is left behind.")
        if purpose == self.AFTER_RECOVERY:
            return self.tr("You opened the data with the recovery key. Choose a new passphrase for the next time; "
                           "the recovery key stays the same.")
        if purpose == self.CHANGE:
            return self.tr("The data stays as it is; only the passphrase that opens it changes. The recovery key "
                           "stays the same.")
        return self.tr("KIT Desk keeps everything about the children encrypted on this computer. Choose the "
                       "passphrase you will type each time you open the program – also after it has locked "
                       "itself while you were away.")
