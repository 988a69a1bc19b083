"""Selvevaluering's figures on constructed data with known answers (kitdesk.domain.indicators)."""
from datetime import date

import pytest

from kitdesk.domain.indicators.compute import build_report, needed_ranges
from kitdesk.domain.indicators.measures import HIDDEN, cell_lines, cell_text, export_cells
from kitdesk.domain.indicators.period import Period, last_full_quarter, trend
from kitdesk.domain.indicators.records import (
    ALL,
    AgreementFacts,
    CaseFacts,
    MeetingFacts,
    ReportData,
    Selection,
    StageFacts,
    WaitFacts,
)
from kitdesk.domain.refusal import Refusal

TODAY = date(2026, 12, 4)
Q2 = Period.quarter(2026, 2)  # April–June 2026: Easter is 5 April 2026


def cases(n, **fields):
    return [CaseFacts(i, municipality=fields.get("municipality", "Fjordby Kommune"), school=fields.get("school", ""),
                      opened_on=date(2025, 1, 1), buc_contact=fields.get("buc", True), municipal_contact=True,
                      sectors=frozenset(fields.get("sectors", {"buc", "caseworker"})))
            for i in range(1, n + 1)]


def held(mid, case_id, day, requested=None, **fields):
    return MeetingFacts(mid, case_id, fields.pop("state", "signed"), day, requested, **fields)


def report(data, period=Q2, selection=ALL):
    return build_report(data, period, selection, TODAY)


# -- periods -----------------------------------------------------------------------------------------------

def test_period_names_and_the_year_before():
    assert Period.month(2026, 3).label == "marts 2026"
    assert Q2.label == "2. kvartal 2026" and Q2.start == date(2026, 4, 1) and Q2.end == date(2026, 6, 30)
    assert Period.year(2026).label == "2026"
    assert Period.between(date(2026, 4, 1), date(2026, 6, 30)) == Q2
    assert Period.between(date(2026, 3, 5), date(2026, 5, 1)).label == "05.03.2026–01.05.2026"
    assert Period.month(2024, 2).year_before() == Period.month(2023, 2)  # 29 → 28 February
    assert Period.between(date(2024, 2, 29), date(2024, 3, 10)).year_before().start == date(2023, 2, 28)
    assert last_full_quarter(date(2026, 2, 10)) == Period.quarter(2025, 4)
    with pytest.raises(Refusal) as refused:
        Period(date(2026, 2, 1), date(2026, 1, 1))
    assert str(refused.value) == "Periodens sidste dag (01.01.2026) ligger før den første (01.02.2026). Byt om på dem."
    assert refused.value.text("en").startswith("The period's last day (01.01.2026)")


def test_charts_show_months_quarters_or_the_twelve_months_up_to_a_short_period():
    assert [p.short_label for p in trend(Q2)] == ["apr 26", "maj 26", "jun 26"]
    assert len(trend(Period.year(2026))) == 12
    assert [p.kind for p in trend(Period.between(date(2024, 1, 1), date(2026, 6, 30)))] == ["quarter"] * 10
    months = trend(Period.month(2026, 3))
    assert months[0] == Period.month(2025, 4) and months[-1] == Period.month(2026, 3) and len(months) == 12


def test_the_days_needed_are_the_year_before_and_the_period_with_its_charts():
    assert needed_ranges(Q2) == [(date(2025, 4, 1), date(2025, 6, 30)), (date(2026, 4, 1), date(2026, 6, 30))]
    month = Period.month(2026, 3)
    assert needed_ranges(month) == [(date(2025, 3, 1), date(2026, 3, 31))]


# -- the five working days -------------------------------------------------------------------------------------

