"""Messages that say what went wrong (issue 14, point 4), in notebook 2 as a learner runs it in JupyterLab or
Notebook 7 (each cell sent with its cellId, so running a cell again replaces what it declared):

- after a compile error in a graded cell, its check says the cell did not compile, not "not written yet";
- a signature slip gives errors that point at the learner's cells only: no "(generated code)" place, no
  place in the preloaded library, candidates named by their cells (In[n]);
- a shape error inside a test cell shows both the runtime's error and the check's hint;
- each note of a compile error is listed once.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import finish

ROOT = Path(__file__).resolve().parents[2]
LEARNER = json.loads((ROOT / "notebooks" / "learner" / "2-logistic-regression.ipynb").read_text())
CELLS = {c.get("metadata", {}).get("nbgrader", {}).get("grade_id") or f"cell{i}": "".join(c["source"])
         for i, c in enumerate(LEARNER["cells"]) if c["cell_type"] == "code"}
STUB = 'return yourCodeHere("propagate", w, b, X, Y)'
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def source(grade_id: str) -> str:
    return CELLS[grade_id]


def run_cell(kc, code: str, cell_id: str):
    """Runs `code` as the notebook cell `cell_id` (metadata.cellId, as JupyterLab and Notebook 7 send it)."""
    msg = kc.session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                             "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
                         metadata={"cellId": cell_id})
    kc.shell_channel.send(msg)
    return finish(kc, msg["header"]["msg_id"])


def traceback(result) -> str:
    """The error's traceback as the notebook shows it under the cell (once), without colours."""
    return ANSI.sub("", "\n".join(result.content.get("traceback", [])))


def text_of(result) -> str:
    return ANSI.sub("", result.error_text + "\n" + result.stdout)


@pytest.fixture(scope="module")
def notebook(kernel):
    """Notebook 2's learner version up to propagate's test cell, blank: stubs everywhere."""
    kc = kernel.kc
    graded = [g for g in CELLS if not g.startswith("cell") and not g.endswith("_test")]
    assert "propagate" in graded
    run_cell(kc, "import Foundation", "import")
    for grade_id in ["sigmoid", "initializeWithZeros", "propagate"]:
        assert run_cell(kc, source(grade_id), grade_id).status == "ok"
    return kernel


def propagate_with(body: str) -> str:
    cell = source("propagate")
    assert STUB in cell
    return cell.replace(STUB, body)


def test_grading_check_after_a_compile_error_says_the_cell_did_not_compile(notebook):
    kc = notebook.kc
    broken = run_cell(kc, propagate_with("let A = sigmoid(dot(w.T, X) + b)\n    return (LogisticGradients(dw: w, db: 0), cost: A)"),
                      "propagate")
    assert broken.status == "error" and "cannot convert" in broken.error_text, broken.describe()
    number = broken.content["execution_count"]
    check = text_of(run_cell(kc, source("propagate_test"), "propagate_test"))
    assert f"propagate's cell did not compile (In[{number}])" in check, check
    assert "not written yet" not in check, check
    # A name not declared yet (the cell waits for it rather than failing): the same message.
    waiting = run_cell(kc, propagate_with("return (LogisticGradients(dw: w, db: 0), cost: costSoFar)"), "propagate")
    assert waiting.status == "ok" and "`costSoFar` is not declared yet" in waiting.stderr, waiting.describe()
    check = text_of(run_cell(kc, source("propagate_test"), "propagate_test"))
    assert f"propagate's cell did not compile (In[{waiting.content['execution_count']}])" in check, check
    # Fixed: the check runs the learner's function again (the stub here, so "not written yet").
    assert run_cell(kc, source("propagate"), "propagate").status == "ok"
    check = text_of(run_cell(kc, source("propagate_test"), "propagate_test"))
    assert "propagate is not written yet" in check and "did not compile" not in check, check


def places(text: str) -> list[str]:
    """The places a compile error shows: `Cell In[n], line l, column c`, and anything else like a place."""
    return re.findall(r"^.*(?:line \d+|:\d+:\d+).*$", text, re.M)


def test_grading_signature_slips_point_at_the_learners_cells_only(notebook):
    kc = notebook.kc
    # The demo cell calls propagate as the exercise declares it; the slip drops the `_` labels.
    slip = source("propagate").replace("func propagate(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor)",
                                       "func propagate(w: Tensor, b: Double, X: Tensor, Y: Tensor)")
    assert slip != source("propagate")
    slipped = run_cell(kc, slip, "propagate")
    assert slipped.status == "ok"
    demo = next(code for code in CELLS.values() if "propagate(wExample, bExample, XExample, YExample)" in code)
    result = run_cell(kc, demo, "demo")
    text = traceback(result)
    assert result.status == "error" and "missing argument labels 'w:b:X:Y:'" in text, result.describe()
    assert places(text) and all(p.strip().startswith(f"Cell In[{result.content['execution_count']}]") for p in places(text)), text
    # The exercise's own declaration in a second cell (a front end without cell ids, or a copied cell): two
    # overloads, both candidates of the test cell's `propagate`, each named by its cell.
    second = run_cell(kc, source("propagate"), "propagate-copy")
    ambiguous = run_cell(kc, source("propagate_test"), "propagate_test")
    text = traceback(ambiguous)
    assert "ambiguous use of 'propagate'" in text, ambiguous.describe()
    assert "(generated code)" not in text and "NeuralNet" not in text and "module 'Cell" not in text, text
    for cell in (second, slipped):
        assert f"found this candidate in In[{cell.content['execution_count']}]" in text, text
    assert all(p.strip().startswith(f"Cell In[{ambiguous.content['execution_count']}]") for p in places(text)), text
    notes = [line for line in text.splitlines() if line.startswith("note:")]
    assert notes and len(notes) == len(set(notes)), f"each note once: {notes}"
    # The same declaration again replaces both.
    assert run_cell(kc, source("propagate"), "propagate").status == "ok"


def test_grading_shape_error_in_a_test_cell_shows_the_error_and_the_hint(notebook):
    kc = notebook.kc
    wrong = propagate_with("let m = Double(X.shape[1])\n    let A = sigmoid(dot(w, X) + b)\n"
                           "    let cost = -sum(Y * log(A) + (1 - Y) * log(1 - A)) / m\n"
                           "    return (LogisticGradients(dw: dot(X, (A - Y).T) / m, db: sum(A - Y) / m), cost)")
    assert run_cell(kc, wrong, "propagate").status == "ok"
    result = run_cell(kc, source("propagate_test"), "propagate_test")
    text = ANSI.sub("", result.error_text)
    assert result.status == "error", result.describe()
    assert "dot: shapes (3, 1) and (3, 4) not aligned" in text, text                # the runtime's error
    assert "while the check ran your propagate" in text and "dot(w.T, X)" in text, text   # the check's hint
    assert "A = sigmoid(dot(w.T, X) + b)" in result.content["evalue"], result.content["evalue"]
    assert run_cell(kc, source("propagate"), "propagate").status == "ok"
