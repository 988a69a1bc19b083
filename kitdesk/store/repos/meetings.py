"""Network meetings: the meeting, its agenda and its invitees, and their life from draft to sent."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from kitdesk.domain.contact import check_email
from kitdesk.domain.dates import fmt_date, fmt_time, from_utc_iso, to_local, to_utc_iso
from kitdesk.domain.meeting import ANSWERS, FORMS, KINDS, REQUESTERS, AgendaItem, Invitee, Meeting
from kitdesk.domain.model import stored
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import ANSWERS as ANSWER_WORDS
from kitdesk.store.convert import day, from_row
from kitdesk.store.core import STATE_KEY

# Fields whose change after sending needs an updated invitation (same UID, SEQUENCE + 1).
TIME_AND_PLACE = ("starts_at", "ends_at", "form", "place", "video_link", "phone")
# A meeting's life: sent, started, ended, signed off, reopened for a new plan version, cancelled.
STATE_MOVES = frozenset({("draft", "invited"), ("invited", "running"), ("running", "held"), ("held", "signed"),
                         ("signed", "held"), ("draft", "cancelled"), ("invited", "cancelled")})
MEETING_FIELDS = tuple(f.name for f in fields(Meeting) if f.name not in ("id", "agenda", "invitees"))
INVITEE_FIELDS = tuple(f.name for f in fields(Invitee) if f.name not in ("id", "meeting_id"))
# The GP's fee mark is not ticked by hand: it follows the attendance (LiveRepo.set_attendance).
SET_BY_ATTENDANCE = ("gp_paid",)
ITEM_FIELDS = ("title", "description", "responsible_id", "minutes")

CANCEL_ONLY_UNSTARTED = message("meeting.cancel_only_unstarted", "Kun et møde, der ikke er begyndt, kan aflyses.",
                                "Only a meeting that has not begun can be cancelled.")
NO_CANCEL_REASON = message("meeting.no_cancel_reason", "Skriv kort, hvorfor mødet aflyses.",
                           "Write briefly why the meeting is cancelled.")
NO_ITEM_TITLE = message("meeting.no_item_title", "Skriv en overskrift til dagsordenspunktet.",
                        "Write a heading for the agenda item.")
ITEM_NEEDS_TITLE = message("meeting.item_needs_title", "Et dagsordenspunkt skal have en overskrift.",
                           "An agenda item must have a heading.")
NO_INVITEE_NAME = message("meeting.no_invitee_name", "Skriv deltagerens navn.", "Write the participant's name.")
ALREADY_INVITED = message("meeting.already_invited", "{name} er allerede inviteret.", "{name} is already invited.")
# One per state, so that each language says it whole.
CLOSED = {
    "held": message("meeting.closed_held", "Mødet er afholdt og kan ikke ændres her.",
                    "The meeting has been held and cannot be changed here."),
    "signed": message("meeting.closed_signed", "Mødet er godkendt og kan ikke ændres her.",
                      "The meeting is signed off and cannot be changed here."),
    "cancelled": message("meeting.closed_cancelled", "Mødet er aflyst og kan ikke ændres her.",
                         "The meeting is cancelled and cannot be changed here."),
}
MINUTES_NOT_WHOLE = message("meeting.minutes_not_whole", "Skriv varigheden i hele minutter.",
                            "Write the duration in whole minutes.")
MINUTES_OUT_OF_RANGE = message("meeting.minutes_out_of_range", "Et dagsordenspunkt kan vare fra 0 til 600 minutter.",
                               "An agenda item can last from 0 to 600 minutes.")


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """One line of a meetings overview."""

    id: int
    case_id: int
    child_name: str
    state: str
    starts_at: str | None
    requested_on: str | None
    form: str
    update_pending: bool


@dataclass(frozen=True, slots=True)
class GpParticipation:
    """A GP (almen praktiserende læge) at a network meeting that took place: paid under the current
    agreement when they attended (seed 002). What a report per period lists."""

    meeting_id: int
    case_id: int
    day: str  # ISO date of the meeting (Copenhagen)
    name: str
    clinic: str
    form: str  # physical / video / phone / hybrid
    kind: str  # ordinary / discharge
    attended: bool
    attendance: str  # in_room / online / absent / declined / "" (not recorded)


def _meeting(row: dict) -> Meeting:
    values = {k: row[k] for k in MEETING_FIELDS if k in row}
    values["requested_on"] = day(row["requested_on"])
    values["starts_at"] = from_utc_iso(row["starts_at"]) if row["starts_at"] else None
    values["ends_at"] = from_utc_iso(row["ends_at"]) if row["ends_at"] else None
    values["virtual_asked"] = bool(row["virtual_asked"])
    values["invitees_agreed"] = bool(row.get("invitees_agreed"))
    return Meeting(id=row["id"], **values)


def _stored(changes: dict) -> dict:
    out = {}
    for key, value in changes.items():
        if key in ("starts_at", "ends_at"):
            value = to_utc_iso(value) if value is not None else None
        elif key == "requested_on":
            value = value.isoformat() if value is not None else None
        elif isinstance(value, bool):
            value = int(value)
        out[key] = value
    return out


def describe_time(meeting: Meeting) -> str:
    if meeting.starts_at is None:
        return "uden tidspunkt"
    start = to_local(meeting.starts_at)
    end = f"–{fmt_time(meeting.ends_at)}" if meeting.ends_at else ""
    return f"{fmt_date(start)} kl. {fmt_time(start)}{end}"


class MeetingRepo:
    def __init__(self, store):
        self.store = store

    # -- reading ----------------------------------------------------------------------------------
    def rows(self, case_id: int | None = None) -> list[MeetingRow]:
        sql = ("SELECT m.id, m.case_id, c.child_name, m.state, m.starts_at, m.requested_on, m.form, m.update_pending "
               "FROM meetings m JOIN cases c ON c.id = m.case_id")
        args: list = []
        if case_id is not None:
            sql += " WHERE m.case_id = ?"
            args.append(case_id)
        rows = self.store.conn.execute(sql + " ORDER BY m.starts_at IS NULL, m.starts_at, m.id", args).fetchall()
        return [MeetingRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]

    def get(self, meeting_id: int) -> Meeting:
        found = self.store.query("SELECT * FROM meetings WHERE id = ?", [meeting_id])
        if not found:
            raise KeyError(meeting_id)
        meeting = _meeting(found[0])
        meeting.invitees = [from_row(Invitee, r) for r in self.store.query(
            "SELECT * FROM invitees WHERE meeting_id = ? ORDER BY id", [meeting_id])]
        meeting.agenda = [from_row(AgendaItem, r) for r in self.store.query(
            "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", [meeting_id])]
        return meeting

    def update_pending(self, meeting_id: int) -> bool:
        row = self.store.conn.execute("SELECT update_pending FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        return bool(row and row[0])

    # -- the meeting --------------------------------------------------------------------------------
    def create(self, case_id: int, requested_by: str = "buc", requested_on=None, **values) -> int:
        if requested_by not in REQUESTERS:
            raise ValueError(f"unknown requester {requested_by!r}")
        if "kind" not in values and self.store.cases.get(case_id).phase == "discharge":
            values["kind"] = "discharge"  # a case being discharged from BUC: the meeting is about that
        if values.get("kind", "ordinary") not in KINDS:
            raise ValueError(f"unknown meeting kind {values['kind']!r}")
        with self.store.transaction() as w:
            now = w.now()
            meeting_id = w.insert("meetings", {
                "case_id": case_id, "state": "draft", "requested_by": requested_by,
                "requested_on": requested_on.isoformat() if requested_on else None,
                "uid": f"{uuid.uuid4()}@kitdesk", "sequence": 0, "created_at": now, "updated_at": now,
                **_stored(values)}, case_id)
            self.store.baton_log.add_event(w, case_id, "meeting_created", "Et netværksmøde er oprettet som kladde.")
            self.store.cases.touch(w, case_id)
            return meeting_id

    def update(self, meeting_id: int, changes: dict) -> dict:
        """Change meeting fields. After an invitation is sent, a new time or place raises SEQUENCE
        and marks that an updated invitation must be sent."""
        unknown = set(changes) - set(MEETING_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
        if "form" in changes and changes["form"] not in FORMS:
            raise ValueError(f"unknown form {changes['form']!r}")
        if "requested_by" in changes and changes["requested_by"] not in REQUESTERS:
            raise ValueError(f"unknown requester {changes['requested_by']!r}")
        if "kind" in changes and changes["kind"] not in KINDS:
            raise ValueError(f"unknown meeting kind {changes['kind']!r}")
        if "state" in changes:
            raise ValueError("a meeting's state changes only through set_state (send, start, end, sign off, cancel)")
        meeting = self.get(meeting_id)
        self._refuse_when_closed(meeting)
        values = _stored(changes)
        with self.store.transaction() as w:
            before = w.update("meetings", meeting_id, values, meeting.case_id)
            moved = [k for k in before if k in TIME_AND_PLACE]
            if moved and meeting.state == "invited":
                if not self.update_pending(meeting_id):
                    w.update("meetings", meeting_id, {"sequence": meeting.sequence + 1, "update_pending": 1},
                             meeting.case_id)
                self.store.baton_log.add_event(
                    w, meeting.case_id, "meeting_changed",
                    f"Netværksmødet er ændret ({describe_time(self.get(meeting_id))}); en opdateret indkaldelse skal sendes.")
            if before:
                w.conn.execute("UPDATE meetings SET updated_at = ? WHERE id = ?", [w.now(), meeting_id])
                self.store.cases.touch(w, meeting.case_id)
            return before

    def set_state(self, w, meeting_id: int, state: str, values: dict | None = None, case_id: int | None = None) -> dict:
        """The one door for a meeting's state (live, plans and this repository call it), with the
        columns that change with it; returns what update() returns. Refuses a move the meeting's
        life does not have; the database adds that a signed meeting goes back only for a new version."""
        row = w.row("meetings", meeting_id)
        if row is None:
            raise KeyError(f"meetings {meeting_id}")
        if row["state"] != state and (row["state"], state) not in STATE_MOVES:
            # Every caller checks the state first (and says so to the user): this is a bug in the caller.
            raise ValueError(f"a meeting does not go from {row['state']!r} to {state!r}")
        return w.update("meetings", meeting_id, {**(values or {}), "state": state}, case_id or row["case_id"],
                        key=STATE_KEY)

    def mark_sent(self, meeting_id: int, folder: str, recipients: list[int], kind: str) -> None:
        """After the bundle is written: the meeting is invited, and who got which version. An update
        for a new time puts the answers "Deltager" back to awaiting: they were given for the old time."""
        meeting = self.get(meeting_id)
        retimed = kind == "update" and self._time_changed_since_sent(meeting)
        with self.store.transaction() as w:
            if retimed:
                again = [i for i in meeting.invitees if i.answer == "attending" and i.id in recipients]
                for invitee in again:
                    w.update("invitees", invitee.id, {"answer": "pending", "attend_mode": ""}, meeting.case_id)
                if again:
                    self.store.baton_log.add_event(
                        w, meeting.case_id, "answer_recorded",
                        "Tidspunktet er ændret: svarene »Deltager« afventer igen fra "
                        f"{', '.join(i.name for i in again)}.")
            values = {"sent_folder": folder, "update_pending": 0}
            if kind == "request":
                self.set_state(w, meeting_id, "invited", values, meeting.case_id)
            else:
                w.update("meetings", meeting_id, values, meeting.case_id)
            for invitee_id in recipients:
                w.update("invitees", invitee_id, {"invited_sequence": meeting.sequence}, meeting.case_id)
            if kind == "request":
                self._organiser_attends(w, meeting)
            names = ", ".join(i.name for i in meeting.invitees if i.id in recipients) or "ingen med e-mail"
            word = {"request": "Indkaldelse", "update": "Opdateret indkaldelse"}.get(kind, "Indkaldelse")
            self.store.baton_log.add_event(
                w, meeting.case_id, "invitation_sent",
                f"{word} til netværksmøde {describe_time(meeting)} er skrevet til: {names}.")
            self.store.cases.touch(w, meeting.case_id)

    def _time_changed_since_sent(self, meeting: Meeting) -> bool:
        """Whether the meeting's time now differs from the time in the invitation last sent – read from
        the change audit: the time before the first change after that sending."""
        rows = self.store.conn.execute(
            "SELECT changes FROM audit WHERE table_name = 'meetings' AND row_id = ? AND action = 'update' "
            "ORDER BY id", [meeting.id]).fetchall()
        sent: dict = {}
        for (text,) in rows:
            changes = json.loads(text)
            if changes.get("state", [None, None])[1] == "invited" or changes.get("update_pending") == [1, 0]:
                sent = {}  # an invitation went out: what changes after it counts from here
                continue
            for key in ("starts_at", "ends_at"):
                if key in changes and key not in sent:
                    sent[key] = changes[key][0]
        now = {"starts_at": to_utc_iso(meeting.starts_at) if meeting.starts_at else None,
               "ends_at": to_utc_iso(meeting.ends_at) if meeting.ends_at else None}
        return any(now[key] != value for key, value in sent.items())

    def _organiser_attends(self, w, meeting: Meeting) -> None:
        """The user who sends the invitation and chairs the meeting is coming: no one waits for their
        own answer."""
        user = (self.store.settings.get("user_name") or "").strip().casefold()
        for invitee in meeting.invitees:
            if invitee.is_chair and invitee.answer == "pending" and user and invitee.name.strip().casefold() == user:
                mode = "virtual" if meeting.form in ("video", "phone") else "physical"
                w.update("invitees", invitee.id, {"answer": "attending", "attend_mode": mode}, meeting.case_id)

    def cancel(self, meeting_id: int, reason: str) -> None:
        meeting = self.get(meeting_id)
        if meeting.state not in ("draft", "invited"):
            raise Refusal(CANCEL_ONLY_UNSTARTED)
        if not reason.strip():
            raise Refusal(NO_CANCEL_REASON)
        with self.store.transaction() as w:
            self.set_state(w, meeting_id, "cancelled", {"cancel_reason": reason.strip(),
                                                        "sequence": meeting.sequence + 1, "update_pending": 0},
                           meeting.case_id)
            self.store.baton_log.add_event(w, meeting.case_id, "meeting_cancelled",
                                           f"Netværksmødet {describe_time(meeting)} er aflyst: {reason.strip()}")
            self.store.cases.touch(w, meeting.case_id)

    # -- the agenda ---------------------------------------------------------------------------------
    def add_item(self, meeting_id: int, title: str, description: str = "", minutes: int = 10,
                 responsible_id: int | None = None) -> int:
        meeting = self._editable(meeting_id)
        if not title.strip():
            raise Refusal(NO_ITEM_TITLE)
        with self.store.transaction() as w:
            position = max((i.position for i in meeting.agenda), default=-1) + 1
            item_id = w.insert("agenda_items", {
                "meeting_id": meeting_id, "position": position, "title": title.strip(),
                "description": description, "minutes": _minutes(minutes), "responsible_id": responsible_id,
                "created_at": w.now()}, meeting.case_id)
            self.store.cases.touch(w, meeting.case_id)
            return item_id

    def update_item(self, item_id: int, changes: dict) -> dict:
        unknown = set(changes) - set(ITEM_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
        if "title" in changes and not str(changes["title"]).strip():
            raise Refusal(ITEM_NEEDS_TITLE)
        if "minutes" in changes:
            changes = {**changes, "minutes": _minutes(changes["minutes"])}
        meeting = self._editable(self._meeting_of("agenda_items", item_id))
        with self.store.transaction() as w:
            before = w.update("agenda_items", item_id, changes, meeting.case_id)
            if before:
                self.store.cases.touch(w, meeting.case_id)
            return before

    def remove_item(self, item_id: int) -> None:
        """Allowed while the meeting runs: the item's minutes go with it and its agreements lose the
        link – both journalled by the writer, so an undo brings them back."""
        meeting = self._editable(self._meeting_of("agenda_items", item_id))
        with self.store.transaction() as w:
            w.delete("agenda_items", item_id, meeting.case_id)
            self._renumber(w, stored(meeting.id), stored(meeting.case_id))
            self.store.cases.touch(w, meeting.case_id)

    def move_item(self, item_id: int, new_index: int) -> None:
        """Put an agenda item at a new place (0 = first); the others keep their order."""
        meeting = self._editable(self._meeting_of("agenda_items", item_id))
        order = [i.id for i in meeting.agenda]
        order.remove(item_id)
        order.insert(max(0, min(new_index, len(order))), item_id)
        with self.store.transaction() as w:
            for position, some_id in enumerate(order):
                w.update("agenda_items", some_id, {"position": position}, meeting.case_id)
            self.store.cases.touch(w, meeting.case_id)

    def _renumber(self, w, meeting_id: int, case_id: int) -> None:
        ids = [r[0] for r in w.conn.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", [meeting_id])]
        for position, some_id in enumerate(ids):
            w.update("agenda_items", some_id, {"position": position}, case_id)

    # -- invitees -----------------------------------------------------------------------------------
    def add_invitee(self, meeting_id: int, invitee: Invitee) -> int:
        meeting = self._editable(meeting_id)
        if not invitee.name.strip():
            raise Refusal(NO_INVITEE_NAME)
        check_email(invitee.email)
        if invitee.person_id is not None and any(i.person_id == invitee.person_id for i in meeting.invitees):
            raise Refusal(ALREADY_INVITED, name=invitee.name)
        values = {k: getattr(invitee, k) for k in INVITEE_FIELDS}
        values = {k: int(v) if isinstance(v, bool) else v for k, v in values.items()}
        values.update(answer="pending", invited_sequence=None, meeting_id=meeting_id, gp_paid=0)
        with self.store.transaction() as w:
            invitee_id = w.insert("invitees", {**values, "created_at": w.now()}, meeting.case_id)
            if invitee.is_chair or invitee.is_minute_taker:
                self._only_one(w, meeting, invitee_id, invitee.is_chair, invitee.is_minute_taker)
            self.store.cases.touch(w, meeting.case_id)
            return invitee_id

    def update_invitee(self, invitee_id: int, changes: dict) -> dict:
        unknown = set(changes) - set(INVITEE_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
        if "email" in changes:
            check_email(changes["email"])
        if "answer" in changes and changes["answer"] not in ANSWERS:
            raise ValueError(f"unknown answer {changes['answer']!r}")
        if set(changes) & set(SET_BY_ATTENDANCE):
            # No screen sets it: the GP's fee follows whether the GP attended (live.set_attendance).
            raise ValueError("gp_paid follows attendance; set it through live.set_attendance")
        meeting = self.get(self._meeting_of("invitees", invitee_id))
        self._refuse_when_closed(meeting)
        values: dict[str, Any] = {k: int(v) if isinstance(v, bool) else v for k, v in changes.items()}
        with self.store.transaction() as w:
            before = w.update("invitees", invitee_id, values, meeting.case_id)
            if values.get("is_chair") or values.get("is_minute_taker"):
                self._only_one(w, meeting, invitee_id, bool(values.get("is_chair")),
                               bool(values.get("is_minute_taker")))
            if "answer" in before or "others_wanted" in before:
                invitee = next(i for i in meeting.invitees if i.id == invitee_id)
                answer = values.get("answer", invitee.answer)
                text = ANSWER_WORDS.get(answer, answer)
                note = values.get("answer_note", invitee.answer_note)
                others = values.get("others_wanted", invitee.others_wanted).strip()
                self.store.baton_log.add_event(
                    w, meeting.case_id, "answer_recorded",
                    f"{invitee.name}: {text.lower()}" + (f" – {note}" if note else "")
                    + (f"; ønsker også {others} med" if others else "") + ".")
            if before:
                self.store.cases.touch(w, meeting.case_id)
            return before

    def remove_invitee(self, invitee_id: int) -> None:
        meeting = self._editable(self._meeting_of("invitees", invitee_id))
        with self.store.transaction() as w:
            # The writer unlinks the agenda items, agreements and approvals the invitee was on first
            # (journalled, so an undo links them again).
            w.delete("invitees", invitee_id, meeting.case_id)
            self.store.cases.touch(w, meeting.case_id)

    def _only_one(self, w, meeting: Meeting, invitee_id: int, chair: bool, taker: bool) -> None:
        for other in meeting.invitees:
            if other.id == invitee_id:
                continue
            if chair and other.is_chair:
                w.update("invitees", other.id, {"is_chair": 0}, meeting.case_id)
            if taker and other.is_minute_taker:
                w.update("invitees", other.id, {"is_minute_taker": 0}, meeting.case_id)

    # -- the GP's participation (for reports per period) -----------------------------------------------
    def gp_participations(self, first: date, last: date) -> list[GpParticipation]:
        """Every GP invited to a network meeting held from `first` to `last` (Copenhagen dates, both
        included), whether they attended (and so are paid under the agreement), oldest first."""
        found = []
        for row in self.store.query(
                "SELECT m.id AS meeting_id, m.case_id, m.starts_at, m.form, m.kind, i.name, i.organisation, "
                "i.attendance FROM invitees i JOIN meetings m ON m.id = i.meeting_id "
                "WHERE i.sector = 'gp' AND m.state IN ('held', 'signed') AND m.starts_at IS NOT NULL "
                "ORDER BY m.starts_at, m.id, i.id"):
            day = to_local(from_utc_iso(row["starts_at"])).date()
            if first <= day <= last:
                found.append(GpParticipation(row["meeting_id"], row["case_id"], day.isoformat(), row["name"],
                                             row["organisation"], row["form"], row["kind"],
                                             row["attendance"] in ("in_room", "online"), row["attendance"]))
        return found

    # -- a cancelled meeting planned again -------------------------------------------------------------
    def plan_again(self, meeting_id: int, requested_on=None) -> int:
        """"Planlæg nyt møde ud fra dette": a new draft from a cancelled meeting – the same request,
        purpose, form, place, agenda and invitees with their roles; no time, no answers, nothing sent.
        One transaction; returns the new meeting's id."""
        old = self.get(meeting_id)
        if old.state != "cancelled":
            raise ValueError("only a cancelled meeting is planned again this way")  # the screen offers no other
        copied = ("request_note", "form", "place", "video_link", "phone", "purpose", "virtual_asked")
        with self.store.transaction() as w:
            new_id = self.create(stored(old.case_id), old.requested_by, requested_on or old.requested_on,
                                 **{k: getattr(old, k) for k in copied})
            invitees = {}
            for invitee in old.invitees:
                if invitee.walk_in:
                    continue
                fresh = Invitee(**{k: getattr(invitee, k) for k in INVITEE_FIELDS
                                   if k not in ("answer", "attend_mode", "answer_note", "invited_sequence",
                                                "attendance", "gp_paid")})
                invitees[invitee.id] = self.add_invitee(new_id, fresh)
            for item in sorted(old.agenda, key=lambda i: i.position):
                self.add_item(new_id, item.title, item.description, item.minutes, invitees.get(item.responsible_id))
            when = describe_time(old)
            self.store.baton_log.add_event(w, old.case_id, "meeting_created",
                                           f"Et nyt netværksmøde er planlagt ud fra det aflyste møde {when}.")
            return new_id

    # -- helpers ------------------------------------------------------------------------------------
    def _meeting_of(self, table: str, row_id: int) -> int:
        row = self.store.conn.execute(f"SELECT meeting_id FROM [{table}] WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise KeyError(row_id)
        return row[0]

    def _editable(self, meeting_id: int) -> Meeting:
        meeting = self.get(meeting_id)
        self._refuse_when_closed(meeting)
        return meeting

    @staticmethod
    def _refuse_when_closed(meeting: Meeting) -> None:
        if meeting.state in ("held", "signed", "cancelled"):
            raise Refusal(CLOSED[meeting.state])


def _minutes(value) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise Refusal(MINUTES_NOT_WHOLE) from None
    if not 0 <= minutes <= 600:
        raise Refusal(MINUTES_OUT_OF_RANGE)
    return minutes
