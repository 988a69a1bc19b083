"""Counting the figures: ReportData + a period + a selection -> Report. Pure and deterministic.

"In the period" means: a meeting held (or planned, for cancellations) on a day of the period; an
agreement made at such a meeting; a case open at some time in it. A meeting's plan and an agreement
are judged as they stand today (an agreement made in March and done in May is done); a case's trin
and niveau and a wait's length as they stood at the period's end (or today, if it has not ended).
"""
from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import cast

from kitdesk.domain.bulk import without_gc_passes
from kitdesk.domain.dates import local_today
from kitdesk.domain.indicators import measures
from kitdesk.domain.indicators.definitions import (
    BY_KEY,
    EXCHANGE_WINDOW_DAYS,
    FATES,
    FIGURES,
    PRESENCE_SECTORS,
    FigureDef,
)
from kitdesk.domain.indicators.measures import COUNT, Measure
from kitdesk.domain.indicators.period import Period, trend
from kitdesk.domain.indicators.records import AgreementFacts, CaseFacts, MeetingFacts, ReportData, Selection
from kitdesk.domain.workdays import DEFAULT_DEADLINE_DAYS, add_working_days, is_working_day, working_days_between


@dataclass(frozen=True)
class Figure:
    definition: FigureDef
    current: Measure
    year_before: Measure | None  # None: the data does not reach back that far
    trend: tuple[Measure, ...] = ()  # one per Report.trend period, for the figures in TREND


@dataclass(frozen=True)
class Counts:
    """The report's figures before the small-number rule: every count, share and the values behind each
    median, for the period, the year before and the charts' months. What a figure file carries
    (figure_file.py) and what merging sums; `finish` applies the rule and makes the Report."""

    period: Period
    year_before: Period | None  # None when there is no data a year before
    selection: Selection
    made_on: date
    trend: tuple[Period, ...]
    sectors: tuple[str, ...]  # the sectors invited to a meeting held in the period or the year before
    current: dict[str, Measure]  # every figure, the presence of every sector in PRESENCE_SECTORS too
    before: dict[str, Measure]  # the same a year before (without the waiting figures when no wait reaches back)
    buckets: tuple[dict[str, Measure], ...]  # the TREND figures, one dict per trend period
    cases: Measure
    fates: dict[str, Measure]  # the agreements of the period by fate today (shares of the agreements made)
    fates_before: dict[str, Measure]
    steps: tuple[tuple[int, Measure, Measure], ...] = ()  # (trin, at the start of the course, at the period's end)
    levels: tuple[tuple[int, Measure, Measure], ...] = ()


@dataclass(frozen=True)
class Report:
    period: Period
    year_before: Period | None  # None when there is no data a year before
    selection: Selection
    made_on: date
    trend: tuple[Period, ...]
    figures: tuple[Figure, ...]
    cases: Measure  # the open cases (children) the report is about
    fates: dict[str, Measure] = field(default_factory=dict)  # the period's agreements by fate today (shares)
    steps: tuple[tuple[int, Measure, Measure], ...] = ()  # (trin, at the start of the course, at the period's end)
    levels: tuple[tuple[int, Measure, Measure], ...] = ()
    counts: Counts | None = None  # the figures before the rule (for the figure file)
    merged_from: int = 0  # the number of figure files summed; 0: counted from this data folder
    merge_notes: tuple[str, ...] = ()  # what the merge left out, in Danish

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.definition.key == key)

    @property
    def groups(self) -> list[tuple[str, list[Figure]]]:
        out: dict[str, list[Figure]] = {}
        for figure in self.figures:
            out.setdefault(figure.definition.group, []).append(figure)
        return list(out.items())


def build_report(data: ReportData, period: Period, selection: Selection, today: date) -> Report:
    return finish(count_report(data, period, selection, today))


def count_report(data: ReportData, period: Period, selection: Selection, today: date) -> Counts:
    """The figures before the small-number rule."""
    with without_gc_passes():
        return _count_report(data, period, selection, today)


def _count_report(data: ReportData, period: Period, selection: Selection, today: date) -> Counts:
    counter = _Counter(data, selection, today)
    before = period.year_before()
    has_before = counter.data_from is not None and counter.data_from <= before.end
    buckets = tuple(trend(period))
    counter.choose_sectors(period, before)
    current = counter.figures(period)
    previous = counter.figures(before) if has_before else {}
    if not counter.waits_reach(before):  # no wait recorded that far back: nothing to compare with
        previous = {k: v for k, v in previous.items() if BY_KEY[k].group != "waiting"}
    per_bucket = tuple({k: v for k, v in counter.trend_figures(bucket).items() if k in TREND} for bucket in buckets)
    steps, levels = counter.stages(period)
    return Counts(period, before if has_before else None, selection, today, buckets, tuple(counter.sectors),
                  current, previous, per_bucket, counter.open_cases_measure(period), counter.fates(period),
                  counter.fates(before) if has_before else {}, steps, levels)


