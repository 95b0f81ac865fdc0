"""Swift packages in a notebook: `%install`, `%install-swiftpm-flags`, `%include`, and the magics around them.

Packages come from this machine's SwiftPM mirror (swift-collections) or are small local packages the tests
write into their own folder. Each test module uses a package cache of its own (XDG_CACHE_HOME), so the first
install really builds, and the second kernel really reads the cache.
"""
from __future__ import annotations

import http.server
import re
import socket
import textwrap
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
from jupyter_client.manager import start_new_kernel

from conftest import KERNEL_NAME, STARTUP_TIMEOUT, RunningKernel, execute, execute_ok, finish

INSTALL_TIMEOUT = 600.0  # a first SwiftPM build on a slow machine
COLLECTIONS = """%install '.package(url: "https://github.com/apple/swift-collections", from: "1.1.0")' DequeModule"""


def write_package(root: Path, name: str, source: str, module: str = "Greeter") -> Path:
    """A one-library package `name` with one module `module` holding `source`."""
    folder = root / name
    (folder / "Sources" / module).mkdir(parents=True, exist_ok=True)
    (folder / "Package.swift").write_text(textwrap.dedent(f"""\
        // swift-tools-version:5.9
        import PackageDescription
        let package = Package(name: "{name}", products: [.library(name: "{module}", targets: ["{module}"])],
                              targets: [.target(name: "{module}")])
        """))
    (folder / "Sources" / module / f"{module}.swift").write_text(textwrap.dedent(source))
    return folder


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """The notebook's folder (the kernel's working directory) with local packages and files to include."""
    root = tmp_path_factory.mktemp("notebook")
    write_package(root, "greeter", """\
        /// Greets by name.
        public func greet(_ name: String) -> String { "Hello, \\(name)!" }
        """)
    write_package(root, "loud", """\
        #if LOUD_GREETINGS
        public let volume = "loud"
        #else
        public let volume = "quiet"
        #endif
        """, module="Loudness")
    write_package(root, "broken", """\
        public func broken() -> Int { return "not a number" }
        """, module="Broken")
    write_package(root, "clash", "public let clash = 1\n", module="Plots")
    (root / "helpers.swift").write_text("func helperTwice(_ x: Int) -> Int { x * 2 }\nprint(\"helpers loaded\")\n")
    return root


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def start(workspace: Path, cache: Path, **settings: str) -> RunningKernel:
    env = {**__import__("os").environ, "XDG_CACHE_HOME": str(cache), **settings}
    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=STARTUP_TIMEOUT, env=env, cwd=str(workspace))
    return RunningKernel(km, kc)


@pytest.fixture(scope="module")
def notebook(workspace: Path, cache: Path) -> Iterator[RunningKernel]:
    """One kernel that holds state across the tests of this module, in their order."""
    k = start(workspace, cache)
    try:
        yield k
    finally:
        k.stop()


def install(kc, line: str):
    return execute(kc, line, timeout=INSTALL_TIMEOUT)


# --- one notebook, in order ----------------------------------------------------------------


def test_install_in_the_third_cell_keeps_the_state(notebook: RunningKernel) -> None:
    kc = notebook.kc
    execute_ok(kc, "var counter = 41")
    execute_ok(kc, "struct Point { var x = 2 }\nlet origin = Point()")
    res = install(kc, COLLECTIONS)
    assert res.status == "ok", res.describe()
    assert "Compiling" in res.stdout, "SwiftPM's progress streams to the cell"
    assert "import DequeModule" in res.stdout
    res = execute_ok(kc, "import DequeModule\nvar queue: Deque<Int> = [counter, origin.x]\nqueue.prepend(0)\nprint(queue, counter + 1)")
    assert res.stdout.strip() == "[0, 41, 2] 42"


def test_completion_and_help_know_the_package(notebook: RunningKernel) -> None:
    kc = notebook.kc
    msg_id = kc.complete("queue.pre", 9)
    reply = kc.get_shell_msg(timeout=60)
    assert reply["parent_header"]["msg_id"] == msg_id
    matches = reply["content"]["matches"]
    assert any(m.startswith("prepend") for m in matches), matches
    kc.complete("%ins", 4)
    assert kc.get_shell_msg(timeout=30)["content"]["matches"] == ["%install", "%install-swiftpm-flags"]


