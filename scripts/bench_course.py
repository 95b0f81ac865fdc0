#!/usr/bin/env python3
"""The course's workloads in Swift (NeuralNet), numpy and, optionally, JAX and PyTorch, side by side.

For each workload it runs the Swift benchmark (Sources/course-bench, release build), the numpy reference
(scripts/bench_reference/course_workloads.py) and, with `--anchors`, the JAX and PyTorch versions
(scripts/bench_anchors/: jax-jit, jax-fori, torch-eager, torch-compile; run with .venv-bench's Python,
which `make bench-anchors` creates) on the same seeded data. It checks that every side ends with numpy's
cost (relative difference <= 1e-6 in float64, so all really did the same computation; looser for the
planar network and for float32, below), and prints a table with NeuralNet's time over the best other
side's. Only the training loops are timed, inside each program.

    .venv/bin/python scripts/bench_course.py            # the issue's workloads (a few minutes)
    .venv/bin/python scripts/bench_course.py --quick    # fewer iterations, same checks
    .venv/bin/python scripts/bench_course.py --workloads planar,matmul --repeat 3
    .venv/bin/python scripts/bench_course.py --anchors --repeat 3 --threads 2 --dtype both

Every side gets the same thread count (`--threads N`, default 1): OPENBLAS_NUM_THREADS and
OMP_NUM_THREADS are set to N before it starts, it is pinned with taskset to the first N cores, and the
anchors set their libraries' own (XLA without its multi-threaded Eigen at N = 1, torch.set_num_threads).
`--repeat k` runs every side k times, interleaved run by run so a busy spell hits all sides alike, and
keeps each side's fastest. `--dtype float32` passes `--dtype float32` to every side (float64, the
default, passes nothing, so programs without that option still run). Which OpenBLAS kernels the Swift
and numpy sides run (`--coretype`):
  kernel (default)  each side as its users run it: numpy's OpenBLAS picks its own kernels, Swift gets
                    the OPENBLAS_CORETYPE the notebook kernel starts its executor with (SkylakeX with
                    AVX-512, Haswell with AVX2 and FMA; Sources/CellEngine/BLASEnvironment.swift);
  same              both get Haswell where the processor has AVX2 and FMA: the same kernel code on
                    both sides, so the comparison measures the libraries around BLAS;
  none              both unset; any other value is passed to both.
"s" columns are wall seconds (best of `--repeat`); the CPU column is the ratio of process CPU
seconds, steadier than wall time on a machine shared with other jobs.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "scripts" / "bench_reference" / "course_workloads.py"
ANCHOR = ROOT / "scripts" / "bench_anchors" / "run_anchor.py"
BENCH_VENV_PYTHON = ROOT / ".venv-bench" / "bin" / "python"
ANCHOR_SIDES = ("jax-jit", "jax-fori", "torch-eager", "torch-compile")
SIDE_LABELS = {"swift": "NeuralNet", "numpy": "numpy", "jax-jit": "JAX jit", "jax-fori": "JAX fori",
               "torch-eager": "torch eager", "torch-compile": "torch.compile"}

# name, description, iterations (default = the workloads), iterations with --quick
WORKLOADS = [
    ("logreg", "logistic regression (12288, 209)", 2000, 200),
    ("planar", "planar 2-4-1 tanh, 400 points", 10000, 1000),
    ("deep2", "[12288, 7, 1] on 209 examples", 2500, 100),
    ("deep4", "[12288, 20, 7, 5, 1] on 209 examples", 2500, 100),
    ("mnist", "[784, 256, 128, 10] softmax, 10000 examples", 100, 5),
    ("matmul", "1024 x 1024 matrix product", 20, 5),
]
COST_TOLERANCE = 1e-6
# The flower network at learning rate 1.2 amplifies last-bit differences: after 10 000 iterations its
# cost moves by 5e-6 when only OpenBLAS's kernel type changes, and numpy's tanh and log are its own
# SIMD code on AVX-512 machines, neither glibc's nor ours. Its costs agree to 2e-6 to 7e-6.
COST_TOLERANCES = {"planar": 1e-4}
# float32 sides are compared with numpy's float32 cost where numpy runs float32, otherwise with its
# float64 cost; either way float32's rounding (about 6e-8 per operation) over thousands of iterations
# allows far less agreement than float64. 1e-3 relative holds on every workload (see
# docs/benchmarks-library.md, "Against JAX and PyTorch", for the differences measured).
FLOAT32_COST_TOLERANCE = 1e-3


def cost_tolerance(workload: str, dtype: str) -> float:
    """The largest relative difference from numpy's final cost that counts as the same computation."""
    if dtype == "float32":
        return max(FLOAT32_COST_TOLERANCE, COST_TOLERANCES.get(workload, COST_TOLERANCE))
    return COST_TOLERANCES.get(workload, COST_TOLERANCE)


