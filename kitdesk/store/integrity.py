"""Is the database file healthy? Checked without changing a single byte of it.

The check runs at start-up, before the app opens the database, and on backups before they are
trusted. It must never write to the file it inspects: a damaged database is evidence, and the
user's last chance of getting data back, so it is set aside untouched (see ``backup.py``).

A missing file is *not* damage: ``check_database_file`` returns ``[]`` for it, and the caller
decides (with ``is_missing``) whether to create a fresh database or offer a backup.

How the file is opened depends on the files next to it, because a WAL-mode database is the main
file *plus* its ``-wal`` file (committed data may still live only there):

* ``-wal`` and ``-shm`` both present: open with ``mode=ro``. This takes SQLite's normal read locks,
  so it is also correct while the app has the database open, and creates no new files. If SQLite
  cannot open it read-only (e.g. the folder or ``-shm`` is not writable), check a copy instead.
* data in ``-wal`` (or a rollback ``-journal``) but no ``-shm``: ``mode=ro`` would create an
  ``-shm`` file next to the database, so check a copy of the files instead.
* otherwise the main file holds everything: open with ``mode=ro&immutable=1``, which creates no
  ``-wal``/``-shm`` files at all (plain ``mode=ro`` would leave empty ones behind).
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")

# quick_check walks every b-tree page but skips the index-versus-table comparison that makes
# integrity_check slow on big files; it still finds the page damage a crash or a bad disk leaves.
QUICK_CHECK = "PRAGMA quick_check({limit})"
MAX_REPORTED = 5

# SQLite result codes meaning "could not open it read-only here", not "the file is damaged".
_READ_ONLY_TROUBLE = ("SQLITE_CANTOPEN", "SQLITE_READONLY")
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")

MSG_EMPTY = "Databasefilen er tom ({detail})."
MSG_NOT_A_DATABASE = "Databasefilen er beskadiget eller er slet ikke en database ({detail})."
MSG_TRUNCATED = "Databasefilen er beskadiget – den er kortere, end den burde være ({detail})."
MSG_DAMAGED = "Databasefilen er beskadiget ({detail})."
MSG_MORE = "Databasefilen har endnu flere fejl end dem, der er vist her (quick_check)."
MSG_UNREADABLE = "Databasefilen kan ikke læses ({detail})."
MSG_NOT_A_FILE = "Der ligger en mappe, hvor databasefilen skulle være ({detail})."


def is_missing(path: Path) -> bool:
    """True if there is no database file yet: not damage, the caller may create a new one."""
    return not Path(path).exists()


def sidecar(path: Path, suffix: str) -> Path:
    """The ``-wal``/``-shm``/``-journal`` file SQLite keeps next to ``path``."""
    return path.with_name(path.name + suffix)


def check_database_file(path: Path) -> list[str]:
    """Problems with the SQLite database at ``path`` in plain Danish; ``[]`` if it is healthy.

    Writes nothing to the file. A missing file gives ``[]`` (see ``is_missing``).
    """
    path = Path(path)
    if not path.exists():
        return []
    if not path.is_file():
        return [MSG_NOT_A_FILE.format(detail="not a regular file")]
    try:
        problems = _check_header(path)
        if problems:
            return problems
        with read_only_connection(path) as conn:
            return _quick_check(conn)
    except sqlite3.DatabaseError as exc:
        return [_describe_sqlite_error(exc)]
    except OSError as exc:
        return [MSG_UNREADABLE.format(detail=exc.strerror or type(exc).__name__)]


@contextlib.contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that sees everything committed to ``path`` and never writes to it.

    May be a connection to a temporary copy (see the module docstring); it is closed, and any
    copy deleted, on leaving the block. Raises ``FileNotFoundError`` rather than create a file.
    """
    path = Path(path).absolute()
    if not path.is_file():
        raise FileNotFoundError(2, "No such database file", str(path))
    wal, shm = sidecar(path, "-wal"), sidecar(path, "-shm")
    data_outside_main_file = _has_data(wal) or _has_data(sidecar(path, "-journal"))

    if wal.exists() and shm.exists():
        conn = None
        try:
            conn = _connect(_uri(path, immutable=False))
            # Opening is lazy: touch the schema so "cannot open read-only" shows up here.
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            if not _is_read_only_trouble(exc):
                raise
        else:
            with contextlib.closing(conn):
                yield conn
            return
        with _connection_to_copy(path) as conn:
            yield conn
    elif data_outside_main_file:
        with _connection_to_copy(path) as conn:
            yield conn
    else:
        with contextlib.closing(_connect(_uri(path, immutable=True))) as conn:
            yield conn


def _connect(uri: str) -> sqlite3.Connection:
    # The one place this module opens SQLite; tests replace it to simulate a read-only folder.
    return sqlite3.connect(uri, uri=True)


def _uri(path: Path, *, immutable: bool) -> str:
    # as_uri() percent-encodes spaces, '?', '#' and æøå, which a hand-built "file:{path}" would not.
    uri = path.as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _is_read_only_trouble(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_READ_ONLY_TROUBLE)


