"""The case at a glance on Oversigt: contact persons, next meeting, open agreements, consent per sector,
the wait and the last five stafetlog entries – each a link to where it is dealt with."""
from __future__ import annotations

from kitdesk.ui.main_window import AGREEMENTS_TAB
from tests.ui.conftest import case_named


def _summary(main_window, store, child):
    case_id = case_named(store, child)
    main_window.open_case(case_id)
    return main_window.case_view(case_id), main_window.case_view(case_id).overview.summary


def test_freja_at_a_glance(main_window, demo_store):
    _view, summary = _summary(main_window, demo_store, "Freja Nørgaard")
    text = {key: label.text() for key, label in summary.lines.items()}
    assert "Mette Kjærgaard (BUC, baton holder)" in text["contacts"]
    assert "(invited)" in text["meeting"] and 'href="meeting:' in text["meeting"]
    # The demo's dates follow today, so the overdue deadline is read from the agreement itself.
    overdue = next(a for a in demo_store.desk.agreements(status="open", case_id=_view.case_id)
                   if a.what == "BUC indkalder til udredningssamtaler")
    assert f"⚠ {overdue.deadline:%d.%m.%Y}" in text["agreements"] and overdue.what in text["agreements"]
    assert "Klasselæreren laver observation" not in text["agreements"]  # done between meetings (the demo)
    assert "✓ BUC until" in text["consents"]
    assert text["log"].count('href="tab:log"') == 5 and "Aftale udført: Klasselæreren" in text["log"]
    assert "not waiting" in text["waiting"]


def test_emil_shows_the_missing_consent_and_the_overdue_contact_in_words(main_window, demo_store):
    _view, summary = _summary(main_window, demo_store, "Emil Bak")
    assert "✗ Municipality – school" in summary.lines["consents"].text()
    assert "⚠ next contact" in summary.lines["waiting"].text()


def test_each_link_goes_where_it_says(main_window, demo_store):
    view, summary = _summary(main_window, demo_store, "Freja Nørgaard")
    summary.lines["consents"].linkActivated.emit("tab:consents")
    assert view.tabs.currentWidget() is view.consents
    agreement = next(a for a in demo_store.desk.agreements(status="open", case_id=view.case_id) if a.deadline)
    summary.lines["agreements"].linkActivated.emit(f"agreement:{agreement.id}")
    assert main_window.tabs.currentIndex() == AGREEMENTS_TAB
    assert main_window.agreements_page.selected().id == agreement.id
    meeting = next(r.id for r in demo_store.meetings.rows(view.case_id) if r.state == "invited")
    summary.lines["meeting"].linkActivated.emit(f"meeting:{meeting}")
    assert main_window.meeting_view(meeting) is main_window.tabs.currentWidget()


def test_the_summary_follows_a_change(main_window, demo_store):
    _view, summary = _summary(main_window, demo_store, "Freja Nørgaard")
    agreement = next(a for a in demo_store.desk.agreements(status="open", case_id=_view.case_id) if a.deadline)
    demo_store.desk.close_agreement(agreement.id, "done", "Klaret")
    assert agreement.what not in summary.lines["agreements"].text()
    assert "Aftale udført" in summary.lines["log"].text().split("<br>")[1]
