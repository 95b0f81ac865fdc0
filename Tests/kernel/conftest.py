"""Shared helpers for the Swift kernel tests.

The kernel under test is the installed kernelspec named $SWIFT_KERNEL_NAME (default "swift");
`make install` puts it into .venv. Timeouts can be stretched for slow machines with
SWIFT_KERNEL_TEST_TIMEOUT (seconds for one cell, default 60) and SWIFT_KERNEL_TEST_STARTUP
(seconds until kernel_info is answered, default 60).
"""
from __future__ import annotations

import os
import queue
import time
from dataclasses import dataclass, field
from typing import Any, Iterator

import pytest
from jupyter_client.kernelspec import NoSuchKernel
from jupyter_client.manager import KernelManager, start_new_kernel

KERNEL_NAME = os.environ.get("SWIFT_KERNEL_NAME", "swift")
EXEC_TIMEOUT = float(os.environ.get("SWIFT_KERNEL_TEST_TIMEOUT", "60"))
STARTUP_TIMEOUT = float(os.environ.get("SWIFT_KERNEL_TEST_STARTUP", "60"))


@dataclass
class Result:
    """The execute_reply and every IOPub message whose parent is the request, in arrival order."""

    msg_id: str
    reply: dict[str, Any]
    iopub: list[dict[str, Any]] = field(default_factory=list)

    @property
    def status(self) -> str:
        return self.reply["content"]["status"]

    @property
    def content(self) -> dict[str, Any]:
        return self.reply["content"]

    def of_type(self, msg_type: str) -> list[dict[str, Any]]:
        return [m for m in self.iopub if m["msg_type"] == msg_type]

    def stream(self, name: str) -> str:
        return "".join(m["content"]["text"] for m in self.of_type("stream") if m["content"]["name"] == name)

    @property
    def stdout(self) -> str:
        return self.stream("stdout")

    @property
    def stderr(self) -> str:
        return self.stream("stderr")

    @property
    def error_text(self) -> str:
        """ename, evalue and traceback of the reply and of IOPub error messages, as one string."""
        parts = []
        for c in [self.content] + [m["content"] for m in self.of_type("error")]:
            parts += [c.get("ename", ""), c.get("evalue", "")] + list(c.get("traceback", []))
        return "\n".join(p for p in parts if p)

    def describe(self) -> str:
        lines = [f"reply: {self.content}"]
        lines += [f"iopub: {m['msg_type']} {m['content']}" for m in self.iopub]
        return "\n".join(lines)


def wait_for_reply(kc, msg_id: str, timeout: float = EXEC_TIMEOUT, channel: str = "shell") -> dict[str, Any]:
    """The reply to `msg_id` on the shell (or control) channel; replies to other requests are skipped."""
    get = kc.get_shell_msg if channel == "shell" else kc.get_control_msg
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no {channel} reply to {msg_id} within {timeout:.0f} s")
        try:
            msg = get(timeout=remaining)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def collect_iopub(kc, msg_id: str, timeout: float = EXEC_TIMEOUT) -> list[dict[str, Any]]:
    """IOPub messages whose parent is `msg_id`, up to and including its `idle` status."""
    deadline = time.monotonic() + timeout
    msgs: list[dict[str, Any]] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            seen = [m["msg_type"] for m in msgs]
            raise TimeoutError(f"no idle status for {msg_id} within {timeout:.0f} s; got {seen}")
        try:
            msg = kc.get_iopub_msg(timeout=remaining)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        msgs.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return msgs


def execute(kc, code: str, timeout: float = EXEC_TIMEOUT, allow_stdin: bool = False, **kwargs: Any) -> Result:
    """Run one cell and wait for both its reply and its idle status."""
    msg_id = kc.execute(code, allow_stdin=allow_stdin, **kwargs)
    return finish(kc, msg_id, timeout)


def finish(kc, msg_id: str, timeout: float = EXEC_TIMEOUT) -> Result:
    reply = wait_for_reply(kc, msg_id, timeout)
    return Result(msg_id, reply, collect_iopub(kc, msg_id, timeout))


def execute_ok(kc, code: str, timeout: float = EXEC_TIMEOUT, **kwargs: Any) -> Result:
    res = execute(kc, code, timeout, **kwargs)
    assert res.status == "ok", f"cell failed:\n{code}\n{res.describe()}"
    return res


@dataclass
class RunningKernel:
    km: KernelManager
    kc: Any  # BlockingKernelClient

    @property
    def pid(self) -> int:
        prov = self.km.provisioner
        pid = getattr(prov, "pid", None) or getattr(getattr(prov, "process", None), "pid", None)
        assert pid, "cannot find the kernel's process id"
        return int(pid)

    def stop(self) -> None:
        try:
            self.kc.stop_channels()
        finally:
            if self.km.has_kernel:
                self.km.shutdown_kernel(now=True)


def start_kernel() -> RunningKernel:
    try:
        km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=STARTUP_TIMEOUT)
    except NoSuchKernel:
        pytest.fail(f"no kernelspec named {KERNEL_NAME!r}: run `make install` (it installs into .venv)")
    return RunningKernel(km, kc)


@pytest.fixture(scope="module")
def kernel() -> Iterator[RunningKernel]:
    """One kernel shared by the tests of a module that leave it usable."""
    k = start_kernel()
    try:
        yield k
    finally:
        k.stop()


@pytest.fixture
def fresh_kernel() -> Iterator[RunningKernel]:
    """A kernel of the test's own, for tests that interrupt, crash or restart it."""
    k = start_kernel()
    try:
        yield k
    finally:
        k.stop()
