"""The page walk start-up left out, because the file was sealed (kitdesk.store.seal).

Start-up trusts a sealed file enough to show the first page without reading every page first.
The walk is owed, though: the window starts it in a thread once its first page is shown
(``start``), so that damage the disk did since the last clean close is found within seconds and
told. Closing the store waits for a walk under way, or walks now if none ran (a command, a window
closed at once): the store seals the file again only if its pages were found healthy this session.
A file found damaged is never sealed, so the next start walks it and offers the newest good backup.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

OnDamage = Callable[[list[str]], None]


class PageCheck:
    def __init__(self, db_path: Path | None, key: bytes | None, *, walked: bool) -> None:
        self._path = db_path
        self._key = key
        self.healthy: bool | None = True if walked else None  # None: not known yet this session
        self.problems: list[str] = []
        self._thread: threading.Thread | None = None

    @property
    def owed(self) -> bool:
        """The walk start-up left out has not run (or not finished) yet."""
        return self.healthy is None

    def start(self, on_damage: OnDamage | None = None) -> bool:
        """Walk the pages in a thread if the walk is owed and not under way; `on_damage(problems)`
        is called from that thread if it finds damage. Returns whether a walk was started."""
        if not self.owed or self._thread is not None or self._path is None:
            return False
        self._thread = threading.Thread(target=self._walk, args=(on_damage,), name="kitdesk-page-check",
                                        daemon=True)
        self._thread.start()
        return True

    def finish(self) -> bool:
        """Wait for the walk (walking now if none was started): True if the pages are healthy."""
        if self._thread is not None:
            self._thread.join()
        elif self.owed and self._path is not None:
            self._walk(None)
        return bool(self.healthy)

    def _walk(self, on_damage: OnDamage | None) -> None:
        from kitdesk.store.db import DatabaseErrors
        from kitdesk.store.integrity import walk_pages

        try:
            problems = walk_pages(self._path, key=self._key)  # type: ignore[arg-type]
        except (OSError, *DatabaseErrors) as exc:  # not damage (a lock, the disk): not known, so no seal
            log.info("page check not done: %s", type(exc).__name__)
            self.healthy = False
            return
        self.problems = problems
        self.healthy = not problems
        if problems:
            log.warning("page check found the database damaged (%d problems)", len(problems))
            if on_damage is not None:
                on_damage(problems)
