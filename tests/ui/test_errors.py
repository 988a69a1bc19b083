"""An unexpected error is logged without personal data, the user is told in Danish, the app goes on."""
import logging
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
