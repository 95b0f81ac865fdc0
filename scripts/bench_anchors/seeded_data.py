"""The numpy reference's seeded inputs and initial parameters, drawn by its own functions.

The data and the initial parameters come from scripts/bench_reference/course_workloads.py itself
(loaded by path, not copied), with the same seeds in the same order, so the anchors start from the
very numbers numpy and NeuralNet start from. `workload_arrays(name)` returns numpy float64 arrays:
(initial state, data, step, final_cost), step and final_cost still waiting for an `ops`.
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import numpy as np

import course_math as cm

REFERENCE = Path(__file__).resolve().parent.parent / "bench_reference" / "course_workloads.py"


@functools.cache
def reference():
    """The numpy reference module (scripts/bench_reference/course_workloads.py)."""
    spec = importlib.util.spec_from_file_location("course_workloads", REFERENCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def planar_initial_params():
    """The draws of the reference's planar(): seed 3, W1 then W2 (randn * 0.01), zero biases."""
    np.random.seed(3)
    return {"W1": np.random.randn(4, 2) * 0.01, "b1": np.zeros((4, 1)),
            "W2": np.random.randn(1, 4) * 0.01, "b2": np.zeros((1, 1))}


def deep_initial_params(dims, last):
    """The draws of the reference's deep(): seed 1, then its initialisation for these dims."""
    ref = reference()
    np.random.seed(1)
    if len(dims) == 3 and last == "sigmoid":
        return ref.init_deep(dims, lambda n: 0.01)
    if last == "sigmoid":
        return ref.init_deep(dims, lambda n: 1 / np.sqrt(n))
    return ref.init_deep(dims, lambda n: np.sqrt(2 / n))


def deep_arrays(dims, last, learning_rate, data):
    L = len(dims) - 1
    params = deep_initial_params(dims, last)
    step = lambda ops, s, d: cm.deep_step(ops, s, d, L, last, learning_rate)
    final = lambda ops, s, d: cm.deep_final_cost(ops, s, d, L, last)
    return params, data, step, final


def workload_arrays(name: str):
    """(state, data, step, final_cost) of workload `name`, as numpy float64 arrays."""
    ref = reference()
    if name == "logreg":
        X, Y = ref.cat_like_data()
        return ({"w": np.zeros((X.shape[0], 1)), "b": np.zeros(())}, (X, Y),
                cm.logreg_step, cm.logreg_final_cost)
    if name == "planar":
        data = ref.planar_dataset()
        return planar_initial_params(), data, cm.planar_step, cm.planar_final_cost
    if name == "deep2":
        return deep_arrays([ref.CAT_FEATURES, 7, 1], "sigmoid", 0.0075, ref.cat_like_data())
    if name == "deep4":
        return deep_arrays([ref.CAT_FEATURES, 20, 7, 5, 1], "sigmoid", 0.0075, ref.cat_like_data())
    if name == "mnist":
        data = ref.classes_data()   # drawn before the parameters, as the reference does
        return deep_arrays([784, 256, 128, 10], "softmax", 0.1, data)
    if name == "matmul":
        np.random.seed(1)
        A, B = np.random.rand(1024, 1024), np.random.rand(1024, 1024)
        return {"C": np.zeros((1024, 1024))}, (A, B), cm.matmul_step, cm.matmul_final_cost
    raise ValueError(f"no such workload: {name}")


WORKLOAD_NAMES = ("logreg", "planar", "deep2", "deep4", "mnist", "matmul")
