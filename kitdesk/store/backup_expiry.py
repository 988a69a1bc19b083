"""When will the last backup holding erased data be gone? Backups are never rewritten: erased data
leaves them as rotation removes them (backup.rotate_backups), and this says by which day that is.

Rotation keeps the newest backup of each of the last 7 days, of the last 4 ISO weeks and of the last
12 months (and the newest of all). From the existing backups alone one can tell, for each backup
that still holds the data, the first day a rotation no longer keeps it: backups made later fall in
later days, weeks and months, so they never make an old backup "the newest of its week or month"
again. The one assumption: a backup newer than every holding one exists or will be made (the app
makes one right after an erasure, and whenever it closes).

Rotation runs when a backup is made (when KIT Desk closes, or "Tag sikkerhedskopi nu"): a backup due
to go on a day the app is not used goes the next time it is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kitdesk.store.backup import BACKUP_PATTERN, KEEP_DAYS, KEEP_MONTHS, KEEP_WEEKS, REPLACED_DIR, list_backups

# Database copies outside the rotation: made before a schema update, set aside by a restore, or
# damaged files moved away. Nothing removes them by itself.
_COPY = re.compile(r"\.sqlite3$")


def gone_by(backup_days: Iterable[date], holding_days: Iterable[date]) -> date | None:
    """The first day on which a rotation keeps none of the backups of `holding_days` (which hold the
    erased data), given all existing `backup_days` (holding ones included). None: none holds it."""
    days = sorted(set(backup_days) | set(holding_days))
    last = None
    for day in set(holding_days):
        later = [d for d in days if d > day]
        until = day + timedelta(days=KEEP_DAYS)  # the last 7 days
        if not any(d.isocalendar()[:2] == day.isocalendar()[:2] for d in later):  # newest of its week
            monday = day - timedelta(days=day.weekday())
            until = max(until, monday + timedelta(weeks=KEEP_WEEKS))
        if not any((d.year, d.month) == (day.year, day.month) for d in later):  # newest of its month
            until = max(until, _first_of_month(day, KEEP_MONTHS))
        last = until if last is None else max(last, until)
    return last


def _first_of_month(day: date, months_later: int) -> date:
    index = day.year * 12 + day.month - 1 + months_later
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class BackupOutlook:
    """What to tell the user about the backups after an erasure."""

    gone_by: date | None  # the last rotated backup holding the data is gone by then (None: none holds it)
    holding: int  # rotated backups that still hold it
    other_copies: list[Path]  # copies outside the rotation that may hold it (not removed by themselves)


def outlook(folder, erased_at: float, since: date | None) -> BackupOutlook:
    """The backups in the data folder that were written before the erasure (`erased_at`, a time.time())
    and not before the erased records were made (`since`): they may hold them."""
    backups = list_backups(folder.backups)
    holding = [b.day for b in backups if _may_hold(b.path, erased_at, since)]
    copies = [p for p in folder.backups.glob("*.sqlite3") if not BACKUP_PATTERN.match(p.name)]
    for extra in (folder.root / REPLACED_DIR, folder.damaged):
        if extra.is_dir():
            copies += [p for p in extra.iterdir() if _COPY.search(p.name)]
    others = sorted(p for p in copies if p.is_file() and _may_hold(p, erased_at, since))
    return BackupOutlook(gone_by([b.day for b in backups], holding), len(holding), others)


def _may_hold(path: Path, erased_at: float, since: date | None) -> bool:
    try:
        written = path.stat().st_mtime
    except OSError:
        return False
    if written >= erased_at:
        return False
    return since is None or date.fromtimestamp(written) >= since


def backup_after_erasure(folder, erased_at: float, since: date | None, *,
                         key: bytes | None) -> tuple[BackupOutlook, str | None]:
    """Replace today's backup (which may hold the erased data) with a fresh one and rotate, as closing
    the app does; then the outlook. Older backups are not touched. The error, if the backup failed, is
    a Danish sentence; today's old backup then counts as holding the data."""
    from kitdesk.domain.dates import local_today
    from kitdesk.store.backup import BackupError, make_backup, rotate_backups

    error = None
    try:
        make_backup(folder.db_path, folder.backups, key=key)
        rotate_backups(folder.backups, local_today())
    except (BackupError, OSError) as exc:
        error = str(exc)
    return outlook(folder, erased_at, since), error
