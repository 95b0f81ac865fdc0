"""Swift widgets in a real browser: notebooks/widgets.ipynb in Notebook 7 and in JupyterLab 4, in
headless Chromium.

After Run All Cells: every widget has rendered (no "Loading widget...", no "Error displaying
widget"), the progress bar stands at 100 % in green, and the `interact` figure shows `sin(2x)`. Then
the test acts as a user: a click on its track moves the slider, which runs the Swift closure, and the figure
is redrawn as `sin(3x)`; a click on the button runs its closure, whose output appears under it;
typing in the text box updates a label through an observer. A screenshot of each front end goes to
artifacts/browser/.
"""
from __future__ import annotations

import sys
import time
import urllib.parse

import pytest

from browser_support import (ARTIFACTS, RUN_TIMEOUT, Server, browser, click_menu, errors, prompts,  # noqa: F401
                             server, wait)

NOTEBOOK = "widgets.ipynb"
PAGES = {"notebook7": "/notebooks/" + NOTEBOOK, "lab4": "/lab/tree/" + NOTEBOOK}


def notebook_text(driver) -> str:
    """The notebook's text, read in one go (outputs are replaced while the callbacks run)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('.jp-Notebook')).map(n => n.innerText).join('\\n')")


def figure_titles(driver) -> list[str]:
    """The titles of the SVG figures on the page (JupyterLab draws SVG outputs as <img> data URIs)."""
    sources = driver.execute_script(
        "return Array.from(document.querySelectorAll('.jp-Notebook img[src^=\"data:image/svg+xml\"]')).map(i => i.src)")
    titles = []
    for source in sources:
        svg = urllib.parse.unquote(source)
        titles += [part.split("</text>")[0].rsplit(">", 1)[-1] for part in svg.split("<text")[1:] if "sin(" in part]
    return titles


def move_slider(driver, to_fraction: float) -> None:
    """Clicks the slider's track at `to_fraction` of its length, as a user taps it (behaviour drag-tap)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    track = driver.find_element(By.CSS_SELECTOR, ".jp-Notebook .widget-slider .noUi-target")
    width = track.size["width"]
    ActionChains(driver).move_to_element_with_offset(track, int((to_fraction - 0.5) * width), 0).click().perform()


@pytest.mark.parametrize("front_end", ["notebook7", "lab4"])
@pytest.mark.timeout(RUN_TIMEOUT + 240)
def test_widgets_render_and_call_back_into_swift(server: Server, browser, front_end: str) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    shot = ARTIFACTS / f"widgets-{front_end}.png"
    driver.get(f"{server.base}{PAGES[front_end]}?token={server.token}")
    try:
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell")
             and driver.find_elements(By.CSS_SELECTOR, ".lm-MenuBar-itemLabel"), 90, f"{front_end} to show {NOTEBOOK}")
        wait(lambda: server.kernel_states() == ["idle"], 120, "the swift kernel to be idle",
             lambda: f"kernels: {server.kernel_states()}\nserver log:\n{server.log_text()}")
        time.sleep(1)  # the widget manager attaches once the kernel is ready
        code_cells = 4
        wait(lambda: len(prompts(driver)) == code_cells, 30, f"{code_cells} code cells in the page")
        click_menu(driver, "Run", "Run All Cells")

        def finished() -> bool:
            shown = prompts(driver)
            return (all(p[1:-2].strip().isdigit() for p in shown) and server.kernel_states() == ["idle"]) \
                or bool(errors(driver))

        wait(finished, RUN_TIMEOUT, "every cell to run", lambda: f"prompts: {prompts(driver)}")
        assert not errors(driver), errors(driver)

        # Every widget rendered.
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".jp-Notebook .widget-button"), 30, "the widgets to render",
             lambda: notebook_text(driver))
        text = notebook_text(driver)
        assert "Loading widget" not in text and "Error displaying widget" not in text, text
        for selector in [".widget-slider", ".widget-hprogress", ".widget-button", ".widget-text", ".widget-label"]:
            assert driver.find_elements(By.CSS_SELECTOR, ".jp-Notebook " + selector), f"no {selector} on the page"

        # The progress bar reached 100 %, in green, with its count.
        def bar():
            return driver.find_element(By.CSS_SELECTOR, ".jp-Notebook .widget-hprogress .progress-bar")

        wait(lambda: "width:100%" in bar().get_attribute("style").replace(" ", ""), 20, "a full progress bar",
             lambda: bar().get_attribute("style"))
        assert "progress-bar-success" in bar().get_attribute("class")
        assert "200/200" in notebook_text(driver)

        # The interact figure, then a click on the slider's track: the Swift closure redraws it.
        wait(lambda: "sin(2x)" in figure_titles(driver), 20, "the figure for frequency 2", lambda: figure_titles(driver))
        move_slider(driver, to_fraction=(3 - 1) / (8 - 1))
        wait(lambda: figure_titles(driver) == ["sin(3x)"], 30, "the figure redrawn for frequency 3",
             lambda: f"titles: {figure_titles(driver)}")

        # A click runs the button's closure; its output appears under the button.
        driver.find_element(By.CSS_SELECTOR, ".jp-Notebook .widget-button").click()
        wait(lambda: "clicked 1 times" in notebook_text(driver), 30, "the click's output")
        driver.find_element(By.CSS_SELECTOR, ".jp-Notebook .widget-button").click()
        wait(lambda: "clicked 2 times" in notebook_text(driver), 30, "the second click's output")

        # Typing runs the text box's observer, which changes the label.
        field = driver.find_element(By.CSS_SELECTOR, ".jp-Notebook .widget-text input")
        field.send_keys("Ada")
        wait(lambda: "Hello, Ada!" in notebook_text(driver), 30, "the label to greet Ada")
        assert not errors(driver), errors(driver)
    finally:
        driver.save_screenshot(str(shot))
    print(f"{front_end}: widgets rendered and called back; screenshot: {shot}", file=sys.stderr)
