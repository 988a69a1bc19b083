"""At start-up, when the data folder did not open: say why, and for a damaged database offer the
newest good backup.

The store decides what happened (kitdesk.store.opening) and does the file work; this module only
tells and asks. Only a damaged database leads to the question, and restoring is never the default
button: the user has to choose it by name. A full disk, an I/O error, a missing permission, a lock
or a newer version is said in its own words, with what to do, and the data is left as it is.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kitdesk import APP_NAME
from kitdesk.domain.dates import fmt_date
from kitdesk.store.opening import Found, Opening, restore_offered_backup

MAX_PROBLEMS_SHOWN = 3


def problems_text(problems) -> str:
    problems = list(problems)
    shown = ["• " + p for p in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        shown.append("• …")
    return "\n".join(shown)


def present(opening: Opening) -> Opening:
    """Tell the user what `opening` found; for a damaged database with a good backup, ask, and carry
    out the choice. Returns the answer after that (opened if the backup was restored)."""
    if opening.found is not Found.DAMAGED:
        show = QMessageBox.information if opening.found is Found.ALREADY_RUNNING else QMessageBox.critical
        show(None, APP_NAME, opening.message)
        return opening
    # SQLite's findings go under "Vis detaljer", for the IT support: the user reads what it means.
    intro = QCoreApplication.translate(
        "Recovery", "KIT Desk cannot open your data, because the database file is damaged.") + "\n\n"
    if opening.backup is None:
        text = QCoreApplication.translate(
            "Recovery",
            "Nothing has been changed. There is no usable backup to go back to.\n\n"
            "The damaged file is kept as it is:\n%1\n\n"
            "Contact your IT support: they may be able to rescue data from it.")
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, intro + text.replace("%1", str(opening.folder.db_path)))
        box.setDetailedText(problems_text(opening.problems))
        box.exec()
        return opening
    if not ask_to_restore(opening, intro):
        text = QCoreApplication.translate(
            "Recovery",
            "Nothing has been changed. The damaged file is still here:\n%1\n\n"
            "KIT Desk will close now. Start it again when you want to restore the backup.")
        QMessageBox.information(None, APP_NAME, text.replace("%1", str(opening.folder.db_path)))
        return opening

    day = fmt_date(opening.backup.day)
    result = restore_offered_backup(opening)
    if result.opened and result.restored:
        text = QCoreApplication.translate(
            "Recovery", "The backup from %1 has been restored.\n\nThe damaged file is kept here:\n%2")
        QMessageBox.information(None, APP_NAME, text.replace("%1", day).replace("%2", str(result.damaged_file)))
        return result
    if result.restored:  # in place, but it did not open (e.g. the disk filled up meanwhile)
        QMessageBox.critical(None, APP_NAME, result.message)
        return result
    text = QCoreApplication.translate(
        "Recovery", "The backup could not be restored.\n\n%1\n\nThe damaged file is here:\n%2")
    QMessageBox.critical(None, APP_NAME, text.replace("%1", result.notice).replace(
        "%2", str(result.folder.db_path)))
    return result


def ask_to_restore(opening: Opening, intro: str) -> bool:
    """The one question: restore the offered backup? The safe answer (close, change nothing) is the
    default and Escape; restoring needs its own, named button."""
    day = fmt_date(opening.backup.day)
    question = QCoreApplication.translate(
        "Recovery",
        "Nothing has been changed yet.\n\n"
        "Restore the backup from %1? Anything entered after %1 is not in the backup. "
        "The damaged file is kept in the folder %2.")
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                      intro + question.replace("%1", day).replace("%2", str(opening.folder.damaged)))
    box.setDetailedText(problems_text(opening.problems))
    restore = box.addButton(QCoreApplication.translate("Recovery", "Restore the backup from %1").replace("%1", day),
                            QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("Recovery", "Close KIT Desk"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is restore