def relative_difference(cost: float, reference: float) -> float:
    """|cost - reference| / |reference| (reference 0 counts as the smallest positive double)."""
    return abs(cost - reference) / max(abs(reference), 1e-300)


def best(results: list[dict]) -> dict | None:
    """The fastest of a side's runs (the one with the fewest wall seconds); None if none succeeded."""
    ok = [r for r in results if "seconds" in r]
    return min(ok, key=lambda r: r["seconds"]) if ok else None


def best_other(sides: dict[str, dict | None]) -> tuple[str, dict] | None:
    """The fastest side other than NeuralNet ("swift"), as (name, result); None when there is none."""
    others = [(name, r) for name, r in sides.items() if name != "swift" and r is not None]
    return min(others, key=lambda nr: nr[1]["seconds"]) if others else None


def ratios(sides: dict[str, dict | None]) -> tuple[str | None, float | None, float | None]:
    """(best other side, NeuralNet's wall seconds / its, NeuralNet's CPU seconds / its): below 1 means
    NeuralNet is faster. None where NeuralNet or every other side is missing."""
    other = best_other(sides)
    swift = sides.get("swift")
    if other is None or swift is None:
        return (other[0] if other else None), None, None
    name, r = other
    return name, swift["seconds"] / r["seconds"], swift["cpu_seconds"] / r["cpu_seconds"]


