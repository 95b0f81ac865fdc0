"""docs/course-map.md names sections that exist: every row's notebook is in notebooks/ (or is the numpy
guide), every section it names is a heading of that notebook, and every course notebook is on the map."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
MAP = ROOT / "docs" / "course-map.md"
GUIDE = "numpy guide"
NOTE = re.compile(r"\s*\(to come from branch [^)]*\)")


def rows() -> list[tuple[str, list[str], list[str]]]:
    """(topic, notebooks, sections) of every table row of the map."""
    found = []
    for line in MAP.read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("topic", "---"):
            continue
        topic, notebooks, sections = cells
        found.append((topic, [n.strip() for n in notebooks.split(";")],
                      [NOTE.sub("", s).strip() for s in sections.split(";")]))
    return found


def headings(notebook: str) -> set[str]:
    """The Markdown headings of a notebook (or of the numpy guide), without their #s."""
    if notebook == GUIDE:
        text = (ROOT / "docs" / "numpy-to-swift.md").read_text()
    else:
        nb = nbformat.read(ROOT / "notebooks" / f"{notebook}.ipynb", as_version=4)
        text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    return {m.group(1).strip() for m in re.finditer(r"^#{1,4} (.+)$", text, re.M)}


def test_every_section_on_the_map_exists():
    missing = []
    for topic, notebooks, sections in rows():
        pairs = zip(notebooks, sections) if len(notebooks) == len(sections) else \
            ((notebooks[0], s) for s in sections)
        assert len(notebooks) in (1, len(sections)), f"{topic}: {notebooks} against {sections}"
        for notebook, section in pairs:
            if notebook != GUIDE and not (ROOT / "notebooks" / f"{notebook}.ipynb").exists():
                missing.append(f"{topic}: no notebook {notebook}")
            elif section not in headings(notebook):
                missing.append(f"{topic}: {notebook} has no heading {section!r}")
    assert len(rows()) >= 60
    assert not missing, "\n".join(missing)


def test_every_course_notebook_is_on_the_map():
    named = {n for _, notebooks, _ in rows() for n in notebooks}
    course = {p.stem for p in (ROOT / "notebooks").glob("*.ipynb")
              if p.stem[0].isdigit()}
    assert course <= named, course - named
