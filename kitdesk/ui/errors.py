"""Logging without personal data, and a hook that keeps the app running after an unexpected error."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("kitdesk")


def setup_logging(logs_dir: Path) -> None:
    logs_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("kitdesk")
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    # Rotated at start rather than by logging.handlers (whose import costs ~10 ms at start-up).
    log_file = logs_dir / "kitdesk.log"
    _rotate(log_file, max_bytes=1_000_000, keep=5)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _rotate(log_file: Path, max_bytes: int, keep: int) -> None:
    try:
        if not log_file.exists() or log_file.stat().st_size < max_bytes:
            return
        for n in range(keep - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                older.replace(log_file.with_name(f"{log_file.name}.{n + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        pass  # a log that cannot rotate must not stop the app


def scrubbed_traceback(exc_type, exc, tb) -> str:
    """The stack without the exception's message or local values: those may hold a child's data."""
    import traceback

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
