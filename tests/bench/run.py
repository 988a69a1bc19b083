"""`make bench`: every benchmark, each figure beside the floor it is compared with."""
from __future__ import annotations

import importlib
import sys

BENCHMARKS = ["tests.bench.bench_startup", "tests.bench.bench_case_filter", "tests.bench.bench_invitation",
              "tests.bench.bench_minutes_save", "tests.bench.bench_live_typing", "tests.bench.bench_plan_pdf", "tests.bench.bench_encryption",
              "tests.bench.bench_desk", "tests.bench.bench_report"]


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        print(f"== {name.rsplit('.', 1)[-1]}")
        if not importlib.import_module(name).main():
            failed.append(name)
    print("all targets met" if not failed else f"targets missed in: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
