"""Shared helpers for the deployment tests (`make test-deploy`): a class's set-up, end to end.

These tests start real servers (jupyter server, JupyterHub, Enterprise Gateway) on 127.0.0.1, install
the kernel under a prefix and as a Debian package, and create Unix users. Installing the package and a
second Unix user need root: without it those parts are skipped, with the reason, and everything one
user can check still runs. Figures they measure go to artifacts/deploy/figures.json (docs/deploy.md
quotes them).
"""
from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
ARTIFACTS = ROOT / "artifacts" / "deploy"
LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def record_figure(name: str, value) -> None:
    """Adds a measured figure to artifacts/deploy/figures.json."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "figures.json"
    figures = json.loads(path.read_text()) if path.exists() else {}
    figures[name] = value
    path.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")


def descendants(pid: int) -> list[int]:
    """Every live descendant of `pid` (from /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents.setdefault(int(stat[stat.rindex(")") + 2:].split()[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time of `pids` and of their children they waited for (the compiler and linker
    runs of each cell), from /proc."""
    total = 0
    for pid in pids:
        try:
            total += sum(int(f) for f in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[11:15])
        except OSError:
            continue
    return total / os.sysconf("SC_CLK_TCK")


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def wait_until(condition, timeout: float, interval: float = 0.1, what: str = "condition") -> float:
    """Seconds until `condition()` held; fails the test after `timeout`."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            pytest.fail(f"{what}: not within {timeout:.0f} s")
        time.sleep(interval)
    return time.monotonic() - start


def require_root(what: str) -> None:
    if os.geteuid() != 0:
        pytest.skip(f"{what} needs root: run `make test-deploy` as root to include it")


def create_user(name: str) -> pwd.struct_passwd:
    """A Unix user with a home of its own (created once; kept between runs, like a class's accounts)."""
    require_root("creating a Unix user")
    try:
        return pwd.getpwnam(name)
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", name], check=True)
        return pwd.getpwnam(name)


def user_env(user: pwd.struct_passwd, **extra: str) -> dict[str, str]:
    """A login-like environment for `user`: own HOME, TMPDIR in the home, the toolchain on PATH."""
    tmp = Path(user.pw_dir) / "tmp"
    tmp.mkdir(mode=0o700, exist_ok=True)
    os.chown(tmp, user.pw_uid, user.pw_gid)
    env = {
        "HOME": user.pw_dir, "USER": user.pw_name, "LOGNAME": user.pw_name, "TMPDIR": str(tmp),
        "PATH": f"/opt/swift/usr/bin:{VENV_BIN}:/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
    }
    env.update(extra)
    return env


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    """A temporary folder other users can enter (pytest's own are private to the user running it)."""
    folder = Path(tempfile.mkdtemp(prefix="swift-kernel-deploy-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    with shared_folder() as folder:
        yield folder


def http(method: str, url: str, token: str | None = None, body=None, timeout: float = 30) -> tuple[int, object]:
    """A JSON request to a server on loopback; (status, decoded body or text)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if token:
        request.add_header("Authorization", f"token {token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode()
            status = response.status
    except urllib.error.HTTPError as error:
        text = error.read().decode(errors="replace")
        status = error.code
    try:
        return status, json.loads(text) if text else None
    except json.JSONDecodeError:
        return status, text


def run_cells_over_websocket(base: str, token: str, kernel_id: str, cells: list[str], timeout: float = 300,
                             username: str = "test") -> list[tuple[dict, str]]:
    """Runs `cells` one after the other in the kernel `kernel_id` of the Jupyter server (or gateway, or
    JupyterHub user server) at `base`, through the kernel's websocket as a browser does; returns each
    cell's execute_reply content and what it printed."""
    import asyncio
    import uuid

    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    async def run() -> list[tuple[dict, str]]:
        url = base.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
        ws = await websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {token}"}))
        session, results = uuid.uuid4().hex, []
        try:
            for code in cells:
                msg_id = uuid.uuid4().hex
                ws.write_message(json.dumps({
                    "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": username,
                               "session": session, "version": "5.3", "date": ""},
                    "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                    "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                                "allow_stdin": False, "stop_on_error": True}}))
                output, reply, idle = [], None, False
                deadline = time.monotonic() + timeout
                while not (reply and idle):
                    text = await asyncio.wait_for(ws.read_message(), timeout=max(1, deadline - time.monotonic()))
                    assert text is not None, "the kernel websocket closed"
                    message = json.loads(text)
                    if message.get("parent_header", {}).get("msg_id") != msg_id:
                        continue
                    kind = message["msg_type"]
                    if kind == "stream":
                        output.append(message["content"]["text"])
                    elif kind == "execute_reply":
                        reply = message["content"]
                    elif kind == "status" and message["content"]["execution_state"] == "idle":
                        idle = True
                results.append((reply, "".join(output)))
        finally:
            ws.close()
        return results

    return asyncio.run(run())


def kill_tree(process: subprocess.Popen) -> None:
    """Ends a server started by a test and everything it started."""
    for pid in [process.pid] + descendants(process.pid):
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass
    process.wait(timeout=10)


def which_venv(tool: str) -> str:
    path = VENV_BIN / tool
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make venv` (requirements.txt lists it)")
    return str(path)


__all__ = ["ROOT", "ARTIFACTS", "LOOPBACK", "free_port", "record_figure", "descendants", "alive", "cpu_seconds", "cmdline",
           "wait_until", "require_root", "http", "shared_folder", "shared_tmp", "run_cells_over_websocket", "create_user", "user_env", "kill_tree", "which_venv", "shutil"]
