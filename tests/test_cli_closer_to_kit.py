"""`kitdesk invite` and issue 11: the warning about short notice that the window's checklist gives,
and the family's place at the table, as a user would see them on the command line."""
from __future__ import annotations

from datetime import datetime

from kitdesk.domain.dates import TZ, local_today
from kitdesk.domain.meeting import NO_FAMILY, Invitee
from kitdesk.domain.refusal import Refusal
from kitdesk.domain.workdays import add_working_days
from tests import test_cli_meetings
from tests.support import kitdesk
from tests.test_cli_meetings import _ready_draft, _store

# The data folders of the meeting commands' tests (pytest fixtures, shared).
demo_home, home = test_cli_meetings.demo_home, test_cli_meetings.home


def test_invite_warns_when_the_invitation_goes_out_in_short_notice(home, tmp_path):
    _case_id, meeting_id = _ready_draft(home)  # two working days ahead
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "ud"))
    assert result.returncode == 0, result.stderr
    assert "Bemærk: Mødet er om 2 arbejdsdage" in result.stderr
    assert "Deltagerne skal inviteres i god tid – mindst 3 arbejdsdage før mødet." in result.stderr


def test_invite_says_nothing_of_notice_when_there_is_time_enough(home, tmp_path):
    _case_id, meeting_id = _ready_draft(home)
    store = _store(home)
    try:
        day = add_working_days(local_today(), 4, store.settings.extra_closed_days())  # within the deadline
        store.meetings.update(meeting_id, {"starts_at": datetime(day.year, day.month, day.day, 9, tzinfo=TZ),
                                           "ends_at": datetime(day.year, day.month, day.day, 10, tzinfo=TZ)})
    finally:
        store.close()
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "ud"))
    assert result.returncode == 0, result.stderr
    assert "god tid" not in result.stderr


def test_invite_refuses_a_meeting_without_the_family_until_the_reason_is_written(home, tmp_path):
    _case_id, meeting_id = _ready_draft(home)
    store = _store(home)
    try:
        family = next(i for i in store.meetings.get(meeting_id).invitees if i.sector == "family")
        store.meetings.remove_invitee(family.id)
        store.meetings.add_invitee(meeting_id, Invitee(name="Peter Ærø", sector="school"))
    finally:
        store.close()
    result = kitdesk(home, "invite", "--meeting", str(meeting_id), "--out", str(tmp_path / "ud"))
    assert result.returncode == 1 and str(Refusal(NO_FAMILY)) in result.stderr
