"""Jupyter in headless Chromium, for the browser tests: a Jupyter server on 127.0.0.1 over a temporary
copy of notebooks/, a selenium driver, and helpers that read the page (prompts, errors, menus).

One server (`jupyter notebook`, Notebook 7) serves both front ends: Notebook 7 at /notebooks/NAME and
JupyterLab 4 at /lab/tree/NAME. Chromium and its driver are Debian's (`chromium`, `chromium-driver`);
without them the tests are skipped with that reason.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "browser"
RUN_TIMEOUT = float(os.environ.get("SWIFT_KERNEL_TEST_TIMEOUT", "180"))
KERNEL_NAME = os.environ.get("SWIFT_KERNEL_NAME", "swift")

# What an error looks like in Notebook 7's page: stderr streams and error messages both render as
# the stderr MIME type; a traceback of a Python-style error also has the class jp-OutputArea-error.
ERROR_SELECTORS = [
    '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"]',
    ".jp-OutputArea-output.jp-OutputArea-error",
]


def find_browser() -> tuple[str, str] | None:
    """Paths of Chromium and its driver, or None when either is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or (
        "/usr/lib/chromium/chromedriver" if os.path.exists("/usr/lib/chromium/chromedriver") else None)
    return (browser, driver) if browser and driver else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(base: str, token: str, path: str) -> object:
    """GET a Jupyter server REST endpoint, parsed from JSON."""
    request = urllib.request.Request(f"{base}{path}", headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


class Server:
    """A Jupyter Notebook 7 server on 127.0.0.1, serving a temporary copy of notebooks/."""

    def __init__(self, root_dir: Path, log_path: Path) -> None:
        self.port = free_port()
        self.token = secrets.token_hex(24)
        self.base = f"http://127.0.0.1:{self.port}"
        self.root_dir = root_dir
        jupyter = ROOT / ".venv" / "bin" / "jupyter"
        if not jupyter.exists():
            pytest.fail(f"{jupyter} is missing: run `make venv` (or `make install`) first")
        args = [str(jupyter), "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={self.port}",
                "--ServerApp.port_retries=0", f"--IdentityProvider.token={self.token}",
                f"--notebook-dir={root_dir}"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.append("--allow-root")
        env = dict(os.environ)
        # Keep the server's runtime files and workspaces out of the user's ~/.local and ~/.jupyter.
        env["JUPYTER_RUNTIME_DIR"] = str(root_dir.parent / "runtime")
        env["JUPYTERLAB_WORKSPACES_DIR"] = str(root_dir.parent / "workspaces")
        # Render every cell, not only those in view (Notebook 7's default "windowing" leaves cells
        # out of the page until they are scrolled to, so their prompts and outputs could not be read).
        settings = root_dir.parent / "settings"
        tracker = settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
        tracker.parent.mkdir(parents=True, exist_ok=True)
        tracker.write_text(json.dumps({"windowingMode": "none"}))
        env["JUPYTERLAB_SETTINGS_DIR"] = str(settings)
        self.log_path = log_path
        self.log = open(log_path, "wb")
        self.process = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT, env=env,
                                        cwd=root_dir)

    def wait_until_up(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"jupyter notebook exited with {self.process.returncode}:\n{self.log_text()}")
            try:
                api(self.base, self.token, "/api/status")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.3)
        pytest.fail(f"jupyter notebook did not answer on {self.base} within {timeout:.0f} s:\n{self.log_text()}")

    def kernel_states(self) -> list[str]:
        """execution_state of every running kernel ('starting', 'idle', 'busy', …)."""
        return [k.get("execution_state", "") for k in api(self.base, self.token, "/api/kernels")]

    def log_text(self) -> str:
        self.log.flush()
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    root_dir = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", root_dir, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    srv = Server(root_dir, ARTIFACTS / "jupyter-server.log")
    try:
        srv.wait_until_up()
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def browser() -> Iterator[object]:
    found = find_browser()
    if found is None:
        pytest.skip("chromium or chromedriver is not installed (Debian packages `chromium` and "
                    "`chromium-driver`, listed in deps/debian-packages.txt; `make deps` installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, chromedriver = found
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1400,1000", "--no-first-run", "--disable-extensions"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def wait(condition, timeout: float, what: str, on_timeout=lambda: "") -> None:
    """Polls `condition` until it is true; fails with `what` (and on_timeout()'s details) otherwise.

    An element that the page replaced while `condition` read it (a redrawn output) counts as not yet."""
    from selenium.common.exceptions import StaleElementReferenceException

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except StaleElementReferenceException:
            pass
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{on_timeout()}")


def click_menu(driver, menu: str, item: str) -> None:
    """Opens `menu` in the menu bar and clicks its entry `item` (Lumino menus, as in JupyterLab)."""
    from selenium.webdriver.common.by import By

    labels = driver.find_elements(By.CSS_SELECTOR, ".lm-MenuBar-itemLabel")
    matching = [label for label in labels if label.text.strip() == menu]
    assert matching, f"no menu {menu!r} in the menu bar (found {[label.text for label in labels]})"
    matching[0].click()
    entries: list = []

    def entry_shown() -> bool:
        entries[:] = [e for e in driver.find_elements(By.CSS_SELECTOR, ".lm-Menu-item")
                      if e.find_element(By.CSS_SELECTOR, ".lm-Menu-itemLabel").text.strip() == item]
        return bool(entries)

    wait(entry_shown, 10, f"the menu entry {menu} → {item}")
    entries[0].click()


def prompts(driver) -> list[str]:
    """The execution prompts of the code cells, e.g. ['[1]:', '[*]:', '[ ]:']."""
    from selenium.webdriver.common.by import By

    return [p.text.strip() for p in
            driver.find_elements(By.CSS_SELECTOR, ".jp-CodeCell .jp-InputArea-prompt")]


def errors(driver) -> list[str]:
    """The text of every error or stderr output on the page."""
    from selenium.webdriver.common.by import By

    return [e.text for selector in ERROR_SELECTORS for e in driver.find_elements(By.CSS_SELECTOR, selector)]


