"""Overdrag sag: the case written into one encrypted file, and the one-time passphrase shown once –
large, with a copy button, and the reminder to give it by phone or another channel, never in the same
e-mail as the file. Afterwards the case is marked as handed over, and the dialog offers to delete it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, heading, primary_and_cancel

PASSPHRASE_PX = 28
# In the sheet (the application's style sheet would override a font set in code), large and in a
# typewriter face, so that it reads out unambiguously over the phone.
PASSPHRASE_SHEET = (f"QLabel#passphrase {{ font-family: 'DejaVu Sans Mono'; font-size: {PASSPHRASE_PX}px; "
                    "font-weight: bold; padding: 12px 18px; background: #f3f6fa; border: 1px solid #c9d3df; "
                    "border-radius: 6px; color: #10243e; }")
SAMPLE = "WWWW-WWWW-WWWW-WWWW-WWWW-WWWW"  # the widest a passphrase can be


class HandoverDialog(QDialog):
    def __init__(self, store, case_id: int, parent=None):
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.handed = None
        self.wants_delete = False
        case = store.cases.get(case_id)
        self.setWindowTitle(self.tr("Hand over case"))
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)
        self.pages.addWidget(self._ask_page(case))
        self.pages.addWidget(self._shown_page())

    def _ask_page(self, case) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = heading(self.tr("Hand over the case about %1 (%2)").replace("%1", case.child_name)
                        .replace("%2", case.case_no), page, 2)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self._text(page, self.tr(
            "KIT Desk writes the whole case into one encrypted file: the network and its people, consents, "
            "information exchanged with the attached documents, the baton log, meetings, minutes, agreements and "
            "every version of the plan. The file opens only with a one-time passphrase, shown when the file is "
            "written. The receiver opens it with “Receive case…” in KIT Desk.")))
        form = QFormLayout()
        self.to_whom = QLineEdit(page)
        self.to_whom.setPlaceholderText(self.tr("e.g. the caseworker who takes over"))
        form.addRow(self.tr("&To (the receiver's name):"), self.to_whom)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(Path.home()), page)
        choose = QPushButton(self.tr("C&hoose…"), page)
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_label = QLabel(self.tr("Save the file &in:"), page)
        folder_label.setBuddy(self.folder)  # a row of several widgets: the mnemonic needs its buddy named
        form.addRow(folder_label, folder_row)
        layout.addLayout(form)
        layout.addWidget(self._text(page, self.tr(
            "The file's name holds only today's date and the case number – no name, no CPR number.")))
        self.problem = Banner(page)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        buttons, self.write_button = primary_and_cancel(
            page, self.tr("&Write the file"), self.tr("Cancel"), self.write, self.reject)
        layout.addLayout(buttons)
        return page

    def _shown_page(self) -> QWidget:
        page = QWidget(self)
        page.setStyleSheet(PASSPHRASE_SHEET)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("The case is written to the file"), page, 2))
        self.where = self._text(page, "")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        layout.addWidget(self._text(page, self.tr("The passphrase for the file:")))
        self.passphrase = QLabel(page)
        self.passphrase.setObjectName("passphrase")
        font = QFont("DejaVu Sans Mono")
        font.setPixelSize(PASSPHRASE_PX)
        font.setBold(True)
        self.passphrase.setMinimumWidth(QFontMetrics(font).horizontalAdvance(SAMPLE) + 48)
        self.passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.passphrase)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("&Copy the passphrase"), page)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_passphrase)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        warning = Banner(page)
        warning.show_message(self.tr(
            "Give the receiver the passphrase by phone or another way – never in the same e-mail as the file. It "
            "is shown only now: KIT Desk does not keep it."))
        layout.addWidget(warning)
        layout.addWidget(self._text(page, self.tr(
            "The case is marked as handed over in the baton log. When the receiver has confirmed that the case "
            "arrived, you can delete it here: it is then only on the receiver's computer.")))
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        delete = QPushButton(self.tr("&Delete the case here…"), page)
        delete.setAutoDefault(False)
        delete.clicked.connect(self._delete)
        close = QPushButton(self.tr("Close"), page)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(delete)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        return page

    @staticmethod
    def _text(parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # -- actions ------------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the file"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def write(self) -> None:
        from kitdesk.store.handover.export import hand_over

        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_dir():
            self.problem.show_message(self.tr("The folder %1 does not exist. Choose another.").replace(
                "%1", str(folder)))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.handed = hand_over(self.store, self.case_id, folder, self.to_whom.text(), **self._kdf())
        except Refusal as refused:
            self.problem.show_message(refusal_text(refused))
            return
        except (OSError, *DatabaseErrors) as exc:
            self.problem.show_message(describe_error(exc, folder))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.where.setText(self.tr("File: %1").replace("%1", str(self.handed.path)))
        self.passphrase.setText(self.handed.passphrase)
        self.pages.setCurrentIndex(1)

    def _kdf(self) -> dict:
        """The KDF's cost: the real one, unless a test gave a cheaper one."""
        kdf = getattr(self, "kdf", None)
        return {"kdf": kdf} if kdf is not None else {}

    def copy_passphrase(self) -> None:
        QGuiApplication.clipboard().setText(self.passphrase.text())
        self.copy_button.setText(self.tr("Copied"))

    def _delete(self) -> None:
        self.wants_delete = True
        self.accept()
