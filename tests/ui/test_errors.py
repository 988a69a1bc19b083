"""An unexpected error is logged without personal data, the user is told in Danish, the app goes on."""
import logging
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from kitdesk.ui import errors


def test_the_log_holds_the_stack_but_not_the_message(tmp_path, qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    errors.setup_logging(tmp_path)
    previous = sys.excepthook
    errors.install_exception_hook(tmp_path)
    try:
        try:
            raise ValueError("Freja Nørgaard 010101-1234 har angst")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
        for handler in logging.getLogger("kitdesk").handlers:
            handler.flush()
    log_text = (tmp_path / "kitdesk.log").read_text(encoding="utf-8")
    assert "builtins.ValueError" in log_text
    assert "test_errors.py" in log_text
    assert "Freja" not in log_text and "010101" not in log_text and "angst" not in log_text
    assert len(shown) == 1


def test_the_message_is_danish_and_says_where_the_note_is(danish, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda self: shown.append((self.windowTitle(), self.text(), self.informativeText())) or 0)
    errors.show_unexpected_error(tmp_path)
    title, text, more = shown[0]
    assert title == "Der opstod en fejl"
    assert text == "Der opstod en uventet fejl. Det, du havde gemt, er i sikkerhed, og du kan arbejde videre."
    assert more.startswith("Sker det igen, så kontakt din IT-support.") and more.endswith(str(tmp_path))


def test_an_error_in_a_slot_is_caught_and_the_app_goes_on(qtbot, main_window, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    with qtbot.capture_exceptions():  # pytest-qt's own hook steps aside for ours
        previous = sys.excepthook
        errors.install_exception_hook(tmp_path)
        try:
            def broken_slot():
                raise RuntimeError("boom")

            QTimer.singleShot(0, broken_slot)
            qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        finally:
            sys.excepthook = previous
    main_window.tabs.setCurrentIndex(1)
    assert main_window.isVisible() and main_window.tabs.currentIndex() == 1


def test_the_log_rotates_with_the_standard_library(tmp_path):
    """kitdesk.log, then .1 and .2 as it grows; the oldest beyond `keep` goes."""
    logger = logging.getLogger("kitdesk.test_rotation")
    handler = errors.RotatingLog(tmp_path / "kitdesk.log", max_bytes=2_000, keep=2)
    logger.addHandler(handler)
    try:
        for n in range(200):
            logger.warning("line %d of a log that grows past its limit", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kitdesk.log", "kitdesk.log.1", "kitdesk.log.2"]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "line 199 of a log" in (tmp_path / "kitdesk.log").read_text(encoding="utf-8")


def test_start_up_does_not_import_logging_handlers_until_something_is_logged(tmp_path):
    code = ("import sys, logging; from kitdesk.ui.errors import setup_logging; "
            f"setup_logging(__import__('pathlib').Path({str(tmp_path)!r})); "
            "print('logging.handlers' in sys.modules); logging.getLogger('kitdesk').error('noted'); "
            "print('logging.handlers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.split() == ["False", "True"], out.stderr
    assert "ERROR kitdesk: noted" in (tmp_path / "kitdesk.log").read_text(encoding="utf-8")
