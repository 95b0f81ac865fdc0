"""The examples of docs/numpy-to-swift.md run in the kernel and print what the page says they print.

Each ```swift block of the page that is followed by a ```text block is run in one kernel, in page order
(later blocks may use earlier names, as cells do). The text block is the block's standard output; a text
block that starts with "error: " says instead that the block fails and what its error says.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import execute

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "numpy-to-swift.md"
EXAMPLE = re.compile(r"```swift\n(.*?)```\n```text\n(.*?)```", re.S)


def examples() -> list[tuple[str, str]]:
    """(Swift code, expected output) of each example of the guide, in page order."""
    return EXAMPLE.findall(GUIDE.read_text())


def test_the_guide_has_examples():
    assert len(examples()) >= 8


@pytest.mark.parametrize("index", range(len(examples())))
def test_guide_example_prints_what_the_page_says(kernel, index: int):
    code, expected = examples()[index]
    result = execute(kernel.kc, code)
    if expected.startswith("error: "):
        assert result.status == "error", f"the page says this fails, but it ran:\n{code}"
        assert expected.removeprefix("error: ").strip() in result.error_text, result.describe()
    else:
        assert result.status == "ok", f"{code}\n{result.describe()}"
        assert result.stdout.strip() == expected.strip(), f"{code}\nprinted:\n{result.stdout}"
