"""Real faults for subprocess tests: a full disk (a small tmpfs), a user without write permission
(tests run as root, which ignores file modes), and a process killed mid-write."""
from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
NOBODY = 65534


@contextlib.contextmanager
def small_disk(where: Path, size: str = "4m"):
    """A tmpfs of `size` mounted at `where`; skips the test where mounting is not permitted."""
    where.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a real full disk needs root to mount a small tmpfs")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(disk: Path) -> Path:
    """Write zeros until the disk is full; returns the filler file (delete it to free the space)."""
    filler = disk / "filler"
    chunk = b"\0" * 65536
    # Unbuffered: a buffered file would try the unwritten rest again on close, and raise there.
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(chunk)
        except OSError:
            pass
    with contextlib.suppress(OSError):  # the last partial chunk, too
        with open(disk / "filler-2", "wb", buffering=0) as f:
            while True:
                f.write(b"\0" * 512)
    assert shutil.disk_usage(disk).free < 64 * 1024
    return filler


@contextlib.contextmanager
def folder_for_everyone():
    """A folder under /tmp that another user can reach (pytest's tmp_path is root's alone)."""
    path = Path(tempfile.mkdtemp(prefix="kitdesk-test-", dir="/tmp"))
    os.chmod(path, 0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@functools.lru_cache(maxsize=1)
def _python_for_nobody() -> tuple[str, ...] | None:
    """An interpreter `nobody` may run with this project's packages: ours if `nobody` can reach it,
    else the system's Python of the same version with our site-packages on the path."""
    import sysconfig

    site = sysconfig.get_paths()["purelib"]
    candidates = [sys.executable, f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}"]
    for python in candidates:
        if not Path(python).exists():
            continue
        try:
            probe = subprocess.run([python, "-c", "import kitdesk.cli, sqlite_utils, PySide6.QtWidgets"],
                                   env=_nobody_env(site), preexec_fn=_become_nobody, capture_output=True,
                                   cwd="/tmp")
        except OSError:  # nobody may not even start it (it lives in root's home)
            continue
        if probe.returncode == 0:
            return (python,)
    return None


def _nobody_env(site: str) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in ("KITDESK_HOME", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME="/tmp", XDG_RUNTIME_DIR="/tmp",
               PYTHONPATH=os.pathsep.join([str(PROJECT_ROOT), site]), PYTHONDONTWRITEBYTECODE="1")
    return env


def _become_nobody() -> None:
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def run_as_nobody(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m kitdesk --home HOME ARGS` as the user nobody (uid 65534)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("dropping privileges to nobody needs the tests to run as root")
    python = _python_for_nobody()
    if python is None:
        pytest.skip("no Python interpreter the user nobody may run with this project's packages")
    import sysconfig

    return subprocess.run([*python, "-m", "kitdesk", "--home", str(home), *args], capture_output=True, text=True,
                          timeout=timeout, env=_nobody_env(sysconfig.get_paths()["purelib"]),
                          preexec_fn=_become_nobody, cwd="/tmp")


def run_python_as_nobody(code: str, *args: str, env: dict | None = None, timeout: float = 60):
    """`python -c CODE ARGS` as the user nobody, with this project importable."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("dropping privileges to nobody needs the tests to run as root")
    python = _python_for_nobody()
    if python is None:
        pytest.skip("no Python interpreter the user nobody may run with this project's packages")
    import sysconfig

    full_env = {**_nobody_env(sysconfig.get_paths()["purelib"]), **(env or {})}
    return subprocess.run([*python, "-c", code, *args], capture_output=True, text=True, timeout=timeout,
                          env=full_env, preexec_fn=_become_nobody, cwd="/tmp")