def test_a_request_on_the_friday_before_easter_and_a_meeting_on_the_deadline_day():
    """Langfredag 3 April 2026 is itself a holiday; Easter Monday too: the five working days are
    7, 8, 9, 10 and 13 April. A meeting on the 13th is on time, one on the 14th is not."""
    good_friday = date(2026, 4, 3)
    meetings = [held(1, 1, date(2026, 4, 13), good_friday), held(2, 2, date(2026, 4, 14), good_friday),
                held(3, 3, date(2026, 4, 10), date(2026, 4, 2)),  # Skærtorsdag: 7, 8, 9, 10 → day 4
                held(4, 4, date(2026, 5, 11), date(2026, 5, 4)),  # Monday to Monday: 5 working days, on the day
                held(5, 5, date(2026, 5, 19), date(2026, 5, 4))]  # 10 working days (Kristi himmelfart 14.5)
    r = report(ReportData(cases=tuple(cases(5)), meetings=tuple(meetings)))
    within = r.figure("within_deadline").current
    assert (within.numerator, within.denominator) == (3, 5)
    assert cell_text(within) == "< 5 af 5"  # three children on time: fewer than five
    days = r.figure("days_to_meeting").current
    assert sorted([5, 6, 4, 5, 10])[2] == days.value == 5
    assert cell_text(days, "arbejdsdage") == "5 arbejdsdage"


def test_a_cancelled_meeting_is_not_held_but_counts_among_the_cancelled():
    meetings = [held(i, i, date(2026, 5, 4 + i), date(2026, 5, 1)) for i in range(1, 6)]
    meetings.append(MeetingFacts(9, 1, "cancelled", date(2026, 5, 20), date(2026, 5, 15)))
    meetings.append(MeetingFacts(10, 2, "invited", date(2026, 6, 2), date(2026, 5, 28)))  # not yet held: neither
    r = report(ReportData(cases=tuple(cases(5)), meetings=tuple(meetings)))
    assert r.figure("meetings_held").current.numerator == 5
    cancelled = r.figure("meetings_cancelled").current
    assert (cancelled.numerator, cancelled.denominator) == (1, 6)
    # One child behind the numerator: hidden – and the 6 planned with it, or 6 − 5 held would say 1.
    assert cell_text(cancelled) == HIDDEN
    assert r.figure("within_deadline").current.denominator == 5


def test_a_case_with_no_buc_contact_person():
    data = ReportData(cases=tuple(cases(6) + [CaseFacts(7, opened_on=date(2026, 1, 1), municipal_contact=True)]))
    measure = report(data).figure("contacts_both").current
    assert (measure.numerator, measure.denominator) == (6, 7)
    closed_before = CaseFacts(8, opened_on=date(2025, 1, 1), closed_on=date(2026, 3, 31))
    data = ReportData(cases=data.cases + (closed_before,))
    assert report(data).figure("contacts_both").current.denominator == 7  # closed before the period: not counted


# -- small numbers -------------------------------------------------------------------------------------------------

def test_fewer_than_five_children_show_less_than_five():
    four = [held(i, i, date(2026, 5, 4), date(2026, 5, 1)) for i in range(1, 5)]
    r = report(ReportData(cases=tuple(cases(4)), meetings=tuple(four)))
    for key in ("meetings_held", "within_deadline", "days_to_meeting", "family_present"):
        assert cell_text(r.figure(key).current, r.figure(key).definition.unit) == HIDDEN, key
    assert export_cells(r.figure("within_deadline").current) == (HIDDEN, HIDDEN, HIDDEN, "")
    # Eight meetings of four children are still four children.
    eight = four + [held(10 + i, i, date(2026, 5, 20), date(2026, 5, 18)) for i in range(1, 5)]
    assert cell_text(report(ReportData(cases=tuple(cases(4)), meetings=tuple(eight))).figure(
        "meetings_held").current) == HIDDEN


def test_a_numerator_of_one_to_four_children_is_hidden_zero_is_shown():
    meetings = [held(i, i, date(2026, 5, 4), date(2026, 5, 1), child_present=i <= 2) for i in range(1, 11)]
    r = report(ReportData(cases=tuple(cases(10)), meetings=tuple(meetings)))
    child = r.figure("child_present").current
    assert cell_text(child) == "< 5 af 10" and child.share is None and cell_lines(child) == (HIDDEN, "af 10")
    gp = r.figure("gp_participations").current
    assert cell_text(gp) == "0"
    family = r.figure("family_present").current
    assert cell_text(family) == "0 af 10 – 0 %"


# -- meetings: exchanges, agenda, participation, plans -----------------------------------------------------------------

