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

A copy holds the children's case data, so it is only ever made inside the data folder (protected
like the original) and never in a shared temp folder: where the data folder cannot be written, the
check raises ``PermissionError`` instead.

Only damage is reported as problems. A file that cannot be read for another reason (a full disk,
an I/O error, no permission, a lock) raises the ``OSError`` or ``sqlite3.Error``: that is not
damage, and must never lead to restoring a backup.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kitdesk.store.db import Connection, DatabaseErrors, Errors, connect

SQLITE_MAGIC = b"SQLite format 3\x00"
ENCRYPTED_PAGE_SIZE = 4096  # SQLCipher 4's default
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
SCRATCH_PREFIX = ".kitdesk-check-"
IN_USE_MARKER = "in-use"
MSG_NOT_A_FILE = "Der ligger en mappe, hvor databasefilen skulle være ({detail})."


def is_missing(path: Path) -> bool:
    """True if there is no database file yet: not damage, the caller may create a new one."""
    return not Path(path).exists()


def sidecar(path: Path, suffix: str) -> Path:
    """The ``-wal``/``-shm``/``-journal`` file SQLite keeps next to ``path``."""
    return path.with_name(path.name + suffix)


def check_database_file(path: Path, key: bytes | None) -> list[str]:
    """Problems with the database at ``path`` in plain Danish; ``[]`` if it is healthy. `key`: the
    SQLCipher data key (None for a plain SQLite file, e.g. one from before encryption).

    Writes nothing to the file. A missing file gives ``[]`` (see ``is_missing``). Raises ``OSError``
    or a database error when the file could not be looked at for a reason other than damage.
    """
    return examine_database_file(path, key=key)[0]


def examine_database_file(path: Path, read: Callable[[Connection], Any] | None = None, *,
                          key: bytes | None, thorough: bool = True, walk: bool = True) -> tuple[list[str], Any]:
    """``check_database_file``, and then, if the file is healthy, ``read(conn)`` on the same
    read-only connection (what the file is, say). Returns ``(problems, what read returned)``;
    ``([], None)`` for a missing file.

    `thorough=False` (start-up): quick_check alone. It reads every page of every table and index,
    and SQLCipher checks each page's HMAC as it decrypts it; cipher_integrity_check adds the pages
    no table uses (freed pages) for ~40 % more time, which `kitdesk check`, backups and restores pay.
    `walk=False` (start-up of a sealed file, see ``examine_at_start``): no quick_check either; only
    the pages ``read`` reads are checked (SQLCipher checks each page's HMAC as it decrypts it)."""
    path = Path(path)
    if not path.exists():
        return [], None
    if not path.is_file():
        return [MSG_NOT_A_FILE.format(detail="not a regular file")], None
    try:
        problems = _check_header(path) if key is None else _check_encrypted_size(path)
        if problems:
            return problems, None
        with read_only_connection(path, key) as conn:
            problems = _quick_check(conn, encrypted=key is not None and thorough) if walk else []
            return problems, (None if problems or read is None else read(conn))
    except DatabaseErrors as exc:
        if not _is_damage(exc):
            raise
        return [_describe_sqlite_error(exc)], None


def examine_at_start(path: Path, read: Callable[[Connection], Any] | None = None, *,
                     key: bytes | None) -> tuple[list[str], Any, bool]:
    """Start-up's examination: ``examine_database_file(thorough=False)``, without the page walk when
    the seal says the file is exactly the one KIT Desk closed cleanly (kitdesk.store.seal). Returns
    ``(problems, what read returned, walked)``; when not walked, the walk is owed: the store runs it
    in the background (kitdesk.store.page_check)."""
    from kitdesk.store.seal import is_sealed

    walk = not is_sealed(path)
    problems, result = examine_database_file(path, read, key=key, thorough=False, walk=walk)
    return problems, result, walk


