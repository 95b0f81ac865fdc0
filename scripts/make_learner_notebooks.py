#!/usr/bin/env python3
"""Generates the learner versions of the course notebooks from the solution notebooks.

    scripts/make_learner_notebooks.py            # writes notebooks/learner/*.ipynb
    scripts/make_learner_notebooks.py --check    # exits 1 if a committed learner notebook is out of date

A solution notebook is any notebooks/*.ipynb with a graded solution cell (nbgrader metadata
`solution: true` and a first line `// GRADED FUNCTION: <name>`). In its learner version, in every
code cell, the lines from `// BEGIN SOLUTION` to `// END SOLUTION` become `// YOUR CODE HERE`, and the
`// STUB: <statement>` line right after them becomes `<statement>` (a `yourCodeHere("name", args…)` call
that returns the reference result without naming it, so later cells still run while the exercise's
test fails). Outputs
and execution counts are cleared; everything else (metadata, locked test cells) is kept.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
LEARNER = NOTEBOOKS / "learner"

BEGIN = "// BEGIN SOLUTION"
END = "// END SOLUTION"
STUB = re.compile(r"^(\s*)// STUB: (.+)$")
GRADED = re.compile(r"^// GRADED FUNCTION: (\w+)")


class SourceError(Exception):
    """A solution notebook that does not follow the format."""


def learner_source(source: str, where: str) -> str:
    """`source` with each solution region replaced by `// YOUR CODE HERE` and its stub statement."""
    lines = source.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if BEGIN not in line:
            if STUB.match(line):
                raise SourceError(f"{where}: a `// STUB:` line must follow `{END}` directly")
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        try:
            end = next(j for j in range(i + 1, len(lines)) if END in lines[j])
        except StopIteration:
            raise SourceError(f"{where}: `{BEGIN}` without `{END}`") from None
        if any(BEGIN in lines[j] for j in range(i + 1, end)):
            raise SourceError(f"{where}: nested `{BEGIN}`")
        out.append(indent + "// YOUR CODE HERE")
        stub = STUB.match(lines[end + 1]) if end + 1 < len(lines) else None
        if stub:
            out.append(stub.group(1) + stub.group(2))
            i = end + 2
        else:
            i = end + 1
    return "\n".join(out)


def graded_names(nb) -> list[str]:
    """The names of the graded functions of a notebook, in order."""
    names = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        match = GRADED.match(cell.source) if cell.cell_type == "code" else None
        if match and meta.get("solution"):
            names.append(match.group(1))
    return names


def learner_notebook(nb, name: str):
    """The learner version of solution notebook `nb` (a modified copy)."""
    nb = nbformat.reads(nbformat.writes(nb), as_version=4)   # a deep copy
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        where = f"{name}, cell {index}"
        graded = GRADED.match(cell.source)
        if graded and cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
            if BEGIN not in cell.source:
                raise SourceError(f"{where}: graded function {graded.group(1)} has no `{BEGIN}` region")
            if not any(STUB.match(line) for line in cell.source.split("\n")):
                raise SourceError(f"{where}: graded function {graded.group(1)} has no `// STUB:` line")
        cell.source = learner_source(cell.source, where)
        cell.outputs = []
        cell.execution_count = None
        cell.metadata.pop("execution", None)
    return nb


def solution_notebooks() -> list[Path]:
    """The notebooks in notebooks/ that have graded cells."""
    found = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        if graded_names(nbformat.read(path, as_version=4)):
            found.append(path)
    return found


def expected_files() -> dict[Path, str]:
    """Each learner notebook's path and text as the generator makes it."""
    files = {}
    for path in solution_notebooks():
        nb = learner_notebook(nbformat.read(path, as_version=4), path.name)
        files[LEARNER / path.name] = nbformat.writes(nb) + "\n"
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if notebooks/learner/ differs from what would be generated")
    args = parser.parse_args(argv)
    try:
        files = expected_files()
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    stale = sorted(set(LEARNER.glob("*.ipynb")) - set(files))
    if args.check:
        problems = [f"missing: {p.relative_to(ROOT)}" for p in files if not p.exists()]
        problems += [f"out of date: {p.relative_to(ROOT)}" for p, text in files.items()
                     if p.exists() and p.read_text() != text]
        problems += [f"no solution notebook for: {p.relative_to(ROOT)}" for p in stale]
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run scripts/make_learner_notebooks.py to regenerate the learner notebooks", file=sys.stderr)
            return 1
        print(f"{len(files)} learner notebooks are up to date")
        return 0
    LEARNER.mkdir(exist_ok=True)
    for path, text in files.items():
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        path.unlink()
        print(f"removed {path.relative_to(ROOT)} (its solution notebook is gone)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
