"""Exports are meant to leave the laptop (e-mail attachments, files handed over): the copies in the
data folder's exports/ are deleted after a set number of days (a setting, default 30), overwritten
first like everything KIT Desk deletes, and the user is told how many went."""
from __future__ import annotations

import time
from pathlib import Path

from kitdesk.paths import DataFolder

DAY_S = 24 * 3600


def clean_exports(folder: DataFolder, days: int, now: float | None = None) -> list[Path]:
    """Delete files in exports/ last written more than `days` days ago, and the folders left empty;
    returns the files deleted. A file that cannot be deleted now is tried again next time."""
    from kitdesk.store.conversion import shred

    if days <= 0 or not folder.exports.is_dir():
        return []
    cutoff = (time.time() if now is None else now) - days * DAY_S
    gone = []
    for path in sorted(folder.exports.rglob("*"), reverse=True):  # files before their folders
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                shred(path)
                gone.append(path)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
        except OSError:
            continue
    return gone


def cleaned_message(count: int, days: int) -> str:
    if count == 1:
        return f"1 eksporteret fil ældre end {days} dage er slettet fra eksportmappen."
    return f"{count} eksporterede filer ældre end {days} dage er slettet fra eksportmappen."
