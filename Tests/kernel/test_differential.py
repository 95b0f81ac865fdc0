"""A notebook is one Swift file in script mode, cut into cells.

Every program in `differential/` and `differential/book/` (programs in the style of the Swift book's
chapters, one per chapter topic) is a Swift 5 script. Compiled and run as one file
(`swiftc -swift-version 5 -Onone`), it prints the reference output; run in a fresh kernel with one
cell per top-level item (cut by the `cell-splitter` product), every cell must succeed and the cells'
stdout together must be exactly that output. Every fifth program also runs as one single cell.
Only stream stdout is compared: a cell ending in an expression also shows an execute_result.

`differential/known-gaps/` holds scripts that cannot work as cells (their first comment says why):
their reference must run, the kernel run is an expected failure. `differential/redefinition/`
holds cell sequences that are not valid scripts (a later cell redeclares a name): cells are
separated by `// %% cell` lines and `NAME.expected` is the exact stdout.

Reference outputs are cached by the hash of compiler version, flags and source, in
$TMPDIR/swift-kernel-differential-<uid>; they compile in a background thread while kernels run.
"""
from __future__ import annotations

import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from conftest import EXEC_TIMEOUT, Result, RunningKernel, execute, start_kernel

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS_DIR = Path(__file__).resolve().parent / "differential"
PROGRAMS = sorted(PROGRAMS_DIR.glob("*.swift")) + sorted(PROGRAMS_DIR.glob("book/*.swift"))
KNOWN_GAPS = sorted((PROGRAMS_DIR / "known-gaps").glob("*.swift"))
REDEFINITIONS = sorted((PROGRAMS_DIR / "redefinition").glob("*.swift"))

SWIFTC_FLAGS = ["-swift-version", "5", "-Onone"]
# Compiled under a module name of its own, so that output naming the module (an enum in an array
# prints as `Module.Enum.case`) is caught: a notebook's cells live in other modules.
REFERENCE_MODULE = "DifferentialReference"
RUN_TIMEOUT = 30.0
CELL_SEPARATOR = "// %% cell"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


# --- the script side ------------------------------------------------------------------------


def reference_output(program: Path, cache: Path, version: str) -> str:
    """stdout of `program` compiled and run as one script; run twice, it must print the same."""
    source = program.read_bytes()
    key = hashlib.sha256(b"\0".join([version.encode(), " ".join(SWIFTC_FLAGS).encode(), source])).hexdigest()
    cached = cache / f"{key}.out"
    if cached.exists():
        return cached.read_text()
    with tempfile.TemporaryDirectory(prefix="differential-") as work:
        binary = Path(work) / "program"
        compiled = subprocess.run(
            ["swiftc", *SWIFTC_FLAGS, "-module-name", REFERENCE_MODULE, str(program), "-o", str(binary)],
            capture_output=True, text=True, timeout=300)
        if compiled.returncode != 0:
            raise AssertionError(f"{program.name} does not compile as a script:\n{compiled.stderr}")
        outputs = []
        for _ in range(2):
            run = subprocess.run([str(binary)], capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=work)
            if run.returncode != 0:
                raise AssertionError(f"{program.name} exits with {run.returncode} as a script:\n{run.stderr}")
            outputs.append(run.stdout)
    if outputs[0] != outputs[1]:
        raise AssertionError(f"{program.name} is not deterministic:\n{diff(outputs[0], outputs[1], 'run 1', 'run 2')}")
    if f"{REFERENCE_MODULE}." in outputs[0]:
        raise AssertionError(f"{program.name} prints its module's name:\n{outputs[0]}")
    cached.write_text(outputs[0])
    return outputs[0]


class References:
    """Reference outputs of every program, compiled in the background in collection order."""

    def __init__(self, programs: list[Path]) -> None:
        version = subprocess.run(["swiftc", "--version"], capture_output=True, text=True, check=True).stdout
        cache = Path(tempfile.gettempdir()) / f"swift-kernel-differential-{os.getuid()}"
        cache.mkdir(exist_ok=True)
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        self.futures = {p: self.pool.submit(reference_output, p, cache, version) for p in programs}

    def __getitem__(self, program: Path) -> str:
        return self.futures[program].result()


@pytest.fixture(scope="module")
def references() -> Iterator[References]:
    refs = References(PROGRAMS + KNOWN_GAPS)
    try:
        yield refs
    finally:
        refs.pool.shutdown(cancel_futures=True)


@pytest.fixture(scope="module")
def splitter() -> Path:
    """The `cell-splitter` executable, built in debug mode."""
    build = ["swift", "build", "--package-path", str(ROOT), "--product", "cell-splitter"]
    built = subprocess.run(build, capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, f"cannot build cell-splitter:\n{built.stdout}\n{built.stderr}"
    bin_dir = subprocess.run(build[:-2] + ["--show-bin-path"], capture_output=True, text=True, check=True).stdout
    return Path(bin_dir.strip()) / "cell-splitter"


def top_level_items(splitter: Path, program: Path) -> list[str]:
    cells = json.loads(subprocess.run([str(splitter), str(program)], capture_output=True, text=True, check=True).stdout)
    assert "".join(cells) == program.read_text(), "the cells do not add up to the program"
    return cells


# --- the notebook side ----------------------------------------------------------------------


def diff(expected: str, actual: str, expected_name: str = "script", actual_name: str = "cells") -> str:
    lines = difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                 expected_name, actual_name)
    return "".join(lines) or f"(only line endings differ) {expected!r} != {actual!r}"


