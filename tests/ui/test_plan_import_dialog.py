"""Filer → Læs plan ind…: a received plan PDF read into a case through the dialog – the plan's child
chosen, another found by searching, or a new case – its agreements then in the follow-up of the case's
meeting with their source; a file without KIT Desk data refused in Danish."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kitdesk.export.plan_pdf import build_plan_pdf, render_plan_pdf
from kitdesk.ui.live.followup import FollowUpPanel
from kitdesk.ui.plan_import_dialog import PlanImportDialog
from tests.export.plan_samples import AUTHOR, SIGNED_AT, full_fingerprint, received_plan, sample_plan
from tests.ui.conftest import case_named
from tests.ui.test_live_agreements import live_meeting


def _plan_file(tmp_path, plan=None):
    plan = plan or sample_plan()
    path = tmp_path / "Tvaersektoriel_plan_2026-0001_2026-12-04_v2.pdf"
    path.write_bytes(build_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(plan)))
    return path


def _answer_dialog(qtbot, answer):
    """Run `answer(dialog)` on the read-in dialog once it is shown (exec() blocks the test)."""
    def later():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PlanImportDialog):
            QTimer.singleShot(20, later)
            return
        answer(dialog)
    QTimer.singleShot(0, later)


def test_the_plan_is_read_into_the_childs_case_from_the_file_menu(qtbot, main_window, demo_store, tmp_path, danish):
    freja = case_named(demo_store, "Freja Nørgaard")
    seen = {}

    def answer(dialog):
        seen["chosen"] = dialog.chosen_case()
        seen["existing"] = dialog.existing.isChecked()
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.search.setText("alma")  # another case is found by searching ...
        seen["searched"] = dialog.chosen_case()
        dialog.search.clear()
        dialog.cases.setCurrentItem(next(dialog.cases.item(i) for i in range(dialog.cases.count())
                                         if dialog.cases.item(i).data(Qt.ItemDataRole.UserRole) == freja))
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)  # ... but Freja's is the one

    _answer_dialog(qtbot, answer)
    main_window.read_plan_in(str(_plan_file(tmp_path)))
    assert seen["chosen"] == freja and seen["existing"]  # the plan's child is chosen
    assert seen["searched"] == case_named(demo_store, "Alma Holm")
    assert "Fra BUC Eksempelbys plan, version 2, 04.12.2026." in seen["text"]
    assert "4 aftaler til opfølgning:" in seen["text"] and "Peter Ærø, 15.01.2027" in seen["text"]
    assert "Afsenderens sagsnummer: 2026-0001" in seen["text"]

    imported = demo_store.plan_imports.imported_agreements(freja)
    assert [a["what"] for a in imported] == [a.what for a in sample_plan().agreements]
    assert main_window.case_view(freja) is main_window.tabs.currentWidget()  # the case is shown
    assert main_window.statusBar().currentMessage() == (
        f"Planen er læst ind i sag {demo_store.cases.get(freja).case_no}. Aftalerne følges op på sagens næste møde.")

    # Read again: nothing changes, and the window says so.
    _answer_dialog(qtbot, lambda dialog: dialog.accept())
    main_window.read_plan_in(str(_plan_file(tmp_path)))
    assert demo_store.plan_imports.imported_agreements(freja) == imported
    assert "intet er ændret" in main_window.statusBar().currentMessage()


def test_a_new_case_for_the_plans_child(qtbot, demo_store):
    data = received_plan(child_name="Ida Kofoed", birth_date="2014-02-03")
    dialog = PlanImportDialog(demo_store, data)
    qtbot.addWidget(dialog)
    assert dialog.new_case.isChecked() and dialog.cases.currentItem() is None  # no case of Ida's here
    dialog.accept()
    case_id = dialog.result_of_reading.case_id
    assert demo_store.cases.get(case_id).child_name == "Ida Kofoed"
    assert str(demo_store.cases.get(case_id).birth_date) == "2014-02-03"
    assert len(demo_store.plan_imports.imported_agreements(case_id)) == 4


def test_a_pdf_without_kitdesk_data_is_refused_in_danish(main_window, tmp_path, monkeypatch, danish):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    plan = sample_plan()
    old = tmp_path / "gammel.pdf"
    old.write_bytes(render_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(plan)))
    main_window.read_plan_in(str(old))
    (title, text), = said
    assert title == "Læs plan ind" and text.startswith("PDF'en har ingen data fra KIT Desk.")
    (tmp_path / "noter.pdf").write_text("ikke en pdf")
    main_window.read_plan_in(str(tmp_path / "noter.pdf"))
    assert said[1][1].startswith("Filen er ikke en PDF")


def test_the_follow_up_shows_where_an_imported_agreement_is_from(qtbot, demo_store):
    freja = case_named(demo_store, "Freja Nørgaard")
    demo_store.plan_imports.read_in(received_plan(), freja)
    with live_meeting(demo_store) as live:
        panel = FollowUpPanel(live.store, live.bridge, live.session, live.stack)
        qtbot.addWidget(panel)
        panel.show()
        imported = [a for a in demo_store.live.state(live.meeting_id).earlier if a.plan_import_id]
        assert len(imported) == 4
        card = panel.cards[imported[0].id]
        assert card.what.text() == sample_plan().agreements[0].what
        assert card.meta.text().endswith("Fra BUC Eksempelbys plan, version 2, 04.12.2026")
        panel.set_outcome(imported[0].id, "done")
        assert demo_store.writer.row("agreements", imported[0].id)["status"] == "done"


def test_the_cases_meetings_tab_lists_the_agreements_read_in(qtbot, main_window, demo_store, danish):
    freja = case_named(demo_store, "Freja Nørgaard")
    main_window.open_case(freja)
    tab = main_window.case_view(freja).meetings
    assert not tab.received_heading.isVisibleTo(tab)  # nothing read in yet
    demo_store.plan_imports.read_in(received_plan(), freja)  # the bridge reloads the tab
    qtbot.waitUntil(lambda: tab.received.text() != "")
    lines = tab.received.text().splitlines()
    assert len(lines) == 4 and tab.received_heading.text() == "Aftaler fra modtagne planer"
    assert lines[0] == ("• Skolen laver en plan for frikvartererne med en fast voksen. – Peter Ærø, 15.01.2027 · "
                        "Fra BUC Eksempelbys plan, version 2, 04.12.2026 (åben)")
    assert "løbende" in lines[1]
