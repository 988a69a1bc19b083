"""Gendan fra sikkerhedskopi: pick a backup; the main window closes and app.py restores and reopens.

The current database is never deleted: restore_backup() moves it to the folder "replaced". Only a
healthy KIT Desk backup of this version is accepted (the store judges it), and one taken in another
data folder only after the user has said yes to that.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.paths import DataFolder
from kitdesk.store.backup import REPLACED_DIR, BackupInfo, list_backups
from kitdesk.store.restore import MSG_RESTORE_OTHER_FOLDER, judge_backup
from kitdesk.ui.widgets import Banner


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class RestoreDialog(QDialog):
    def __init__(self, folder: DataFolder, key: bytes | None, parent=None):
        super().__init__(parent)
        self.folder = folder
        self._key = key
        self.chosen: Path | None = None
        self.other_folder_ok = False  # the user said yes to a backup from another data folder
        self._infos: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the backup to go back to. Anything entered after that day is not in the backup."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.backups = QListWidget(self)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setAlternatingRowColors(True)
        self.backups.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        layout.addWidget(self.backups, 1)
        self.empty = QLabel(self.tr("There are no backups yet. KIT Desk makes one every time you close it."), self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("kind", "info")
        layout.addWidget(self.empty)
        where = QLabel(self.tr("Backups are kept in: %1").replace("%1", str(folder.backups)), self)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setProperty("muted", True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.error = Banner(self)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.backups.itemActivated.connect(lambda _item: self.accept())
        self.backups.currentRowChanged.connect(lambda _row: self._update())
        self.load()

    def load(self) -> None:
        self.backups.clear()
        today = local_today()
        self._infos = list_backups(self.folder.backups)
        for info in self._infos:
            text = fmt_date(info.day)
            days = (today - info.day).days
            if days == 0:
                text += "  " + self.tr("(today)")
            elif days == 1:
                text += "  " + self.tr("(yesterday)")
            QListWidgetItem(f"{text}  –  {size_text(info.size)}", self.backups)
        self.empty.setVisible(self.backups.count() == 0)
        self.backups.setVisible(self.backups.count() > 0)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.backups.currentItem() is not None)
        self.error.show_message("")

    def selected(self) -> BackupInfo | None:
        row = self.backups.currentRow()
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def confirm(self, info: BackupInfo) -> bool:
        text = self.tr(
            "Restore the backup from %1?\n\n"
            "Your current data is not deleted: it is kept aside in the folder %2.\n\n"
            "KIT Desk will close and open again with the backup. Anything entered after %1 "
            "will not be there.").replace("%1", fmt_date(info.day)).replace(
            "%2", str(self.folder.root / REPLACED_DIR))
        answer = QMessageBox.question(self, self.tr("Restore from backup"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_other_folder(self, info: BackupInfo) -> bool:
        text = MSG_RESTORE_OTHER_FOLDER.format(name=info.path.name) + "\n\n" + self.tr(
            "Restore it anyway?")
        answer = QMessageBox.warning(self, self.tr("Restore from backup"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        info = self.selected()
        if info is None:
            return
        # Judged before the window closes: a damaged or foreign file must not take the program down.
        verdict = judge_backup(info.path, self.folder, self._key)
        if verdict.problem:
            self.error.show_message(verdict.problem)
            return
        if verdict.other_folder and not self.confirm_other_folder(info):
            return
        if not self.confirm(info):
            return
        self.chosen = info.path
        self.other_folder_ok = verdict.other_folder
        super().accept()
