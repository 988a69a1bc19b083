"""Fil ▸ Frister til kalenderen…: the user's open deadlines as one .ics file, saved where the user picks.

The file is named by the day alone (Frister_2026-12-04.ics): no child's or user's name in a file name.
What is in it, and why an all-day event with a reminder, is kitdesk.export.reminders'.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kitdesk.domain.dates import local_today


class DeskActions(QObject):
    """The translation context (lupdate reads %n plural forms only from tr())."""


def ask_target(parent, suggested: Path) -> Path | None:
    """Where to save; None if the user cancelled. Tests answer in its place."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DeskActions", "Save the deadlines for the calendar"), str(suggested),
                                                  QCoreApplication.translate("DeskActions", "Calendar file (*.ics)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".ics" else path.with_suffix(".ics")


def save_reminders(window) -> Path | None:
    """Ask where, write the .ics, say how many deadlines went in and how to import them."""
    from kitdesk.export.atomic import ExportError, write_file  # on first use
    from kitdesk.export.reminders import file_name, reminders_file  # on first use

    store = window.store
    today = local_today()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    target = ask_target(window, Path(documents) / file_name(today))
    if target is None:
        return None
    data, items = reminders_file(store, today)
    try:
        write_file(target, data)
    except ExportError as exc:  # Danish, says what to do
        QMessageBox.warning(window, QCoreApplication.translate("DeskActions", "Deadlines for the calendar"), exc.message)
        return None
    for case_id in sorted({i.case_id for i in items}):
        store.access_log.record("reminders_exported", "cases", case_id, case_id)
    text = DeskActions.tr("%n deadline(s) saved in %1. Open the file in Outlook or Thunderbird to put them in "
                          "your calendar; saving again later updates them there.", "", len(items))
    QMessageBox.information(window, QCoreApplication.translate("DeskActions", "Deadlines for the calendar"),
                            text.replace("%1", str(target)))
    return target
