"""The New-case dialog and the Settings dialog, driven through their real widgets."""
import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kitdesk.ui.new_case_dialog import NewCaseDialog
from kitdesk.ui.settings_dialog import SettingsDialog

VALID_CPR = "070761-4285"  # passes mod 11; fictitious
NO_MOD11_CPR = "070761-4286"


@pytest.fixture
def new_case(qtbot, store):
    dialog = NewCaseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def leave(qtbot, edit, text):
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    edit.clearFocus()  # as when the user moves on with Tab
    edit.editingFinished.emit()


def test_new_case_with_cpr_fills_the_birth_date_and_creates_the_case(qtbot, new_case, store):
    qtbot.keyClicks(new_case.child_name, "Ida Toft")
    leave(qtbot, new_case.cpr, VALID_CPR)
    assert new_case.birth_date.text() == "07.07.1961"
    qtbot.keyClicks(new_case.school, "Åskolen, 4.a")
    qtbot.keyClicks(new_case.municipality, "Fjordby Kommune")
    new_case.origin.set_code("gp_referral")
    new_case.phase.set_code("assessment")
    new_case.step.set_code(3)
    new_case.level.set_code(2)
    assert "closed" not in [new_case.phase.itemData(i) for i in range(new_case.phase.count())]
    click(qtbot, new_case.create_button)
    assert new_case.result() == new_case.DialogCode.Accepted
    case = store.cases.get(new_case.case_id)
    assert (case.child_name, case.cpr, case.birth_date) == ("Ida Toft", VALID_CPR, date(1961, 7, 7))
    assert (case.school, case.municipality, case.origin, case.phase, case.step, case.level) == (
        "Åskolen, 4.a", "Fjordby Kommune", "gp_referral", "assessment", 3, 2)
    assert store.baton_log.entries(new_case.case_id)[0].kind == "case_opened"


def test_an_invalid_cpr_blocks_with_a_message_and_keeps_every_text(qtbot, new_case, store):
    qtbot.keyClicks(new_case.child_name, "Ida Toft")
    qtbot.keyClicks(new_case.cpr, "3213xx")
    qtbot.keyClicks(new_case.school, "Åskolen")
    click(qtbot, new_case.create_button)
    assert new_case.result() == 0 and new_case.case_id is None
    assert new_case.cpr_message.isVisible() and "10 cifre" in new_case.cpr_message.text()
    assert (new_case.child_name.text(), new_case.cpr.text(), new_case.school.text()) == ("Ida Toft", "3213xx", "Åskolen")
    assert store.cases.count() == 0
    new_case.cpr.setText("320161-1234")  # no such date
    click(qtbot, new_case.create_button)
    assert "gyldig dato" in new_case.cpr_message.text() and store.cases.count() == 0


def test_the_name_is_required(qtbot, new_case, store):
    qtbot.keyClicks(new_case.municipality, "Fjordby Kommune")
    click(qtbot, new_case.create_button)
    assert new_case.name_message.isVisible() and store.cases.count() == 0
    assert new_case.municipality.text() == "Fjordby Kommune"


def test_a_bad_birth_date_blocks_with_the_danish_message(qtbot, danish, new_case, store):
    qtbot.keyClicks(new_case.child_name, "Ida")
    qtbot.keyClicks(new_case.birth_date, "31.02.2015")
    click(qtbot, new_case.create_button)
    assert new_case.birth_message.text() == "31.02.2015 findes ikke: februar 2015 har kun 28 dage."
    assert store.cases.count() == 0
    assert new_case.birth_date.text() == "31.02.2015"


def test_a_mod11_warning_only_warns(qtbot, new_case, store):
    qtbot.keyClicks(new_case.child_name, "Ida Toft")
    leave(qtbot, new_case.cpr, NO_MOD11_CPR)
    assert "Tjek CPR-nummeret" in new_case.cpr_message.text() and "modulus" not in new_case.cpr_message.text()
    click(qtbot, new_case.create_button)  # seen when leaving the field: no second click needed
    assert store.cases.get(new_case.case_id).cpr == NO_MOD11_CPR


def test_a_mismatch_warns_once_before_creating(qtbot, new_case, store):
    qtbot.keyClicks(new_case.child_name, "Ida Toft")
    qtbot.keyClicks(new_case.birth_date, "01.01.2015")
    qtbot.keyClicks(new_case.cpr, VALID_CPR)
    click(qtbot, new_case.create_button)
    assert "does not match" in new_case.cpr_message.text()
    assert new_case.error.isVisible() and store.cases.count() == 0
    click(qtbot, new_case.create_button)
    case = store.cases.get(new_case.case_id)
    assert (case.cpr, case.birth_date) == (VALID_CPR, date(2015, 1, 1))


