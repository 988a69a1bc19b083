"""ReportRepo reads what the app wrote: a meeting run through the real repositories becomes the
records the report counts, and the demo's history gives every figure data above the limit."""
from datetime import date, datetime, timedelta

import pytest

from kitdesk.domain.dates import TZ, local_today, to_utc_iso
from kitdesk.domain.indicators.compute import build_report, needed_ranges
from kitdesk.domain.indicators.definitions import FATES
from kitdesk.domain.indicators.measures import LIMIT, cell_text
from kitdesk.domain.indicators.period import Period, last_full_quarter
from kitdesk.domain.indicators.records import ReportData, Selection
from kitdesk.domain.meeting import Invitee
from kitdesk.domain.model import Case, Person


@pytest.fixture
def one_meeting(store):
    """A case with both contact persons, a meeting requested on Langfredag 2026 and run on the deadline
    day (13 April) with BUC, the mother, the child and the GP, an agreement followed up at a second meeting."""
    case_id = store.cases.create(Case(child_name="Testbarn Ét", birth_date=date(2012, 3, 1), school="Åskolen",
                                      municipality="Fjordby Kommune", opened_on=date(2026, 1, 5)))
    buc = store.persons.create(Person(name="Behandler", sector="buc"))
    worker = store.persons.create(Person(name="Rådgiver", sector="caseworker"))
    store.network.add(case_id, buc, "Behandler", "buc", is_contact=True)
    store.network.add(case_id, worker, "Sagsbehandler", "caseworker", is_contact=True)
    store.cases.update(case_id, {"step": 3})

    def run(requested: date, day: date, attendance: dict) -> int:
        mid = store.meetings.create(case_id, "buc", requested)
        store.meetings.update(mid, {"starts_at": datetime.combine(day, datetime.min.time(), tzinfo=TZ) + timedelta(hours=9),
                                    "ends_at": datetime.combine(day, datetime.min.time(), tzinfo=TZ) + timedelta(hours=10),
                                    "purpose": "Status", "place": "BUC"})
        store.meetings.add_item(mid, "Status")
        ids = {key: store.meetings.add_invitee(mid, Invitee(name=name, sector=sector, role_key=role, organisation=org,
                                                            is_chair=key == "buc", gp_spoken_to=sector == "gp"))
               for key, name, sector, role, org in (("buc", "Behandler", "buc", "buc_clinician", ""),
                                                    ("mother", "Mor", "family", "parent", ""),
                                                    ("child", "Testbarn Ét", "family", "child", ""),
                                                    ("gp", "Læge Lund", "gp", "gp", "Lægehuset"))}
        store.meetings.mark_sent(mid, "", list(ids.values()), "request")
        store.live.start(mid)
        for key, value in attendance.items():
            store.live.set_attendance(ids[key], value)
        return mid

    first = run(date(2026, 4, 3), date(2026, 4, 13), {"buc": "in_room", "mother": "online", "child": "in_room",
                                                      "gp": "online"})
    agreement = store.live.add_agreement(first, what="Skolen laver en plan", sector="school",
                                         deadline=date(2026, 5, 1))
    store.live.end(first)
    second = run(date(2026, 4, 20), date(2026, 4, 28), {"buc": "in_room", "mother": "absent", "child": "absent",
                                                        "gp": "declined"})
    store.live.follow_up(agreement, second, "done")
    store.live.end(second)
    return store, case_id, first, second


def _started(store, meeting_id, day):
    # The app stamps started_at with the clock; the report takes the day a meeting was run.
    store.conn.execute("UPDATE meetings SET started_at = ? WHERE id = ?",
                       [to_utc_iso(datetime.combine(day, datetime.min.time(), tzinfo=TZ).replace(hour=9)), meeting_id])


