"""No kernel outlives its Jupyter server (issue 17, item 1).

JupyterHub's local spawner stops a learner's server with SIGINT or SIGKILL, which never shuts the kernels
down. Here a real `jupyter server` on 127.0.0.1 starts the kernel through its REST API, the kernel runs a
cell (so the executor holds a forked snapshot) and answers a completion (so the SourceKit bridge runs),
then the server is SIGKILLed: the kernel, the executor, its snapshots and the bridge must all be gone
within a few seconds (the kernel watches JPY_PARENT_PID and has PR_SET_PDEATHSIG).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from jupyter_client import BlockingKernelClient

from conftest import (LOOPBACK, alive, cmdline, descendants, free_port, http, kill_tree, record_figure,
                      wait_until, which_venv)

EXIT_LIMIT = 5.0  # seconds from the server's death until every process of the kernel is gone


def start_server(root: Path, token: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(root / "runtime"), JUPYTER_CONFIG_DIR=str(root / "config"))
    log = open(root / "server.log", "w")
    server = subprocess.Popen(
        [which_venv("jupyter"), "server", f"--ip={LOOPBACK}", f"--port={port}", "--ServerApp.port_retries=0",
         f"--IdentityProvider.token={token}", "--no-browser", "--allow-root", f"--ServerApp.root_dir={root}"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://{LOOPBACK}:{port}"
    wait_until(lambda: server.poll() is None and _status(url, token) == 200, 60, 0.25, "jupyter server answering")
    return server, url


def _status(url: str, token: str) -> int:
    try:
        return http("GET", f"{url}/api/status", token, timeout=2)[0]
    except OSError:
        return 0


def test_kernel_executor_snapshots_and_bridge_exit_when_server_is_killed(tmp_path: Path):
    token = "orphan-test-token"
    server, url = start_server(tmp_path, token)
    try:
        status, kernel = http("POST", f"{url}/api/kernels", token, {"name": "swift"})
        assert status == 201, (status, kernel)
        connection = tmp_path / "runtime" / f"kernel-{kernel['id']}.json"
        wait_until(connection.exists, 30, what=f"{connection} written")
        kc = BlockingKernelClient(connection_file=str(connection))
        kc.load_connection_file()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=120)
            reply = kc.execute_interactive("var learner = 1\nlearner += 1", timeout=120, output_hook=lambda m: None)
            assert reply["content"]["status"] == "ok", reply["content"]
            assert kc.complete("learner.bitW", 11, reply=True, timeout=60)["content"]["status"] == "ok"
        finally:
            kc.stop_channels()

        kernels = [p for p in descendants(server.pid) if "swift-kernel" in cmdline(p) and "--sourcekit-bridge" not in cmdline(p)]
        assert len(kernels) == 1, [cmdline(p) for p in descendants(server.pid)]
        kernel_pid = kernels[0]
        family = {p: cmdline(p) for p in [kernel_pid] + descendants(kernel_pid)}
        roles = " | ".join(family.values())
        assert "--sourcekit-bridge" in roles, f"no SourceKit bridge after a completion: {roles}"
        executors = [p for p, c in family.items() if "swift-cell-executor" in c]
        assert len(executors) >= 2, f"expected the executor and its snapshot: {roles}"

        os.kill(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
        killed = time.monotonic()
        wait_until(lambda: not any(alive(p) for p in family), EXIT_LIMIT + 5, 0.05,
                   "kernel, executor, snapshots and bridge gone after the server was SIGKILLed: "
                   + ", ".join(f"{p} {c[:60]}" for p, c in family.items() if alive(p)))
        took = time.monotonic() - killed
        record_figure("kernel_family_exit_after_server_sigkill_s", round(took, 2))
        assert took < EXIT_LIMIT, f"took {took:.1f} s"
    finally:
        if server.poll() is None:
            kill_tree(server)


def test_kernel_polls_its_parent_when_jpy_parent_pid_is_not_its_parent(tmp_path: Path):
    """A launcher between Jupyter and the kernel (JPY_PARENT_PID names another process): no
    PR_SET_PDEATHSIG then, and the kernel notices the parent at start going away by polling."""
    from jupyter_client.connect import write_connection_file
    from jupyter_client.kernelspec import KernelSpecManager

    connection = tmp_path / "kernel.json"
    write_connection_file(str(connection), ip=LOOPBACK, key=b"poll-test")
    argv = [a.replace("{connection_file}", str(connection)) for a in KernelSpecManager().get_kernel_spec("swift").argv]
    launcher_code = (
        "import os, subprocess, sys, time\n"
        f"kernel = subprocess.Popen({argv!r}, env=dict(os.environ, JPY_PARENT_PID=str(os.getppid())))\n"
        "print(kernel.pid, flush=True)\n"
        "time.sleep(600)\n")
    launcher = subprocess.Popen([sys.executable, "-c", launcher_code], stdout=subprocess.PIPE, text=True)
    kernel_pid = int(launcher.stdout.readline())
    kc = BlockingKernelClient(connection_file=str(connection))
    kc.load_connection_file()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        reply = kc.execute_interactive("let y = 2", timeout=120, output_hook=lambda m: None)
        assert reply["content"]["status"] == "ok"
    finally:
        kc.stop_channels()
    family = [kernel_pid] + descendants(kernel_pid)
    assert any("swift-cell-executor" in cmdline(p) for p in family)
    os.kill(launcher.pid, signal.SIGKILL)
    launcher.wait(timeout=10)
    killed = time.monotonic()
    wait_until(lambda: not any(alive(p) for p in family), EXIT_LIMIT + 5, 0.05, "kernel family gone after its launcher died")
    took = time.monotonic() - killed
    record_figure("kernel_family_exit_after_launcher_sigkill_polling_s", round(took, 2))
    assert took < EXIT_LIMIT, f"took {took:.1f} s"
