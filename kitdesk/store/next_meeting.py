"""Planlæg næste møde: a draft of the case's next network meeting, made from a held or signed one in a
single transaction (one undo step). What goes into it is the domain's (kitdesk.domain.next_meeting)."""
from __future__ import annotations

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.next_meeting import next_meeting_draft


def plan_next_meeting(store, meeting_id: int) -> int:
    """Make the draft; returns the new meeting's id. Refused (Refusal) for a meeting not held."""
    meeting = store.meetings.get(meeting_id)
    state = store.live.state(meeting_id)
    draft = next_meeting_draft(meeting, state.minutes, state.agreements, state.earlier)
    values: dict[str, object] = {"request_note": draft.request_note, "form": draft.form, "place": draft.place,
              "video_link": draft.video_link, "phone": draft.phone, "purpose": draft.purpose}
    if draft.starts_at is not None:
        values.update(starts_at=draft.starts_at, ends_at=draft.ends_at)
    with store.transaction() as w:
        new_id = store.meetings.create(draft.case_id, draft.requested_by, None, **values)
        for invitee in draft.invitees:
            store.meetings.add_invitee(new_id, invitee)
        for item in draft.agenda:
            store.meetings.add_item(new_id, item.title, item.description, item.minutes)
        held = f" den {fmt_date(meeting.starts_at)}" if meeting.starts_at else ""
        store.baton_log.add_event(w, draft.case_id, "meeting_created",
                                  f"Næste netværksmøde er planlagt som kladde ud fra mødet{held}"
                                  + (f", til {fmt_date(draft.starts_at)}." if draft.starts_at else "."))
    return new_id


def upcoming_meeting(store, case_id: int):
    """The case's meeting not yet held (a draft, invited or running), the earliest first – to ask before
    planning another one."""
    rows = [r for r in store.meetings.rows(case_id) if r.state in ("draft", "invited", "running")]
    return rows[0] if rows else None
