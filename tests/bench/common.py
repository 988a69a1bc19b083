"""Helpers for the benchmarks: timed child processes with their peak memory, and demo data folders."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _cache() -> Path:
    """The cached demo folders, one set per schema: a folder another checkout upgraded (or one of an
    older schema) is never opened by the wrong code."""
    import hashlib

    from kitdesk.store.schema import STEPS

    steps = hashlib.sha256("\n".join(STEPS).encode()).hexdigest()[:10]
    return Path(os.environ.get("KITDESK_BENCH_CACHE", "/tmp/kitdesk-bench")) / f"schema-{steps}"


CACHE = _cache()
# The benchmarks' data folders are encrypted like a user's, with the real KDF; the commands they
# start unlock with this (as scripts do).
os.environ.setdefault("KITDESK_PASSPHRASE", "benchmarkens lange adgangskode")


def run_child(args: list[str], env: dict | None = None, ok_codes: tuple[int, ...] = (0,),
              cwd: Path | None = None) -> tuple[float, int]:
    """Seconds from spawning a child to its "ready <epoch>" line, and its peak resident memory (KiB).

    A child that prints no ready line is timed to its exit. A variable set to None in `env` is left out.
    """
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env = {name: value for name, value in full_env.items() if value is not None}
    # An installed app (and the frozen build) starts from compiled bytecode; a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every measured start compile our changed modules anew.
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    proc = subprocess.Popen(args, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=cwd)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.time() - start
    for line in output.splitlines():
        if line.startswith("ready "):
            elapsed = float(line.split()[1]) - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in ok_codes:
        raise RuntimeError(f"{args} exited with {proc.returncode}")
    return elapsed, usage.ru_maxrss


def median_runs(args: list[str], runs: int, env: dict | None = None) -> tuple[float, int]:
    results = [run_child(args, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), int(statistics.median(r[1] for r in results))


def demo_home(cases: int) -> Path:
    """A data folder with `cases` demo cases, made once and reused across runs."""
    home = CACHE / f"encrypted-cases-{cases}"
    marker = home / ".complete"
    if not marker.exists():
        import shutil

        shutil.rmtree(home, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "kitdesk", "--home", str(home), "demo", "--cases", str(cases)],
                       check=True, stdout=subprocess.DEVNULL)
        marker.touch()
    return home


def report(name: str, value: float, floor: float, unit: str, limit_ratio: float | None = None,
           limit_abs: float | None = None) -> bool:
    ratio = value / floor if floor else float("inf")
    ok = (limit_ratio is None or ratio <= limit_ratio) and (limit_abs is None or value <= limit_abs)
    target = []
    if limit_ratio is not None:
        target.append(f"≤ {limit_ratio:g}× floor")
    if limit_abs is not None:
        target.append(f"≤ {limit_abs:g} {unit}")
    said = f"target {', '.join(target)}" if target else "shown, not judged"
    print(f"{'OK  ' if ok else 'MISS'} {name}: {value:.1f} {unit} vs floor {floor:.1f} {unit} "
          f"= {ratio:.2f}×  ({said})")
    return ok


def open_demo_store(home: Path):
    """The store of a demo_home folder, opened with the benchmarks' passphrase (it was made by `kitdesk demo`)."""
    from kitdesk.paths import DataFolder
    from kitdesk.store import keys
    from kitdesk.store.store import Store

    return Store.open(DataFolder(home), key=keys.unlock(home, os.environ["KITDESK_PASSPHRASE"]))