def test_an_agreement_closed_between_meetings_is_followed_up_the_day_it_was_closed(one_meeting):
    """Aftaler closes an agreement as done or dropped without a meeting: the report counts it from
    that day – done by its deadline is done on time, not open past the deadline."""
    store, case_id, first, second = one_meeting
    at = datetime(2026, 5, 4, 9, tzinfo=TZ)
    mid = store.meetings.create(case_id, "buc", date(2026, 4, 30))
    store.meetings.update(mid, {"starts_at": at, "ends_at": at + timedelta(hours=1), "purpose": "Status",
                                "place": "BUC"})
    store.meetings.add_item(mid, "Status")
    chair = store.meetings.add_invitee(mid, Invitee(name="Behandler", sector="buc", role_key="buc_clinician",
                                                    is_chair=True))
    store.meetings.mark_sent(mid, "", [chair], "request")
    store.live.start(mid)
    done = store.live.add_agreement(mid, what="Mor ringer til PPR", sector="family", deadline=date(2026, 5, 20))
    dropped = store.live.add_agreement(mid, what="Skolen sender fraværet", sector="school",
                                       deadline=date(2026, 5, 20))
    store.live.end(mid)
    _started(store, mid, date(2026, 5, 4))
    store.desk.close_agreement(done, "done")
    store.desk.close_agreement(dropped, "dropped", "Ikke længere nødvendigt")
    # The app stamps the day it was closed with the clock: here 12 May, before the deadline.
    store.conn.execute("UPDATE agreements SET updated_at = ? WHERE id = ?",
                       [to_utc_iso(datetime(2026, 5, 12, 10, tzinfo=TZ)), done])
    today = local_today()  # the dropped one was closed today, by the clock
    data = store.report.data([(date(2026, 5, 1), date(2026, 5, 31))], today)
    facts = {a.id: a for a in data.agreements}
    assert (facts[done].status, facts[done].followed_on) == ("done", date(2026, 5, 12))
    assert (facts[dropped].status, facts[dropped].followed_on) == ("dropped", today)
    r = build_report(data, Period(date(2026, 5, 1), date(2026, 5, 31)), Selection(), today)
    shares = {key: (r.figure(key).current.numerator, r.figure(key).current.denominator)
              for key in ("agreements_on_time", "agreements_overdue", "agreements_dropped")}
    assert shares == {"agreements_on_time": (1, 2), "agreements_overdue": (0, 2), "agreements_dropped": (1, 2)}


def test_the_records_of_a_meeting_run_through_the_app(one_meeting):
    store, case_id, first, second = one_meeting
    _started(store, first, date(2026, 4, 13))
    _started(store, second, date(2026, 4, 28))
    data = store.report.data([(date(2026, 4, 1), date(2026, 4, 30))], date(2026, 12, 4))
    case = next(c for c in data.cases if c.id == case_id)
    assert case.buc_contact and case.municipal_contact and case.school == "Åskolen"
    meetings = {m.id: m for m in data.meetings}
    m = meetings[first]
    assert m.day == date(2026, 4, 13) and m.requested_on == date(2026, 4, 3) and m.state == "held"
    assert m.present == {"buc", "family", "gp"} and m.child_present and m.gps_present == 1
    assert m.purpose_and_agenda and m.signed_on is None
    assert meetings[second].present == {"buc"} and not meetings[second].child_present
    [made] = [a for a in data.agreements if a.meeting_id == first]
    assert made.status == "done" and made.followed_on == date(2026, 4, 28)
    assert data.stages[case_id].step == 1 and data.stages[case_id].at(date(2030, 1, 1)) == (3, 1)
    r = build_report(data, Period.month(2026, 4), Selection(), date(2026, 12, 4))
    within = r.figure("within_deadline").current  # on the deadline day; and six working days after 20 April
    assert (within.numerator, within.denominator) == (1, 2)
    assert r.fates["on_time"].numerator == 1


def test_the_gp_fee_list_names_the_gp_and_whether_they_came(one_meeting):
    store, case_id, first, second = one_meeting
    _started(store, first, date(2026, 4, 13))
    _started(store, second, date(2026, 4, 28))
    lines = store.report.gp_participations(Period.month(2026, 4))
    assert [(p.day, p.name, p.clinic, p.attended, p.fee) for p in lines] == [
        (date(2026, 4, 13), "Læge Lund", "Lægehuset", True, True),
        (date(2026, 4, 28), "Læge Lund", "Lægehuset", False, False)]
    assert store.report.gp_participations(Period.month(2026, 5)) == []
    # The municipality that pays gets its own cases' GPs, not another's.
    april = Period.month(2026, 4)
    assert len(store.report.gp_participations(april, Selection(municipality="Fjordby Kommune"))) == 2
    assert store.report.gp_participations(april, Selection(municipality="Andeby Kommune")) == []
    assert store.report.gp_participations(april, Selection(school="Engskolen")) == []


