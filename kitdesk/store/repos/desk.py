"""The contact person's desk: what needs doing across all cases (Overblik), every agreement across cases
(Aftaler), one case at a glance (its Oversigt), and an agreement followed up between meetings.

Each read is a handful of queries over all cases – never one per case – so the overview of 2,000 cases
opens at once. What is worth a line and in which order is the domain's (kitdesk.domain.desk).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kitdesk.domain.dates import TZ, fmt_date, from_utc_iso, local_today, to_local, to_utc_iso
from kitdesk.domain.desk import (
    AGREEMENT_DAYS,
    AgreementEntry,
    CaseConsents,
    ContactFact,
    DeskFacts,
    DeskGroup,
    MeetingFact,
    PlanFact,
    User,
    WaitingFact,
    calendar_items,
    overview,
    week_end,
)
from kitdesk.domain.model import Consent, LogEntry, Member
from kitdesk.domain.network import SectorCoverage, consent_coverage
from kitdesk.domain.plan_data import source_text
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import MUNICIPAL_SECTORS, SECTORS
from kitdesk.domain.waiting import WaitingPeriod
from kitdesk.store.convert import from_row

_MUNICIPAL = ", ".join(f"'{s}'" for s in sorted(MUNICIPAL_SECTORS))
OPEN_CASE = "c.phase <> 'closed'"

# An agreement was made at a meeting here (meeting_id) or read in from another KIT Desk's plan
# (plan_import_id, no meeting here): both are the case's agreements, so both joins are outer. The
# meeting's day and state come from a narrow index (m012_desk): SQLite would otherwise read each
# meeting's whole row, texts and all, by its id.
AGREEMENTS_SQL = """
SELECT a.id, a.case_id, c.case_no, c.child_name, a.meeting_id, m.starts_at, a.what, a.responsible_name, a.sector,
       a.deadline, a.ongoing, a.status, a.status_note, a.status_meeting_id, m.state, c.is_demo,
       a.plan_import_id, p.issuer, p.version, COALESCE(p.meeting_on, p.signed_on)
FROM agreements a JOIN cases c ON c.id = a.case_id LEFT JOIN meetings m INDEXED BY desk_meeting_times
  ON m.id = a.meeting_id
LEFT JOIN plan_imports p ON p.id = a.plan_import_id
"""
# Not held yet, with a time from the start of the window on – or asked for and still without a time. A
# meeting invited or running whose day has passed is a loose end (start it, end it or cancel it).
MEETINGS_SQL = """
SELECT m.id, m.case_id, c.case_no, c.child_name, m.state, m.starts_at, m.requested_on, m.requested_by,
       m.update_pending, c.is_demo
FROM meetings m JOIN cases c ON c.id = m.case_id
WHERE c.phase <> 'closed' AND m.state IN ('draft', 'invited', 'running')
  AND ((m.starts_at IS NOT NULL AND m.starts_at < ? AND (m.starts_at >= ? OR m.state <> 'draft'))
       OR (m.starts_at IS NULL AND m.requested_on IS NOT NULL))
"""
# Held and not signed off: how many of the working version's approvals are still missing.
HELD_SQL = """
SELECT m.id, m.case_id, c.case_no, c.child_name, m.state, m.starts_at, c.is_demo,
  (SELECT COUNT(*) FROM approvals p WHERE p.meeting_id = m.id AND NOT p.approved
     AND p.version = (SELECT COALESCE(MAX(v.version), 1) FROM plan_versions v WHERE v.meeting_id = m.id)),
  (SELECT COALESCE(MAX(v.version), 1) FROM plan_versions v WHERE v.meeting_id = m.id)
