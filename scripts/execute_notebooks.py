#!/usr/bin/env python3
"""Runs the saved notebooks through the installed kernel and writes them back with fresh outputs.

    scripts/execute_notebooks.py                          # every notebooks/*.ipynb with outputs saved
    scripts/execute_notebooks.py notebooks/2-logistic-regression.ipynb

For when what the kernel shows changes (figures as PNG beside their SVG, say): the repository's notebooks
keep outputs so that they read well on GitHub and when opened untrusted. Each notebook runs from top to
bottom in a fresh kernel (nbclient, in its own folder); a notebook in which a cell fails is not written
back, and the script exits 1 (a cell tagged `raises-exception` must fail instead). Consecutive stream outputs of a cell are merged (how the kernel's output
arrives in chunks varies from run to run; the merged text does not). Cell ids and metadata are kept; no
timing metadata is added. The learner
versions (notebooks/learner/) have no outputs and are not run: regenerate them with
scripts/make_learner_notebooks.py.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
KERNEL_NAME = os.environ.get("SWIFT_KERNEL_NAME", "swift")


def has_outputs(nb) -> bool:
    return any(cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")


def expected_to_fail(cell) -> bool:
    """Whether the cell is tagged `raises-exception` (Jupyter's tag for a cell that fails on purpose, such as
    0-welcome's demonstration of a crash)."""
    return "raises-exception" in cell.get("metadata", {}).get("tags", [])


def failed_cells(nb) -> list[int]:
    """Indices of the code cells whose outcome is not the expected one: an error output in a cell not tagged
    `raises-exception`, or none in a cell tagged so."""
    return [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
            and any(output.get("output_type") == "error" for output in cell.get("outputs", []))
            != expected_to_fail(cell)]


def merge_streams(nb) -> None:
    """Merges each run of consecutive stream outputs of the same name (stdout, stderr) into one."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        merged = []
        for output in cell.get("outputs", []):
            if (output.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream"
                    and merged[-1].get("name") == output.get("name")):
                merged[-1]["text"] = "".join(merged[-1]["text"]) + "".join(output["text"])
            else:
                merged.append(output)
        cell["outputs"] = merged


def execute(path: Path, cell_timeout: int) -> bool:
    """Runs `path` and writes it back if every cell ran without an error; returns whether it did."""
    nb = nbformat.read(path, as_version=4)
    start = time.monotonic()
    client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=cell_timeout, allow_errors=True,
                            record_timing=False, resources={"metadata": {"path": str(path.resolve().parent)}})
    client.execute()
    failed = failed_cells(nb)
    seconds = time.monotonic() - start
    if failed:
        print(f"{path}: cells {failed} failed; not written ({seconds:.0f} s)", file=sys.stderr)
        return False
    merge_streams(nb)
    nbformat.write(nb, path)
    print(f"{path}: written ({seconds:.0f} s)")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: every notebooks/*.ipynb "
                                                                 "that has outputs saved)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed for one cell (default 600)")
    args = parser.parse_args(argv)
    paths = args.notebooks or [p for p in sorted((ROOT / "notebooks").glob("*.ipynb"))
                               if has_outputs(nbformat.read(p, as_version=4))]
    results = [execute(path, args.timeout) for path in paths]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
