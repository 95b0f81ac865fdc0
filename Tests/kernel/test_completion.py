"""complete_request and inspect_request answered from SourceKit, with earlier cells in scope.

Offsets in requests and replies are Unicode code points in the cell (protocol 5.2+).
"""
from __future__ import annotations

import os
import signal
import time

import pytest

from conftest import EXEC_TIMEOUT, collect_iopub, execute_ok, wait_for_reply

# The first completion of a kernel may wait for SourceKit to load the libraries; later ones are fast.
FIRST_ANSWER_TIMEOUT = 90.0


def complete(kc, code: str, cursor: int | None = None) -> dict:
    msg_id = kc.complete(code, len(code) if cursor is None else cursor)
    return wait_for_reply(kc, msg_id, timeout=EXEC_TIMEOUT)["content"]


def inspect(kc, code: str, cursor: int | None = None, detail_level: int = 0) -> dict:
    msg_id = kc.inspect(code, len(code) if cursor is None else cursor, detail_level)
    return wait_for_reply(kc, msg_id, timeout=EXEC_TIMEOUT)["content"]


def complete_until_answered(kc, code: str) -> dict:
    """Completions for `code`, retried while SourceKit is still warming up (empty replies)."""
    deadline = time.monotonic() + FIRST_ANSWER_TIMEOUT
    while True:
        reply = complete(kc, code)
        if reply["matches"] or time.monotonic() > deadline:
            return reply
        time.sleep(1)


@pytest.fixture(scope="module")
def notebook(kernel):
    """A kernel with a few cells run, as a learner's notebook would have."""
    execute_ok(kernel.kc, 'var learningRate = 0.0075\nvar costs: [Double] = []\nlet params = ["W1": Tensor([[1.0, 2.0], [3.0, 4.0]])]')
    execute_ok(kernel.kc, "/// Halves a learning rate.\nfunc decay(_ rate: Double, by factor: Double) -> Double { rate / factor }")
    complete_until_answered(kernel.kc, "learningR")
    return kernel


def bridge_pids(kernel_pid: int) -> set[int]:
    """The kernel's SourceKit bridge processes (its children started with --sourcekit-bridge)."""
    pids = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"--sourcekit-bridge" not in f.read():
                    continue
            with open(f"/proc/{pid}/status") as f:
                parent = next(int(line.split()[1]) for line in f if line.startswith("PPid:"))
        except (OSError, StopIteration):
            continue
        if parent == kernel_pid:
            pids.add(int(pid))
    return pids


def types_of(reply: dict) -> dict[str, dict]:
    return {t["text"]: t for t in reply["metadata"]["_jupyter_types_experimental"]}


