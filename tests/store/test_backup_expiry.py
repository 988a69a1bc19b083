"""The day the last backup holding erased data is gone, from the rotation rules – checked against
backup.rotate_backups itself, run day by day on real files."""
from __future__ import annotations

import os
import random
import time
from datetime import date, timedelta

import pytest

from kitdesk.store.backup import backup_name, list_backups, rotate_backups
from kitdesk.store.backup_expiry import gone_by, outlook


def test_nothing_holds_it():
    assert gone_by([date(2026, 11, 1)], []) is None


def test_a_backup_of_last_month_stays_twelve_months():
    # 30.11 is the newest of November and of its week; erased on 4.12 after a backup that day.
    days = [date(2026, 11, 30), date(2026, 12, 4)]
    assert gone_by(days, [date(2026, 11, 30)]) == date(2027, 11, 1)


def test_a_backup_earlier_in_the_same_month_goes_with_its_week_or_its_seven_days():
    # 1.12 and 2.12 share their week (Mon 30.11 – Sun 6.12) and month with 4.12: seven days each.
    days = [date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 4)]
    assert gone_by(days, [date(2026, 12, 1), date(2026, 12, 2)]) == date(2026, 12, 9)
    # The newest of an earlier week is kept four weeks from that week's Monday.
    days = [date(2026, 12, 2), date(2026, 12, 10)]
    assert gone_by(days, [date(2026, 12, 2)]) == date(2026, 12, 28)


def _simulate(tmp_path, existing: list[date], holding: set[date], start: date, every: int) -> date | None:
    """Make the backups, then from `start` a new backup every `every` days and a rotation each time;
    return the first day none of the holding files is left."""
    folder = tmp_path / f"b{random.random()}"
    folder.mkdir()
    for day in existing:
        (folder / backup_name(day)).write_bytes(b"holds" if day in holding else b"new")
    if not holding:
        return None
    day = start
    while day < start + timedelta(days=800):
        (folder / backup_name(day)).write_bytes(b"new")
        rotate_backups(folder, day)
        if not any(p.path.read_bytes() == b"holds" for p in list_backups(folder)):
            return day
        day += timedelta(days=every)
    raise AssertionError("never gone")


# Four histories in every `make test`, eight more in CI's slow pass (each runs ~1,300 rotations).
@pytest.mark.parametrize("seed", [*range(4), *(pytest.param(seed, marks=pytest.mark.slow) for seed in range(4, 12))])
def test_the_day_agrees_with_rotation_run_day_by_day(tmp_path, seed):
    rnd = random.Random(seed)
    erased = date(2026, 1, 1) + timedelta(days=rnd.randint(0, 400))
    # A history as rotation would have left it: daily backups on the days the app was used, rotated.
    folder = tmp_path / "history"
    folder.mkdir()
    day = erased - timedelta(days=500)
    while day < erased:
        if rnd.random() < 0.6:
            (folder / backup_name(day)).write_bytes(b"x")
            rotate_backups(folder, day)
        day += timedelta(days=1)
    existing = [b.day for b in list_backups(folder)]
    since = erased - timedelta(days=rnd.randint(0, 500))  # the case was created then
    holding = {d for d in existing if d >= since}
    # Right after the erasure a fresh backup replaces the day's file; the app is then used daily.
    predicted = gone_by(existing + [erased], holding - {erased})
    actual = _simulate(tmp_path, existing, holding - {erased}, erased, 1)
    assert predicted == actual
    # Used less often, it may go later – but never before the day said, and at the first use after it.
    sparse = _simulate(tmp_path, existing, holding - {erased}, erased, rnd.choice([2, 3, 7]))
    if predicted is not None:
        assert sparse >= predicted and sparse - predicted < timedelta(days=7)


def test_outlook_counts_only_backups_written_before_the_erasure_and_after_the_case(folder):
    old, holding, after = date(2026, 10, 1), date(2026, 11, 30), date(2026, 12, 4)
    for day in (old, holding, after):
        (folder.backups / backup_name(day)).write_bytes(b"x")
    copy = folder.backups / "before-migration-20261201-101010.sqlite3"
    copy.write_bytes(b"x")
    now = time.time()
    os.utime(folder.backups / backup_name(old), (now - 86400 * 64, now - 86400 * 64))
    os.utime(folder.backups / backup_name(holding), (now - 86400 * 4, now - 86400 * 4))
    os.utime(copy, (now - 86400 * 3, now - 86400 * 3))
    os.utime(folder.backups / backup_name(after), (now + 5, now + 5))  # made after the erasure
    since = date.fromtimestamp(now - 86400 * 30)
    seen = outlook(folder, now, since)
    assert seen.holding == 1 and seen.other_copies == [copy]
    assert seen.gone_by == gone_by([old, holding, after], [holding])
