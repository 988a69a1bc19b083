"""The invitation bundle (PDF letter + .ics + .eml, written atomically) for 15 invitees and 10 agenda
items: under 300 ms, median of 15 runs with ReportLab already imported and warmed up once.

The floor is ReportLab's fixed cost measured in the same run: a one-paragraph PDF with the same
embedded fonts, written to the same folder the same way (temporary file, fsync, rename).
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.bench.common import report

RUNS = 15


def _median_ms(action, runs: int = RUNS) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def main() -> bool:
    from kitdesk.export.atomic import write_file
    from kitdesk.export.bundle import write_invitation
    from kitdesk.export.invitation_pdf import build_floor_pdf
    from tests.export import CHILD, big_meeting, sample_organiser

    meeting, organiser = big_meeting(invitees=15, items=10), sample_organiser()
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="kitdesk-bench-") as tmp:
        out = Path(tmp)

        def bundle():
            return write_invitation(meeting, CHILD, organiser, out / "bundle", now=now)

        def floor_pdf():
            write_file(out / "floor" / "Gulv.pdf", build_floor_pdf())

        (out / "floor").mkdir()
        files = bundle()  # warm-up: fonts parsed, modules imported, caches filled
        floor_pdf()
        # Interleaved halves, so that whatever else the machine does weighs on both alike.
        first, times_a = _median_ms(bundle, RUNS // 2)
        floor_a, floor_times_a = _median_ms(floor_pdf, RUNS // 2)
        second, times_b = _median_ms(bundle, RUNS - RUNS // 2)
        floor_b, floor_times_b = _median_ms(floor_pdf, RUNS - RUNS // 2)
        times, floor_times = times_a + times_b, floor_times_a + floor_times_b
        pages = files.pdf.read_bytes().count(b"/Type /Page\n")
        sizes = ", ".join(f"{p.suffix[1:]} {p.stat().st_size / 1024:.0f} KiB" for p in files.paths)

    median, floor = statistics.median(times), statistics.median(floor_times)
    if os.environ.get("BENCH_VERBOSE"):
        print("     bundle runs (ms):", " ".join(f"{t:.0f}" for t in times))
        print("     floor runs (ms): ", " ".join(f"{t:.0f}" for t in floor_times))
    print(f"     15 invitees, 10 agenda items; {len(times)} runs; letter of {pages or '?'} pages; {sizes}")
    return report("invitation bundle, median", median, floor, "ms", limit_abs=300)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
