#!/usr/bin/env python3
"""The BLAS libraries Debian 12 offers, on this processor, for the matrix products of the course's workloads.

Each library is loaded by its path with ctypes (the system's libblas/libopenblas alternatives are not
switched) in a process of its own, pinned with taskset to the first N cores, with its thread count set
through its own variable (OPENBLAS_NUM_THREADS, OMP_NUM_THREADS, BLIS_NUM_THREADS). Compared:

  openblas-pthread  Debian's libopenblas0-pthread 0.3.21: what NeuralNet links, with the
                    OPENBLAS_CORETYPE the notebook kernel sets (Sources/CellEngine/BLASEnvironment.swift)
  openblas-openmp   the same OpenBLAS built with OpenMP (libopenblas0-openmp), same core type
  blis-pthread      BLIS 0.9.0 (libblis4-pthread), its own kernel choice
  blis-openmp       BLIS 0.9.0 (libblis4-openmp)
  atlas             Debian's generic ATLAS 3.10.3 (libatlas3-base; not tuned for this processor)
  numpy             np.dot on numpy's bundled OpenBLAS (scipy-openblas 0.3.31), its own kernel choice

The extra libraries come from deps/debian-packages-bench.txt (`make bench-anchors` installs them);
a library that is not installed is left out. Shapes (row-major, as numpy writes them; T = transposed
operand) are the products of the workloads: the multi-class net's forward and backward products, the
cat networks' 12288 x 209 products, and 1024². Each figure is the best of `--trials` timed batches of
calls (about 0.1 s each) after a warm-up call, in GFLOP/s (2·M·N·K per call).

    .venv/bin/python scripts/bench_blas.py                   # float64 and float32, 1 and 2 threads
    .venv/bin/python scripts/bench_blas.py --quick --threads 1 --dtypes float64
"""
from __future__ import annotations

import argparse
import ctypes
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

LIBDIR = Path("/usr/lib/x86_64-linux-gnu")
# name: (shared object, variable that sets its thread count, takes the kernel's OPENBLAS_CORETYPE)
LIBRARIES = {
    "openblas-pthread": (LIBDIR / "openblas-pthread" / "libopenblasp-r0.3.21.so", "OPENBLAS_NUM_THREADS", True),
    "openblas-openmp": (LIBDIR / "openblas-openmp" / "libopenblasp-r0.3.21.so", "OMP_NUM_THREADS", True),
    "blis-pthread": (LIBDIR / "blis-pthread" / "libblis.so.4", "BLIS_NUM_THREADS", False),
    "blis-openmp": (LIBDIR / "blis-openmp" / "libblis.so.4", "OMP_NUM_THREADS", False),
    "atlas": (LIBDIR / "atlas" / "libblas.so.3", "OMP_NUM_THREADS", False),
    "numpy": (None, "OPENBLAS_NUM_THREADS", False),
}
# label, M, N, K, A transposed, B transposed: C[M x N] = op(A)[M x K] · op(B)[K x N]
SHAPES = [
    ("mnist W1·X (256x784 · 784x10000)", 256, 10000, 784, False, False),
    ("mnist W2·A1 (128x256 · 256x10000)", 128, 10000, 256, False, False),
    ("mnist dW1 = dZ1·Xᵀ (256x10000 · 10000x784)", 256, 784, 10000, False, True),
    ("mnist dW2 = dZ2·A1ᵀ (128x10000 · 10000x256)", 128, 256, 10000, False, True),
    ("mnist dA1 = W2ᵀ·dZ2 (256x128 · 128x10000)", 256, 10000, 128, True, False),
    ("mnist dA0 = W1ᵀ·dZ1 (784x256 · 256x10000)", 784, 10000, 256, True, False),
    ("deep4 W1·X (20x12288 · 12288x209)", 20, 209, 12288, False, False),
    ("deep4 dW1 = dZ1·Xᵀ (20x209 · 209x12288)", 20, 12288, 209, False, True),
    ("deep4 dA0 = W1ᵀ·dZ1 (12288x20 · 20x209)", 12288, 209, 20, True, False),
    ("deep2 W1·X (7x12288 · 12288x209)", 7, 209, 12288, False, False),
    ("1024² (1024x1024 · 1024x1024)", 1024, 1024, 1024, False, False),
]
QUICK_SHAPES = [0, 6, 10]
ROW_MAJOR, NO_TRANS, TRANS = 101, 111, 112


