"""The data key, and how a passphrase or the recovery key unlocks it.

SQLCipher encrypts the database with a random 256-bit data key, handed to it raw
(``PRAGMA key = "x'…'"``), so SQLCipher's own KDF does not run on every connection (the minutes
saver and backups open their own). The data key lies in the key file wrapped with AES-256-GCM (the
``cryptography`` package) under a key derived from the passphrase with scrypt (n=2**16, r=8, p=1:
64 MiB, memory-hard; stronger against guessing on graphics cards than SQLCipher 4's default
PBKDF2-SHA512 with 256,000 rounds, at about the same time). That gives:

- a wrong passphrase is told apart from a damaged database: GCM's tag fails, the database is
  never touched;
- changing the passphrase rewraps 32 bytes: one KDF run, however large the database;
- the recovery key is the data key itself, written for paper: it opens the data even if the key
  file is lost.

The key file holds nothing readable without the passphrase; a copy of it lies in ``backups/``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

KEY_FILE = "kitdesk.key"
KEY_BYTES = 32
FORMAT = "kitdesk-key"
AAD = b"kitdesk data key v1"
CHECK_LABEL = b"kitdesk recovery key check"


@dataclass(frozen=True)
class KdfParams:
    n: int = 2**16
    r: int = 8
    p: int = 1


DEFAULT_KDF = KdfParams()


class KeyProblem(Exception):
    """Base for key problems; the message is Danish, for the user."""


class WrongPassphrase(KeyProblem):
    def __init__(self) -> None:
        super().__init__("Adgangskoden er forkert. Prøv igen – eller brug gendannelsesnøglen.")


class WrongRecoveryKey(KeyProblem):
    def __init__(self, malformed: bool = False) -> None:
        super().__init__(
            "Gendannelsesnøglen er skrevet forkert – et eller flere tegn passer ikke. Kontrollér den mod papiret."
            if malformed else "Gendannelsesnøglen hører ikke til disse data.")
        self.malformed = malformed


class KeyFileDamaged(KeyProblem):
    def __init__(self, detail: str) -> None:
        super().__init__("Nøglefilen er beskadiget, så adgangskoden kan ikke bruges. Åbn dataene med "
                         f"gendannelsesnøglen; så laves en ny nøglefil ({detail}).")


def key_file(root: Path) -> Path:
    return Path(root) / KEY_FILE


def has_key_file(root: Path) -> bool:
    return key_file(root).is_file()


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def sqlcipher_key(data_key: bytes) -> str:
    """The value for ``PRAGMA key``: the raw key, so SQLCipher skips its own KDF."""
    return f"\"x'{data_key.hex()}'\""


# -- the key file ----------------------------------------------------------------------------------

def write_key_file(root: Path, data_key: bytes, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> None:
    """Wrap ``data_key`` under ``passphrase`` and write the key file (and its copy) atomically."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = _aesgcm(_derive(passphrase, salt, kdf)).encrypt(nonce, data_key, AAD)
    record = {
        "format": FORMAT, "version": 1,
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
        "nonce": _b64(nonce), "wrapped": _b64(wrapped), "check": _b64(_check_value(data_key)),
    }
    text = json.dumps(record, indent=1)
    for target in (key_file(root), Path(root) / "backups" / KEY_FILE):
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, text)


def unlock(root: Path, passphrase: str) -> bytes:
    """The data key, or WrongPassphrase. The database is not touched."""
    record = _read(key_file(root))
    try:
        kdf = KdfParams(int(record["kdf"]["n"]), int(record["kdf"]["r"]), int(record["kdf"]["p"]))
        salt, nonce, wrapped = (_unb64(record["kdf"]["salt"]), _unb64(record["nonce"]), _unb64(record["wrapped"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileDamaged(type(exc).__name__) from exc
    from cryptography.exceptions import InvalidTag  # cryptography loads on first unlock: start-up without it

    try:
        data_key = _aesgcm(_derive(passphrase, salt, kdf)).decrypt(nonce, wrapped, AAD)
    except InvalidTag:
        raise WrongPassphrase() from None
    return data_key


def change_passphrase(root: Path, data_key: bytes, new_passphrase: str, kdf: KdfParams | None = None) -> None:
    """Rewrap the same data key: the database is not rewritten, so it takes one KDF run."""
    if kdf is None:
        kdf = _stored_kdf(root) or DEFAULT_KDF
    write_key_file(root, data_key, new_passphrase, kdf)


def check_recovery_key(root: Path, text: str) -> bytes:
    """The data key written in ``text``; WrongRecoveryKey if mistyped or, when the key file can
    tell, not this data folder's. Without a readable key file the caller tries the database."""
    data_key = parse_recovery_key(text)
    try:
        record = _read(key_file(root))
        expected = _unb64(record["check"])
    except (KeyFileDamaged, KeyError, TypeError, ValueError, FileNotFoundError):
        return data_key
    if not hmac.compare_digest(expected, _check_value(data_key)):
        raise WrongRecoveryKey()
    return data_key


# -- the recovery key on paper ---------------------------------------------------------------------

_CHECKSUM_BYTES = 2
_GROUP = 5


def recovery_key_text(data_key: bytes) -> str:
    """The data key plus a 2-byte checksum in base32, in groups of five: ``ABCDE-FGHIJ-…``."""
    raw = data_key + hashlib.sha256(data_key).digest()[:_CHECKSUM_BYTES]
    letters = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(letters[i:i + _GROUP] for i in range(0, len(letters), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Tolerant of case, spaces, dashes and the look-alikes 0/O, 1/I, 8/B."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:  # binascii.Error is one
        raise WrongRecoveryKey(malformed=True) from None
    data_key, checksum = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(raw) != KEY_BYTES + _CHECKSUM_BYTES or hashlib.sha256(data_key).digest()[:_CHECKSUM_BYTES] != checksum:
        raise WrongRecoveryKey(malformed=True)
    return data_key


# -- helpers ---------------------------------------------------------------------------------------

def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # on first use, as above

    return Scrypt(salt=salt, length=KEY_BYTES, n=kdf.n, r=kdf.r, p=kdf.p).derive(passphrase.encode("utf-8"))


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # on first use, as above

    return AESGCM(key)


def _check_value(data_key: bytes) -> bytes:
    return hmac.new(data_key, CHECK_LABEL, hashlib.sha256).digest()[:16]


def _stored_kdf(root: Path) -> KdfParams | None:
    try:
        kdf = _read(key_file(root))["kdf"]
        return KdfParams(int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    except (KeyFileDamaged, FileNotFoundError, KeyError, TypeError, ValueError):
        return None


def _read(path: Path) -> dict:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise
    except (OSError, ValueError) as exc:
        raise KeyFileDamaged(type(exc).__name__) from exc
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise KeyFileDamaged("format")
    if record.get("version") != 1:
        raise KeyFileDamaged(f"version {record.get('version')}")
    return record


def _write_atomically(target: Path, text: str) -> None:
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
