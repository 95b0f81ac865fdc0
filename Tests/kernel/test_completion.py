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
