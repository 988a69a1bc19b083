"""Overblik (where the app opens) and Aftaler (every agreement across cases), driven as a user would:
open a line, mark an agreement done with a note, and find it at the case's next meeting's follow-up."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kitdesk.domain.dates import local_today
from kitdesk.ui import agreements_page
from kitdesk.ui.main_window import AGREEMENTS_TAB, DESK_TAB
from tests.ui.conftest import case_named


def _line(page, kind, child=None):
    return next(i for i in page.lines() if i.kind == kind and (child is None or i.child_name == child))


def _activate(qtbot, page, item):
    line = page.line_of(item)
    page.tree.setCurrentItem(line)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)


def _overdue_agreement(store):
    """Freja's agreement from her first meeting, its deadline long past (the demo)."""
    return next(a for a in store.desk.agreements(status="open") if a.what == "BUC indkalder til udredningssamtaler")


def test_the_app_opens_on_the_overview_with_every_group_and_the_overdue_in_words(main_window):
    page = main_window.desk_page
    assert main_window.tabs.currentIndex() == DESK_TAB and page.isVisible()
    assert main_window.tabs.tabText(DESK_TAB) == "Overview"
    headers = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert [h.split("  (")[0] for h in headers] == [
        "Meetings today and this week", "Meetings asked for – time and place within five working days",
        "Agreements due within 14 days or overdue", "Consents ending within 30 days or missing",
        "Children waiting – the longest first", "Plans to approve, sign off or send",
        "Cases without a contact person or baton holder"]
    alma = _line(page, "request", "Alma Holm")  # asked for eight days ago: its deadline has passed
    line = page.line_of(alma)
    assert line.text(3).startswith("⚠ overdue by") and line.foreground(3).color().name() == "#b42318"
    assert "overdue" in page.headline.text()
    # "Mine" (the demo user is Mette Kjærgaard, BUC): Nina Dahl's agreement for the day care is under "All".
    assert all(i.mine for i in page.lines() if i.kind == "agreement")
    page.whose.set_code("all")
    assert any(i.who == "Nina Dahl" for i in page.lines() if i.kind == "agreement")


def test_the_overview_keeps_the_chosen_line_when_it_fills_again(main_window):
    """The lines are made apart from the tree and put in at once (start-up with 2,000 cases): headings and
    "Nothing here now." still span the row, a line's full text is its tooltip, and the line chosen is
    chosen again when the page fills anew (another choice of "Mine"/"All", a change in the store)."""
    page = main_window.desk_page
    page.whose.set_code("all")
    tree = page.tree
    assert all(tree.topLevelItem(i).isFirstColumnSpanned() for i in range(tree.topLevelItemCount()))
    empty = [tree.topLevelItem(i).child(0) for i in range(tree.topLevelItemCount())
             if tree.topLevelItem(i).child(0).text(0) == "Nothing here now."]
    assert all(line.isFirstColumnSpanned() for line in empty)
    alma = _line(page, "request", "Alma Holm")
    tree.setCurrentItem(page.line_of(alma))
    assert page.line_of(alma).toolTip(2) == page.line_of(alma).text(2) != ""
    page.reload()
    assert tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == alma
    assert tree.currentItem() is page.line_of(alma) and page.open_button.isEnabled()


def test_each_line_opens_the_place_to_act(qtbot, main_window, demo_store):
    page = main_window.desk_page
    request = _line(page, "request", "Alma Holm")
    _activate(qtbot, page, request)
    view = main_window.tabs.currentWidget()
    assert getattr(view, "meeting_id", None) == request.meeting_id

    main_window.tabs.setCurrentIndex(DESK_TAB)
    consent = _line(page, "consent_expiring", "Mathias Skov")
    _activate(qtbot, page, consent)
    case = main_window.case_view(case_named(demo_store, "Mathias Skov"))
    assert main_window.tabs.currentWidget() is case and case.tabs.currentWidget() is case.consents

    main_window.tabs.setCurrentIndex(DESK_TAB)
    agreement = _line(page, "agreement", "Freja Nørgaard")
    _activate(qtbot, page, agreement)
    assert main_window.tabs.currentIndex() == AGREEMENTS_TAB
    assert main_window.agreements_page.selected().id == agreement.ref_id