# -- the small-number rule's second half: what could be worked out by subtraction ------------------------

_FATE_FIGURES = {"agreements_on_time": "on_time", "agreements_late": "late", "agreements_overdue": "overdue",
                 "agreements_dropped": "dropped"}


def finish(counts: Counts, *, merged_from: int = 0, merge_notes: tuple[str, ...] = ()) -> Report:
    """The Report as shown: the counts with the secondary suppression applied (the primary one is the
    Measure's own). The same for one data folder and for the sum of several (merging sums first)."""
    fates = _protect_fates(counts.fates)
    fates_before = _protect_fates(counts.fates_before)
    current = _one_period(counts.current, fates)
    before = _one_period(counts.before, fates_before) if counts.year_before is not None else {}
    buckets = [_one_period(cells, {}) for cells in counts.buckets]
    shown = {f"present_{s}" for s in counts.sectors}
    figures = []
    for d in FIGURES:
        if d.key.startswith("present_") and d.key not in shown:
            continue
        cells = [b.get(d.key, _empty(d)) for b in buckets] if d.key in TREND else []
        figures.append(Figure(d, current.get(d.key, _empty(d)), before.get(d.key),
                              _protected_trend(d, cells, counts.trend, counts.period) if cells else ()))
    return Report(counts.period, counts.year_before, counts.selection, counts.made_on, counts.trend, tuple(figures),
                  counts.cases, fates, _protect_stages(counts.steps), _protect_stages(counts.levels), counts,
                  merged_from, merge_notes)


def _empty(definition: FigureDef) -> Measure:
    return Measure(definition.kind)


def _one_period(cells: dict[str, Measure], fates: dict[str, Measure]) -> dict[str, Measure]:
    out = dict(cells)
    cancelled = out.get("meetings_cancelled")
    if cancelled is not None and cancelled.numerator_hidden:  # "< 5 af 30" beside 27 held would say 3
        out["meetings_cancelled"] = measures.hide(cancelled)
    for key, fate in _FATE_FIGURES.items():
        if key in out and fate in fates:
            out[key] = fates[fate]
    return out


def _protect_fates(fates: dict[str, Measure]) -> dict[str, Measure]:
    """The fates add up to the agreements made (shown): one hidden fate must not be the rest's remainder."""
    if not fates:
        return {}
    cells = [fates.get(fate, Measure(measures.SHARE)) for fate in FATES]
    return dict(zip(FATES, measures.protect(cells, of_one_whole=True), strict=True))


def _protect_stages(rows: tuple[tuple[int, Measure, Measure], ...]) -> tuple[tuple[int, Measure, Measure], ...]:
    """Each column adds up to the open cases (shown): protected against subtraction."""
    if not rows:
        return ()
    values = [r[0] for r in rows]
    start = measures.protect([r[1] for r in rows])
    end = measures.protect([r[2] for r in rows])
    return tuple(zip(values, start, end, strict=True))


def _protected_trend(definition: FigureDef, cells: list[Measure], buckets: tuple[Period, ...],
                     period: Period) -> tuple[Measure, ...]:
    """The months or quarters that make up the period add up to the period's own figure: one hidden
    among them would be found by subtraction (measures.protect). Medians do not add up."""
    inside = [i for i, b in enumerate(buckets) if period.start <= b.start and b.end <= period.end]
    if definition.kind not in (measures.COUNT, measures.SHARE) or sum(buckets[i].days for i in inside) != period.days:
        return tuple(cells)
    protected = dict(zip(inside, measures.protect([cells[i] for i in inside]), strict=True))
    return tuple(protected.get(i, cell) for i, cell in enumerate(cells))


# The figures counted for each month or quarter of the charts (and the CSV's rows of them).
TREND = frozenset({"meetings_held", "meetings_cancelled", "within_deadline", "days_to_meeting", "exchange_before",
                   "purpose_agenda", "plans_signed", "days_to_plan", "plan_to_family"})


