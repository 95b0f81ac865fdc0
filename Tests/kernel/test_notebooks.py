"""Whole notebooks through the tools people use: nbconvert --execute and papermill.

Every notebook in notebooks/ without graded cells must execute without error (the course
notebooks run in test_course_notebooks.py); the outputs of hello.ipynb and widgets.ipynb are
checked too (widgets.ipynb as a run nobody watches: one final progress line, `interact` run once).
Executed copies are written to the test's temporary directory (or $SWIFT_KERNEL_TEST_ARTIFACTS).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import KERNEL_NAME

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
BIN = Path(sys.executable).parent
CELL_TIMEOUT = int(os.environ.get("SWIFT_KERNEL_TEST_CELL_TIMEOUT", "300"))


def is_course_notebook(path: Path) -> bool:
    """Course notebooks (graded cells) run, with their checks, in test_course_notebooks.py."""
    return any("nbgrader" in c.get("metadata", {}) for c in nbformat.read(path, as_version=4).cells)


# Every other notebook runs here through nbconvert, so no notebook in notebooks/ goes untested.
ALL_NOTEBOOKS = sorted(p for p in NOTEBOOKS.glob("*.ipynb")
                       if not p.name.endswith(".out.ipynb") and not is_course_notebook(p))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    base = os.environ.get("SWIFT_KERNEL_TEST_ARTIFACTS")
    if base:
        d = Path(base) / "notebooks"
        d.mkdir(parents=True, exist_ok=True)
        return d
    return tmp_path


def run(cmd: list[str], timeout: float) -> subprocess.CompletedProcess:
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    assert res.returncode == 0, f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stdout}\n{res.stderr}"
    return res


def cell(nb, cell_id: str):
    for c in nb.cells:
        if c.get("id") == cell_id:
            return c
    raise AssertionError(f"no cell with id {cell_id!r}")


def stdout_of(c) -> str:
    return "".join(o["text"] for o in c.outputs if o["output_type"] == "stream" and o["name"] == "stdout")


def assert_no_errors(nb) -> None:
    errors = [(i, o) for i, c in enumerate(nb.cells) if c.cell_type == "code"
              for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors, f"error outputs: {errors}"


def check_hello(nb) -> None:
    """The outputs hello.ipynb must have after a run."""
    assert_no_errors(nb)
    assert stdout_of(cell(nb, "hello")) == "hello, world\n"
    assert stdout_of(cell(nb, "state")) == "total: 10\n"
    assert stdout_of(cell(nb, "use-square")) == "100\n"

    results = [o for o in cell(nb, "result").outputs if o["output_type"] == "execute_result"]
    assert len(results) == 1 and results[0]["data"]["text/plain"] == "42", cell(nb, "result").outputs

    displays = [o for o in cell(nb, "display").outputs if o["output_type"] == "display_data"]
    assert len(displays) == 1, cell(nb, "display").outputs
    assert "<table>" in displays[0]["data"]["text/html"]
    assert displays[0]["data"]["text/plain"].startswith("1 1\n2 4")

    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), counts


def check_widgets(nb) -> None:
    """What widgets.ipynb shows where nobody watches: one final progress line, the `interact` figure
    drawn once under its cell, widgets as views with a text fallback, their state kept by nbclient."""
    assert_no_errors(nb)
    progress = stdout_of(cell(nb, "progress"))
    assert progress.count("\n") == 1 and progress.startswith("warming up: 100%|") and "200/200" in progress, progress
    assert not [o for o in cell(nb, "progress").outputs if o["output_type"] != "stream"]
    shown = [o for o in cell(nb, "interact").outputs if o["output_type"] == "display_data"]
    assert len(shown) == 1 and "sin(2x)" in shown[0]["data"]["image/svg+xml"], cell(nb, "interact").outputs
    view = cell(nb, "button").outputs[0]["data"]
    assert view["text/plain"] == 'Button(description="Count")'
    model = view["application/vnd.jupyter.widget-view+json"]["model_id"]
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    # The button is shown over the output area of its callbacks.
    assert state[model]["model_name"] == "VBoxModel"
    button, area = (child.removeprefix("IPY_MODEL_") for child in state[model]["state"]["children"])
    assert state[button]["model_name"] == "ButtonModel" and state[button]["state"]["description"] == "Count"
    assert state[area]["model_name"] == "OutputModel"


@pytest.mark.slow
@pytest.mark.parametrize("notebook", ALL_NOTEBOOKS, ids=[p.stem for p in ALL_NOTEBOOKS])
def test_nbconvert_execute(notebook: Path, out_dir: Path):
    out = out_dir / f"{notebook.stem}.nbconvert.ipynb"
    run([str(BIN / "jupyter"), "nbconvert", "--to", "notebook", "--execute", str(notebook),
         f"--ExecutePreprocessor.kernel_name={KERNEL_NAME}",
         f"--ExecutePreprocessor.timeout={CELL_TIMEOUT}",
         "--output-dir", str(out_dir), "--output", out.name], timeout=CELL_TIMEOUT * 4)
    nb = nbformat.read(out, as_version=4)
    assert_no_errors(nb)
    if notebook.name == "hello.ipynb":
        check_hello(nb)
    if notebook.name == "widgets.ipynb":
        check_widgets(nb)


@pytest.mark.slow
def test_papermill_hello(out_dir: Path):
    out = out_dir / "hello.papermill.ipynb"
    run([str(BIN / "papermill"), str(NOTEBOOKS / "hello.ipynb"), str(out), "-k", KERNEL_NAME,
         "--cwd", str(NOTEBOOKS), "--execution-timeout", str(CELL_TIMEOUT), "--no-progress-bar"],
        timeout=CELL_TIMEOUT * 4)
    nb = nbformat.read(out, as_version=4)
    check_hello(nb)
    assert nb.metadata["papermill"]["exception"] in (None, False)


@pytest.mark.slow
def test_papermill_widgets(out_dir: Path):
    out = out_dir / "widgets.papermill.ipynb"
    run([str(BIN / "papermill"), str(NOTEBOOKS / "widgets.ipynb"), str(out), "-k", KERNEL_NAME,
         "--cwd", str(NOTEBOOKS), "--execution-timeout", str(CELL_TIMEOUT), "--no-progress-bar"],
        timeout=CELL_TIMEOUT * 4)
    check_widgets(nbformat.read(out, as_version=4))


def test_notebooks_are_valid():
    """Every notebook is valid nbformat and names the swift kernel (needs no kernel to run)."""
    assert ALL_NOTEBOOKS, "notebooks/ has no notebooks"
    for path in ALL_NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        assert nb.metadata["kernelspec"]["name"] == "swift", path
