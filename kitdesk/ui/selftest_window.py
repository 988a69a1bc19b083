"""The window half of `kitdesk --selftest`: the main window renders offscreen, in Danish, with Qt's
own Danish strings. Returns a problem to report, or None."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kitdesk.ui.i18n import install_translators
from kitdesk.ui.main_window import CASES_TAB, MainWindow


def check_window(store) -> str | None:
    app = QApplication.instance()
    install_translators(app, "da")
    window = MainWindow(store)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    image = window.grab()
    tab = window.tabs.tabText(CASES_TAB)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # kept alive while its button is read
    cancel = box.buttons()[0].text()
    window.close()
    window.bridge.detach()
    if image.isNull() or image.width() <= 0:
        return "main window did not render"
    if tab != "Sager":
        return f"Danish translation not loaded (tab reads {tab!r})"
    if cancel != "Annuller":
        return f"Qt's own Danish strings missing (Cancel reads {cancel!r})"
    return None
