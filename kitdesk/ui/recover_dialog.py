"""At start-up, when the database file is damaged: offer the newest good backup.

The damaged file is evidence and maybe the user's last copy of some data, so it is never written
to nor deleted: it is moved, byte for byte, into the data folder's "damaged" folder. recover() does
the file work and returns what happened; offer_recovery() only asks and tells.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kitdesk import APP_NAME
from kitdesk.domain.dates import fmt_date
from kitdesk.paths import DataFolder
from kitdesk.store.backup import BackupInfo, RestoreError, newest_good_backup, restore_backup, set_aside_damaged
from kitdesk.store.integrity import SIDECAR_SUFFIXES, sidecar

MAX_PROBLEMS_SHOWN = 3


@dataclass(frozen=True)
class RecoveryResult:
    restored: bool
    backup: BackupInfo | None
    damaged_file: Path  # where the damaged database lies now
    error: str = ""  # for the user, when not restored


def recover(folder: DataFolder, backup: BackupInfo | None = None) -> RecoveryResult:
    """Set the damaged database aside and put the backup (default: the newest good one) in its place.

    If the restore fails after the damaged file was moved, it is moved back, so the next start
    finds things exactly as they were instead of an empty database.
    """
    backup = backup or newest_good_backup(folder.backups)
    if backup is None:
        text = QCoreApplication.translate("Recovery", "There is no usable backup.")
        return RecoveryResult(False, None, folder.db_path, text)
    try:
        moved = set_aside_damaged(folder)
    except OSError as exc:
        text = QCoreApplication.translate(
            "Recovery", "The damaged file could not be moved aside (%1). Nothing has been changed.")
        return RecoveryResult(False, backup, folder.db_path, text.replace("%1", exc.strerror or str(exc)))
    try:
        restore_backup(backup.path, folder)
    except (RestoreError, OSError) as exc:
        where = _put_back(moved, folder)
        return RecoveryResult(False, backup, where, str(exc))
    return RecoveryResult(True, backup, moved)


def _put_back(moved: Path, folder: DataFolder) -> Path:
    """Move a set-aside database (and its -wal/-shm) back; returns where it is afterwards."""
    if folder.db_path.exists():
        return moved  # something is in the way: never overwrite it
    try:
        for suffix in SIDECAR_SUFFIXES:
            if sidecar(moved, suffix).exists() and not sidecar(folder.db_path, suffix).exists():
                os.replace(sidecar(moved, suffix), sidecar(folder.db_path, suffix))
        os.replace(moved, folder.db_path)
    except OSError:
        return moved if moved.exists() else folder.db_path
    return folder.db_path


def problems_text(problems: list[str]) -> str:
    shown = ["• " + p for p in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        shown.append("• …")
    return "\n".join(shown)


def offer_recovery(folder: DataFolder, problems: list[str]) -> bool:
    """Ask to restore the newest good backup. True: restored, open the database again."""
    intro = QCoreApplication.translate(
        "Recovery", "KIT Desk cannot open your data, because the database file is damaged:")
    intro += "\n\n" + problems_text(problems) + "\n\n"
    backup = newest_good_backup(folder.backups)
    if backup is None:
        text = QCoreApplication.translate(
            "Recovery",
            "Nothing has been changed. There is no usable backup to go back to.\n\n"
            "The damaged file is kept as it is:\n%1\n\n"
            "Contact your IT support: they may be able to rescue data from it.")
        _tell(QMessageBox.Icon.Critical, intro + text.replace("%1", str(folder.db_path)))
        return False

    day = fmt_date(backup.day)
    question = QCoreApplication.translate(
        "Recovery",
        "Nothing has been changed yet.\n\n"
        "Restore the backup from %1? Anything entered after %1 is not in the backup. "
        "The damaged file is kept in the folder %2.")
    answer = QMessageBox.question(
        None, APP_NAME, intro + question.replace("%1", day).replace("%2", str(folder.damaged)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        text = QCoreApplication.translate(
            "Recovery",
            "Nothing has been changed. The damaged file is still here:\n%1\n\n"
            "KIT Desk will close now. Start it again when you want to restore the backup.")
        _tell(QMessageBox.Icon.Information, text.replace("%1", str(folder.db_path)))
        return False

    result = recover(folder, backup)
    if result.restored:
        text = QCoreApplication.translate(
            "Recovery", "The backup from %1 has been restored.\n\nThe damaged file is kept here:\n%2")
        _tell(QMessageBox.Icon.Information, text.replace("%1", day).replace("%2", str(result.damaged_file)))
        return True
    text = QCoreApplication.translate(
        "Recovery", "The backup could not be restored.\n\n%1\n\nThe damaged file is here:\n%2")
    _tell(QMessageBox.Icon.Critical, text.replace("%1", result.error).replace("%2", str(result.damaged_file)))
    return False


def _tell(icon: QMessageBox.Icon, text: str) -> None:
    show = QMessageBox.critical if icon == QMessageBox.Icon.Critical else QMessageBox.information
    show(None, APP_NAME, text)