def needed_ranges(period: Period) -> list[tuple[date, date]]:
    """The days whose meetings a report on `period` counts: the year before, and the period with its
    charts' months (joined when they meet)."""
    before = period.year_before()
    ranges = sorted([(before.start, before.end), (min(trend(period)[0].start, period.start), period.end)])
    if ranges[1][0] <= ranges[0][1] + timedelta(days=1):
        return [(ranges[0][0], max(ranges[0][1], ranges[1][1]))]
    return ranges


class _Counter:
    def __init__(self, data: ReportData, selection: Selection, today: date):
        self.today = today
        self.closed = tuple(data.closed_days)
        self.cases = [c for c in data.cases if selection.holds(c)]
        ids = {c.id for c in self.cases}
        # Every meeting kept has a day (cast); read by attrgetter, in C: a year's report sorts ~7,000.
        self.meetings = sorted((m for m in data.meetings if m.day is not None and m.case_id in ids), key=_DAY)
        self.days = cast(list[date], list(map(_DAY, self.meetings)))
        self.held = [m for m in self.meetings if m.held]
        self.held_days = cast(list[date], list(map(_DAY, self.held)))
        self.exchanges = {k: v for k, v in data.exchanges.items() if k in ids}
        self.agreements = {a.id: a for a in data.agreements if a.case_id in ids}
        self.carried: dict[int, AgreementFacts] = {}
        for a in sorted(self.agreements.values(), key=lambda a: a.id):
            if a.carried_from_id is not None:
                self.carried.setdefault(a.carried_from_id, a)
        self.made_at: dict[int, list[AgreementFacts]] = {}
        for a in self.agreements.values():
            if a.carried_from_id is None:  # a continuation counts with the agreement it continues
                self.made_at.setdefault(a.meeting_id, []).append(a)
        self.waits = [w for w in data.waits if w.case_id in ids]
        self.stages_of = {k: v for k, v in data.stages.items() if k in ids}
        self.sectors: list[str] = []
        starts = [c.opened_on for c in self.cases if c.opened_on] + self.days[:1]
        self.data_from = min(starts) if starts else None
        self.calendar = _WorkingDays(self.days, self.closed)
        # What each meeting is, worked out once: the periods and the charts' months ask again and again.
        self.within: set[int] = set()
        self.waited: dict[int, int] = {}
        for m, day in zip(self.held, self.held_days, strict=True):
            if m.requested_on is not None:
                self.waited[m.id] = self.calendar.between(m.requested_on, day)
                if day <= self.calendar.deadline(m.requested_on):
                    self.within.add(m.id)
        self.informed = {m.id for m, day in zip(self.held, self.held_days, strict=True)
                         if self._exchanged_before(m.case_id, day)}
        self.fates_today = {a.id: self.fate(a, today) for a in self.agreements.values() if a.carried_from_id is None}
        self._open: dict[Period, list[CaseFacts]] = {}
        self._fates: dict[Period, dict[str, Measure]] = {}

    def choose_sectors(self, *periods: Period) -> None:
        """The sectors whose presence is reported: those invited to a meeting held in these periods."""
        invited = {s for p in periods for m in self._held_in(p) for s in m.invited}
        self.sectors = [s for s in PRESENCE_SECTORS if s in invited]

    def waits_reach(self, period: Period) -> bool:
        return any(w.start <= period.end for w in self.waits)

    # -- selections within a period --------------------------------------------------------------------
    def _in(self, period: Period) -> list[MeetingFacts]:
        lo = bisect.bisect_left(self.days, period.start)
        hi = bisect.bisect_right(self.days, period.end)
        return self.meetings[lo:hi]

    def _held_in(self, period: Period) -> list[MeetingFacts]:
        lo = bisect.bisect_left(self.held_days, period.start)
        hi = bisect.bisect_right(self.held_days, period.end)
        return self.held[lo:hi]

    def _as_of(self, period: Period) -> date:
        return min(period.end, self.today)

    def _open_cases(self, period: Period) -> list[CaseFacts]:
        if period not in self._open:
            self._open[period] = [c for c in self.cases if c.open_during(period.start, period.end)]
        return self._open[period]

    def open_cases_measure(self, period: Period) -> Measure:
        return measures.count(self._open_cases(period))

    # -- the figures ---------------------------------------------------------------------------------------
    def figures(self, period: Period) -> dict[str, Measure]:
        in_period = self._in(period)
        held = self._held_in(period)
        out: dict[str, Measure] = {}
        out.update(self._contacts(period))
        out.update(self._meetings(in_period, held))
        out.update(self._participation(held))
        out.update(self._plans(held))
        out.update(self._agreements(period, held))
        out.update(self._waiting(period))
        out.update(self._stage_moves(period))
        return out

    def trend_figures(self, period: Period) -> dict[str, Measure]:
        in_period = self._in(period)
        held = self._held_in(period)
        return {**self._meetings(in_period, held), **self._plans(held)}

    def _contacts(self, period: Period) -> dict[str, Measure]:
        open_cases = self._open_cases(period)
        both = [c for c in open_cases if c.buc_contact and c.municipal_contact]
        return {"contacts_both": measures.share(both, open_cases)}

    def _meetings(self, in_period: list[MeetingFacts], held: list[MeetingFacts]) -> dict[str, Measure]:
        planned = [m for m in in_period if m.held or m.state == "cancelled"]
        cancelled = [m for m in planned if m.state == "cancelled"]
        requested = [m for m in held if m.id in self.waited]
        children = measures.children(held)
        cancelled_share = measures.share(cancelled, planned)  # `finish` hides it whole if need be
        return {
            "meetings_held": Measure(COUNT, len(held), 0, float(len(held)), children),
            "meetings_cancelled": cancelled_share,
            "within_deadline": measures.share([m for m in requested if m.id in self.within], requested),
            "days_to_meeting": measures.median([(self.waited[m.id], m.case_id) for m in requested]),
            "exchange_before": measures.share([m for m in held if m.id in self.informed], held, children),
            "purpose_agenda": measures.share([m for m in held if m.purpose_and_agenda], held, children),
        }

    def _exchanged_before(self, case_id: int, day: date) -> bool:
        days = self.exchanges.get(case_id, ())
        first = bisect.bisect_left(days, day - timedelta(days=EXCHANGE_WINDOW_DAYS))
        return first < len(days) and days[first] <= day

    def _participation(self, held: list[MeetingFacts]) -> dict[str, Measure]:
        children = measures.children(held)
        out = {
            "family_present": measures.share([m for m in held if "family" in m.present], held, children),
            "child_present": measures.share([m for m in held if m.child_present], held, children),
        }
        for sector in PRESENCE_SECTORS:  # every sector: a merge may show one this folder never invited
            out[f"present_{sector}"] = measures.share([m for m in held if sector in m.present], held, children)
        gp = [m for m in held if "gp" in m.present]
        out["gp_participations"] = Measure(COUNT, sum(m.gps_present for m in gp), 0,
                                           float(sum(m.gps_present for m in gp)), len({m.case_id for m in gp}))
        return out

    def _plans(self, held: list[MeetingFacts]) -> dict[str, Measure]:
        signed = [m for m in held if m.signed_on is not None]
        return {
            "plans_signed": measures.share(signed, held),
            "days_to_plan": measures.median([((signed_on - _on(m)).days, m.case_id) for m in signed
                                             if (signed_on := m.signed_on) is not None]),
            "plan_to_family": measures.share([m for m in signed if m.family_copy], signed),
        }

    # -- agreements ------------------------------------------------------------------------------------------
    def _made(self, held: list[MeetingFacts]) -> list[AgreementFacts]:
        return [a for m in held for a in self.made_at.get(m.id, ())]

    def fate(self, root: AgreementFacts, as_of: date) -> str:
        """on_time / late / open / overdue / dropped, as the agreement (and its continuations) stood on as_of."""
        deadline = None if root.ongoing else root.deadline
        link = root
        while True:
            followed = link.followed_on
            due = deadline or (None if link.ongoing else link.deadline)
            if link.status == "open" or followed is None or followed > as_of:
                return "overdue" if due is not None and due < as_of else "open"
            if link.status == "done":
                return "on_time" if due is None or followed <= due else "late"
            if link.status == "dropped":
                return "dropped"
            following = self.carried.get(link.id)  # continued into a later meeting's agreements
            if following is None:
                return "overdue" if due is not None and due < as_of else "open"
            link = following

    def _agreements(self, period: Period, held: list[MeetingFacts]) -> dict[str, Measure]:
        made = self._made(held)
        shares = self._fates[period] = self._fate_shares(made)
        return {"agreements_made": measures.count(made), "agreements_on_time": shares["on_time"],
                "agreements_late": shares["late"], "agreements_overdue": shares["overdue"],
                "agreements_dropped": shares["dropped"]}

    def _fate_shares(self, made: list[AgreementFacts]) -> dict[str, Measure]:
        by_fate: dict[str, list[AgreementFacts]] = {fate: [] for fate in FATES}
        for a in made:
            by_fate[self.fates_today[a.id]].append(a)
        children = measures.children(made)
        return {fate: measures.share(items, made, children) for fate, items in by_fate.items()}

    def fates(self, period: Period) -> dict[str, Measure]:
        if period not in self._fates:  # counted with the period's figures, as a rule
            self._fates[period] = self._fate_shares(self._made(self._held_in(period)))
        return self._fates[period]

    # -- waiting -------------------------------------------------------------------------------------------------
    def _waiting(self, period: Period) -> dict[str, Measure]:
        as_of = self._as_of(period)
        waits = [w for w in self.waits
                 if w.start <= period.end and w.start <= as_of and (w.end is None or w.end >= period.start)]
        lengths = [((min(w.end or as_of, as_of) - w.start).days, w.case_id) for w in waits]
        agreed = [w for w in waits if w.contact_every_days]
        kept = [w for w in agreed if _contact_kept(w.start, min(w.end or as_of, as_of), w.contacts,
                                                  w.contact_every_days or 0)]
        return {"children_waiting": measures.count(_one_per_child(waits)),
                "wait_median": measures.median(lengths), "wait_longest": measures.longest(lengths),
                "wait_contact_kept": measures.share(kept, agreed)}

    # -- trin and niveau ---------------------------------------------------------------------------------------------
    def _stage_moves(self, period: Period) -> dict[str, Measure]:
        as_of = self._as_of(period)
        known = [self.stages_of[c.id] for c in self._open_cases(period) if c.id in self.stages_of]
        now = {s.case_id: s.at(as_of) for s in known}
        return {"step_moved": measures.share([s for s in known if now[s.case_id][0] != s.step], known),
                "level_moved": measures.share([s for s in known if now[s.case_id][1] != s.level], known)}

    def stages(self, period: Period):
        as_of = self._as_of(period)
        known = [self.stages_of[c.id] for c in self._open_cases(period) if c.id in self.stages_of]
        now = {s.case_id: s.at(as_of) for s in known}

        def rows(values, index: int):  # protected against subtraction in `finish`
            start = [measures.count([s for s in known if (s.step, s.level)[index] == value]) for value in values]
            end = [measures.count([s for s in known if now[s.case_id][index] == value]) for value in values]
            return tuple(zip(values, start, end, strict=True))

        return rows((1, 2, 3, 4), 0), rows((1, 2, 3), 1)


