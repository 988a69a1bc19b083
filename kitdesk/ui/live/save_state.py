"""What a live or plan view says while what was typed cannot be saved, and the question before such
a view closes. Both are worded so they stay true whatever the user does next:

- while saving fails, the words are only in the open window; the saver keeps trying, and saves them
  as soon as it can (kitdesk/store/minutes_saver.py). The red line says exactly that.
- closing a view (its tab, the main window, the app) with words not yet saved asks first: keep the
  window open (the default), try again, or close and lose them – said in so many words.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kitdesk.ui.widgets import restyle


class SaveBanner(QLabel):
    """The red line under a view's header while saving fails; `status` is the header's small
    "✓ Saved at 10.42.07" label, which turns red with it."""

    def __init__(self, session, status: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.status = session, status
        self.setObjectName("saveFailed")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        session.saved.connect(self._on_saved)
        session.save_failed.connect(self._on_failed)
        session.save_refused.connect(self._on_refused)

    def _on_saved(self, at: str) -> None:
        self.status.setText(self.tr("✓ Saved at %1").replace("%1", at))
        if self.status.property("failed"):
            restyle(self.status, failed=False)
        self.hide()

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Not saved yet"))
        restyle(self.status, failed=True)
        since = self.session.last_saved
        first = self.tr("Not saved since %1.").replace("%1", since) if since else self.tr("Not saved yet.")
        promise = self.tr("KIT Desk keeps trying, and saves what you type as soon as it can – until then it "
                          "exists only in this window. Do not close it.")
        self.setText(f"{first} {promise}\n{message}" if message else f"{first} {promise}")
        self.show()

    def _on_refused(self, message: str) -> None:
        self.status.setText(self.tr("Not saved"))
        restyle(self.status, failed=True)
        self.setText(self.tr("What you typed last was not saved: %1").replace("%1", message))
        self.show()


def confirm_close(parent: QWidget, session, what: str) -> bool:
    """True when a view may close now: everything typed is on disk, or the user chose to close and
    lose what is not. `what` names the view ("In progress: Freja Nørgaard")."""
    while session.unsaved:
        box = QMessageBox(QMessageBox.Icon.Warning, "", "", parent=parent)
        box.setObjectName("unsavedOnClose")
        box.setWindowTitle(QCoreApplication.translate("SaveState", "Not saved – %1").replace("%1", what))
        since = session.last_saved
        if since:
            box.setText(QCoreApplication.translate(
                "SaveState", "What you have typed since %1 is not saved yet.").replace("%1", since))
        else:
            box.setText(QCoreApplication.translate("SaveState", "What you have typed is not saved yet."))
        advice = QCoreApplication.translate(
            "SaveState", "If you keep the window open, KIT Desk saves it as soon as it can. If you close anyway, "
                         "what is not saved is lost.")
        box.setInformativeText(f"{session.error}\n\n{advice}" if session.error else advice)
        keep = box.addButton(QCoreApplication.translate("SaveState", "Keep the window open"),
                             QMessageBox.ButtonRole.RejectRole)
        retry = box.addButton(QCoreApplication.translate("SaveState", "Try again"),
                              QMessageBox.ButtonRole.ActionRole)
        lose = box.addButton(QCoreApplication.translate("SaveState", "Close anyway – it will be lost"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is lose:
            return True
        if clicked is not retry:
            return False
        session.try_again()
    return True


def refuse_while_unsaved(parent: QWidget, session, title: str) -> bool:
    """For a step that must see every word (sign-off, sending, the review): True – and said – when
    something typed is not on disk yet, so the step is not taken."""
    if not session.unsaved or session.flush(2.0):
        return False
    message = QCoreApplication.translate(
        "SaveState", "What you have typed is not saved yet, so this cannot be done now. Keep the window open: "
                     "KIT Desk saves it as soon as it can, and then you can go on.")
    QMessageBox.warning(parent, title, f"{message}\n\n{session.error}" if session.error else message)
    return True
