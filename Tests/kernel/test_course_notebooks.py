"""The course notebooks with graded exercises, run through the installed kernel.

- Every solution notebook (notebooks/*.ipynb with graded cells) runs without an error in under 3
  minutes, every graded test cell prints "All tests passed.", and the notebook's key numbers appear
  in its outputs (KEY_OUTPUTS below).
- Every learner notebook (notebooks/learner/) runs to its last cell, each graded test cell fails with
  the "not written yet" message (ename ExerciseFailed), and no other cell fails.
- The learner notebooks are in sync with the solutions; the grader (scripts/grade.py) gives full points
  to the solutions and none to the learner versions; nbgrader's generate_assignment reproduces the
  learner version and its autograde agrees with the grader.

Each notebook is executed once per session (scripts/grade.py's `grade`) and the result is shared by
the tests that look at it. Per-cell timeout: SWIFT_KERNEL_TEST_CELL_TIMEOUT (default 300 s).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
LEARNER = NOTEBOOKS / "learner"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "scripts"))

import grade as grader  # noqa: E402
import make_learner_notebooks as learner_versions  # noqa: E402

CELL_TIMEOUT = int(os.environ.get("SWIFT_KERNEL_TEST_CELL_TIMEOUT", "300"))
NOTEBOOK_LIMIT = float(os.environ.get("SWIFT_KERNEL_NOTEBOOK_LIMIT", "180"))   # seconds, the bound
ANSI = re.compile(r"\x1b\[[0-9;]*m")
NOT_WRITTEN = "is not written yet: replace the line `// YOUR CODE HERE`"

# Text that must appear in a solution notebook's outputs (stdout and text/plain), per notebook.
KEY_OUTPUTS: dict[str, list[str]] = {
    # Notebook 0 (course-new): state kept after a crash (roomCount was declared by the crashing cell), the
    # exercise, what a failing check prints, and the sigmoid-against-ReLU slopes of week 1's introduction.
    "0-welcome.ipynb": [
        "Hello from Swift: 6 × 7 = 42",
        "the notebook goes on: runs = 1, sizes = [50.0, 80.0, 120.0], roomCount = 4",
        "housePrice(100.0) = 240.0",
        "housePrice: 2 of 5 cases failed.",
        "σ′(0) = 0.25, the largest it gets",
        "through 10 layers, at best: sigmoid 9.5e-07, ReLU 1",
    ],
    # Notebook 1b (course-new): slopes measured against the formula, the graph of J = 3(a + bc) forwards
    # and backwards, the one-example gradient, the cost as minus the log-likelihood, and the loop and vectorised versions agreeing (their timing
    # depends on the machine: only that it is printed).
    "1b-derivatives-and-computation-graphs.ipynb": [
        "f(a) = a² at a = 2: formula 4.000000, measured with ε = 0.1, 0.001, 0.00001: 4.100000, 4.001000, 4.000010",
        "u = 6.0, v = 11.0, J = 33.0",
        "dJ/dv = 3.0, dJ/du = 3.0, dJ/da = 3.0, dJ/db = 6.0, dJ/dc = 9.0",
        "b + 0.001: J goes from 33.000 to 33.006, a change of 0.006 = 6 × 0.001",
        "db = -0.45016600268752205",
        "likelihood of the labels: 0.42768; -log(likelihood) / 4 = 0.212345; cost J = 0.212345",
        "cost = 0.15900537707692405",
        "the three versions agree (to 1e-12): true",
        "the vectorised version is",
    ],
    # Notebook 1 (grading-core): the course's values of W2A1.
    "1-tensor-basics.ipynb": [
        "basicSigmoid(1) = 0.7310585786300049",
        "sigmoid(tX) = [0.73105858 0.88079708 0.95257413]",
        "sigmoidDerivative(tX) = [0.19661193 0.10499359 0.04517666]",
        "[0.13736056 0.82416338 0.54944226]]",
        "L1 = 1.1",
        "L2 = 0.43",
        # Shapes (course-topics): the rank-1 trap, a mismatch's message, the centred rows.
        "v: [4], c: [4, 1], v + c: [4, 4]",
        "[2, 3] with [2]: operands could not be broadcast together with shapes (2, 3) (2,)",
        "square - means (subtracts 2, 6, 3 from the columns: wrong) =\n[[-1. -4.  0.]",
        "row means afterwards: [[0. 0.]]",
    ],
    # Notebook 2 (lessons): the course's example values, and our own Fashion-MNIST results (shirt vs
    # pullover, 209 training / 1,000 test pictures, 2,000 iterations at 0.05) that show overfitting:
    # 99.5 % on the training pictures against 80.1 % on the test pictures, and the gap closing with
    # 2,000 training pictures; the squared error's non-convexity in numbers.
    "2-logistic-regression.ipynb": [
        "Number of training examples: mTrain = 209",
        "trainXFlatten shape: [784, 209]",
        "cost = 0.15900537707692405",
        "b = 1.5948713189708588",
        "predictions = [[1. 1. 0.]]",
        "squared error at w = -3: 0.9366, above the middle of the chord from w = -6 to w = 0: 0.6234",
        "Cost after iteration 0: 0.693147",
        "Cost after iteration 1900: 0.106342",
        "train accuracy: 99.52153110047847 %",
        "test accuracy: 80.1 %",
        "2,000 training pictures: train accuracy 87.45 %, test accuracy 82.90 %",
        "learning rate 0.01: final cost 0.2882, train accuracy 91.87 %, test accuracy 77.90 %",
    ],
    # Notebook 3 (notebooks-3-4 helper): the course's flower numbers. Costs after iteration 6000 and
    # the accuracies of 20 and 50 hidden units depend on the last bits of floating-point arithmetic
    # (learning rate 1.2), so only the values every run reproduces are listed.
    "3-planar-classification.ipynb": [
        "I have m = 400 training examples!",
        "Accuracy of logistic regression: 47.0 %",
        "A2 = [[0.21292656 0.21274673 0.21295976]]",
        "cost = 0.6930587610394646",
        "Cost after iteration 0: 0.693162",
        "Cost after iteration 1000: 0.258625",
        "Cost after iteration 2000: 0.239334",
        "Cost after iteration 3000: 0.230802",
        "Cost after iteration 4000: 0.225528",
        "Cost after iteration 5000: 0.221845",
        "Cost after iteration 6000: 0.219094",
        "Accuracy: 90.75%",                      # 4 hidden units, 10,000 iterations
        "Accuracy for 1 hidden units: 67.5 %",
        "Accuracy for 2 hidden units: 67.25 %",
        "Accuracy for 3 hidden units: 90.75 %",
        "Accuracy for 4 hidden units: 90.5 %",
        "Accuracy for 5 hidden units: 91.25 %",
        # Activations and initialisation (course-topics): 2000 steps at 1.2 from the same start.
        "largest derivative on [-4, 4]: sigmoid 0.250   tanh 1.000",
        "mean output over z ~ N(0, 1):  sigmoid 0.500   tanh 0.001",
        "tanh              cost 0.2393   accuracy 89.75 %",
        "sigmoid           cost 0.3042   accuracy 88.50 %",
        # Products of at most 2^16 multiply-adds run in our own loops: these chaotic runs (learning rate
        # 1.2) end the same on every processor. 20 and 50 units: the course's 2024 run's 91.0 and 90.25.
        "ReLU              cost 0.3792   accuracy 82.00 %   units silent on every point: 1 of 20",
        "Accuracy for 20 hidden units: 91.0 %",
        "Accuracy for 50 hidden units: 90.25 %",
        "linear hidden layer: accuracy 47.00 % (logistic regression: 47.0 %)",
        "start zeros: accuracy 50.00 %, W1 after training =\n[[0. 0.]\n [0. 0.]\n [0. 0.]\n [0. 0.]]",
        "start all 0.5: accuracy 65.50 %, W1 after training =\n[[2.51254443 2.37017767]\n [2.51254443 2.37017767]",
        "start small random: accuracy 89.75 %",
    ],
    # Notebook 4 (notebooks-3-4 helper): the course's step-by-step values.
    "4-deep-network-step-by-step.ipynb": [
        "W1 = [[ 0.01624345 -0.00611756 -0.00528172]\n [-0.01072969  0.00865408 -0.02301539]]",
        "W2 = [[ 0.01744812 -0.00761207]]",
        "W2 = [[-0.01185047 -0.0020565   0.01486148  0.00236716]",
        "Z = [[ 3.26295337 -1.23429987]]",
        "With sigmoid: A = [[0.96890023 0.11013289]]",
        "With ReLU: A = [[3.43896131 0.        ]]",
        "AL = [[0.03921668 0.70498921 0.19734387 0.04728177]]",
        "Cost: 0.2797765635793423",
        "db = [[-0.14713786]\n [-0.11313155]\n [-0.13209101]]",
        "With sigmoid: dW = [[ 0.10266786  0.09778551 -0.01968084]]",
        "With sigmoid: db = [[-0.05729622]]",
        "With relu: dW = [[ 0.44513824  0.37371418 -0.10478989]]",
        "With relu: db = [[-0.20837892]]",
        "dA1 = [[ 0.12913162 -0.44014127]",
        "dW2 = [[-0.39202432 -0.13325855 -0.04601089]]",
        "db2 = [[0.15187861]]",
        "W2 = [[-0.55569196  0.0354055   1.32964895]]",
        "b2 = [[-0.84610769]]",
        # Hyperparameters and depth (course-topics): three learning rates; parity networks built and checked.
        "learning rate 0.03: cost after 3000 iterations 0.6931, training accuracy 60.50 %",
        "learning rate 0.30: cost after 3000 iterations 0.3514, training accuracy 81.50 %",
        "learning rate 1.00: cost after 3000 iterations nan",
        "  8     256 |            3    14  yes |                     128  yes |                        16  yes",
        " 16   65536 |            4    30  yes |",
        " 64 bits: deep 6 layers, 126 units; one layer of ANDs 9.22e+18 units; counting 128 units",
    ],
    # Notebook 5 (lessons): our own Fashion-MNIST results (shirt vs pullover, 1,500 training / 2,000 test
    # pictures, 3,000 iterations at 0.02), where depth pays off: the 4-layer network is 2.4 points ahead
    # on the test pictures, and right on 100 of the pictures the two disagree on against 52.
    "5-deep-network-application.ipynb": [
        "shirts among the training pictures: 750 of 1500",
        "Cost after iteration 0: 0.6930283326030681",
        "Cost after iteration 2999: 0.26645837",
        "Accuracy: 0.8866666666666667",         # 2-layer, training pictures
        "Accuracy: 0.835\n",                    # 2-layer, test pictures
        "Cost after iteration 2999: 0.16778713",
        "Accuracy: 0.942",                      # 4-layer, training pictures
        "Accuracy: 0.859",                      # 4-layer, test pictures
        "test pictures only the 4-layer network gets right: 100",
        "test pictures only the 2-layer network gets right: 52",
        "282 of 2000 test pictures are mislabelled",
    ],
}

_runs: dict[Path, tuple[nbformat.NotebookNode, dict]] = {}


def run(path: Path) -> tuple[nbformat.NotebookNode, dict]:
    """The executed notebook and the grader's report (with the run's `seconds`), executing `path`
    once per session."""
    if path not in _runs:
        nb = nbformat.read(path, as_version=4)
        start = time.monotonic()
        stopped = grader.execute(nb, CELL_TIMEOUT, path.parent)
        _runs[path] = (nb, grader.report_for(nb, path, stopped, time.monotonic() - start))
    return _runs[path]


def text_outputs(cell) -> str:
    """A cell's stdout, stderr and text/plain outputs, without ANSI colours."""
    parts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            parts.append(output["text"])
        elif output["output_type"] in ("execute_result", "display_data"):
            parts.append(output.get("data", {}).get("text/plain", ""))
    return ANSI.sub("", "".join(parts))


