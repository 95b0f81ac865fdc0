"""A course notebook on a remote kernel through Jupyter Enterprise Gateway (issue 17, item 7).

Enterprise Gateway 3.3 (from .venv-eg: its pins conflict with the project's, see requirements-eg.txt)
on 127.0.0.1 serves the `swift` kernel installed under a prefix. A Jupyter server of the project's venv
is pointed at it (`--GatewayClient.url`), as a JupyterHub learner's server would be, so the kernel it
starts runs in the gateway, not in the server. Every code cell of notebooks/1-tensor-basics.ipynb runs
there through the server's kernel websocket, as the browser sends them: each exercise's check passes,
and the kernel's process belongs to the gateway. Stopping the gateway with SIGKILL leaves no kernel.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import nbformat
import pytest

from conftest import (LOOPBACK, ROOT, alive, cmdline, cpu_seconds, descendants, free_port, http, kill_tree, record_figure,
                      run_cells_over_websocket, shared_tmp, wait_until, which_venv)  # noqa: F401

NOTEBOOK = ROOT / "notebooks" / "1-tensor-basics.ipynb"
LEARNER = "swiftk-eg-learner"


def answering(url: str, token: str, path: str) -> bool:
    try:
        return http("GET", url + path, token, timeout=2)[0] == 200
    except OSError:
        return False


@pytest.mark.timeout(400)
def test_course_notebook_runs_on_an_enterprise_gateway_kernel(shared_tmp: Path):
    eg_venv = ROOT / os.environ.get("EG_VENV", ".venv-eg")
    if not (eg_venv / "bin" / "jupyter-enterprisegateway").exists():
        pytest.fail(f"{eg_venv} has no jupyter-enterprisegateway: run `make eg-venv` (make test-deploy does)")
    prefix = shared_tmp / "swift-kernel"
    subprocess.run(["make", "install", f"PREFIX={prefix}"], cwd=ROOT, check=True, capture_output=True)

    token, eg_port, server_port = "eg-test-token", free_port(), free_port()
    eg_url = f"http://{LOOPBACK}:{eg_port}"
    env = dict(os.environ, JUPYTER_PATH=str(prefix / "share" / "jupyter"),
               JUPYTER_RUNTIME_DIR=str(shared_tmp / "eg-runtime"), PATH=f"/opt/swift/usr/bin:{os.environ['PATH']}")
    eg_log = open(shared_tmp / "eg.log", "w")
    gateway = subprocess.Popen(
        [str(eg_venv / "bin" / "jupyter-enterprisegateway"), f"--ip={LOOPBACK}", f"--port={eg_port}",
         "--port_retries=0", f"--EnterpriseGatewayApp.auth_token={token}",
         # A Jupyter server lists its kernels through the gateway (/api/status, /api/kernels); EG forbids
         # that unless told otherwise.
         "--EnterpriseGatewayApp.list_kernels=True"],
        env=env, cwd=shared_tmp, stdout=eg_log, stderr=subprocess.STDOUT, start_new_session=True)
    server_log = open(shared_tmp / "server.log", "w")
    server = None
    try:
        wait_until(lambda: gateway.poll() is None and answering(eg_url, token, "/api/kernelspecs"), 90, 0.5,
                   "Enterprise Gateway answering")
        status, specs = http("GET", eg_url + "/api/kernelspecs", token)
        assert "swift" in specs["kernelspecs"], specs

        server_url = f"http://{LOOPBACK}:{server_port}"
        server = subprocess.Popen(
            [which_venv("jupyter"), "server", f"--ip={LOOPBACK}", f"--port={server_port}", "--ServerApp.port_retries=0",
             "--IdentityProvider.token=server-token", "--no-browser", "--allow-root", f"--ServerApp.root_dir={shared_tmp}",
             f"--GatewayClient.url={eg_url}", f"--GatewayClient.auth_token={token}",
             "--GatewayClient.request_timeout=120", "--GatewayClient.connect_timeout=120"],
            # KERNEL_USERNAME: whom the gateway starts the kernel for (a hub's learner server sets it to the
            # learner); without it EG takes the gateway's own user, root here, which it refuses by default.
            env=dict(os.environ, JUPYTER_RUNTIME_DIR=str(shared_tmp / "server-runtime"), KERNEL_USERNAME=LEARNER),
            cwd=shared_tmp,
            stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True)
        wait_until(lambda: server.poll() is None and answering(server_url, "server-token", "/api/status"), 60, 0.5,
                   "jupyter server answering")

        status, kernel = http("POST", server_url + "/api/kernels", "server-token", {"name": "swift"}, timeout=180)
        assert status == 201, (status, kernel)
        kernels = [p for p in descendants(gateway.pid) if "swift-kernel" in cmdline(p)]
        assert kernels, "the kernel does not run under the gateway"
        assert not [p for p in descendants(server.pid) if "swift-kernel" in cmdline(p)], "the kernel runs in the server"

        cells = [c.source for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "code"]
        started = time.monotonic()
        results = run_cells_over_websocket(server_url, "server-token", kernel["id"], cells)
        failed = [(i, r) for i, (r, _) in enumerate(results) if r["status"] != "ok"]
        assert not failed, failed[:2]
        output = "".join(out for _, out in results)
        # Every check cell of the solution notebook reports a pass once.
        check_cells = [c for c in cells if re.match(r"check\w+\(", c.strip())]
        assert check_cells, "notebook 1 has no check cells"
        assert output.count("All tests passed.") == len(check_cells), output[-3000:]
        family = [p for k in kernels for p in [k] + descendants(k)]
        # What a learner's run of the notebook costs: the kernel, its executor and snapshots, every compile.
        record_figure("enterprise_gateway_notebook1", {"wall_s": round(time.monotonic() - started, 1),
                                                       "kernel_cpu_s": round(cpu_seconds(family), 1)})

        os.kill(gateway.pid, signal.SIGKILL)
        gateway.wait(timeout=10)
        wait_until(lambda: not any(alive(p) for p in family), 10, 0.1, "the gateway's kernel gone with the gateway")
    finally:
        for process in (server, gateway):
            if process is not None and process.poll() is None:
                kill_tree(process)
        eg_log.close()
        server_log.close()
        print("--- eg.log (end) ---\n" + (shared_tmp / "eg.log").read_text()[-4000:])
        print("--- server.log (end) ---\n" + (shared_tmp / "server.log").read_text()[-3000:])
