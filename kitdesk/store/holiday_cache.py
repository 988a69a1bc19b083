"""The Danish public holidays the deadlines are counted with, cached in the data folder.

Importing and building the `holidays` package's table costs ~150 ms of start-up on this kind of laptop,
and the overview the window opens on counts working days at once. The answers for the years around
today are kept in `holidays.json` beside the database (no personal data: dates and holiday names), and
are asked of the package again when its version changes or a year is missing.
"""
from __future__ import annotations

import json
import logging
import os
from datetime import date
from importlib import metadata

from kitdesk.domain import workdays
from kitdesk.paths import DataFolder

log = logging.getLogger(__name__)
CACHE_NAME = "holidays.json"
YEARS_BEFORE, YEARS_AFTER = 1, 3  # deadlines, waiting periods and agreements around today


def warm(folder: DataFolder, today: date) -> bool:
    """Give the workdays rule this year's tables, from the cache when it is current; else ask the
    package and write the cache. True when the cache was used."""
    years = range(today.year - YEARS_BEFORE, today.year + YEARS_AFTER + 1)
    version = _package_version()
    tables = _read(folder, version)
    if tables is not None and all(year in tables for year in years):
        workdays.preload_public_holidays(tables)
        return True
    tables = {year: workdays.public_holidays_of(year) for year in years}
    workdays.preload_public_holidays(tables)
    _write(folder, version, tables)
    return False


def _package_version() -> str:
    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a frozen build without the package's metadata
        return "unknown"


def _read(folder: DataFolder, version: str) -> dict[int, tuple[tuple[date, str], ...]] | None:
    try:
        data = json.loads((folder.root / CACHE_NAME).read_text(encoding="utf-8"))
        if data.get("holidays") != version or version == "unknown":
            return None
        return {int(year): tuple((date.fromisoformat(day), str(name)) for day, name in days)
                for year, days in data["years"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # missing or not ours: asked of the package again


def _write(folder: DataFolder, version: str, tables: dict[int, tuple[tuple[date, str], ...]]) -> None:
    if version == "unknown" or not folder.db_path.exists():
        return  # only beside a KIT Desk database: never a file in a folder that is not (yet) ours
    data = {"holidays": version,
            "years": {str(year): [[day.isoformat(), name] for day, name in days] for year, days in tables.items()}}
    target = folder.root / CACHE_NAME
    temporary = target.with_suffix(".tmp")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:  # a full disk or a read-only folder: start-up just asks the package next time
        log.info("the holidays cache was not written: %s", type(exc).__name__)
        temporary.unlink(missing_ok=True)
