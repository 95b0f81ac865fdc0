#!/usr/bin/env python3
"""Kernel start time: from launching the kernel process until its first kernel_info_reply.

Starts the installed kernelspec (default `swift`) --runs times (default 10) through jupyter_client,
as the notebook server does, and prints the median (p50) with min / p90 / max. Unless --no-first-cell, it
also times the first cell (`print(1)`) of each kernel, request sent to execute_reply received.

    .venv/bin/python scripts/bench_kernel_start.py [--runs 10] [--kernel swift] [--no-first-cell] [--json]
"""
from __future__ import annotations

import argparse
import json
import queue
import statistics
import sys
import time

from jupyter_client.manager import KernelManager


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def wait_kernel_info(kc, deadline: float) -> None:
    """Send kernel_info_request (again every second) until a reply comes; no extra sleeps."""
    while True:
        msg_id = kc.kernel_info()
        resend = time.perf_counter() + 1.0
        while time.perf_counter() < resend:
            if time.perf_counter() > deadline:
                raise TimeoutError("no kernel_info_reply")
            try:
                msg = kc.get_shell_msg(timeout=0.005)
            except queue.Empty:
                continue
            if msg["msg_type"] == "kernel_info_reply":
                return
        del msg_id


def first_cell(kc, deadline: float) -> float:
    t0 = time.perf_counter()
    msg_id = kc.execute("print(1)", allow_stdin=False)
    # Timed to the execute_reply on shell: IOPub may not be subscribed yet this early, so its
    # idle could be lost (a late SUB misses what was published before it connected).
    while time.perf_counter() < deadline:
        try:
            msg = kc.get_shell_msg(timeout=0.005)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return time.perf_counter() - t0
    raise TimeoutError("first cell did not finish")


def one_run(kernel: str, timeout: float, with_cell: bool) -> tuple[float, float | None]:
    km = KernelManager(kernel_name=kernel)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        wait_kernel_info(kc, t0 + timeout)
        start = time.perf_counter() - t0
        cell = first_cell(kc, time.perf_counter() + timeout) if with_cell else None
        return start, cell
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def summary(name: str, values: list[float]) -> dict:
    return {
        "metric": name, "runs": len(values), "p50_s": round(statistics.median(values), 4),
        "min_s": round(min(values), 4), "p90_s": round(percentile(values, 0.9), 4), "max_s": round(max(values), 4),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--kernel", default="swift")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per start")
    ap.add_argument("--no-first-cell", dest="first_cell", action="store_false",
                    help="do not time the first cell of each kernel")
    ap.add_argument("--json", action="store_true", help="print JSON lines instead of text")
    args = ap.parse_args()

    starts, cells = [], []
    for i in range(args.runs):
        start, cell = one_run(args.kernel, args.timeout, args.first_cell)
        starts.append(start)
        if cell is not None:
            cells.append(cell)
        if not args.json:
            extra = f", first cell {cell * 1000:.0f} ms" if cell is not None else ""
            print(f"  run {i + 1:2d}: start {start * 1000:.0f} ms{extra}", file=sys.stderr)

    results = [summary("kernel_start_to_kernel_info_reply", starts)]
    if cells:
        results.append(summary("first_cell_print_1", cells))
    for r in results:
        if args.json:
            print(json.dumps({"kernel": args.kernel, **r}))
        else:
            print(f"{r['metric']} ({args.kernel}, {r['runs']} runs): p50 {r['p50_s'] * 1000:.0f} ms "
                  f"(min {r['min_s'] * 1000:.0f}, p90 {r['p90_s'] * 1000:.0f}, max {r['max_s'] * 1000:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
