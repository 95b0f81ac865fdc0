"""The course's workloads in PyTorch on the CPU, two ways a practitioner runs them.

  eager    the step as plain torch code in a Python loop;
  compile  the same step under `torch.compile` (Inductor: fused C++ loops, BLAS for the products).

Autograd is off (`torch.no_grad`): the backward pass is the course's explicit one, as in numpy.
Excluded from the time: for `compile`, compilation and two warm-up steps (the first compiles; the second
shows no recompilation is left); for `eager`, one warm-up step. The timed span starts again from the
initial parameters. CPU tensors are synchronous, so the clock stops when the loop returns.
"""
from __future__ import annotations

import torch


class TorchOps:
    """numpy's names for what course_math uses, on torch."""
    exp = staticmethod(torch.exp)
    log = staticmethod(torch.log)
    tanh = staticmethod(torch.tanh)
    relu = staticmethod(torch.relu)

    @staticmethod
    def dot(a, b):
        return torch.matmul(a, b)

    @staticmethod
    def sum(x, axis=None, keepdims=False):
        return torch.sum(x) if axis is None else torch.sum(x, dim=axis, keepdim=keepdims)

    @staticmethod
    def amax(x, axis=None, keepdims=False):
        return torch.amax(x) if axis is None else torch.amax(x, dim=axis, keepdim=keepdims)


def to_tensors(tree, dtype):
    if isinstance(tree, dict):
        return {k: to_tensors(v, dtype) for k, v in tree.items()}
    if isinstance(tree, tuple):
        return tuple(to_tensors(v, dtype) for v in tree)
    return torch.from_numpy(tree).to(dtype).contiguous()


def train(step_fn, state, data, iterations, warmups, clock):
    for _ in range(warmups):
        step_fn(state, data)
    start = clock.start()
    s, cost = state, None
    for _ in range(iterations):
        s, cost = step_fn(s, data)
    seconds, cpu = clock.stop(start)
    return s, cost, seconds, cpu


def run(state_np, data_np, step, final_cost, iterations, variant, dtype, clock, threads):
    """Trains with `variant` and returns (seconds, cpu seconds, final cost, last training cost)."""
    torch.set_num_threads(threads)
    tdtype = torch.float64 if dtype == "float64" else torch.float32
    state, data = to_tensors(state_np, tdtype), to_tensors(data_np, tdtype)
    eager = lambda s, d: step(TorchOps, s, d)
    with torch.no_grad():
        if variant == "eager":
            s, cost, seconds, cpu = train(eager, state, data, iterations, 1, clock)
        elif variant == "compile":
            s, cost, seconds, cpu = train(torch.compile(eager), state, data, iterations, 2, clock)
        else:
            raise ValueError(f"no such torch variant: {variant}")
        final = final_cost(TorchOps, s, data)
    return seconds, cpu, float(final), float(cost)