def walk_pages(path: Path, *, key: bytes | None) -> list[str]:
    """quick_check on a read-only connection of its own (the page walk start-up left out, run in a
    thread by kitdesk.store.page_check); the problems in Danish, ``[]`` if healthy. Raises like
    ``examine_database_file`` for what is not damage."""
    try:
        with read_only_connection(Path(path), key) as conn:
            return _quick_check(conn)
    except DatabaseErrors as exc:
        if not _is_damage(exc):
            raise
        return [_describe_sqlite_error(exc)]


@contextlib.contextmanager
def read_only_connection(path: Path, key: bytes | None) -> Iterator[Connection]:
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
            conn = _connect(_uri(path, immutable=False), key)
            # Opening is lazy: touch the schema so "cannot open read-only" shows up here.
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except Errors as exc:
            if conn is not None:
                conn.close()
            if not _is_read_only_trouble(exc):
                raise
        else:
            with contextlib.closing(conn):
                yield conn
            return
        with _connection_to_copy(path, key) as conn:
            yield conn
    elif data_outside_main_file:
        with _connection_to_copy(path, key) as conn:
            yield conn
    else:
        with contextlib.closing(_connect(_uri(path, immutable=True), key)) as conn:
            yield conn


def _connect(uri: str, key: bytes | None) -> Connection:
    # The one place this module opens SQLite.
    return connect(uri, key, uri=True)


def _uri(path: Path, *, immutable: bool) -> str:
    # as_uri() percent-encodes spaces, '?', '#' and æøå, which a hand-built "file:{path}" would not.
    uri = path.as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _is_damage(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGE) or not name


def _is_read_only_trouble(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_READ_ONLY_TROUBLE)


@contextlib.contextmanager
def _connection_to_copy(path: Path, key: bytes | None) -> Iterator[Connection]:
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
        conn = connect(copy.as_uri() + "?mode=rw", key, uri=True)
        try:
            yield conn
        finally:
            conn.close()


@contextlib.contextmanager
def _scratch_dir(near: Path) -> Iterator[Path]:
    # The copy holds children's case data: inside the data folder, where it is protected like the
    # original, and nowhere else (PermissionError if that folder cannot be written). It is deleted
    # straight after the check; one left by a crash goes at the next start (remove_scratch_leftovers),
    # unless its marker says a check in another process is still using it.
    import tempfile

    from kitdesk.store.lock import marked_in_use

    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, dir=near, ignore_cleanup_errors=True) as name:
        marker = Path(name) / IN_USE_MARKER
        marker.touch(mode=0o600)
        with marked_in_use(marker):
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


def _check_encrypted_size(path: Path) -> list[str]:
    """An encrypted file has no readable header: SQLCipher checks each page's HMAC instead
    (cipher_integrity_check). Only its size can be judged from outside."""
    size = path.stat().st_size
    if size == 0:
        return [MSG_EMPTY.format(detail="0 bytes")]
    if size % ENCRYPTED_PAGE_SIZE:
        return [MSG_TRUNCATED.format(detail=f"{size} bytes, not whole {ENCRYPTED_PAGE_SIZE}-byte pages")]
    return []


def _quick_check(conn: Connection, *, encrypted: bool = False) -> list[str]:
    if encrypted:
        # Every page's HMAC: a page changed on the disk (or by hand) is found here, before SQLite
        # reads wrong data as if it were right.
        bad = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if bad:
            problems = [MSG_DAMAGED.format(detail=f"cipher_integrity_check: {line}") for line in bad[:MAX_REPORTED]]
            return problems + ([MSG_MORE] if len(bad) > MAX_REPORTED else [])
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


def _describe_sqlite_error(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = str(exc) or name
    if name.startswith("SQLITE_NOTADB"):
        return MSG_NOT_A_DATABASE.format(detail=detail)
    return MSG_DAMAGED.format(detail=detail)


def remove_scratch_leftovers(folder: Path) -> list[Path]:
    """Delete check copies a crash left behind in ``folder`` (they hold case data); returns them.

    A copy a check is still using (in this or another process) is left alone.
    """
    from kitdesk.store.lock import in_use

    removed = []
    for leftover in Path(folder).glob(SCRATCH_PREFIX + "*"):
        if leftover.is_dir() and not in_use(leftover / IN_USE_MARKER):
            import shutil

            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
    return removed
