"""Protocol behaviour that jupyter_kernel_test does not cover.

stop_on_error, interrupts (by message and by SIGINT) that keep the cell state, stdin round trips,
busy/idle ordering, messages with a bad signature, restart, surviving crashes of user code,
the heartbeat and a clean shutdown.
"""
from __future__ import annotations

import hashlib
import os
import queue
import signal
import time
import uuid

import pytest
import zmq
from jupyter_client.session import Session

from conftest import (
    EXEC_TIMEOUT,
    RunningKernel,
    collect_iopub,
    execute,
    execute_ok,
    finish,
    wait_for_reply,
)

INTERRUPT_TIMEOUT = 10.0  # an interrupted cell must end this soon after the interrupt


# --- helpers ------------------------------------------------------------------------------


def start_endless_cell(kc) -> str:
    """Start a cell that prints a marker, then loops forever; return its msg_id once it loops."""
    code = 'import Foundation\nprint("looping")\nfflush(stdout)\nwhile true {}'
    msg_id = kc.execute(code, allow_stdin=False)
    # Wait for the marker so that the interrupt hits running user code, not the compiler.
    deadline = time.monotonic() + EXEC_TIMEOUT
    while time.monotonic() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=deadline - time.monotonic())
        except queue.Empty:
            break
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream" and "looping" in msg["content"]["text"]:
            time.sleep(0.3)  # well inside the loop now
            return msg_id
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            pytest.fail("the endless cell ended by itself")
    pytest.fail(f"the endless cell printed nothing within {EXEC_TIMEOUT:.0f} s (is stdout streamed while a cell runs?)")


def assert_interrupted(kc, msg_id: str) -> None:
    start = time.monotonic()
    reply = wait_for_reply(kc, msg_id, timeout=INTERRUPT_TIMEOUT)
    iopub = collect_iopub(kc, msg_id, timeout=INTERRUPT_TIMEOUT)
    took = time.monotonic() - start
    assert reply["content"]["status"] == "error", reply["content"]
    assert any(m["msg_type"] == "error" for m in iopub), [m["msg_type"] for m in iopub]
    assert took < INTERRUPT_TIMEOUT


def drain_until_idle(kc, msg_id: str, timeout: float = EXEC_TIMEOUT) -> list[dict]:
    """Every IOPub message, whatever its parent, until `msg_id` goes idle."""
    deadline = time.monotonic() + timeout
    seen = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no idle for {msg_id} within {timeout:.0f} s")
        try:
            msg = kc.get_iopub_msg(timeout=remaining)
        except queue.Empty:
            continue
        seen.append(msg)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return seen


def executors_of(pid: int) -> list[int]:
    """The `swift-cell-executor` children of `pid` (its snapshots are their children, in their group)."""
    found = []
    for child in children_of(pid):
        try:
            with open(f"/proc/{child}/cmdline", "rb") as f:
                if b"swift-cell-executor" in f.read():
                    found.append(child)
        except OSError:
            pass
    return found


def children_of(pid: int) -> list[int]:
    """Direct child processes of `pid`, from /proc."""
    kids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces and parens, so split after the last ')'.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            kids.append(int(entry))
    return kids


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# --- tests on one shared kernel -----------------------------------------------------------


def test_kernel_info_reply(kernel: RunningKernel):
    kc = kernel.kc
    msg_id = kc.kernel_info()
    content = wait_for_reply(kc, msg_id, timeout=10)["content"]
    assert content["status"] == "ok"
    assert content["language_info"]["name"] == "swift"
    assert content["language_info"]["file_extension"] == ".swift"
    assert content["implementation"]
    major, minor = (int(x) for x in content["protocol_version"].split(".")[:2])
    assert (major, minor) >= (5, 3)


def test_busy_idle_ordering(kernel: RunningKernel):
    """busy is the first IOPub message of a request, idle the last; every output lies between."""
    kc = kernel.kc
    res = execute_ok(kc, 'print("one")\ndisplay("two")\nprint("three")\n6 * 7')
    kinds = [m["msg_type"] for m in res.iopub]
    states = [m["content"]["execution_state"] for m in res.iopub if m["msg_type"] == "status"]
    assert kinds[0] == "status" and res.iopub[0]["content"]["execution_state"] == "busy", kinds
    assert kinds[-1] == "status" and res.iopub[-1]["content"]["execution_state"] == "idle", kinds
    assert states == ["busy", "idle"], kinds
    assert kinds[1] == "execute_input", kinds
    assert {"stream", "display_data", "execute_result"} <= set(kinds), kinds
    assert res.stdout == "one\nthree\n", res.describe()
    # execute_result comes after the cell's other output, and carries the execution count.
    results = res.of_type("execute_result")
    assert len(results) == 1
    assert kinds.index("execute_result") > max(i for i, k in enumerate(kinds) if k in ("stream", "display_data"))
    assert results[0]["content"]["execution_count"] == res.content["execution_count"]
    assert results[0]["content"]["data"]["text/plain"] == "42"

    # Nothing for this request may arrive after idle.
    time.sleep(0.5)
    while True:
        try:
            late = kc.get_iopub_msg(timeout=0.2)
        except queue.Empty:
            break
        assert late["parent_header"].get("msg_id") != res.msg_id, f"after idle: {late['msg_type']}"

    # Non-execute requests get busy/idle too.
    msg_id = kc.kernel_info()
    wait_for_reply(kc, msg_id, timeout=10)
    iopub = collect_iopub(kc, msg_id, timeout=10)
    assert [m["content"].get("execution_state") for m in iopub] == ["busy", "idle"]


