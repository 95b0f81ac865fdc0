"""The kernel in a real browser: Jupyter Notebook 7 in headless Chromium, driven by selenium.

The test starts Jupyter Notebook on 127.0.0.1 (a free port, a random token, a temporary copy of
notebooks/), opens one notebook, runs every cell through the menu (Run → Run All Cells), waits until
each code cell has finished and the kernel is idle, saves a screenshot to artifacts/browser/, and
checks that outputs appeared and that no cell shows an error or stderr output. Finally it saves the
notebook with Ctrl+S and checks the file the server wrote: every code cell ran, no error output.

    make browser-test                                  # hello.ipynb
    BROWSER_TEST_NOTEBOOK=1-tensor-basics.ipynb make browser-test

It needs Debian's `chromium` and `chromium-driver` (`make deps` installs them); without them the
test is skipped with that reason (pytest's -ra summary shows it). SWIFT_KERNEL_TEST_TIMEOUT
stretches the wait for the notebook to run (seconds, default 180 here).
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = os.environ.get("BROWSER_TEST_NOTEBOOK", "hello.ipynb")
ARTIFACTS = ROOT / "artifacts" / "browser"
RUN_TIMEOUT = float(os.environ.get("SWIFT_KERNEL_TEST_TIMEOUT", "180"))
KERNEL_NAME = os.environ.get("SWIFT_KERNEL_NAME", "swift")

# What an error looks like in Notebook 7's page: stderr streams and error messages both render as
# the stderr MIME type; a traceback of a Python-style error also has the class jp-OutputArea-error.
ERROR_SELECTORS = [
    '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"]',
    ".jp-OutputArea-output.jp-OutputArea-error",
]


def _find_browser() -> tuple[str, str] | None:
    """Paths of Chromium and its driver, or None when either is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or (
        "/usr/lib/chromium/chromedriver" if os.path.exists("/usr/lib/chromium/chromedriver") else None)
    return (browser, driver) if browser and driver else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api(base: str, token: str, path: str) -> object:
    """GET a Jupyter server REST endpoint, parsed from JSON."""
    request = urllib.request.Request(f"{base}{path}", headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


class Server:
    """A Jupyter Notebook 7 server on 127.0.0.1, serving a temporary copy of notebooks/."""

    def __init__(self, root_dir: Path, log_path: Path) -> None:
        self.port = _free_port()
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
                _api(self.base, self.token, "/api/status")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.3)
        pytest.fail(f"jupyter notebook did not answer on {self.base} within {timeout:.0f} s:\n{self.log_text()}")

    def kernel_states(self) -> list[str]:
        """execution_state of every running kernel ('starting', 'idle', 'busy', …)."""
        return [k.get("execution_state", "") for k in _api(self.base, self.token, "/api/kernels")]

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
    found = _find_browser()
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