def test_exchange_before_the_meeting_within_thirty_days_meeting_day_included():
    day = date(2026, 5, 20)
    meetings = [held(i, i, day, date(2026, 5, 15)) for i in range(1, 7)]
    exchanges = {1: (date(2026, 4, 20),),  # 30 days before: counts
                 2: (date(2026, 4, 19),),  # 31 days: does not
                 3: (day,),  # the meeting day: counts
                 4: (date(2026, 5, 21),),  # after: does not
                 5: (date(2026, 1, 1), date(2026, 5, 10))}
    r = report(ReportData(cases=tuple(cases(6)), meetings=tuple(meetings), exchanges=exchanges))
    measure = r.figure("exchange_before").current
    assert (measure.numerator, measure.denominator) == (3, 6)


def test_participation_plans_and_the_family_copy():
    day = date(2026, 5, 20)
    meetings = []
    for i in range(1, 11):
        meetings.append(held(i, i, day, date(2026, 5, 15), purpose_and_agenda=i != 10,
                             invited=frozenset({"buc", "caseworker", "school", "family", "gp"}),
                             present=frozenset({"buc", "family"} | ({"school"} if i <= 6 else set())
                                               | ({"gp"} if i <= 5 else set())),
                             child_present=i <= 5, gps_present=1 if i <= 5 else 0,
                             signed_on=date(2026, 5, 20 + i) if i <= 8 else None, family_copy=i <= 6,
                             state="signed" if i <= 8 else "held"))
    r = report(ReportData(cases=tuple(cases(10)), meetings=tuple(meetings)))
    assert cell_text(r.figure("purpose_agenda").current) == "9 af 10 – 90 %"
    assert cell_text(r.figure("family_present").current) == "10 af 10 – 100 %"
    assert cell_text(r.figure("child_present").current) == "5 af 10 – 50 %"
    assert cell_text(r.figure("present_school").current) == "6 af 10 – 60 %"
    assert cell_text(r.figure("present_caseworker").current) == "0 af 10 – 0 %"
    assert r.figure("gp_participations").current.numerator == 5
    assert cell_text(r.figure("plans_signed").current) == "8 af 10 – 80 %"
    assert r.figure("days_to_plan").current.value == 4.5  # 1..8 days: the median is 4.5
    assert cell_lines(r.figure("days_to_plan").current, "dage") == ("4,5 dage", "median af 8")
    assert cell_text(r.figure("plan_to_family").current) == "6 af 8 – 75 %"
    assert all(not f.definition.key == "present_daycare" for f in r.figures)  # never invited: no line


# -- agreements ------------------------------------------------------------------------------------------------------------

def test_agreements_done_on_time_late_overdue_dropped_and_continued():
    day = date(2026, 5, 4)
    meetings = [held(i, i, day, date(2026, 4, 28)) for i in range(1, 6)]
    deadline = date(2026, 6, 1)
    agreements = [
        AgreementFacts(1, 1, 1, deadline, status="done", followed_on=date(2026, 6, 1)),  # on the deadline day
        AgreementFacts(2, 2, 2, deadline, status="done", followed_on=date(2026, 6, 2)),  # a day late
        AgreementFacts(3, 3, 3, deadline),  # open, deadline passed: overdue today
        AgreementFacts(4, 4, 4, deadline, status="dropped", followed_on=date(2026, 5, 20)),
        AgreementFacts(5, 5, 5, None, ongoing=True, status="done", followed_on=date(2026, 9, 1)),  # no deadline
        AgreementFacts(6, 1, 1, deadline, status="continued", followed_on=date(2026, 5, 25)),
        AgreementFacts(7, 1, 99, deadline, status="done", followed_on=date(2026, 5, 30), carried_from_id=6),
        AgreementFacts(8, 2, 2, date(2027, 1, 10)),  # open, not yet due
    ]
    r = report(ReportData(cases=tuple(cases(5)), meetings=tuple(meetings), agreements=tuple(agreements)))
    assert r.figure("agreements_made").current.numerator == 7  # the continuation counts with its original
    fates = {key: m.numerator for key, m in r.fates.items()}
    assert fates == {"on_time": 3, "late": 1, "overdue": 1, "dropped": 1, "open": 1}
    assert r.figure("agreements_on_time").current.numerator == 3


