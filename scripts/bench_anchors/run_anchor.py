#!/usr/bin/env python3
"""JAX and PyTorch anchors for scripts/bench_course.py: one course workload, one library, one variant.

    .venv-bench/bin/python scripts/bench_anchors/run_anchor.py --side jax-fori --workload deep2 \\
        --iterations 2500 [--dtype float32] [--threads 1]

Sides: jax-jit, jax-fori (JAX 's whole loop in lax.fori_loop), torch-eager, torch-compile. The data
and initial parameters are the numpy reference's own (scripts/bench_reference/course_workloads.py,
same seeds), converted to the library's arrays of --dtype; the algorithm, learning rates and the cost
at every iteration are the reference's (course_math.py). Prints the same JSON line as the reference:
{"workload", "seconds", "cpu_seconds", "cost", "iterations", "dtype", "side", "threads"} (and "gflops"
for matmul); only the training loop is timed (see jax_side.py / torch_side.py for what is excluded).

--threads 1 also turns off XLA's multi-threaded Eigen (XLA_FLAGS) before JAX is imported; pinning the
process to cores (taskset) is the caller's job (bench_course.py does it).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SIDES = ("jax-jit", "jax-fori", "torch-eager", "torch-compile")
ONE_THREAD_XLA_FLAGS = "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"


class Clock:
    """Wall and process CPU seconds over one span."""

    @staticmethod
    def start():
        return time.perf_counter(), time.process_time()

    @staticmethod
    def stop(start):
        return time.perf_counter() - start[0], time.process_time() - start[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--side", required=True, choices=SIDES)
    ap.add_argument("--workload", required=True)
    ap.add_argument("--iterations", type=int, required=True)
    ap.add_argument("--dtype", default="float64", choices=("float64", "float32"))
    ap.add_argument("--threads", type=int, default=int(os.environ.get("OMP_NUM_THREADS", "1")))
    args = ap.parse_args()
    library, variant = args.side.split("-", 1)

    if library == "jax":
        if args.threads == 1:
            os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " " + ONE_THREAD_XLA_FLAGS).strip()
        os.environ.setdefault("JAX_PLATFORMS", "cpu")
        import jax
        if args.dtype == "float64":
            jax.config.update("jax_enable_x64", True)
    from seeded_data import WORKLOAD_NAMES, workload_arrays
    if args.workload not in WORKLOAD_NAMES:
        ap.error(f"no such workload: {args.workload} (one of {', '.join(WORKLOAD_NAMES)})")
    state, data, step, final_cost = workload_arrays(args.workload)

    if library == "jax":
        import jax_side
        seconds, cpu, cost, last = jax_side.run(state, data, step, final_cost, args.iterations, variant,
                                                args.dtype, Clock, opaque_data=args.workload == "matmul")
    else:
        import torch_side
        seconds, cpu, cost, last = torch_side.run(state, data, step, final_cost, args.iterations, variant,
                                                  args.dtype, Clock, args.threads)
    out = {"workload": args.workload, "seconds": seconds, "cpu_seconds": cpu, "cost": cost,
           "iterations": args.iterations, "dtype": args.dtype, "side": args.side, "threads": args.threads,
           "last_training_cost": last}
    if args.workload == "matmul":
        out["gflops"] = 2 * 1024 ** 3 * args.iterations / seconds / 1e9
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
