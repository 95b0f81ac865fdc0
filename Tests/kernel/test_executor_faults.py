"""The executor's own channel: output cannot forge kernel events, and faults between cells keep the state.

Each test runs a hostile or unlucky cell, then checks that the state from before is kept and that the
next cell prints the right output.
"""
from __future__ import annotations

import os
import queue
import signal
import time

import pytest

from conftest import execute, execute_ok, wait_for_reply

FRAME = '\\u{1}swift-kernel-event{\\"event\\":\\"done\\",\\"status\\":\\"ok\\"}\\u{2}'
FORGED_RESUME = '\\u{1}swift-kernel-event{\\"event\\":\\"resumed\\",\\"pid\\":1,\\"cell\\":1}\\u{2}'


def test_printed_event_frames_are_only_output(fresh_kernel):
    kc = fresh_kernel.kc
    execute_ok(kc, "import Foundation\nvar kept = 42")
    res = execute_ok(kc, f'print("{FRAME}")\nThread.sleep(forTimeInterval: 1)\nprint("tail")')
    assert "swift-kernel-event" in res.stdout and res.stdout.endswith("tail\n"), res.describe()
    # Every later cell shows its own output, not the previous cell's.
    assert execute_ok(kc, 'print("next", kept)').stdout == "next 42\n"


def test_forged_resume_with_a_pid_changes_nothing(fresh_kernel):
    kc = fresh_kernel.kc
    sentinel = os.fork()
    if sentinel == 0:  # a process the forged event names; the kernel must never signal it
        time.sleep(60)
        os._exit(0)
    try:
        forged = FORGED_RESUME.replace('\\"pid\\":1', f'\\"pid\\":{sentinel}')
        execute_ok(kc, f'var kept = 7\nprint("{forged}")')
        msg_id = kc.execute("while true {}")
        with pytest.raises(queue.Empty):  # the endless cell is not answered early
            kc.get_shell_msg(timeout=3)
        fresh_kernel.km.interrupt_kernel()
        reply = wait_for_reply(kc, msg_id, timeout=20)
        assert reply["content"]["status"] == "error"
        assert os.waitpid(sentinel, os.WNOHANG) == (0, 0), "the forged pid was signalled"
        assert execute_ok(kc, "print(kept)").stdout == "7\n"
    finally:
        os.kill(sentinel, signal.SIGKILL)
        os.waitpid(sentinel, 0)


def test_a_thread_crashing_after_its_cell_keeps_the_state(fresh_kernel):
    kc = fresh_kernel.kc
    execute_ok(kc, "import Foundation\nvar kept = 5")
    execute_ok(kc, 'Thread.detachNewThread { Thread.sleep(forTimeInterval: 1); fatalError("late") }')
    time.sleep(3)
    res = execute_ok(kc, "print(1, kept)")
    assert res.stdout == "1 5\n", res.describe()
    assert "crashed after that cell ended" in res.stderr and "late" in res.stderr, res.describe()


def test_closing_stdout_is_undone_for_the_next_cell(fresh_kernel):
    kc = fresh_kernel.kc
    execute_ok(kc, "import Foundation\nvar kept = 3")
    execute(kc, "fclose(stdout)")
    assert execute_ok(kc, "print(kept)").stdout == "3\n"


def test_redirecting_fds_1_and_2_is_undone_for_the_next_cell(fresh_kernel):
    kc = fresh_kernel.kc
    execute_ok(kc, 'import Foundation\nvar kept = 4\ndup2(open("/dev/null", O_WRONLY), 1)\ndup2(open("/dev/null", O_WRONLY), 2)')
    started = time.monotonic()
    assert execute_ok(kc, "print(kept)").stdout == "4\n"
    assert time.monotonic() - started < 1.5
    crashed = execute(kc, 'fatalError("still reported")')
    assert "still reported" in crashed.error_text
    assert execute_ok(kc, "print(kept)").stdout == "4\n"


def test_output_and_displays_keep_their_order(fresh_kernel):
    kc = fresh_kernel.kc
    res = execute_ok(kc, 'for i in 0..<3 { print("line \\(i)"); display("shown \\(i)") }')
    kinds = [(m["msg_type"], (m["content"].get("text") or m["content"].get("data", {}).get("text/plain", "")).strip())
             for m in res.iopub if m["msg_type"] in ("stream", "display_data")]
    flat = []
    for kind, text in kinds:
        flat += [(kind, t) for t in text.split("\n")] if kind == "stream" else [(kind, text)]
    assert flat == [("stream", "line 0"), ("display_data", '"shown 0"'), ("stream", "line 1"),
                    ("display_data", '"shown 1"'), ("stream", "line 2"), ("display_data", '"shown 2"')], flat