@contextlib.contextmanager
def _connection_to_copy(path: Path) -> Iterator[sqlite3.Connection]:
    """Copy the database with its ``-wal``/``-journal`` and open the copy normally.

    Opening the copy read-write lets SQLite replay the WAL (or roll back a journal) there, which
    is exactly what it would do to the real file, without touching the real file.
    """
    with _scratch_dir(path.parent) as scratch:
        copy = scratch / "check.sqlite3"
        import shutil  # the copy route is rare; keep start-up imports light

        shutil.copyfile(path, copy)
        for suffix in ("-wal", "-journal"):
            if sidecar(path, suffix).exists():
                shutil.copyfile(sidecar(path, suffix), sidecar(copy, suffix))
        conn = sqlite3.connect(copy.as_uri() + "?mode=rw", uri=True)
        try:
            yield conn
        finally:
            conn.close()


@contextlib.contextmanager
def _scratch_dir(near: Path) -> Iterator[Path]:
    # The copy holds children's case data: keep it inside the data folder, where it is protected
    # like the original, rather than in a shared system temp folder. Only if that folder is not
    # writable (the very case that sends us here) use the system temp folder; either way the copy
    # is deleted straight after the check.
    try:
        import tempfile

        scratch = tempfile.TemporaryDirectory(
            prefix=".kitdesk-check-", dir=near, ignore_cleanup_errors=True
        )
    except OSError:
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="kitdesk-check-", ignore_cleanup_errors=True)
    with scratch as name:
        yield Path(name)


def _check_header(path: Path) -> list[str]:
    """Damage visible from the file's size and its 100-byte header, before SQLite opens it.

    SQLite reads a short last page as zeros and calls the file healthy, so a file cut off
    mid-page is only caught here.
    """
    size = path.stat().st_size
    if size == 0:
        return [MSG_EMPTY.format(detail="0 bytes")]
    with open(path, "rb") as f:
        header = f.read(HEADER_SIZE)
    if not header.startswith(SQLITE_MAGIC[: len(header)]) or len(header) < len(SQLITE_MAGIC):
        return [MSG_NOT_A_DATABASE.format(detail="file is not a database")]
    if len(header) < HEADER_SIZE:
        return [MSG_TRUNCATED.format(detail=f"{size} bytes")]
    page_size = int.from_bytes(header[16:18], "big")
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return [MSG_NOT_A_DATABASE.format(detail=f"invalid page size {page_size}")]
    if size % page_size:
        return [MSG_TRUNCATED.format(detail=f"{size} bytes, not whole {page_size}-byte pages")]
    # The page count in the header is only trustworthy when its "valid-for" counter matches the
    # change counter, and only describes the main file when no WAL holds newer pages.
    page_count = int.from_bytes(header[28:32], "big")
    counts_valid = header[24:28] == header[92:96] and page_count > 0
    if counts_valid and not _has_data(sidecar(path, "-wal")) and size < page_count * page_size:
        return [MSG_TRUNCATED.format(detail=f"{size} of {page_count * page_size} bytes")]
    return []


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(QUICK_CHECK.format(limit=MAX_REPORTED + 1)).fetchall()
    if [row[0] for row in rows] == ["ok"]:
        return []
    # SQLite may pack several findings into one row, led by a "*** in database main ***" title.
    lines = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ] or ["unknown error"]
    problems = [MSG_DAMAGED.format(detail=f"quick_check: {line}") for line in lines[:MAX_REPORTED]]
    if len(lines) > MAX_REPORTED:
        problems.append(MSG_MORE)
    return problems


def _describe_sqlite_error(exc: sqlite3.DatabaseError) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = str(exc) or name
    if name.startswith("SQLITE_NOTADB"):
        return MSG_NOT_A_DATABASE.format(detail=detail)
    if name.startswith(_DAMAGE) or not name:
        return MSG_DAMAGED.format(detail=detail)
    return MSG_UNREADABLE.format(detail=detail)


def remove_scratch_leftovers(folder: Path) -> None:
    """Delete check copies a crash left behind in ``folder`` (they hold case data)."""
    for leftover in Path(folder).glob(".kitdesk-check-*"):
        if leftover.is_dir():
            import shutil

            shutil.rmtree(leftover, ignore_errors=True)



def start_background_check(path: Path):
    """check_database_file() in a daemon thread; returns a callable that waits for its result.

    The result is None when there was no file to check.
    """
    import threading

    result: dict[str, list[str] | None] = {}

    def run() -> None:
        try:
            result["problems"] = check_database_file(path) if path.exists() else None
        except Exception:  # the caller checks again in its own thread
            result["failed"] = None

    thread = threading.Thread(target=run, name="kitdesk-integrity-check", daemon=True)
    thread.start()

    def wait() -> list[str] | None:
        thread.join()
        if "failed" in result:
            return check_database_file(path) if path.exists() else None
        return result["problems"]

    return wait
