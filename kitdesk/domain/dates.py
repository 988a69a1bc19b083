"""Danish date and time presentation, and UTC storage helpers.

Storage is aware UTC; the user sees Copenhagen wall-clock time. A naive datetime handed
to a presentation function is taken to be local time already.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Copenhagen")

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)
MSG_BAD_DATE = "Datoen skal skrives som dd.mm.åååå, fx 23.11.2026."

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
    raise ValueError(MSG_BAD_DATE)


def no_such_date(text: str, year: int, month: int, day: int) -> str:
    """Why a well-written date is not in the calendar, in Danish."""
    if not 1 <= month <= 12:
        return f"{text} findes ikke: der er kun 12 måneder. Skriv datoen som dd.mm.åååå, fx 23.11.2026."
    if day < 1:
        return f"{text} findes ikke: dagen skal være 1 eller mere."
    days = calendar.monthrange(year, month)[1]
    return f"{text} findes ikke: {MONTHS[month - 1]} {year} har kun {days} dage."


def _calendar_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(no_such_date(text, year, month, day)) from None


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def to_utc_iso(dt: datetime) -> str:
    """Aware datetime -> "2026-11-23T09:42:00.000000+00:00" (fixed width, sorts as text)."""
    if dt.tzinfo is None:
        # Storing a naive time would silently shift it by an hour or two later.
        raise ValueError("to_utc_iso needs an aware datetime")
    return dt.astimezone(timezone.utc).isoformat(timespec="microseconds")


def from_utc_iso(s: str) -> datetime:
    dt = datetime.fromisoformat(s.strip())
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)  # our own storage is UTC
    return dt.astimezone(timezone.utc)


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
