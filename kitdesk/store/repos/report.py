"""Selvevaluering: the plain records the report is counted from, gathered in a few queries.

Nothing read here names a child: ids, dates, codes and yes/no (kitdesk.domain.indicators.records).
The GP fee list is the one list that names people – the GPs, never the child.

Waiting periods are issue 11's (kitdesk.store.repos.waiting): the contact kept with the family is each
contact registered in the baton log, and the GP fee list takes the fee mark that follows attendance
(invitees.gp_paid).

Speed (2,000 cases, three years of meetings): only the meetings of the days a report needs are read,
the invitees are summed up per meeting by SQLite, and schema step m011_report gives the tables
read here covering indexes, so no wide row (a role text, a signed plan's content) is decrypted.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache

from kitdesk.domain.bulk import without_gc_passes
from kitdesk.domain.dates import from_utc_iso, to_local
from kitdesk.domain.indicators.definitions import EXCHANGE_WINDOW_DAYS
from kitdesk.domain.indicators.period import Period
from kitdesk.domain.indicators.records import (
    ALL,
    AgreementFacts,
    CaseFacts,
    GpParticipation,
    MeetingFacts,
    ReportData,
    Selection,
    StageFacts,
    WaitFacts,
)
from kitdesk.domain.vocabulary import BUC_SECTORS, MUNICIPAL_SECTORS

PRESENT = ("in_room", "online")
_MUNICIPAL = ", ".join(f"'{s}'" for s in sorted(MUNICIPAL_SECTORS))
_BUC = ", ".join(f"'{s}'" for s in sorted(BUC_SECTORS))
# A meeting held early or late against its planned time is still found (its day is the day it ran).
MARGIN = timedelta(days=14)

CASES_SQL = f"""
SELECT c.id, c.municipality, c.school, c.opened_on,
  CASE WHEN c.phase = 'closed' THEN COALESCE(c.closed_on, substr(c.last_activity, 1, 10)) END,
  n.buc, n.municipal, n.sectors
FROM cases c LEFT JOIN (
  SELECT case_id, MAX(is_contact AND sector IN ({_BUC})) AS buc,
    MAX(is_contact AND sector IN ({_MUNICIPAL})) AS municipal, group_concat(DISTINCT sector) AS sectors
  FROM members GROUP BY case_id) n ON n.case_id = c.id
"""
# The ids of the meetings held in one range of days (with MARGIN), for the agreements alone.
HELD_SQL = "SELECT id FROM meetings WHERE state IN ('held', 'signed') AND starts_at >= ? AND starts_at < ?"
_IDS = "SELECT value FROM json_each(?)"
# From report_meetings alone (the planner would read the rows through meetings_start): the meetings of the
# range, and the cancelled ones that never had a time, by the day they were asked for.
_MEETING = ("SELECT id, case_id, state, requested_on, starts_at, started_at, form, purpose <> '' "
            "FROM meetings INDEXED BY report_meetings WHERE state IN ('held', 'signed', 'cancelled')")
MEETINGS_SQL = (f"{_MEETING} AND starts_at >= ? AND starts_at < ? UNION ALL "
                f"{_MEETING} AND starts_at IS NULL AND requested_on BETWEEN ? AND ?")
# Separate passes joined in Python: a correlated subquery per meeting costs four times as much.
AGENDA_SQL = f"SELECT DISTINCT meeting_id FROM agenda_items WHERE meeting_id IN ({_IDS})"
SIGNED_SQL = (f"SELECT meeting_id, MIN(signed_at) FROM plan_versions WHERE signed_at IS NOT NULL "
              f"AND meeting_id IN ({_IDS}) GROUP BY meeting_id")
FAMILY_COPY_SQL = (f"SELECT DISTINCT v.meeting_id FROM plan_versions v JOIN plan_exports e ON e.plan_version_id = v.id "
                   f"WHERE e.kind = 'summary' AND v.meeting_id IN ({_IDS})")
# Who was invited and who came, summed up per meeting by SQLite from report_invitees alone (a row per
# meeting, not per invitee: the rows are what costs). The child apart from the rest of the family.
_CAME = "attendance IN ('in_room', 'online')"
INVITEES_SQL = f"""
SELECT meeting_id, MAX(invited_sequence IS NOT NULL), MAX(role_key = 'child'), MAX(role_key = 'child' AND {_CAME}),
  SUM(sector = 'gp' AND role_key <> 'child' AND {_CAME}),
  group_concat(CASE WHEN role_key <> 'child' THEN sector END),
  group_concat(CASE WHEN role_key <> 'child' AND {_CAME} THEN sector END)
