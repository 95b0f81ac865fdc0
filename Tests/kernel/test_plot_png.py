"""Figures carry image/png beside their SVG (issue 14, point 5): Notebook 7 shows no SVG from a notebook it
does not trust (one opened from disk), but it shows PNG. The PNG is drawn by the Plots module itself (the
same shapes as the SVG, text with FreeType in DejaVu Sans).

- every figure output saved in notebooks/*.ipynb has image/png (scripts/execute_notebooks.py writes them);
- a figure that is a cell's last expression, or that `display` shows, has image/png of the SVG's size, and
  its pixels show the plot (the flower's two colours on a white background).

The browser side (an untrusted notebook in Notebook 7 shows the PNG) is in test_browser.py.
"""
from __future__ import annotations

import base64
import re
from pathlib import Path

import nbformat

from conftest import execute_ok
from helpers import decode_png

ROOT = Path(__file__).resolve().parents[2]
FLOWER = 'let (flowerX, flowerY) = loadPlanarDataset()\nscatter(X: flowerX, labels: flowerY, title: "The flower dataset")'


def figure_outputs(path: Path) -> list[dict]:
    """The outputs of `path` that show a figure (an SVG, or `<Figure: …>` text)."""
    nb = nbformat.read(path, as_version=4)
    return [output for cell in nb.cells if cell.cell_type == "code" for output in cell.get("outputs", [])
            if "image/svg+xml" in output.get("data", {})
            or str(output.get("data", {}).get("text/plain", "")).startswith("<Figure")]


def svg_size(svg: str) -> tuple[int, int]:
    width, height = (float(re.search(rf'{name}="([0-9.]+)"', svg).group(1)) for name in ("width", "height"))
    return int(-(-width // 1)), int(-(-height // 1))


def test_plot_every_saved_figure_has_png():
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    counted = 0
    for path in notebooks:
        for output in figure_outputs(path):
            data = output["data"]
            assert "image/png" in data, f"{path.name}: a figure without image/png ({data.get('text/plain')})"
            png = base64.b64decode("".join(data["image/png"]))
            width, height, _ = decode_png(png)
            assert (width, height) == svg_size("".join(data["image/svg+xml"])), f"{path.name}: {data.get('text/plain')}"
            counted += 1
    assert counted >= 20, f"only {counted} figures in {[p.name for p in notebooks]}"


def check_flower_png(data: dict) -> None:
    assert {"image/png", "image/svg+xml", "text/plain"} <= set(data), list(data)
    width, height, rows = decode_png(base64.b64decode(data["image/png"]))
    assert (width, height) == svg_size(data["image/svg+xml"]) == (480, 360)
    colours = {pixel for row in rows for pixel in row}
    assert rows[0][0] == (255, 255, 255), "white background"
    assert (0x9e, 0x01, 0x42) in colours and (0x5e, 0x4f, 0xa2) in colours, "the two classes' colours (Spectral)"
    dark = sum(1 for row in rows[5:30] for pixel in row[140:340] if max(pixel) < 100)
    assert dark > 50, "the title is drawn"


def test_plot_figure_from_a_cell_carries_png(kernel):
    result = execute_ok(kernel.kc, FLOWER)
    [shown] = result.of_type("execute_result")
    check_flower_png(shown["content"]["data"])
    displayed = execute_ok(kernel.kc, 'display(scatter(X: flowerX, labels: flowerY, title: "The flower dataset"))')
    [shown] = displayed.of_type("display_data")
    check_flower_png(shown["content"]["data"])
