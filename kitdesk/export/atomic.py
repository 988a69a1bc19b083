"""Writing export files all-or-nothing: a crash, a full disk or a locked folder leaves no half file.

Each file is written to a temporary file in the same folder (so the rename cannot cross disks),
flushed to the disk with fsync, and renamed over its final name with os.replace. A bundle of files
is written the same way: every temporary file first, and only when all of them are safely on the
disk are they renamed into place.
"""
from __future__ import annotations

import errno
import glob
import os
import tempfile
import time
from pathlib import Path

TEMP_SUFFIX = ".tmp"
STALE_AFTER = 3600  # seconds


class ExportError(Exception):
    """A Danish message for the user: what went wrong and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def danish_message(error: OSError, folder: Path) -> str:
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ("Disken er fuld, så filerne kunne ikke gemmes. "
                "Frigør plads, eller vælg en anden mappe, og prøv igen.")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(error, PermissionError):
        return (f"Mappen kan ikke skrives til: {folder}. "
                "Vælg en anden mappe, eller spørg din IT-afdeling om adgang.")
    if code == errno.ENOENT or isinstance(error, FileNotFoundError):
        return f"Mappen findes ikke: {folder}. Vælg en anden mappe."
    if code == errno.ENAMETOOLONG:
        return f"Stien til mappen er for lang: {folder}. Vælg en mappe med en kortere sti."
    reason = error.strerror or str(error)
    return f"Filerne kunne ikke gemmes i {folder} ({reason}). Prøv igen, eller vælg en anden mappe."


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable too (POSIX); Windows cannot open a folder, and does not need to."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a folder; the data is written
    finally:
        os.close(fd)


def _remove_stale_temps(target: Path) -> None:
    """Temporary files of this name left by a crash (a power cut between write and rename)."""
    try:
        for stale in target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}"):
            if time.time() - stale.stat().st_mtime > STALE_AFTER:  # not one being written right now
                stale.unlink()
    except OSError:
        pass


def _write_temp(target: Path, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def write_files(files: dict[Path, bytes]) -> None:
    """Write every file or none; raises ExportError with a Danish message on an OSError.

    A file of the same name is replaced (an export made again). Should a rename fail half-way
    (the disk vanishing between two renames), the files already renamed in this call are removed
    again, so the folder never holds a bundle whose parts do not belong together.
    """
    temps: dict[Path, Path] = {}
    placed: list[Path] = []
    folder = next(iter(files)).parent if files else Path(".")
    try:
        for target, data in files.items():
            folder = target.parent
            _remove_stale_temps(target)
            temps[target] = _write_temp(target, data)
        for target, temp in temps.items():
            folder = target.parent
            os.replace(temp, target)
            placed.append(target)
        for parent in {target.parent for target in files}:
            _fsync_folder(parent)
    except BaseException as error:
        for temp in temps.values():
            _quiet_unlink(temp)
        for target in placed:
            _quiet_unlink(target)
        if isinstance(error, OSError):
            raise ExportError(danish_message(error, folder)) from error
        raise


def write_file(target: Path, data: bytes) -> None:
    write_files({target: data})


def _quiet_unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
