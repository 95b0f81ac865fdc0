"""An exercise earns points only for the learner's own function from the notebook (issue 14, point 1).

For one exercise of each course notebook, five versions of the learner notebook, cut after that
exercise's test cell, are built from the notebooks themselves:

- blank: the learner stub as generated (`return yourCodeHere(…)`);
- non-compiling: the stub's return line replaced by code that does not compile;
- delegating: the function returns the library's function of the same name (`NeuralNet.<name>(…)`);
- wrong type: the function returns a `Float`;
- correct: the solution cell of the solution notebook.

Each is scored by scripts/grade.py and by `nbgrader autograde` (one nbgrader course, one assignment per
notebook, one student per version): only "correct" earns the exercise's points, both graders agree on every
version, and grade.py's message says why (not written, did not compile, not defined / the library's, signature).
"""
from __future__ import annotations

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
LEARNER = NOTEBOOKS / "learner"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "scripts"))

import grade as grader  # noqa: E402

CELL_TIMEOUT = int(os.environ.get("SWIFT_KERNEL_TEST_CELL_TIMEOUT", "300"))

# (notebook, exercise): early exercises, so that each version runs only a few cells. basicSigmoid and
# twoLayerModel have no public library function of their name; the others do (given helpers elsewhere).
EXERCISES = [
    ("0-welcome.ipynb", "housePrice"),
    ("1-tensor-basics.ipynb", "basicSigmoid"),
    ("1b-derivatives-and-computation-graphs.ipynb", "oneExampleGradients"),
    ("2-logistic-regression.ipynb", "sigmoid"),
    ("3-planar-classification.ipynb", "computeCost"),
    ("4-deep-network-step-by-step.ipynb", "linearForward"),
    ("5-deep-network-application.ipynb", "twoLayerModel"),
]
NOT_IN_THE_LIBRARY = {"basicSigmoid", "twoLayerModel", "housePrice", "oneExampleGradients"}
VERSIONS = ["blank", "noncompiling", "delegating", "wrongtype", "correct"]
STUB_RETURN = re.compile(r"^(\s*)return yourCodeHere\(\"\w+\"(?:, )?(.*)\)\s*$", re.M)
SIGNATURE = re.compile(r"func (\w+)\((.*?)\)\s*->\s*(.*?)\s*\{", re.S)


def graded_cells(nb, exercise: str) -> tuple[int, int]:
    """The indices of `exercise`'s solution cell and of its test cell."""
    solution = next(i for i, c in enumerate(nb.cells)
                    if c.cell_type == "code" and c.source.startswith(f"// GRADED FUNCTION: {exercise}\n"))
    test = next(i for i, c in enumerate(nb.cells)
                if i > solution and c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == f"{exercise}_test")
    return solution, test


def labelled_call(signature: str, arguments: list[str]) -> str:
    """`arguments` with the labels the declaration's parameters ask for (`layersDims: layersDims`)."""
    labels = [p.strip().split(":")[0].split()[0] for p in re.split(r",(?![^()]*\))", signature) if p.strip()]
    return ", ".join(a if label == "_" else f"{label}: {a}" for label, a in zip(labels, arguments))


def version_source(stub: str, solution: str, version: str) -> str:
    """The graded cell of `version`, from the learner stub (or the solution, for "correct")."""
    if version == "correct":
        return solution
    if version == "blank":
        return stub
    match = STUB_RETURN.search(stub)
    indent, arguments = match.group(1), [a.strip() for a in re.split(r",(?![^()]*\))", match.group(2)) if a.strip()]
    name, parameters, result = SIGNATURE.search(stub).groups()
    if version == "noncompiling":
        body = f"{indent}return thisNameDoesNotExist"
    elif version == "delegating":
        body = f"{indent}return NeuralNet.{name}({labelled_call(parameters, arguments)})"
    else:   # wrongtype
        stub = stub.replace(f"-> {result} {{", "-> Float {", 1)
        body = f"{indent}return 0"
    return STUB_RETURN.sub(lambda _: body, stub, count=1)


def write_versions(directory: Path, notebook: str, exercise: str) -> dict[str, Path]:
    """The five versions of `notebook`, cut after `exercise`'s test cell, under directory/<version>/."""
    learner = nbformat.read(LEARNER / notebook, as_version=4)
    solution = nbformat.read(NOTEBOOKS / notebook, as_version=4)
    index, test = graded_cells(learner, exercise)
    paths = {}
    for version in VERSIONS:
        nb = nbformat.reads(nbformat.writes(learner), as_version=4)
        nb.cells = nb.cells[: test + 1]
        nb.cells[index].source = version_source(learner.cells[index].source, solution.cells[index].source, version)
        paths[version] = directory / version / notebook
        paths[version].parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, paths[version])
    return paths


def source_notebook(notebook: str, exercise: str) -> nbformat.NotebookNode:
    """The solution notebook cut after `exercise`'s test cell (nbgrader's source of the assignment)."""
    nb = nbformat.read(NOTEBOOKS / notebook, as_version=4)
    nb.cells = nb.cells[: graded_cells(nb, exercise)[1] + 1]
    return nb


