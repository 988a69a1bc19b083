"""A case with something in every table a case can reach, for the erasure tests: the demo's Freja with
a CPR number, a file attached to an exchange, a second meeting held with a unique phrase in its
minutes, signed off, exported (a file in exports/ and a plan_exports row) and marked as filed, and a
consent that was added and undone (its row gone, its values still in the audit)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kitdesk.domain.model import Consent, ConsentForm, Exchange
from kitdesk.store.erasure import case_folder_name
from kitdesk.store.minutes_saver import MinutesSaver

CPR = "170413-4990"  # fictitious
PHRASE = "Zylofon-kvaelertag-8841"  # unique: typed in the minutes, the attached file and the export
CHILD = "Freja Nørgaard"


@dataclass
class FullCase:
    case_id: int
    case_no: str
    meeting_id: int
    attached: object  # Path of the file copied into files/
    exported: object  # Path of the plan written into exports/


def full_case(store, tmp_path) -> FullCase:
    case_id = next(r.id for r in store.cases.rows() if r.child_name == CHILD)
    store.cases.update(case_id, {"cpr": CPR})
    case_no = store.cases.get(case_id).case_no
    store.access_log.record("case_opened", "cases", case_id, case_id)  # the case was looked at
    source = tmp_path / "statusnotat.txt"
    source.write_text(f"Statusnotat: {PHRASE}", encoding="utf-8")
    exchange = store.exchanges.add(Exchange(case_id=case_id, kind="status_note", exchanged_on=date(2026, 11, 2),
                                            note="Statusnotat vedlagt."), source_file=source)
    attached = store.exchanges.file_path(store.exchanges.get(exchange))
    # A consent added and undone: the row is gone, the audit still holds what it said.
    store.consents.add(Consent(case_id=case_id, given_by="Camilla Nørgaard", sectors=["buc"],
                               given_on=date(2026, 11, 3), information=f"Fortrydes {PHRASE}"))
    store.revert(store.last_journal)
    # A waiting period and a printed consent form (m008).
    store.waiting.start(case_id, f"Udredning {PHRASE}", date(2026, 11, 1), contact_name="Mette Kjærgaard",
                        contact_every_days=14)
    store.consents.record_form(ConsentForm(case_id=case_id, given_by="Camilla Nørgaard", sectors=["buc", "school"],
                                           information=f"Skolegang {PHRASE}", printed_on=date(2026, 11, 4)))

    meeting_id = next(r.id for r in store.meetings.rows(case_id) if r.state == "invited")
    store.live.start(meeting_id)
    meeting = store.meetings.get(meeting_id)
    first = meeting.agenda[0].id
    for invitee in meeting.invitees:
        store.live.set_attendance(invitee.id, "in_room")
    saver = MinutesSaver(store.folder.db_path, "Test", key=store.key)
    saver.put("minutes", meeting_id, "perspective", f"Freja siger: {PHRASE}.")
    saver.put("item_notes", first, "discussion", f"Drøftet: {PHRASE}", meeting_id)
    saver.put("minutes", meeting_id, "next_meeting_not_agreed", 1)
    assert saver.close()
    store.live.add_agreement(meeting_id, first, what=f"Skolen følger op ({PHRASE})", responsible_name="Peter Ærø",
                             sector="school", ongoing=True)
    store.live.end(meeting_id)
    for approval in store.plans.approvals(meeting_id):
        store.plans.set_approval(approval.id, {"approved": True, "how": "in_meeting"})
    version = store.plans.sign_off(meeting_id)
    exported = store.folder.exports / case_folder_name(case_no) / f"2026-12-04-{meeting_id}" / "plan.pdf"
    exported.parent.mkdir(parents=True)
    exported.write_bytes(f"%PDF {CHILD} {PHRASE}".encode())
    store.plans.record_export(version, exported.read_bytes(), exported.name)
    store.plans.mark_filed(meeting_id, version.version)
    return FullCase(case_id, case_no, meeting_id, attached, exported)
