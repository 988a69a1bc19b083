"""A whole case file built by hand, through the real widgets, in Danish: the issue's "done when"."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from kitdesk.domain.dates import fmt_date
from kitdesk.ui.add_member_dialog import AddMemberDialog
from kitdesk.ui.main_window import MainWindow
from kitdesk.ui.new_case_dialog import NewCaseDialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_create_a_case_and_fill_its_file(qtbot, danish, store, monkeypatch, tmp_path):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.case_list
    assert page.welcome is not None and page.welcome.isVisible()
    assert page.welcome.new_button.text() == "Ny sag"

    # 1. "Ny sag" on the welcome panel: the child, with a CPR number that fills the birth date.
    def fill_new_case(dialog):
        qtbot.keyClicks(dialog.child_name, "Ida Lykke")
        qtbot.keyClicks(dialog.school, "Åskolen, 3.b")
        dialog.cpr.setFocus()
        qtbot.keyClicks(dialog.cpr, "010116-4004")
        click(qtbot, dialog.create_button)
        return dialog.result()

    monkeypatch.setattr(NewCaseDialog, "exec", fill_new_case)
    click(qtbot, page.welcome.new_button)
    view = window.tabs.currentWidget()
    case = store.cases.get(view.case_id)
    assert (case.child_name, case.school, case.cpr) == ("Ida Lykke", "Åskolen, 3.b", "010116-4004")
    assert fmt_date(case.birth_date) == "01.01.2016"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Ida Lykke"
    assert "ansvarlig kontaktperson" in view.warning.text()
    assert view.overview.cpr.edit.text() == "010116-****"  # masked until revealed

    # 2. Netværk: a new person, made the municipality's contact person.
    view.tabs.setCurrentWidget(view.network)

    def add_teacher(dialog):
        click(qtbot, dialog.new_person)
        qtbot.keyClicks(dialog.form.name, "Jens Brix")
        qtbot.keyClicks(dialog.form.title, "Klasselærer")
        dialog.form.sector.set_code("school")
        qtbot.keyClicks(dialog.form.email, "jens.brix@aaskolen.example.dk")
        click(qtbot, dialog.ok_button())
        return dialog.result()

    monkeypatch.setattr(AddMemberDialog, "exec", add_teacher)
    view.network.add_member()
    members = store.network.members(view.case_id)
    assert [(m.person_name, m.role, m.sector) for m in members] == [("Jens Brix", "Klasselærer", "school")]
    view.network.select_member(members[0].id)
    click(qtbot, view.network.contact_button)
    assert store.network.members(view.case_id)[0].is_contact
    # The header keeps its place on every tab (nothing moves under the cursor); here it points below.
    assert "BUC" in view.warning.text() and "listen herunder" in view.warning.text()
    assert "BUC" in view.network.warning.text()  # BUC still has no contact person

    # 3. Samtykke: the mother's written consent covering the school.
    view.tabs.setCurrentWidget(view.consents)
    click(qtbot, view.consents.add_button)
    dialog = view.consents.dialog
    qtbot.keyClicks(dialog.given_by, "Anne Lykke")
    qtbot.keyClicks(dialog.information, "Trivsel og fravær")
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    consent = store.consents.list(view.case_id)[0]
    assert consent.given_by == "Anne Lykke" and "school" in consent.sectors
    assert any("skole" in line.text() and "✓" in line.text() for line in view.consents.coverage_lines)

    # 4. Informationsudveksling: a status note with a file, copied into the data folder.
    view.tabs.setCurrentWidget(view.exchanges)
    document = tmp_path / "Statusnotat Ida.pdf"
    document.write_bytes(b"%PDF-1.4 fiktivt statusnotat")
    click(qtbot, view.exchanges.add_button)
    dialog = view.exchanges.dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(document), ""))
    click(qtbot, dialog.choose_button)
    dialog.kind.set_code("status_note")
    dialog.from_sector.set_code("school")
    dialog.to_sector.set_code("buc")
    click(qtbot, dialog.save_button)
    exchange = store.exchanges.list(view.case_id)[0]
    stored = store.folder.root / exchange.stored_file
    assert stored.read_bytes() == document.read_bytes()

    # 5. Stafetlog: a note by hand, newest first above the events the app wrote itself.
    view.tabs.setCurrentWidget(view.log)
    qtbot.keyClicks(view.log.editor, "Aftalt med mor, at skolen kontakter PPR.")
    click(qtbot, view.log.add_button)
    entries = store.baton_log.entries(view.case_id)
    assert entries[0].kind == "note" and entries[0].text == "Aftalt med mor, at skolen kontakter PPR."
    kinds = {e.kind for e in entries}
    assert {"case_opened", "network_changed", "contact_changed", "consent_given", "exchange"} <= kinds

    # The case list shows the new case with its municipal contact person, in Danish.
    window.tabs.setCurrentIndex(0)
    row = page.model.row_of(view.case_id)
    assert page.model.index(row, 6).data() == "Jens Brix"
    assert page.model.index(row, 5).data() == "mangler"
    window.close()
    window.bridge.detach()
