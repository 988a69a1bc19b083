"""Filer → Udskriv: the invitation of the meeting shown, or the plan shown, through the system's print
dialog – the same PDF as is sent, every page on its own sheet. The dialog is answered; the printer
writes a PDF file that is read back."""
from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from kitdesk.ui import printing
from tests.ui.conftest import case_named, freja_meeting


@pytest.fixture
def printed(monkeypatch, tmp_path):
    """The print dialog answered "Print" with a printer that writes to a PDF file."""
    out = tmp_path / "papir.pdf"
    seen = []

    class Dialog:
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setResolution(96)  # a quick test; real printers give their own
            seen.append(printer)

        def setWindowTitle(self, title):
            seen.append(title)

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", Dialog)
    return out, seen


def _pages(path):
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_the_menu_prints_the_invitation_of_the_meeting_shown(qtbot, main_window, demo_store, printed):
    out, seen = printed
    action = next(a for a in main_window.findChildren(type(main_window.undo_action)) if a.text() == "&Print…")
    assert action.shortcut().toString() == "Ctrl+P"
    main_window.open_meeting(freja_meeting(demo_store))
    action.trigger()
    assert out.exists() and "Print Invitation" in seen
    title, data = main_window.tabs.currentWidget().printable()
    assert len(_pages(out)) == len(pypdf.PdfReader(io.BytesIO(data)).pages) >= 2  # every page on a sheet
    demo_store.access_log.flush()
    logged = demo_store.access_log.rows(case_id=case_named(demo_store, "Freja Nørgaard"))
    assert any(r.action == "invitation_exported" and "print" in r.detail for r in logged)


def test_the_plan_is_printed_from_its_tab(qtbot, main_window, demo_store, printed):
    out, seen = printed
    held = next(r.id for r in demo_store.meetings.rows() if r.state == "held")
    main_window.open_meeting(held)
    plan = main_window.tabs.currentWidget()
    try:
        assert main_window.print_current()
        assert out.exists() and "Print Cross-sector plan" in seen
        title, data = plan.printable()
        assert len(_pages(out)) == len(pypdf.PdfReader(io.BytesIO(data)).pages)
    finally:
        plan.close_session()


def test_without_a_meeting_shown_it_says_what_to_open(qtbot, main_window, monkeypatch, printed):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert not main_window.print_current()
    assert told and "Open a meeting" in told[0]
    out, _seen = printed
    assert not out.exists()