# -- waiting -------------------------------------------------------------------------------------------------------------------

def test_waits_median_longest_and_contact_kept():
    waits = [WaitFacts(1, date(2026, 6, 1), None, contact_every_days=30, contacts=(date(2026, 6, 20),)),
             WaitFacts(2, date(2026, 5, 1), date(2026, 5, 31), contact_every_days=30, contacts=(date(2026, 5, 20),)),
             WaitFacts(3, date(2026, 3, 1), None, contact_every_days=30, contacts=(date(2026, 3, 15),)),
             WaitFacts(4, date(2026, 4, 1), date(2026, 4, 11), contact_every_days=30),
             WaitFacts(5, date(2026, 1, 1), date(2026, 3, 31), contact_every_days=30),  # ended before the period
             WaitFacts(6, date(2026, 6, 10), None, contact_every_days=30),
             WaitFacts(7, date(2026, 7, 1), None, contact_every_days=30)]  # began after it
    r = report(ReportData(cases=tuple(cases(7)), waits=tuple(waits)))
    assert r.figure("children_waiting").current.numerator == 5
    # Lengths to the end of the period (30 June): 29, 30, 121, 10, 20 → median 29, longest 121.
    assert r.figure("wait_median").current.value == 29
    assert r.figure("wait_longest").current.value == 121
    kept = r.figure("wait_contact_kept").current  # 3 went 107 days without contact
    assert (kept.numerator, kept.denominator) == (4, 5)


# -- trin and niveau ----------------------------------------------------------------------------------------------------------

def test_trin_and_niveau_at_the_start_and_at_the_end_of_the_period():
    stages = {1: StageFacts(1, 2, 1, ((date(2026, 5, 1), "step", 3),)),
              2: StageFacts(2, 2, 2, ((date(2026, 8, 1), "step", 3),)),  # after the period: not yet
              3: StageFacts(3, 3, 1, ((date(2026, 2, 1), "level", 2),)),
              4: StageFacts(4, 1, 1), 5: StageFacts(5, 4, 3)}
    r = report(ReportData(cases=tuple(cases(5)), stages=stages))
    step, level = r.figure("step_moved").current, r.figure("level_moved").current
    assert (step.numerator, step.denominator, level.numerator) == (1, 5, 1)
    starts = {value: (start.numerator, end.numerator) for value, start, end in r.steps}
    assert starts == {1: (1, 1), 2: (2, 1), 3: (1, 2), 4: (1, 1)}


# -- the selection and the year before ------------------------------------------------------------------------------------------

def test_a_selection_counts_only_its_cases():
    school = [CaseFacts(i, school="Åskolen", opened_on=date(2025, 1, 1), sectors=frozenset({"ppr"})) for i in (1, 2)]
    other = [CaseFacts(i, school="Engskolen", opened_on=date(2025, 1, 1)) for i in (3, 4, 5)]
    meetings = [held(i, i, date(2026, 5, 4), date(2026, 5, 1)) for i in range(1, 6)]
    data = ReportData(cases=tuple(school + other), meetings=tuple(meetings))
    assert report(data, selection=Selection(school="Åskolen")).figure("meetings_held").current.numerator == 2
    assert report(data, selection=Selection(sector="ppr")).cases.numerator == 2
    assert report(data, selection=Selection(municipality="Andeby")).cases.numerator == 0
    assert Selection(school="Åskolen", sector="ppr").label == "Skole/dagtilbud: Åskolen · Sektor i netværket: Kommune – PPR"


def test_no_year_before_without_data_that_far_back():
    young = [CaseFacts(i, opened_on=date(2026, 1, 1)) for i in range(1, 6)]
    r = report(ReportData(cases=tuple(young)))
    assert r.year_before is None and all(f.year_before is None for f in r.figures)
    old = report(ReportData(cases=tuple(cases(5))))
    assert old.year_before == Period.quarter(2025, 2)
    assert old.figure("contacts_both").year_before is not None
    assert old.figure("children_waiting").year_before is None  # no wait recorded that far back


