"""Logging without personal data, and a hook that keeps the app running after an unexpected error."""
from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("kitdesk")


def setup_logging(logs_dir: Path) -> None:
    logs_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("kitdesk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(logs_dir / "kitdesk.log", maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
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