FROM meetings m JOIN cases c ON c.id = m.case_id
WHERE c.phase <> 'closed' AND m.state = 'held'
"""
# Signed, and the latest signed version never written out as the plan's PDF – unless a later meeting of
# the case has been held since (the newer plan is the one to send). Case by case (CROSS JOIN keeps that
# order): the signed meetings of closed cases are then never looked at, a third less work with 2,000 cases.
UNSENT_SQL = """
SELECT m.id, m.case_id, c.case_no, c.child_name, m.state, m.starts_at, c.is_demo, 0, v.version
FROM cases c CROSS JOIN meetings m ON m.case_id = c.id
JOIN plan_versions v ON v.meeting_id = m.id AND v.signed_at IS NOT NULL
  AND v.version = (SELECT MAX(s.version) FROM plan_versions s WHERE s.meeting_id = m.id AND s.signed_at IS NOT NULL)
WHERE c.phase <> 'closed' AND m.state = 'signed'
  AND NOT EXISTS (SELECT 1 FROM plan_exports e WHERE e.plan_version_id = v.id AND e.kind = 'plan')
  AND NOT EXISTS (SELECT 1 FROM meetings l WHERE l.case_id = m.case_id AND l.state IN ('held', 'signed')
                  AND l.starts_at > m.starts_at)
"""
CONTACTS_SQL = f"""
SELECT id, case_no, child_name, buc, municipality, baton, is_demo FROM (
  SELECT c.id, c.case_no, c.child_name, c.is_demo,
    EXISTS (SELECT 1 FROM members m WHERE m.case_id = c.id AND m.is_contact AND m.sector = 'buc') AS buc,
    EXISTS (SELECT 1 FROM members m WHERE m.case_id = c.id AND m.is_contact AND m.sector IN ({_MUNICIPAL}))
      AS municipality,
    EXISTS (SELECT 1 FROM members m WHERE m.case_id = c.id AND m.is_baton_holder) AS baton
  FROM cases c WHERE c.phase <> 'closed')