def test_execution_count_and_silent(kernel: RunningKernel):
    kc = kernel.kc
    first = execute_ok(kc, "let countProbe = 1")
    n = first.content["execution_count"]
    assert first.of_type("execute_input")[0]["content"]["execution_count"] == n

    silent = execute_ok(kc, 'print("quiet")', silent=True)
    assert silent.of_type("execute_input") == [], "silent requests must not publish execute_input"
    assert silent.of_type("stream") == [], "silent requests must not publish output"

    no_history = execute_ok(kc, "let countProbe2 = 2", store_history=False)
    after = execute_ok(kc, "let countProbe3 = 3")
    assert after.content["execution_count"] == n + 1, (n, silent.content, no_history.content, after.content)


def test_stop_on_error_aborts_queued_cells(kernel: RunningKernel):
    """Run All: the cells queued behind a failing one are aborted, later cells run again."""
    kc = kernel.kc
    failing = kc.execute('let _: Int = "not a number"', allow_stdin=False, stop_on_error=True)
    queued = [kc.execute(f'print("queued {i} ran")', allow_stdin=False) for i in range(2)]

    first = finish(kc, failing)
    assert first.status == "error", first.describe()
    for msg_id in queued:
        reply = wait_for_reply(kc, msg_id)
        assert reply["content"]["status"] in ("aborted", "error"), reply["content"]

    # Everything IOPub carries until the next cell is done: the aborted cells printed nothing.
    later = kc.execute('print("after the abort")', allow_stdin=False)
    assert wait_for_reply(kc, later)["content"]["status"] == "ok"
    seen = drain_until_idle(kc, later)
    printed = "".join(m["content"]["text"] for m in seen if m["msg_type"] == "stream")
    assert "queued" not in printed, printed
    assert printed == "after the abort\n", printed

    # re-run with stop_on_error=False: the next queued cell does run
    failing = kc.execute('let _: Int = "still not a number"', allow_stdin=False, stop_on_error=False)
    follower = kc.execute('print("follower ran")', allow_stdin=False)
    assert finish(kc, failing).status == "error"
    res = finish(kc, follower)
    assert res.status == "ok" and res.stdout == "follower ran\n", res.describe()


def test_input_round_trip(kernel: RunningKernel):
    kc = kernel.kc
    msg_id = kc.execute('let name = input("Name? ")', allow_stdin=True)
    request = kc.get_stdin_msg(timeout=EXEC_TIMEOUT)
    assert request["msg_type"] == "input_request"
    assert request["parent_header"]["msg_id"] == msg_id
    assert request["content"]["prompt"] == "Name? "
    assert request["content"].get("password") in (False, None)
    kc.input("Ada Lovelace")
    res = finish(kc, msg_id)
    assert res.status == "ok", res.describe()

    res = execute_ok(kc, "print(name)")
    assert res.stdout == "Ada Lovelace\n"


def test_input_without_stdin_is_a_clear_error(kernel: RunningKernel):
    kc = kernel.kc
    res = execute(kc, 'let refused = input("Name? ")', allow_stdin=False, timeout=EXEC_TIMEOUT)
    assert res.status == "error", res.describe()
    text = res.error_text.lower()
    assert "stdin" in text or "input" in text, res.describe()
    # And no input_request went out.
    with pytest.raises(queue.Empty):
        kc.get_stdin_msg(timeout=0.5)
    execute_ok(kc, 'print("still alive")')


