from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitdesk.domain.refusal import Refusal
from kitdesk.domain.workdays import (
    DEFAULT_EXTRA_CLOSED,
    add_working_days,
    closed_days,
    deadline_status_text,
    format_extra_closed,
    is_working_day,
    next_working_day,
    normalize_extra_closed,
    parse_extra_closed,
    working_days_between,
)

D = date


# --- closed days ----------------------------------------------------------------------------


def test_store_bededag_abolished_from_2024():
    assert closed_days(2023)[D(2023, 5, 5)].lower() == "store bededag"
    assert not any("bededag" in name.lower() for name in closed_days(2024).values())
    assert is_working_day(D(2024, 4, 26))  # would have been Store Bededag


def test_closed_days_2026_names():
    days = closed_days(2026)
    assert days[D(2026, 4, 2)] == "Skærtorsdag"
    assert days[D(2026, 4, 3)] == "Langfredag"
    assert days[D(2026, 4, 6)] == "Anden påskedag"
    assert days[D(2026, 12, 24)] == "Juleaftensdag"
    assert days[D(2026, 12, 31)] == "Nytårsaftensdag"
    assert days[D(2026, 6, 5)] == "Grundlovsdag"
    assert days[D(2026, 12, 25)] == "Juledag"


def test_extras_can_be_removed_and_added():
    assert D(2026, 12, 24) not in closed_days(2026, ())
    assert is_working_day(D(2026, 12, 24), extra_closed=())
    assert not is_working_day(D(2026, 12, 24))
    assert not is_working_day(D(2026, 6, 5))  # Grundlovsdag, a Friday in 2026
    extra = ("12-24", D(2026, 12, 28), "2026-12-29")
    days = closed_days(2026, extra)
    assert days[D(2026, 12, 28)] == "Lukkedag" and days[D(2026, 12, 29)] == "Lukkedag"
    assert D(2027, 12, 28) not in closed_days(2027, extra)  # one-off dates don't recur
    assert D(2027, 12, 24) in closed_days(2027, extra)


def test_public_holiday_keeps_its_name_when_also_listed():
    assert closed_days(2026, ("12-25",))[D(2026, 12, 25)] == "Juledag"


def test_leap_day_extra_in_common_year_is_skipped():
    assert D(2028, 2, 29) in closed_days(2028, ("02-29",))
    assert closed_days(2027, ("02-29",)) == closed_days(2027, ())


def test_closed_days_returns_a_copy():
    closed_days(2026)[D(2026, 3, 3)] = "x"
    assert D(2026, 3, 3) not in closed_days(2026)


# --- the deadline -----------------------------------------------------------------------------


def test_five_working_days_from_monday():
    assert add_working_days(D(2026, 11, 23)) == D(2026, 11, 30)
    assert add_working_days(D(2026, 11, 23), 0) == D(2026, 11, 23)
    assert add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Friday -> Monday
    assert add_working_days(D(2026, 11, 28), 1) == D(2026, 11, 30)  # request on a Saturday
    with pytest.raises(ValueError):
        add_working_days(D(2026, 11, 23), -1)


def test_easter_2026_skipped():
    # Skærtorsdag 02.04, Langfredag 03.04, Anden påskedag 06.04.
    assert add_working_days(D(2026, 4, 1), 1) == D(2026, 4, 7)
    assert add_working_days(D(2026, 3, 30)) == D(2026, 4, 9)
    for d in (D(2026, 4, 2), D(2026, 4, 3), D(2026, 4, 6)):
        assert not is_working_day(d)


def test_christmas_2026():
    # 24.12.2026 is a Thursday; 25.12 Friday; 31.12 Thursday; 01.01.2027 Friday.
    assert add_working_days(D(2026, 12, 21)) == D(2026, 12, 30)
    assert add_working_days(D(2026, 12, 21), 6) == D(2027, 1, 4)
    assert add_working_days(D(2026, 12, 23), 1) == D(2026, 12, 28)
    # Without the municipal extras 24.12 and 31.12 count.
    assert add_working_days(D(2026, 12, 23), 1, extra_closed=()) == D(2026, 12, 24)
    assert add_working_days(D(2026, 12, 21), 5, extra_closed=()) == D(2026, 12, 29)


def test_working_days_between():
    assert working_days_between(D(2026, 11, 23), D(2026, 11, 30)) == 5
    assert working_days_between(D(2026, 11, 30), D(2026, 11, 23)) == -5
    assert working_days_between(D(2026, 11, 23), D(2026, 11, 23)) == 0
    assert working_days_between(D(2026, 11, 27), D(2026, 11, 29)) == 0  # only a weekend
    assert next_working_day(D(2026, 12, 24)) == D(2026, 12, 28)
    assert next_working_day(D(2026, 12, 22)) == D(2026, 12, 22)


