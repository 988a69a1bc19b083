"""Running a meeting: start, attendance, the current item, agreements, follow-up, end.

The texts typed live (minutes sections, item discussions, agreement texts) are saved by
kitdesk.store.minutes_saver off the UI thread; everything here is a small structural change done
in one transaction on the caller's thread, audited and undoable like any other write.
"""
from __future__ import annotations

from datetime import date

from kitdesk.domain.dates import fmt_date, from_utc_iso
from kitdesk.domain.minutes import ATTENDANCE, FOLLOW_UP_OUTCOMES, Agreement, ItemNote, LiveState, Minutes
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import SECTORS
from kitdesk.store.convert import from_row
from kitdesk.store.db import SIGNED

PRESENT = ("in_room", "online")
ATTENDANCE_WORDS = {"in_room": "i lokalet", "online": "online", "absent": "fraværende", "declined": "afbud"}
# The minutes' columns added by m008, in the order of Minutes' fields.
MINUTES_ADDED = ("child_words", "discharge_handover", "discharge_medication", "discharge_family_contact")
AGREEMENT_FIELDS = ("agenda_item_id", "what", "responsible_invitee_id", "responsible_name", "sector", "deadline",
                    "ongoing", "follow_up")

ONLY_INVITED_STARTS = message("live.only_invited_starts", "Kun et indkaldt møde kan startes.",
                              "Only an invited meeting can be started.")
NO_WALK_IN_NAME = message("live.no_walk_in_name", "Skriv navnet på den, der deltager.",
                          "Write the name of the person taking part.")
NOT_RUNNING = message("live.not_running", "Mødet er ikke i gang.", "The meeting is not running.")
AGREEMENTS_WHEN = message("live.agreements_when",
                          "Aftaler skrives, mens mødet er i gang, eller før referatet er godkendt.",
                          "Agreements are written while the meeting runs, or before the minutes are signed off.")