def errors(cell) -> list[dict]:
    return [o for o in cell.get("outputs", []) if o["output_type"] == "error"]


def expected_to_fail(cell) -> bool:
    """A cell tagged `raises-exception` fails on purpose (0-welcome shows a crash and a failing check)."""
    return "raises-exception" in cell.get("metadata", {}).get("tags", [])


def graded_test_cells(nb) -> list[int]:
    return [i for i, _ in grader.graded_cells(nb)]


SOLUTIONS = learner_versions.solution_notebooks()
SOLUTION_IDS = [p.name for p in SOLUTIONS]


def test_there_are_course_notebooks():
    assert {"1-tensor-basics.ipynb", "2-logistic-regression.ipynb"} <= set(SOLUTION_IDS)


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", SOLUTIONS, ids=SOLUTION_IDS)
def test_solution_notebook_passes_every_check(path: Path):
    nb, report = run(path)
    assert report["completed"], report["stopped"]
    failed = [(i, e["ename"], ANSI.sub("", e["evalue"])) for i, c in enumerate(nb.cells) for e in errors(c)
              if not expected_to_fail(c)]
    assert not failed, f"error outputs in {path.name}: {failed}"
    assert all(errors(c) for c in nb.cells if expected_to_fail(c)), "a cell tagged raises-exception did not fail"
    for index in graded_test_cells(nb):
        assert "All tests passed." in text_outputs(nb.cells[index]), \
            f"{path.name} cell {index} ({nb.cells[index].source!r}) printed: {text_outputs(nb.cells[index])!r}"
    assert report["seconds"] < NOTEBOOK_LIMIT, f"{path.name} took {report['seconds']} s (limit {NOTEBOOK_LIMIT:.0f} s)"


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", SOLUTIONS, ids=SOLUTION_IDS)
def test_solution_notebook_shows_key_numbers(path: Path):
    assert path.name in KEY_OUTPUTS, f"add the key numbers of {path.name} to KEY_OUTPUTS in {Path(__file__).name}"
    nb, _ = run(path)
    shown = "\n".join(text_outputs(c) for c in nb.cells if c.cell_type == "code")
    missing = [text for text in KEY_OUTPUTS[path.name] if text not in shown]
    assert not missing, f"{path.name} does not show: {missing}"


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", SOLUTIONS, ids=SOLUTION_IDS)
def test_grader_gives_full_points_to_the_solution(path: Path):
    _, report = run(path)
    assert report["max_score"] > 0
    assert report["score"] == report["max_score"], [e for e in report["exercises"] if not e["passed"]]


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", SOLUTIONS, ids=SOLUTION_IDS)
def test_learner_notebook_fails_only_its_tests(path: Path):
    learner = LEARNER / path.name
    assert learner.exists(), f"run scripts/make_learner_notebooks.py ({learner} is missing)"
    nb, report = run(learner)
    assert report["completed"], report["stopped"]
    graded = set(graded_test_cells(nb))
    assert graded
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        assert cell.get("execution_count") is not None, f"{learner.name} cell {index} did not run"
        found = errors(cell)
        if index in graded:
            assert [e["ename"] for e in found] == ["ExerciseFailed"], f"cell {index}: {found}"
            assert NOT_WRITTEN in found[0]["evalue"], found[0]["evalue"]
            assert NOT_WRITTEN in text_outputs(cell)   # printed for the learner too
        elif not expected_to_fail(cell):
            assert not found, f"{learner.name} cell {index} failed: {cell.source!r}\n{found}"
    assert report["score"] == 0


