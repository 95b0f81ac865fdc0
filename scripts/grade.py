#!/usr/bin/env python3
"""Grades a filled-in course notebook by running it headlessly through the Swift kernel.

    scripts/grade.py notebooks/learner/1-tensor-basics.ipynb [--json report.json] [--executed out.ipynb]

Every cell runs, even after an error (nbclient with allow_errors). A graded test cell (nbgrader
metadata `grade: true`) earns its `points` when it ran without an error output; its exercise is the
`grade_id` without the `_test` suffix. Prints a table of exercises with points earned and possible and
the JSON report (also written to --json). Exits 0 when the notebook ran to its end, whatever the score,
and 2 when the kernel died or a cell timed out.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

KERNEL_NAME = os.environ.get("SWIFT_KERNEL_NAME", "swift")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def graded_cells(nb) -> list[tuple[int, dict]]:
    """(index, cell) of every nbgrader test cell (`grade: true`) with points."""
    found = []
    for index, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            found.append((index, cell))
    return found


def error_of(cell) -> dict | None:
    """The first error output of a cell, if any."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            return output
    return None


def execute(nb, cell_timeout: int, cwd: Path) -> str | None:
    """Runs every cell of `nb` in place; returns why the run stopped early, or None."""
    client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=cell_timeout, allow_errors=True,
                            resources={"metadata": {"path": str(cwd)}})
    try:
        client.execute()
    except DeadKernelError as error:
        return f"the kernel died: {error}"
    except CellTimeoutError as error:
        return f"a cell timed out after {cell_timeout} s: {error}"
    return None


def report_for(nb, notebook: Path, stopped: str | None, seconds: float) -> dict:
    """The grading report of an executed notebook."""
    exercises = []
    for index, cell in graded_cells(nb):
        meta = cell.metadata["nbgrader"]
        grade_id = meta.get("grade_id", f"cell-{index}")
        error = error_of(cell)
        ran = cell.get("execution_count") is not None or bool(cell.get("outputs"))
        passed = ran and error is None
        possible = float(meta.get("points", 0))
        exercises.append({
            "grade_id": grade_id,
            "exercise": grade_id[:-5] if grade_id.endswith("_test") else grade_id,
            "cell": index,
            "points": possible if passed else 0.0,
            "max_points": possible,
            "passed": passed,
            "message": None if passed else (
                ANSI.sub("", f"{error.get('ename', '')}: {error.get('evalue', '')}") if error else "cell did not run"),
        })
    return {
        "notebook": str(notebook),
        "kernel": KERNEL_NAME,
        "completed": stopped is None,
        "stopped": stopped,
        "seconds": round(seconds, 1),
        "score": sum(e["points"] for e in exercises),
        "max_score": sum(e["max_points"] for e in exercises),
        "exercises": exercises,
    }


def table(report: dict) -> str:
    """The report as a text table."""
    width = max([len("exercise")] + [len(e["exercise"]) for e in report["exercises"]])
    lines = [f"{'exercise':<{width}}  {'points':>6}  {'of':>4}  result",
             f"{'-' * width}  {'-' * 6}  {'-' * 4}  {'-' * 6}"]
    for e in report["exercises"]:
        result = "passed" if e["passed"] else "failed: " + (e["message"] or "")[:90]
        lines.append(f"{e['exercise']:<{width}}  {e['points']:>6g}  {e['max_points']:>4g}  {result}")
    lines.append(f"{'-' * width}  {'-' * 6}  {'-' * 4}")
    lines.append(f"{'total':<{width}}  {report['score']:>6g}  {report['max_score']:>4g}")
    if report["stopped"]:
        lines.append(f"run stopped early: {report['stopped']}")
    return "\n".join(lines)


def grade(notebook: Path, cell_timeout: int = 600, executed: Path | None = None) -> dict:
    """Runs `notebook` and returns its report (writing the executed copy to `executed` if given)."""
    nb = nbformat.read(notebook, as_version=4)
    start = time.monotonic()
    stopped = execute(nb, cell_timeout, notebook.resolve().parent)
    report = report_for(nb, notebook, stopped, time.monotonic() - start)
    if executed:
        nbformat.write(nb, executed)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebook", type=Path, help="the filled-in notebook (.ipynb)")
    parser.add_argument("--json", type=Path, help="also write the JSON report here")
    parser.add_argument("--executed", type=Path, help="write the executed notebook here")
    parser.add_argument("--timeout", type=int, default=int(os.environ.get("GRADE_CELL_TIMEOUT", "600")),
                        help="seconds allowed for one cell (default 600)")
    args = parser.parse_args(argv)
    if not args.notebook.exists():
        parser.error(f"no such notebook: {args.notebook}")
    report = grade(args.notebook, args.timeout, args.executed)
    print(table(report))
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if report["completed"] else 2


if __name__ == "__main__":
    sys.exit(main())
