"""The handover bundle: one file holding one case, encrypted with a one-time passphrase.

Format (version 1), chosen over a zip because it needs nothing but reading a line:

    KITDESK-BUNDLE\\n
    {"format": 1, "steps": [...], "kdf": {...}, "check": "...", "size": N, "sha256": "..."}\\n
    <N bytes: a SQLCipher database of KIT Desk's own schema>

The header line is plain JSON and holds nothing about the child: the format version, the schema
steps of the database (to refuse a file from a newer KIT Desk before touching it), the scrypt
parameters and salt, a check value that tells a wrong passphrase from a damaged file (SQLCipher
answers both alike, "file is not a database"), and the size and SHA-256 of the database bytes (a
truncated or damaged copy is told as such before anything is read).

Keys: the passphrase goes through the same scrypt as the data folder's key file
(kitdesk.store.keys), giving 32 bytes; the database key and the check value are HMAC-SHA256 of those
with a label each, so neither reveals the other. The passphrase is 24 letters and digits from an
alphabet without look-alikes (no 0/O, 1/I/L), shown as six groups of four: about 119 bits, made by
`secrets`; typed back, case, spaces and dashes do not matter.

The database is opened only as a copy inside the receiving data folder (never in a system temp
folder) and removed afterwards.
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

from kitdesk.domain.refusal import Refusal, message
from kitdesk.store import schema
from kitdesk.store.keys import DEFAULT_KDF, KdfParams, _derive

MAGIC = b"KITDESK-BUNDLE\n"
FORMAT_VERSION = 1
MAX_HEADER = 64 * 1024
SUFFIX = ".kitdesk"
# Letters and digits that cannot be mistaken for one another when read out over the phone.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_SIZE = 6, 4
_DB_LABEL = b"kitdesk bundle database key v1"
_CHECK_LABEL = b"kitdesk bundle passphrase check v1"

NOT_A_BUNDLE = message(
    "bundle.not_a_bundle",
    "Filen {name} er ikke en sag overdraget fra KIT Desk. Vælg den fil (.kitdesk), du har fået tilsendt.",
    "The file {name} is not a case handed over from KIT Desk. Choose the file (.kitdesk) you were sent.")
DAMAGED = message(
    "bundle.damaged",
    "Filen {name} er beskadiget eller ikke hentet helt (den er afkortet). Bed afsenderen om at sende den igen. "
    "Intet er ændret.",
    "The file {name} is damaged or was not downloaded completely (it is truncated). Ask the sender to send it "
    "again. Nothing was changed.")
NEWER = message(
    "bundle.newer",
    "Filen {name} er lavet af en nyere udgave af KIT Desk. Opdatér KIT Desk på denne computer, og modtag sagen "
    "igen. Intet er ændret.",
    "The file {name} was made by a newer version of KIT Desk. Update KIT Desk on this computer and receive the "
    "case again. Nothing was changed.")
WRONG_PASSPHRASE = message(
    "bundle.wrong_passphrase",
    "Adgangskoden passer ikke til filen. Kontrollér de 24 tegn, du har fået af afsenderen (fx i telefonen), og "
    "prøv igen.",
    "The passphrase does not fit the file. Check the 24 characters the sender gave you (by phone, say) and try "
    "again.")
UNREADABLE = message(
    "bundle.unreadable", "Filen {name} kan ikke læses ({reason}).", "The file {name} cannot be read ({reason}).")


# Copies of a bundle's database while it is written or read, inside the data folder (never a system
# temp folder). The folder's lock lets one KIT Desk at a time work in it, so one found at the start of
# a handover or a receipt was left by a crash; it is encrypted under a passphrase nobody has any more.
TEMP_PREFIXES = (".kitdesk-handover-", ".kitdesk-receive-")


IN_USE: set[str] = set()  # this process's copies still open (a receive dialog waiting for the user)


def temp_path(root: Path, kind: str) -> Path:
    clear_leftovers(root)
    return Path(root) / f".kitdesk-{kind}-{secrets.token_hex(6)}.sqlite3"


def clear_leftovers(root: Path) -> None:
    for prefix in TEMP_PREFIXES:
        for path in Path(root).glob(f"{prefix}*"):
            if not any(path.name.startswith(Path(used).name) for used in IN_USE):
                path.unlink(missing_ok=True)


def new_passphrase() -> str:
    """A one-time passphrase: "ABCD-EFGH-…", six groups of four."""
    letters = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return "-".join(letters[i:i + GROUP_SIZE] for i in range(0, len(letters), GROUP_SIZE))


def normalise(passphrase: str) -> str:
    """What is derived from: upper case, letters and digits only (spaces and dashes as typed vary)."""
    return "".join(ch for ch in passphrase.upper() if ch.isalnum())


@dataclass(frozen=True)
class BundleKeys:
    database: bytes  # the raw SQLCipher key
    check: bytes


def derive(passphrase: str, salt: bytes, kdf: KdfParams) -> BundleKeys:
    master = _derive(normalise(passphrase), salt, kdf)
    return BundleKeys(hmac.new(master, _DB_LABEL, hashlib.sha256).digest(),
                      hmac.new(master, _CHECK_LABEL, hashlib.sha256).digest()[:16])


@dataclass(frozen=True)
class Header:
    steps: tuple[str, ...]
    kdf: KdfParams
    salt: bytes
    check: bytes
    size: int
    sha256: str
    format: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        record = {"format": self.format, "steps": list(self.steps),
                  "kdf": {"name": "scrypt", "n": self.kdf.n, "r": self.kdf.r, "p": self.kdf.p, "salt": _b64(self.salt)},
                  "check": _b64(self.check), "size": self.size, "sha256": self.sha256}
        return MAGIC + json.dumps(record, separators=(",", ":")).encode("ascii") + b"\n"


def new_keys(passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> tuple[bytes, BundleKeys]:
    salt = secrets.token_bytes(16)
    return salt, derive(passphrase, salt, kdf)


def write_bundle_file(target: Path, database: bytes, salt: bytes, keys: BundleKeys, kdf: KdfParams) -> None:
    """The header, then the database's bytes, written atomically (a temp file beside, then a rename)."""
    header = Header(tuple(schema.STEPS), kdf, salt, keys.check, len(database), hashlib.sha256(database).hexdigest())
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(header.to_bytes())
            f.write(database)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_bundle_file(path: Path, passphrase: str) -> tuple[Header, bytes, BundleKeys]:
    """The header, the database's bytes and the keys – or a Refusal that says what is wrong with the
    file or the passphrase (in that order: a damaged file is said as damaged, whatever was typed)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Refusal(UNREADABLE, name=path.name, reason=exc.strerror or type(exc).__name__) from exc
    header, body = parse(data, path.name)
    keys = derive(passphrase, header.salt, header.kdf)
    if not hmac.compare_digest(keys.check, header.check):
        raise Refusal(WRONG_PASSPHRASE)
    return header, body, keys


def parse(data: bytes, name: str) -> tuple[Header, bytes]:
    if not data.startswith(MAGIC):
        # A file cut off inside the magic itself is a damaged bundle, not some other file.
        if data and MAGIC.startswith(data):
            raise Refusal(DAMAGED, name=name)
        raise Refusal(NOT_A_BUNDLE, name=name)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise Refusal(DAMAGED, name=name)
    try:
        record = json.loads(data[len(MAGIC):end].decode("ascii"))
        version = int(record["format"])
    except (ValueError, KeyError, TypeError):
        raise Refusal(DAMAGED, name=name) from None
    if version > FORMAT_VERSION:
        raise Refusal(NEWER, name=name)
    try:
        header = Header(tuple(str(s) for s in record["steps"]),
                        KdfParams(int(record["kdf"]["n"]), int(record["kdf"]["r"]), int(record["kdf"]["p"])),
                        _unb64(record["kdf"]["salt"]), _unb64(record["check"]), int(record["size"]),
                        str(record["sha256"]), version)
    except (ValueError, KeyError, TypeError):
        raise Refusal(DAMAGED, name=name) from None
    kdf = header.kdf
    if not (2 <= kdf.n <= 2**20 and kdf.n & (kdf.n - 1) == 0 and 1 <= kdf.r <= 32 and 1 <= kdf.p <= 4):
        raise Refusal(DAMAGED, name=name)  # not what KIT Desk writes; and scrypt must not run for hours
    if set(header.steps) - set(schema.STEPS):
        raise Refusal(NEWER, name=name)
    body = data[end + 1:]
    if len(body) != header.size or hashlib.sha256(body).hexdigest() != header.sha256:
        raise Refusal(DAMAGED, name=name)
    return header, body


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