def test_learner_notebooks_are_in_sync():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_learner_notebooks.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_learner_stub_replaces_the_solution():
    source = "\n".join([
        "// GRADED FUNCTION: f",
        "func f(_ x: Tensor) -> Tensor {",
        "    // BEGIN SOLUTION",
        "    return x * 2",
        "    // END SOLUTION",
        '    // STUB: return yourCodeHere("f", placeholder: x)',
        "}",
    ])
    assert learner_versions.learner_source(source, "test") == "\n".join([
        "// GRADED FUNCTION: f",
        "func f(_ x: Tensor) -> Tensor {",
        "    // YOUR CODE HERE",
        '    return yourCodeHere("f", placeholder: x)',
        "}",
    ])
    with pytest.raises(learner_versions.SourceError):
        learner_versions.learner_source("    // BEGIN SOLUTION\n    return 1\n", "test")


def small_notebook(path: Path) -> None:
    """A notebook with one right and one wrong graded exercise (10 and 20 points)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"display_name": "Swift", "language": "swift", "name": "swift"},
                   "language_info": {"name": "swift"}}

    def graded(source: str, grade_id: str, points: int | None = None):
        cell = nbformat.v4.new_code_cell(source)
        if points is None:
            cell.metadata["nbgrader"] = {"solution": True, "grade": False, "locked": False,
                                         "grade_id": grade_id, "schema_version": 3}
        else:
            cell.metadata["nbgrader"] = {"solution": False, "grade": True, "locked": True, "points": points,
                                         "grade_id": grade_id, "schema_version": 3}
        return cell

    nb.cells = [
        graded("// GRADED FUNCTION: L1\nfunc L1(_ yhat: Tensor, _ y: Tensor) -> Double { sum(abs(y - yhat)) }", "L1"),
        graded("checkL1(L1)", "L1_test", 10),
        graded("// GRADED FUNCTION: L2\nfunc L2(_ yhat: Tensor, _ y: Tensor) -> Double { sum(abs(y - yhat)) }", "L2"),
        graded("checkL2(L2)", "L2_test", 20),
        nbformat.v4.new_code_cell('print("after the tests")'),
    ]
    nbformat.write(nb, path)


@pytest.mark.timeout(300)
def test_grader_command_scores_each_exercise(tmp_path: Path):
    notebook, report_file = tmp_path / "small.ipynb", tmp_path / "report.json"
    small_notebook(notebook)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "grade.py"), str(notebook),
                             "--json", str(report_file), "--timeout", str(CELL_TIMEOUT)],
                            capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(report_file.read_text())
    assert report["completed"] and report["score"] == 10 and report["max_score"] == 30
    by_id = {e["grade_id"]: e for e in report["exercises"]}
    assert by_id["L1_test"]["passed"] and by_id["L1_test"]["points"] == 10
    assert not by_id["L2_test"]["passed"] and by_id["L2_test"]["points"] == 0
    assert by_id["L2_test"]["message"].startswith("ExerciseFailed: L2: 1 case of 2 failed")
    table = result.stdout.split("{", 1)[0]
    assert re.search(r"^L1\s+10\s+10\s+passed$", table, re.M), table
    assert re.search(r"^L2\s+0\s+20\s+failed: ExerciseFailed", table, re.M), table
    assert re.search(r"^total\s+10\s+30$", table, re.M), table


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_nbgrader_generates_the_learner_version_and_autogrades(tmp_path: Path):
    name = "1-tensor-basics.ipynb"
    course = tmp_path / "course"
    (course / "source" / "ps1").mkdir(parents=True)
    shutil.copy(NOTEBOOKS / name, course / "source" / "ps1" / name)
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nload_subconfig({str(ROOT / 'nbgrader_config.py')!r})\n")
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")   # nbgrader calls `alembic`

    def nbgrader(*args: str) -> None:
        result = subprocess.run([str(BIN / "nbgrader"), *args], capture_output=True, text=True, cwd=course,
                                env=env, timeout=800)
        assert result.returncode == 0, f"nbgrader {' '.join(args)}:\n{result.stdout}\n{result.stderr}"

    nbgrader("generate_assignment", "ps1", "--force")
    released = nbformat.read(course / "release" / "ps1" / name, as_version=4)
    learner = nbformat.read(LEARNER / name, as_version=4)
    assert [c.source for c in released.cells] == [c.source for c in learner.cells]

    for student, source in [("solver", NOTEBOOKS / name), ("blank", course / "release" / "ps1" / name)]:
        (course / "submitted" / student / "ps1").mkdir(parents=True)
        shutil.copy(source, course / "submitted" / student / "ps1" / name)
    nbgrader("autograde", "ps1", "--create", "--force")

    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        scores = {s: gradebook.find_submission("ps1", s).score for s in ("solver", "blank")}
        max_score = gradebook.find_submission("ps1", "solver").max_score
    ours = {"solver": run(NOTEBOOKS / name)[1], "blank": run(LEARNER / name)[1]}
    assert max_score == ours["solver"]["max_score"] == 90
    assert scores == {"solver": 90, "blank": 0}
    assert scores == {student: report["score"] for student, report in ours.items()}
