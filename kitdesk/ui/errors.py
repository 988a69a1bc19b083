"""Logging without personal data, and a hook that keeps the app running after an unexpected error."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("kitdesk")


MAX_LOG_BYTES = 1_000_000
KEPT_LOGS = 5  # kitdesk.log.1 ... kitdesk.log.5


class RotatingLog(logging.Handler):
    """The stdlib's RotatingFileHandler, made when the first record arrives.

    Importing logging.handlers costs 9–15 ms (measured with -X importtime on the 2-core test machine,
    after everything else start-up loads; it brings socket, pickle and queue) and most starts log
    nothing, so start-up does not pay for it."""

    def __init__(self, path: Path, max_bytes: int = MAX_LOG_BYTES, keep: int = KEPT_LOGS):
        super().__init__()
        self.path, self.max_bytes, self.keep = path, max_bytes, keep
        self.file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            from logging.handlers import RotatingFileHandler  # on the first record: see the class comment

            self.file = RotatingFileHandler(self.path, maxBytes=self.max_bytes, backupCount=self.keep,
                                            encoding="utf-8")
            self.file.setFormatter(self.formatter)
        self.file.handle(record)

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


def setup_logging(logs_dir: Path, max_bytes: int = MAX_LOG_BYTES) -> None:
    logs_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("kitdesk")
    if any(isinstance(h, RotatingLog) for h in root.handlers):
        return
    handler = RotatingLog(logs_dir / "kitdesk.log", max_bytes)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def scrubbed_traceback(exc_type, exc, tb) -> str:
    """The stack without the exception's message or local values: those may hold a child's data."""
    frames = traceback.extract_tb(tb)
    lines = [f'  File "{Path(f.filename).name}", line {f.lineno}, in {f.name}' for f in frames]
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n" + "\n".join(lines)


def install_exception_hook(logs_dir: Path) -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error:\n%s", scrubbed_traceback(exc_type, exc, tb))
        show_unexpected_error(logs_dir)

    sys.excepthook = hook


def show_unexpected_error(logs_dir: Path) -> None:
    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Errors", "Something went wrong"))
    box.setText(QApplication.translate(
        "Errors", "Something unexpected went wrong. What you had saved is safe, and you can carry on working."))
    box.setInformativeText(QApplication.translate(
        "Errors", "If it happens again, tell your IT support. A technical note without personal data is in:\n{0}"
    ).format(str(logs_dir)))
    box.exec()
