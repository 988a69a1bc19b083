"""A real "database or disk is full" for the minutes writer, without a special file system: SQLite's
`PRAGMA max_page_count` on the connection that writes (the limit belongs to that connection alone).

    disk = FullDisk(db_path, key, spare_pages=2)   # the writer may grow the file by 2 pages, no more
    MinutesSaver(db_path, key=key, connect=disk.connect)
    ...
    disk.free()                               # the user frees space: the next attempt succeeds

The saver opens a fresh connection after every failed attempt, so free() takes effect at its next try.
"""
from __future__ import annotations

from pathlib import Path

from kitdesk.store.db import Connection, connect, open_connection

SHORT_BUSY_TIMEOUT = 0.2


class FullDisk:
    def __init__(self, db_path: Path, key: bytes | None, spare_pages: int = 1):
        self.db_path = Path(db_path)
        self.key = key
        conn = connect(self.db_path, key)
        try:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
        finally:
            conn.close()
        self.max_pages: int | None = pages + spare_pages
        self.connections = 0

    def connect(self) -> Connection:
        conn = open_connection(self.db_path, key=self.key, busy_timeout_s=SHORT_BUSY_TIMEOUT)
        if self.max_pages is not None:
            conn.execute(f"PRAGMA max_page_count = {int(self.max_pages)}")
        self.connections += 1
        return conn

    def free(self) -> None:
        self.max_pages = None
