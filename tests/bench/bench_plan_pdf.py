"""The cross-sector plan as PDF for 20 participants, 12 agenda items, 60 agreements and 20,000
characters of minutes: under 1 s, median of 9 runs with ReportLab already imported and warmed up once.
Also the cost of each extra agreement: (time with 160 agreements − time with 60) / 100.

The floor is ReportLab's fixed cost measured in the same run: a one-paragraph PDF with the same
embedded fonts (invitation_pdf.build_floor_pdf).
"""
from __future__ import annotations

import os
import statistics
import sys
import time

from tests.bench.common import report

RUNS = 9


def _median_ms(action, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def main() -> bool:
    from kitdesk.export.invitation_pdf import build_floor_pdf
    from kitdesk.export.plan_pdf import build_plan_pdf
    from tests.export.plan_samples import AUTHOR, SIGNED_AT, big_plan, full_fingerprint

    plan, more = big_plan(agreements=60), big_plan(agreements=160)
    hex_60, hex_160 = full_fingerprint(plan), full_fingerprint(more)

    def plan_pdf():
        return build_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=hex_60)

    def plan_pdf_160():
        return build_plan_pdf(more, author=AUTHOR, created=SIGNED_AT, fingerprint=hex_160)

    pdf = plan_pdf()  # warm-up: fonts parsed, modules imported, caches filled
    build_floor_pdf()
    # Interleaved halves, so that whatever else the machine does weighs on both alike.
    _, times_a = _median_ms(plan_pdf, RUNS // 2)
    _, floor_a = _median_ms(build_floor_pdf, RUNS // 2)
    _, times_b = _median_ms(plan_pdf, RUNS - RUNS // 2)
    _, floor_b = _median_ms(build_floor_pdf, RUNS - RUNS // 2)
    with_160, _ = _median_ms(plan_pdf_160, RUNS)
    times, floor_times = times_a + times_b, floor_a + floor_b

    median, floor = statistics.median(times), statistics.median(floor_times)
    per_agreement = (with_160 - median) / 100
    if os.environ.get("BENCH_VERBOSE"):
        print("     plan runs (ms): ", " ".join(f"{t:.0f}" for t in times))
        print("     floor runs (ms):", " ".join(f"{t:.1f}" for t in floor_times))
    pages = pdf.count(b"/Type /Page\n")
    print(f"     20 participants, 12 agenda items, 60 agreements, 20,000 characters of minutes; {len(times)} runs; "
          f"{pages or '?'} pages, {len(pdf) / 1024:.0f} KiB")
    print(f"     each extra agreement: {per_agreement:.2f} ms (160 agreements: {with_160:.0f} ms)")
    return report("plan PDF, median", median, floor, "ms", limit_abs=1000)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