# -- settings ---------------------------------------------------------------------------------------
@pytest.fixture
def settings(qtbot, store):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_settings_are_saved_and_audited(qtbot, settings, store):
    assert settings.user_name.text() == "Test Bruger"
    assert settings.closed_days.toPlainText() == "24.12\n31.12\n05.06"
    assert settings.data_folder.text() == str(store.folder.root) and settings.data_folder.isReadOnly()
    assert settings.backup_folder.text() == str(store.folder.backups)
    settings.user_name.clear()
    qtbot.keyClicks(settings.user_name, "Mette Kjærgaard")
    qtbot.keyClicks(settings.user_title, "Psykolog")
    qtbot.keyClicks(settings.user_organisation, "BUC Nordstrand")
    settings.user_sector.set_code("ppr")
    qtbot.keyClicks(settings.user_email, "mette@buc.example.dk")
    qtbot.keyClicks(settings.user_phone, "70 10 20 31")
    settings.language.set_code("en")
    assert settings.language_note.property("kind") == "info"  # says: after a restart
    settings.closed_days.setPlainText("24.12\n27.12.2026\n\n31.12")
    assert settings.plan_requires_contacts.isChecked()  # both contact persons approve, by default
    settings.plan_requires_contacts.setChecked(False)
    click(qtbot, settings.save_button)
    assert settings.result() == settings.DialogCode.Accepted and settings.language_changed
    values = store.settings.all()
    assert (values["user_name"], values["user_title"], values["user_organisation"], values["user_sector"],
            values["user_email"], values["user_phone"], values["language"]) == (
        "Mette Kjærgaard", "Psykolog", "BUC Nordstrand", "ppr", "mette@buc.example.dk", "70 10 20 31", "en")
    assert json.loads(values["extra_closed_days"]) == ["12-24", "2026-12-27", "12-31"]
    assert values["plan_requires_contacts"] == "0"
    audit = store.audit.rows("settings")[-1]
    assert audit["changes"]["user_name"] == ["Test Bruger", "Mette Kjærgaard"]
    assert "extra_closed_days" in audit["changes"]


def test_a_bad_closed_day_line_is_refused_and_the_dialog_stays(qtbot, settings, store):
    settings.closed_days.setPlainText("24.12\n32.12\n31.12")
    settings.user_name.setText("Ny")
    click(qtbot, settings.save_button)
    assert settings.result() == 0
    assert settings.closed_message.isVisible()
    assert "Line 2" in settings.closed_message.text() and "32.12" in settings.closed_message.text()
    assert settings.closed_days.toPlainText() == "24.12\n32.12\n31.12"
    assert store.settings.get("user_name") == "Test Bruger"


def test_a_bad_email_is_refused(qtbot, settings, store):
    qtbot.keyClicks(settings.user_email, "mette@buc")
    click(qtbot, settings.save_button)
    assert settings.result() == 0 and settings.email_message.isVisible()
    assert store.settings.get("user_email") == ""


def test_nothing_changed_writes_no_audit_row(qtbot, settings, store):
    before = len(store.audit.rows("settings"))
    click(qtbot, settings.save_button)
    assert settings.result() == settings.DialogCode.Accepted
    assert len(store.audit.rows("settings")) == before


def test_new_case_from_the_main_window_menu(qtbot, main_window, monkeypatch):
    def drive(dialog):
        dialog.child_name.setText("Ny Pige")
        click(qtbot, dialog.create_button)
        return dialog.result()

    monkeypatch.setattr(NewCaseDialog, "exec", drive)
    main_window.new_case()
    view = main_window.tabs.currentWidget()
    assert main_window.store.cases.get(view.case_id).child_name == "Ny Pige"


def test_cpr_typed_without_hyphen_is_shown_as_stored(qtbot, new_case, store):
    qtbot.keyClicks(new_case.child_name, "Ida")
    leave(qtbot, new_case.cpr, "0707614285")
    assert new_case.cpr.text() == VALID_CPR
    click(qtbot, new_case.create_button)
    assert store.cases.get(new_case.case_id).cpr == VALID_CPR


def test_the_settings_store_refuses_values_that_would_break_start_up_or_deadlines(store):
    with pytest.raises(ValueError):
        store.settings.set_many({"language": "xx"})
    with pytest.raises(ValueError):
        store.settings.set_many({"extra_closed_days": json.dumps(["13-45"])})
    with pytest.raises(ValueError):
        store.settings.set_many({"extra_closed_days": "24.12"})
    assert store.settings.get("language") == "da"
    assert store.settings.extra_closed_days() == ["12-24", "12-31", "06-05"]


def test_settings_dialog_opens_on_a_damaged_closed_days_value(qtbot, store):
    store.conn.execute("UPDATE settings SET value = 'x' WHERE key = 'user_name'")
    store.conn.execute("INSERT INTO settings (key, value) VALUES ('extra_closed_days', '\"bad\"')")
    store.settings._cache = None
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.closed_days.toPlainText() == "24.12\n31.12\n05.06"