def gemm_caller(library: str, dtype: str):
    """A function (A, B, C, M, N, K, transA, transB) that computes C = op(A)·op(B) with `library`."""
    import numpy as np
    path = LIBRARIES[library][0]
    if path is None:
        def numpy_gemm(A, B, C, M, N, K, ta, tb):
            np.dot(A.T if ta else A, B.T if tb else B, out=C)
        return numpy_gemm
    lib = ctypes.CDLL(str(path), mode=ctypes.RTLD_LOCAL)
    fn = lib.cblas_dgemm if dtype == "float64" else lib.cblas_sgemm
    real = ctypes.c_double if dtype == "float64" else ctypes.c_float
    i, p = ctypes.c_int, ctypes.c_void_p
    fn.argtypes = [i, i, i, i, i, i, real, p, i, p, i, real, p, i]
    fn.restype = None

    def cblas_gemm(A, B, C, M, N, K, ta, tb):
        fn(ROW_MAJOR, TRANS if ta else NO_TRANS, TRANS if tb else NO_TRANS, M, N, K, 1.0,
           A.ctypes.data, A.shape[1], B.ctypes.data, B.shape[1], 0.0, C.ctypes.data, N)
    return cblas_gemm


def measure(library: str, dtype: str, shapes: list[int], trials: int) -> dict[str, list[float]]:
    """GFLOP/s of `library` for each shape (in this process: its variables are already set), by wall
    time ("wall") and by the process's CPU time ("cpu": a steadier measure of one thread's speed on a
    machine other jobs share, since time spent waiting for the core is not counted)."""
    import numpy as np
    gemm = gemm_caller(library, dtype)
    rng = np.random.default_rng(1)
    results = {"wall": [], "cpu": []}
    for index in shapes:
        _, M, N, K, ta, tb = SHAPES[index]
        A = rng.random((K, M) if ta else (M, K)).astype(dtype)
        B = rng.random((N, K) if tb else (K, N)).astype(dtype)
        C = np.empty((M, N), dtype=dtype)
        gemm(A, B, C, M, N, K, ta, tb)                       # warm-up: threads, page faults
        expected = (A.T if ta else A) @ (B.T if tb else B)
        if not np.allclose(C, expected, rtol=1e-3 if dtype == "float32" else 1e-9):
            raise SystemExit(f"{library}: wrong product for {SHAPES[index][0]}")
        start = time.perf_counter()
        gemm(A, B, C, M, N, K, ta, tb)
        once = max(time.perf_counter() - start, 1e-6)
        calls = max(1, int(0.1 / once))
        best_wall = best_cpu = math.inf
        for _ in range(trials):
            start, start_cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                gemm(A, B, C, M, N, K, ta, tb)
            best_wall = min(best_wall, (time.perf_counter() - start) / calls)
            best_cpu = min(best_cpu, max(time.process_time() - start_cpu, 1e-9) / calls)
        results["wall"].append(2 * M * N * K / best_wall / 1e9)
        results["cpu"].append(2 * M * N * K / best_cpu / 1e9)
    return results


def kernel_coretype() -> str | None:
    """The OPENBLAS_CORETYPE the notebook kernel sets on this processor (BLASEnvironment.swift)."""
    try:
        flags = set(next(l for l in open("/proc/cpuinfo") if l.startswith("flags")).split(":", 1)[1].split())
    except (OSError, StopIteration):
        return None
    if {"avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"} <= flags:
        return "SkylakeX"
    return "Haswell" if {"avx2", "fma"} <= flags else None