FROM invitees WHERE meeting_id IN ({_IDS}) GROUP BY meeting_id
"""
# An agreement followed up between meetings (Aftaler: done or dropped, no meeting) was followed up the
# day it was closed (DeskRepo.close_agreement stamps updated_at). report_agreements is named: SQLite then
# reads the row itself only for those few, not for the tens of thousands followed up at a meeting.
_AGREEMENT = """
SELECT id, case_id, meeting_id, deadline, ongoing, status, status_meeting_id, carried_from_id,
  CASE WHEN status <> 'open' AND status_meeting_id IS NULL THEN updated_at END
FROM agreements INDEXED BY report_agreements"""
AGREEMENTS_SQL = f"{_AGREEMENT} WHERE meeting_id IN ({_IDS})"
CARRIED_SQL = (f"{_AGREEMENT} WHERE carried_from_id IS NOT NULL "
               "AND meeting_id IN (SELECT id FROM meetings WHERE starts_at >= ?)")
# The planned day of every meeting from a day on, from the meetings_start index alone: the days agreements
# were followed up on.
DAYS_SQL = "SELECT id, starts_at FROM meetings WHERE starts_at >= ?"
# Every waiting period, and every day contact with the family was registered: each registration moves
# the period's last_contact_on, and the change audit keeps each value it had (a partial index of them).
WAITS_SQL = ("SELECT id, case_id, started_on, ended_on, waiting_for, contact_every_days, last_contact_on "
             "FROM waiting_periods ORDER BY case_id, started_on")
CONTACTS_SQL = """
SELECT row_id, CASE WHEN json_valid(changes) THEN json_extract(changes, '$.last_contact_on[1]') END
FROM audit INDEXED BY report_waiting_changes WHERE table_name = 'waiting_periods' AND action = 'update'
  AND changes LIKE '%"last_contact_on"%'
"""
# The planner would take audit_row and read the whole audit's pages: the partial index is named.
STAGES_SQL = """
SELECT row_id, at, changes FROM audit INDEXED BY report_case_changes WHERE table_name = 'cases' AND action = 'update'
  AND (changes LIKE '%"step"%' OR changes LIKE '%"level"%') ORDER BY row_id, at
