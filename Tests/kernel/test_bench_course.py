"""The library benchmark (`make bench`, scripts/bench_course.py) in its quick mode: both sides run,
end with the same cost, and the table gives a ratio for each workload. Timings are not asserted."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_benchmark_agrees_with_numpy(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_course.py"), "--quick", "--workloads", "logreg,planar,matmul",
         "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    rows = {r["workload"]: r for r in json.loads(out.read_text())["rows"]}
    assert set(rows) == {"logreg", "planar", "matmul"}
    for name, row in rows.items():
        assert row["swift"]["iterations"] == row["numpy"]["iterations"] > 0, name
        assert row["ratio"] > 0 and f"| {name}:" in run.stdout, name
    assert rows["logreg"]["cost_relative_difference"] <= 1e-6
    assert rows["matmul"]["swift"]["gflops"] > 0
