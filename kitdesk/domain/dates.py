"""Danish date and time presentation, and UTC storage helpers.

Storage is aware UTC; the user sees Copenhagen wall-clock time. A naive datetime handed
to a presentation function is taken to be local time already.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from kitdesk.domain.refusal import Refusal, message

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
    """Read a date as a Danish user types it; ISO dates are accepted too."""
    s = (text or "").strip()
    try:
        if m := _DANISH.match(s):
            day, month, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
            year = int(year_text)
            if len(year_text) == 2:
                # Python's own %y pivot: 00-68 -> 20xx, 69-99 -> 19xx (parents' birth years).
                year += 2000 if year <= 68 else 1900
            return date(year, month, day)
        if m := _ISO.match(s):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
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
