"""Acting as a front end that talks comms and widgets to the kernel, through jupyter_client.

`send_comm` sends comm_open / comm_msg / comm_close on the shell channel, as JupyterLab does, and
returns every IOPub message whose parent is that message, up to its idle status. `WidgetFrontEnd`
keeps the state of the widgets the kernel opened, as a widget manager would.
"""
from __future__ import annotations

import time
import uuid
from typing import Any, Iterator

import pytest

from conftest import EXEC_TIMEOUT, Result, RunningKernel, collect_iopub, start_kernel


def send_comm(kc, msg_type: str, content: dict[str, Any], metadata: dict[str, Any] | None = None,
              timeout: float = EXEC_TIMEOUT) -> Result:
    """Sends a comm message; the result holds the IOPub messages it caused (no shell reply exists)."""
    msg = kc.session.msg(msg_type, content, metadata=metadata or {})
    kc.shell_channel.send(msg)
    msg_id = msg["header"]["msg_id"]
    return Result(msg_id, {"content": {"status": "ok"}}, collect_iopub(kc, msg_id, timeout))


def comm_msg(kc, comm_id: str, data: dict[str, Any], **kwargs: Any) -> Result:
    return send_comm(kc, "comm_msg", {"comm_id": comm_id, "data": data}, **kwargs)


def comm_info(kc, target_name: str | None = None) -> dict[str, Any]:
    msg_id = kc.comm_info(target_name)
    deadline = time.monotonic() + EXEC_TIMEOUT
    while time.monotonic() < deadline:
        reply = kc.get_shell_msg(timeout=deadline - time.monotonic())
        if reply["parent_header"].get("msg_id") == msg_id:
            assert reply["msg_type"] == "comm_info_reply"
            return reply["content"]
    raise TimeoutError("no comm_info_reply")


def attach_widget_manager(kc) -> str:
    """Opens `jupyter.widget.control` as @jupyter-widgets' manager does when it attaches; the kernel
    then knows that the front end renders widgets. Returns the control comm's id."""
    comm_id = uuid.uuid4().hex
    send_comm(kc, "comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget.control", "data": {}},
              metadata={"version": "1.0.0"})
    return comm_id


class Widgets:
    """The widgets a result opened, and their state as a front end would keep it."""

    def __init__(self) -> None:
        self.state: dict[str, dict[str, Any]] = {}

    def absorb(self, result: Result) -> "Widgets":
        for m in result.iopub:
            content = m["content"]
            if m["msg_type"] == "comm_open" and content.get("target_name") == "jupyter.widget":
                self.state[content["comm_id"]] = dict(content["data"]["state"])
            elif m["msg_type"] == "comm_msg" and content["comm_id"] in self.state:
                data = content["data"]
                if data.get("method") in ("update", "echo_update"):
                    self.state[content["comm_id"]].update(data["state"])
            elif m["msg_type"] == "comm_close":
                self.state.pop(content["comm_id"], None)
        return self

    def of_model(self, model_name: str) -> list[str]:
        return [i for i, s in self.state.items() if s["_model_name"] == model_name]

    def one(self, model_name: str) -> str:
        ids = self.of_model(model_name)
        assert len(ids) == 1, f"expected one {model_name}, found {len(ids)}: {self.state}"
        return ids[0]


def widget_updates(result: Result, comm_id: str, method: str = "update") -> list[dict[str, Any]]:
    """The states the kernel sent for `comm_id` with `method` (update, echo_update)."""
    return [m["content"]["data"]["state"] for m in result.of_type("comm_msg")
            if m["content"]["comm_id"] == comm_id and m["content"]["data"].get("method") == method]


def output_texts(outputs: list[dict[str, Any]]) -> str:
    """The text of an Output widget's outputs: streams and text/plain of displays."""
    parts = []
    for o in outputs:
        if o["output_type"] == "stream":
            parts.append(o["text"])
        elif "data" in o:
            parts.append(o["data"].get("text/plain", ""))
    return "".join(parts)


@pytest.fixture(scope="module")
def wk() -> Iterator[RunningKernel]:
    """A kernel whose front end has a widget manager attached (a test module imports this fixture)."""
    k = start_kernel()
    try:
        attach_widget_manager(k.kc)
        yield k
    finally:
        k.stop()
