"""The page walk start-up left out (a sealed file, kitdesk.store.page_check) runs once the first
page shows; damage it finds is told at once, in the words start-up uses for a damaged file.

The walk runs in a thread of the store; what it finds comes over to the GUI thread through a
signal (a queued connection), because only that thread may show a window.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from kitdesk import APP_NAME

# After the first page has been shown: the walk (about a second for 150 MB) reads the file while
# the user looks at the page, not while it is being filled.
WALK_DELAY_MS = 500
# Should the first page never say it is ready (another tab opened in front of it), all the same.
WALK_AT_THE_LATEST_MS = 10_000


class _Relay(QObject):
    found = Signal(list)


def walk_pages_after_first_page(window, store, first_page, *, unattended: bool) -> None:
    """Start the owed walk WALK_DELAY_MS after `first_page` says it is ready; on damage, tell."""
    if not store.page_check.owed:
        return
    relay = _Relay(window)
    relay.found.connect(lambda problems: tell_damage(window, problems, unattended))

    def start() -> None:
        store.page_check.start(relay.found.emit)  # nothing, if closing the store walked already

    def shown() -> None:
        first_page.ready.disconnect(shown)
        QTimer.singleShot(WALK_DELAY_MS, window, start)

    first_page.ready.connect(shown)
    QTimer.singleShot(WALK_AT_THE_LATEST_MS, window, start)


def tell_damage(parent, problems: list[str], unattended: bool) -> None:
    """In plain words what it means and what to do; SQLite's own findings under "Vis detaljer" for
    the IT support, not in front of a social worker."""
    from kitdesk.ui.recover_dialog import problems_text

    text = QCoreApplication.translate("Recovery", "The database file is damaged. What KIT Desk shows now may be "
                                      "incomplete, and what you enter now may not be kept.")
    advice = QCoreApplication.translate("Recovery", "Do not enter anything more now. Close KIT Desk and start it "
                                        "again: it will then offer to restore the newest usable backup.")
    details = problems_text(problems)
    print(f"{text}\n\n{details}\n\n{advice}", file=sys.stderr, flush=True)
    if unattended:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("damageNotice")
    box.setInformativeText(advice)
    box.setDetailedText(details)
    box.exec()
