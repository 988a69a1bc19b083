"""Turning a data folder from before encryption into an encrypted one, once, without losing a row
and without leaving anything readable behind.

The steps, each safe to be cut off by a crash or kill -9 (`finish_interrupted` sorts out what a cut
left, at the next open):

1. The plain database is checkpointed, so it is whole in its main file.
2. An encrypted copy is made beside it (`sqlcipher_export`) and verified: every page's HMAC, a
   quick_check, and the same number of rows in every table.
3. The key file is written – before the swap, so an encrypted database never exists without it.
4. The plain file is renamed aside, the encrypted copy renamed into its place.
5. The plain file (and any -wal/-shm) is overwritten with zeros and removed.
6. Every other plain copy in the folder – backups, replaced/, damaged/ – is converted the same way
   with the same key, or, if it cannot be read, overwritten and removed (`encrypt_plain_copies`,
   run again at every open until none is left).

Overwriting makes the old bytes unreadable through the file system; on an SSD the drive may keep
copies of its own, which only full-disk encryption (BitLocker, FileVault) covers.
"""
from __future__ import annotations

import os
from pathlib import Path

from kitdesk.paths import DataFolder
from kitdesk.store import keys
from kitdesk.store.db import DatabaseErrors, connect
from kitdesk.store.integrity import SIDECAR_SUFFIXES, sidecar
from kitdesk.store.keys import DEFAULT_KDF, KdfParams
from kitdesk.store.unlocking import Unlocked, is_plain_database

ENCRYPTING_SUFFIX = ".encrypting"
PLAIN_SUFFIX = ".plain"
# Folders whose database files are copies of the data (backups and files set aside).
COPY_FOLDERS = ("backups", "replaced", "damaged")


class ConversionFailed(Exception):
    """The encrypted copy did not match the plain database: nothing was changed (Danish message)."""


def _encrypting(path: Path) -> Path:
    return path.with_name(path.name + ENCRYPTING_SUFFIX)


def _plain_aside(path: Path) -> Path:
    return path.with_name(path.name + PLAIN_SUFFIX)


def convert_plain(folder: DataFolder, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> Unlocked:
    """Encrypt the folder's plain database and every plain copy; returns the key and the recovery key.

    Raises ConversionFailed (nothing changed) or OSError / a database error (nothing changed
    either: the plain database stays in place until the encrypted one is verified and keyed).
    """
    finish_interrupted(folder)
    key = keys.new_data_key()
    db_path = folder.db_path
    target = _encrypting(db_path)
    encrypt_copy(db_path, target, key)
    keys.write_key_file(folder.root, key, passphrase, kdf)
    _swap(db_path, target)
    encrypt_plain_copies(folder, key)
    return Unlocked(key, keys.recovery_key_text(key))


def encrypt_copy(source: Path, target: Path, key: bytes) -> None:
    """An encrypted, verified copy of the plain database `source` at `target` (replaced if there)."""
    _remove_with_sidecars(target)
    plain = connect(source, None, isolation_level=None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        counts = _row_counts(plain)
        application_id = plain.execute("PRAGMA application_id").fetchone()[0]
        user_version = plain.execute("PRAGMA user_version").fetchone()[0]
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        os.close(fd)
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {keys.sqlcipher_key(key)}", [str(target)])
        try:
            plain.execute("SELECT sqlcipher_export('encrypted')").fetchall()
            # Not part of the export: the header's own fields.
            plain.execute(f"PRAGMA encrypted.application_id = {int(application_id)}")
            plain.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        finally:
            plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    _verify(target, key, counts)
    _fsync(target)


def encrypt_plain_copies(folder: DataFolder, key: bytes) -> list[Path]:
    """Convert (or, if unreadable, destroy) every plain database copy in the folder; returns them."""
    handled = []
    for name in COPY_FOLDERS:
        where = folder.root / name
        if not where.is_dir():
            continue
        for path in sorted(where.iterdir()):
            if not path.is_file() or path.name.endswith(tuple(SIDECAR_SUFFIXES)) or not is_plain_database(path):
                continue
            target = _encrypting(path)
            try:
                encrypt_copy(path, target, key)
            except (ConversionFailed, *DatabaseErrors):
                _remove_with_sidecars(target)
                shred(path)  # a damaged plain copy cannot be converted, and must not stay readable
            else:
                _swap(path, target)
            handled.append(path)
    return handled


def finish_interrupted(folder: DataFolder) -> None:
    """What a crash in the middle of a conversion left, put right: either the plain database is
    back in place (and converted again later) or the encrypted one is, and no plain copy is left."""
    for path in _database_files(folder):
        aside, target = _plain_aside(path), _encrypting(path)
        if aside.exists():
            if not path.exists():
                if target.exists() and not is_plain_database(target):
                    os.replace(target, path)  # verified before the plain file was moved aside
                else:
                    os.replace(aside, path)  # back to where it was: converted again
                    continue
            shred(aside)
        if target.exists():
            _remove_with_sidecars(target)  # an unfinished copy: it holds no readable data


def shred(path: Path) -> None:
    """Overwrite a file (and its -wal/-shm/-journal) with zeros, then remove it."""
    for each in [path, *(sidecar(path, s) for s in SIDECAR_SUFFIXES)]:
        try:
            size = each.stat().st_size
        except FileNotFoundError:
            continue
        with open(each, "r+b") as f:
            block = b"\0" * 65536
            left = size
            while left > 0:
                f.write(block[:min(left, len(block))])
                left -= len(block)
            f.flush()
            os.fsync(f.fileno())
        each.unlink()


# -- helpers ---------------------------------------------------------------------------------------

def _database_files(folder: DataFolder) -> list[Path]:
    found = [folder.db_path]
    for name in COPY_FOLDERS:
        where = folder.root / name
        if where.is_dir():
            found += [p.with_name(p.name[:-len(s)]) for p in where.iterdir()
                      for s in (PLAIN_SUFFIX, ENCRYPTING_SUFFIX) if p.name.endswith(s)]
    found += [p.with_name(p.name[:-len(s)]) for p in folder.root.iterdir()
              for s in (PLAIN_SUFFIX, ENCRYPTING_SUFFIX) if p.name.endswith(s)]
    return list(dict.fromkeys(found))


def _swap(path: Path, encrypted: Path) -> None:
    aside = _plain_aside(path)
    os.replace(path, aside)
    for suffix in SIDECAR_SUFFIXES:  # none after the checkpoint; never leave one beside the new file
        if sidecar(path, suffix).exists():
            os.replace(sidecar(path, suffix), sidecar(aside, suffix))
    os.replace(encrypted, path)
    _fsync_dir(path.parent)
    shred(aside)


def _row_counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%'")]
    return {t: conn.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0] for t in tables}


def _verify(target: Path, key: bytes, counts: dict[str, int]) -> None:
    conn = connect(target, key)
    try:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = [r[0] for r in conn.execute("PRAGMA quick_check(1)").fetchall()]
        if bad or quick != ["ok"] or _row_counts(conn) != counts:
            raise ConversionFailed("Den krypterede kopi af databasen kunne ikke kontrolleres. Intet er ændret; "
                                   "prøv igen, og kontakt din IT-support, hvis det sker igen.")
    finally:
        conn.close()


def _remove_with_sidecars(path: Path) -> None:
    for each in [path, *(sidecar(path, s) for s in SIDECAR_SUFFIXES)]:
        each.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
