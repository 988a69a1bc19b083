"""Fjern eksempeldata: every demo case and demo person in one step, never a real case."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.store.db import DatabaseErrors, describe_error


class DemoRemoval(QObject):
    def run(self, window) -> bool:
        from kitdesk.store.demo_removal import has_demo, remove_demo

        store = window.store
        title = self.tr("Remove example data")
        if not has_demo(store):
            QMessageBox.information(window, title, self.tr("There is no example data to remove."))
            return False
        demo_cases = store.cases.demo_ids()
        box = QMessageBox(QMessageBox.Icon.Question, title, self.tr(
            "Remove the %n fictitious example case(s) and the example people?", "", len(demo_cases)),
            QMessageBox.StandardButton.Cancel, window)
        box.setInformativeText(self.tr(
            "Your own cases are not touched. An example person you have added to one of your own cases stays."))
        remove = box.addButton(self.tr("Remove example data"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(remove)
        box.exec()
        if box.clickedButton() is not remove:
            return False
        window.close_case_tabs(demo_cases)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            removed = remove_demo(store)
        except DatabaseErrors as exc:
            QMessageBox.warning(window, title, describe_error(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        done = self.tr("%n example case(s) removed, with the example people.", "", removed.cases)
        if removed.kept:
            QMessageBox.information(window, title, done + "\n\n" + self.tr(
                "Kept, because your own cases use them: %1.").replace("%1", ", ".join(removed.kept)))
        else:
            window.statusBar().showMessage(done, 8000)
        return True
