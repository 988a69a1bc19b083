"""The access log from the window, with real widgets: opening a case, a meeting and the plan, the
invitation and the plan written to files, an attached document opened, and "Udtræk til indsigt" from
the case and from Personer – each leaves one row, and no row holds a name, a CPR number or a file
name. A database another program holds locked does not stop the user opening a case."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.model import Exchange
from kitdesk.store.db import connect
from kitdesk.ui.access_extract_dialog import AccessExtractDialog
from tests.support import key_of
from tests.ui.test_meeting_send import _ready, _wait, case_id, invitees, meeting_id, quiet, send  # noqa: F401

OK = Qt.MouseButton.LeftButton
CPR = "170413-4118"  # fictitious


def _freja(store) -> int:
    return next(r.id for r in store.cases.rows() if r.child_name == "Freja Nørgaard")


def _rows(store) -> list[tuple]:
    return store.conn.execute("SELECT user, action, entity, entity_id, case_id, detail FROM access_log "
                              "ORDER BY id").fetchall()


def assert_no_personal_data(store) -> None:
    """Nothing in any access-log row but the user's own name is text a person typed about someone."""
    words = set()
    for (name,) in store.conn.execute("SELECT name FROM persons UNION SELECT child_name FROM cases "
                                      "UNION SELECT name FROM invitees"):
        words |= {w for w in name.split() if len(w) > 2}
    words |= {CPR, CPR.replace("-", ""), ".pdf", ".csv", ".eml", "Indsigt"}
    for row in store.conn.execute("SELECT at, action, entity, entity_id, case_id, detail FROM access_log"):
        text = " ".join(str(v) for v in row)
        assert not any(w.casefold() in text.casefold() for w in words), row
        assert all(c.islower() or c.isdigit() or c in "_,=" for c in row[1] + row[2] + row[5]), row


def test_opening_a_case_logs_once_per_opening(qtbot, main_window, demo_store):
    freja = _freja(demo_store)
    demo_store.cases.update(freja, {"cpr": CPR})
    main_window.case_list.open_case.emit(freja)  # as a double-click in the case list does
    assert main_window.case_view(freja) is main_window.tabs.currentWidget()
    assert _rows(demo_store) == [("Test Bruger", "case_opened", "cases", freja, freja, "")]
    main_window.open_case(freja)  # the tab is already open: shown, not opened again
    assert len(_rows(demo_store)) == 1
    main_window.close_tab(main_window.tabs.currentIndex())
    main_window.open_case(freja)
    assert [r[1] for r in _rows(demo_store)] == ["case_opened", "case_opened"]
    assert_no_personal_data(demo_store)


def test_viewing_the_plan_and_opening_a_meeting_are_logged(qtbot, main_window, demo_store):
    freja = _freja(demo_store)
    meetings = {m.state: m.id for m in demo_store.meetings.rows(freja)}
    main_window.open_meeting(meetings["signed"])  # a signed meeting opens its plan
    main_window.open_meeting(meetings["invited"])  # an invited one its preparation
    assert _rows(demo_store) == [("Test Bruger", "plan_viewed", "meetings", meetings["signed"], freja, ""),
                                 ("Test Bruger", "meeting_opened", "meetings", meetings["invited"], freja, "")]
    main_window.plan_view(meetings["signed"]).close_session()


def _write_plan(qtbot, main_window, plan_meeting: int, folder, cpr: bool):
    main_window.open_meeting(plan_meeting)
    view = main_window.plan_view(plan_meeting)
    dialog = view.send_plan()
    dialog.folder.setText(str(folder))
    dialog.summary.setChecked(True)
    dialog.cpr.setChecked(cpr)
    qtbot.mouseClick(dialog.write_button, OK)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    dialog.close()
    view.close_session()


