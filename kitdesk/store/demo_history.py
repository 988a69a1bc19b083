"""Three years of fictitious history for the generated demo cases (`kitdesk demo --cases N`), so that a
Selvevaluering report on them has something to count: meetings requested and held within and past
the five working days, cancelled ones, signed and unsigned plans, the family's edition written or
not, agreements done on time, late, dropped, continued or still open, exchanges before meetings,
waits with and without regular contact, GP participations, trin and niveau that change.

Written straight into the tables inside load_demo's transaction, with the history's own dates (a
repository would stamp every row with the time the demo was made); a signed plan's content is the
PlanRepo's own snapshot, so a demo plan opens and verifies like any other. Deterministic: all
chance comes from the `rnd` handed in. Every name is made up.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from kitdesk.domain.dates import TZ, age_on, fmt_date, to_utc_iso
from kitdesk.domain.plan import canonical_json, fingerprint_of, short_fingerprint
from kitdesk.domain.waiting import interval_text
from kitdesk.domain.workdays import add_working_days
from kitdesk.store.plan_snapshot import snapshot

TEMPLATE_FIRST, TEMPLATE_MIDDLE, TEMPLATE_WAIT, TEMPLATE_LAST = (
    "01_opstart_og_afklaring", "02_afslutning_af_udredning", "03_ventetid", "04_udskrivning_og_opfoelgning")
PRESENT_CHANCE = {"buc": 0.95, "caseworker": 0.86, "ppr": 0.7, "school": 0.76, "daycare": 0.8, "family": 0.9,
                  "child": 0.68, "gp": 0.8}
FORMS = (("physical", 0.55), ("video", 0.25), ("phone", 0.1), ("hybrid", 0.1))
AGREEMENTS = (
    ("Skolen laver en plan for pauser og et roligt sted i frikvartererne", "school"),
    ("PPR observerer i klassen og giver sparring til lærerne", "ppr"),
    ("Sagsbehandleren undersøger muligheden for en familiebehandler", "caseworker"),
    ("BUC sender statusnotat til kommunen", "buc"),
    ("BUC indkalder til samtaler om behandlingen", "buc"),
    ("Forældrene fører dagbog over søvn og morgener", "family"),
    ("Skolen giver forældrene en ugentlig tilbagemelding", "school"),
    ("Sagsbehandleren aftaler en kontaktperson i fritiden", "caseworker"),
)
# A child in day care (demo.py: under school age) has the day care's version of the school's agreements.
IN_DAYCARE = {
    "Skolen laver en plan for pauser og et roligt sted i frikvartererne":
        "Børnehaven laver en plan for rolige pauser og overgange i løbet af dagen",
    "PPR observerer i klassen og giver sparring til lærerne": "PPR observerer i børnehaven og giver sparring til pædagogerne",
    "Skolen giver forældrene en ugentlig tilbagemelding": "Børnehaven giver forældrene en ugentlig tilbagemelding",
}
WAITING_FOR = ("Udredning i BUC", "Behandling i BUC", "Kommunalt tilbud (familiebehandling)", "Specialklasse")
EXCHANGE_KINDS = ("status_note", "treatment_plan", "dialogue", "statement")
CONTACT_NOTES = ("telefonsamtale med forælder.", "kort møde på skolen.", "opfølgning pr. telefon, situationen er stabil.")
SECTIONS = {
    "perspective": "Familien fortæller om hverdagen derhjemme og i skolen, og hvad der er svært lige nu.",
    "challenges": "Morgener, overgange og fravær fylder. Barnet trækker sig i frikvartererne.",
    "resources": "Barnet er glad for sin klasse og for at tegne. Forældrene er engagerede.",
    "development": "Målet er en mere forudsigelig hverdag med en voksen at gå til i skolen.",
}
DRAFTS_SIGNED_RECENTLY = 0.4  # plans of the last three weeks still being approved
SOON_CHANCE = 0.25  # the next meeting within three to six weeks (when things are hard), else in 6–20 weeks
CANCEL_CHANCE = 0.07
# Floors for every quarter of the history, whatever day the demo is loaded on, so that the report on the
# last full quarter (and the year before it) of `kitdesk demo --cases 200` has each of these figures above
# the small-number limit of five children (measures.LIMIT), where chance alone sometimes leaves four. A
# smaller demo has them in proportion: its report has cells under the limit, as a small team's has.
CANCELLED_PER = 16  # a child's meeting cancelled for every 16 meetings planned in the quarter
FLOORS_FOR = 196  # generated cases (200 with the four written by hand) the floors below are for
FATE_FLOOR = 6  # children with an agreement made in the quarter for each fate the report shows (floored())
GP_FLOOR = 6  # children whose GP took part in a meeting in the quarter


@dataclass
class _Case:
    id: int
    opened: date
    closed: bool
    phase: str
    birth: date | None
    child: str
    members: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # sector -> (person id, name, org)
    contacts: set[int] = field(default_factory=set)
    closed_on: date | None = None


def add_history(store, case_ids: list[int], gp_person: int, today: date, rnd) -> None:
    """The history of the generated cases; runs inside the caller's transaction."""
    if not case_ids:
        return
    history = _History(store, today, rnd, gp_person, len(case_ids) / FLOORS_FOR)
    for case in history.load(case_ids):
        history.course(case)


