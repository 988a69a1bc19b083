"""Start-up to the window shown with the case list filled (2,000 cases) vs a bare PySide6 window."""
from __future__ import annotations

import sys
from pathlib import Path

from tests.bench.common import demo_home, median_runs, report

RUNS = 7


def main() -> bool:
    home = demo_home(2000)
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    app = [sys.executable, "-m", "kitdesk", "--home", str(home), "--quit-when-ready"]
    median_runs(bare, 1)  # warm the file cache for both
    median_runs(app, 1)
    bare_time, bare_mem = median_runs(bare, RUNS)
    app_time, app_mem = median_runs(app, RUNS)
    ok = report("start-up, 2,000 cases, wall time", app_time * 1000, bare_time * 1000, "ms", limit_ratio=2)
    ok &= report("start-up, 2,000 cases, peak memory", app_mem / 1024, bare_mem / 1024, "MiB", limit_ratio=2)
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