def test_writing_the_plan_to_files_is_logged_with_how(qtbot, main_window, demo_store, tmp_path):
    demo_store.settings.set_many({"user_email": "test.bruger@buc.example.dk"})  # the e-mail draft's sender
    freja = _freja(demo_store)
    signed = next(m.id for m in demo_store.meetings.rows(freja) if m.state == "signed")
    _write_plan(qtbot, main_window, signed, tmp_path / "signed", cpr=False)
    assert _rows(demo_store)[-1] == ("Test Bruger", "plan_exported", "meetings", signed, freja, "v1,summary,email")
    # A draft with the child's CPR number ticked for this one export: said so in the log.
    held = next(m for m in demo_store.meetings.rows() if m.state == "held")
    demo_store.cases.update(held.case_id, {"cpr": CPR})
    _write_plan(qtbot, main_window, held.id, tmp_path / "draft", cpr=True)
    assert _rows(demo_store)[-1] == ("Test Bruger", "plan_exported", "meetings", held.id, held.case_id,
                                     "draft,cpr,summary,email")
    assert_no_personal_data(demo_store)


def test_sending_the_invitation_is_logged(qtbot, demo_store, case_id, meeting_id, invitees, send,  # noqa: F811
                                          monkeypatch):
    _ready(qtbot, demo_store, meeting_id, invitees, send, monkeypatch)
    qtbot.mouseClick(send.send_button, OK)
    _wait(qtbot, send)
    assert demo_store.meetings.get(meeting_id).state == "invited"
    assert _rows(demo_store)[-1] == ("Mette Kjærgaard", "invitation_exported", "meetings", meeting_id, case_id,
                                     "request")
    assert_no_personal_data(demo_store)


def test_opening_an_attached_document_is_logged(qtbot, main_window, demo_store, tmp_path, monkeypatch):
    freja = _freja(demo_store)
    source = tmp_path / "Statusnotat Freja Nørgaard.pdf"
    source.write_bytes(b"%PDF-1.4 fiktivt")
    exchange_id = demo_store.exchanges.add(Exchange(case_id=freja, kind="status_note",
                                                    exchanged_on=demo_store.cases.get(freja).opened_on,
                                                    from_sector="buc", to_sector="caseworker"), source)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    main_window.open_case(freja)
    tab = main_window.case_view(freja).exchanges
    tab.select(exchange_id)
    tab.open_file()
    assert opened and Path(opened[0]).name == "Statusnotat Freja Nørgaard.pdf"
    assert _rows(demo_store)[-1] == ("Test Bruger", "document_opened", "exchanges", exchange_id, freja, "")
    assert_no_personal_data(demo_store)


def test_the_extract_from_the_open_case(qtbot, main_window, demo_store, tmp_path, monkeypatch):
    freja = _freja(demo_store)
    demo_store.cases.update(freja, {"cpr": CPR})
    main_window.open_case(freja)
    view = main_window.case_view(freja)
    assert view.extract_button.isVisible()
    qtbot.mouseClick(view.extract_button, OK)
    dialog = view.findChild(AccessExtractDialog)
    assert dialog is not None and dialog.isVisible()
    case_no = demo_store.cases.get(freja).case_no
    assert "Freja Nørgaard" in dialog.who.text() and case_no in dialog.who.text()
    assert f"Indsigt_{case_no}_" in dialog.names.text() and "Freja" not in dialog.names.text()
    dialog.folder.setText(str(tmp_path / "indsigt"))
    qtbot.mouseClick(dialog.make_button, OK)
    assert dialog.is_busy() and not dialog.close_button.isEnabled()  # written off the UI thread
    dialog.reject()  # Escape while writing: the dialog stays until the files are logged
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    files = sorted((tmp_path / "indsigt").iterdir())
    assert [f.suffix for f in files] == [".csv", ".pdf"] and all(f.name.startswith(f"Indsigt_{case_no}_") for f in files)
    text = " ".join(p.extract_text() for p in PdfReader(str(files[1])).pages)
    assert CPR in text and "Sagen åbnet" in text
    assert files[0].read_bytes().startswith(b"\xef\xbb\xbf")
    assert _rows(demo_store)[-1] == ("Test Bruger", "access_extract", "cases", freja, freja, "pdf,csv")
    assert dialog.open_folder_button.isVisible() and not dialog.make_button.isVisible()
    assert str(tmp_path / "indsigt") in dialog.message.text()
    assert_no_personal_data(demo_store)


