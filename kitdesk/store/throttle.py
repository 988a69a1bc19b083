"""After a few wrong passphrases, the wait before the next try grows.

Kept in a small file in the data folder (no personal data in it), so a script that starts the
command line again and again waits as long as the window does.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

FILE = "unlock-attempts.json"
FREE_TRIES = 3
MAX_WAIT_S = 300.0


def _path(root: Path) -> Path:
    return Path(root) / FILE


def _load(root: Path) -> dict:
    try:
        data = json.loads(_path(root).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def seconds_to_wait(root: Path, now: float | None = None) -> float:
    """How long the next try must wait; 0 when it may go ahead."""
    until = float(_load(root).get("until", 0) or 0)
    return max(0.0, until - (time.time() if now is None else now))


def wait_after(failures: int) -> float:
    """The wait after the n-th wrong try in a row: none for the first three, then 2, 4, 8 … s."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT_S, 2.0 ** (failures - FREE_TRIES + 1))


def record_failure(root: Path, now: float | None = None) -> float:
    """Count a wrong try; returns the wait before the next one."""
    now = time.time() if now is None else now
    failures = int(_load(root).get("failures", 0) or 0) + 1
    wait = wait_after(failures)
    try:
        _path(root).write_text(json.dumps({"failures": failures, "until": now + wait}), encoding="utf-8")
    except OSError:
        pass  # a read-only folder still refuses the wrong passphrase; it only cannot slow the next try
    return wait


def record_success(root: Path) -> None:
    try:
        _path(root).unlink(missing_ok=True)
    except OSError:
        pass
