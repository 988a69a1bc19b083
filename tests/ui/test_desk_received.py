"""A plan read in from another KIT Desk, seen on the desk as a user would: its agreements in Aftaler with
their source instead of a meeting, overdue in red, marked done there – and done at the case's next
meeting's follow-up; on the Overblik and in the case's Oversigt summary with their source too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kitdesk.domain.dates import fmt_date
from kitdesk.export.plan_data import read_plan_file
from kitdesk.ui import agreements_page
from kitdesk.ui.main_window import AGREEMENTS_TAB
from kitdesk.ui.models.agreement_list import COLUMNS, LATE_COLOUR
from tests.test_received_agreements import export_demo_plan
from tests.ui.conftest import case_named, freja_meeting

CHILD = "Freja Nørgaard"


@pytest.fixture(scope="module")
def sent_plan(tmp_path_factory):
    return export_demo_plan(tmp_path_factory.mktemp("sent"))


@pytest.fixture
def received(demo_store, sent_plan):
    """The plan from the other laptop read into Freja's case of this data folder, as "Læs plan ind…" does;
    returns its source ("fra Fjordby Kommune, Familieafdelingens plan, version 1, …")."""
    data = read_plan_file(sent_plan.read_bytes())
    demo_store.plan_imports.read_in(data, case_named(demo_store, CHILD))
    return data.source


def _received_line(store, what):
    return next(a for a in store.desk.agreements(status=None) if a.meeting_id is None and a.what == what)


def test_aftaler_shows_the_source_marks_it_done_and_the_next_meeting_follows_it_up(
        qtbot, main_window, demo_store, received, monkeypatch):
    entry = _received_line(demo_store, "BUC indkalder til udredningssamtaler")
    main_window.show_agreement(entry.id)
    page = main_window.agreements_page
    assert main_window.tabs.currentIndex() == AGREEMENTS_TAB and page.selected().id == entry.id
    row = page.model.row_of(entry.id)
    # "Agreed on": the day of the other side's meeting, marked as a received plan; the whole source in the
    # tooltip and under the list while it is selected.
    source = page.model.index(row, COLUMNS.index("meeting"))
    assert source.data() == f"{fmt_date(entry.meeting_day)} (received)"
    assert source.data(Qt.ItemDataRole.ToolTipRole) == f"Read in {received}"
    assert page.source_label.isVisible() and page.source_label.text().startswith(f"Read in {received} – ")
    # Overdue: in red, and in words.
    deadline = page.model.index(row, COLUMNS.index("deadline"))
    assert deadline.data(Qt.ItemDataRole.ForegroundRole).name() == LATE_COLOUR
    assert page.model.index(row, COLUMNS.index("status")).data() == "⚠ Open – overdue"
    own = next(a for a in demo_store.desk.agreements(status="open") if a.meeting_id is not None)
    page.select_agreement(own.id)
    assert not page.source_label.isVisible() and page.meeting_button.isEnabled()
    page.select_agreement(entry.id)
    # No meeting of this laptop to open; it can be followed up here all the same.
    assert not page.meeting_button.isEnabled() and page.done_button.isEnabled() and page.case_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    case_id = case_named(demo_store, CHILD)
    assert main_window.tabs.currentWidget() is main_window.case_view(case_id)

    main_window.show_agreement(entry.id)
    monkeypatch.setattr(agreements_page, "ask_note", lambda parent, outcome: "Samtalerne er indkaldt.")
    page.done_button.click()
    done = demo_store.desk.agreement(entry.id)
    assert (done.status, done.status_note, done.status_meeting_id) == ("done", "Samtalerne er indkaldt.", None)
    log = demo_store.baton_log.entries(case_id)[0].text
    assert log.startswith("Aftale udført: BUC indkalder til udredningssamtaler") and f"({received})" in log

    # Freja's next meeting starts: its follow-up shows the received agreement done, with the note and source.
    following = freja_meeting(demo_store)
    assert main_window.open_from_command_line(following, start=True) is None
    card = main_window.live_view(following).follow_up.cards[entry.id]
    assert card.buttons["done"].isChecked() and "Samtalerne er indkaldt." in card.note.text()
    assert received[:1].upper() + received[1:] in card.meta.text()


def test_the_overview_and_the_case_summary_show_them_with_their_source(qtbot, main_window, demo_store, received):
    entry = _received_line(demo_store, "BUC indkalder til udredningssamtaler")
    page = main_window.desk_page
    qtbot.waitUntil(lambda: any(i.ref_id == entry.id for i in page.lines() if i.kind == "agreement"))
    item = next(i for i in page.lines() if i.kind == "agreement" and i.ref_id == entry.id)
    assert item.mine  # Mette Kjærgaard (BUC) is the user
    line = page.line_of(item)
    assert line.text(2).endswith(f" · {received}") and line.foreground(3).color().name() == LATE_COLOUR
    page.activate(line)
    assert main_window.tabs.currentIndex() == AGREEMENTS_TAB and main_window.agreements_page.selected().id == entry.id

    case_id = case_named(demo_store, CHILD)
    main_window.open_case(case_id)
    summary = main_window.case_view(case_id).overview.summary
    rows = summary.lines["agreements"].text().split("<br>")
    # Deadline order: the received observation first (its source written out), then Freja's own agreement,
    # then the received one from the same plan (referring to it rather than repeating it).
    observation = _received_line(demo_store, "Klasselæreren laver observation i frikvartererne i to uger")
    first = next(r for r in rows if f'href="agreement:{observation.id}"' in r)
    assert f"({received})" in first and first.startswith("<span")  # overdue: in red with a sign
    again = next(r for r in rows if f'href="agreement:{entry.id}"' in r)
    assert "(from the same plan)" in again and received not in again