# -- secondary suppression: nothing hidden found by subtraction ---------------------------------------------------

def _meetings_per_month(counts: dict[int, int], **fields):
    """Meetings held in Q2 2026, one child each: {month: how many}."""
    out, mid = [], 0
    for month, n in counts.items():
        for _ in range(n):
            mid += 1
            out.append(held(mid, mid, date(2026, month, 10), date(2026, month, 6), **fields))
    return out


def test_one_hidden_month_takes_the_next_smallest_with_it():
    """April 3, May 6, June 9 meetings (18 in the quarter): April alone hidden would be 18 − 6 − 9."""
    meetings = _meetings_per_month({4: 3, 5: 6, 6: 9})
    r = report(ReportData(cases=tuple(cases(18)), meetings=tuple(meetings)))
    held_figure = r.figure("meetings_held")
    assert cell_text(held_figure.current) == "18"
    assert [cell_text(m) for m in held_figure.trend] == [HIDDEN, HIDDEN, "9"]
    # Shares too: the months' denominators add up to the quarter's.
    assert [cell_text(m) for m in r.figure("within_deadline").trend] == [HIDDEN, HIDDEN, "9 af 9 – 100 %"]
    # Nothing hidden: nothing more is hidden; two hidden already only give away their sum.
    plain = report(ReportData(cases=tuple(cases(21)), meetings=tuple(_meetings_per_month({4: 5, 5: 7, 6: 9}))))
    assert [cell_text(m) for m in plain.figure("meetings_held").trend] == ["5", "7", "9"]
    two = report(ReportData(cases=tuple(cases(16)), meetings=tuple(_meetings_per_month({4: 3, 5: 4, 6: 9}))))
    assert [cell_text(m) for m in two.figure("meetings_held").trend] == [HIDDEN, HIDDEN, "9"]


def test_a_month_before_the_period_is_no_part_of_its_sum():
    """A month's report shows the twelve months up to it: only the month itself adds up to the figure."""
    meetings = _meetings_per_month({4: 3, 5: 6, 6: 9})
    r = report(ReportData(cases=tuple(cases(18)), meetings=tuple(meetings)), period=Period.month(2026, 6))
    assert [cell_text(m) for m in r.figure("meetings_held").trend[-3:]] == [HIDDEN, "6", "9"]


def test_one_hidden_fate_takes_the_next_smallest_with_it():
    """Twenty agreements of twenty children: 12 on time, 6 late, 2 dropped – the dropped hidden alone
    would be 20 − 12 − 6."""
    meetings = [held(i, i, date(2026, 5, 4), date(2026, 4, 28)) for i in range(1, 21)]
    fates = ["done"] * 12 + ["late"] * 6 + ["dropped"] * 2
    agreements = [AgreementFacts(i, i, i, date(2026, 6, 1), status="done" if f == "late" else f,
                                 followed_on=date(2026, 6, 10) if f == "late" else date(2026, 5, 20))
                  for i, f in enumerate(fates, start=1)]
    r = report(ReportData(cases=tuple(cases(20)), meetings=tuple(meetings), agreements=tuple(agreements)))
    assert cell_text(r.figure("agreements_made").current) == "20"
    shown = {key: cell_text(m) for key, m in r.fates.items()}
    assert shown == {"on_time": "12 af 20 – 60 %", "late": HIDDEN, "open": "0 af 20 – 0 %", "overdue": "0 af 20 – 0 %",
                     "dropped": "< 5 af 20"}
    assert cell_text(r.figure("agreements_late").current) == HIDDEN  # the table says what the chart says


def test_one_hidden_trin_takes_the_next_smallest_with_it():
    stages = {i: StageFacts(i, 1 if i <= 3 else 2 if i <= 9 else 3, 1) for i in range(1, 21)}
    r = report(ReportData(cases=tuple(cases(20)), stages=stages))
    assert [(cell_text(start), cell_text(end)) for _, start, end in r.steps] == [
        (HIDDEN, HIDDEN), (HIDDEN, HIDDEN), ("11", "11"), ("0", "0")]