def test_message_with_bad_signature_is_ignored(kernel: RunningKernel):
    kc = kernel.kc
    info = kernel.km.get_connection_info()
    good_key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
    bad_key = hashlib.sha256(good_key + b"-wrong").hexdigest().encode()
    assert bad_key != good_key
    forger = Session(key=bad_key, signature_scheme=info.get("signature_scheme", "hmac-sha256"),
                     username="mallory")

    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    try:
        marker = f"forged-{uuid.uuid4().hex[:8]}"
        forger.send(sock, forger.msg("execute_request", content={
            "code": f'print("{marker}")', "silent": False, "store_history": True,
            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True,
        }))
        forger.send(sock, forger.msg("kernel_info_request", content={}))
        # Garbage that is not a Jupyter message at all.
        sock.send_multipart([b"<IDS|MSG>", b"not-a-signature", b"{", b"}", b"", b""])
        sock.send_multipart([b"\x00\xff garbage"])
        assert sock.poll(2000) == 0, "the kernel answered a message with a bad signature"
    finally:
        sock.close()

    msg_id = kc.kernel_info()
    assert wait_for_reply(kc, msg_id, timeout=10)["content"]["status"] == "ok"
    res = execute_ok(kc, 'print("signed")')
    assert res.stdout == "signed\n"
    # The forged cell never ran (its output would have reached IOPub before ours).
    assert marker not in res.stdout


def test_heartbeat_echoes(kernel: RunningKernel):
    info = kernel.km.get_connection_info()
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.REQ)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(f"{info['transport']}://{info['ip']}:{info['hb_port']}")
    try:
        for payload in (b"ping", uuid.uuid4().bytes, b"x" * 4096):
            sock.send(payload)
            assert sock.poll(5000), "no heartbeat echo within 5 s"
            assert sock.recv() == payload
    finally:
        sock.close()
    assert kernel.kc.hb_channel.is_beating()


def test_heartbeat_answers_while_a_cell_runs(kernel: RunningKernel):
    kc = kernel.kc
    msg_id = kc.execute('import Foundation\nThread.sleep(forTimeInterval: 3)\nprint("slept")', allow_stdin=False)
    info = kernel.km.get_connection_info()
    sock = zmq.Context.instance().socket(zmq.REQ)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(f"{info['transport']}://{info['ip']}:{info['hb_port']}")
    try:
        time.sleep(0.5)
        sock.send(b"busy-ping")
        assert sock.poll(2000), "heartbeat blocked by a running cell"
        assert sock.recv() == b"busy-ping"
    finally:
        sock.close()
    res = finish(kc, msg_id)
    assert res.status == "ok" and res.stdout == "slept\n", res.describe()


# --- tests with a kernel of their own -----------------------------------------------------


def test_interrupt_by_message_keeps_state(fresh_kernel: RunningKernel):
    """interrupt_mode is "message": the Notebook sends interrupt_request on the control channel."""
    assert fresh_kernel.km.kernel_spec.interrupt_mode == "message"
    kc = fresh_kernel.kc
    execute_ok(kc, "let before = 41")
    msg_id = start_endless_cell(kc)
    fresh_kernel.km.interrupt_kernel()
    assert_interrupted(kc, msg_id)
    assert execute_ok(kc, "print(before + 1)").stdout == "42\n"

    # The interrupt_reply itself carries a status (sent here on our own control channel, idle kernel).
    msg = kc.session.msg("interrupt_request", content={})
    kc.control_channel.send(msg)
    reply = wait_for_reply(kc, msg["header"]["msg_id"], timeout=10, channel="control")
    assert reply["msg_type"] == "interrupt_reply"
    assert reply["content"]["status"] == "ok"
    assert execute_ok(kc, "print(before)").stdout == "41\n"


def test_interrupt_by_sigint_keeps_state(fresh_kernel: RunningKernel):
    """SIGINT to the kernel process alone (as `kill -INT` from a terminal) stops the cell too."""
    kc = fresh_kernel.kc
    execute_ok(kc, 'var counter = 7')
    msg_id = start_endless_cell(kc)
    os.kill(fresh_kernel.pid, signal.SIGINT)
    assert_interrupted(kc, msg_id)
    assert fresh_kernel.km.is_alive()
    assert execute_ok(kc, "counter += 1\nprint(counter)").stdout == "8\n"


def test_restart_forgets_state(fresh_kernel: RunningKernel):
    km, kc = fresh_kernel.km, fresh_kernel.kc
    first = execute_ok(kc, "let x = 1")
    assert first.content["execution_count"] == 1
    assert execute_ok(kc, "print(x)").stdout == "1\n"
    old_pid = fresh_kernel.pid

    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=60)
    assert fresh_kernel.pid != old_pid

    res = execute(kc, "print(x)")
    assert res.status == "error", res.describe()
    assert "cannot find 'x' in scope" in res.error_text, res.describe()
    assert res.content["execution_count"] == 1  # a new kernel counts from 1 again
    assert execute_ok(kc, 'let x = "new"\nprint(x)').stdout == "new\n"


