"""The holiday tables are read from the data folder's cache at start-up instead of building the
holidays package's (~150 ms), and asked of the package again when the cache is stale or damaged."""
from __future__ import annotations

import json
from datetime import date

import pytest

from kitdesk.domain import workdays
from kitdesk.paths import DataFolder
from kitdesk.store import holiday_cache

TODAY = date(2026, 12, 4)


@pytest.fixture
def folder(tmp_path):
    folder = DataFolder(tmp_path / "data").ensure()
    folder.db_path.write_bytes(b"")  # a KIT Desk folder: the cache is only written beside a database
    return folder


@pytest.fixture(autouse=True)
def real_tables_after():
    saved = dict(workdays._PRELOADED)
    yield
    workdays._PRELOADED.clear()
    workdays.preload_public_holidays(saved)


def _cache(folder) -> dict:
    return json.loads((folder.root / holiday_cache.CACHE_NAME).read_text(encoding="utf-8"))


def test_the_first_start_asks_the_package_and_the_next_reads_the_cache(folder):
    assert holiday_cache.warm(folder, TODAY) is False
    cached = _cache(folder)
    assert set(cached["years"]) == {"2025", "2026", "2027", "2028", "2029"}
    assert ["2026-04-03", "Langfredag"] in cached["years"]["2026"]
    assert holiday_cache.warm(folder, TODAY) is True
    assert not workdays.is_working_day(date(2026, 4, 3))  # Langfredag


def test_the_cached_tables_are_the_ones_used(folder):
    holiday_cache.warm(folder, TODAY)
    cached = _cache(folder)
    cached["years"]["2026"].append(["2026-03-03", "Prøvedag"])  # a day the package does not know
    (folder.root / holiday_cache.CACHE_NAME).write_text(json.dumps(cached), encoding="utf-8")
    assert holiday_cache.warm(folder, TODAY) is True
    assert not workdays.is_working_day(date(2026, 3, 3))


@pytest.mark.parametrize("spoil", ["version", "damaged", "year missing"])
def test_a_stale_or_damaged_cache_is_asked_again(folder, spoil):
    holiday_cache.warm(folder, TODAY)
    path = folder.root / holiday_cache.CACHE_NAME
    cached = _cache(folder)
    if spoil == "version":
        cached["holidays"] = "0.0.1"
        cached["years"]["2026"].append(["2026-03-03", "Prøvedag"])
        path.write_text(json.dumps(cached), encoding="utf-8")
    elif spoil == "damaged":
        path.write_bytes(b"{not json")
    else:
        del cached["years"]["2027"]
        path.write_text(json.dumps(cached), encoding="utf-8")
    assert holiday_cache.warm(folder, TODAY) is False
    assert workdays.is_working_day(date(2026, 3, 3))
    assert _cache(folder)["holidays"] != "0.0.1" and "2027" in _cache(folder)["years"]


def test_no_cache_is_written_in_a_folder_without_a_database(tmp_path):
    folder = DataFolder(tmp_path / "someone-elses").ensure()
    assert holiday_cache.warm(folder, TODAY) is False
    assert not (folder.root / holiday_cache.CACHE_NAME).exists()
    assert not workdays.is_working_day(date(2026, 12, 25))