def test_waiting_periods_and_the_contacts_kept_during_them(store):
    """Two waits registered through the app: one ended, with the contacts registered during it; one
    running, with none agreed. The report reads them as the waiting periods' own records."""
    today = local_today()
    case_id = store.cases.create(Case(child_name="Venter", opened_on=today - timedelta(days=200)))
    worker = store.persons.create(Person(name="Rådgiver", sector="caseworker"))
    first = store.waiting.start(case_id, "Udredning i BUC", today - timedelta(days=120), worker, contact_every_days=14)
    store.waiting.record_contact(first, today - timedelta(days=110))
    store.baton_log.add_note(case_id, "Talt med mor.")  # a note is not a registered contact
    store.waiting.end(first, today - timedelta(days=60))
    store.waiting.start(case_id, "Familiebehandling", today - timedelta(days=30))
    ended, running = sorted(store.report.waits(), key=lambda w: w.start)
    assert (ended.case_id, ended.start, ended.end, ended.waiting_for, ended.contact_every_days) == (
        case_id, today - timedelta(days=120), today - timedelta(days=60), "Udredning i BUC", 14)
    # The day of the contact, not the day it was written (today, after the wait had ended).
    assert ended.contacts == (today - timedelta(days=110),)
    assert (running.end, running.contact_every_days, running.contacts) == (None, None, ())
    data = ReportData(cases=store.report.cases(), waits=(ended, running))
    r = build_report(data, Period(today - timedelta(days=150), today), Selection(), today)
    kept = r.figure("wait_contact_kept").current  # 10 days, then 50 without contact: not kept
    assert (kept.numerator, kept.denominator) == (0, 1)


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    """The demo with 200 cases, as `kitdesk demo --cases 200` makes it."""
    from kitdesk.store.demo import load_demo
    from tests.support import open_store

    store = open_store(tmp_path_factory.mktemp("demo200"))
    load_demo(store, extra_cases=196)
    yield store
    store.close()


def _under_the_limit(store, today: date, period: Period | None = None) -> list[str]:
    """What "Tal til ledelsen" on `period` (as it opens: the last full quarter) shows as "< 5" or empty
    on `today`: a figure, a figure the year before, an agreements' fate."""
    period = period or last_full_quarter(today)
    r = build_report(store.report.data(needed_ranges(period), today), period, Selection(), today)
    if r.year_before is None:
        return ["no year before"]
    thin = [f"{f.definition.title}: {cell_text(f.current)}" for f in r.figures
            if f.current.empty or f.current.concealed]
    thin += [f"{f.definition.title}, året før: {cell_text(f.year_before) if f.year_before else None}"
             for f in r.figures if f.year_before is None or f.year_before.empty or f.year_before.concealed]
    thin += [f"{FATES[k]}: {cell_text(m)}" for k, m in r.fates.items() if m.numerator < LIMIT or m.concealed]
    return thin


