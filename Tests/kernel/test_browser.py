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
import sys
import time
from pathlib import Path

import pytest

from browser_support import (ARTIFACTS, KERNEL_NAME, ROOT, RUN_TIMEOUT, Server, browser, click_menu, errors,  # noqa: F401
                             prompts, server, wait)

NOTEBOOK = os.environ.get("BROWSER_TEST_NOTEBOOK", "hello.ipynb")


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
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell")
              and driver.find_elements(By.CSS_SELECTOR, ".lm-MenuBar-itemLabel"),
              60, f"Notebook 7 to show {NOTEBOOK}")
        # The kernel named in the notebook's metadata starts with the page; wait until it is ready.
        wait(lambda: server.kernel_states() == ["idle"], 120, f"the {KERNEL_NAME} kernel to be idle",
              lambda: f"kernels: {server.kernel_states()}\nserver log:\n{server.log_text()}")
        code_cells = sum(c["cell_type"] == "code" for c in _saved_notebook(server)["cells"])
        wait(lambda: len(prompts(driver)) == code_cells, 30, f"all {code_cells} code cells in the page",
              lambda: f"{len(prompts(driver))} code cells shown")

        click_menu(driver, "Run", "Run All Cells")

        def finished() -> bool:
            # Every cell ran, or one failed (the kernel then skips the cells queued after it).
            shown = prompts(driver)
            ran = len(shown) == code_cells and all(p[1:-2].strip().isdigit() for p in shown)
            return (ran or bool(errors(driver))) and "[*]:" not in shown and server.kernel_states() == ["idle"]

        wait(finished, RUN_TIMEOUT, "every code cell to run and the kernel to be idle",
              lambda: f"prompts: {prompts(driver)}\nkernels: {server.kernel_states()}")
        time.sleep(1)  # outputs of the last cell are rendered just after the kernel goes idle
    finally:
        driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 0

    shown_errors = errors(driver)
    assert not shown_errors, f"error output in the page (screenshot: {shot}):\n" + "\n---\n".join(shown_errors)
    shown = prompts(driver)
    assert all(p[1:-2].strip().isdigit() for p in shown), f"some cells did not run: {shown}"
    numbers = [int(p[1:-2]) for p in shown]
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
    wait(lambda: saved.stat().st_mtime_ns != before, 30, "the notebook to be saved after Ctrl+S")
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
        wait(lambda: len(pictures()) >= figures, 90, f"{figures} PNG pictures in the page",
              lambda: f"{len(pictures())} shown")
    finally:
        driver.save_screenshot(str(shot))
    shown = driver.find_element(By.CSS_SELECTOR, ".jp-Notebook").text
    assert "<Figure:" not in shown, f"a figure shown as text (screenshot: {shot})"
    assert not driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output svg"), "an untrusted SVG was rendered"
    sizes = [(img.get_property("naturalWidth"), img.get_property("naturalHeight")) for img in pictures()]
    assert all(w > 100 and h > 50 for w, h in sizes), sizes
