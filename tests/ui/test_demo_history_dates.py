"""The demo's history carries its own dates: the baton log's entries, the meetings' start and end and
"Seneste aktivitet" tell of the days the demo describes – consistent with the meetings and the plan
versions – not the moment the demo was loaded."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from kitdesk.domain.dates import fmt_datetime, from_utc_iso, to_local, utc_now
from kitdesk.ui.models.case_table import COLUMNS
from tests.ui.conftest import case_named


def _day(iso: str):
    return to_local(from_utc_iso(iso)).date()


def test_the_baton_log_tells_of_its_own_days(demo_store):
    store = demo_store
    now = utc_now()
    for row in store.cases.rows():
        entries = store.baton_log.entries(row.id)
        moments = [from_utc_iso(e.at) for e in entries]
        assert all(m <= now for m in moments)  # nothing from the future
        assert len({m.date() for m in moments}) > 2, row.child_name  # not all stamped at loading
        assert min(moments) < now - timedelta(days=20), row.child_name


def test_the_signed_meeting_its_log_and_its_version_agree(demo_store):
    store = demo_store
    freja = case_named(store, "Freja Nørgaard")
    signed = next(m for m in store.meetings.rows(freja) if m.state == "signed")
    meeting = store.meetings.get(signed.id)
    version = store.plans.latest_signed(meeting.id)
    held_day = to_local(meeting.starts_at).date()
    entries = store.baton_log.entries(freja)
    by_kind = {}
    for entry in entries:
        by_kind.setdefault(entry.kind, []).append(_day(entry.at))
    assert held_day in by_kind["meeting_started"] and held_day in by_kind["meeting_held"]
    assert _day(version.signed_at) in by_kind["plan_signed"]
    assert _day(version.signed_at) == held_day + timedelta(days=1)
    start, end = store.plans.held_times(meeting)
    assert (start, end) == (meeting.starts_at, meeting.ends_at)  # held on its day, not on the day of loading
    assert version.content.starts_at[:10] == held_day.isoformat()


def test_last_activity_is_the_last_thing_that_happened_in_each_case(qtbot, main_window, demo_store):
    store = demo_store
    shown = {}
    model = main_window.case_list.model
    column = COLUMNS.index("last_activity")
    for row in range(model.rowCount()):
        text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        name = model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
        shown[name] = text
    for case in store.cases.rows():
        last = max(e.at for e in store.baton_log.entries(case.id))
        assert case.last_activity == last
        assert fmt_datetime(from_utc_iso(last)) in shown.values()
    assert len(set(shown.values())) == len(shown)  # four cases, four different moments
