from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitdesk.domain.dates import (
    BAD_DATE,
    TZ,
    age_on,
    fmt_date,
    fmt_date_long,
    fmt_datetime,
    fmt_time,
    from_utc_iso,
    local_today,
    parse_date,
    to_local,
    to_utc_iso,
    utc_now,
)
from kitdesk.domain.refusal import Refusal

UTC = UTC


def test_fmt_date_and_long():
    assert fmt_date(date(2026, 11, 23)) == "23.11.2026"
    assert fmt_date(date(2026, 1, 5)) == "05.01.2026"
    assert fmt_date(None) == "" and fmt_date_long(None) == ""
    assert fmt_date_long(date(2026, 11, 23)) == "23. november 2026"
    assert fmt_date_long(date(2026, 5, 1)) == "1. maj 2026"
    assert fmt_date_long(date(2026, 3, 9)) == "9. marts 2026"


def test_times_are_shown_in_copenhagen_with_a_dot():
    winter = datetime(2026, 11, 23, 9, 42, tzinfo=UTC)  # CET, +1
    summer = datetime(2026, 7, 1, 8, 5, tzinfo=UTC)  # CEST, +2
    assert fmt_time(winter) == "10.42"
    assert fmt_datetime(winter) == "23.11.2026 kl. 10.42"
    assert fmt_datetime(summer) == "01.07.2026 kl. 10.05"
    assert fmt_time(datetime(2026, 11, 23, 15, 7)) == "15.07"  # naive = already local
    assert fmt_time(None) == "" and fmt_datetime(None) == ""
    assert fmt_time(datetime(2026, 11, 23, 9, 5)) == "9.05"  # no leading zero, as in a letter


def test_date_of_an_aware_datetime_is_the_copenhagen_date():
    late_utc = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # 00.30 on 1 January locally
    assert fmt_date(late_utc) == "01.01.2027"
    assert fmt_datetime(late_utc) == "01.01.2027 kl. 0.30"


@pytest.mark.parametrize(
    "text", ["23.11.2026", "23-11-2026", "23/11/2026", "23.11.26", "2026-11-23", " 23.11.2026 "]
)
def test_parse_date_forms(text):
    assert parse_date(text) == date(2026, 11, 23)


def test_parse_date_short_forms():
    assert parse_date("1.2.2026") == date(2026, 2, 1)
    assert parse_date("01.02.85") == date(1985, 2, 1)


@pytest.mark.parametrize(
    "text",
    ["", "i morgen", "23.11-2026", "23.11.202"]
    + ["٢٣.١١.٢٠٢٦"],  # Arabic-Indic digits: \d would have let them through
)
def test_parse_date_rejects_garbage(text):
    with pytest.raises(Refusal) as info:
        parse_date(text)
    assert info.value.message_id == BAD_DATE
    assert str(info.value) == "Datoen skal skrives som dd.mm.åååå, fx 23.11.2026."


@pytest.mark.parametrize("text, message", [
    ("31.02.2015", "31.02.2015 findes ikke: februar 2015 har kun 28 dage."),
    ("29.02.2027", "29.02.2027 findes ikke: februar 2027 har kun 28 dage."),
    ("31.11.2026", "31.11.2026 findes ikke: november 2026 har kun 30 dage."),
    ("2026-13-01", "2026-13-01 findes ikke: der er kun 12 måneder. Skriv datoen som dd.mm.åååå, fx 23.11.2026."),
    ("00.05.2026", "00.05.2026 findes ikke: dagen skal være 1 eller mere."),
])
def test_a_well_written_date_not_in_the_calendar_is_said_not_to_exist(text, message):
    """Not a format error: the user wrote it the right way, and the day is not there."""
    with pytest.raises(Refusal) as info:
        parse_date(text)
    assert str(info.value) == message
    assert parse_date("29.02.2028") == date(2028, 2, 29)  # a leap year has it


def test_a_date_not_in_the_calendar_is_said_so_in_english_too():
    with pytest.raises(Refusal) as info:
        parse_date("31.02.2015")
    assert info.value.text("en") == "31.02.2015 does not exist: February 2015 has only 28 days."


def test_utc_iso_round_trip_and_shape():
    local = datetime(2026, 11, 23, 10, 42, 5, 123456, tzinfo=TZ)
    s = to_utc_iso(local)
    assert s == "2026-11-23T09:42:05.123456+00:00"
    assert from_utc_iso(s) == local
    assert from_utc_iso(s).utcoffset() == timedelta(0)
    assert from_utc_iso("2026-11-23T09:42:05Z") == datetime(2026, 11, 23, 9, 42, 5, tzinfo=UTC)
    assert from_utc_iso("2026-11-23T09:42:05").tzinfo is not None  # our storage is UTC
    with pytest.raises(ValueError):
        to_utc_iso(datetime(2026, 11, 23, 10, 42))


def test_autumn_fold_keeps_the_instant():
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02.30 summer time
    second = first + timedelta(hours=1)  # 02.30 again, winter time
    assert fmt_time(first) == fmt_time(second) == "2.30"
    assert to_utc_iso(to_local(second)) == to_utc_iso(second)


def test_now_and_today():
    now = utc_now()
    assert now.utcoffset() == timedelta(0)
    assert abs(local_today() - to_local(now).date()) <= timedelta(days=1)
    assert to_local(now).tzinfo == TZ
    assert to_local(datetime(2026, 1, 1, 12)).tzinfo == TZ


def test_age_on():
    assert age_on(date(2010, 11, 23), date(2026, 11, 22)) == 15
    assert age_on(date(2010, 11, 23), date(2026, 11, 23)) == 16
    assert age_on(date(2012, 2, 29), date(2027, 2, 28)) == 14
    assert age_on(date(2012, 2, 29), date(2027, 3, 1)) == 15
    assert age_on(date(2026, 1, 1), date(2026, 1, 1)) == 0
    with pytest.raises(ValueError):
        age_on(date(2026, 1, 2), date(2026, 1, 1))


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)))
def test_fmt_and_parse_round_trip(d):
    assert parse_date(fmt_date(d)) == d
    assert parse_date(d.isoformat()) == d


@settings(max_examples=200, deadline=None)
@given(st.datetimes(datetime(1990, 1, 1), datetime(2060, 1, 1), timezones=st.just(UTC)))
def test_utc_iso_round_trip(dt):
    s = to_utc_iso(dt)
    assert s.endswith("+00:00") and len(s) == 32
    assert from_utc_iso(s) == dt
    # Same instant, other wall clock. Compared via the string: Python calls an aware time in
    # the autumn DST fold unequal to every time in another zone (PEP 495).
    assert to_utc_iso(to_local(dt)) == s


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1900, 1, 1), date(2030, 12, 31)), st.integers(1, 110))
def test_age_grows_by_one_on_birthdays(birth, k):
    # 29.02 births have no birthday in common years; they move to 01.03 there.
    birthday = date(birth.year + k, birth.month, birth.day) if (birth.month, birth.day) != (
        2, 29
    ) else date(birth.year + k, 3, 1) - timedelta(days=1 if (birth.year + k) % 4 == 0 and (
        (birth.year + k) % 100 != 0 or (birth.year + k) % 400 == 0) else 0)
    assert age_on(birth, birthday) == k
    assert age_on(birth, birthday - timedelta(days=1)) == k - 1