class LiveRepo:
    def __init__(self, store):
        self.store = store

    # -- reading --------------------------------------------------------------------------------------
    def state(self, meeting_id: int) -> LiveState:
        rows = self.store.query("SELECT * FROM minutes WHERE meeting_id = ?", [meeting_id])
        minutes = Minutes(meeting_id)
        if rows:
            row = rows[0]
            minutes = Minutes(meeting_id, row["perspective"], row["challenges"], row["resources"],
                              row["development"], row["misc"],
                              from_utc_iso(row["next_meeting_at"]) if row["next_meeting_at"] else None,
                              bool(row["next_meeting_not_agreed"]), bool(row["no_new_agreements"]),
                              *(row[name] for name in MINUTES_ADDED))
        notes = {r["agenda_item_id"]: ItemNote(r["agenda_item_id"], r["discussion"], r["internal_note"],
                                                r["used_seconds"])
                 for r in self.store.query("SELECT * FROM item_notes WHERE meeting_id = ?", [meeting_id])}
        meeting = self.store.meetings.get(meeting_id)
        return LiveState(minutes, notes, self.agreements(meeting_id), self.earlier_open(meeting.case_id, meeting_id),
                         discharge=meeting.kind == "discharge")

    def agreements(self, meeting_id: int) -> list[Agreement]:
        return [from_row(Agreement, r) for r in self.store.query(
            "SELECT * FROM agreements WHERE meeting_id = ? ORDER BY position, id", [meeting_id])]

    def earlier_open(self, case_id: int, meeting_id: int) -> list[Agreement]:
        """Agreements from the case's earlier meetings that are still open – or were followed up at
        this meeting (so the follow-up stays visible and can be changed)."""
        return [from_row(Agreement, r) for r in self.store.query(
            "SELECT * FROM agreements WHERE case_id = ? AND meeting_id <> ? "
            "AND (status = 'open' OR status_meeting_id = ?) ORDER BY created_at, id",
            [case_id, meeting_id, meeting_id])]

    # -- the meeting's life -------------------------------------------------------------------------
    def start(self, meeting_id: int) -> None:
        """Invited → running: the minutes begin, attendance starts from the answers given."""
        meeting = self.store.meetings.get(meeting_id)
        if meeting.state == "running":
            return
        if meeting.state != "invited":
            raise Refusal(ONLY_INVITED_STARTS)
        with self.store.transaction() as w:
            now = w.now()
            first = meeting.agenda[0].id if meeting.agenda else None
            self.store.meetings.set_state(w, meeting_id, "running", {"started_at": now, "current_item_id": first},
                                          meeting.case_id)
            w.conn.execute("INSERT OR IGNORE INTO minutes (meeting_id, updated_at) VALUES (?, ?)", [meeting_id, now])
            for item in meeting.agenda:
                w.conn.execute("INSERT OR IGNORE INTO item_notes (agenda_item_id, meeting_id, updated_at) "
                               "VALUES (?, ?, ?)", [item.id, meeting_id, now])
            for invitee in meeting.invitees:
                if not invitee.attendance and invitee.answer == "declined":
                    w.update("invitees", invitee.id, {"attendance": "declined"}, meeting.case_id)
            self.store.baton_log.add_event(w, meeting.case_id, "meeting_started", "Netværksmødet er startet.")
            self.store.cases.touch(w, meeting.case_id)

    def current_item(self, meeting_id: int) -> int | None:
        """The agenda item the meeting is at (kept on the meeting row, not part of the Meeting record)."""
        row = self.store.conn.execute("SELECT current_item_id FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        return row[0] if row else None

    def set_current_item(self, meeting_id: int, item_id: int | None) -> None:
        meeting = self._running(meeting_id)
        with self.store.transaction() as w:
            w.update("meetings", meeting_id, {"current_item_id": item_id}, meeting.case_id)

    def set_attendance(self, invitee_id: int, attendance: str) -> None:
        """Who is here – while the meeting runs, and corrected after it until the plan is signed off
        (a correction after the meeting is noted in the baton log, beside what the end wrote there)."""
        if attendance not in ATTENDANCE:
            raise ValueError(f"unknown attendance {attendance!r}")
        meeting = self.store.meetings.get(self.store.meetings._meeting_of("invitees", invitee_id))
        if meeting.state == "signed":
            raise Refusal(SIGNED)  # the signed plan says who took part
        if meeting.state != "held":
            self._running(meeting.id)
        with self.store.transaction() as w:
            before = w.update("invitees", invitee_id, self._with_gp_fee(meeting, invitee_id, attendance),
                              meeting.case_id)
            if "attendance" in before and meeting.state == "held":
                name = next((i.name for i in meeting.invitees if i.id == invitee_id), "")
                self.store.baton_log.add_event(
                    w, meeting.case_id, "meeting_changed",
                    f"Fremmødet er rettet efter mødet: {name} – {ATTENDANCE_WORDS[attendance]}.")
                self.store.cases.touch(w, meeting.case_id)

    def unmarked(self, meeting_id: int) -> list[str]:
        """The names of those whose attendance is not marked yet."""
        return [i.name for i in self.store.meetings.get(meeting_id).invitees if not i.attendance]

    def attendance(self, meeting_id: int) -> dict[int, str]:
        return dict(self.store.conn.execute(
            "SELECT id, attendance FROM invitees WHERE meeting_id = ?", [meeting_id]).fetchall())

    def add_walk_in(self, meeting_id: int, name: str, sector: str = "other", organisation: str = "",
                    attendance: str = "in_room") -> int:
        """Someone who turned up unannounced."""
        meeting = self._running(meeting_id)
        if not name.strip():
            raise Refusal(NO_WALK_IN_NAME)
        with self.store.transaction() as w:
            invitee_id = w.insert("invitees", {
                "meeting_id": meeting_id, "name": name.strip(), "sector": sector, "organisation": organisation,
                "created_at": w.now(), "walk_in": 1, "attendance": attendance,
                "gp_paid": int(sector == "gp" and attendance in PRESENT)}, meeting.case_id)
            self.store.cases.touch(w, meeting.case_id)
            return invitee_id

    # -- agreements -----------------------------------------------------------------------------------
    def add_agreement(self, meeting_id: int, agenda_item_id: int | None = None, **values) -> int:
        meeting = self._running_or_held(meeting_id)
        values = self._agreement_values(values)
        with self.store.transaction() as w:
            position = (w.conn.execute("SELECT COALESCE(MAX(position), -1) FROM agreements WHERE meeting_id = ?",
                                       [meeting_id]).fetchone()[0]) + 1
            now = w.now()
            agreement_id = w.insert("agreements", {
                "meeting_id": meeting_id, "case_id": meeting.case_id, "agenda_item_id": agenda_item_id,
                "position": position, **values, "created_at": now, "updated_at": now}, meeting.case_id)
            return agreement_id

    def update_agreement(self, agreement_id: int, changes: dict) -> dict:
        meeting = self._running_or_held(self._meeting_of_agreement(agreement_id))
        values = self._agreement_values(changes)
        with self.store.transaction() as w:
            before = w.update("agreements", agreement_id, values, meeting.case_id)
            if before:
                w.conn.execute("UPDATE agreements SET updated_at = ? WHERE id = ?", [w.now(), agreement_id])
            return before

    def remove_agreement(self, agreement_id: int) -> None:
        meeting = self._running_or_held(self._meeting_of_agreement(agreement_id))
        with self.store.transaction() as w:
            w.delete("agreements", agreement_id, meeting.case_id)

    def move_agreement(self, agreement_id: int, new_index: int) -> None:
        meeting_id = self._meeting_of_agreement(agreement_id)
        meeting = self._running_or_held(meeting_id)
        order = [a.id for a in self.agreements(meeting_id)]
        order.remove(agreement_id)
        order.insert(max(0, min(new_index, len(order))), agreement_id)
        with self.store.transaction() as w:
            for position, some_id in enumerate(order):
                w.update("agreements", some_id, {"position": position}, meeting.case_id)

    def follow_up(self, agreement_id: int, meeting_id: int, outcome: str, note: str = "") -> int | None:
        """An earlier agreement followed up at this meeting: done, continued (carried into this
        meeting's agreements; returns the new agreement's id) or dropped."""
        if outcome not in FOLLOW_UP_OUTCOMES and outcome != "open":
            raise ValueError(f"unknown follow-up outcome {outcome!r}")
        meeting = self._running_or_held(meeting_id)
        earlier = from_row(Agreement, self.store.writer.row("agreements", agreement_id))
        with self.store.transaction() as w:
            w.update("agreements", agreement_id, {
                "status": outcome, "status_note": note,
                "status_meeting_id": None if outcome == "open" else meeting_id}, meeting.case_id)
            if outcome != "continued":
                return None
            carried = w.conn.execute("SELECT id FROM agreements WHERE meeting_id = ? AND carried_from_id = ?",
                                     [meeting_id, agreement_id]).fetchone()
            if carried:
                return carried[0]
            position = (w.conn.execute("SELECT COALESCE(MAX(position), -1) FROM agreements WHERE meeting_id = ?",
                                       [meeting_id]).fetchone()[0]) + 1
            now = w.now()
            return w.insert("agreements", {
                "meeting_id": meeting_id, "case_id": meeting.case_id, "position": position,
                "what": earlier.what, "responsible_name": earlier.responsible_name, "sector": earlier.sector,
                "deadline": earlier.deadline.isoformat() if earlier.deadline else None, "ongoing": int(earlier.ongoing),
                "follow_up": earlier.follow_up, "carried_from_id": agreement_id, "created_at": now, "updated_at": now},
                meeting.case_id)

    # -- ending ---------------------------------------------------------------------------------------
    def end(self, meeting_id: int) -> None:
        """Running → held. Attendance and agreements go into the baton log; the minutes await sign-off."""
        meeting = self._running(meeting_id)
        state = self.state(meeting_id)
        attendance = self.attendance(meeting_id)
        with self.store.transaction() as w:
            self.store.meetings.set_state(w, meeting_id, "held", {"ended_at": w.now()}, meeting.case_id)
            present = [i.name for i in meeting.invitees if attendance.get(i.id) in ("in_room", "online")]
            away = [f"{i.name} ({ATTENDANCE_WORDS[attendance[i.id]]})" for i in meeting.invitees
                    if attendance.get(i.id) in ("absent", "declined")]
            text = "Netværksmødet er afholdt. Deltog: " + (", ".join(present) or "ingen registreret") + "."
            if away:
                text += " Deltog ikke: " + ", ".join(away) + "."
            self.store.baton_log.add_event(w, meeting.case_id, "meeting_held", text)
            for a in state.agreements:
                if not a.what.strip():
                    continue
                when = "løbende" if a.ongoing else (f"frist {fmt_date(a.deadline)}" if a.deadline else "ingen frist")
                who = a.responsible_name or "ingen ansvarlig"
                sector = f", {SECTORS.get(a.sector, a.sector)}" if a.sector else ""
                self.store.baton_log.add_event(w, meeting.case_id, "agreement",
                                               f"Aftale: {a.what.strip()} – {who}{sector}, {when}.")
            self.store.cases.touch(w, meeting.case_id)
        self.store.plans.prepare(meeting_id)  # a line per participant for the approvals

    # -- helpers --------------------------------------------------------------------------------------
    @staticmethod
    def _with_gp_fee(meeting, invitee_id: int, attendance: str) -> dict:
        """The attendance, and for a GP the fee mark that follows it: a GP who took part is paid under
        the current agreement (seed 002) – never a tick made before the meeting."""
        invitee = next((i for i in meeting.invitees if i.id == invitee_id), None)
        values: dict = {"attendance": attendance}
        if invitee is not None and invitee.sector == "gp":
            values["gp_paid"] = int(attendance in PRESENT)
        return values

    def _agreement_values(self, values: dict) -> dict:
        unknown = set(values) - set(AGREEMENT_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
        out = {}
        for key, value in values.items():
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, bool):
                value = int(value)
            out[key] = value
        if out.get("ongoing"):
            out["deadline"] = None
        return out

    def _meeting_of_agreement(self, agreement_id: int) -> int:
        row = self.store.conn.execute("SELECT meeting_id FROM agreements WHERE id = ?", [agreement_id]).fetchone()
        if row is None:
            raise KeyError(agreement_id)
        return row[0]

    def _running(self, meeting_id: int):
        meeting = self.store.meetings.get(meeting_id)
        if meeting.state != "running":
            raise Refusal(NOT_RUNNING)
        return meeting

    def _running_or_held(self, meeting_id: int):
        meeting = self.store.meetings.get(meeting_id)
        if meeting.state == "signed":
            raise Refusal(SIGNED)
        if meeting.state not in ("running", "held"):
            raise Refusal(AGREEMENTS_WHEN)
        return meeting
