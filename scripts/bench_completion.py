#!/usr/bin/env python3
"""Completion latency: member completions after 50 cells, request sent to complete_reply received.

Starts the installed kernelspec (default `swift`), runs --cells cells (default 50) that each declare a
tensor, a list and a function, waits until completion answers, then times --runs member completions
(default 40) on a tensor from an earlier cell (`params["W1"]!.` style, a different cell each time),
and prints p50 / p95 / max. Also times the first completion after a new cell (SourceKit then loads the
new cell's module) and a global completion of a prefix. Target: member p50 < 150 ms.

    .venv/bin/python scripts/bench_completion.py [--cells 50] [--runs 40] [--kernel swift] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def reply_to(kc, msg_id: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            msg = kc.get_shell_msg(timeout=0.01)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg["content"]
    raise TimeoutError(f"no reply to {msg_id}")


def timed_completion(kc, code: str) -> tuple[float, dict]:
    started = time.perf_counter()
    content = reply_to(kc, kc.complete(code, len(code)))
    return (time.perf_counter() - started) * 1000, content


def bridge_memory_mb() -> float | None:
    """Resident memory of the SourceKit bridge processes (the kernel's `--sourcekit-bridge` children)."""
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"--sourcekit-bridge" not in f.read():
                    continue
            with open(f"/proc/{pid}/status") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            continue
    return round(total / 1024, 1) if total else None


def run_cell(kc, code: str) -> None:
    content = reply_to(kc, kc.execute(code, allow_stdin=False))
    if content["status"] != "ok":
        raise RuntimeError(f"cell failed: {code}\n{content}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=50)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--kernel", default="swift")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()

    km, kc = start_new_kernel(kernel_name=args.kernel, startup_timeout=120)
    try:
        for i in range(args.cells):
            run_cell(kc, f'let params{i} = ["W1": Tensor.ones([3, 4]) * {i}.0]\n'
                         f"var costs{i}: [Double] = [{i}.0]\n"
                         f"func step{i}(_ x: Tensor) -> Tensor {{ x * {i}.0 }}")
        # Wait until SourceKit answers with the last cell's names (its warm-up after the cell).
        deadline = time.monotonic() + 120
        last = f"params{args.cells - 1}"
        while last not in timed_completion(kc, last[:-1])[1]["matches"]:
            if time.monotonic() > deadline:
                raise TimeoutError("completion never saw the last cell")
            time.sleep(0.5)

        member: list[float] = []
        for r in range(args.runs):
            ms, content = timed_completion(kc, f'let w = params{r % args.cells}["W1"]!.')
            if "shape" not in content["matches"]:
                raise RuntimeError(f"member completion lacks `shape`: {content['matches'][:10]}")
            member.append(ms)
        global_ms = [timed_completion(kc, f"let c = cost")[0] for _ in range(10)]
        run_cell(kc, "let brandNew = Tensor.zeros([2])")
        after_cell, content = timed_completion(kc, "brandNew.")
        numbers = {
            "cells": args.cells, "runs": args.runs,
            "member_p50_ms": round(statistics.median(member), 1),
            "member_p95_ms": round(percentile(member, 0.95), 1),
            "member_max_ms": round(max(member), 1),
            "global_p50_ms": round(statistics.median(global_ms), 1),
            "first_after_new_cell_ms": round(after_cell, 1),
            "first_after_new_cell_answered": "shape" in content["matches"],
            "bridge_rss_mb": bridge_memory_mb(),
        }
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)

    if args.json:
        print(json.dumps(numbers))
    else:
        print(f"member completion after {args.cells} cells ({args.runs} runs): "
              f"p50 {numbers['member_p50_ms']} ms, p95 {numbers['member_p95_ms']} ms, max {numbers['member_max_ms']} ms")
        print(f"global completion of a prefix: p50 {numbers['global_p50_ms']} ms")
        print(f"first member completion right after a new cell: {numbers['first_after_new_cell_ms']} ms "
              f"(answered: {numbers['first_after_new_cell_answered']})")
        print(f"SourceKit bridge resident memory: {numbers['bridge_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