WHERE NOT (buc AND municipality AND baton)
"""
WAITING_SQL = """
SELECT w.*, c.case_no, c.child_name, c.is_demo, COALESCE(p.sector, '') AS contact_sector
FROM waiting_periods w JOIN cases c ON c.id = w.case_id LEFT JOIN persons p ON p.id = w.contact_person_id
WHERE w.ended_on IS NULL AND c.phase <> 'closed'
"""
CLOSE_OUTCOMES = {"done": "udført", "dropped": "bortfaldet"}

UNKNOWN_OUTCOME = message("desk.unknown_outcome", "En aftale kan markeres som udført eller bortfaldet.",
                          "An agreement can be marked as done or lapsed.")
ALREADY_FOLLOWED_UP = message("desk.already_followed_up",
                              "Aftalen er allerede fulgt op. Genåbn den først, hvis den skal ændres.",
                              "The agreement has already been followed up. Reopen it first if it is to change.")
MEETING_NOT_ENDED = message("desk.meeting_not_ended",
                            "Mødet, hvor aftalen blev indgået, er ikke afsluttet endnu. Følg op på aftalen i mødet.",
                            "The meeting where the agreement was made has not ended yet. Follow it up in the "
                            "meeting.")
LAPSE_NEEDS_REASON = message("desk.lapse_needs_reason",
                             "Skriv kort, hvorfor aftalen bortfalder. Begrundelsen står i stafetloggen.",
                             "Write briefly why the agreement lapses. The reason goes into the baton log.")
FOLLOWED_UP_AT_MEETING = message("desk.followed_up_at_meeting",
                                 "Aftalen er fulgt op på et netværksmøde. Ændr opfølgningen i det mødes plan.",
                                 "The agreement was followed up at a network meeting. Change the follow-up in "
                                 "that meeting's plan.")


@dataclass(frozen=True)
class CaseSummary:
    """One case at a glance (the top of its Oversigt)."""

    contacts: tuple[Member, ...]  # the responsible contact persons and the baton holder
    next_meeting: MeetingFact | None
    agreements: tuple[AgreementEntry, ...]  # open, the earliest deadline first
    coverage: tuple[SectorCoverage, ...]
    consent_ends: dict  # sector -> the last day a consent valid today covers it (None: no end)
    log: tuple[LogEntry, ...]  # the last five entries, newest first


def _start(text: str | None, cache: dict) -> datetime | None:
    """A stored UTC time on the Copenhagen clock; the same meeting's time is converted once."""
    if not text:
        return None
    if text not in cache:
        cache[text] = to_local(from_utc_iso(text))
    return cache[text]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _received_day(text: str | None) -> date | None:
    """The day of a received plan's meeting, as its data gave it (not written by this laptop: a day that
    does not read is no day, as in its source text)."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _local_midnight_utc(day: date) -> str:
    return to_utc_iso(datetime.combine(day, time(0), tzinfo=TZ))


class DeskRepo:
    def __init__(self, store):
        self.store = store

    def user(self) -> User:
        return User(self.store.settings.get("user_name"), self.store.settings.get("user_sector"))

    # -- the overview (Overblik) ----------------------------------------------------------------------
    def facts(self, today: date | None = None, *, agreements_due_by: date | None = None) -> DeskFacts:
        """`agreements_due_by`: only the open agreements the overview can show (a deadline on or before
        that day, not ongoing) – the calendar's reminders need them all."""
        today = today or local_today()
        conn = self.store.conn
        starts: dict[str, datetime] = {}  # a stored time -> its Copenhagen time, converted once
        until = _local_midnight_utc(week_end(today) + timedelta(days=1))
        meetings = tuple(MeetingFact(r[0], r[1], r[2], r[3], r[4], _start(r[5], starts), _day(r[6]), r[7], bool(r[8]),
                                     bool(r[9]))
                         for r in conn.execute(MEETINGS_SQL, [until, _local_midnight_utc(today)]))
        plans = tuple(PlanFact(r[0], r[1], r[2], r[3], r[4], _start(r[5], starts), r[7], r[8], bool(r[6]))
                      for sql in (HELD_SQL, UNSENT_SQL) for r in conn.execute(sql))
        contacts = tuple(ContactFact(r[0], r[1], r[2], bool(r[3]), bool(r[4]), bool(r[5]), bool(r[6]))
                         for r in conn.execute(CONTACTS_SQL))
        agreements = self.agreements(open_cases=True, status="open", due_by=agreements_due_by)
        return DeskFacts(meetings, tuple(agreements), self._consents(), self._waiting(), plans, contacts)

    def overview(self, today: date | None = None) -> list[DeskGroup]:
        today = today or local_today()
        facts = self.facts(today, agreements_due_by=today + timedelta(days=AGREEMENT_DAYS))
        return overview(facts, today, self.user(), self.store.settings.extra_closed_days())

    def reminders(self, today: date | None = None):
        """The lines of "Frister til kalenderen" (kitdesk.domain.desk.calendar_items)."""
        today = today or local_today()
        return calendar_items(self.facts(today), today, self.user(), self.store.settings.extra_closed_days())

    def family_names(self, case_ids) -> dict[int, list[str]]:
        """The names of the family members in each case's network: the calendar file writes none of them."""
        names: dict[int, list[str]] = {}
        for case_id, name in self.store.conn.execute(
                "SELECT m.case_id, p.name FROM members m JOIN persons p ON p.id = m.person_id "
                "WHERE m.sector = 'family' AND m.case_id IN (SELECT value FROM json_each(?))",
                [_json_ids(case_ids)]):
            names.setdefault(case_id, []).append(name)
        return names

    def _consents(self) -> tuple[CaseConsents, ...]:
        conn = self.store.conn
        sectors: dict[int, list[str]] = {}
        for case_id, sector in conn.execute(
                "SELECT m.case_id, m.sector FROM members m JOIN cases c ON c.id = m.case_id "
                f"WHERE {OPEN_CASE} AND m.sector <> 'family' ORDER BY m.id"):
            sectors.setdefault(case_id, []).append(sector)
        consents: dict[int, list[Consent]] = {}
        # Only what cover needs, built directly: the overview of 2,000 cases opens on this (from_row's
        # field-by-field conversion of every column costs ~30 ms there).
        for cid, case_id, sectors_json, given, until, withdrawn in conn.execute(
                "SELECT co.id, co.case_id, co.sectors, co.given_on, co.valid_until, co.withdrawn_on FROM consents co "
                f"JOIN cases c ON c.id = co.case_id WHERE {OPEN_CASE}"):
            consents.setdefault(case_id, []).append(Consent(
                id=cid, case_id=case_id, sectors=json.loads(sectors_json or "[]"), given_on=_day(given),
                valid_until=_day(until), withdrawn_on=_day(withdrawn)))
        cases = conn.execute(f"SELECT id, case_no, child_name, is_demo FROM cases c WHERE {OPEN_CASE}").fetchall()
        return tuple(CaseConsents(r[0], r[1], r[2], tuple(sectors.get(r[0], ())), tuple(consents.get(r[0], ())),
                                  bool(r[3])) for r in cases if r[0] in sectors)

    def _waiting(self) -> tuple[WaitingFact, ...]:
        return tuple(WaitingFact(r["case_id"], r["case_no"], r["child_name"], from_row(WaitingPeriod, r),
                                 r["contact_sector"], bool(r["is_demo"])) for r in self.store.query(WAITING_SQL))

    # -- every agreement (Aftaler) ----------------------------------------------------------------------
    def agreements(self, *, open_cases: bool = False, status: str | None = None, case_id: int | None = None,
                   due_by: date | None = None) -> list[AgreementEntry]:
        """Agreements across cases (not the empty lines of a meeting in progress), the earliest deadline
        first, those without one last. `due_by`: only those with a deadline on or before that day, not
        ongoing (the overview's: kitdesk.domain.desk.agreement_items)."""
        sql = AGREEMENTS_SQL + " WHERE trim(a.what) <> ''"
        args: list[object] = []
        if due_by is not None:
            sql += " AND NOT a.ongoing AND a.deadline IS NOT NULL AND a.deadline <= ?"
            args.append(due_by.isoformat())
        if open_cases:
            sql += f" AND {OPEN_CASE}"
        if status is not None:
            sql += " AND a.status = ?"
            args.append(status)
        if case_id is not None:
            sql += " AND a.case_id = ?"
            args.append(case_id)
        return list(self._entries(self.store.conn.execute(sql + " ORDER BY a.deadline IS NULL, a.deadline, a.id",
                                                          args)))

    def agreement(self, agreement_id: int) -> AgreementEntry:
        found = list(self._entries(self.store.conn.execute(AGREEMENTS_SQL + " WHERE a.id = ?", [agreement_id])))
        if not found:
            raise KeyError(agreement_id)
        return found[0]

    @staticmethod
    def _entries(rows):
        starts: dict = {}
        sources: dict[int, tuple[str, date | None]] = {}  # plan import id -> (its source, its meeting's day)
        for r in rows:
            start = _start(r[5], starts)
            day, source = start.date() if start else None, ""
            if r[4] is None and r[16] is not None:  # from a received plan: its meeting was held elsewhere
                if r[16] not in sources:
                    sources[r[16]] = (source_text(r[17], r[18], r[19]), _received_day(r[19]))
                source, day = sources[r[16]]
            yield AgreementEntry(r[0], r[1], r[2], r[3], r[4], day, r[6], r[7], r[8], _day(r[9]), bool(r[10]),
                                 r[11], r[12], r[13], r[14] or "", bool(r[15]), source)

    # -- following up between meetings ------------------------------------------------------------------
    def close_agreement(self, agreement_id: int, outcome: str, note: str = "") -> None:
        """Done or dropped, here and now rather than at a meeting; the note and the outcome go into the
        stafetlog, and the case's next meeting shows it under "Opfølgning på aftaler"."""
        if outcome not in CLOSE_OUTCOMES:
            raise Refusal(UNKNOWN_OUTCOME)
        entry = self.agreement(agreement_id)
        if entry.status != "open":
            raise Refusal(ALREADY_FOLLOWED_UP)
        if not entry.closable:  # made at a meeting here that has not ended (a received plan's has)
            raise Refusal(MEETING_NOT_ENDED)
        note = note.strip()
        if outcome == "dropped" and not note:
            raise Refusal(LAPSE_NEEDS_REASON)
        with self.store.transaction() as w:
            w.update("agreements", agreement_id, {"status": outcome, "status_note": note, "status_meeting_id": None},
                     entry.case_id)
            # When it was closed: the next meeting to be held after it shows it (LiveRepo.earlier_open).
            w.conn.execute("UPDATE agreements SET updated_at = ? WHERE id = ?", [w.now(), agreement_id])
            self.store.baton_log.add_event(w, entry.case_id, "agreement",
                                           f"Aftale {CLOSE_OUTCOMES[outcome]}: {_described(entry)}"
                                           + (f" Bemærkning: {note}" if note else ""))
            self.store.cases.touch(w, entry.case_id)

    def reopen_agreement(self, agreement_id: int) -> None:
        """Undo a follow-up made between meetings (one made at a meeting is that meeting's to change)."""
        entry = self.agreement(agreement_id)
        if entry.status == "open":
            return
        if not entry.closed_between_meetings:
            raise Refusal(FOLLOWED_UP_AT_MEETING)
        with self.store.transaction() as w:
            w.update("agreements", agreement_id, {"status": "open", "status_note": ""}, entry.case_id)
            w.conn.execute("UPDATE agreements SET updated_at = ? WHERE id = ?", [w.now(), agreement_id])
            self.store.baton_log.add_event(w, entry.case_id, "agreement", f"Aftale genåbnet: {_described(entry)}")
            self.store.cases.touch(w, entry.case_id)

    # -- one case at a glance -----------------------------------------------------------------------------
    def case_summary(self, case_id: int, today: date | None = None) -> CaseSummary:
        today = today or local_today()
        members = self.store.network.members(case_id)
        contacts = tuple(m for m in members if m.is_contact or m.is_baton_holder)
        consents = self.store.consents.list(case_id)
        coverage = tuple(consent_coverage(members, consents, today))
        ends = {}
        for cover in coverage:
            valid = [c for c in consents if c.id in cover.consent_ids]
            ends[cover.sector] = None if any(c.valid_until is None for c in valid) else \
                max((c.valid_until for c in valid), default=None)
        starts: dict = {}
        ahead = [MeetingFact(r.id, r.case_id, "", r.child_name, r.state, _start(r.starts_at, starts),
                             _day(r.requested_on), "", r.update_pending)
                 for r in self.store.meetings.rows(case_id) if r.state in ("draft", "invited", "running")]
        ahead.sort(key=lambda m: (m.start is None, m.start.timestamp() if m.start else 0, m.id))
        agreements = tuple(self.agreements(status="open", case_id=case_id))
        return CaseSummary(contacts, ahead[0] if ahead else None, agreements, coverage, ends,
                           tuple(self.store.baton_log.entries(case_id)[:5]))


def _described(entry: AgreementEntry) -> str:
    who = entry.responsible or "ingen ansvarlig"
    sector = f", {SECTORS.get(entry.sector, entry.sector)}" if entry.sector else ""
    when = "løbende" if entry.ongoing else (f"frist {fmt_date(entry.deadline)}" if entry.deadline else "ingen frist")
    if entry.source:
        made = f" ({entry.source})"
    else:
        made = f" (aftalt {fmt_date(entry.meeting_day)})" if entry.meeting_day else ""
    return f"{entry.what.strip()} – {who}{sector}, {when}{made}."


def _json_ids(ids) -> str:
    return json.dumps(sorted(set(ids)))
