"""One running KIT Desk per data folder, for the Qt app and the command line alike.

The lock is an operating-system lock on ``DataFolder.lock_path`` (``flock`` on POSIX,
``msvcrt.locking`` on Windows), not the file's existence: the OS drops it when the holding
process ends in any way, so a crash or a killed process never leaves a stale lock that would
keep the user out. The holder's pid is written into the file for diagnostics only.

The lock file is never deleted: removing it on release would let a process that had just
opened the old file lock it while another locks a new file of the same name — both "alone".
Taking the lock only creates the data folder and this file; it never touches the database.
"""
from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from kitdesk.paths import DataFolder

ALREADY_RUNNING_MESSAGE = (
    "KIT Desk kører allerede med denne datamappe. "
    "Skift til det åbne vindue – eller luk det, før du starter igen."
)

# Windows locks are mandatory: a locked byte cannot be read by others. Lock a byte well past the
# pid text so another process can still read who holds the lock (locking past the end of a
# file is allowed on Windows).
_WINDOWS_LOCK_OFFSET = 4096


class AlreadyRunningError(RuntimeError):
    """Another process holds the data folder; ``str()`` is the Danish message for the user."""

    def __init__(self, message: str = ALREADY_RUNNING_MESSAGE) -> None:
        super().__init__(message)


class InstanceLock:
    """Non-blocking, per-data-folder lock.

    ``acquire()`` returns False if another process — or another ``InstanceLock`` on the same
    folder in this process — holds it. As a context manager it raises ``AlreadyRunningError``.
    """

    def __init__(self, folder: DataFolder | Path | str) -> None:
        self.path = folder.lock_path if isinstance(folder, DataFolder) else Path(folder)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # No O_TRUNC: until we hold the lock the file (and the pid in it) belongs to the holder.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return False
        self._fd = fd
        try:
            _write_pid(fd)
        except OSError:
            pass  # the pid is only a hint; the lock is what counts
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)  # closing alone releases it too; unlocking first is just tidy

    def __enter__(self) -> InstanceLock:
        if not self.acquire():
            raise AlreadyRunningError()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        # A forgotten lock object should not keep the folder locked until the process ends.
        try:
            self.release()
        except Exception:
            pass


def holder_pid(folder: DataFolder | Path | str) -> int | None:
    """The pid last written into the lock file, for diagnostics; says nothing about the lock."""
    path = folder.lock_path if isinstance(folder, DataFolder) else Path(folder)
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


if sys.platform == "win32":  # os.name == "nt", said so the type checker knows msvcrt is there
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock belongs to the open file (not the process, unlike fcntl/lockf), so a second
        # InstanceLock in the same process is refused as well, and closing another descriptor
        # of the same file elsewhere in the process cannot silently drop our lock.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise  # e.g. a file system without locking: not "already running"
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def marked_in_use(path: Path) -> Iterator[None]:
    """Mark a temporary file as being written, for as long as the block runs.

    Full copies of the database (a backup or a restore being built, an integrity check's copy) are
    removed at the next start if a crash left them; the mark keeps that cleaning away from a copy
    another process is still writing. POSIX: an flock on the file, which the OS drops when the
    process dies. Windows: nothing to do – SQLite's own open handle already makes a file being
    written impossible to delete (and a handle of ours would stop our own rename).
    """
    if os.name == "nt":
        yield
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def in_use(path: Path) -> bool:
    """True if another process (or another part of this one) holds ``marked_in_use`` on ``path``."""
    if os.name == "nt":
        return False  # a file being written cannot be deleted there: trying is the test
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing also drops the lock we may just have taken
    return False


def _write_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()}\n".encode("ascii"))