class CellFailure(AssertionError):
    """A cell that fails or prints what the script does not; `summary` says which, in one line."""

    def __init__(self, message: str, summary: str) -> None:
        super().__init__(message)
        self.summary = summary


def error_of(result: Result) -> str:
    """The error a cell's IOPub `error` messages carry (the reply repeats it), without colours."""
    errors = [m["content"] for m in result.of_type("error")] or [result.content]
    parts = [line for e in errors for line in [e.get("ename", ""), e.get("evalue", "")] + e.get("traceback", [])]
    return ANSI.sub("", "\n".join(p for p in parts if p))


class Kernels:
    """Fresh kernels, one per program: the next one starts, and the last one stops, in the background
    while a program runs, so that no program waits for a kernel's start-up or shutdown."""

    def __init__(self) -> None:
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
        self.next = self.pool.submit(start_kernel)

    def take(self) -> RunningKernel:
        kernel, self.next = self.next.result(), self.pool.submit(start_kernel)
        return kernel

    def release(self, kernel: RunningKernel) -> None:
        self.pool.submit(kernel.stop)

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        if self.next.exception() is None:
            self.next.result().stop()


@pytest.fixture(scope="module")
def kernels() -> Iterator[Kernels]:
    supply = Kernels()
    try:
        yield supply
    finally:
        supply.close()


def run_cells(kernels: Kernels, name: str, cells: list[str], expected: str) -> None:
    """Runs `cells` in a fresh kernel; fails at the first cell that fails or prints what `expected` does not."""
    kernel = kernels.take()
    try:
        printed = ""
        for index, cell in enumerate(cells, start=1):
            result = execute(kernel.kc, cell, timeout=EXEC_TIMEOUT)
            printed += result.stdout
            where = f"{name}, cell {index} of {len(cells)}:\n{cell.strip()}\n"
            if result.status != "ok":
                error = error_of(result)
                raise CellFailure(f"{where}--- fails with:\n{error}", f"cell {index} fails: {(error.splitlines() + [''])[1]}")
            if not expected.startswith(printed):
                raise CellFailure(f"{where}--- prints what the script does not:\n{diff(expected, printed)}",
                                  f"cell {index} prints other output")
        if printed != expected:
            raise CellFailure(f"{name}: the cells print less than the script:\n{diff(expected, printed)}",
                              "the cells print less")
    finally:
        kernels.release(kernel)


def known_gap_reason(program: Path) -> str:
    """The `// known gap: ...` comment at the top of the program, as one line."""
    lines = []
    for line in program.read_text().splitlines():
        if not line.startswith("//"):
            break
        lines.append(line.removeprefix("//").strip())
    reason = " ".join(lines)
    assert reason.startswith("known gap:"), f"{program.name} must start with a `// known gap: why` comment"
    return reason


def redefinition_cells(program: Path) -> list[str]:
    cells, current = [], []
    for line in program.read_text().splitlines(keepends=True):
        if line.strip() == CELL_SEPARATOR:
            cells.append("".join(current))
            current = []
        else:
            current.append(line)
    return cells + ["".join(current)]


# --- tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_one_cell_per_top_level_item(program: Path, references: References, splitter: Path, kernels: Kernels) -> None:
    run_cells(kernels, program.name, top_level_items(splitter, program), references[program])


@pytest.mark.parametrize("program", PROGRAMS[::5], ids=lambda p: p.stem)
def test_whole_program_as_one_cell(program: Path, references: References, kernels: Kernels) -> None:
    run_cells(kernels, program.name, [program.read_text()], references[program])


@pytest.mark.parametrize("program", KNOWN_GAPS, ids=lambda p: p.stem)
def test_known_gap(program: Path, references: References, splitter: Path, kernels: Kernels) -> None:
    reason = known_gap_reason(program)
    expected = references[program]  # the script itself must work: failures here are real
    try:
        run_cells(kernels, program.name, top_level_items(splitter, program), expected)
    except CellFailure as failure:
        pytest.xfail(f"{reason} [{failure.summary}]")


@pytest.mark.parametrize("program", REDEFINITIONS, ids=lambda p: p.stem)
def test_redefinition(program: Path, kernels: Kernels) -> None:
    expected = program.with_suffix(".expected").read_text()
    run_cells(kernels, program.name, redefinition_cells(program), expected)


def test_enough_programs() -> None:
    assert len(PROGRAMS) >= 70 and len(REDEFINITIONS) >= 8 and KNOWN_GAPS
    for program in REDEFINITIONS:
        assert program.with_suffix(".expected").exists(), f"{program.name} has no .expected file"