def test_user_code_crash_keeps_kernel_and_state(fresh_kernel: RunningKernel):
    kc = fresh_kernel.kc
    execute_ok(kc, "let a = 5")

    res = execute(kc, "let arr = [1]\nprint(arr[3])")
    assert res.status == "error", res.describe()
    assert res.of_type("error"), res.describe()
    assert res.content["ename"] and res.error_text.strip()
    assert execute_ok(kc, "print(a)").stdout == "5\n"

    res = execute(kc, 'fatalError("boom")')
    assert res.status == "error", res.describe()
    assert "boom" in res.error_text + res.stderr, res.describe()
    assert execute_ok(kc, "print(a + 1)").stdout == "6\n"
    assert fresh_kernel.km.is_alive()


def test_executor_killed_while_idle_is_replaced_by_its_snapshot(fresh_kernel: RunningKernel):
    """The process running cells killed between cells (OOM killer, `kill -9`): its snapshot takes over
    with the state at the end of the last cell, and the next cell says so before its own output."""
    kc = fresh_kernel.kc
    execute_ok(kc, "let kept = 1")
    for child in executors_of(fresh_kernel.pid):
        os.kill(child, signal.SIGKILL)
    time.sleep(0.5)
    res = execute_ok(kc, "print(kept)")
    assert res.stdout == "1\n", res.describe()
    assert "stopped after In[1]" in res.stderr, res.describe()


def test_executor_and_snapshots_killed_are_reported_and_replaced(fresh_kernel: RunningKernel):
    """Every process of the executor gone at once: the state is lost, never the kernel."""
    kc = fresh_kernel.kc
    execute_ok(kc, "let kept = 1")
    for child in executors_of(fresh_kernel.pid):
        os.killpg(os.getpgid(child), signal.SIGKILL)
    res = execute(kc, "print(kept)")
    assert res.status == "error", res.describe()
    assert res.content["ename"] == "ExecutorLost", res.describe()
    assert "run them again" in res.content["evalue"]
    assert fresh_kernel.km.is_alive()
    assert execute_ok(kc, "print(6 * 7)").stdout == "42\n"


def test_interrupt_while_idle_keeps_state(fresh_kernel: RunningKernel):
    """An interrupt with no cell running changes nothing (the Notebook's stop button, pressed late)."""
    kc = fresh_kernel.kc
    execute_ok(kc, "var total = 10")
    for _ in range(2):
        fresh_kernel.km.interrupt_kernel()
        time.sleep(0.2)
    assert execute_ok(kc, "total += 1\nprint(total)").stdout == "11\n"


def test_cell_reported_error_fails_the_cell_but_keeps_its_work(kernel: RunningKernel):
    """`reportCellError` (used by exercise checks) turns a cell that ran into a Jupyter error."""
    kc = kernel.kc
    res = execute(kc, 'let checked = 3\nprint("checking")\nreportCellError(name: "ExerciseFailed", message: "f(2) should be 4")')
    assert res.status == "error", res.describe()
    assert res.content["ename"] == "ExerciseFailed"
    assert res.content["evalue"] == "f(2) should be 4"
    errors = res.of_type("error")
    assert len(errors) == 1 and errors[0]["content"]["ename"] == "ExerciseFailed", res.describe()
    assert res.stdout == "checking\n"
    assert execute_ok(kc, "print(checked)").stdout == "3\n"


def test_killed_kernel_leaves_no_executor_behind(fresh_kernel: RunningKernel):
    """A kernel killed with SIGKILL mid-cell (a forced shutdown) takes its executor and snapshot along."""
    kc = fresh_kernel.kc
    execute_ok(kc, "let warm = 1")
    executors = children_of(fresh_kernel.pid)
    assert executors, "the kernel has no executor process"
    start_endless_cell(kc)
    running = executors + [p for e in executors for p in children_of(e)]  # with the cell's snapshot
    os.kill(fresh_kernel.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while any(alive(p) for p in running) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in running if alive(p)], "executor processes outlived the kernel"


def test_shutdown_is_clean(fresh_kernel: RunningKernel):
    """shutdown_request ends the kernel and its helper processes well before the 5 s grace period."""
    km, kc = fresh_kernel.km, fresh_kernel.kc
    execute_ok(kc, 'print("warm")')
    pid = fresh_kernel.pid
    helpers = children_of(pid)
    start = time.monotonic()
    kc.stop_channels()
    km.shutdown_kernel(now=False)  # polite: shutdown_request, then wait (jupyter_client kills after 5 s)
    took = time.monotonic() - start
    assert took < 4.5, f"kernel took {took:.1f} s to shut down (it was probably killed)"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(alive(p) for p in [pid] + helpers):
        time.sleep(0.1)
    left = [p for p in [pid] + helpers if alive(p)]
    assert not left, f"processes left after shutdown: {left}"