"""


def _day(utc_text: str | None) -> date | None:
    """A stored UTC time's day on the Copenhagen calendar. Before 22:00 UTC it is the UTC day (Copenhagen
    is one or two hours ahead), read without a time-zone conversion: thousands of meetings are read."""
    if not utc_text:
        return None
    if utc_text[11:13] < "22":
        return _iso(utc_text[:10])
    return to_local(from_utc_iso(utc_text)).date()


# Tens of thousands of dates are read, from a few thousand distinct days: each is parsed once.
@lru_cache(maxsize=8192)
def _iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _utc_bounds(start: date, end: date) -> tuple[str, str]:
    return (start - MARGIN).isoformat(), (end + MARGIN).isoformat()


class ReportRepo:
    def __init__(self, store):
        self.store = store

    def data(self, ranges: list[tuple[date, date]], today: date) -> ReportData:
        """The records for a report counting the meetings held in `ranges` (domain: needed_ranges); the
        agreements made then are followed up to today."""
        with without_gc_passes():
            return self._data(ranges)

    def _data(self, ranges: list[tuple[date, date]]) -> ReportData:
        meetings: list[MeetingFacts] = []
        agreements: list[tuple] = []
        for start, end in ranges:
            found, held = self._meetings(start, end)
            meetings += found
            agreements += self.store.conn.execute(AGREEMENTS_SQL, [held]).fetchall()
        return ReportData(cases=self.cases(), meetings=tuple(meetings), exchanges=self._exchanges(ranges),
                          agreements=self._agreements(agreements, ranges[0][0]), waits=self.waits(),
                          stages=self.stages(),
                          closed_days=tuple(self.store.settings.extra_closed_days()))

    def choices(self) -> tuple[list[str], list[str], list[str]]:
        """The municipalities, schools and network sectors a report can be narrowed to."""
        conn = self.store.conn
        municipalities = [r[0] for r in conn.execute(
            "SELECT DISTINCT municipality FROM cases WHERE municipality <> '' ORDER BY municipality")]
        schools = [r[0] for r in conn.execute("SELECT DISTINCT school FROM cases WHERE school <> '' ORDER BY school")]
        sectors = [r[0] for r in conn.execute("SELECT DISTINCT sector FROM members")]
        return municipalities, schools, sectors

    # -- the records ---------------------------------------------------------------------------------------
    def cases(self) -> tuple[CaseFacts, ...]:
        return tuple(CaseFacts(cid, municipality, school, _iso(opened), _iso(closed), bool(buc), bool(municipal),
                               frozenset((sectors or "").split(",")) - {""})
                     for cid, municipality, school, opened, closed, buc, municipal, sectors
                     in self.store.conn.execute(CASES_SQL))

    def _held(self, start: date, end: date) -> str:
        low, high = _utc_bounds(start, end)
        return json.dumps([r[0] for r in self.store.conn.execute(HELD_SQL, [low, high])])

    def meetings(self, start: date, end: date) -> list[MeetingFacts]:
        return self._meetings(start, end)[0]

    def _meetings(self, start: date, end: date) -> tuple[list[MeetingFacts], str]:
        """The meetings of a range of days, and the ids of those held as the JSON list the other queries
        take (picked from the same rows: a query of its own cost as much as the rows)."""
        conn = self.store.conn
        low, high = _utc_bounds(start, end)
        rows = conn.execute(MEETINGS_SQL, [low, high, start.isoformat(), end.isoformat()]).fetchall()
        held = json.dumps([row[0] for row in rows if row[2] in ("held", "signed") and row[4] is not None])
        with_agenda = {r[0] for r in conn.execute(AGENDA_SQL, [held])}
        signed_at = dict(conn.execute(SIGNED_SQL, [held]).fetchall())
        family_copy = {r[0] for r in conn.execute(FAMILY_COPY_SQL, [held])}
        people = {row[0]: row[1:] for row in conn.execute(INVITEES_SQL, [held])}
        nobody = (0, 0, 0, 0, None, None)
        out = []
        for mid, cid, state, requested, starts, started, form, purpose in rows:
            sent, child_invited, child_present, gps, invited, present = people.get(mid, nobody)
            # Held: the day it was run (started), not the day it was planned for.
            day = (_day(started) if state != "cancelled" and started else _day(starts)) or _iso(requested)
            out.append(MeetingFacts(mid, cid, state, day, _iso(requested), form,
                                    bool(purpose and sent) and mid in with_agenda, _sectors(invited),
                                    _sectors(present), bool(child_invited), bool(child_present), gps or 0,
                                    _day(signed_at.get(mid)), mid in family_copy))
        return out, held

    def _exchanges(self, ranges: list[tuple[date, date]]) -> dict[int, tuple[date, ...]]:
        found: dict[int, list[date]] = defaultdict(list)
        for start, end in ranges:
            for case_id, days in self.exchanges(start, end).items():
                found[case_id].extend(days)
        return {case_id: tuple(sorted(days)) for case_id, days in found.items()}

    def exchanges(self, start: date, end: date) -> dict[int, tuple[date, ...]]:
        """The days information was exchanged, by case, from EXCHANGE_WINDOW_DAYS before start to end."""
        found: dict[int, list[date]] = defaultdict(list)
        for case_id, day in self.store.conn.execute(
                "SELECT case_id, exchanged_on FROM exchanges WHERE exchanged_on BETWEEN ? AND ? "
                "ORDER BY case_id, exchanged_on",
                [(start - timedelta(days=EXCHANGE_WINDOW_DAYS + 1)).isoformat(), end.isoformat()]):
            found[case_id].append(date.fromisoformat(day))
        return {case_id: tuple(days) for case_id, days in found.items()}

    def agreements(self, start: date, end: date) -> tuple[AgreementFacts, ...]:
        """The agreements made at the meetings held from start to end and their continuations at later
        meetings, each with the day it was followed up (when it was)."""
        return self._agreements(self.store.conn.execute(AGREEMENTS_SQL, [self._held(start, end)]).fetchall(), start)

    def _agreements(self, rows: list[tuple], start: date) -> tuple[AgreementFacts, ...]:
        conn = self.store.conn
        low = (start - MARGIN).isoformat()
        known = {row[0] for row in rows}
        rows += [row for row in conn.execute(CARRIED_SQL, [low]) if row[0] not in known]
        days = {mid: _day(at) for mid, at in conn.execute(DAYS_SQL, [low])} if rows else {}
        return tuple(AgreementFacts(aid, cid, mid, _iso(deadline), bool(ongoing), status,
                                    days.get(followed) or _day(closed), carried)
                     for aid, cid, mid, deadline, ongoing, status, followed, carried, closed in rows)

    def waits(self) -> tuple[WaitFacts, ...]:
        """Every waiting period (kitdesk.store.repos.waiting) with the days contact with the family was
        registered during it (WaitingRepo.record_contact; the change audit keeps each one)."""
        conn = self.store.conn
        periods = conn.execute(WAITS_SQL).fetchall()
        contacts: dict[int, set[date]] = defaultdict(set)
        if periods:
            for period_id, day in conn.execute(CONTACTS_SQL):
                if isinstance(day, str) and (on := _valid_iso(day)) is not None:
                    contacts[period_id].add(on)
        out = []
        for period_id, case_id, started, ended, waiting_for, every, last in periods:
            start, end = _valid_iso(started), _valid_iso(ended)
            if start is None:
                continue
            days = contacts.get(period_id, set())
            if (last_day := _valid_iso(last)) is not None:
                days.add(last_day)
            out.append(WaitFacts(case_id, start, end, waiting_for, every, tuple(sorted(days))))
        return tuple(out)

    def stages(self) -> dict[int, StageFacts]:
        """Trin and niveau as each case began and every change since, from the change audit: a case
        never changed began as it is; one that changed began with the value before its first change."""
        current = {cid: (step, level) for cid, step, level in self.store.conn.execute(
            "SELECT id, step, level FROM cases")}
        start: dict[int, list] = {}
        changes: dict[int, list] = defaultdict(list)
        for case_id, at, text in self.store.conn.execute(STAGES_SQL):
            if case_id not in current:
                continue
            try:
                values = json.loads(text)
            except ValueError:  # a row erasure emptied
                continue
            for index, what in enumerate(("step", "level")):
                pair = values.get(what)
                if not (isinstance(pair, list) and len(pair) == 2) or _int(pair[1]) is None:
                    continue
                first = start.setdefault(case_id, [None, None])
                if first[index] is None:
                    first[index] = _int(pair[0])
                changes[case_id].append((_day(at), what, _int(pair[1])))
        out = {}
        for cid, (step, level) in current.items():
            first = start.get(cid, [None, None])
            out[cid] = StageFacts(cid, step if first[0] is None else first[0], level if first[1] is None else first[1],
                                  tuple(changes.get(cid, ())))
        return out

    # -- the GP fee list (honorarliste) ---------------------------------------------------------------------
    def gp_participations(self, period: Period, selection: Selection = ALL) -> list[GpParticipation]:
        """THE gathering of GP participations (see the module's docstring): every almen praktiserende
        læge invited to a meeting held in the period, whether they came, and whether it is to be paid
        (the fee mark, which follows attendance). `selection`: only the cases of one municipality (the
        one that pays), school or sector."""
        low, high = _utc_bounds(period.start, period.end)
        rows = self.store.conn.execute(
            "SELECT m.started_at, m.starts_at, i.name, COALESCE(NULLIF(i.organisation, ''), p.organisation, ''), "
            "m.form, i.attendance, i.gp_paid, m.case_id FROM invitees i JOIN meetings m ON m.id = i.meeting_id "
            "LEFT JOIN persons p ON p.id = i.person_id WHERE i.sector = 'gp' AND i.role_key <> 'child' "
            "AND m.state IN ('held', 'signed') AND m.starts_at >= ? AND m.starts_at < ?", [low, high]).fetchall()
        chosen = None if selection.is_all else {c.id for c in self.cases() if selection.holds(c)}
        out = []
        for started, starts, name, clinic, form, attendance, paid, case_id in rows:
            day = _day(started) or _day(starts)
            if day is not None and period.contains(day) and (chosen is None or case_id in chosen):
                out.append(GpParticipation(day, name, clinic, form, attendance in PRESENT, bool(paid)))
        return sorted(out, key=lambda p: (p.day, p.name.casefold()))


@lru_cache(maxsize=1024)  # the same few combinations of sectors, over and over
def _sectors(text: str | None) -> frozenset[str]:
    return frozenset(text.split(",")) if text else frozenset()


def _valid_iso(text: str | None) -> date | None:
    try:
        return _iso(text)
    except ValueError:  # an erased or hand-edited value: no day
        return None


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
