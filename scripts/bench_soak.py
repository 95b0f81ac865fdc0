#!/usr/bin/env python3
"""Soak: 1000 trivial cells in one kernel; threads and memory must stay flat.

Starts the installed kernelspec (default `swift`) through jupyter_client, runs `--cells` (default 1000)
cells that each declare a constant and add 1 to a counter, and prints, at cells 10, 100, 500 and 1000, the kernel's thread
count and resident memory and the executor's resident memory (from /proc/PID). Each cell's new
constant is a new module for SourceKit, so each cell asks for a completion warm-up, which used to
start a thread per cell (issue 12: 15 threads grew to 116).
Exits 0 when every cell ran and the counter is right; the figures are for reading, not judged.

    .venv/bin/python scripts/bench_soak.py [--cells 1000] [--kernel swift] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import time
from pathlib import Path

from jupyter_client.manager import start_new_kernel

MiB = 1 << 20


def rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def threads(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/task"))


def executor_pid(kernel_pid: int) -> int | None:
    """The kernel's child process running cells (swift-cell-executor)."""
    for task in os.listdir(f"/proc/{kernel_pid}/task"):
        for child in Path(f"/proc/{kernel_pid}/task/{task}/children").read_text().split():
            if "swift-cell-exec" in Path(f"/proc/{child}/comm").read_text():
                return int(child)
    return None


def run_cell(kc, code: str, timeout: float = 120) -> str:
    """Runs `code`, reading IOPub until idle; returns its stdout; raises when the cell fails."""
    msg_id = kc.execute(code, allow_stdin=False)
    reply = None
    deadline = time.monotonic() + timeout
    while reply is None:
        msg = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            reply = msg
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"cell failed: {code!r}: {reply['content']}")
    out = []
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError(f"no idle for {code!r}")
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return "".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--kernel", default=os.environ.get("SWIFT_KERNEL_NAME", "swift"))
    parser.add_argument("--json", action="store_true", help="print the samples as JSON as well")
    args = parser.parse_args()

    checkpoints = sorted({c for c in (10, 100, 500, 1000, args.cells) if c <= args.cells})
    km, kc = start_new_kernel(kernel_name=args.kernel, startup_timeout=120)
    samples = []
    started = time.monotonic()
    try:
        pid = km.provisioner.pid
        run_cell(kc, "var soak = 0")
        print(f"{'cells':>6} {'threads':>8} {'kernel RSS':>11} {'executor RSS':>13} {'elapsed':>8}")
        for cell in range(1, args.cells + 1):
            run_cell(kc, f"let soak{cell} = {cell}\nsoak += 1")
            if cell in checkpoints:
                time.sleep(1)  # let the completion warm-up of the last cell finish
                executor = executor_pid(pid)
                sample = {"cells": cell, "threads": threads(pid), "kernel_rss_mib": round(rss(pid) / MiB, 1),
                          "executor_rss_mib": round(rss(executor) / MiB, 1) if executor else None,
                          "elapsed_s": round(time.monotonic() - started, 1)}
                samples.append(sample)
                print(f"{cell:>6} {sample['threads']:>8} {sample['kernel_rss_mib']:>8.1f} MiB "
                      f"{sample['executor_rss_mib'] or float('nan'):>9.1f} MiB {sample['elapsed_s']:>7.1f}s", flush=True)
        counted = run_cell(kc, "print(soak)").strip()
        if counted != str(args.cells):
            print(f"bench_soak: the counter says {counted!r}, expected {args.cells}", file=sys.stderr)
            return 1
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    if args.json:
        print(json.dumps(samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
