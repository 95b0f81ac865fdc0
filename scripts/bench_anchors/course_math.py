"""The course's training steps of scripts/bench_reference/course_workloads.py, written once over a small
set of numpy-named operations (`ops`), so that JAX and PyTorch run exactly the numpy reference's
algorithm: the same explicit forward and backward passes (no autodiff), the same learning rates, and the
cost computed at every iteration as the course computes it.

A workload is a `Workload`: its initial state (a dict of arrays), its data, a `step(state, data)` that
returns `(new_state, cost)`, and `final_cost(state, data)`, the number every side prints at the end.
`ops` is `JaxOps` or `TorchOps` (their modules); each maps numpy's names onto its library's.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass
class Workload:
    """One course workload for one library: arrays of that library, and its step and final cost."""
    state: dict[str, Any]
    data: tuple[Any, ...]
    step: Callable[[dict[str, Any], tuple[Any, ...]], tuple[dict[str, Any], Any]]
    final_cost: Callable[[dict[str, Any], tuple[Any, ...]], Any]


def sigmoid(ops, z):
    return 1 / (1 + ops.exp(-z))


def cross_entropy(ops, A, Y):
    m = Y.shape[1]
    return -1 / m * ops.sum(Y * ops.log(A) + (1 - Y) * ops.log(1 - A))


def softmax_cost(ops, AL, Y):
    return -ops.sum(Y * ops.log(AL)) / Y.shape[1]


# ---- C1 W2A2: logistic regression ------------------------------------------------------------------

def logreg_step(ops, state, data):
    X, Y = data
    w, b = state["w"], state["b"]
    m = X.shape[1]
    A = sigmoid(ops, ops.dot(w.T, X) + b)
    cost = -1 / m * ops.sum(Y * ops.log(A) + (1 - Y) * ops.log(1 - A))
    dw = 1 / m * ops.dot(X, (A - Y).T)
    db = 1 / m * ops.sum(A - Y)
    return {"w": w - 0.005 * dw, "b": b - 0.005 * db}, cost


def logreg_final_cost(ops, state, data):
    X, Y = data
    return cross_entropy(ops, sigmoid(ops, ops.dot(state["w"].T, X) + state["b"]), Y)


# ---- C1 W3A1: planar 2-4-1 network -----------------------------------------------------------------

def planar_step(ops, params, data):
    X, Y = data
    m = X.shape[1]
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    Z1 = ops.dot(W1, X) + b1
    A1 = ops.tanh(Z1)
    Z2 = ops.dot(W2, A1) + b2
    A2 = sigmoid(ops, Z2)
    cost = cross_entropy(ops, A2, Y)
    dZ2 = A2 - Y
    dW2 = ops.dot(dZ2, A1.T) / m
    db2 = ops.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = ops.dot(W2.T, dZ2) * (1 - A1 ** 2)
    dW1 = ops.dot(dZ1, X.T) / m
    db1 = ops.sum(dZ1, axis=1, keepdims=True) / m
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return {k: params[k] - 1.2 * grads["d" + k] for k in ("W1", "b1", "W2", "b2")}, cost


def planar_final_cost(ops, params, data):
    X, Y = data
    A2 = sigmoid(ops, ops.dot(params["W2"], ops.tanh(ops.dot(params["W1"], X) + params["b1"])) + params["b2"])
    return cross_entropy(ops, A2, Y)


# ---- C1 W4A1/A2: L-layer network -------------------------------------------------------------------

def linear_activation_forward(ops, A_prev, W, b, activation):
    Z = ops.dot(W, A_prev) + b
    A = sigmoid(ops, Z) if activation == "sigmoid" else ops.relu(Z)
    return A, ((A_prev, W, b), Z)


def linear_backward(ops, dZ, linear_cache):
    A_prev, W, _ = linear_cache
    m = A_prev.shape[1]
    dW = ops.dot(dZ, A_prev.T) / m
    db = ops.sum(dZ, axis=1, keepdims=True) / m
    # The input gradient of the first layer is computed, as the course's linear_backward does; a
    # compiler (XLA, Inductor) may drop it as dead code, which is part of what is measured.
    return ops.dot(W.T, dZ), dW, db


def linear_activation_backward(ops, dA, cache, activation):
    linear_cache, Z = cache
    if activation == "sigmoid":
        s = sigmoid(ops, Z)
        dZ = dA * s * (1 - s)
    else:
        dZ = dA * (Z > 0)
    return linear_backward(ops, dZ, linear_cache)


def l_model_forward(ops, X, params, L, last):
    caches, A = [], X
    for l in range(1, L):
        A, cache = linear_activation_forward(ops, A, params["W%d" % l], params["b%d" % l], "relu")
        caches.append(cache)
    if last == "sigmoid":
        AL, cache = linear_activation_forward(ops, A, params["W%d" % L], params["b%d" % L], "sigmoid")
    else:  # softmax over the classes (axis 0), shifted by the column maximum
        Z = ops.dot(params["W%d" % L], A) + params["b%d" % L]
        e = ops.exp(Z - ops.amax(Z, axis=0, keepdims=True))
        AL, cache = e / ops.sum(e, axis=0, keepdims=True), ((A, params["W%d" % L], params["b%d" % L]), Z)
    caches.append(cache)
    return AL, caches


def l_model_backward(ops, AL, Y, caches, last):
    grads, L = {}, len(caches)
    if last == "sigmoid":
        dAL = -(Y / AL - (1 - Y) / (1 - AL))
        dA, dW, db = linear_activation_backward(ops, dAL, caches[L - 1], "sigmoid")
    else:  # softmax with cross-entropy: dZ = AL - Y
        dA, dW, db = linear_backward(ops, AL - Y, caches[L - 1][0])
    grads["dW%d" % L], grads["db%d" % L] = dW, db
    for l in reversed(range(L - 1)):
        dA, dW, db = linear_activation_backward(ops, dA, caches[l], "relu")
        grads["dW%d" % (l + 1)], grads["db%d" % (l + 1)] = dW, db
    return grads


def deep_step(ops, params, data, L, last, learning_rate):
    X, Y = data
    AL, caches = l_model_forward(ops, X, params, L, last)
    cost = cross_entropy(ops, AL, Y) if last == "sigmoid" else softmax_cost(ops, AL, Y)
    grads = l_model_backward(ops, AL, Y, caches, last)
    return {k: params[k] - learning_rate * grads["d" + k] for k in params}, cost


def deep_final_cost(ops, params, data, L, last):
    X, Y = data
    AL, _ = l_model_forward(ops, X, params, L, last)
    return cross_entropy(ops, AL, Y) if last == "sigmoid" else softmax_cost(ops, AL, Y)


# ---- 1024 x 1024 matrix product --------------------------------------------------------------------

def matmul_step(ops, state, data):
    A, B = data
    C = ops.dot(A, B)
    return {"C": C}, C[0, 0]


def matmul_final_cost(ops, state, data):
    C = state["C"]
    return ops.sum(C) / (C.shape[0] * C.shape[1])