def test_the_extract_for_a_person_from_personer(qtbot, main_window, demo_store, tmp_path):
    main_window.tabs.setCurrentIndex(1)
    page = main_window.persons_page
    peter = demo_store.query("SELECT id FROM persons WHERE name = 'Peter Ærø'")[0]["id"]
    assert page.select_person(peter)
    qtbot.mouseClick(page.details.extract_button, OK)
    dialog = page.findChild(AccessExtractDialog)
    assert dialog is not None and "Peter Ærø" in dialog.who.text()
    dialog.pdf.setChecked(False)
    assert f"Indsigt_person-{peter}_" in dialog.names.text() and ".pdf" not in dialog.names.text()
    dialog.csv.setChecked(False)
    assert not dialog.make_button.isEnabled()
    dialog.pdf.setChecked(True)
    dialog.folder.setText(str(tmp_path / "p"))
    qtbot.mouseClick(dialog.make_button, OK)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert [f.suffix for f in (tmp_path / "p").iterdir()] == [".pdf"]
    assert _rows(demo_store)[-1] == ("Test Bruger", "access_extract", "persons", peter, None, "pdf")


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_logged(qtbot, main_window, demo_store, tmp_path):
    freja = _freja(demo_store)
    blocked = tmp_path / "fil"
    blocked.write_text("not a folder")
    dialog = AccessExtractDialog(demo_store, case_id=freja, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(blocked / "indsigt"))
    before = _rows(demo_store)
    qtbot.mouseClick(dialog.make_button, OK)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "Intet er skrevet" in dialog.message.text() or "Nothing was written" in dialog.message.text()
    assert dialog.make_button.isVisible() and _rows(demo_store) == before


def test_a_locked_database_does_not_stop_opening_a_case(qtbot, main_window, demo_store, folder, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail("the user was stopped"))
    freja = _freja(demo_store)
    blocker = connect(folder.db_path, key_of(folder), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the database
    try:
        main_window.open_case(freja)
        assert main_window.case_view(freja) is main_window.tabs.currentWidget()
        assert _rows(demo_store) == [] and demo_store.access_log.waiting == 1
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    emil = next(r.id for r in demo_store.cases.rows() if r.child_name == "Emil Bak")
    main_window.open_case(emil)  # the next opening writes both
    assert [(r[1], r[3]) for r in _rows(demo_store)] == [("case_opened", freja), ("case_opened", emil)]


def test_after_the_preload_the_extract_worker_imports_nothing(tmp_path, demo_store):
    """The files are written in a worker thread, where a first import can crash PySide6: the preload
    on the UI thread must leave nothing to import. A fresh interpreter, nothing loaded yet."""
    import os
    import subprocess
    import sys

    script = f"""
import sys
from pathlib import Path
import PySide6.QtWidgets
app = PySide6.QtWidgets.QApplication([])
from kitdesk.paths import DataFolder
from kitdesk.store.store import Store
from kitdesk.store import access_extract
from kitdesk.ui import access_extract_dialog
from tests.support import open_store
store = open_store(DataFolder(Path({str(demo_store.folder.root)!r})))
extract = access_extract.build(store, access_extract.gather_case(store, 1))
access_extract_dialog.preload()
before = set(sys.modules)
job = access_extract_dialog.ExtractJob(extract, Path({str(tmp_path / "out")!r}), True, True)
job.run()
print(sorted(set(sys.modules) - before), len(list(Path({str(tmp_path / "out")!r}).iterdir())))
"""
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[] 2"
