"""Writes the invitation bundle (PDF, .ics, .eml) off the UI thread, so the window stays responsive.

The job only gets plain domain objects and a folder: it never touches the store (the SQLite
connection belongs to the UI thread). The caller marks the meeting as sent when `finished` arrives.

Every module the export needs is imported on the UI thread first (preload): PySide6 hooks every
import, and a module imported for the first time inside a worker thread can crash the whole app
("deallocating None" in shiboken's import hook, seen here with ReportLab).
"""
from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from kitdesk.domain.meeting import AgendaItem, Invitee, Meeting, Organiser
from kitdesk.domain.refusal import Refusal
from kitdesk.ui.refusals import refusal_text

log = logging.getLogger("kitdesk.send")
_preloaded = False


class JobSignals(QObject):
    finished = Signal(object)  # kitdesk.export.bundle.InvitationFiles
    failed = Signal(str)  # a Danish message from the export, or "" for an unexpected error


class InvitationJob(QRunnable):
    def __init__(self, meeting, child_name: str, organiser, folder: Path, kind: str,
                 postal: dict[int, str] | None = None):
        """postal: {invitee id: postal address} of those who get the letter by post."""
        super().__init__()
        self.setAutoDelete(False)  # the section holds it until the answer has arrived
        self.meeting, self.child_name, self.organiser = meeting, child_name, organiser
        self.folder, self.kind, self.postal = Path(folder), kind, dict(postal or {})
        # Made in the UI thread, so its signals are delivered there.
        self.signals = JobSignals()

    def run(self) -> None:
        from kitdesk.export import bundle  # loaded by preload() on the UI thread

        try:
            files = bundle.write_invitation(self.meeting, self.child_name, self.organiser, self.folder, kind=self.kind,
                                            postal=self.postal)
        except bundle.ExportError as exc:
            self.signals.failed.emit(getattr(exc, "message", "") or str(exc))
        except Exception as exc:  # noqa: BLE001 - a worker must always answer, or the window waits forever
            # The type only: the message could carry a name from the meeting.
            log.error("writing the invitation failed: %s", type(exc).__name__)
            self.signals.failed.emit("")
        else:
            self.signals.finished.emit(files)


class SendCompletion(QObject):
    """Takes the job's answer on the UI thread and records it in the store – the meeting becomes
    invited, updated or cancelled – even if the screen that started it was closed meanwhile: files
    that went out must never be left unrecorded."""

    done = Signal(object, str)  # (InvitationFiles, "") or (None, a Danish message; "" if unexpected)

    def __init__(self, store, meeting_id: int, job: InvitationJob, kind: str, targets: list[int], reason: str = ""):
        super().__init__(QCoreApplication.instance())
        self.store, self.meeting_id, self.job = store, meeting_id, job  # holds the job until it answers
        self.kind, self.targets, self.reason = kind, list(targets), reason
        job.signals.finished.connect(self._written)
        job.signals.failed.connect(self._failed)

    def _written(self, files) -> None:
        try:
            if self.kind == "cancel":
                self.store.meetings.cancel(self.meeting_id, self.reason)
            else:
                self.store.meetings.mark_sent(self.meeting_id, str(self.job.folder), self.targets,
                                              "update" if self.kind == "update" else "request")
        except Refusal as exc:  # the store's refusal
            self._finish(None, refusal_text(exc))
            return
        # The files are out: the access log says so (request / new / update / cancel).
        self.store.access_log.record_meeting("invitation_exported", self.meeting_id, self.kind)
        self._finish(files, "")

    def _failed(self, message: str) -> None:
        self._finish(None, message)

    def _finish(self, files, message: str) -> None:
        self.done.emit(files, message)
        self.job = None
        self.deleteLater()


def preload() -> None:
    """Build a small bundle in memory once, on the UI thread, so that every module and font the
    export uses is loaded before a worker thread runs it. Takes about half a second, once."""
    global _preloaded
    if _preloaded:
        return
    # ReportLab, icalendar and the export load here, when a send screen first needs them (not at start-up).
    from kitdesk.export import bundle, calendar, email_draft, invitation_pdf  # noqa: F401 - loaded for the worker

    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    sample = Meeting(id=0, uid="preload@kitdesk", starts_at=start, ends_at=start + timedelta(hours=1), form="hybrid",
                     place="Sted", video_link="https://example.dk/m", purpose="<b>Formål</b> æøå", invitees=[
                         Invitee(id=1, name="Æ Ø", email="a@bø.example.dk", sector="gp", gp_paid=True, is_chair=True),
                         Invitee(id=2, name="B", sector="family", role_text="Rolle")],
                     agenda=[AgendaItem(id=1, title="Punkt", description="Tekst", responsible_id=1)])
    organiser = Organiser(name="Navn", title="Titel", organisation="Sted", email="navn@example.dk", phone="1")
    try:
        for kind in ("request", "update", "cancel"):
            pdf = invitation_pdf.build_invitation_pdf(sample, "Barn", organiser, kind, now=start)
            ics = calendar.build_calendar(sample, organiser, kind, now=start)
            email_draft.build_email(sample, organiser, kind, ("a.pdf", pdf), ("a.ics", ics), now=start)
    except Exception as exc:  # noqa: BLE001 - a failed warm-up must not stop sending; the job reports errors
        log.warning("preloading the export failed: %s", type(exc).__name__)
    _preloaded = True


def start(job: InvitationJob, pool: QThreadPool | None = None) -> None:
    preload()
    (pool or QThreadPool.globalInstance()).start(job)
