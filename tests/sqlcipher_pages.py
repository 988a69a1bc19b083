"""Read an SQLCipher 4 file page by page with the raw key, the way an attacker with the key – or a
test – would, to look for what SQLite leaves on freed pages and in the WAL.

SQLCipher 4 defaults: 4096-byte pages, each ending in a reserve of 16 bytes of IV and a 64-byte
HMAC; the page body is AES-256-CBC under the raw key; page 1 starts with the 16-byte salt.
"""
from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    body = page[16 if first else 0:PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    data = Path(path).read_bytes()
    return [_decrypt(data[n * PAGE:(n + 1) * PAGE], key, n == 0) for n in range(len(data) // PAGE)]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    wal = Path(str(path) + "-wal")
    if not wal.exists():
        return []
    data = wal.read_bytes()
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset:offset + 4], "big")
        pages.append(_decrypt(data[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE], key, number == 1))
        offset += FRAME_HEADER + PAGE
    return pages


def plaintext(path: Path, key: bytes) -> bytes:
    """Every page of the database and its WAL, decrypted and joined."""
    return b"".join(database_pages(path, key) + wal_pages(path, key))