def _wait(condition, timeout: float, what: str, on_timeout=lambda: "") -> None:
    """Polls `condition` until it is true; fails with `what` (and on_timeout()'s details) otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{on_timeout()}")


def _click_menu(driver, menu: str, item: str) -> None:
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

    _wait(entry_shown, 10, f"the menu entry {menu} → {item}")
    entries[0].click()


def _prompts(driver) -> list[str]:
    """The execution prompts of the code cells, e.g. ['[1]:', '[*]:', '[ ]:']."""
    from selenium.webdriver.common.by import By

    return [p.text.strip() for p in
            driver.find_elements(By.CSS_SELECTOR, ".jp-CodeCell .jp-InputArea-prompt")]


def _errors(driver) -> list[str]:
    """The text of every error or stderr output on the page."""
    from selenium.webdriver.common.by import By

    return [e.text for selector in ERROR_SELECTORS for e in driver.find_elements(By.CSS_SELECTOR, selector)]


def _saved_notebook(server: Server) -> dict:
    return json.loads((server.root_dir / NOTEBOOK).read_text())


@pytest.mark.timeout(RUN_TIMEOUT + 240)
def test_run_all_cells_in_notebook_7(server: Server, browser) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    shot = ARTIFACTS / (Path(NOTEBOOK).stem + ".png")
    assert (ROOT / "notebooks" / NOTEBOOK).exists(), f"notebooks/{NOTEBOOK} does not exist"
    driver.get(f"{server.base}/notebooks/{NOTEBOOK}?token={server.token}")
    try:
        _wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell")
              and driver.find_elements(By.CSS_SELECTOR, ".lm-MenuBar-itemLabel"),
              60, f"Notebook 7 to show {NOTEBOOK}")
        # The kernel named in the notebook's metadata starts with the page; wait until it is ready.
        _wait(lambda: server.kernel_states() == ["idle"], 120, f"the {KERNEL_NAME} kernel to be idle",
              lambda: f"kernels: {server.kernel_states()}\nserver log:\n{server.log_text()}")
        code_cells = sum(c["cell_type"] == "code" for c in _saved_notebook(server)["cells"])
        _wait(lambda: len(_prompts(driver)) == code_cells, 30, f"all {code_cells} code cells in the page",
              lambda: f"{len(_prompts(driver))} code cells shown")

        _click_menu(driver, "Run", "Run All Cells")

        def finished() -> bool:
            # Every cell ran, or one failed (the kernel then skips the cells queued after it).
            prompts = _prompts(driver)
            ran = len(prompts) == code_cells and all(p[1:-2].strip().isdigit() for p in prompts)
            return (ran or bool(_errors(driver))) and "[*]:" not in prompts and server.kernel_states() == ["idle"]

        _wait(finished, RUN_TIMEOUT, "every code cell to run and the kernel to be idle",
              lambda: f"prompts: {_prompts(driver)}\nkernels: {server.kernel_states()}")
        time.sleep(1)  # outputs of the last cell are rendered just after the kernel goes idle
    finally:
        driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 0

    errors = _errors(driver)
    assert not errors, f"error output in the page (screenshot: {shot}):\n" + "\n---\n".join(errors)
    prompts = _prompts(driver)
    assert all(p[1:-2].strip().isdigit() for p in prompts), f"some cells did not run: {prompts}"
    numbers = [int(p[1:-2]) for p in prompts]
    assert sorted(numbers) == list(range(1, code_cells + 1)), f"each cell ran once: {numbers}"
    outputs = driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output")
    assert outputs, f"no output appeared in the page (screenshot: {shot})"
    kernel_status = driver.find_elements(By.CSS_SELECTOR, ".jp-Dialog")
    assert not kernel_status, "a dialog is open: " + " | ".join(d.text for d in kernel_status)
    # Save through the page (Ctrl+S) and check the notebook the server wrote: every code cell ran,
    # and no output is an error.
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    saved = server.root_dir / NOTEBOOK
    before = saved.stat().st_mtime_ns
    driver.find_element(By.CSS_SELECTOR, ".jp-Notebook").click()
    ActionChains(driver).key_down(Keys.CONTROL).send_keys("s").key_up(Keys.CONTROL).perform()
    _wait(lambda: saved.stat().st_mtime_ns != before, 30, "the notebook to be saved after Ctrl+S")
    time.sleep(0.5)
    cells = [c for c in _saved_notebook(server)["cells"] if c["cell_type"] == "code"]
    assert all(isinstance(c.get("execution_count"), int) for c in cells), \
        f"saved notebook: execution counts {[c.get('execution_count') for c in cells]}"
    failed = [o for c in cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not failed, f"saved notebook has error outputs: {failed}"
    assert any(c.get("outputs") for c in cells), "saved notebook has no outputs"
    if NOTEBOOK == "hello.ipynb":
        text = driver.find_element(By.CSS_SELECTOR, ".jp-Notebook").text
        for expected in ["hello, world", "total: 10", "100", "42"]:
            assert expected in text, f"{expected!r} is not on the page (screenshot: {shot})"
    print(f"{code_cells} cells ran in the browser; screenshot: {shot}", file=sys.stderr)


@pytest.mark.timeout(240)
def test_plot_figures_of_an_untrusted_notebook_show_in_notebook_7(server: Server, browser) -> None:
    """A saved course notebook opened from disk is not trusted: Notebook 7 shows none of its SVG, only
    its PNG (issue 14, point 5). Every figure must appear as a picture, none as `<Figure: …>` text."""
    from selenium.webdriver.common.by import By

    driver = browser
    name = "3-planar-classification.ipynb"
    saved = json.loads((server.root_dir / name).read_text())
    figures = sum(1 for c in saved["cells"] for o in c.get("outputs", []) if "image/svg+xml" in o.get("data", {}))
    assert figures > 5
    shot = ARTIFACTS / "untrusted-figures.png"
    driver.get(f"{server.base}/notebooks/{name}?token={server.token}")

    def pictures() -> list:
        return [img for img in driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output img")
                if (img.get_attribute("src") or "").startswith("data:image/png")]

    try:
        _wait(lambda: len(pictures()) >= figures, 90, f"{figures} PNG pictures in the page",
              lambda: f"{len(pictures())} shown")
    finally:
        driver.save_screenshot(str(shot))
    shown = driver.find_element(By.CSS_SELECTOR, ".jp-Notebook").text
    assert "<Figure:" not in shown, f"a figure shown as text (screenshot: {shot})"
    assert not driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output svg"), "an untrusted SVG was rendered"
    sizes = [(img.get_property("naturalWidth"), img.get_property("naturalHeight")) for img in pictures()]
    assert all(w > 100 and h > 50 for w, h in sizes), sizes
