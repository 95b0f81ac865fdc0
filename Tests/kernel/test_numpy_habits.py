"""numpy habits in a cell (issue 14, points 2 and 6): the course's cost formula with an `Int` m answers
quickly and right; an Int with a Double, `A > 0.5` and `M.shape == (2, 3)` fail at once with the Swift
spelling in the error."""
from __future__ import annotations

import time

from conftest import execute, execute_ok

SETUP = "let X = zeros(2, 400), Y = ones(1, 400), A = zeros(1, 400) + 0.5"


def test_cost_formula_with_an_int_m_answers_within_five_seconds(kernel):
    execute_ok(kernel.kc, SETUP)
    start = time.monotonic()
    result = execute_ok(kernel.kc, "let m = X.shape[1]\n"
                                   "let cost = -1 / m * sum(Y * log(A) + (1 - Y) * log(1 - A))\nprint(cost)")
    assert time.monotonic() - start < 5
    assert abs(float(result.stdout.strip()) - 0.6931471805599453) < 1e-12   # not 0: true division, as numpy
    result = execute_ok(kernel.kc, "let half = m / 2\nprint(half, type(of: half))")
    assert result.stdout.strip() == "200 Int"                             # whole-number division where an Int fits


def test_an_int_times_a_double_says_to_convert(kernel):
    start = time.monotonic()
    result = execute(kernel.kc, "let n = X.shape[1]\nlet scaled = n * 0.5")
    assert time.monotonic() - start < 5
    assert "Double(X.shape[1])" in result.error_text, result.describe()


def test_numpy_comparison_gives_the_swift_spelling(kernel):
    result = execute(kernel.kc, "let mask = A > 0.5")
    assert "A .> 0.5" in result.error_text, result.describe()


def test_numpy_shape_tuple_gives_the_swift_spelling(kernel):
    result = execute(kernel.kc, "let same = A.shape == (1, 400)")
    assert "M.shape == [2, 3]" in result.error_text, result.describe()
