"""CPR checks. Every number here is fictitious: built from round dates and computed serials."""

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kitdesk.domain.cpr import (
    MSG_DATE,
    MSG_DIGITS,
    MSG_EMPTY,
    MSG_MOD11,
    check_cpr,
    cpr_matches_birth_date,
    mask_cpr,
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def weighted(digits: str) -> int:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11


def with_check_digit(ddmmyy: str, first3: str) -> str:
    """A fictitious number that passes mod 11 ."""
    for last in "0123456789":
        if weighted(ddmmyy + first3 + last) == 0:
            return ddmmyy + first3 + last
    raise AssertionError("no check digit fits; choose other digits")


def failing_mod11(ddmmyy: str, first3: str) -> str:
    for last in "0123456789":
        if weighted(ddmmyy + first3 + last) != 0:
            return ddmmyy + first3 + last
    raise AssertionError


# The official table, written out independently of the implementation: digit 7 -> (limit, low, high)
CENTURY_TABLE = {
    **{d: (99, 1900, 1900) for d in (0, 1, 2, 3)},
    4: (36, 2000, 1900),
    9: (36, 2000, 1900),
    **{d: (57, 2000, 1800) for d in (5, 6, 7, 8)},
}


def expected_year(digit7: int, yy: int) -> int:
    limit, low, high = CENTURY_TABLE[digit7]
    return (low if yy <= limit else high) + yy


def test_plain_and_hyphenated_and_spaced_give_same_result():
    n = with_check_digit("010101", "123")
    forms = [n, f"{n[:6]}-{n[6:]}", f"  {n[:6]} - {n[6:]} ", " ".join(n)]
    checks = [check_cpr(f) for f in forms]
    assert all(c.valid and c.warning is None and c.error is None for c in checks)
    assert {c.normalized for c in checks} == {f"{n[:6]}-{n[6:]}"}
    assert checks[0].birth_date == date(1901, 1, 1)


def test_empty_text_is_not_valid():
    for text in ("", "   ", "\t"):
        c = check_cpr(text)
        assert (c.valid, c.error, c.normalized, c.birth_date) == (False, MSG_EMPTY, None, None)


@pytest.mark.parametrize(
    "text",
    ["123", "01010112345", "010101-123", "01O101-1234", "٠١٠١٠١١٢٣٤", "0101-011234", "abc"],
)
def test_wrong_shape_needs_ten_digits(text):
    c = check_cpr(text)
    assert not c.valid and c.error == MSG_DIGITS and c.normalized is None


@pytest.mark.parametrize("head", ["320101", "001001", "011301", "010000", "310401"])
def test_impossible_dates_are_errors(head):
    c = check_cpr(head + "1234")
    assert not c.valid and c.error == MSG_DATE and c.birth_date is None


def test_leap_day_depends_on_century():
    # 29.02.00 exists in 2000 (digit 4) but not in 1900 (digit 0).
    assert check_cpr(with_check_digit("290200", "400")).birth_date == date(2000, 2, 29)
    assert check_cpr("2902000001").error == MSG_DATE


@pytest.mark.parametrize(
    ("head", "digit7", "year"),
    [
        ("010101", "0", 1901), ("010199", "3", 1999),
        ("010136", "4", 2036), ("010137", "4", 1937),
        ("010157", "5", 2057), ("010158", "8", 1858),
        ("010136", "9", 2036), ("010137", "9", 1937),
    ],
)
def test_century_rule_examples(head, digit7, year):
    c = check_cpr(head + digit7 + "000")
    assert c.valid and c.birth_date == date(year, 1, 1)


def test_failed_mod11_is_only_a_warning():
    n = failing_mod11("010101", "123")
    c = check_cpr(n)
    assert c.valid and c.error is None and c.warning == MSG_MOD11
    assert c.birth_date == date(1901, 1, 1)


def test_mask_hides_serial():
    assert mask_cpr("230115-4321") == "230115-****"
    assert mask_cpr("2301154321") == "230115-****"
    with pytest.raises(ValueError):
        mask_cpr("2301")


def test_matches_birth_date():
    n = check_cpr(with_check_digit("010110", "400")).normalized
    assert cpr_matches_birth_date(n, date(2010, 1, 1))
    assert not cpr_matches_birth_date(n, date(1910, 1, 1))
    assert not cpr_matches_birth_date(n, None)
    assert not cpr_matches_birth_date("garbage", date(2010, 1, 1))


# --- properties ---------------------------------------------------------------------------


@st.composite
def cpr_for_date(draw):
    born = draw(st.dates(date(1858, 1, 1), date(2057, 12, 31)))
    yy = born.year % 100
    digits7 = [d for d in range(10) if expected_year(d, yy) == born.year]
    assume(digits7)
    digit7 = draw(st.sampled_from(digits7))
    rest = draw(st.text("0123456789", min_size=3, max_size=3))
    head = f"{born.day:02d}{born.month:02d}{yy:02d}"
    return born, head + str(digit7) + rest


@settings(max_examples=200, deadline=None)
@given(cpr_for_date(), st.booleans())
def test_any_valid_number_gives_its_birth_date(case, hyphen):
    born, digits = case
    text = f"{digits[:6]}-{digits[6:]}" if hyphen else digits
    c = check_cpr(text)
    assert c.valid and c.error is None
    assert c.birth_date == born
    assert c.normalized == f"{digits[:6]}-{digits[6:]}"
    assert (c.warning is None) == (weighted(digits) == 0)
    assert cpr_matches_birth_date(c.normalized, born)


@settings(max_examples=200, deadline=None)
@given(cpr_for_date())
def test_mask_never_reveals_serial(case):
    _, digits = case
    masked = mask_cpr(check_cpr(digits).normalized)
    assert masked == digits[:6] + "-****"
    assert digits[6:] not in masked.replace(digits[:6], "")


@settings(max_examples=200, deadline=None)
@given(cpr_for_date())
def test_valid_date_failing_mod11_is_valid_with_warning(case):
    _, digits = case
    assume(weighted(digits) != 0)
    c = check_cpr(digits)
    assert c.valid and c.error is None and c.warning == MSG_MOD11


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=14))
def test_never_raises_and_is_consistent(text):
    c = check_cpr(text)
    assert c.valid == (c.error is None)
    assert (c.normalized is None) == (not c.valid) == (c.birth_date is None)