def test_the_overview_refreshes_when_something_changes(qtbot, main_window, demo_store):
    page = main_window.desk_page
    agreement = _overdue_agreement(demo_store)
    assert any(i.ref_id == agreement.id for i in page.lines() if i.kind == "agreement")
    demo_store.desk.close_agreement(agreement.id, "done", "Indkaldt")
    qtbot.waitUntil(lambda: not any(i.ref_id == agreement.id for i in page.lines() if i.kind == "agreement"))


def test_aftaler_filters_by_status_due_person_and_sector(qtbot, main_window, demo_store):
    main_window.tabs.setCurrentIndex(AGREEMENTS_TAB)
    page = main_window.agreements_page
    open_ones = demo_store.desk.agreements(status="open")
    assert page.model.rowCount() == len(open_ones)
    page.due.set_code("overdue")
    assert [page.model.line_at(r).what for r in range(page.model.rowCount())] == \
        ["BUC indkalder til udredningssamtaler"]
    assert page.model.index(0, 6).data() == "⚠ Open – overdue"
    page.due.set_code("all")
    page.person.set_code("Nina Dahl")
    assert {page.model.line_at(r).responsible for r in range(page.model.rowCount())} == {"Nina Dahl"}
    page.person.set_code("")
    page.sector.set_code("family")
    assert {page.model.line_at(r).sector for r in range(page.model.rowCount())} == {"family"}
    page.sector.set_code("")
    page.status.set_code("done")
    assert [page.model.line_at(r).status for r in range(page.model.rowCount())] == ["done"]  # the demo's observation
    assert "(between meetings)" in page.model.index(0, 6).data()
    page.status.set_code("all")
    qtbot.keyClicks(page.search, "afleverings")
    assert page.model.rowCount() == 1 and page.model.line_at(0).responsible == "Nina Dahl"
    # From the search box, Down goes into the list and Enter opens the case of the line chosen there.
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    page.table.selectRow(0)
    opened = []
    page.open_case.connect(lambda case_id, _tab: opened.append(case_id))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [page.model.line_at(0).case_id]


def test_mark_done_with_a_note_shows_at_the_next_meetings_follow_up(qtbot, main_window, demo_store, monkeypatch):
    agreement = _overdue_agreement(demo_store)
    main_window.show_agreement(agreement.id)
    page = main_window.agreements_page
    assert page.selected().id == agreement.id and page.done_button.isEnabled()
    monkeypatch.setattr(agreements_page, "ask_note", lambda parent, outcome: "Udredningssamtalerne er indkaldt.")
    page.done_button.click()
    done = demo_store.desk.agreement(agreement.id)
    assert (done.status, done.status_note, done.status_meeting_id) == ("done", "Udredningssamtalerne er indkaldt.",
                                                                       None)
    log = demo_store.baton_log.entries(agreement.case_id)[0]
    assert log.text.startswith("Aftale udført: BUC indkalder til udredningssamtaler") and \
        "Udredningssamtalerne er indkaldt." in log.text
    qtbot.waitUntil(lambda: page.selected() is None or page.selected().id != agreement.id)  # gone from "open"

    # Freja's next meeting (invited) starts: the follow-up shows the agreement done, with the note.
    following = next(r.id for r in demo_store.meetings.rows(agreement.case_id) if r.state == "invited")
    assert main_window.open_from_command_line(following, start=True) is None
    live = main_window.live_view(following)
    card = live.follow_up.cards[agreement.id]
    assert card.buttons["done"].isChecked() and "Udredningssamtalerne er indkaldt." in card.note.text()


