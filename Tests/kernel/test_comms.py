"""Comms both ways, per the messaging spec, through jupyter_client acting as the front end.

A cell registers a comm target and the front end opens a comm to it; the front end's messages reach
the handler, which answers on the comm; the front end closes it. A cell opens a comm to the front end,
sends on it and closes it. comm_info_request lists what is open. Unknown targets and comms are closed.
Every comm message gets busy and idle with itself as parent, and what its handler publishes has it
as parent too.
"""
from __future__ import annotations

import uuid

from comm_helpers import comm_info, comm_msg, send_comm
from conftest import execute, execute_ok


def statuses(result) -> list[str]:
    return [m["content"]["execution_state"] for m in result.of_type("status")]


def test_front_end_opens_sends_and_closes_a_comm_to_a_target_a_cell_registered(kernel) -> None:
    kc = kernel.kc
    execute_ok(kc, """
var received: [String] = []
var closedWith = ""
Comm.registerTarget("test.echo") { comm, opening in
    received.append("open \\(opening.data["greeting"]?.stringValue ?? "?")")
    comm.onMessage = { payload in
        received.append("msg \\(payload.data["n"]?.intValue ?? -1)")
        comm.send(["echo": payload.data, "count": .int(received.count)])
    }
    comm.onClose = { payload in closedWith = payload.data["why"]?.stringValue ?? "" }
}
""")
    comm_id = uuid.uuid4().hex
    opened = send_comm(kc, "comm_open", {"comm_id": comm_id, "target_name": "test.echo", "data": {"greeting": "hi"}})
    assert statuses(opened) == ["busy", "idle"]
    assert not opened.of_type("comm_close"), opened.describe()
    assert comm_info(kc, "test.echo")["comms"] == {comm_id: {"target_name": "test.echo"}}

    answered = comm_msg(kc, comm_id, {"n": 41})
    assert statuses(answered)[0] == "busy" and statuses(answered)[-1] == "idle"
    replies = answered.of_type("comm_msg")
    assert len(replies) == 1, answered.describe()
    assert replies[0]["content"]["comm_id"] == comm_id
    assert replies[0]["content"]["data"] == {"echo": {"n": 41}, "count": 2}
    # The answer's parent is the front end's message, as the spec asks.
    assert replies[0]["parent_header"]["msg_id"] == answered.msg_id

    send_comm(kc, "comm_close", {"comm_id": comm_id, "data": {"why": "done"}})
    assert comm_info(kc, "test.echo")["comms"] == {}
    res = execute_ok(kc, 'print(received, closedWith)')
    assert res.stdout.strip() == '["open hi", "msg 41"] done'


def test_a_cell_opens_sends_on_and_closes_a_comm(kernel) -> None:
    kc = kernel.kc
    res = execute_ok(kc, """
let channel = Comm(target: "test.frontend", data: ["hello": "front end"], metadata: ["version": "1.0"])
channel.send(["step": 1])
""")
    opens = res.of_type("comm_open")
    assert len(opens) == 1, res.describe()
    comm_id = opens[0]["content"]["comm_id"]
    assert opens[0]["content"]["target_name"] == "test.frontend"
    assert opens[0]["content"]["data"] == {"hello": "front end"}
    assert opens[0]["metadata"] == {"version": "1.0"}
    sent = res.of_type("comm_msg")
    assert [m["content"] for m in sent] == [{"comm_id": comm_id, "data": {"step": 1}}]
    assert comm_info(kc)["comms"].get(comm_id) == {"target_name": "test.frontend"}

    closed = execute_ok(kc, 'channel.close(["bye": true])\nprint(channel.isOpen)')
    assert [m["content"] for m in closed.of_type("comm_close")] == [{"comm_id": comm_id, "data": {"bye": True}}]
    assert closed.stdout.strip() == "false"
    assert comm_id not in comm_info(kc)["comms"]


def test_unknown_targets_and_comms_are_closed(kernel) -> None:
    kc = kernel.kc
    comm_id = uuid.uuid4().hex
    res = send_comm(kc, "comm_open", {"comm_id": comm_id, "target_name": "no.such.target", "data": {}})
    assert [m["content"]["comm_id"] for m in res.of_type("comm_close")] == [comm_id]
    stray = uuid.uuid4().hex
    res = comm_msg(kc, stray, {"x": 1})
    assert [m["content"]["comm_id"] for m in res.of_type("comm_close")] == [stray]
    assert statuses(res) == ["busy", "idle"]


def test_a_handler_sees_and_changes_the_notebook_state(kernel) -> None:
    kc = kernel.kc
    execute_ok(kc, """
var total = 10
Comm.registerTarget("test.adder") { comm, _ in
    comm.onMessage = { payload in total += payload.data["add"]?.intValue ?? 0 }
}
""")
    comm_id = uuid.uuid4().hex
    send_comm(kc, "comm_open", {"comm_id": comm_id, "target_name": "test.adder", "data": {}})
    comm_msg(kc, comm_id, {"add": 5})
    comm_msg(kc, comm_id, {"add": 7})
    assert execute_ok(kc, "print(total)").stdout.strip() == "22"


def test_a_crash_in_a_handler_keeps_the_state_from_before_it(fresh_kernel) -> None:
    kc = fresh_kernel.kc
    execute_ok(kc, """
var hits = 0
Comm.registerTarget("test.crash") { comm, _ in
    comm.onMessage = { payload in
        hits += 1
        if payload.data["crash"] == true { let values: [Int] = []; print(values[hits]) }
    }
}
""")
    comm_id = uuid.uuid4().hex
    send_comm(kc, "comm_open", {"comm_id": comm_id, "target_name": "test.crash", "data": {}})
    comm_msg(kc, comm_id, {"crash": False})
    crashed = comm_msg(kc, comm_id, {"crash": True})
    assert "Index out of range" in crashed.stderr, crashed.describe()
    # The state from before the crashing message: one hit, and the comm is still open.
    assert execute_ok(kc, "print(hits)").stdout.strip() == "1"
    comm_msg(kc, comm_id, {"crash": False})
    assert execute_ok(kc, "print(hits)").stdout.strip() == "2"


def test_comm_messages_sent_while_a_cell_runs_are_handled_after_it(kernel) -> None:
    kc = kernel.kc
    execute_ok(kc, """
var log: [String] = []
Comm.registerTarget("test.order") { comm, _ in comm.onMessage = { _ in log.append("comm") } }
""")
    comm_id = uuid.uuid4().hex
    send_comm(kc, "comm_open", {"comm_id": comm_id, "target_name": "test.order", "data": {}})
    msg_id = kc.execute('import Foundation\nlog.append("cell start")\nThread.sleep(forTimeInterval: 1)\nlog.append("cell end")')
    msg = kc.session.msg("comm_msg", {"comm_id": comm_id, "data": {}})
    kc.shell_channel.send(msg)
    from conftest import finish, collect_iopub
    finish(kc, msg_id)
    collect_iopub(kc, msg["header"]["msg_id"])
    assert execute_ok(kc, "print(log)").stdout.strip() == '["cell start", "cell end", "comm"]'