def test_versions_are_built_as_described(tmp_path: Path):
    paths = write_versions(tmp_path, "4-deep-network-step-by-step.ipynb", "linearForward")
    cell = {v: next(c.source for c in nbformat.read(p, as_version=4).cells
                    if c.source.startswith("// GRADED FUNCTION: linearForward")) for v, p in paths.items()}
    assert 'return yourCodeHere("linearForward", A, W, b)' in cell["blank"]
    assert "return thisNameDoesNotExist" in cell["noncompiling"]
    assert "return NeuralNet.linearForward(A, W, b)" in cell["delegating"]
    assert "-> Float {" in cell["wrongtype"] and "return 0" in cell["wrongtype"]
    assert "// BEGIN SOLUTION" in cell["correct"]
    layers = write_versions(tmp_path / "5", "5-deep-network-application.ipynb", "twoLayerModel")["delegating"]
    assert "NeuralNet.twoLayerModel(X, Y, layersDims: layersDims, learningRate: learningRate" in \
        nbformat.read(layers, as_version=4).cells[graded_cells(nbformat.read(layers, as_version=4), "twoLayerModel")[0]].source


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> dict[tuple[str, str], dict]:
    """Every version of every exercise, scored by grade.py and by nbgrader autograde."""
    root = tmp_path_factory.mktemp("variants")
    course = root / "course"
    course.mkdir()
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nload_subconfig({str(ROOT / 'nbgrader_config.py')!r})\n")
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")   # nbgrader calls `alembic`

    def nbgrader(*args: str) -> None:
        result = subprocess.run([str(BIN / "nbgrader"), *args], capture_output=True, text=True, cwd=course,
                                env=env, timeout=1500)
        assert result.returncode == 0, f"nbgrader {' '.join(args)}:\n{result.stdout}\n{result.stderr}"

    # First every assignment and submission is written; then nbgrader autogrades them in a thread of its
    # own (its runs are subprocesses that share one gradebook, so one at a time) while grade.py scores
    # the same notebooks here: the two halves of the work overlap on the machine's two cores.
    versions: list[tuple[str, str, Path]] = []
    for number, (notebook, exercise) in enumerate(EXERCISES, start=1):
        assignment = f"ps{number}"
        (course / "source" / assignment).mkdir(parents=True)
        nbformat.write(source_notebook(notebook, exercise), course / "source" / assignment / notebook)
        nbgrader("generate_assignment", assignment, "--force")
        for version, path in write_versions(root / assignment, notebook, exercise).items():
            versions.append((exercise, version, path))
            (course / "submitted" / version / assignment).mkdir(parents=True)
            shutil.copy(path, course / "submitted" / version / assignment / notebook)
    def autograde_every_assignment() -> None:
        for number in range(1, len(EXERCISES) + 1):
            nbgrader("autograde", f"ps{number}", "--create", "--force")

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as background:
        autograded = background.submit(autograde_every_assignment)
        results: dict[tuple[str, str], dict] = {}
        for exercise, version, path in versions:
            report = grader.grade(path, CELL_TIMEOUT)
            entry = next(e for e in report["exercises"] if e["exercise"] == exercise)
            results[(exercise, version)] = {"grade.py": entry["points"], "max": entry["max_points"],
                                            "message": entry["message"] or ""}
        autograded.result()

    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for number, (notebook, exercise) in enumerate(EXERCISES, start=1):
            for version in VERSIONS:
                grade = gradebook.find_grade(f"{exercise}_test", notebook.removesuffix(".ipynb"), f"ps{number}", version)
                results[(exercise, version)]["nbgrader"] = grade.score
    for (exercise, version), result in results.items():   # shown with -s, and in a failure's captured output
        print(f"{exercise:>14} {version:>12}: grade.py {result['grade.py']:g}, nbgrader {result['nbgrader']:g}"
              f" of {result['max']:g}; {result['message'][:110]}")
    return results


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("exercise", [e for _, e in EXERCISES])
def test_only_the_learners_own_correct_function_earns_points(scored, exercise: str):
    scores = {v: scored[(exercise, v)] for v in VERSIONS}
    summary = {v: (s["grade.py"], s.get("nbgrader"), s["message"][:120]) for v, s in scores.items()}
    assert scores["correct"]["grade.py"] == scores["correct"]["max"] > 0, summary
    for version in VERSIONS[:-1]:
        assert scores[version]["grade.py"] == 0, summary
    for version in VERSIONS:
        assert scores[version]["nbgrader"] == scores[version]["grade.py"], summary


@pytest.mark.slow
@pytest.mark.parametrize("exercise", [e for _, e in EXERCISES])
def test_each_version_is_told_why(scored, exercise: str):
    message = {v: scored[(exercise, v)]["message"] for v in VERSIONS}
    assert "is not written yet" in message["blank"], message
    assert "signature" in message["wrongtype"] or "is not defined by this notebook" in message["wrongtype"], message
    # The test cell does not compile (a name the library does not export: "declared in In[n], which did not
    # compile", or "which waits for …" when the cell only declares and its error is a name no cell declares),
    # or its check says the exercise's cell did not compile (a name it exports).
    assert "did not compile" in message["noncompiling"] or "which waits for `thisNameDoesNotExist`" in message["noncompiling"], message
    if exercise in NOT_IN_THE_LIBRARY:
        assert f"cannot find '{exercise}' in scope" in message["noncompiling"], message
    else:
        assert f"{exercise}'s cell did not compile" in message["noncompiling"], message
    assert (f"cannot find '{exercise}' in scope" in message["delegating"]
            or f"{exercise} is not defined by this notebook" in message["delegating"]), message
    if exercise in NOT_IN_THE_LIBRARY:
        assert f"cannot find '{exercise}' in scope" in message["delegating"], message
    else:
        assert f"{exercise} is not defined by this notebook" in message["delegating"], message
