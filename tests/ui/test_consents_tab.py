"""The Samtykke tab driven through its real widgets: coverage at a glance, add, edit, withdraw, undo."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.model import Consent
from kitdesk.ui.bridge import StoreBridge
from kitdesk.ui.case_consents import ConsentsTab
from kitdesk.ui.consent_dialog import ConsentDialog, WithdrawDialog
from kitdesk.ui.models.consent_table import COLUMNS, ConsentTableModel, consent_status


def case_id(store, name: str) -> int:
    return next(r.id for r in store.cases.rows() if r.child_name == name)


@pytest.fixture
def make_tab(qtbot, demo_store):
    bridges = []

    def make(name: str = "Emil Bak") -> ConsentsTab:
        bridge = StoreBridge(demo_store)
        bridges.append(bridge)
        tab = ConsentsTab(demo_store, bridge, case_id(demo_store, name), QUndoStack())
        qtbot.addWidget(tab)
        tab.resize(1200, 650)
        tab.show()
        return tab

    yield make
    for bridge in bridges:
        bridge.detach()


def line(tab: ConsentsTab, sector: str):
    return next(label for label in tab.coverage_lines if label.property("sector") == sector)


def log_texts(store, cid: int, kind: str) -> list[str]:
    return [e.text for e in store.baton_log.entries(cid, {kind})]


def test_coverage_at_a_glance(make_tab):
    tab = make_tab("Emil Bak")
    # Emil's network: BUC, caseworker, school, GP (+ family, which needs no consent).
    assert [label.property("sector") for label in tab.coverage_lines] == ["buc", "caseworker", "school", "gp"]
    assert tab.coverage_text("buc").startswith("✓ BUC: covered by consent from Thomas Bak (no end date)")
    assert tab.coverage_text("school") == "✗ Municipality – school: no valid consent"
    assert line(tab, "buc").property("kind") == "ok"
    assert line(tab, "school").property("kind") == "warning"


def test_expired_consent_leaves_every_sector_uncovered_and_shows_expired(make_tab):
    tab = make_tab("Alma Holm")
    assert tab.coverage_lines and all(not label.property("covered") for label in tab.coverage_lines)
    status = tab.model.index(0, COLUMNS.index("status")).data()
    assert status == "Expired"


def test_add_consent_through_dialog_covers_school_and_undo(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    cid = tab.case_id
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    # The network's sectors are preselected; the family is never offered.
    assert dialog.sector_boxes["school"].isChecked() and dialog.sector_boxes["gp"].isChecked()
    assert not dialog.sector_boxes["ppr"].isChecked() and "family" not in dialog.sector_boxes
    qtbot.keyClicks(dialog.given_by, "Thomas Bak")
    qtbot.keyClicks(dialog.information, "Skolegang og trivsel")
    until = local_today() + timedelta(days=365)
    qtbot.keyClicks(dialog.valid_until, fmt_date(until))
    dialog.form.set_code("oral")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    consents = demo_store.consents.list(cid)
    assert len(consents) == 2
    new = next(c for c in consents if c.id == dialog.saved_id)
    assert new.valid_until == until and new.form == "oral" and "school" in new.sectors
    assert new.information == "Skolegang og trivsel"
    assert tab.coverage_text("school") == (
        f"✓ Municipality – school: covered by consent from Thomas Bak (valid until {fmt_date(until)})")
    assert any(t.startswith("Samtykke givet: Thomas Bak") for t in log_texts(demo_store, cid, "consent_given"))
    assert tab.current().id == new.id  # the new consent is selected

    tab.undo_stack.undo()
    assert [c.given_by for c in demo_store.consents.list(cid)] == ["Thomas Bak"]
    assert new.id not in [c.id for c in demo_store.consents.list(cid)]
    assert tab.coverage_text("school").startswith("✗")
    assert any(t.startswith("Fortrudt: Samtykke givet") for t in log_texts(demo_store, cid, "undone"))
    tab.undo_stack.redo()
    assert new.id in [c.id for c in demo_store.consents.list(cid)]
    assert tab.coverage_text("school").startswith("✓")


def test_withdraw_makes_sectors_uncovered_logs_it_and_undo_restores(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    cid = tab.case_id
    tab.table.selectRow(0)
    assert tab.current().given_by == "Thomas Bak"
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, WithdrawDialog)
    assert dialog.on.text() == fmt_date(local_today())  # today unless told otherwise
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    consent = demo_store.consents.list(cid)[0]
    assert consent.withdrawn_on == local_today()
    for sector in ("buc", "caseworker", "gp"):
        assert tab.coverage_text(sector).startswith("✗"), sector
    withdrawn = log_texts(demo_store, cid, "consent_withdrawn")
    assert len(withdrawn) == 1 and withdrawn[0].startswith("Samtykke trukket tilbage")
    assert tab.model.index(0, COLUMNS.index("status")).data() == f"Withdrawn {fmt_date(local_today())}"
    assert not tab.withdraw_button.isEnabled()

    tab.undo_stack.undo()
    assert demo_store.consents.get(consent.id).withdrawn_on is None
    assert tab.coverage_text("buc").startswith("✓")
    assert tab.withdraw_button.isEnabled()
    assert any(t.startswith("Fortrudt: Samtykke trukket tilbage") for t in log_texts(demo_store, cid, "undone"))


def test_withdraw_refuses_a_day_before_it_was_given_and_stays_open(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    tab.table.selectRow(0)
    given = tab.current().given_on
    tab.withdraw_consent()
    dialog = tab.dialog
    dialog.on.clear()
    qtbot.keyClicks(dialog.on, fmt_date(given - timedelta(days=3)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and "cannot be withdrawn before it was given" in dialog.error.text()
    assert dialog.on.text() == fmt_date(given - timedelta(days=3))
    assert demo_store.consents.get(tab.current().id).withdrawn_on is None
    # A day in the future is no withdrawal yet.
    dialog.on.clear()
    qtbot.keyClicks(dialog.on, fmt_date(local_today() + timedelta(days=2)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.on_error.isVisible()


def test_no_date_keeps_the_dialog_open_with_the_text(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    before = len(demo_store.consents.list(tab.case_id))
    tab.add_consent()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.given_by, "Thomas Bak")
    qtbot.keyClicks(dialog.information, "Alt om skolen")
    dialog.given_on.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.given_on_error.isVisible() and dialog.given_on_error.text() == "Please enter a date."
    assert dialog.given_by.text() == "Thomas Bak" and dialog.information.toPlainText() == "Alt om skolen"
    assert len(demo_store.consents.list(tab.case_id)) == before


def test_valid_until_before_given_on_is_shown_next_to_the_field(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    before = len(demo_store.consents.list(tab.case_id))
    tab.add_consent()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.given_by, "Thomas Bak")
    dialog.given_on.clear()
    qtbot.keyClicks(dialog.given_on, "10.01.2026")
    qtbot.keyClicks(dialog.valid_until, "01.01.2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.valid_until_error.isVisible() and "10.01.2026" in dialog.valid_until_error.text()
    assert dialog.valid_until.property("invalid") is True
    assert not dialog.given_on_error.isVisible()
    assert dialog.valid_until.text() == "01.01.2026" and dialog.given_by.text() == "Thomas Bak"
    assert len(demo_store.consents.list(tab.case_id)) == before
    # Fixing the one field is enough.
    dialog.valid_until.clear()
    qtbot.keyClicks(dialog.valid_until, "01.01.2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(demo_store.consents.list(tab.case_id)) == before + 1


def test_missing_name_and_no_party_are_shown(qtbot, make_tab):
    tab = make_tab("Emil Bak")
    tab.add_consent()
    dialog = tab.dialog
    for box in dialog.sector_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.given_by_error.isVisible() and dialog.sectors_error.isVisible()


def test_edit_changes_end_date_and_note_only(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the selected consent
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.consent is not None
    assert dialog.given_by.isReadOnly() and not dialog.sector_boxes["buc"].isEnabled()
    qtbot.keyClicks(dialog.valid_until, "31.12.2030")
    qtbot.keyClicks(dialog.note, "Forlænget mundtligt")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    consent = demo_store.consents.get(dialog.consent.id)
    assert consent.valid_until == date(2030, 12, 31) and consent.note == "Forlænget mundtligt"
    assert tab.coverage_text("buc").endswith("(valid until 31.12.2030)")
    tab.undo_stack.undo()
    assert demo_store.consents.get(consent.id).valid_until is None


def test_young_person_hint_warns_under_15(qtbot, make_tab):
    tab = make_tab("Emil Bak")  # born 2016
    tab.add_consent()
    dialog = tab.dialog
    assert not dialog.age_hint.isVisible()
    dialog.giver_kind.set_code("young_person")
    assert dialog.age_hint.isVisible() and dialog.age_hint.property("kind") == "warning"
    assert "15 or over can give consent in health matters" in dialog.age_hint.text()
    assert "Emil Bak was" in dialog.age_hint.text()

    older = make_tab("Mathias Skov")  # born 2009
    older.add_consent()
    hint = older.dialog.age_hint
    older.dialog.giver_kind.set_code("young_person")
    assert hint.isVisible() and hint.property("kind") == "info" and "was" not in hint.text()


def test_network_change_updates_coverage(make_tab, demo_store):
    tab = make_tab("Freja Nørgaard")
    assert all(label.property("covered") for label in tab.coverage_lines)
    nina = next(p.id for p in demo_store.persons.all() if p.name == "Nina Dahl")
    demo_store.network.add(tab.case_id, nina, "Pædagog", "daycare")
    assert tab.coverage_text("daycare") == "✗ Municipality – day care: no valid consent"


def test_markup_is_shown_literally(make_tab, demo_store):
    tab = make_tab("Emil Bak")
    demo_store.consents.add(Consent(case_id=tab.case_id, given_by="<b>Mor</b>", sectors=["school"],
                                    information="<i>alt</i> " + "x" * 5000, given_on=local_today()))
    text = tab.coverage_text("school")
    assert "<b>Mor</b>" in text and line(tab, "school").textFormat() == Qt.TextFormat.PlainText
    row = tab.model.row_of(next(c.id for c in demo_store.consents.list(tab.case_id) if c.given_by == "<b>Mor</b>"))
    tab.table.selectRow(row)
    assert "<b>Mor</b>" in tab.details.toPlainText() and "<i>alt</i>" in tab.details.toPlainText()
    tooltip = tab.model.index(row, COLUMNS.index("information")).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;alt&lt;/i&gt;" in tooltip
    assert len(tab.model.index(row, COLUMNS.index("information")).data()) <= 120


def test_consent_model(qtmodeltester, demo_store):
    cid = case_id(demo_store, "Mathias Skov")
    model = ConsentTableModel()
    model.set_rows(demo_store.consents.list(cid), local_today())
    qtmodeltester.check(model)
    statuses = {model.consent_at(r).given_by: model.index(r, 0).data() for r in range(model.rowCount())}
    assert statuses["Mathias Skov"] == "Valid" and statuses["Line Skov"].startswith("Withdrawn ")
    model.set_rows([], local_today())
    qtmodeltester.check(model)


def test_consent_status():
    today = date(2026, 3, 1)
    c = Consent(given_on=date(2026, 1, 1))
    assert consent_status(c, today) == "valid"
    assert consent_status(Consent(given_on=date(2026, 4, 1)), today) == "not_yet"
    assert consent_status(Consent(given_on=date(2025, 1, 1), valid_until=date(2026, 2, 28)), today) == "expired"
    assert consent_status(Consent(given_on=date(2025, 1, 1), withdrawn_on=date(2026, 3, 1)), today) == "withdrawn"


def test_in_the_main_window_ctrl_z_undoes_a_withdrawal(qtbot, main_window, demo_store):
    cid = case_id(demo_store, "Emil Bak")
    main_window.open_case(cid)
    view = main_window.case_view(cid)
    view.tabs.setCurrentWidget(view.consents)
    tab = view.consents
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.coverage_text("buc").startswith("✗")
    assert main_window.undo_action.isEnabled()
    main_window.undo_action.trigger()
    assert tab.coverage_text("buc").startswith("✓")
    assert demo_store.consents.list(cid)[0].withdrawn_on is None
