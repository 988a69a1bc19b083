"""Where a meeting stands against its five-working-day deadline, and the overview's groups and order:
domain rules, without Qt (the meetings overview and a case's Meetings tab show them)."""
from datetime import date, datetime

from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import (
    DRAFT_WITHOUT_TIME,
    PAST,
    UPCOMING,
    deadline_standing,
    meeting_deadline,
    overview_group,
    overview_order,
)
from kitdesk.domain.workdays import deadline_countdown

TODAY = date(2026, 11, 23)  # a Monday


def at(*parts) -> datetime:
    return datetime(*parts, tzinfo=TZ)


def test_a_chosen_time_keeps_the_deadline_or_is_late_by_working_days():
    deadline = meeting_deadline(date(2026, 11, 10))
    assert deadline == date(2026, 11, 17)
    assert deadline_standing("invited", at(2026, 11, 17, 9), deadline, TODAY) == ("met", 0)
    # 18, 19, 20, 23, 24 November
    assert deadline_standing("draft", at(2026, 11, 24, 10), deadline, TODAY) == ("late", 5)


def test_without_a_time_the_days_left_today_or_overdue():
    assert deadline_standing("draft", None, date(2026, 11, 27), TODAY) == ("left", 4)
    assert deadline_standing("invited", None, TODAY, TODAY) == ("today", 0)
    assert deadline_standing("draft", None, date(2026, 11, 19), TODAY) == ("overdue", 2)
    # Over on Saturday: only the weekend has gone by, no working day lost yet.
    assert deadline_countdown(date(2026, 11, 21), date(2026, 11, 20)) == ("overdue", 0)


def test_no_deadline_cancelled_or_held_without_a_time_stand_nowhere():
    assert deadline_standing("draft", None, None, TODAY) == ("none", 0)
    assert deadline_standing("cancelled", at(2026, 11, 30, 9), date(2026, 11, 30), TODAY) == ("none", 0)
    assert deadline_standing("held", None, date(2026, 11, 30), TODAY) == ("none", 0)


def test_extra_closed_days_from_the_settings_count():
    deadline = meeting_deadline(date(2026, 11, 20), ("2026-11-24",))
    assert deadline == date(2026, 11, 30)
    assert deadline_standing("draft", None, deadline, TODAY, ("2026-11-24",)) == ("left", 4)


def test_groups_and_order_upcoming_then_drafts_by_deadline_then_the_past_newest_first():
    meetings = [  # (id, state, start, deadline)
        (1, "invited", at(2026, 11, 26, 9), date(2026, 11, 27)),
        (2, "draft", at(2026, 11, 24, 10), date(2026, 11, 17)),
        (3, "draft", None, date(2026, 11, 27)),
        (4, "draft", None, date(2026, 11, 23)),
        (5, "invited", at(2026, 11, 2, 10), None),
        (6, "cancelled", at(2026, 11, 30, 9), date(2026, 11, 30)),
        (7, "invited", None, None),
    ]
    groups = {m[0]: overview_group(m[1], m[2], TODAY) for m in meetings}
    assert groups == {1: UPCOMING, 2: UPCOMING, 3: DRAFT_WITHOUT_TIME, 4: DRAFT_WITHOUT_TIME, 5: PAST, 6: PAST,
                      7: PAST}
    ordered = sorted(meetings, key=lambda m: overview_order(groups[m[0]], m[2], m[3], m[0]))
    assert [m[0] for m in ordered] == [2, 1, 4, 3, 6, 5, 7]
