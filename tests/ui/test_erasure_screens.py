"""Deleting for good in the window: Slet sag… with the typed case number, the question about an unfiled
plan, Slet person…, the Eksempel marker and Fjern eksempeldata, the retention setting, notice and list,
and the journaliseret mark in the plan's Versions tab."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kitdesk.domain.model import Case, Person
from kitdesk.ui.erase_case_dialog import EraseCaseDialog
from kitdesk.ui.main_window import CASES_TAB, PEOPLE_TAB
from kitdesk.ui.models.case_table import COLUMNS, CaseTableModel


def answers(*steps) -> list[str]:
    """Press buttons of the modal dialogs about to open, one step each: (button text, prepare or None).
    A step waits for a modal dialog that has its button. Returns the texts of the dialogs answered."""
    seen: list[str] = []
    pending = list(steps)

    def press() -> None:
        if not pending:
            return
        text, prepare = pending[0]
        dialog = QApplication.activeModalWidget()
        buttons = [] if dialog is None else [
            b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == text and b.isVisible()]
        if not buttons:
            QTimer.singleShot(20, press)
            return
        pending.pop(0)
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible()))
        if prepare is not None:
            prepare(dialog)
        buttons[0].click()
        QTimer.singleShot(20, press)

    QTimer.singleShot(0, press)
    return seen


def _case(store, name):
    return next((r for r in store.cases.rows() if r.child_name == name), None)


def _person(store, name):
    return next((p for p in store.persons.all() if p.name == name), None)


def test_the_delete_button_waits_for_the_exact_case_number(qtbot, demo_store):
    freja = _case(demo_store, "Freja Nørgaard")
    dialog = EraseCaseDialog(demo_store, freja.id)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, freja.case_no[:-1])
    assert not dialog.erase_button.isEnabled()
    dialog.erase()  # pressing anyway (Enter) does nothing
    assert _case(demo_store, "Freja Nørgaard")
    qtbot.keyClicks(dialog.confirm, freja.case_no[-1])
    assert dialog.erase_button.isEnabled()
    # The child's mother is in this case only and is ticked; the PPR psychologist is not.
    ticked = {box.text(): box.isChecked() for box in dialog.person_boxes.values()}
    assert ticked == {"Camilla Nørgaard – Mor": True, "Hanne Lund Friis – PPR-psykolog": False}
    assert "not marked as filed" in dialog.unfiled.text()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.erased is not None
    assert _case(demo_store, "Freja Nørgaard") is None
    assert _person(demo_store, "Camilla Nørgaard") is None and _person(demo_store, "Hanne Lund Friis")
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "No backup holds the case." in shown  # this data folder has no older backup


def test_an_unfiled_plan_is_asked_about_first_and_open_the_plan_deletes_nothing(qtbot, main_window, demo_store):
    freja = _case(demo_store, "Freja Nørgaard")
    main_window.open_case(freja.id)
    seen = answers(("Open the plan", None))
    main_window.case_view(freja.id).delete_button.click()
    assert "1 signed plan(s) not marked as filed" in seen[0]
    plan = main_window.tabs.currentWidget()
    assert getattr(plan, "is_plan", False) and plan.tabs.currentWidget() is plan.versions
    assert _case(demo_store, "Freja Nørgaard")


def test_delete_anyway_closes_the_tabs_deletes_and_clears_undo(qtbot, main_window, demo_store):
    freja = _case(demo_store, "Freja Nørgaard")
    meeting = demo_store.conn.execute("SELECT meeting_id FROM plan_versions WHERE case_id = ?", [freja.id]).fetchone()[0]
    main_window.open_plan(meeting)
    main_window.open_case(freja.id)
    page = main_window.persons_page
    page.select_person(_person(demo_store, "Peter Ærø").id)
    from kitdesk.ui import undo

    demo_store.persons.update(_person(demo_store, "Peter Ærø").id, {"phone": "11 11 11 11"})
    undo.record(page.undo_stack, demo_store, "Ret")
    assert page.undo_stack.canUndo()

    seen = answers(("Delete anyway…", None),
                   ("Delete the case for good", lambda dialog: dialog.confirm.setText(freja.case_no)),
                   ("Close", None))
    main_window.case_view(freja.id).delete_button.click()

    assert len(seen) == 3 and "The case is deleted" in seen[2]
    assert _case(demo_store, "Freja Nørgaard") is None
    assert main_window.case_view(freja.id) is None and main_window.plan_view(meeting) is None
    assert main_window.tabs.currentIndex() == CASES_TAB
    assert not any(stack.canUndo() for stack in main_window.undo_group.stacks())
    assert main_window.case_list.model.row_of(freja.id) < 0


def test_slet_person_names_the_cases_or_deletes(qtbot, main_window, demo_store):
    main_window.tabs.setCurrentIndex(PEOPLE_TAB)
    page = main_window.persons_page
    page.select_person(_person(demo_store, "Peter Ærø").id)
    seen = answers(("OK", None))
    page.details.erase_button.click()
    assert "Peter Ærø is in the network of 2 case(s)" in seen[0] and "Emil Bak" in seen[0]
    assert _person(demo_store, "Peter Ærø")

    jens = demo_store.persons.create(Person(name="Jens Holm", sector="school"))
    page.select_person(jens)
    seen = answers(("Cancel", None))
    page.details.erase_button.click()
    assert "Delete Jens Holm from People for good?" in seen[0]
    assert _person(demo_store, "Jens Holm")
    seen = answers(("Delete for good", None), ("OK", None))
    page.details.erase_button.click()
    assert _person(demo_store, "Jens Holm") is None
    assert "Jens Holm is deleted." in seen[1]
    assert page.model.row_of(jens) < 0


def test_the_example_marker_and_search(qtmodeltester, demo_store):
    real = demo_store.cases.create(Case(child_name="Ida Lykke", origin="family_request", phase="referral"))
    model = CaseTableModel()
    model.set_rows(demo_store.cases.rows())
    qtmodeltester.check(model)
    child = COLUMNS.index("child")
    icons = {model.row_at(r).child_name: model.data(model.index(r, child), Qt.ItemDataRole.DecorationRole)
             for r in range(model.rowCount())}
    assert icons["Ida Lykke"] is None and icons["Freja Nørgaard"] is not None
    assert model.data(model.index(0, COLUMNS.index("phase")), Qt.ItemDataRole.DecorationRole) is None
    model.set_filter(text="example")
    assert real not in {model.row_at(r).id for r in range(model.rowCount())} and model.rowCount() == 4


def test_remove_example_data_from_the_file_menu_keeps_real_cases(qtbot, main_window, demo_store):
    demo_store.cases.create(Case(child_name="Ida Lykke", origin="family_request", phase="referral"))
    freja = _case(demo_store, "Freja Nørgaard")
    main_window.open_case(freja.id)
    action = next(a for a in main_window.menuBar().actions()[0].menu().actions()
                  if a.text().replace("&", "") == "Remove example data…")
    seen = answers(("Remove example data", None))
    action.trigger()
    assert "Remove the 4 fictitious example case(s)" in seen[0]
    assert [r.child_name for r in demo_store.cases.rows()] == ["Ida Lykke"]
    assert main_window.case_view(freja.id) is None
    assert "4 example case(s) removed" in main_window.statusBar().currentMessage()
    seen = answers(("OK", None))
    action.trigger()
    assert "There is no example data to remove." in seen[0]


@pytest.fixture
def closed_long_ago(demo_store):
    case_id = demo_store.cases.create(Case(child_name="Oscar Bisgaard", origin="gp_referral", phase="referral"))
    demo_store.cases.update(case_id, {"phase": "closed", "closed_on": date(2020, 1, 31)})
    return case_id


def test_the_retention_setting_the_notice_and_the_list(qtbot, main_window, demo_store, closed_long_ago):
    from kitdesk.ui.settings_dialog import SettingsDialog

    notice = main_window.case_list
    notice.update_due_notice()
    assert not notice.due_notice.isHidden()
    assert notice.due_label.text().startswith("1 closed case(s) kept longer than 12 months after closing")

    dialog = SettingsDialog(demo_store, main_window)
    qtbot.addWidget(dialog)
    assert dialog.retention_months.value() == 12
    dialog.retention_months.setValue(120)
    dialog.accept()
    assert demo_store.settings.retention_months() == 120
    assert notice.due_notice.isHidden()  # 31.01.2020 + 120 months is still to come
    demo_store.settings.set_many({"retention_months": "12"})
    assert not notice.due_notice.isHidden()

    def delete_in_list(dialog):
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Oscar Bisgaard"
        assert dialog.table.item(0, 3).text() == "31.01.2021"
        case_no = dialog.table.item(0, 0).text()
        answers(("Delete the case for good", lambda erase: erase.confirm.setText(case_no)), ("Close", None))
        dialog.delete_button.click()
        assert dialog.table.isHidden() and not dialog.empty.isHidden()

    answers(("Close", delete_in_list))
    notice.due_button.click()
    assert _case(demo_store, "Oscar Bisgaard") is None
    assert notice.due_notice.isHidden()


def test_an_exported_version_is_marked_filed_in_the_versions_tab(qtbot, main_window, demo_store):
    meeting, version = demo_store.conn.execute(
        "SELECT meeting_id, version FROM plan_versions WHERE signed_at IS NOT NULL").fetchone()
    view = main_window.open_plan(meeting)
    panel = view.versions

    def row(kind, name):
        return panel.rows[version].findChild(kind, name)

    assert row(QAbstractButton, "fileButton") is None  # not exported yet
    assert "Not saved as PDF yet" in row(QLabel, "filingStatus").text()
    demo_store.plans.record_export(demo_store.plans.get_version(meeting, version), b"%PDF", "plan.pdf")
    assert "Not marked as filed" in row(QLabel, "filingStatus").text()
    assert row(QAbstractButton, "fileButton").text() == "Mark as filed"
    row(QAbstractButton, "fileButton").click()
    assert version in demo_store.plans.filings(meeting)
    assert row(QLabel, "filingStatus").text().startswith("✓ Filed in the case system")
    row(QAbstractButton, "fileButton").click()  # "Not filed after all"
    assert demo_store.plans.filings(meeting) == {}


@pytest.mark.parametrize("case_no", ["2026-0001", "BUC 17/2026", "..Æble..", ""])
def test_the_erasure_finds_the_exports_folder_the_screens_write(case_no):
    from kitdesk.store.erasure import case_folder_name
    from kitdesk.ui.meeting_send import _safe as invitation_folder
    from kitdesk.ui.plan.export_dialog import _safe as plan_folder

    assert case_folder_name(case_no) == invitation_folder(case_no) == plan_folder(case_no)