@pytest.mark.parametrize(
    ("today", "deadline", "text"),
    [
        (D(2026, 11, 30), D(2026, 11, 30), "i dag"),
        (D(2026, 11, 27), D(2026, 11, 30), "om 1 arbejdsdag"),  # over a weekend
        (D(2026, 11, 25), D(2026, 11, 30), "om 3 arbejdsdage"),
        (D(2026, 11, 23), D(2026, 11, 30), "om 5 arbejdsdage"),
        (D(2026, 12, 1), D(2026, 11, 30), "overskredet med 1 arbejdsdag"),
        (D(2026, 12, 2), D(2026, 11, 30), "overskredet med 2 arbejdsdage"),
        (D(2026, 11, 28), D(2026, 11, 27), "overskredet"),  # Saturday after a Friday deadline
        (D(2026, 11, 30), D(2026, 11, 27), "overskredet med 1 arbejdsdag"),
        # A deadline on a closed day runs to the next working day.
        (D(2026, 11, 27), D(2026, 11, 28), "om 1 arbejdsdag"),
        (D(2026, 11, 29), D(2026, 11, 28), "om 1 arbejdsdag"),
        (D(2026, 12, 23), D(2026, 12, 24), "om 1 arbejdsdag"),
        (D(2026, 12, 24), D(2026, 12, 21), "overskredet med 2 arbejdsdage"),
    ],
)
def test_deadline_status_text(today, deadline, text):
    assert deadline_status_text(today, deadline) == text


def test_deadline_status_text_respects_extra_closed():
    assert deadline_status_text(D(2026, 12, 23), D(2026, 12, 24), extra_closed=()) == (
        "om 1 arbejdsdag"
    )
    assert deadline_status_text(D(2026, 12, 24), D(2026, 12, 24), extra_closed=()) == "i dag"
    assert deadline_status_text(D(2026, 12, 24), D(2026, 12, 24)) == "om 1 arbejdsdag"


# --- settings text ---------------------------------------------------------------------------


def test_parse_extra_closed():
    text = "24.12\n\n  27.12.2026 \n5/6\n24.12.\n2026-12-30\n29.02\n"
    assert parse_extra_closed(text) == ["12-24", "2026-12-27", "06-05", "2026-12-30", "02-29"]
    assert parse_extra_closed("") == []


@pytest.mark.parametrize("bad", ["32.12", "24.13", "julen", "29.02.2027", "27.12.26", "2026-W52-1"])
def test_parse_extra_closed_names_the_bad_line(bad):
    with pytest.raises(Refusal, match=rf"Linje 2: »{bad}«"):
        parse_extra_closed(f"24.12\n{bad}\n")


def test_format_and_normalize_round_trip():
    stored = ["12-24", "2026-12-27", "06-05"]
    text = format_extra_closed(stored)
    assert text == "24.12\n27.12.2026\n05.06"
    assert parse_extra_closed(text) == stored
    assert normalize_extra_closed(stored) == ("12-24", D(2026, 12, 27), "06-05")
    assert normalize_extra_closed(DEFAULT_EXTRA_CLOSED) == DEFAULT_EXTRA_CLOSED
    with pytest.raises(ValueError):
        normalize_extra_closed(["13-01"])
    days = closed_days(2026, normalize_extra_closed(stored))
    assert days[D(2026, 12, 27)] == "Lukkedag"


# --- properties ------------------------------------------------------------------------------

starts = st.dates(D(2020, 1, 1), D(2035, 12, 31))
extras = st.sampled_from([DEFAULT_EXTRA_CLOSED, (), ("12-24",), ("12-27", "2026-12-28")])


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(1, 40), extras)
def test_deadline_is_a_later_working_day(start, n, extra):
    result = add_working_days(start, n, extra)
    assert result > start
    assert is_working_day(result, extra)
    assert result.weekday() < 5
    assert result not in closed_days(result.year, extra)
    assert working_days_between(start, result, extra) == n
    assert working_days_between(result, start, extra) == -n
    # The day before the deadline has one working day fewer behind it: the result is the first.
    assert working_days_between(start, result - timedelta(days=1), extra) == n - 1


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(0, 30))
def test_fewer_closed_days_never_make_the_deadline_later(start, n):
    assert add_working_days(start, n, ()) <= add_working_days(start, n)


@settings(max_examples=200, deadline=None)
@given(starts, starts)
def test_between_is_antisymmetric_and_status_is_consistent(a, b):
    assert working_days_between(a, b) == -working_days_between(b, a)
    text = deadline_status_text(a, b)
    due = next_working_day(b)
    if a == due:
        assert text == "i dag"
    elif a < due:
        assert text.startswith("om ")
    else:
        assert text.startswith("overskredet")
