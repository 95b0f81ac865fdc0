"""A notebook is one Swift file cut into cells: the reproducers of the issue, each through jupyter_client.

Each test runs in a fresh kernel a sequence of cells that, concatenated, is a valid Swift script, and checks
that the kernel prints what the script prints. The broad check is test_differential.py; these are the
cases that failed before the engine made earlier cells' declarations visible as in one file.
"""
from __future__ import annotations

import time

import pytest

from conftest import execute, execute_ok


def run_cells(kc, cells: list[str]) -> str:
    """Runs every cell (each must succeed) and returns their stdout, concatenated."""
    return "".join(execute_ok(kc, cell).stdout for cell in cells)


CASES = {
    "members of a type the cell does not name": (
        ["struct Resolution { var width = 0 }", "let r = Resolution()", "print(r.width)"], "0\n"),
    "an enum case by implicit member expression": (
        ["enum CompassPoint { case north, east }\nvar d = CompassPoint.north", "d = .east\nprint(d)"], "east\n"),
    "a constant whose class comes from an earlier cell": (
        ["class T { var v = 7 }\nlet t = T()", "let also = t\nprint(also.v)"], "7\n"),
    "a grandparent's property overridden in a later cell, and an inherited convenience init": (
        ["class Vehicle { var label: String { \"vehicle\" }\n init() {}\n convenience init(wheels: Int) { self.init() } }",
         "class Bicycle: Vehicle {}",
         "class Tandem: Bicycle { override var label: String { \"tandem\" } }",
         "print(Tandem().label, Tandem(wheels: 2).label)"], "tandem tandem\n"),
    "overloads declared in different cells": (
        ['func greet(person: String) -> String { "Hello, " + person }',
         'func greet(person: String, alreadyGreeted: Bool) -> String { "again " + person }',
         'print(greet(person: "Tim"))\nprint(greet(person: "Tim", alreadyGreeted: true))'], "Hello, Tim\nagain Tim\n"),
    "a conformance added by an extension in a later cell": (
        ["struct V { var x = 1 }", "extension V: Equatable { static func == (l: V, r: V) -> Bool { l.x == r.x } }",
         "print(V() == V(x: 1), V() == V(x: 2))"], "true false\n"),
    "a standard type conforming to a protocol of an earlier cell": (
        ["protocol Describable { func describe() -> String }",
         'extension Int: Describable { func describe() -> String { "int \\(self)" } }',
         "print(3.describe())"], "int 3\n"),
    "private(set) reached from an extension in a later cell": (
        ["struct T { private(set) var m = 0 }", "extension T { mutating func bump() { m += 1 } }",
         "var t = T()\nt.bump()\nprint(t.m)"], "1\n"),
    "private and fileprivate at the top level": (
        ["private class PC { var z = 5 }", "private let pc = PC()", "fileprivate func twice(_ x: Int) -> Int { 2 * x }",
         "print(twice(pc.z))"], "10\n"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_reproducer(fresh_kernel, name):
    cells, expected = CASES[name]
    assert run_cells(fresh_kernel.kc, cells) == expected


def test_task_output_stays_with_its_cell(fresh_kernel):
    kc = fresh_kernel.kc
    first = execute_ok(kc, 'func greet() async { print("hello from a task") }\nTask { await greet() }')
    assert first.stdout == "hello from a task\n"
    second = execute_ok(kc, 'print("next cell")')
    assert second.stdout == "next cell\n"


def test_late_output_is_labelled_with_its_cell(fresh_kernel):
    kc = fresh_kernel.kc
    execute_ok(kc, 'import Foundation\nThread.detachNewThread { Thread.sleep(forTimeInterval: 0.5); print("late line") }')
    time.sleep(1.5)
    later = execute_ok(kc, 'print("own output")')
    assert later.stdout.endswith("own output\n")
    assert "late line" in later.stdout
    before = later.stdout[: later.stdout.index("late line")]
    assert "In[1]" in before and "after it ended" in before, later.stdout


def test_a_trap_keeps_what_the_cell_did_before_it(fresh_kernel):
    kc = fresh_kernel.kc
    failed = execute(kc, 'let age = -3\nvar log = ["start"]\nlog.append("checked")\nassert(age >= 0, "age must not be negative")')
    assert failed.status == "error"
    assert "age must not be negative" in failed.error_text
    assert "is kept" in failed.error_text
    assert execute_ok(kc, "print(age, log)").stdout == '-3 ["start", "checked"]\n'


def test_a_trap_in_a_variable_initialiser_rolls_back(fresh_kernel):
    kc = fresh_kernel.kc
    execute_ok(kc, "var total = 1")
    failed = execute(kc, "total = 2\nlet item = [1, 2][5]")
    assert failed.status == "error"
    assert "Index out of range" in failed.error_text
    assert "as they were before this cell" in failed.error_text
    assert execute_ok(kc, "print(total)").stdout == "1\n"
    assert "cannot find 'item'" in execute(kc, "print(item)").error_text


def test_a_trap_inside_a_global_modify_access_keeps_the_state_usable(fresh_kernel):
    kc = fresh_kernel.kc
    failed = execute(kc, "var counts = [0, 0]\ncounts[0] += 1\ncounts[5] += 1")
    assert failed.status == "error"
    assert "is kept" in failed.error_text
    # The access to `counts` the trap left open must not be reported as a conflict now.
    assert execute_ok(kc, "counts[1] += 1\nprint(counts)").stdout == "[1, 1]\n"


def execute_cell(kc, code: str, cell_id: str):
    """Runs `code` as the notebook cell `cell_id`, as JupyterLab and Notebook 7 send it (metadata.cellId)."""
    from conftest import finish
    msg = kc.session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                             "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
                         metadata={"cellId": cell_id})
    kc.shell_channel.send(msg)
    return finish(kc, msg["header"]["msg_id"])


def test_running_a_cell_again_replaces_what_it_declared(fresh_kernel):
    kc = fresh_kernel.kc
    assert execute_cell(kc, "func f() -> Int { 1 }", "cell-a").status == "ok"
    assert execute_cell(kc, 'func f() -> String { "edited" }', "cell-a").status == "ok"
    assert execute_ok(kc, "print(f())").stdout == "edited\n"


def test_two_cells_may_overload_by_return_type(fresh_kernel):
    kc = fresh_kernel.kc
    assert execute_cell(kc, "func parse(_ t: String) -> Int { Int(t) ?? 0 }", "cell-a").status == "ok"
    assert execute_cell(kc, 'func parse(_ t: String) -> [String] { t.split(separator: ",").map(String.init) }', "cell-b").status == "ok"
    assert execute_ok(kc, 'let n: Int = parse("12")\nlet p: [String] = parse("a,b")\nprint(n, p)').stdout == '12 ["a", "b"]\n'
