"""The seal: "this database file is the one KIT Desk closed cleanly, after its pages were checked".

Walking every page (quick_check) at each start grows with the file (~1 s for 150 MB, encrypted).
So when the store closes cleanly – the last connection's close checkpointed the WAL and removed
it – and its pages were checked this session, a small seal file beside the database records the
file's size, modification time and inode. The next start-up, finding the file exactly as sealed
and no WAL with data, skips the walk; the walk then runs in the background once the window shows
(kitdesk.store.page_check), so damage the disk did in between is still found within seconds.

The seal is removed when the database is opened for writing (Store.open): a crash or a kill -9
leaves none, and a file any writer changed has a newer mtime or a WAL with data. The inode, not
the ctime: a file put in place of ours (a copy, a restore) is another inode, while the ctime also
moves for harmless things (chmod) and is left alone by what the check is there for – a disk that
damages pages without anyone writing them. Tampering is not its business: SQLCipher refuses any
page whose HMAC is wrong as it reads it.

It holds no personal data, only numbers about the file.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SEAL_SUFFIX = ".seal"  # kitdesk.sqlite3 -> kitdesk.seal
FORMAT = 1


def seal_path(db_path: Path) -> Path:
    return Path(db_path).with_suffix(SEAL_SUFFIX)


def _facts(db_path: Path) -> dict[str, int]:
    stat = os.stat(db_path)
    return {"format": FORMAT, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "ino": stat.st_ino}


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _data_outside_main_file(db_path: Path) -> bool:
    return any(_has_data(db_path.with_name(db_path.name + suffix)) for suffix in ("-wal", "-journal"))


def is_sealed(db_path: Path) -> bool:
    """True only if the seal is there, readable, and matches the file exactly, with nothing in a
    WAL or journal beside it. Any doubt is False: the caller then walks the pages as always."""
    db_path = Path(db_path)
    try:
        seal = json.loads(seal_path(db_path).read_text(encoding="ascii"))
        return seal == _facts(db_path) and not _data_outside_main_file(db_path)
    except (OSError, ValueError):
        return False


def write_seal(db_path: Path) -> bool:
    """Seal the closed database (atomically: a temp file beside it, then os.replace). Nothing is
    written while a WAL or journal still holds data (another connection is open, or the close did
    not checkpoint). Returns whether it sealed; never raises for the disk."""
    db_path = Path(db_path)
    target = seal_path(db_path)
    temp = target.with_name(target.name + ".tmp")
    try:
        if _data_outside_main_file(db_path):
            return False
        temp.write_text(json.dumps(_facts(db_path)), encoding="ascii")
        os.replace(temp, target)
        return True
    except OSError as exc:  # a full or read-only disk: the next start just walks the pages
        log.info("no seal written: %s", exc.strerror or type(exc).__name__)
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return False


def break_seal(db_path: Path) -> None:
    """Before the first write. If it cannot be removed (a read-only folder), no harm: a write
    changes the file's mtime, or leaves a WAL with data, and either makes the seal not match."""
    with contextlib.suppress(OSError):
        seal_path(Path(db_path)).unlink(missing_ok=True)