class _History:
    def __init__(self, store, today: date, rnd, gp_person: int, scale: float):
        from kitdesk.templates import load_agenda_templates

        self.store, self.conn, self.today, self.rnd = store, store.conn, today, rnd
        self.closed_days = tuple(store.settings.extra_closed_days())
        self.templates = {t.path.stem: t for t in load_agenda_templates()}
        self.signer = store.settings.get("user_name") or "Mette Kjærgaard"
        gp = store.conn.execute("SELECT name, organisation FROM persons WHERE id = ?", [gp_person]).fetchone()
        self.gp = (gp_person, gp[0], gp[1])
        # Per quarter of the history (_quarter): the meetings planned, and the children behind the floors.
        self.planned: Counter[tuple[int, int]] = Counter()
        self.cancelled: defaultdict[tuple[int, int], set[int]] = defaultdict(set)
        self.fates: defaultdict[tuple[int, int], defaultdict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self.gps: defaultdict[tuple[int, int], set[int]] = defaultdict(set)
        self.fate_floor, self.gp_floor = round(FATE_FLOOR * scale), round(GP_FLOOR * scale)

    def load(self, case_ids: list[int]) -> list[_Case]:
        ids = json.dumps(case_ids)
        cases = {cid: _Case(cid, date.fromisoformat(opened), phase == "closed", phase,
                            date.fromisoformat(birth) if birth else None, child)
                 for cid, opened, phase, birth, child in self.conn.execute(
                     "SELECT id, opened_on, phase, birth_date, child_name FROM cases "
                     "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", [ids])}
        for cid, pid, sector, contact, name, org in self.conn.execute(
                "SELECT m.case_id, m.person_id, m.sector, m.is_contact, p.name, p.organisation FROM members m "
                "JOIN persons p ON p.id = m.person_id WHERE m.case_id IN (SELECT value FROM json_each(?)) "
                "ORDER BY m.id", [ids]):
            cases[cid].members.setdefault(sector, (pid, name, org))
            if contact:
                cases[cid].contacts.add(pid)
        return list(cases.values())

    # -- one case's course ---------------------------------------------------------------------------------
    def course(self, case: _Case) -> None:
        rnd, today = self.rnd, self.today
        requested = case.opened + timedelta(days=rnd.randint(3, 25))
        last_day = today - timedelta(days=rnd.randint(20, 200)) if case.closed else today
        earlier: list[dict] = []  # agreements not yet followed up
        held_days: list[date] = []
        number = 0
        while requested < last_day - timedelta(days=2):
            late = rnd.random() < 0.27
            offset = rnd.randint(6, 14) if late else rnd.choice((1, 2, 3, 4, 5, 5, 5))
            day = add_working_days(requested, offset, self.closed_days)
            if day >= today or day > last_day:  # not held yet: for an open case, perhaps invited
                if not case.closed and day <= today + timedelta(days=21) and rnd.random() < 0.5:
                    self.meeting(case, requested, day, "invited", number, [])
                break
            if self.cancels(case, day):
                self.meeting(case, requested, day, "cancelled", number, [])
                requested = day + timedelta(days=rnd.randint(2, 10))
                continue
            gap = rnd.randint(21, 42) if rnd.random() < SOON_CHANCE else rnd.randint(45, 140)
            recent = (today - day).days < 21
            signed = rnd.random() < (DRAFTS_SIGNED_RECENTLY if recent else 0.9) and day < today - timedelta(days=1)
            earlier = self.meeting(case, requested, day, "signed" if signed else "held", number, earlier, gap)
            held_days.append(day)
            number += 1
            requested = day + timedelta(days=gap)
        if case.closed:
            case.closed_on = min(today - timedelta(days=1), (held_days[-1] if held_days else case.opened)
                                 + timedelta(days=rnd.randint(10, 60)))
            self.conn.execute("UPDATE cases SET closed_on = ? WHERE id = ?", [case.closed_on.isoformat(), case.id])
        self.stages(case, held_days)
        self.waits(case, held_days)

    def cancels(self, case: _Case, day: date) -> bool:
        """Whether the meeting planned for `day` is cancelled: by chance, or because its quarter has fewer
        children with a cancelled meeting than one per CANCELLED_PER meetings planned so far."""
        quarter = _quarter(day)
        self.planned[quarter] += 1
        cancelled = self.cancelled[quarter]
        due = (len(cancelled) + 1) * CANCELLED_PER <= self.planned[quarter] and case.id not in cancelled
        if self.rnd.random() < CANCEL_CHANCE or due:
            cancelled.add(case.id)
            return True
        return False

    # -- one meeting ---------------------------------------------------------------------------------------------
    def meeting(self, case: _Case, requested: date, day: date, state: str, number: int, earlier: list[dict],
                gap: int = 60) -> list[dict]:
        rnd, conn = self.rnd, self.conn
        requested_by = rnd.choice(("buc", "buc", "municipality", "municipality", "family"))
        form = _pick(rnd, FORMS)
        start = datetime.combine(day, time(rnd.choice((9, 10, 13, 14)), rnd.choice((0, 30))), tzinfo=TZ)
        end = start + timedelta(minutes=rnd.choice((60, 75, 90)))
        made = datetime.combine(requested, time(11, 15), tzinfo=TZ)
        stamp = to_utc_iso(made)
        template = self.templates[TEMPLATE_LAST if case.closed and number >= 2 and rnd.random() < 0.5 else
                                  TEMPLATE_FIRST if number == 0 else
                                  TEMPLATE_WAIT if case.phase == "referral" else TEMPLATE_MIDDLE]
        held = state in ("held", "signed")
        late_reason = ("Det var ikke muligt at finde et tidspunkt, hvor skolen og familien kunne."
                       if day > add_working_days(requested, 5, self.closed_days) else "")
        meeting_id = conn.execute(
            "INSERT INTO meetings (case_id, state, requested_by, request_note, requested_on, starts_at, ends_at, form, "
            "place, video_link, phone, purpose, late_reason, virtual_asked, uid, sequence, cancel_reason, sent_folder, "
            "started_at, ended_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?)",
            [case.id, "held" if state == "signed" else state, requested_by,
             "Familien ønskede et møde om skolestarten." if requested_by == "family" else "", requested.isoformat(),
             to_utc_iso(start), to_utc_iso(end), form,
             "Mødelokalet på skolen" if form in ("physical", "hybrid") else "",
             "https://video.example.dk/moede/demo" if form in ("video", "hybrid") else "",
             "70 10 20 00" if form == "phone" else "", template.purpose, late_reason, int(form != "physical"),
             str(uuid.UUID(int=rnd.getrandbits(128), version=4)) + "@kitdesk", 1 if state == "cancelled" else 0,
             "Barnet er syg; et nyt tidspunkt aftales med familien." if state == "cancelled" else "", "",
             to_utc_iso(start - timedelta(minutes=2)) if held else None,
             to_utc_iso(end + timedelta(minutes=4)) if held else None, stamp, stamp]).lastrowid
        items = [conn.execute("INSERT INTO agenda_items (meeting_id, position, title, description, minutes, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?)",
                              [meeting_id, n, item.title, item.description, item.minutes, stamp]).lastrowid
                 for n, item in enumerate(template.items)]
        invitees = self.invitees(case, meeting_id, requested_by, form, day, held, stamp)
        if state == "cancelled":
            self.log(case.id, start - timedelta(days=2), "meeting_cancelled",
                     f"Netværksmødet {day:%d.%m.%Y} er aflyst: barnet er syg.")
        if not held:
            return earlier
        ended = end + timedelta(minutes=4)
        conn.execute("INSERT INTO minutes (meeting_id, perspective, challenges, resources, development, "
                     "next_meeting_not_agreed, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
                     [meeting_id, *SECTIONS.values(), to_utc_iso(ended)])
        conn.executemany("INSERT INTO item_notes (agenda_item_id, meeting_id, updated_at) VALUES (?, ?, ?)",
                         [(item, meeting_id, to_utc_iso(ended)) for item in items])
        if rnd.random() < 0.75:
            self.exchange(case, day)
        still_open = self.follow_up(case, meeting_id, earlier, day, gap, stamp)
        still_open += self.agreements(case, meeting_id, items[-1], day, gap, stamp)
        present = [name for name, attended in invitees if attended]
        self.log(case.id, ended, "meeting_held", "Netværksmødet er afholdt. Deltog: " + ", ".join(present) + ".")
        self.approvals_and_plan(case, meeting_id, state, day, stamp)
        return still_open

    def invitees(self, case: _Case, meeting_id: int, requested_by: str, form: str, day: date, held: bool,
                 stamp: str) -> list[tuple[str, bool]]:
        rnd = self.rnd
        chair_sector = "buc" if requested_by == "buc" else "caseworker"
        people: list[tuple[str, int | None, str, str]] = [
            (sector, *case.members[sector]) for sector in ("buc", "caseworker", "ppr", "school", "daycare", "family")
            if sector in case.members]
        if case.birth and case.birth <= day and age_on(case.birth, day) >= 10 and rnd.random() < 0.55:
            people.append(("child", None, case.child, ""))
        gps = self.gps[_quarter(day)]
        gp_due = held and len(gps) < self.gp_floor and case.id not in gps
        if rnd.random() < 0.14 or gp_due:
            people.append(("gp", *self.gp))
        out = []
        for sector, person_id, name, org in people:
            attended = rnd.random() < PRESENT_CHANCE[sector] or (sector == "gp" and gp_due)
            if sector == "gp" and attended and held:
                gps.add(case.id)
            declined = not attended and rnd.random() < 0.6
            attendance = ("in_room" if form in ("physical", "hybrid") and rnd.random() < 0.8 or form == "physical"
                          else "online") if attended else ("declined" if declined else "absent")
            self.conn.execute(
                "INSERT INTO invitees (meeting_id, person_id, name, organisation, sector, role_key, is_chair, "
                "is_minute_taker, gp_spoken_to, gp_paid, answer, attend_mode, invited_sequence, attendance, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                [meeting_id, person_id, name, org, "family" if sector == "child" else sector,
                 {"buc": "buc_clinician", "caseworker": "caseworker", "ppr": "ppr", "school": "teacher",
                  "daycare": "daycare", "family": "parent", "child": "child", "gp": "gp"}[sector],
                 int(sector == chair_sector), int(sector == chair_sector), int(sector == "gp"),
                 int(sector == "gp" and attended and held), "declined" if declined else "attending",
                 "" if declined else ("virtual" if attendance == "online" else "physical"),
                 attendance if held else "", stamp])
            out.append((name, attended))
        return out

    # -- agreements ------------------------------------------------------------------------------------------------
    def agreements(self, case: _Case, meeting_id: int, item_id: int, day: date, gap: int, stamp: str) -> list[dict]:
        rnd, made = self.rnd, []
        for position, (what, sector) in enumerate(rnd.sample(AGREEMENTS, rnd.randint(2, 4))):
            if "daycare" in case.members and what in IN_DAYCARE:
                what, sector = IN_DAYCARE[what], "daycare" if sector == "school" else sector
            made.append(self._agreement(case, meeting_id, item_id, position, what, sector, day, gap, stamp, None))
        return made

    def _agreement(self, case, meeting_id, item_id, position, what, sector, day, gap, stamp, carried) -> dict:
        ongoing = self.rnd.random() < 0.1
        deadline = None if ongoing else day + timedelta(days=max(7, int(gap * self.rnd.uniform(0.8, 1.7))))
        responsible = case.members.get(sector, (None, "", ""))[1]
        agreement_id = self.conn.execute(
            "INSERT INTO agreements (meeting_id, case_id, agenda_item_id, position, what, responsible_name, sector, "
            "deadline, ongoing, carried_from_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [meeting_id, case.id, item_id, position, what, responsible, sector,
             deadline.isoformat() if deadline else None, int(ongoing), carried, stamp, stamp]).lastrowid
        return {"id": agreement_id, "what": what, "sector": sector, "made": day, "deadline": deadline,
                "root": carried is None}

    def follow_up(self, case, meeting_id, earlier, day, gap, stamp) -> list[dict]:
        """The earlier agreements followed up at this meeting: done, continued, dropped or left open – or
        forgotten: left open and never taken up again (what "Åbne efter fristen" is there to show)."""
        rnd, still_open = self.rnd, []
        for position, agreement in enumerate(earlier, start=10):
            outcome = self.floored(case, agreement, day, _pick(rnd, (
                ("done", 0.68), ("continued", 0.14), ("dropped", 0.08), ("open", 0.07), ("forgotten", 0.03))))
            if outcome == "forgotten":
                continue
            if outcome == "open":
                still_open.append(agreement)
                continue
            self.conn.execute("UPDATE agreements SET status = ?, status_meeting_id = ? WHERE id = ?",
                              [outcome, meeting_id, agreement["id"]])
            if outcome == "continued":
                still_open.append(self._agreement(case, meeting_id, None, position, agreement["what"],
                                                  agreement["sector"], day, gap, stamp, agreement["id"]))
        return still_open

    def floored(self, case: _Case, agreement: dict, day: date, drawn: str) -> str:
        """The outcome drawn for an agreement, unless the quarter it was made in still lacks FATE_FLOOR
        children with a fate this follow-up can give it. Done on time, done late and dropped count only
        when followed up within that quarter: right after a quarter has ended, most of its agreements are
        still open, and these are all its report has of them. Forgotten counts always: a year later nearly
        every agreement has been followed up, and the forgotten ones are what its report has open – past
        the deadline, or with none (løbende) – so that neither of those is under the limit either."""
        if not agreement["root"]:  # a continuation has its first agreement's fate
            return drawn
        made = _quarter(agreement["made"])
        deadline = agreement["deadline"]
        done = "late" if deadline is not None and day > deadline else "on_time"
        fates = self.fates[made]
        wanted = [("dropped", "dropped"), (done, "done")] if _quarter(day) == made else []
        forgotten = "open" if deadline is None else "overdue" if deadline < day else ""
        if forgotten:
            wanted.append((forgotten, "forgotten"))
        for fate, outcome in wanted:
            if len(fates[fate]) < self.fate_floor and case.id not in fates[fate]:
                drawn = outcome
                break
        reached = {"dropped": "dropped", "done": done, "forgotten": forgotten}.get(drawn, "")
        if reached in dict(wanted):
            fates[reached].add(case.id)
        return drawn

    # -- the plan ----------------------------------------------------------------------------------------------------
    def approvals_and_plan(self, case: _Case, meeting_id: int, state: str, day: date, stamp: str) -> None:
        rnd, conn = self.rnd, self.conn
        signed_day = min(self.today - timedelta(days=1),
                         day + timedelta(days=rnd.choice((0, 1, 2, 3, 4, 5, 7, 9, 12, 16, 24))))
        parties = conn.execute("SELECT id, person_id, name, sector, attendance FROM invitees WHERE meeting_id = ? "
                               "AND attendance IN ('in_room', 'online')", [meeting_id]).fetchall()
        have = {p[1] for p in parties}
        for member in case.members.values():
            if member[0] in case.contacts and member[0] not in have:
                sector = next(s for s, m in case.members.items() if m == member)
                parties.append((None, member[0], member[1], sector, ""))
        for invitee_id, person_id, name, sector, attendance in parties:
            approved = state == "signed" or rnd.random() < 0.5
            conn.execute("INSERT INTO approvals (meeting_id, version, invitee_id, person_id, name, sector, approved, "
                         "approved_on, how, created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [meeting_id, invitee_id, person_id, name, sector, int(approved),
                          (day if attendance else signed_day).isoformat() if approved else None,
                          ("in_meeting" if attendance else "email") if approved else "", stamp])
        if state != "signed":
            return
        signed_at = datetime.combine(signed_day, time(10, 0), tzinfo=TZ)
        meeting = self.store.meetings.get(meeting_id)
        content = snapshot(self.store, meeting, 1, signed_day, self.signer)  # the plan as PlanRepo signs it
        canonical = canonical_json(content)
        digest = fingerprint_of(canonical)
        version_id = conn.execute(
            "INSERT INTO plan_versions (meeting_id, case_id, version, content, fingerprint, signed_at, signed_by, "
            "created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
            [meeting_id, case.id, canonical, digest, to_utc_iso(signed_at), self.signer,
             to_utc_iso(signed_at)]).lastrowid
        conn.execute("UPDATE meetings SET state = 'signed' WHERE id = ?", [meeting_id])
        self.log(case.id, signed_at, "plan_signed", f"Den tværsektorielle plan (version 1) er godkendt af "
                                                    f"{self.signer}. Fingeraftryk {short_fingerprint(digest)}.")
        if rnd.random() < 0.92:
            for kind, prefix, chance in (("plan", "Tvaersektoriel_plan", 1.0), ("summary", "Det_har_vi_aftalt", 0.76)):
                if rnd.random() < chance:
                    conn.execute("INSERT INTO plan_exports (plan_version_id, sha256, kind, file_name, exported_at) "
                                 "VALUES (?, ?, ?, ?, ?)",
                                 [version_id, hashlib.sha256(f"demo {version_id} {kind}".encode()).hexdigest(), kind,
                                  f"{prefix}_{day.isoformat()}_v1.pdf", to_utc_iso(signed_at + timedelta(hours=1))])

    # -- around the meetings ---------------------------------------------------------------------------------------------
    def exchange(self, case: _Case, day: date) -> None:
        on = day - timedelta(days=self.rnd.randint(1, 26))
        from_sector, to_sector = self.rnd.choice((("buc", "caseworker"), ("caseworker", "buc"), ("school", "ppr"),
                                                  ("ppr", "buc")))
        self.conn.execute("INSERT INTO exchanges (case_id, kind, exchanged_on, from_sector, to_sector, note, created_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)",
                          [case.id, self.rnd.choice(EXCHANGE_KINDS), on.isoformat(), from_sector, to_sector,
                           "Sendt forud for netværksmødet.", to_utc_iso(datetime.combine(on, time(12), tzinfo=TZ))])

    def stages(self, case: _Case, held_days: list[date]) -> None:
        """Trin and niveau that moved at a meeting: the case row and an audit row with that day. One of the
        first three meetings, when the course is laid out: a move late in a long course would leave the
        year before a report's quarter with few moves."""
        step, level = self.conn.execute("SELECT step, level FROM cases WHERE id = ?", [case.id]).fetchone()
        for what, value, chance, top in (("step", step, 0.45, 4), ("level", level, 0.3, 3)):
            if not held_days or self.rnd.random() >= chance:
                continue
            new = value + 1 if value < top and (value == 1 or self.rnd.random() < 0.8) else value - 1
            when = datetime.combine(self.rnd.choice(held_days[:3]), time(15), tzinfo=TZ)
            self.conn.execute(f"UPDATE cases SET {what} = ? WHERE id = ?", [new, case.id])
            self.conn.execute("INSERT INTO audit (at, user, table_name, row_id, action, changes) "
                              "VALUES (?, ?, 'cases', ?, 'update', ?)",
                              [to_utc_iso(when), self.signer, case.id, json.dumps({what: [value, new]})])

    def waits(self, case: _Case, held_days: list[date]) -> None:
        """Waiting periods (waiting_periods) across the case's history: one after the first meeting, another
        that ended and, for an open case in referral, assessment or treatment, one still running – most
        with a contact agreed (every 14 days or every month) and kept regularly, some seldom, some with none agreed."""
        rnd, today = self.rnd, self.today
        still = not case.closed and case.phase in ("referral", "assessment", "treatment")
        if held_days:  # after the first meeting: each quarter's new cases bring waits to its report
            start = held_days[0] + timedelta(days=rnd.randint(1, 10))
            end = min(start + timedelta(days=rnd.randint(20, 150)), case.closed_on or today - timedelta(days=1))
            if start < end:
                self.wait(case, start, None if still and end >= today - timedelta(days=10) else end)
        if held_days and rnd.random() < 0.4:  # waited after a meeting, for a while, and it ended
            start = rnd.choice(held_days) + timedelta(days=rnd.randint(1, 10))
            end = start + timedelta(days=rnd.randint(20, 150))
            if end < today - timedelta(days=10):
                self.wait(case, start, end)
        if still and rnd.random() < 0.45:
            self.wait(case, max(case.opened, today - timedelta(days=rnd.randint(8, 230))), None)

    def wait(self, case: _Case, start: date, end: date | None) -> None:
        rnd, conn = self.rnd, self.conn
        if conn.execute("SELECT 1 FROM waiting_periods WHERE case_id = ? AND (ended_on IS NULL OR ended_on >= ?)",
                        [case.id, start.isoformat()]).fetchone():
            return  # never two at once
        waiting_for = rnd.choice(WAITING_FOR)
        every = _pick(rnd, ((14, 0.35), (30, 0.5), (None, 0.15)))
        person_id, name, _ = case.members.get("caseworker", (None, "", ""))
        stamp = to_utc_iso(datetime.combine(start, time(9), tzinfo=TZ))
        regular = rnd.random() < 0.75
        contacts, day, stop = [], start, end or self.today
        while every is not None:
            day += timedelta(days=rnd.randint(max(3, every - 12), every) if regular else rnd.randint(every + 5, every * 3))
            if day >= stop:
                break
            contacts.append(day)
        period_id = conn.execute("INSERT INTO waiting_periods (case_id, started_on, waiting_for, contact_person_id, contact_name, "
                     "contact_every_days, last_contact_on, ended_on, end_note, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [case.id, start.isoformat(), waiting_for, person_id if every else None, name if every else "",
                      every, contacts[-1].isoformat() if contacts else None, end.isoformat() if end else None,
                      "Tilbuddet er begyndt." if end else "", stamp, stamp]).lastrowid
        agreed = f"Kontakt til familien i ventetiden: {name}, {interval_text(every)}." if every else (
            "Kontakten til familien i ventetiden er ikke aftalt endnu.")
        self.log(case.id, datetime.combine(start, time(9), tzinfo=TZ), "waiting_started",
                 f"Ventetid begyndt {fmt_date(start)}: venter på {waiting_for}. {agreed}")
        before = None
        for on in contacts:  # as WaitingRepo.record_contact writes it: the baton log and the change audit
            at = datetime.combine(on, time(10, 30), tzinfo=TZ)
            self.log(case.id, at, "waiting_contact",
                     f"Kontakt til familien i ventetiden {fmt_date(on)} ({name}): {rnd.choice(CONTACT_NOTES)}")
            conn.execute("INSERT INTO audit (at, user, table_name, row_id, action, changes) "
                         "VALUES (?, ?, 'waiting_periods', ?, 'update', ?)",
                         [to_utc_iso(at), self.signer, period_id, json.dumps({"last_contact_on": [before, on.isoformat()]})])
            before = on.isoformat()
        if end is not None:
            self.log(case.id, datetime.combine(end, time(11), tzinfo=TZ), "waiting_ended",
                     f"Ventetiden er afsluttet {fmt_date(end)} (venter på {waiting_for}): tilbuddet er begyndt.")

    def log(self, case_id: int, at: datetime, kind: str, text: str) -> None:
        self.conn.execute("INSERT INTO log_entries (case_id, at, author, kind, text) VALUES (?, ?, ?, ?, ?)",
                          [case_id, to_utc_iso(at), self.signer, kind, text])


def _pick(rnd, weighted):
    roll, total = rnd.random(), 0.0
    for value, weight in weighted:
        total += weight
        if roll < total:
            return value
    return weighted[-1][0]


def _quarter(day: date) -> tuple[int, int]:
    """The calendar quarter of a day, as the report's periods have them."""
    return day.year, (day.month - 1) // 3
