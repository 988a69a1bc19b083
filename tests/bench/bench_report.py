"""Selvevaluering with 2,000 cases and three years of meetings (`kitdesk demo --cases 2000`): the
figures – gathered from the encrypted store and counted – in under 300 ms, the PDF with its charts in
under 1 s. Median of 7 runs each, for a quarter and for a whole year (the year reads twice the
meetings: the year and the year before).

Floors, measured in the same run: for the figures, reading the case list of the same store (the query
the window runs at start-up); for the PDF, ReportLab's fixed cost with the same fonts (a one-paragraph
PDF, invitation_pdf.build_floor_pdf, as the plan's benchmark).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime

from tests.bench.common import CACHE, report

RUNS = 7
CASES = 2000


def _history_home(cases: int):
    """A data folder made by this version's demo (with its history), kept across runs: the other
    benchmarks' cached demo folders may be older and have no history."""
    home = CACHE / f"encrypted-history-{cases}"
    marker = home / ".complete"
    if not marker.exists():
        import shutil

        shutil.rmtree(home, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "kitdesk", "--home", str(home), "demo", "--cases", str(cases)],
                       check=True, stdout=subprocess.DEVNULL)
        marker.touch()
    return home


def _median_ms(action, runs: int = RUNS) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def main() -> bool:
    from kitdesk.domain.dates import local_today
    from kitdesk.domain.indicators.compute import build_report, needed_ranges
    from kitdesk.domain.indicators.period import Period, last_full_quarter
    from kitdesk.domain.indicators.records import Selection
    from kitdesk.export.invitation_pdf import build_floor_pdf
    from kitdesk.export.report_pdf import build_report_pdf
    from kitdesk.paths import DataFolder
    from kitdesk.store import unlocking
    from kitdesk.store.store import Store

    folder = DataFolder(_history_home(CASES))
    store = Store.open(folder, key=unlocking.unlock(folder, os.environ["KITDESK_PASSPHRASE"]))
    today = local_today()
    periods = {"quarter": last_full_quarter(today), "year": Period.year(today.year - 1)}
    created = datetime.now(UTC)
    ok = True
    try:
        meetings = store.conn.execute("SELECT COUNT(*), MIN(starts_at) FROM meetings").fetchone()
        print(f"     {store.cases.count()} cases, {meetings[0]} meetings since {meetings[1][:10]}")

        def case_list():
            store.cases.rows()

        for name, period in periods.items():
            def figures(period=period):
                return build_report(store.report.data(needed_ranges(period), today), period, Selection(), today)

            figures()  # warm-up: the holidays, the modules, SQLite's page cache
            case_list()
            median, times = _median_ms(figures)
            floor, floor_times = _median_ms(case_list)
            done = figures()
            if os.environ.get("BENCH_VERBOSE"):
                print("     figure runs (ms):", " ".join(f"{t:.0f}" for t in times))
                print("     floor runs (ms): ", " ".join(f"{t:.0f}" for t in floor_times))
            print(f"     {name} {period.label}: {done.figure('meetings_held').current.numerator} meetings held, "
                  f"{done.figure('agreements_made').current.numerator} agreements")
            ok &= report(f"report figures ({name}), median", median, floor, "ms", limit_abs=300)

            build_report_pdf(done, author="Bench", created=created)
            build_floor_pdf()
            pdf_median, _ = _median_ms(lambda done=done: build_report_pdf(done, author="Bench", created=created))
            pdf_floor, _ = _median_ms(build_floor_pdf)
            pdf = build_report_pdf(done, author="Bench", created=created)
            print(f"     {name}: {pdf.count(b'/Type /Page') - pdf.count(b'/Type /Pages')} pages, "
                  f"{len(pdf) / 1024:.0f} KiB")
            ok &= report(f"report PDF ({name}), median", pdf_median, pdf_floor, "ms", limit_abs=1000)
    finally:
        store.close()
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