def build_swift(scratch: str | None) -> Path:
    """Builds course-bench in release mode (a no-op when up to date) and returns its path."""
    cmd = ["swift", "build", "-c", "release", "--product", "course-bench"]
    if scratch:
        cmd += ["--scratch-path", scratch]
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=sys.stderr)
    bindir = subprocess.run(cmd[:4] + (["--scratch-path", scratch] if scratch else []) + ["--show-bin-path"],
                            cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    return Path(bindir) / "course-bench"


def cpu_flags() -> set[str]:
    """The flags of the first processor in /proc/cpuinfo (empty where there is none)."""
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            return set(next((l.split(":", 1)[1].split() for l in cpuinfo if l.startswith("flags")), []))
    except OSError:
        return set()


def haswell_if_supported(flags: set[str]) -> str:
    """"Haswell" when the processor has AVX2 and FMA (the kernels numpy's OpenBLAS uses), else ""."""
    return "Haswell" if {"avx2", "fma"} <= flags else ""


def kernel_coretype(flags: set[str]) -> str:
    """The OPENBLAS_CORETYPE the notebook kernel starts its executor with (Sources/CellEngine/BLASEnvironment.swift)."""
    if {"avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"} <= flags:
        return "SkylakeX"
    return haswell_if_supported(flags)


def pinning(threads: int) -> list[str]:
    """taskset's prefix that pins a command to the first `threads` cores this process may use."""
    cores = sorted(os.sched_getaffinity(0))
    if threads > len(cores):
        raise SystemExit(f"--threads {threads}: only {len(cores)} core(s) here")
    return ["taskset", "-c", ",".join(map(str, cores[:threads]))]


def run(cmd: list[str], env: dict[str, str]) -> dict:
    """One run of a side: its JSON line, or {"error": ...} with the line of its output that says why
    (the first that mentions an error, else the last)."""
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        lines = (done.stderr.strip() or done.stdout.strip() or f"exit status {done.returncode}").splitlines()
        return {"error": next((l.strip() for l in lines if "error" in l.lower()), lines[-1].strip())}
    return json.loads(done.stdout.strip().splitlines()[-1])


def side_command(side: str, workload: str, iterations: int, dtype: str, threads: int, swift_bin: Path) -> list[str]:
    common = ["--workload", workload, "--iterations", str(iterations)]
    if side == "swift":
        return [str(swift_bin)] + common + (["--dtype", dtype] if dtype != "float64" else [])
    if side == "numpy":
        return [sys.executable, str(REFERENCE)] + common + (["--dtype", dtype] if dtype != "float64" else [])
    return [str(BENCH_VENV_PYTHON), str(ANCHOR), "--side", side, "--dtype", dtype, "--threads", str(threads)] + common


def check_costs(workload: str, dtype: str, sides: dict[str, dict | None], reference: dict | None) -> tuple[dict, list[str]]:
    """Each side's relative difference from `reference` (numpy's result), and the failures."""
    differences, failures = {}, []
    if reference is None:
        return differences, [f"{workload} {dtype}: no numpy cost to check the others against"]
    tolerance = cost_tolerance(workload, dtype)
    for name, r in sides.items():
        if r is None or name == "numpy" and r is reference:
            continue
        rel = relative_difference(r["cost"], reference["cost"])
        differences[name] = rel
        if not rel <= tolerance:
            failures.append(f"{workload} {dtype}: {SIDE_LABELS[name]} cost {r['cost']!r} != numpy "
                            f"{reference.get('dtype', 'float64')} cost {reference['cost']!r} "
                            f"(relative {rel:.1e} > {tolerance:.0e})")
    return differences, failures


def format_table(rows: list[dict], side_names: list[str]) -> list[str]:
    """The markdown table: a column of seconds per side, the best other side, NeuralNet / best other."""
    header = (["workload", "dtype", "iterations"] + [SIDE_LABELS[s] + " s" for s in side_names]
              + ["best other", "NeuralNet / best", "CPU ratio", "max cost rel. diff"])
    table = [header]
    for r in rows:
        label = f"{r['workload']}: {r['description']}"
        if r["workload"] == "matmul" and r["sides"].get("swift") and r["best_other"]:
            label += (f" ({r['sides']['swift']['gflops']:.1f} vs "
                      f"{r['sides'][r['best_other']]['gflops']:.1f} GFLOP/s)")
        cells = [label, r["dtype"], str(r["iterations"])]
        cells += [f"{r['sides'][s]['seconds']:.3f}" if r["sides"].get(s) else "—" for s in side_names]
        cells.append(SIDE_LABELS[r["best_other"]] if r["best_other"] else "—")
        cells.append(f"{r['ratio']:.2f}" if r["ratio"] is not None else "—")
        cells.append(f"{r['cpu_ratio']:.2f}" if r["cpu_ratio"] is not None else "—")
        diffs = r["cost_relative_differences"].values()
        cells.append(f"{max(diffs):.1e}" if diffs else "—")
        table.append(cells)
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    lines = []
    for i, row in enumerate(table):
        lines.append("| " + " | ".join(c.ljust(widths[j]) if j == 0 else c.rjust(widths[j])
                                       for j, c in enumerate(row)) + " |")
        if i == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer iterations (a smoke test of the same checks)")
    ap.add_argument("--threads", type=int, default=1, help="threads for every side, pinned to the first N cores (default 1)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per side and workload, interleaved; the fastest counts")
    ap.add_argument("--workloads", default="", help="comma list of " + ",".join(w[0] for w in WORKLOADS))
    ap.add_argument("--dtype", default="float64", choices=("float64", "float32", "both"))
    ap.add_argument("--anchors", action="store_true",
                    help="also run JAX and PyTorch (" + ", ".join(ANCHOR_SIDES) + ") with .venv-bench's Python")
    ap.add_argument("--sides", help="comma list of the sides to run (default: swift,numpy and, with --anchors, "
                                    + ",".join(ANCHOR_SIDES) + "); numpy always runs, for the costs")
    ap.add_argument("--swift-bin", help="a built course-bench (default: build it with swift build -c release)")
    ap.add_argument("--scratch-path", help="swift build --scratch-path for the build (default .build)")
    ap.add_argument("--coretype", default="kernel",
                    help="kernel (default): each side as a user runs it (numpy picks its own, Swift gets the notebook "
                         "kernel's choice: SkylakeX with AVX-512, Haswell with AVX2); same: Haswell on both when the "
                         "CPU has AVX2 and FMA; none: unset; anything else: that OPENBLAS_CORETYPE on both")
    ap.add_argument("--json", help="also write the results to this JSON file")
    args = ap.parse_args()

    chosen = [w for w in WORKLOADS if not args.workloads or w[0] in args.workloads.split(",")]
    if not chosen:
        ap.error("no such workload: " + args.workloads)
    side_names = (args.sides.split(",") if args.sides
                  else ["swift", "numpy"] + (list(ANCHOR_SIDES) if args.anchors else []))
    unknown = [s for s in side_names if s not in SIDE_LABELS]
    if unknown:
        ap.error("no such side: " + ",".join(unknown))
    if "numpy" not in side_names:
        side_names.insert(1 if "swift" in side_names else 0, "numpy")
    if any(s in ANCHOR_SIDES for s in side_names) and not BENCH_VENV_PYTHON.exists():
        print(f"The JAX and PyTorch sides need {BENCH_VENV_PYTHON.relative_to(ROOT)}: run `make bench-anchors` "
              "(it creates .venv-bench from requirements-bench.txt and runs this benchmark with them).",
              file=sys.stderr)
        return 2
    dtypes = ["float64", "float32"] if args.dtype == "both" else [args.dtype]
    swift_bin = ((Path(args.swift_bin) if args.swift_bin else build_swift(args.scratch_path))
                 if "swift" in side_names else Path("course-bench"))
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(args.threads), OMP_NUM_THREADS=str(args.threads))
    flags = cpu_flags()
    coretype = haswell_if_supported(flags) if args.coretype == "same" else args.coretype
    env.pop("OPENBLAS_CORETYPE", None)
    swift_env = env
    if coretype == "kernel":
        kernel_core = kernel_coretype(flags)
        swift_env = dict(env, OPENBLAS_CORETYPE=kernel_core) if kernel_core else env
    elif coretype and coretype != "none":
        env["OPENBLAS_CORETYPE"] = coretype
    pin = pinning(args.threads)

    rows, failures, notes = [], [], []
    for dtype in dtypes:
        for name, what, iterations, quick_iterations in chosen:
            n = quick_iterations if args.quick else iterations
            runs = {s: [] for s in side_names}
            for _ in range(args.repeat):   # interleaved, so a busy spell hits every side alike
                for s in side_names:
                    cmd = pin + side_command(s, name, n, dtype, args.threads, swift_bin)
                    runs[s].append(run(cmd, swift_env if s == "swift" else env))
            sides = {s: best(rs) for s, rs in runs.items()}
            for s, r in sides.items():
                if r is None:
                    notes.append(f"{name} {dtype}: {SIDE_LABELS[s]} did not run: {runs[s][-1]['error']}")
            reference = sides["numpy"]
            if reference is None and dtype == "float32":   # numpy without --dtype: its float64 cost
                reference = run(pin + side_command("numpy", name, n, "float64", args.threads, swift_bin), env)
                reference = reference if "cost" in reference else None
                notes.append(f"{name} float32: costs checked against numpy's float64 cost")
            differences, bad = check_costs(name, dtype, sides, reference)
            failures += bad
            other, ratio, cpu_ratio = ratios(sides)
            rows.append({"workload": name, "description": what, "dtype": dtype, "iterations": n, "sides": sides,
                         "swift": sides.get("swift"), "numpy": sides["numpy"], "best_other": other,
                         "ratio": ratio, "cpu_ratio": cpu_ratio, "cost_relative_differences": differences,
                         "cost_relative_difference": differences.get("swift")})
            print(f"  {name} {dtype}: " + ", ".join(f"{SIDE_LABELS[s]} {r['seconds']:.3f} s" for s, r in sides.items()
                                                  if r), file=sys.stderr, flush=True)

    cores = (f"NeuralNet {swift_env.get('OPENBLAS_CORETYPE', 'unset')}, numpy its own choice" if coretype == "kernel"
             else env.get("OPENBLAS_CORETYPE", "unset"))
    print(f"\nThreads: {args.threads} per side, pinned to cores {pin[-1]}; OPENBLAS_CORETYPE: {cores}; "
          f"{'quick' if args.quick else 'full'} workloads; best of {args.repeat} interleaved runs\n")
    print("\n".join(format_table(rows, side_names)))
    if args.json:
        Path(args.json).write_text(json.dumps({"threads": args.threads, "coretype": env.get("OPENBLAS_CORETYPE"),
                                               "quick": args.quick, "repeat": args.repeat, "sides": side_names,
                                               "rows": rows, "notes": notes}, indent=2))
    for note in notes:
        print("NOTE " + note, file=sys.stderr)
    for f in failures:
        print("COST MISMATCH " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
