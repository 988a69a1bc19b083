"""The release before encryption, timed beside today's: the floor the issue names for unlocking ("unlock
to the case list with 2,000 cases within the KDF time plus 2× the case-list time of today" – today being
the day the data was still plain).

Its code is taken from git (the parent of ae98561, "Encryption at rest") into the benchmarks' cache,
with a plain data folder of 2,000 demo cases that this code makes (its own demo, smaller than today's).
Where git or the history is not at hand, or that code no longer runs with today's packages, there is
no such floor and bench_encryption says so.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.bench.common import CACHE

COMMIT = "ae98561^"
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Release:
    args: list[str]
    env: dict
    cwd: Path  # the old code's own folder: `-m kitdesk` finds that package first


def before_encryption() -> Release | None:
    try:
        sha = subprocess.run(["git", "-C", str(REPO), "rev-parse", COMMIT], capture_output=True, text=True,
                             check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    root = CACHE.parent / f"before-encryption-{sha[:10]}"
    code, home = root / "code", root / "cases-2000"
    env = {"PYTHONPATH": str(code), "KITDESK_PASSPHRASE": None}
    release = Release([sys.executable, "-m", "kitdesk", "--home", str(home), "--quit-when-ready"], env, code)
    if (root / ".complete").exists():
        return release
    shutil.rmtree(root, ignore_errors=True)
    code.mkdir(parents=True)
    try:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", sha], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        translations = code / "resources" / "translations"
        if lrelease.exists():  # the .qm is built, not kept in git
            subprocess.run([str(lrelease), "-silent", str(translations / "kitdesk_da.ts"), "-qm",
                            str(translations / "kitdesk_da.qm")], check=True)
        full_env = {k: v for k, v in {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"}.items() if v is not None}
        subprocess.run([sys.executable, "-m", "kitdesk", "--home", str(home), "demo", "--cases", "2000"], cwd=code,
                       env=full_env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(root, ignore_errors=True)
        return None
    (root / ".complete").touch()
    return release
