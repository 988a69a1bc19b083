"""Before the door opens (kitdesk.store.opening): what key a data folder needs, and getting it.

A data folder is in one of four states:

- NEW – nothing in it yet: the user chooses a passphrase (`set_up`) and is shown the recovery key;
- PLAIN – a database from before encryption: converted once (kitdesk.store.conversion);
- ENCRYPTED – the key file is there: the passphrase (`unlock`) or the recovery key opens it;
- KEY_FILE_MISSING – an encrypted database whose key file (and its copy in backups/) is gone:
  only the recovery key opens it, and a new key file is written with a new passphrase.

A wrong passphrase is only ever a wrong passphrase: it is found by the key file's authentication
tag, before the database is touched, and never called damage. After three wrong tries in a row the
wait before the next one grows (kitdesk.store.throttle).
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from enum import Enum

from kitdesk.paths import DataFolder
from kitdesk.store import keys, throttle
from kitdesk.store.integrity import SQLITE_MAGIC
from kitdesk.store.keys import DEFAULT_KDF, KdfParams, KeyProblem, WrongPassphrase, WrongRecoveryKey

# Scripts and tests give the passphrase here instead of typing it (README).
ENV_PASSPHRASE = "KITDESK_PASSPHRASE"
MSG_RECOVERY_KEY = ("Gendannelsesnøgle – vises kun denne ene gang. Skriv den ned, og gem den et sikkert sted, "
                    "ikke sammen med computeren:\n  {key}")


class FolderState(Enum):
    NEW = "new"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"
    KEY_FILE_MISSING = "key_file_missing"


class Throttled(KeyProblem):
    def __init__(self, seconds: float) -> None:
        whole = int(seconds + 0.999)
        unit = "sekund" if whole == 1 else "sekunder"
        super().__init__(f"Forkert adgangskode flere gange. Vent {whole} {unit}, før du prøver igen.")
        self.seconds = seconds


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    recovery_key: str = ""  # set when the key is new: shown to the user once, never stored


def is_plain_database(path) -> bool:
    """A database file from before encryption (SQLite's own header, readable by anyone)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except FileNotFoundError:
        return False


def folder_state(folder: DataFolder) -> FolderState:
    db = folder.db_path
    if is_plain_database(db):
        return FolderState.PLAIN
    if keys.has_key_file(folder.root):
        return FolderState.ENCRYPTED
    copy = folder.backups / keys.KEY_FILE
    if copy.is_file():
        shutil.copyfile(copy, keys.key_file(folder.root))  # the copy written beside every key file
        return FolderState.ENCRYPTED
    if db.exists() and db.stat().st_size > 0:
        return FolderState.KEY_FILE_MISSING
    return FolderState.NEW


def set_up(folder: DataFolder, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> Unlocked:
    """A new data folder: a new data key under the passphrase; the recovery key to show once."""
    folder.ensure()
    key = keys.new_data_key()
    keys.write_key_file(folder.root, key, passphrase, kdf)
    return Unlocked(key, keys.recovery_key_text(key))


def seconds_to_wait(folder: DataFolder) -> float:
    return throttle.seconds_to_wait(folder.root)


def unlock(folder: DataFolder, passphrase: str) -> bytes:
    """The data key; WrongPassphrase (counted), Throttled while a wait runs, KeyFileDamaged."""
    wait = throttle.seconds_to_wait(folder.root)
    if wait > 0:
        raise Throttled(wait)
    try:
        key = keys.unlock(folder.root, passphrase)
    except WrongPassphrase:
        throttle.record_failure(folder.root)
        raise
    throttle.record_success(folder.root)
    return key


def unlock_with_recovery_key(folder: DataFolder, text: str) -> bytes:
    """The data key from the recovery key. Checked against the key file when there is one, else
    against the database itself (it opens only with its own key)."""
    wait = throttle.seconds_to_wait(folder.root)
    if wait > 0:
        raise Throttled(wait)
    try:
        key = keys.check_recovery_key(folder.root, text)
        if not keys.has_key_file(folder.root) and not _opens(folder, key):
            raise WrongRecoveryKey()
    except WrongRecoveryKey as wrong:
        if not wrong.malformed:
            throttle.record_failure(folder.root)
        raise
    throttle.record_success(folder.root)
    return key


def choose_passphrase(folder: DataFolder, key: bytes, passphrase: str, kdf: KdfParams | None = None) -> None:
    """A new passphrase for the same key (after the recovery key, or from Settings): the database is
    not rewritten, so it takes one KDF run however large the data."""
    keys.change_passphrase(folder.root, key, passphrase, kdf)


def _opens(folder: DataFolder, key: bytes) -> bool:
    from kitdesk.store.db import DatabaseErrors
    from kitdesk.store.integrity import read_only_connection

    if not folder.db_path.exists():
        return False
    try:
        with read_only_connection(folder.db_path, key) as conn:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except DatabaseErrors:
        return False
    return True


def start_unlocking(folder: DataFolder, passphrase: str):
    """The passphrase given before the window exists (KITDESK_PASSPHRASE): derive the key and check
    the database in a thread while Qt loads. Returns a callable giving (key, examined) – or None
    when it did not work out (a wrong passphrase, any trouble): the door then asks as usual, and
    says what is wrong."""
    import threading

    from kitdesk.store.identity import read_identity
    from kitdesk.store.integrity import examine_at_start

    if folder_state(folder) is not FolderState.ENCRYPTED:
        return lambda: None
    outcome: dict = {}

    def run() -> None:
        try:
            key = unlock(folder, passphrase)
            outcome["done"] = (key, examine_at_start(folder.db_path, read_identity, key=key))
        except BaseException:  # the door asks again and says what is wrong
            outcome["done"] = None

    thread = threading.Thread(target=run, name="kitdesk-unlock", daemon=True)
    thread.start()

    def wait():
        thread.join()
        return outcome.get("done")

    return wait
