"""The report's period: a month, a quarter, a year or any from–to, its Danish name, the same period a
year before, and the months or quarters its charts show."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kitdesk.domain.dates import MONTHS, fmt_date
from kitdesk.domain.refusal import Refusal, message

KINDS = ("month", "quarter", "year", "range")
ENDS_BEFORE_START = message("report.period_ends_before_start",
                            "Periodens sidste dag ({end}) ligger før den første ({start}). Byt om på dem.",
                            "The period's last day ({end}) is before its first ({start}). Swap them.")
_SHORT_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date  # inclusive
    kind: str = "range"

    def __post_init__(self):
        if self.end < self.start:
            raise Refusal(ENDS_BEFORE_START, start=fmt_date(self.start), end=fmt_date(self.end))
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")

    # -- making one ------------------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), _month_end(year, month), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"a quarter is 1 to 4, not {quarter}")  # a caller's bug, never typed
        first = 3 * (quarter - 1) + 1
        return cls(date(year, first, 1), _month_end(year, first + 2), "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """Any from–to; a whole month, quarter or year is named as one."""
        for candidate in _whole_periods(start):
            if candidate.end == end:
                return candidate
        return cls(start, end, "range")

    # -- reading it ------------------------------------------------------------------------------
    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """"marts 2026", "1. kvartal 2026", "2026", "01.03.2026–15.05.2026"."""
        if self.kind == "month":
            return f"{MONTHS[self.start.month - 1]} {self.start.year}"
        if self.kind == "quarter":
            return f"{(self.start.month - 1) // 3 + 1}. kvartal {self.start.year}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{fmt_date(self.start)}–{fmt_date(self.end)}"

    @property
    def short_label(self) -> str:
        """For a chart's axis: "mar 26", "K1 26", "2026"."""
        if self.kind == "month":
            return f"{_SHORT_MONTHS[self.start.month - 1]} {self.start.year % 100:02d}"
        if self.kind == "quarter":
            return f"K{(self.start.month - 1) // 3 + 1} {self.start.year % 100:02d}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.day}.{self.start.month}–{self.end.day}.{self.end.month}"

    @property
    def slug(self) -> str:
        """For a file name: "2026-03", "2026-K1", "2026", "2026-03-01_2026-05-15"."""
        if self.kind == "month":
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind == "quarter":
            return f"{self.start.year}-K{(self.start.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    def year_before(self) -> Period:
        """The same period a year earlier (29 February becomes 28 February)."""
        return Period(_a_year_earlier(self.start), _a_year_earlier(self.end) if self.kind == "range"
                      else _same_end_a_year_earlier(self), self.kind)


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


def _a_year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return date(day.year - 1, 2, 28)


def _same_end_a_year_earlier(period: Period) -> date:
    return _month_end(period.end.year - 1, period.end.month)


def _whole_periods(start: date) -> list[Period]:
    if start.day != 1:
        return []
    found = [Period.month(start.year, start.month)]
    if start.month in (1, 4, 7, 10):
        found.append(Period.quarter(start.year, (start.month - 1) // 3 + 1))
    if start.month == 1:
        found.append(Period.year(start.year))
    return found


def months_of(start: date, end: date) -> list[Period]:
    """Every calendar month that touches start..end."""
    out, year, month = [], start.year, start.month
    while date(year, month, 1) <= end:
        out.append(Period.month(year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def quarters_of(start: date, end: date) -> list[Period]:
    out, year, quarter = [], start.year, (start.month - 1) // 3 + 1
    while Period.quarter(year, quarter).start <= end:
        out.append(Period.quarter(year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return out


def trend(period: Period) -> list[Period]:
    """The bars of the report's charts: the period's months (3–18 of them) or its quarters (longer);
    a shorter period is shown in the setting of the twelve months up to its end."""
    months = months_of(period.start, period.end)
    if len(months) > 18:
        return quarters_of(period.start, period.end)
    if len(months) >= 3:
        return months
    last = months[-1].start
    first_year, first_month = (last.year - 1, last.month + 1) if last.month < 12 else (last.year, 1)
    return months_of(date(first_year, first_month, 1), period.end)


def last_full_quarter(today: date) -> Period:
    """The page opens on the last quarter that has ended."""
    quarter = (today.month - 1) // 3 + 1
    return Period.quarter(today.year - 1, 4) if quarter == 1 else Period.quarter(today.year, quarter - 1)

