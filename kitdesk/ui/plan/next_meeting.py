"""Planlæg næste møde: from a held or signed meeting, a draft of the case's next network meeting – the
same network, the date the minutes agreed, the requesting party, and the agreements still open as the
first item, "Opfølgning på aftaler" (kitdesk.store.next_meeting). One undo step; the draft opens."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.dates import fmt_date, from_utc_iso, to_local
from kitdesk.ui import labels
from kitdesk.ui.undo import write


def plan_next(parent, store, undo_stack, meeting_id: int) -> int | None:
    """Make the draft and return its id; None if the user said no or the store refused (shown)."""
    from kitdesk.store.next_meeting import plan_next_meeting, upcoming_meeting  # on first use

    meeting = store.meetings.get(meeting_id)
    upcoming = upcoming_meeting(store, meeting.case_id)
    if upcoming is not None:
        when = fmt_date(to_local(from_utc_iso(upcoming.starts_at))) if upcoming.starts_at else \
            QCoreApplication.translate("NextMeeting", "no time yet")
        question = QCoreApplication.translate(
            "NextMeeting", "The case already has a network meeting that is not held yet (%1, %2). Plan one more?")
        answer = QMessageBox.question(parent, QCoreApplication.translate("NextMeeting", "Plan the next meeting"),
                                      question.replace("%1", labels.label(labels.MEETING_STATES, upcoming.state)
                                                       .lower()).replace("%2", when),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    made: list[int] = []
    if not write(parent, undo_stack, store, lambda: made.append(plan_next_meeting(store, meeting_id)),
                 QCoreApplication.translate("NextMeeting", "Plan the next meeting"),
                 title=QCoreApplication.translate("NextMeeting", "Plan the next meeting")):
        return None
    return made[0]
