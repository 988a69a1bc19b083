"""How long a closed case is kept: the date it is due for deletion (the user decides; the app never
deletes by itself)."""
from __future__ import annotations

import calendar
from datetime import date

from kitdesk.domain.refusal import Refusal, message

DEFAULT_MONTHS = 12
MIN_MONTHS, MAX_MONTHS = 1, 120
BAD_MONTHS = message("retention.months", "Skriv et antal måneder mellem {low} og {high}.",
                     "Write a number of months between {low} and {high}.")


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when it has no such day (31.01 + 1 → 28.02)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def due_on(closed_on: date, months: int) -> date:
    """The first day a case closed on `closed_on` has been kept for `months` months."""
    return add_months(closed_on, months)


def parse_months(text: str) -> int:
    """The stored setting as a number of months; a Refusal if it is not one."""
    try:
        months = int(str(text).strip())
    except ValueError:
        raise Refusal(BAD_MONTHS, low=MIN_MONTHS, high=MAX_MONTHS) from None
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise Refusal(BAD_MONTHS, low=MIN_MONTHS, high=MAX_MONTHS)
    return months
