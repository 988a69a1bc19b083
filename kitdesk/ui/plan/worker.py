"""Writing the plan's files off the UI thread: the PDF, the family summary and the e-mail draft.

The job gets a frozen PlanContent and a folder; it never touches the store. The screen records the
export (the files' SHA-256, so `kitdesk verify` knows them) and the baton-log line when the answer
arrives. Every module the job needs is imported on the UI thread first (see send_worker.preload).
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kitdesk.domain.plan import PlanAgreement, PlanContent, PlanParticipant
from kitdesk.ui import send_worker
from kitdesk.ui.plan import preview

log = logging.getLogger("kitdesk.plan")
_preloaded = False


@dataclass(frozen=True)
class ExportRequest:
    content: object  # kitdesk.domain.plan.PlanContent
    folder: Path
    author: str
    created: datetime
    fingerprint: str | None
    sender: object  # kitdesk.domain.meeting.Organiser
    include_cpr: bool = False
    family_summary: bool = False
    email: bool = True
    recipients: tuple[tuple[str, str], ...] = ()


@dataclass
class ExportResult:
    pdf: Path
    pdf_sha256: str
    summary: Path | None = None
    summary_sha256: str | None = None
    eml: Path | None = None
    recipients: list = field(default_factory=list)
    without_email: list = field(default_factory=list)


def write_export(request: ExportRequest) -> ExportResult:
    """The files of one export, all or nothing; raises atomic.ExportError (Danish)."""
    from kitdesk.export.plan_files import write_plan_files  # loaded by preload() on the UI thread

    files = write_plan_files(request.content, Path(request.folder), author=request.author, created=request.created,
                             fingerprint=request.fingerprint, include_cpr=request.include_cpr,
                             family_summary=request.family_summary, email=request.email,
                             recipients=list(request.recipients), sender=request.sender)
    return ExportResult(files.pdf, _sha(files.pdf), files.summary, _sha(files.summary) if files.summary else None,
                        files.eml, files.recipients, files.without_email)


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class _Signals(QObject):
    finished = Signal(object)  # ExportResult
    failed = Signal(str)  # a Danish message, or "" for an unexpected error


class PlanExportJob(QRunnable):
    def __init__(self, request: ExportRequest):
        super().__init__()
        self.setAutoDelete(False)
        self.request = request
        self.signals = _Signals()

    def run(self) -> None:
        from kitdesk.export.atomic import ExportError  # loaded by preload() on the UI thread

        try:
            result = write_export(self.request)
        except ExportError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - the screen must always get an answer
            log.error("writing the plan failed: %s", type(exc).__name__)  # no personal data in the log
            self.signals.failed.emit("")
        else:
            self.signals.finished.emit(result)


def preload() -> None:
    """Import and warm the plan's PDF code and the page renderer on the UI thread, once."""
    global _preloaded
    if _preloaded:
        return
    # ReportLab and the export modules load here, on the UI thread, when a plan screen first opens –
    # not at start-up, and never first inside a worker thread (see send_worker).
    from kitdesk.export import family_summary_pdf, plan_files, plan_pdf  # noqa: F401 - loaded for the workers

    send_worker.preload()
    sample = PlanContent(case_no="0", child_name="Æ", birth_date=None, meeting_id=0,
                         starts_at="2026-01-05T09:00+01:00", ends_at="2026-01-05T10:00+01:00", form="physical",
                         participants=(PlanParticipant(name="Ø", is_chair=True),),
                         agreements=(PlanAgreement(what="<b>Å</b>"),))
    try:
        data = plan_pdf.build_plan_pdf(sample, author="", created=datetime(2026, 1, 5, tzinfo=UTC),
                                       fingerprint=None)
        family_summary_pdf.build_family_summary_pdf(sample, author="", created=datetime(2026, 1, 5, tzinfo=UTC))
        preview.render_pages(data, 60)
    except Exception as exc:  # noqa: BLE001 - a failed warm-up must not stop the review; jobs report errors
        log.warning("preloading the plan export failed: %s", type(exc).__name__)
    _preloaded = True


def start(job: PlanExportJob, pool: QThreadPool | None = None) -> None:
    preload()
    (pool or QThreadPool.globalInstance()).start(job)