def test_a_second_package_in_the_same_notebook(notebook: RunningKernel) -> None:
    kc = notebook.kc
    res = install(kc, """%install '.package(path: "greeter")' Greeter""")
    assert res.status == "ok", res.describe()
    res = execute_ok(kc, "import Greeter\nprint(greet(\"Ada\"), queue.count)")
    assert res.stdout.strip() == "Hello, Ada! 3", "both packages and the earlier state are there"


def test_swiftpm_flags_reach_later_installs(notebook: RunningKernel) -> None:
    kc = notebook.kc
    execute_ok(kc, "%install-swiftpm-flags -Xswiftc -DLOUD_GREETINGS")
    res = install(kc, """%install '.package(path: "loud")' Loudness""")
    assert res.status == "ok", res.describe()
    assert execute_ok(kc, "import Loudness\nprint(volume)").stdout.strip() == "loud"


def test_a_flag_only_swift_build_knows_does_not_stop_the_fetch(workspace: Path, cache: Path) -> None:
    # `swift package resolve` rejects --static-swift-stdlib; the kernel fetches without it and builds with it.
    kernel = start(workspace, cache)
    try:
        execute_ok(kernel.kc, "%install-swiftpm-flags --static-swift-stdlib")
        res = install(kernel.kc, """%install '.package(path: "greeter")' Greeter""")
        assert res.status == "ok", res.describe()
        assert execute_ok(kernel.kc, 'import Greeter\nprint(greet("Grace"))').stdout.strip() == "Hello, Grace!"
    finally:
        kernel.stop()


@pytest.mark.parametrize("line, expected", [
    ("""%install '.package(url: "https://github.com/nobody/no-such-package", from: "1.0.0")' Nothing""",
     r"no-such-package"),
    ("""%install '.package(url: "https://github.com/apple/swift-collections", from: "99.0.0")' DequeModule""",
     r"99\.0\.0"),
    ("""%install '.package(url: "https://github.com/apple/swift-collections", from: "1.1.0")' NoSuchProduct""",
     r"NoSuchProduct"),
    ("""%install 'package(url: swift-collections)' DequeModule""", r"not a SwiftPM dependency"),
    ("""%install '.package(url: "https://github.com/apple/swift-collections", from: "1.1.0")'""",
     r"name the products"),
    ("""%install '.package(path: "broken")' Broken""", r"cannot convert|String.*Int|failed"),
    ("""%install '.package(path: "clash")' Plots""", r"Plots.*(already|every cell)"),
    ("""%include "no-such-file.swift\"""", r"no file .*no-such-file\.swift"),
    ("%frobnicate", r"Unknown magic %frobnicate.*%install"),
])
def test_bad_input_is_a_clear_error_and_the_state_stays(notebook: RunningKernel, line: str, expected: str) -> None:
    kc = notebook.kc
    res = install(kc, line)
    assert res.status == "error", res.describe()
    assert re.search(expected, res.error_text, re.S), res.error_text
    assert "Traceback" not in res.error_text
    assert execute_ok(kc, "print(counter, queue.count)").stdout.strip() == "41 3"


def test_include_runs_a_file_as_a_cell(notebook: RunningKernel) -> None:
    kc = notebook.kc
    res = execute_ok(kc, '%include "helpers.swift"\nprint(helperTwice(counter))')
    assert res.stdout.split() == ["helpers", "loaded", "82"]


def test_modules_of_the_kernel_itself_say_they_are_not_available(notebook: RunningKernel) -> None:
    res = execute(notebook.kc, "import Logging")
    assert res.status == "error"
    assert "module of the kernel itself" in res.error_text and "%install" in res.error_text


def test_time_runs_the_statement_on_its_line(notebook: RunningKernel) -> None:
    kc = notebook.kc
    res = execute_ok(kc, "%time let timed = 5")
    assert "Wall time:" in res.stdout
    res = execute_ok(kc, "%time print(timed + 1)")
    assert res.stdout.splitlines()[0] == "6" and "Wall time:" in res.stdout


def test_help_lists_every_magic(notebook: RunningKernel) -> None:
    res = execute_ok(notebook.kc, "%help")
    for name in ["%time", "%install ", "%install-swiftpm-flags", "%include", "%help"]:
        assert name in res.stdout, res.stdout


# --- hosts that never answer, or ask for a password ---------------------------------------