def run_worker(library: str, dtype: str, threads: int, shapes: list[int], trials: int,
               core: str | None) -> dict[str, list[float]]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "BLIS_NUM_THREADS")}
    env.update(OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads), BLIS_NUM_THREADS=str(threads))
    if LIBRARIES[library][2] and core:
        env["OPENBLAS_CORETYPE"] = core
    cmd = ["taskset", "-c", f"0-{threads - 1}", sys.executable, __file__, "--worker", library, "--dtypes", dtype,
           "--shapes", ",".join(map(str, shapes)), "--trials", str(trials)]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def geometric_mean_ratio(figures: list[float], base: list[float]) -> float:
    """The geometric mean of figures[i] / base[i]: above 1 when `figures` is faster overall."""
    return math.exp(sum(math.log(f / b) for f, b in zip(figures, base)) / len(base))


def print_table(title: str, shapes: list[int], libraries: list[str], figures: dict[str, list[float]]) -> None:
    print(f"\n{title} (higher is better; last row: geometric mean relative to openblas-pthread)\n")
    header = ["product"] + libraries
    rows = [header] + [[SHAPES[s][0]] + [f"{figures[lib][i]:.1f}" for lib in libraries] for i, s in enumerate(shapes)]
    base = figures.get("openblas-pthread")
    if base:
        rows.append(["geometric mean / openblas-pthread"] + [
            f"{geometric_mean_ratio(figures[lib], base):.2f}" for lib in libraries])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for n, r in enumerate(rows):
        print("| " + " | ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)) + " |")
        if n == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", default="1,2", help="comma list of thread counts (default 1,2)")
    ap.add_argument("--dtypes", default="float64,float32")
    ap.add_argument("--libraries", default=",".join(LIBRARIES), help="comma list of " + ",".join(LIBRARIES))
    ap.add_argument("--quick", action="store_true", help="three shapes, two trials")
    ap.add_argument("--trials", type=int, default=5, help="timed batches per product; the best counts")
    ap.add_argument("--shapes", help=argparse.SUPPRESS)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--openblas-coretype", default="kernel",
                    help="OPENBLAS_CORETYPE of the Debian OpenBLAS builds: kernel (default: the notebook kernel's "
                         "choice), auto (unset: OpenBLAS's own choice) or a name such as Haswell or Zen")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args()
    if args.worker:
        shapes = [int(s) for s in args.shapes.split(",")]
        print(json.dumps(measure(args.worker, args.dtypes, shapes, args.trials)))
        return 0

    shapes = QUICK_SHAPES if args.quick else list(range(len(SHAPES)))
    trials = 2 if args.quick else args.trials
    libraries = []
    for lib in args.libraries.split(","):
        path = LIBRARIES[lib][0]
        if path is not None and not path.exists():
            print(f"{lib}: {path} is not installed (deps/debian-packages-bench.txt; make bench-anchors); left out",
                  file=sys.stderr)
        else:
            libraries.append(lib)
    core = {"kernel": kernel_coretype(), "auto": None}.get(args.openblas_coretype, args.openblas_coretype)
    print(f"OPENBLAS_CORETYPE for the Debian OpenBLAS builds: {core or 'unset'} ({args.openblas_coretype}); "
          f"numpy and BLIS choose their own kernels; best of {trials} batches")
    results = {}
    for dtype in args.dtypes.split(","):
        for threads in [int(t) for t in args.threads.split(",")]:
            figures = {lib: run_worker(lib, dtype, threads, shapes, trials, core) for lib in libraries}
            results[f"{dtype} {threads}"] = figures
            # One thread: GFLOP per CPU second (waits for a busy core do not count); more: wall clock.
            clock = "cpu" if threads == 1 else "wall"
            print_table(f"{'d' if dtype == 'float64' else 's'}gemm, {dtype}, {threads} thread(s) on cores "
                        f"0-{threads - 1}, GFLOP per {'CPU' if clock == 'cpu' else 'wall'} second",
                        shapes, libraries, {lib: f[clock] for lib, f in figures.items()})
    if args.json:
        Path(args.json).write_text(json.dumps({"shapes": [SHAPES[s][0] for s in shapes], "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