def test_variable_from_an_earlier_cell(notebook):
    code = "print(learningR"
    reply = complete(notebook.kc, code)
    assert reply["status"] == "ok"
    assert "learningRate" in reply["matches"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (6, len(code))
    entry = types_of(reply)["learningRate"]
    assert entry["type"] == "variable" and entry["signature"] == "learningRate: Double"
    assert (entry["start"], entry["end"]) == (6, len(code))


def test_members_of_a_tensor(notebook):
    code = 'let w = params["W1"]!.'
    reply = complete(notebook.kc, code)
    assert {"shape", "T", "reshape("} <= set(reply["matches"]), reply["matches"]
    assert reply["cursor_start"] == reply["cursor_end"] == len(code)
    assert types_of(reply)["shape"]["signature"] == "shape: [Int]"


def test_members_of_an_array_filtered_by_the_typed_prefix(notebook):
    reply = complete(notebook.kc, "costs.app")
    assert "append(" in reply["matches"]
    assert "count" not in reply["matches"]
    assert reply["cursor_start"] == 6


def test_library_function_and_argument_labels(notebook):
    reply = complete(notebook.kc, "let a = sigm")
    assert reply["matches"][0].startswith("sigmoid"), reply["matches"][:5]
    assert types_of(reply)["sigmoid("]["type"] == "function"
    labels = complete(notebook.kc, "decay(0.1, ")
    assert "by: " in labels["matches"]


def test_cursor_in_code_points_after_non_ascii_text(notebook):
    code = 'let café = "é"\ncafé.cou'
    reply = complete(notebook.kc, code)
    assert "count" in reply["matches"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (len(code) - 3, len(code))


def test_inspect_library_function_shows_doc_comment(notebook):
    code = "let s = sigmoid(Tensor([0.5]))"
    reply = inspect(notebook.kc, code, cursor=code.index("sigmoid") + 3)
    assert reply["status"] == "ok" and reply["found"]
    markdown = reply["data"]["text/markdown"]
    assert markdown.startswith("```swift\nfunc sigmoid(")
    assert "squashes" in markdown.lower()
    assert "func sigmoid(" in reply["data"]["text/plain"] and "```" not in reply["data"]["text/plain"]


def test_inspect_earlier_cell_function_shows_signature_and_doc(notebook):
    reply = inspect(notebook.kc, "let r = decay(")  # Shift-Tab after the opening parenthesis
    assert reply["found"]
    assert "func decay(_ rate: Double, by factor: Double) -> Double" in reply["data"]["text/plain"]
    assert "earlier cell" in reply["data"]["text/plain"]
    assert "Halves a learning rate." in reply["data"]["text/markdown"]  # the cell's own doc comment


def test_inspect_nothing_there(notebook):
    reply = inspect(notebook.kc, "   ", cursor=1)
    assert reply["status"] == "ok" and reply["found"] is False


def test_completion_during_a_running_cell_is_answered_after_it(notebook):
    kc = notebook.kc
    cell = 'import Foundation\nprint("before")\nfflush(stdout)\nThread.sleep(forTimeInterval: 2)\nprint("after")'
    run_id = kc.execute(cell)
    time.sleep(0.5)
    complete_id = kc.complete("costs.", 6)
    run_reply = wait_for_reply(kc, run_id)
    complete_reply = wait_for_reply(kc, complete_id)
    assert run_reply["content"]["status"] == "ok"
    assert "count" in complete_reply["content"]["matches"]
    output = "".join(m["content"]["text"] for m in collect_iopub(kc, run_id) if m["msg_type"] == "stream")
    assert output == "before\nafter\n"
    # Both are answered on the shell channel in order: the cell first.
    assert run_reply["header"]["date"] <= complete_reply["header"]["date"]


# Shift-Tab after the opening parenthesis of the everyday functions (issue 14, point 3): each is overloaded
# (Tensor and NDArray<Float> versions, some with an axis, the C library's for numbers), and SourceKit
# resolves none of them in an unfinished call. Every overload shows, each with its documentation: for
# each function, Tensor declarations that must be listed and a phrase of each one's doc comment.
EVERYDAY_FUNCTIONS = {
    "dot": (["func dot(_ a: Tensor, _ b: Tensor) -> Tensor"], ["like `np.dot(a, b)`"]),
    "sum": (["func sum(_ x: Tensor) -> Double", "func sum(_ x: Tensor, axis: Int, keepdims: Bool = false) -> Tensor"],
            ["like `np.sum(x)`", "Sums along `axis`"]),
    "log": (["func log(_ x: consuming Tensor) -> Tensor"], ["like `np.log(x)`"]),
    "exp": (["func exp(_ x: consuming Tensor) -> Tensor"], ["like `np.exp(x)`"]),
    "tanh": (["func tanh(_ x: consuming Tensor) -> Tensor"], ["like `np.tanh(x)`"]),
    "mean": (["func mean(_ x: Tensor) -> Double", "func mean(_ x: Tensor, axis: Int, keepdims: Bool = false) -> Tensor"],
             ["like `np.mean(x)`", "Averages along `axis`"]),
    "power": (["func power(_ x: consuming Tensor, _ exponent: Double) -> Tensor",
               "func power(_ x: consuming Tensor, _ y: consuming Tensor) -> Tensor",
               "func power(_ x: Double, _ y: consuming Tensor) -> Tensor"],
              ["like `np.power(x, 3)`", "like `np.power(x, y)`", "like `np.power(2, x)`"]),
    "select": (["func select(_ condition: Tensor, _ a: Tensor, _ b: Tensor) -> Tensor",
                "func select(_ condition: Tensor, _ a: Tensor, _ b: Double) -> Tensor",
                "func select(_ condition: Tensor, _ a: Double, _ b: Tensor) -> Tensor",
                "func select(_ condition: Tensor, _ a: Double, _ b: Double) -> Tensor"],
               ["like `np.where(condition, a, b)`", "like `np.where(x > 0, x, 0)`", "like `np.where(mask, 0, x)`",
                "like `np.where(mask, 1.0, 0.0)`"]),
}


@pytest.mark.parametrize("name", list(EVERYDAY_FUNCTIONS))
def test_inspect_everyday_function_shows_every_overload_with_its_doc(notebook, name):
    declarations, docs = EVERYDAY_FUNCTIONS[name]
    reply = inspect(notebook.kc, f"let y = {name}(")
    assert reply["status"] == "ok" and reply["found"], f"Shift-Tab on {name}( found nothing"
    markdown, plain = reply["data"]["text/markdown"], reply["data"]["text/plain"]
    assert markdown.startswith(f"```swift\nfunc {name}(") and "Tensor" in markdown.split("\n")[1], markdown[:300]
    sections = markdown.split("\n\n---\n\n")
    for declaration, doc in zip(declarations, docs):
        [section] = [s for s in sections if declaration in s.split("```")[1]]
        assert doc in section.split("```")[2], f"{declaration}: its doc comment is missing:\n{section}"
        assert declaration in plain and doc in plain
    # The NDArray<Float> versions are listed too, with the Tensor ones they mirror.
    assert f"func {name}(" in markdown and "NDArray<Float>" in markdown
    assert markdown.count(f"func {name}(") >= 2 * len(declarations)


def test_inspect_a_resolved_call_shows_its_overload_first(notebook):
    code = "let l = log(Tensor([1.0, 2.0]))"
    reply = inspect(notebook.kc, code, cursor=code.index("log") + 1)
    assert reply["found"]
    assert reply["data"]["text/markdown"].startswith("```swift\nfunc log(_ x: consuming Tensor) -> Tensor\n")
    assert "func log(_ x: consuming NDArray<Float>) -> NDArray<Float>" in reply["data"]["text/markdown"], "the other overloads follow"


def test_complete_short_prefix_puts_notebook_and_library_names_first_without_c_names(notebook):
    """`sig` (issue 14, point 7): the notebook's and the preloaded library's names first, then Swift's; none of
    the C library's (sigaction, SIGINT, …) while other names match; they come with a long prefix."""
    kc = notebook.kc
    execute_ok(kc, "import Foundation\nfunc signalStrength() -> Int { 3 }")
    matches = complete_until_answered(kc, "let s = sig")["matches"]
    assert matches[:3] == ["signalStrength()", "sign(", "sigmoid("] or (
        matches[0] == "signalStrength()" and {"sigmoid(", "sign("} <= set(matches[1:6])), matches[:10]
    library = [m for m in matches if m in {"sigmoid(", "sigmoidBackward(", "checkSigmoid("}]
    first_swift = matches.index("SignedInteger") if "SignedInteger" in matches else len(matches)
    assert library and all(matches.index(m) < first_swift for m in library), matches[:15]
    c_names = {"sigaction", "sigaction(", "SIGINT", "SIGKILL", "sigset_t", "signal(", "siginfo_t", "sigemptyset("}
    assert not c_names & set(matches), f"C library names for a short prefix: {sorted(c_names & set(matches))}"
    assert len(matches) < 60, f"{len(matches)} matches for `sig`"
    long = complete(kc, "let s = sigact")["matches"]
    assert long[:2] == ["sigaction", "sigaction("] or "sigaction(" in long[:3], long[:10]
    upper = complete(kc, "let s = SIG")["matches"]
    assert upper and upper[0].startswith("SIG"), f"only C names start with SIG: {upper[:10]}"


def test_killed_sourcekit_gives_an_empty_answer_then_is_restarted(notebook):
    kc = notebook.kc
    old = bridge_pids(notebook.pid)
    assert old, "the kernel runs SourceKit in a bridge process"
    for pid in old:
        os.kill(pid, signal.SIGKILL)
    started = time.monotonic()
    reply = complete(kc, "costs.")
    assert reply["status"] == "ok"
    assert time.monotonic() - started < 10, "a completion never hangs the kernel"
    assert "count" in complete_until_answered(kc, "costs.")["matches"]
    assert bridge_pids(notebook.pid) - old, "a new bridge was started"
    assert execute_ok(kc, "print(learningRate)").stdout == "0.0075\n"
