"""A real read-only folder for tests that run as root (CI does), which ignores file modes: the code
under test runs in a subprocess that first loads every module it needs and then gives up root for
`nobody` (65534). Not root already: the subprocess simply runs as the user.

    folder = read_only_folder()
    result = run_unprivileged("from tests.x import attempt; attempt(FOLDER)", folder)
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534

# `WARM_UP` runs with root's rights (it may import and read what only root can reach, e.g. Python
# itself under /root), then the process becomes nobody and runs `CODE`.
_CHILD = """
import os, sys
from pathlib import Path
FOLDER = Path(sys.argv[1])
exec(sys.argv[2])
if os.geteuid() == 0:
    os.setgroups([])
    os.setgid({nobody})
    os.setuid({nobody})
exec(sys.argv[3])
"""


def read_only_folder() -> Path:
    """An empty folder that nobody but root may write to, inside one that everyone may enter."""
    base = Path(tempfile.mkdtemp(prefix="kitdesk-ro-"))
    base.chmod(0o755)
    folder = base / "skrivebeskyttet"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def run_unprivileged(code: str, folder: Path, warm_up: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-c", _CHILD.format(nobody=NOBODY), str(folder), warm_up, code],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
