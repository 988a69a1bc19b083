"""Danish date and time presentation, and UTC storage helpers.

Storage is aware UTC; the user sees Copenhagen wall-clock time. A naive datetime handed
to a presentation function is taken to be local time already.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from kitdesk.domain.refusal import Refusal, Words, message

TZ = ZoneInfo("Europe/Copenhagen")

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)
BAD_DATE = message("date.bad", "Datoen skal skrives som dd.mm.åååå, fx 23.11.2026.",
                   "Write the date as dd.mm.yyyy, e.g. 23.11.2026.")
NO_DATE = message("date.missing", "Skriv en dato.", "Please enter a date.")
BAD_TIME = message("time.bad", "Skriv klokkeslættet som 9.00 eller 14.30 (24-timersur).",
                   "Write the time as 9.00 or 14.30 (24-hour clock).")

# Same separator twice, so "23.11-2026" is treated as a typo rather than guessed at.
_DANISH = re.compile(r"^([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{2}|[0-9]{4})$")
_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")


def _as_local_date(d: date) -> date:
    # A datetime is also a date; an aware one must be shown on the Copenhagen calendar.
    if isinstance(d, datetime):
        return to_local(d).date()
    return d


def fmt_date(d: date | None) -> str:
    if d is None:
        return ""
    d = _as_local_date(d)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def fmt_date_long(d: date | None) -> str:
    if d is None:
        return ""
    d = _as_local_date(d)
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fmt_time(dt: datetime | None) -> str:
    if dt is None:
        return ""
    dt = to_local(dt)
    return f"{dt.hour}.{dt.minute:02d}"  # Danish writes 10.42 and 9.05, not 10:42 or 09:05


def fmt_datetime(dt: datetime | None) -> str:
    if dt is None:
        return ""
    dt = to_local(dt)
    return f"{fmt_date(dt)} kl. {fmt_time(dt)}"


def parse_date(text: str) -> date:
    """Read a date as a Danish user types it; ISO dates are accepted too. A date written the right
    way that is not in the calendar (31.02.2015) is said to be so, not called a format error."""
    s = (text or "").strip()
    if m := _DANISH.match(s):
        day, month, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
        year = int(year_text)
        if len(year_text) == 2:
            # Python's own %y pivot: 00-68 -> 20xx, 69-99 -> 19xx (parents' birth years).
            year += 2000 if year <= 68 else 1900
        return _calendar_date(s, year, month, day)
    if m := _ISO.match(s):
        return _calendar_date(s, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise Refusal(BAD_DATE)


# "9", "09", "9.30", "09:30", "9,30", "930", "0930".
_SEPARATED = re.compile(r"^([0-9]{1,2})\s*[.:,]\s*([0-9]{2})$")
_DIGITS = re.compile(r"^[0-9]{1,4}$")


def parse_time(text: str) -> time | None:
    """The time typed, None for an empty field; refuses anything else (BAD_TIME)."""
    s = (text or "").strip()
    if not s:
        return None
    if s.lower().startswith("kl"):  # "kl. 9.30" is how many Danes write it
        s = s[2:].lstrip(". ")
    if m := _SEPARATED.match(s):
        hour, minute = int(m.group(1)), int(m.group(2))
    elif _DIGITS.match(s):
        if len(s) <= 2:
            hour, minute = int(s), 0
        else:
            hour, minute = int(s[:-2]), int(s[-2:])
    else:
        raise Refusal(BAD_TIME)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise Refusal(BAD_TIME)
    return time(hour, minute)


NO_SUCH_MONTH = message("date.no_such_month",
                        "{text} findes ikke: der er kun 12 måneder. Skriv datoen som dd.mm.åååå, fx 23.11.2026.",
                        "{text} does not exist: there are only 12 months. Write the date as dd.mm.yyyy, e.g. "
                        "23.11.2026.")
NO_SUCH_DAY = message("date.no_such_day", "{text} findes ikke: dagen skal være 1 eller mere.",
                      "{text} does not exist: the day must be 1 or more.")
MONTH_TOO_SHORT = message("date.month_too_short", "{text} findes ikke: {month} {year} har kun {days} dage.",
                          "{text} does not exist: {month} {year} has only {days} days.")
MONTHS_EN = ("January", "February", "March", "April", "May", "June",
             "July", "August", "September", "October", "November", "December")


def no_such_date(text: str, year: int, month: int, day: int) -> Refusal:
    """Why a well-written date is not in the calendar."""
    if not 1 <= month <= 12:
        return Refusal(NO_SUCH_MONTH, text=text)
    if day < 1:
        return Refusal(NO_SUCH_DAY, text=text)
    days = calendar.monthrange(year, month)[1]
    return Refusal(MONTH_TOO_SHORT, text=text, month=Words(MONTHS[month - 1], MONTHS_EN[month - 1]), year=year,
                   days=days)


def _calendar_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise no_such_date(text, year, month, day) from None


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_utc_iso(dt: datetime) -> str:
    """Aware datetime -> "2026-11-23T09:42:00.000000+00:00" (fixed width, sorts as text)."""
    if dt.tzinfo is None:
        # Storing a naive time would silently shift it by an hour or two later.
        raise ValueError("to_utc_iso needs an aware datetime")
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def from_utc_iso(s: str) -> datetime:
    dt = datetime.fromisoformat(s.strip())
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # our own storage is UTC
    return dt.astimezone(UTC)


def to_local(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        return dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ)


def local_today() -> date:
    return datetime.now(TZ).date()


def age_on(birth: date, on: date) -> int:
    """Completed years; someone born 29.02 turns a year older on 01.03 in common years."""
    if on < birth:
        raise ValueError("on is before birth")
    had_birthday = (on.month, on.day) >= (birth.month, birth.day)
    return on.year - birth.year - (0 if had_birthday else 1)
