#!/usr/bin/env python3
"""Measure the memory of an idle Swift kernel: the kernel, its executor (and the executor's forked
snapshot) and the SourceKit bridge, as a class of learners would leave them between cells.

Starts the kernel through jupyter_client (the installed `swift` kernelspec, or the one in --kernel-dir),
runs two cells (their CPU time, the compiler's included), waits until the processes settle, measures
the CPU an idle kernel uses over 10 s, and prints JSON: per process its role and memory (see `memory`:
RSS, PSS, USS and private dirty pages), then the same after a completion request (which starts the
bridge). RSS counts the toolchain's shared libraries in full in every process and is the same whatever
else runs; PSS divides shared pages among the processes that map them; USS counts a page as private
while no other process maps it, so both shrink as more kernels run; private dirty pages (heap, stacks)
are each kernel's own in any case. With --cache-home naming an empty folder, the kernel is a learner's
very first one, which also fills the per-user caches (module cache, the prelude's names).

    .venv/bin/python scripts/measure_kernel_memory.py [--kernel-dir DIR] [--cache-home DIR] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


def children(pid: int) -> list[int]:
    """Every descendant of `pid`, from /proc (parents before children)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(0), []):
            found.append(child)
            todo.append(child)
    return found


def role(pid: int, kernel: int) -> str:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        ppid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return "gone"
    text = b" ".join(argv).decode(errors="replace")
    if pid == kernel:
        return "kernel"
    if "--sourcekit-bridge" in text:
        return "sourcekit-bridge"
    if "swift-cell-executor" in text:
        parent = Path(f"/proc/{ppid}/cmdline").read_bytes()
        return "executor-snapshot" if b"swift-cell-executor" in parent else "executor"
    return "other: " + text[:80]


def memory(pid: int) -> dict[str, int]:
    """RSS, PSS, USS (private pages) and private dirty pages in KiB, from smaps_rollup.

    PSS and USS depend on what else runs: a library page counts as private while no other process maps
    it. Private dirty pages (heap, stacks, written data) belong to the process whoever else runs: the
    least each further learner adds, the libraries' pages coming once for the whole machine."""
    values = {"uss_kib": 0}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            values[key.lower() + "_kib"] = int(rest.split()[0])
        elif key in ("Private_Clean", "Private_Dirty"):
            values["uss_kib"] += int(rest.split()[0])
        if key == "Private_Dirty":
            values["dirty_kib"] = int(rest.split()[0])
    return values


def snapshot(kernel: int) -> dict:
    processes = []
    for pid in [kernel] + children(kernel):
        try:
            processes.append({"pid": pid, "role": role(pid, kernel), **memory(pid)})
        except OSError:
            continue
    total = {k: sum(p.get(k, 0) for p in processes) for k in ("rss_kib", "pss_kib", "uss_kib", "dirty_kib")}
    return {"processes": processes, "total": total}


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time of `pids`, with their waited-for children (the compiler runs per cell)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return total / ticks


def settle(kernel: int, seconds: float) -> None:
    """Waits `seconds`, then until the process count stops changing (warm-ups end)."""
    time.sleep(seconds)
    last = -1
    for _ in range(20):
        count = len(children(kernel))
        if count == last:
            return
        last = count
        time.sleep(1)


def measure(kernel_dir: str | None, settle_seconds: float = 5, cache_home: str | None = None) -> dict:
    """`cache_home`: the kernel's XDG_CACHE_HOME. An empty folder gives a learner's first kernel, which
    builds the compiler's module cache and reads the prelude's symbol graphs (both kept there for later
    kernels); None leaves the user's own, usually warm, cache."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    ksm = KernelSpecManager(kernel_dirs=[kernel_dir]) if kernel_dir else KernelSpecManager()
    km = KernelManager(kernel_name="swift", kernel_spec_manager=ksm)
    env = dict(os.environ, **({"XDG_CACHE_HOME": cache_home} if cache_home else {}))
    km.start_kernel(env=env)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        pid = km.provisioner.process.pid
        cpu: dict[str, float] = {}
        for name, code in [("first_cell", "let x = 1\nprint(x)"),
                           ("second_cell", "func double(_ v: Int) -> Int { 2 * v }\nprint(double(x))")]:
            before = cpu_seconds([pid] + children(pid))
            started = time.monotonic()
            reply = kc.execute_interactive(code, timeout=120, output_hook=lambda msg: None)
            assert reply["content"]["status"] == "ok", reply["content"]
            cpu[name + "_cpu_s"] = round(cpu_seconds([pid] + children(pid)) - before, 2)
            cpu[name + "_wall_s"] = round(time.monotonic() - started, 2)
        settle(pid, settle_seconds)
        before = cpu_seconds([pid] + children(pid))
        time.sleep(10)
        cpu["idle_cpu_percent"] = round((cpu_seconds([pid] + children(pid)) - before) / 10 * 100, 2)
        idle = snapshot(pid)
        reply = kc.complete("x.descr", 7, reply=True, timeout=60)
        settle(pid, settle_seconds)
        after = snapshot(pid)
        return {"cpu": cpu, "idle_after_one_cell": idle, "after_first_completion": after,
                "completion_matches": len(reply["content"].get("matches", []))}
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernel-dir", help="a kernels folder to take the `swift` kernelspec from")
    ap.add_argument("--json", type=Path, help="also write the result here")
    ap.add_argument("--cache-home", help="the kernel's XDG_CACHE_HOME (an empty folder: a learner's first kernel)")
    args = ap.parse_args()
    result = measure(args.kernel_dir, cache_home=args.cache_home)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
