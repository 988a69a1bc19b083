"""Show the recovery key once, to print or write down. The dialog cannot be left until the user says
the key is kept."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFrame, QLabel, QVBoxLayout

from kitdesk.ui.widgets import heading, restyle


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, parent=None):
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(self.tr("KIT Desk – your recovery key"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(self.tr("Your recovery key"), self))
        intro = QLabel(self.tr(
            "If you forget the passphrase, this key is the only way back to your data. Write it down or print it, "
            "and keep the paper somewhere safe – not with the computer. It is shown only this once."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.key_label = QLabel(self._lines(recovery_key), self)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(15)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.key_label.setFont(font)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        # The size in the sheet too: the app's sheet sets every widget's font size, over setFont().
        self.key_label.setStyleSheet(
            f"QLabel#recovery_key {{ background: #f7f9fc; border: 1px dashed #8aa1c1; border-radius: 6px; "
            f"padding: 14px; color: #1f3a5f; font-size: 15pt; font-weight: 600; font-family: '{font.family()}'; }}")
        layout.addWidget(self.key_label)
        hint = QLabel(self.tr("Letters and digits that look alike (O and 0, I and 1, B and 8) are read the same when "
                              "you type the key in; the dashes do not matter."), self)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        layout.addWidget(hint)

        self.kept = QCheckBox(self.tr("I have &written the key down or printed it"), self)
        self.kept.setObjectName("kept")
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_key)
        self.ok = self.buttons.addButton(self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        restyle(self.ok, primary=True)
        self.ok.setEnabled(False)
        self.kept.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.kept.isChecked():
            super().accept()

    def reject(self) -> None:
        # Esc or the window's close button would otherwise lose the only showing of the key.
        self.kept.setFocus()

    def print_key(self) -> None:
        # QtPrintSupport loads a Qt library of its own: only when the user prints.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.printed_text())
        document.print_(printer)

    def printed_text(self) -> str:
        return (self.tr("KIT Desk – recovery key") + "\n\n" + self._lines(self.recovery_key) + "\n\n"
                + self.tr("Opens the encrypted data of KIT Desk on one computer if the passphrase is forgotten. "
                          "Keep this paper locked away, apart from the computer."))

    @staticmethod
    def _lines(key: str) -> str:
        groups = key.split("-")
        return "\n".join("  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))