class _WorkingDays:
    """The working days around the meetings counted, numbered once: a deadline or a count of working
    days is then a look-up, not a walk day by day (three years of meetings, a report in ~0.1 s). The
    rule itself is workdays.py's; outside the numbered span it is asked directly."""

    def __init__(self, days: list[date], closed: tuple):
        self.closed = closed
        self.first = (days[0] - timedelta(days=60)) if days else local_today()
        last = (days[-1] + timedelta(days=30)) if days else self.first
        self.number: list[int] = []  # working days after `first` up to and including each day
        self.working: list[date] = []
        count, day = 0, self.first
        while day <= last:
            if is_working_day(day, closed):
                count += 1
                self.working.append(day)
            self.number.append(count)
            day += timedelta(days=1)

    def _index(self, day: date) -> int | None:
        index = (day - self.first).days
        return index if 0 <= index < len(self.number) else None

    def deadline(self, requested: date) -> date:
        index = self._index(requested)
        if index is not None:
            position = self.number[index] + DEFAULT_DEADLINE_DAYS - 1
            if position < len(self.working):
                return self.working[position]
        return add_working_days(requested, DEFAULT_DEADLINE_DAYS, self.closed)

    def between(self, a: date, b: date) -> int:
        ia, ib = self._index(a), self._index(b)
        if ia is None or ib is None:
            return working_days_between(a, b, self.closed)
        return self.number[ib] - self.number[ia]


_DAY = operator.attrgetter("day")


def _on(meeting: MeetingFacts) -> date:
    """The day of a meeting the counter keeps: those without one are left out from the start."""
    assert meeting.day is not None
    return meeting.day


def _one_per_child(items: list) -> list:
    seen: dict[int, object] = {}
    for item in items:
        seen.setdefault(item.case_id, item)
    return list(seen.values())


def _contact_kept(start: date, stop: date, contacts: tuple[date, ...], every_days: int) -> bool:
    """No stretch of the wait – from its start, between contacts, up to its end – longer than agreed."""
    marks = [start, *sorted(c for c in contacts if start < c <= stop), stop]
    return all((b - a).days <= every_days for a, b in zip(marks, marks[1:], strict=False))

