"""What another local user, or a careless client, can do to a running kernel (issue 12, kernel side).

Every test drives the installed kernel through jupyter_client and raw pyzmq sockets on 127.0.0.1,
does what an attacker or a fault would, and then checks that the notebook's state from before is
kept and that the next cell prints the right output:

- limits: an unauthenticated oversized frame costs the kernel no memory; a signed request over the
  limit gets an error reply that names the limit; the limit is read from the environment; an IOPub
  subscriber that never reads costs bounded memory while a cell prints 100 MiB, and the drops are logged;
- replays: the same signed execute_request frames sent twice run once;
- files: log and work folders private under umask 000, planted symbolic links not followed, the log
  removed at shutdown;
- threads: the completion warm-up after each cell does not pile up threads.

Kernel memory and thread counts come from /proc/PID/status and /proc/PID/task.
"""
from __future__ import annotations

import json
import os
import queue
import stat
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest
import zmq
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

from conftest import (
    EXEC_TIMEOUT,
    KERNEL_NAME,
    STARTUP_TIMEOUT,
    RunningKernel,
    execute,
    execute_ok,
    wait_for_reply,
)

MiB = 1 << 20
DEFAULT_LIMIT = 64 * MiB


# --- helpers ------------------------------------------------------------------------------


def proc_status(pid: int, field: str) -> int:
    """A `kB` field of /proc/PID/status (VmRSS, VmHWM), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)


def thread_count(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/task"))


def reset_peak_memory(pid: int) -> None:
    """Sets VmHWM back to the current RSS (Linux: write 5 to clear_refs)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def start_kernel_with(env: dict[str, str], umask: int | None = None) -> RunningKernel:
    """A kernel with extra environment variables (and the umask it inherits, when given)."""
    full = dict(os.environ, **env)
    old = os.umask(umask) if umask is not None else None
    try:
        km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=STARTUP_TIMEOUT, env=full)
    finally:
        if old is not None:
            os.umask(old)
    return RunningKernel(km, kc)


@pytest.fixture
def private_env(tmp_path: Path) -> dict[str, str]:
    """TMPDIR and XDG_STATE_HOME of the test's own, so the kernel's folders can be inspected."""
    (tmp_path / "tmp").mkdir()
    (tmp_path / "state").mkdir()
    return {"TMPDIR": str(tmp_path / "tmp"), "XDG_STATE_HOME": str(tmp_path / "state")}


@pytest.fixture
def own_kernel(private_env: dict[str, str]) -> Iterator[RunningKernel]:
    k = start_kernel_with(private_env)
    try:
        yield k
    finally:
        k.stop()


def log_file(env: dict[str, str], pid: int) -> Path:
    return Path(env["XDG_STATE_HOME"]) / "swift-kernel" / "logs" / f"kernel-{pid}.log"


