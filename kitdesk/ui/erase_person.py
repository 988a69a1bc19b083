"""Slet person: a person deleted from the directory for good. Refused, naming the cases, while they are
in a case's network; their name stays in the meetings they were invited to, as part of those records."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kitdesk.store.db import DatabaseErrors
from kitdesk.ui.erasure_texts import after_erasure, erase_with_backup
from kitdesk.ui.refusals import said


class PersonErasure(QObject):
    def run(self, parent, store, person_id: int) -> bool:
        """True when the person was deleted."""
        from kitdesk.store.erasure import ErasureRefused, erase_person, person_blockers

        person = store.persons.get(person_id)
        title = self.tr("Delete person")
        blockers = person_blockers(store, person_id)
        if blockers:
            cases = ", ".join(f"{case_no} ({child})" for _id, case_no, child in blockers)
            QMessageBox.information(parent, title, self.tr(
                "%1 is in the network of %n case(s): %2. Remove them from the network there first (the case's "
                "Network tab) – nothing was deleted.", "", len(blockers)).replace("%1", person.name).replace("%2", cases))
            return False
        meetings = store.persons.meetings_invited_to(person_id)
        box = QMessageBox(QMessageBox.Icon.Warning, title,
                          self.tr("Delete %1 from People for good?").replace("%1", person.name),
                          QMessageBox.StandardButton.Cancel, parent)
        details = self.tr("The person's details are deleted and cannot be brought back. The change log keeps only "
                          "that a person was deleted, by whom and when.")
        if meetings:
            details += "\n\n" + self.tr("The name and contact details as written in the invitation stay in the %n "
                                        "meeting(s) the person was invited to, as part of the meeting's record; they "
                                        "go when the case is deleted.", "", meetings)
        box.setInformativeText(details)
        erase = box.addButton(self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            erased, outlook, error = erase_with_backup(store, lambda: erase_person(store, person_id))
        except (ErasureRefused, DatabaseErrors) as exc:
            QMessageBox.warning(parent, title, said(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        lines = [self.tr("%1 is deleted.").replace("%1", person.name)]
        lines += [line for _kind, line in after_erasure(erased, outlook, error, self.tr("the person's details"))]
        QMessageBox.information(parent, title, "\n\n".join(lines))
        return True