@pytest.fixture
def silent_host() -> Iterator[int]:
    """A loopback port whose connections are accepted by the system and never answered."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server.getsockname()[1]


@pytest.fixture
def password_host() -> Iterator[int]:
    """A loopback HTTP server that answers every request with 401, as GitHub does for a missing repository."""
    class AskForPassword(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="git"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), AskForPassword)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def failed_install_from(kc, port: int, name: str, error: str, within: float) -> None:
    """`%install` of package `name` from the loopback host on `port` fails with `error` within `within` s."""
    started = time.monotonic()
    res = install(kc, f"""%install '.package(url: "http://127.0.0.1:{port}/owner/{name}.git", from: "1.0.0")' {name.title()}""")
    elapsed = time.monotonic() - started
    assert res.status == "error", res.describe()
    assert re.search(error, res.error_text, re.S), res.error_text
    assert elapsed < within, f"the failed fetch of {name} took {elapsed:.1f} s"


def test_a_host_that_never_answers_is_an_error_not_a_hang(workspace: Path, cache: Path, silent_host: int) -> None:
    kernel = start(workspace, cache, SWIFT_KERNEL_FETCH_TIMEOUT="5")
    try:
        execute_ok(kernel.kc, "let kept = 7")
        failed_install_from(kernel.kc, silent_host, "quiet", r"quiet.*printed nothing for 5 s.*SWIFT_KERNEL_FETCH_TIMEOUT", 60)
        assert execute_ok(kernel.kc, "print(kept)").stdout.strip() == "7"
    finally:
        kernel.stop()


def test_interrupt_stops_a_fetch_that_waits(notebook: RunningKernel, silent_host: int) -> None:
    kc = notebook.kc
    msg_id = kc.execute(f"""%install '.package(url: "http://127.0.0.1:{silent_host}/owner/waiting.git", from: "1.0.0")' Waiting""")
    time.sleep(3)
    started = time.monotonic()
    notebook.km.interrupt_kernel()
    res = finish(kc, msg_id, timeout=60)
    assert res.status == "error", res.describe()
    assert time.monotonic() - started < 20, "the interrupt stopped SwiftPM's fetch"
    assert execute_ok(kc, "print(counter, queue.count)").stdout.strip() == "41 3"


def test_a_host_that_asks_for_a_password_is_an_error_at_once(notebook: RunningKernel, password_host: int) -> None:
    # git has no terminal and no password to give: it fails at once instead of waiting at a prompt.
    failed_install_from(notebook.kc, password_host, "private", r"private.*failed", 60)
    assert execute_ok(notebook.kc, "print(counter, queue.count)").stdout.strip() == "41 3"


# --- other kernels on the same cache -------------------------------------------------------


def test_a_second_kernel_installs_from_the_cache(notebook: RunningKernel, workspace: Path, cache: Path) -> None:
    other = start(workspace, cache)
    try:
        started = time.monotonic()
        res = install(other.kc, COLLECTIONS)
        elapsed = time.monotonic() - started
        assert res.status == "ok", res.describe()
        assert "as built before" in res.stdout and "Compiling" not in res.stdout, res.stdout
        print(f"cached install: {elapsed:.1f} s")
        assert elapsed < 15, f"a cached install took {elapsed:.1f} s"
        assert execute_ok(other.kc, "import DequeModule\nprint(Deque([1, 2]).count)").stdout.strip() == "2"
    finally:
        other.stop()


def test_two_kernels_installing_at_once_share_one_build(workspace: Path, cache: Path) -> None:
    write_package(workspace, "shared", "public let sharedAnswer = 42\n", module="Shared")
    kernels = [start(workspace, cache) for _ in range(2)]
    results: list = [None, None]

    def run(index: int) -> None:
        results[index] = install(kernels[index].kc, """%install '.package(path: "shared")' Shared""")

    try:
        threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for res in results:
            assert res is not None and res.status == "ok", res and res.describe()
        builds = sum("Compiling" in res.stdout for res in results)
        assert builds == 1, "one kernel builds, the other waits and uses its build"
        for k in kernels:
            assert execute_ok(k.kc, "import Shared\nprint(sharedAnswer)").stdout.strip() == "42"
    finally:
        for k in kernels:
            k.stop()


def test_restart_forgets_installed_packages(workspace: Path, cache: Path) -> None:
    k = start(workspace, cache)
    try:
        assert install(k.kc, """%install '.package(path: "greeter")' Greeter""").status == "ok"
        k.km.restart_kernel(now=True)
        k.kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
        res = execute(k.kc, "import Greeter")
        assert res.status == "error", "after a restart a package must be installed again"
    finally:
        k.stop()
