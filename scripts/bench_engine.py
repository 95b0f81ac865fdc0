#!/usr/bin/env python3
"""Cell engine speed: request to result for a trivial cell (`let a = 1 + 1`), with the release engine.

Builds `engine-bench` in release mode (the executor and prelude come from `make build`), runs it against
.build/release with the full prelude, and prints p50 / p95 over --runs cells (default 200), the median
around cell 5 and around cell 500, and the disk the cells' files take after --cells cells (default
1000), each against its target. Exits 1 if a target is missed (with --strict).

    .venv/bin/python scripts/bench_engine.py [--runs 200] [--cells 1000] [--no-build] [--strict] [--json]

SWIFT_KERNEL_TRACE_TIMINGS=1 in the environment makes the engine print compile+link and run times of
every cell on stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / ".build" / "release"

# Targets of the cell engine issue, on this 2-core machine.
TARGET_P50_MS = 150
TARGET_P95_MS = 250
TARGET_SLOWDOWN = 0.20   # cell 500 at most 20% slower than cell 5


def build() -> None:
    for product in ("swift-cell-executor", "NotebookPrelude", "engine-bench"):
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="cells measured for p50 / p95")
    parser.add_argument("--cells", type=int, default=1000, help="cells in all (at least 505)")
    parser.add_argument("--no-build", action="store_true", help="use the engine-bench already built")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args()

    if not args.no_build:
        build()
    binary = RELEASE / "engine-bench"
    if not binary.exists():
        print(f"{binary} is missing: run without --no-build", file=sys.stderr)
        return 2
    started = time.monotonic()
    completed = subprocess.run([str(binary), str(RELEASE), str(args.runs), str(args.cells)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    if completed.returncode != 0:
        print(completed.stdout, end="")
        print(f"engine-bench failed with status {completed.returncode}", file=sys.stderr)
        return 2
    lines = completed.stdout.strip().splitlines()
    figures = json.loads(lines[-1])
    figures["bench_seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    else:
        print("\n".join(lines[:-1]))
    slowdown = figures["cell500_ms"] / figures["cell5_ms"] - 1
    checks = [
        (f"p50 {figures['p50_ms']:.0f} ms <= {TARGET_P50_MS} ms", figures["p50_ms"] <= TARGET_P50_MS),
        (f"p95 {figures['p95_ms']:.0f} ms <= {TARGET_P95_MS} ms", figures["p95_ms"] <= TARGET_P95_MS),
        (f"cell 500 vs cell 5 {slowdown:+.0%} <= +{TARGET_SLOWDOWN:.0%}", slowdown <= TARGET_SLOWDOWN),
        ("work folder removed at shutdown", figures["work_dir_removed"]),
    ]
    if not args.json:
        for label, ok in checks:
            print(f"  [{'ok' if ok else 'MISSED'}] {label}")
        load = os.getloadavg()[0]
        print(f"  ({figures['bench_seconds']} s; load average {load:.1f} on {os.cpu_count()} cores at the end)")
    missed = [label for label, ok in checks if not ok]
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