def test_the_demo_gives_every_figure_data_above_the_limit(demo_report):
    today = local_today()
    assert _under_the_limit(demo_report, today) == []
    period = last_full_quarter(today)
    r = build_report(demo_report.report.data(needed_ranges(period), today), period, Selection(), today)
    assert 0.5 < r.figure("within_deadline").current.share < 0.95  # within and past the deadline both
    # Contact kept during most waits, not all: each contact the history registered is read back.
    assert 0.5 < r.figure("wait_contact_kept").current.share < 0.95
    assert max(len(w.contacts) for w in demo_report.report.waits()) >= 3
    # The day care takes part (children under school age), not only in Alma's meeting.
    assert r.figure("present_daycare").current.numerator_children >= LIMIT
    # Up to three years of history: meetings held in the quarter of two and a half years ago.
    back = today - timedelta(days=900)
    old = Period.quarter(back.year, (back.month - 1) // 3 + 1)
    assert build_report(demo_report.report.data(needed_ranges(old), today), old, Selection(),
                        today).figure("meetings_held").current.numerator >= 5


def test_every_quarter_of_the_demo_is_above_the_limit_even_the_day_after_it_ended(demo_report):
    """The history's floors per quarter (demo_history), on the demo loaded once: the last two full
    quarters reported on as on the day after each ended, when the figures are thinnest – its agreements
    mostly still open – and as on the last day of the next quarter. (Further back the year before
    reaches the history's first year, when fewer cases were open: not what a user opens the page on.)"""
    period = last_full_quarter(local_today())
    for _ in range(2):
        following = Period.quarter(*_next_quarter(period))
        for day in (period.end + timedelta(days=1), following.end):
            assert _under_the_limit(demo_report, min(day, local_today()), period) == [], (period, day)
        period = last_full_quarter(period.start)


def _next_quarter(period: Period) -> tuple[int, int]:
    quarter = (period.start.month - 1) // 3 + 1
    return (period.start.year + 1, 1) if quarter == 4 else (period.start.year, quarter + 1)


# The days a user may load the demo on that once left a figure under the limit, and days where the
# calendar turns (a quarter's first and last days, weekends, Christmas, New Year, Easter), then a
# day every 23 days through a year (23: the weekday moves on each time).
DEMO_DAYS = sorted({date(2027, 1, 2), date(2027, 1, 4), date(2027, 6, 15), date(2026, 12, 24), date(2027, 3, 31),
                    date(2027, 4, 1), date(2027, 3, 29), date(2027, 10, 1), date(2027, 12, 25), date(2028, 1, 1),
                    *(date(2027, 1, 7) + timedelta(days=23 * n) for n in range(16))})


@pytest.mark.slow
@pytest.mark.parametrize("today", DEMO_DAYS, ids=str)
def test_the_demo_loaded_on_any_day_gives_every_figure_data_above_the_limit(tmp_path, today):
    """A new user who loads the demo (`kitdesk demo --cases 200`) and opens the report sees every figure
    of the last full quarter and of the year before filled, whatever day it is."""
    from kitdesk.store.demo import load_demo
    from tests.support import open_store

    store = open_store(tmp_path)
    try:
        load_demo(store, extra_cases=196, today=today)
        assert _under_the_limit(store, today) == []
    finally:
        store.close()


def test_the_demo_history_is_the_same_every_time(tmp_path):
    from kitdesk.store.demo import load_demo
    from tests.support import open_store

    def facts(folder):
        store = open_store(folder)
        load_demo(store, extra_cases=20)
        rows = store.conn.execute("SELECT case_id, state, requested_on, form FROM meetings ORDER BY id").fetchall()
        agreements = store.conn.execute("SELECT what, deadline, status FROM agreements ORDER BY id").fetchall()
        store.close()
        return rows, agreements

    assert facts(tmp_path / "a") == facts(tmp_path / "b")


def test_a_signed_demo_plan_is_a_real_plan_version(demo_report):
    meeting_id = demo_report.conn.execute(
        "SELECT m.id FROM meetings m JOIN cases c ON c.id = m.case_id WHERE m.state = 'signed' "
        "AND c.id > 4 ORDER BY m.id LIMIT 1").fetchone()[0]
    version = demo_report.plans.latest_signed(meeting_id)
    from kitdesk.domain.plan import fingerprint

    assert version.content is not None and fingerprint(version.content) == version.fingerprint
    assert version.content.signed_on <= local_today().isoformat()


def test_a_report_on_a_database_upgraded_from_the_step_before(tmp_path):
    """schema9.sqlite3 (before m011_report) upgraded: the report's named indexes are there and every
    query of the report and the GP fee list runs on the demo's meetings."""
    from tests.store.test_migrations import open_upgraded

    store = open_upgraded("m009_screen_walk", tmp_path)
    try:
        today = local_today()
        data = store.report.data([(today - timedelta(days=400), today)], today)
        assert data.meetings and data.cases and data.waits
        r = build_report(data, Period(today - timedelta(days=400), today), Selection(), today)
        assert r.figure("meetings_held").current.numerator >= 1
        store.report.gp_participations(Period.year(today.year))
    finally:
        store.upgraded.close()
