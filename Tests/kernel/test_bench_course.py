"""The library benchmark (`make bench`, scripts/bench_course.py) in its quick mode: both sides run,
end with the same cost, and the table gives a ratio for each workload. Timings are not asserted.

The JAX and PyTorch sides (`--anchors`) need .venv-bench (`make bench-anchors`); their test is skipped
without it, so `make test` never needs JAX or PyTorch. The table and ratio code is checked on its own
with made-up results."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bench_course.py"
BENCH_PYTHON = ROOT / ".venv-bench" / "bin" / "python"


def load_bench_course():
    spec = importlib.util.spec_from_file_location("bench_course", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def result(seconds: float, cpu: float, cost: float = 0.5) -> dict:
    return {"seconds": seconds, "cpu_seconds": cpu, "cost": cost, "iterations": 10}


def test_quick_benchmark_agrees_with_numpy(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--workloads", "logreg,planar,matmul", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    rows = {r["workload"]: r for r in json.loads(out.read_text())["rows"]}
    assert set(rows) == {"logreg", "planar", "matmul"}
    for name, row in rows.items():
        assert row["swift"]["iterations"] == row["numpy"]["iterations"] > 0, name
        assert row["best_other"] == "numpy", name
        assert row["ratio"] == pytest.approx(row["swift"]["seconds"] / row["numpy"]["seconds"]), name
        assert f"| {name}:" in run.stdout, name
    assert rows["logreg"]["cost_relative_difference"] <= 1e-6
    assert rows["matmul"]["swift"]["gflops"] > 0


def test_ratio_is_neuralnet_over_the_fastest_other_side() -> None:
    bench = load_bench_course()
    sides = {"swift": result(2.0, 1.8), "numpy": result(4.0, 3.9), "jax-fori": result(1.6, 1.5),
             "torch-eager": result(3.0, 2.0), "torch-compile": None}
    assert bench.best_other(sides)[0] == "jax-fori"
    name, ratio, cpu_ratio = bench.ratios(sides)
    assert name == "jax-fori"
    assert ratio == pytest.approx(2.0 / 1.6)
    assert cpu_ratio == pytest.approx(1.8 / 1.5)
    # Without NeuralNet, or with no other side, there is no ratio.
    assert bench.ratios({"swift": None, "numpy": result(1.0, 1.0)}) == ("numpy", None, None)
    assert bench.ratios({"swift": result(1.0, 1.0)}) == (None, None, None)


def test_best_run_is_the_fastest_successful_one() -> None:
    bench = load_bench_course()
    runs = [result(3.0, 3.0), {"error": "busy"}, result(2.5, 2.9), result(2.7, 2.4)]
    assert bench.best(runs)["seconds"] == 2.5
    assert bench.best([{"error": "unknown option --dtype"}]) is None


def test_cost_check_flags_a_side_that_computed_something_else() -> None:
    bench = load_bench_course()
    reference = result(1.0, 1.0, cost=0.25)
    sides = {"swift": result(1.0, 1.0, cost=0.25 * (1 + 5e-7)), "numpy": reference,
             "jax-jit": result(1.0, 1.0, cost=0.25 * (1 + 5e-6)), "torch-eager": None}
    differences, failures = bench.check_costs("logreg", "float64", sides, reference)
    assert set(differences) == {"swift", "jax-jit"}
    assert differences["swift"] == pytest.approx(5e-7, rel=1e-6)
    assert len(failures) == 1 and "JAX jit" in failures[0]
    # float32 allows 1e-3, the planar network 1e-4 in float64.
    assert bench.check_costs("logreg", "float32", sides, reference)[1] == []
    assert bench.cost_tolerance("planar", "float64") == 1e-4
    assert bench.cost_tolerance("planar", "float32") == bench.FLOAT32_COST_TOLERANCE
    assert bench.check_costs("logreg", "float64", sides, None)[1]


def test_table_has_a_column_per_side_and_the_ratio() -> None:
    bench = load_bench_course()
    sides = {"swift": result(2.0, 2.0), "numpy": result(4.0, 4.0), "jax-jit": None, "jax-fori": result(1.0, 1.0)}
    name, ratio, cpu_ratio = bench.ratios(sides)
    row = {"workload": "deep2", "description": "[12288, 7, 1]", "dtype": "float32", "iterations": 10,
           "sides": sides, "best_other": name, "ratio": ratio, "cpu_ratio": cpu_ratio,
           "cost_relative_differences": {"swift": 2e-7, "jax-fori": 3e-5}}
    lines = bench.format_table([row], ["swift", "numpy", "jax-jit", "jax-fori"])
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    cells = [c.strip() for c in lines[2].strip("|").split("|")]
    assert header[3:7] == ["NeuralNet s", "numpy s", "JAX jit s", "JAX fori s"]
    assert cells[1:] == ["float32", "10", "2.000", "4.000", "—", "1.000", "JAX fori", "2.00", "2.00", "3.0e-05"]


def test_anchors_without_their_venv_say_how_to_get_it(tmp_path: Path) -> None:
    if BENCH_PYTHON.exists():
        pytest.skip(".venv-bench exists here; test_quick_anchors_agree_with_numpy runs the anchors")
    run = subprocess.run([sys.executable, str(SCRIPT), "--quick", "--anchors", "--workloads", "planar"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 2
    assert "make bench-anchors" in run.stderr


@pytest.mark.skipif(not BENCH_PYTHON.exists(), reason=".venv-bench is missing (`make bench-anchors` creates it)")
def test_quick_anchors_agree_with_numpy(tmp_path: Path) -> None:
    out = tmp_path / "anchors.json"
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--anchors", "--sides", "numpy,jax-jit,jax-fori,torch-eager,torch-compile",
         "--workloads", "planar,matmul", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    rows = {r["workload"]: r for r in json.loads(out.read_text())["rows"]}
    for name, row in rows.items():
        for side in ("jax-jit", "jax-fori", "torch-eager", "torch-compile"):
            r = row["sides"][side]
            assert r is not None, (name, side, run.stderr)
            assert r["iterations"] == row["numpy"]["iterations"] and r["dtype"] == "float64"
            assert row["cost_relative_differences"][side] <= 1e-4, (name, side)


@pytest.mark.skipif(not BENCH_PYTHON.exists(), reason=".venv-bench is missing (`make bench-anchors` creates it)")
@pytest.mark.parametrize("side", ["jax-fori", "torch-eager"])
def test_float32_anchor_trains_in_float32_close_to_numpy(side: str) -> None:
    def anchor(dtype: str) -> dict:
        run = subprocess.run([str(BENCH_PYTHON), str(ROOT / "scripts" / "bench_anchors" / "run_anchor.py"),
                              "--side", side, "--workload", "logreg", "--iterations", "50", "--dtype", dtype],
                             cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout.strip().splitlines()[-1])
    numpy = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_reference" / "course_workloads.py"),
                            "--workload", "logreg", "--iterations", "50"], capture_output=True, text=True, check=True)
    reference = json.loads(numpy.stdout.strip().splitlines()[-1])["cost"]
    single, double = anchor("float32"), anchor("float64")
    assert single["dtype"] == "float32"
    assert abs(single["cost"] - reference) / reference <= 1e-3
    # float32 really ran: its cost is a float32 number, float64's is not.
    assert float(np.float32(single["cost"])) == single["cost"]
    assert float(np.float32(double["cost"])) != double["cost"]
    assert abs(double["cost"] - reference) / reference <= 1e-6
