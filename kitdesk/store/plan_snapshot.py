"""The plan's snapshot: what a version of the cross-sector plan holds, built from the meeting, its
minutes, agreements, approvals and the case's contact persons as they are now. PlanRepo freezes it at
sign-off (kitdesk/store/repos/plans.py); a draft export and the preview show it as it stands.
"""
from __future__ import annotations

from datetime import date

from kitdesk.domain.dates import to_local
from kitdesk.domain.meeting import minute_taker_off_side
from kitdesk.domain.network import contact_side
from kitdesk.domain.plan import (
    LAYOUT,
    PlanAgreement,
    PlanApproval,
    PlanContact,
    PlanContent,
    PlanFollowUp,
    PlanItem,
    PlanParticipant,
)
from kitdesk.templates import load_roles


def snapshot(store, meeting, version: int, signed_on: date | None = None, signed_by: str = "") -> PlanContent:
    """The plan as the meeting's working copy says now, as version `version` (signed on `signed_on` by
    `signed_by` when it is being signed off): what PlanRepo freezes and a draft shows."""
    case = store.cases.get(meeting.case_id)
    state = store.live.state(meeting.id)
    roles = load_roles()
    items = sorted(meeting.agenda, key=lambda i: i.position)
    names = {i.id: i.name for i in meeting.invitees}
    titles = {i.id: i.title for i in items}
    participants = tuple(PlanParticipant(
        name=i.name, organisation=i.organisation, sector=i.sector,
        role=store.persons.title_of(i.person_id) or (roles[i.role_key].label if i.role_key in roles else ""),
        attendance=i.attendance or ("declined" if i.answer == "declined" else ""),
        is_chair=i.is_chair, is_minute_taker=i.is_minute_taker, walk_in=i.walk_in,
        gp_fee=i.sector == "gp" and i.attendance in ("in_room", "online")) for i in meeting.invitees)
    agenda = tuple(PlanItem(
        title=i.title, minutes=i.minutes, responsible=names.get(i.responsible_id, ""), description=i.description,
        discussion=state.notes[i.id].discussion if i.id in state.notes else "") for i in items)
    earlier_dates = _meeting_dates(store, {a.meeting_id for a in state.earlier if a.meeting_id is not None})
    received = {p.id: p.meeting_on for p in store.plan_imports.imports(meeting.case_id)}

    def held_on(a) -> str | None:  # an agreement from a plan read in: the other side's meeting
        return received.get(a.plan_import_id) if a.plan_import_id else earlier_dates.get(a.meeting_id)
    carried = {a.id: held_on(a) for a in state.earlier}
    agreements = tuple(PlanAgreement(
        what=a.what.strip(), responsible=a.responsible_name, sector=a.sector,
        deadline=None if a.ongoing or a.deadline is None else a.deadline.isoformat(), ongoing=a.ongoing,
        follow_up=a.follow_up, item=titles.get(a.agenda_item_id, ""),
        carried_from=carried.get(a.carried_from_id)) for a in state.agreements if a.what.strip())
    follow_ups = tuple(PlanFollowUp(
        what=a.what, responsible=a.responsible_name, outcome=a.status, note=a.status_note,
        from_meeting=held_on(a)) for a in state.earlier
        if a.status != "open" and a.status_meeting_id in (meeting.id, None))  # None: between meetings
    approvals = tuple(PlanApproval(
        name=a.name, sector=a.sector, approved=a.approved, on=a.approved_on.isoformat() if a.approved_on else None,
        how=a.how, note=a.note) for a in store.plans.approvals(meeting.id, version))
    minutes = state.minutes
    previous = version - 1 if version > 1 else None
    reason = store.plans.pending_reason(meeting.id) if previous else ""
    starts_at, ends_at = store.plans.held_times(meeting)
    return PlanContent(
        case_no=case.case_no, child_name=case.child_name,
        birth_date=case.birth_date.isoformat() if case.birth_date else None, meeting_id=meeting.id,
        starts_at=_local_iso(starts_at), ends_at=_local_iso(ends_at), form=meeting.form,
        place=meeting.place, video_link=meeting.video_link, phone=meeting.phone, purpose=meeting.purpose,
        participants=participants, agenda=agenda, perspective=minutes.perspective,
        challenges=minutes.challenges, resources=minutes.resources, development=minutes.development,
        misc=minutes.misc, agreements=agreements, no_new_agreements=minutes.no_new_agreements,
        follow_ups=follow_ups, next_meeting_at=_local_iso(minutes.next_meeting_at),
        next_meeting_not_agreed=minutes.next_meeting_not_agreed, approvals=approvals, version=version,
        replaces=previous, reason=reason, signed_on=signed_on.isoformat() if signed_on else None,
        signed_by=signed_by, cpr=case.cpr or None, contacts=plan_contacts(store, meeting.case_id),
        child_words=minutes.child_words, kind=meeting.kind,
        discharge_handover=minutes.discharge_handover if meeting.kind == "discharge" else "",
        discharge_medication=minutes.discharge_medication if meeting.kind == "discharge" else "",
        discharge_family_contact=minutes.discharge_family_contact if meeting.kind == "discharge" else "",
        minute_taker_reason=meeting.minute_taker_reason if minute_taker_off_side(
            meeting, store.settings.get("user_sector")) else "", layout=LAYOUT)

def plan_contacts(store, case_id: int) -> tuple[PlanContact, ...]:
    """The responsible contact persons and the baton holder as the network has them now, with
    their phone and e-mail: the snapshot keeps them as they were when the plan was signed."""
    found = []
    for member in store.network.members(case_id):
        side = contact_side(member) or ""
        if side or member.is_baton_holder:
            found.append(PlanContact(name=member.person_name, organisation=member.organisation,
                                     sector=member.sector, phone=member.phone, email=member.email, side=side,
                                     is_baton_holder=member.is_baton_holder))
    return tuple(found)

def _meeting_dates(store, meeting_ids) -> dict[int, str | None]:
    dates = {}
    for meeting_id in meeting_ids:
        try:
            start, _end = store.plans.held_times(store.meetings.get(meeting_id))
        except KeyError:
            start = None
        dates[meeting_id] = to_local(start).date().isoformat() if start else None
    return dates


def _local_iso(dt) -> str | None:
    return to_local(dt).isoformat(timespec="minutes") if dt is not None else None
