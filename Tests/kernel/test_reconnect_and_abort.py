"""Two protocol details front ends show behind a proxy (issue 17).

- A front end that reconnects with the same session id while its old connection lingers must get the
  replies: the kernel's ROUTER sockets (shell, control, stdin) set ZMQ_ROUTER_HANDOVER, as ipykernel's.
  Without it, the second connection's requests run but their replies go to the old connection
  (JupyterLab behind JupyterHub's proxy showed "Swift | Unknown").
- A queued cell aborted by an interrupt replies `aborted` without an `execution_count`, as ipykernel:
  it never ran, and JupyterLab shows whatever count it gets.
"""
from __future__ import annotations

import queue
import time

from conftest import EXEC_TIMEOUT, RunningKernel, collect_iopub, execute_ok, wait_for_reply
from test_protocol_extras import INTERRUPT_TIMEOUT, start_endless_cell


def second_client_with_same_identity(fresh_kernel: RunningKernel):
    """A new client on new sockets whose ZeroMQ identity (the session id) is the first client's."""
    kc2 = fresh_kernel.km.client()
    kc2.session = fresh_kernel.kc.session  # same session: same routing id on every channel
    kc2.start_channels()
    return kc2


def test_reconnect_with_same_identity_gets_replies(fresh_kernel: RunningKernel):
    kc1 = fresh_kernel.kc
    assert execute_ok(kc1, 'var greeting = "hello"').status == "ok"
    # The first connection stays open (a lingering socket), and a second one with the same identity comes.
    kc2 = second_client_with_same_identity(fresh_kernel)
    try:
        assert kc2.session.bsession == kc1.session.bsession
        time.sleep(0.5)  # let the new DEALER sockets connect
        # shell
        res = execute_ok(kc2, "print(greeting)")
        assert res.stdout == "hello\n", res.describe()
        # control
        msg = kc2.session.msg("kernel_info_request", content={})
        kc2.control_channel.send(msg)
        reply = wait_for_reply(kc2, msg["header"]["msg_id"], timeout=10, channel="control")
        assert reply["content"]["status"] == "ok"
        # stdin: the input_request reaches the second connection, and its answer the cell
        msg_id = kc2.execute('let name = input("Name? ")\nprint("hi", name)', allow_stdin=True)
        request = kc2.get_stdin_msg(timeout=EXEC_TIMEOUT)
        assert request["msg_type"] == "input_request", request
        kc2.input("Ada")
        reply = wait_for_reply(kc2, msg_id)
        assert reply["content"]["status"] == "ok", reply["content"]
        out = "".join(m["content"].get("text", "") for m in collect_iopub(kc2, msg_id) if m["msg_type"] == "stream")
        assert out == "hi Ada\n"
        # The old connection saw none of these replies.
        try:
            stray = kc1.get_shell_msg(timeout=0.5)
        except queue.Empty:
            stray = None
        assert stray is None, f"a reply went to the old connection: {stray['msg_type']}"
    finally:
        kc2.stop_channels()


def test_cell_aborted_by_interrupt_has_no_execution_count(fresh_kernel: RunningKernel):
    kc = fresh_kernel.kc
    assert execute_ok(kc, "let one = 1").content["execution_count"] == 1
    running = start_endless_cell(kc)  # count 2
    queued = kc.execute('print("never")')
    fresh_kernel.km.interrupt_kernel()
    reply = wait_for_reply(kc, running, timeout=INTERRUPT_TIMEOUT)
    assert reply["content"]["status"] == "error", reply["content"]
    assert reply["content"]["execution_count"] == 2
    aborted = wait_for_reply(kc, queued, timeout=INTERRUPT_TIMEOUT)
    assert aborted["content"]["status"] == "aborted", aborted["content"]
    assert "execution_count" not in aborted["content"], aborted["content"]
    assert not [m for m in collect_iopub(kc, queued) if m["msg_type"] in ("execute_input", "stream")]
    # The aborted cell used no number: the next cell that runs is 3.
    assert execute_ok(kc, "print(one)").content["execution_count"] == 3