def wait_for_log(path: Path, text: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in (content := path.read_text(errors="replace")):
            return content
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not in {path}:\n{path.read_text(errors='replace') if path.exists() else '(no file)'}")


def connect(kernel: RunningKernel, channel: str, kind: int) -> zmq.Socket:
    info = kernel.km.get_connection_info()
    sock = zmq.Context.instance().socket(kind)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(f"tcp://127.0.0.1:{info[f'{channel}_port']}")
    return sock


def signer(kernel: RunningKernel) -> Session:
    info = kernel.km.get_connection_info()
    key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
    return Session(key=key, signature_scheme=info.get("signature_scheme", "hmac-sha256"), username="test")


def execute_reading_iopub(kc, code: str, timeout: float = EXEC_TIMEOUT) -> tuple[dict[str, Any], int]:
    """Runs `code` while reading IOPub all along (as a real frontend does); returns the reply and how
    many IOPub messages of the request arrived before its idle (which must arrive)."""
    msg_id = kc.execute(code, allow_stdin=False)
    deadline = time.monotonic() + timeout
    reply, count, idle = None, 0, False
    while reply is None or not idle:
        assert time.monotonic() < deadline, f"no reply or idle within {timeout:.0f} s (reply: {reply is not None})"
        try:
            msg = kc.get_iopub_msg(timeout=0.05)
            if msg["parent_header"].get("msg_id") == msg_id:
                count += 1
                idle = idle or (msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle")
        except queue.Empty:
            pass
        if reply is None:
            try:
                msg = kc.get_shell_msg(timeout=0)
                if msg["parent_header"].get("msg_id") == msg_id:
                    reply = msg
            except queue.Empty:
                pass
    return reply, count


def kernel_binary() -> str:
    return KernelSpecManager().get_kernel_spec(KERNEL_NAME).argv[0]


# --- 1. limits ----------------------------------------------------------------------------


def test_unauthenticated_oversized_frame_costs_no_memory(kernel: RunningKernel):
    """One 256 MiB frame without a valid signature: ZeroMQ cuts the sender off at the hard cap, before
    buffering the frame (it used to cost 512 MiB of peak memory); the kernel keeps its state."""
    kc = kernel.kc
    execute_ok(kc, "var sizeProbe = 41")
    pid = kernel.pid
    rss = proc_status(pid, "VmRSS")
    reset_peak_memory(pid)
    sock = connect(kernel, "shell", zmq.DEALER)
    try:
        sock.send_multipart([b"<IDS|MSG>", b"0" * 64, b"{}", b"{}", b"{}", b"x" * (256 * MiB)])
        time.sleep(3)
        assert sock.poll(500) == 0, "the kernel answered an unsigned message"
    finally:
        sock.close()
    growth = proc_status(pid, "VmHWM") - rss
    assert growth < 32 * MiB, f"a 256 MiB unsigned frame raised the kernel's peak memory by {growth / MiB:.0f} MiB"
    assert execute_ok(kc, "sizeProbe += 1\nprint(sizeProbe)").stdout == "42\n"


def test_signed_request_over_the_limit_gets_a_clear_error(kernel: RunningKernel):
    """A real client's execute_request of 65 MiB (limit 64 MiB): an error reply and an IOPub error that
    name the size, the limit and the variable that raises it; the cell does not run, state stays."""
    kc = kernel.kc
    execute_ok(kc, "var bigProbe = 7")
    code = "bigProbe = 1000\n//" + "x" * (65 * MiB)
    res = execute(kc, code, timeout=EXEC_TIMEOUT)
    assert res.status == "error", res.content.get("status")
    assert res.content["ename"] == "MessageTooLarge"
    for text in (res.content["evalue"], res.error_text):
        assert "SWIFT_KERNEL_MAX_MESSAGE_BYTES" in text and "64.0 MiB" in text, text[:400]
    assert res.of_type("error"), "no error on IOPub for the frontend to show"
    assert execute_ok(kc, "bigProbe += 1\nprint(bigProbe)").stdout == "8\n"


def test_message_limit_is_read_from_the_environment(private_env: dict[str, str]):
    """SWIFT_KERNEL_MAX_MESSAGE_BYTES=1M: a 1.1 MiB cell is refused with the 1.0 MiB limit named; a
    small cell still runs, with the state from before."""
    k = start_kernel_with(dict(private_env, SWIFT_KERNEL_MAX_MESSAGE_BYTES="1M"))
    try:
        execute_ok(k.kc, "var limitProbe = 1")
        res = execute(k.kc, "limitProbe = 99\n//" + "y" * (MiB + MiB // 10))
        assert res.status == "error" and "1.0 MiB" in res.content["evalue"], res.content
        log = wait_for_log(log_file(private_env, k.pid), "refused execute_request")
        assert "over the limit of 1.0 MiB" in log
        assert execute_ok(k.kc, "limitProbe += 1\nprint(limitProbe)").stdout == "2\n"
    finally:
        k.stop()


def test_an_unreadable_limit_stops_the_kernel_with_a_clear_message(tmp_path: Path):
    """A typo in the kernelspec's env must not be ignored: the kernel says what is wrong and exits."""
    connection = tmp_path / "connection.json"
    connection.write_text(json.dumps({"ip": "127.0.0.1", "transport": "tcp", "key": "k",
                                      "signature_scheme": "hmac-sha256", "shell_port": 0, "control_port": 0,
                                      "iopub_port": 0, "stdin_port": 0, "hb_port": 0}))
    run = subprocess.run([kernel_binary(), "--connection-file", str(connection)], capture_output=True, text=True,
                         timeout=30, env=dict(os.environ, SWIFT_KERNEL_MAX_MESSAGE_BYTES="64 megs"))
    assert run.returncode != 0
    assert 'SWIFT_KERNEL_MAX_MESSAGE_BYTES="64 megs" is not valid' in run.stderr and "64M" in run.stderr, run.stderr


def test_stalled_iopub_subscriber_costs_bounded_memory(own_kernel: RunningKernel, private_env: dict[str, str]):
    """Someone subscribes to IOPub (no key needed) and never reads while a cell prints 100 MiB: the kernel
    does not keep 100 MiB for it, the frontend that reads gets its reply and idle, drops are logged."""
    kc = own_kernel.kc
    pid = own_kernel.pid
    execute_ok(kc, 'var floodProbe = "kept"')
    stalled = connect(own_kernel, "iopub", zmq.SUB)
    stalled.setsockopt(zmq.RCVHWM, 1)
    stalled.setsockopt(zmq.RCVBUF, 4096)
    stalled.setsockopt(zmq.SUBSCRIBE, b"")
    try:
        time.sleep(1)  # subscribed
        execute_ok(kc, "print(1)")
        rss_before = proc_status(pid, "VmRSS")
        reply, received = execute_reading_iopub(
            kc, 'let line = String(repeating: "x", count: 1023)\nfor _ in 0..<102_400 { print(line) }', timeout=240)
        assert reply["content"]["status"] == "ok", reply["content"]
        time.sleep(2)
        rss_after = proc_status(pid, "VmRSS")
        growth = rss_after - rss_before
        print(f"kernel RSS before {rss_before / MiB:.1f} MiB, after 100 MiB printed with a stalled subscriber "
              f"{rss_after / MiB:.1f} MiB (+{growth / MiB:.1f}); {received} IOPub messages reached the reader")
        assert growth < 32 * MiB, f"the kernel kept {growth / MiB:.0f} MiB for a subscriber that does not read"
        wait_for_log(log_file(private_env, pid), "is not reading")
        assert execute_ok(kc, "print(floodProbe)").stdout == "kept\n"
    finally:
        stalled.close()


# --- 2. replays ---------------------------------------------------------------------------


def test_replayed_execute_request_runs_once(kernel: RunningKernel):
    """The same signed execute_request frames sent twice (as someone who captured them would): one
    reply, one run; the kernel keeps working and the counter shows a single increment."""
    kc = kernel.kc
    execute_ok(kc, "var replayProbe = 0")
    session = signer(kernel)
    msg = session.msg("execute_request", content={"code": "replayProbe += 1", "silent": False,
                                                    "store_history": True, "user_expressions": {},
                                                    "allow_stdin": False, "stop_on_error": True})
    frames = session.serialize(msg)
    sock = connect(kernel, "shell", zmq.DEALER)
    try:
        sock.send_multipart(frames)
        assert sock.poll(int(EXEC_TIMEOUT * 1000)), "no reply to the first copy"
        first = session.deserialize(session.feed_identities(sock.recv_multipart())[1])
        assert first["content"]["status"] == "ok", first["content"]
        sock.send_multipart(frames)
        assert sock.poll(3000) == 0, "the kernel answered the replayed copy"
    finally:
        sock.close()
    assert execute_ok(kc, "print(replayProbe)").stdout == "1\n"


# --- 3. files -----------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_folders_are_private_under_umask_000(private_env: dict[str, str]):
    """With umask 000 the work folder, the log folders and the log are still 0700 / 0600."""
    k = start_kernel_with(private_env, umask=0)
    try:
        execute_ok(k.kc, 'let secretProbe = "token-0123"')
        work = [p for p in Path(private_env["TMPDIR"]).iterdir() if p.name.startswith(f"swift-kernel-{k.pid}-")]
        assert len(work) == 1, list(Path(private_env["TMPDIR"]).iterdir())
        assert mode(work[0]) == 0o700, oct(mode(work[0]))
        assert work[0].stat().st_uid == os.geteuid()
        state = Path(private_env["XDG_STATE_HOME"]) / "swift-kernel"
        assert mode(state) == 0o700 and mode(state / "logs") == 0o700, (oct(mode(state)), oct(mode(state / "logs")))
        log = log_file(private_env, k.pid)
        assert log.is_file() and not log.is_symlink() and mode(log) == 0o600, oct(mode(log))
        assert execute_ok(k.kc, "print(secretProbe)").stdout == "token-0123\n"
    finally:
        k.stop()


def test_planted_log_symlinks_are_not_followed(private_env: dict[str, str], tmp_path: Path):
    """`kernel-<pid>.log` symbolic links planted for every likely next pid: the kernel's log replaces
    its link, and the file the links point to is untouched."""
    logs = Path(private_env["XDG_STATE_HOME"]) / "swift-kernel" / "logs"
    logs.mkdir(parents=True, mode=0o700)
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch\n")
    last = int(Path("/proc/sys/kernel/ns_last_pid").read_text())
    planted = range(last + 1, last + 2000)
    for pid in planted:
        (logs / f"kernel-{pid}.log").symlink_to(victim)
    k = start_kernel_with(private_env)
    try:
        assert k.pid in planted, f"kernel pid {k.pid} outside the planted range; the test cannot tell"
        execute_ok(k.kc, "var plantProbe = 5")
        log = logs / f"kernel-{k.pid}.log"
        assert not log.is_symlink() and log.is_file() and mode(log) == 0o600
        assert "starting" in log.read_text()
        assert victim.read_text() == "do not touch\n"
        assert execute_ok(k.kc, "plantProbe *= 2\nprint(plantProbe)").stdout == "10\n"
    finally:
        k.stop()


def test_planted_log_folder_link_is_refused(private_env: dict[str, str], tmp_path: Path):
    """The log folder itself planted as a link to someone else's folder: the kernel logs in its
    per-user fallback folder instead, says why, and writes nothing into the link's target."""
    target = tmp_path / "elsewhere"
    target.mkdir()
    state = Path(private_env["XDG_STATE_HOME"]) / "swift-kernel"
    state.mkdir(mode=0o700)
    (state / "logs").symlink_to(target)
    k = start_kernel_with(private_env)
    try:
        execute_ok(k.kc, "var linkProbe = 3")
        assert list(target.iterdir()) == []
        fallback = Path(private_env["TMPDIR"]) / f"swift-kernel-logs-{os.geteuid()}"
        assert mode(fallback) == 0o700
        log = wait_for_log(fallback / f"kernel-{k.pid}.log", "not the usual folder")
        assert "symbolic link" in log
        assert execute_ok(k.kc, "print(linkProbe + 1)").stdout == "4\n"
    finally:
        k.stop()


def test_log_and_work_folder_are_removed_at_shutdown(own_kernel: RunningKernel, private_env: dict[str, str]):
    kc = own_kernel.kc
    pid = own_kernel.pid
    execute_ok(kc, "var goneProbe = 1")
    assert execute_ok(kc, "goneProbe += 1\nprint(goneProbe)").stdout == "2\n"
    log = log_file(private_env, pid)
    assert log.exists()
    kc.shutdown()
    deadline = time.monotonic() + 30
    while own_kernel.km.is_alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not own_kernel.km.is_alive(), "the kernel did not exit after shutdown_request"
    assert not log.exists(), "the log outlived its kernel"
    assert not [p for p in Path(private_env["TMPDIR"]).iterdir() if p.name.startswith(f"swift-kernel-{pid}-")]


# --- 4. threads ---------------------------------------------------------------------------


def test_thread_count_stays_flat_over_many_cells(kernel: RunningKernel):
    """150 quick cells, each declaring a name (a new module for SourceKit to load), each ask for a
    completion warm-up; one runs at a time, so threads do not pile up."""
    kc = kernel.kc
    execute_ok(kc, "var threadProbe = 0")
    for i in range(5):
        execute_ok(kc, f"let warm{i} = {i}\nthreadProbe += 1")
    time.sleep(2)
    before = thread_count(kernel.pid)
    for i in range(150):
        execute_ok(kc, f"let soak{i} = {i}\nthreadProbe += 1")
    time.sleep(2)
    after = thread_count(kernel.pid)
    print(f"kernel threads: {before} after 5 cells, {after} after 150 more")
    assert after <= before + 4, f"threads grew from {before} to {after} over 150 cells"
    assert execute_ok(kc, "print(threadProbe)").stdout == "155\n"
