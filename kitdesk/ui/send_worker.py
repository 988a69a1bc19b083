"""Writes the invitation bundle (PDF, .ics, .eml) off the UI thread, so the window stays responsive.

The job only gets plain domain objects and a folder: it never touches the store (the SQLite
connection belongs to the UI thread). The caller marks the meeting as sent when `finished` arrives.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("kitdesk.send")


class JobSignals(QObject):
    finished = Signal(object)  # kitdesk.export.bundle.InvitationFiles
    failed = Signal(str)  # a Danish message from the export, or "" for an unexpected error


class InvitationJob(QRunnable):
    def __init__(self, meeting, child_name: str, organiser, folder: Path, kind: str):
        super().__init__()
        self.setAutoDelete(False)  # the section holds it until the answer has arrived
        self.meeting, self.child_name, self.organiser = meeting, child_name, organiser
        self.folder, self.kind = Path(folder), kind
        # Made in the UI thread, so its signals are delivered there.
        self.signals = JobSignals()

    def run(self) -> None:
        from kitdesk.export import bundle

        try:
            files = bundle.write_invitation(self.meeting, self.child_name, self.organiser, self.folder, kind=self.kind)
        except bundle.ExportError as exc:
            self.signals.failed.emit(getattr(exc, "message", "") or str(exc))
        except Exception as exc:  # noqa: BLE001 - a worker must always answer, or the window waits forever
            # The type only: the message could carry a name from the meeting.
            log.error("writing the invitation failed: %s", type(exc).__name__)
            self.signals.failed.emit("")
        else:
            self.signals.finished.emit(files)


def start(job: InvitationJob, pool: QThreadPool | None = None) -> None:
    (pool or QThreadPool.globalInstance()).start(job)