def test_a_lapse_needs_its_reason_and_can_be_reopened(qtbot, main_window, demo_store, monkeypatch):
    agreement = _overdue_agreement(demo_store)
    main_window.show_agreement(agreement.id)
    page = main_window.agreements_page
    monkeypatch.setattr(agreements_page, "ask_note", lambda parent, outcome: None)  # cancelled
    page.drop_button.click()
    assert demo_store.desk.agreement(agreement.id).status == "open"
    monkeypatch.setattr(agreements_page, "ask_note", lambda parent, outcome: "Familien er flyttet.")
    page.drop_button.click()
    assert demo_store.desk.agreement(agreement.id).status == "dropped"
    main_window.undo_action.trigger()  # Ctrl+Z on the Agreements tab
    assert demo_store.desk.agreement(agreement.id).status == "open"
    main_window.redo_action.trigger()
    assert demo_store.desk.agreement(agreement.id).status == "dropped"
    page.status.set_code("all")
    page.select_agreement(agreement.id)
    assert page.reopen_button.isEnabled() and not page.done_button.isEnabled()
    page.reopen_button.click()
    assert demo_store.desk.agreement(agreement.id).status == "open"


@pytest.mark.parametrize("outcome, required", [("done", False), ("dropped", True)])
def test_the_note_dialog(qtbot, outcome, required, monkeypatch):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = []
    monkeypatch.setattr(agreements_page.NoteDialog, "exec", lambda self: dialogs.append(self) or (
        self.accept(), self.result())[1])
    assert agreements_page.ask_note(parent, outcome) == ("" if not required else None)
    assert dialogs[0].required is required


def test_deadlines_to_the_calendar_writes_a_dated_ics_where_the_user_picks(qtbot, main_window, demo_store,
                                                                          monkeypatch, tmp_path):
    from icalendar import Calendar
    from PySide6.QtWidgets import QMessageBox

    from kitdesk.ui import desk_actions

    asked, told = [], []
    monkeypatch.setattr(desk_actions, "ask_target", lambda parent, suggested: asked.append(suggested) or
                        tmp_path / suggested.name)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    action = next(a for a in main_window.findChildren(type(main_window.undo_action))
                  if a.text() == "Deadlines to the &calendar…")
    action.trigger()
    assert asked[0].name == f"Frister_{local_today().isoformat()}.ics"
    written = tmp_path / asked[0].name
    events = list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert events and told and told[0].startswith(f"{len(events)} deadline(s) saved in {written}.")
    summaries = " ".join(str(e["summary"]) for e in events)
    assert "Freja" not in summaries and "F.N." in summaries
    assert demo_store.query("SELECT COUNT(*) AS n FROM access_log WHERE action = 'reminders_exported'")[0]["n"] >= 1


def test_the_agreement_model_sorts_and_filters(qtmodeltester):
    from datetime import date

    from PySide6.QtCore import Qt

    from kitdesk.ui.models.agreement_list import COLUMNS, AgreementListModel
    from tests.bench.bench_desk import _agreements

    model = AgreementListModel()
    model.set_entries(_agreements(300), date(2026, 12, 4))
    qtmodeltester.check(model)
    shown = [model.line_at(r) for r in range(model.rowCount())]
    assert {e.status for e in shown} == {"open"}
    dated = [e.deadline for e in shown if e.deadline]
    assert dated == sorted(dated)
    model.sort(COLUMNS.index("child"), Qt.SortOrder.DescendingOrder)
    names = [model.line_at(r).child_name for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    model.set_filter(text="PPR nr", status="all")
    assert model.rowCount() and all("ppr" in model.line_at(r).what.casefold() for r in range(model.rowCount()))
    assert [model.line_at(r).child_name for r in range(model.rowCount())] == \
        sorted((model.line_at(r).child_name for r in range(model.rowCount())), reverse=True)  # still sorted
    qtmodeltester.check(model)


def test_without_a_name_or_sector_the_overview_shows_all_agreements(qtbot, demo_store):
    from kitdesk.ui.bridge import StoreBridge
    from kitdesk.ui.desk_page import DeskPage

    demo_store.settings.set_many({"user_name": "", "user_sector": ""})
    bridge = StoreBridge(demo_store)
    page = DeskPage(demo_store, bridge)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.whose.code() == "all" and any(i.kind == "agreement" for i in page.lines())
    bridge.detach()
