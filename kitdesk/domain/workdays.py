"""The five-working-day rule: the only place working days are counted.

A working day is Monday–Friday that is neither a Danish public holiday nor one of the
extra closed days the municipality keeps (by default 24.12, 31.12 and 5.6).

Extra closed days come in two forms: "MM-DD" (every year) or a specific date (a `date`,
or stored as "YYYY-MM-DD").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from kitdesk.domain.refusal import Refusal, message

DEFAULT_EXTRA_CLOSED: tuple[str, ...] = ("12-24", "12-31", "06-05")
DEFAULT_DEADLINE_DAYS = 5

_EXTRA_NAMES = {
    (12, 24): "Juleaftensdag",
    (12, 31): "Nytårsaftensdag",
    (6, 5): "Grundlovsdag",
}
_RECURRING = re.compile(r"^([0-9]{2})-([0-9]{2})$")
# Explicit pattern: date.fromisoformat (3.11) also takes week dates and "20261227".
_ISO = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> tuple[tuple[date, str], ...]:
    # Building the holidays table is slowish and the rule is asked day by day. Imported here, not
    # at the top: the package costs ~80 ms, and start-up does not need it.
    import holidays

    dk = holidays.country_holidays("DK", years=year, language="da")
    return tuple(sorted(dk.items()))


def _parse_item(item: str | date) -> tuple[int, int] | date:
    """(month, day) for a recurring day, a date for a one-off; ValueError otherwise."""
    if isinstance(item, date):
        return item
    text = str(item).strip()
    try:
        if m := _RECURRING.match(text):
            month, day = int(m.group(1)), int(m.group(2))
            date(2000, month, day)  # validate against a leap year so 02-29 is allowed
            return (month, day)
        if m := _ISO.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise ValueError(f"not a closed day: {text!r}")  # the settings field is read by parse_extra_closed


def closed_days(
    year: int, extra_closed: Iterable[str | date] = DEFAULT_EXTRA_CLOSED
) -> dict[date, str]:
    """Every closed day in `year` (weekends aside), mapped to its Danish name."""
    result = dict(_public_holidays(year))
    for item in extra_closed:
        parsed = _parse_item(item)
        if isinstance(parsed, date):
            if parsed.year != year:
                continue
            d = parsed
        else:
            try:
                d = date(year, *parsed)
            except ValueError:  # 29.02 in a non-leap year
                continue
        # A public holiday keeps its own name if the user also lists it.
        result.setdefault(d, _EXTRA_NAMES.get((d.month, d.day), "Lukkedag"))
    return result


@lru_cache(maxsize=256)
def _closed_set(year: int, extra: tuple) -> frozenset[date]:
    return frozenset(closed_days(year, extra))


def is_working_day(d: date, extra_closed: Iterable[str | date] = DEFAULT_EXTRA_CLOSED) -> bool:
    if d.weekday() >= 5:
        return False
    return d not in _closed_set(d.year, tuple(extra_closed))


def add_working_days(
    start: date,
    n: int = DEFAULT_DEADLINE_DAYS,
    extra_closed: Iterable[str | date] = DEFAULT_EXTRA_CLOSED,
) -> date:
    """The deadline n working days after `start`; the request day itself is not counted."""
    if n < 0:
        raise ValueError("n must not be negative")
    extra = tuple(extra_closed)
    d = start
    while n > 0:
        d += timedelta(days=1)
        if is_working_day(d, extra):
            n -= 1
    return d


def working_days_between(
    a: date, b: date, extra_closed: Iterable[str | date] = DEFAULT_EXTRA_CLOSED
) -> int:
    """Working days after a up to and including b; negative when b < a."""
    if b < a:
        return -working_days_between(b, a, extra_closed)
    extra = tuple(extra_closed)
    count = 0
    d = a
    while d < b:
        d += timedelta(days=1)
        if is_working_day(d, extra):
            count += 1
    return count


def next_working_day(d: date, extra_closed: Iterable[str | date] = DEFAULT_EXTRA_CLOSED) -> date:
    """`d` itself if it is a working day, else the first working day after it."""
    extra = tuple(extra_closed)
    while not is_working_day(d, extra):
        d += timedelta(days=1)
    return d


def _days(k: int) -> str:
    return f"{k} arbejdsdag" if k == 1 else f"{k} arbejdsdage"


def deadline_countdown(
    today: date, deadline: date, extra_closed: Iterable[str | date] = DEFAULT_EXTRA_CLOSED
) -> tuple[str, int]:
    """Where today stands against a deadline: ("today", 0), ("left", working days left) or
    ("overdue", working days over – 0 when only a weekend or holiday has gone by since)."""
    extra = tuple(extra_closed)
    # A deadline typed onto a closed day runs to the next working day (usual Danish practice).
    due = next_working_day(deadline, extra)
    if today == due:
        return "today", 0
    days = working_days_between(today, due, extra)
    return ("left", days) if today < due else ("overdue", -days)


def deadline_status_text(
    today: date, deadline: date, extra_closed: Iterable[str | date] = DEFAULT_EXTRA_CLOSED
) -> str:
    """Danish status of a deadline, e.g. "om 3 arbejdsdage" or "overskredet med 1 arbejdsdag"."""
    kind, days = deadline_countdown(today, deadline, extra_closed)
    if kind == "today":
        return "i dag"
    if kind == "left":
        return f"om {_days(days)}"
    return f"overskredet med {_days(days)}" if days else "overskredet"


# --- Settings: the user's list of extra closed days -------------------------------------

_USER_RECURRING = re.compile(r"^([0-9]{1,2})[./-]([0-9]{1,2})\.?$")
_USER_ONE_OFF = re.compile(r"^([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})$")
BAD_CLOSED_DAY = message(
    "workdays.bad_closed_day",
    "Linje {line_no}: »{line}« er ikke en gyldig dag. Skriv fx 24.12 (hvert år) eller 27.12.2026 "
    "(én bestemt dag).",
    "Line {line_no}: “{line}” is not a valid day. Write e.g. 24.12 (every year) or 27.12.2026 "
    "(one particular day).")


def parse_extra_closed(text: str) -> list[str]:
    """Parse the settings field, one day per line: "24.12" (every year) or "27.12.2026".

    Returns stored forms ("MM-DD" / "YYYY-MM-DD"), without duplicates, in typed order.
    """
    out: list[str] = []
    for lineno, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            if m := _USER_RECURRING.match(line):
                day, month = int(m.group(1)), int(m.group(2))
                date(2000, month, day)  # leap year: 29.02 is a legal recurring day
                item = f"{month:02d}-{day:02d}"
            elif m := _USER_ONE_OFF.match(line):
                item = date(int(m.group(4)), int(m.group(3)), int(m.group(1))).isoformat()
            elif m := _ISO.match(line):  # pasted ISO dates are fine too
                item = date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            else:
                raise Refusal(BAD_CLOSED_DAY, line_no=lineno, line=line)
        except ValueError:  # date() on a day that does not exist, 31.02
            raise Refusal(BAD_CLOSED_DAY, line_no=lineno, line=line) from None
        if item not in out:
            out.append(item)
    return out


def format_extra_closed(items: Iterable[str | date]) -> str:
    """The settings field text for stored items: "24.12" or "27.12.2026", one per line."""
    lines = []
    for item in items:
        parsed = _parse_item(item)
        if isinstance(parsed, date):
            lines.append(f"{parsed.day:02d}.{parsed.month:02d}.{parsed.year}")
        else:
            lines.append(f"{parsed[1]:02d}.{parsed[0]:02d}")
    return "\n".join(lines)


def normalize_extra_closed(items: Iterable[str | date]) -> tuple[str | date, ...]:
    """Stored strings -> what closed_days takes: "MM-DD" stays, "YYYY-MM-DD" becomes a date."""
    out: list[str | date] = []
    for item in items:
        parsed = _parse_item(item)
        out.append(parsed if isinstance(parsed, date) else f"{parsed[0]:02d}-{parsed[1]:02d}")
    return tuple(out)
