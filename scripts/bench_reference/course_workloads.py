#!/usr/bin/env python3
"""numpy reference for scripts/bench_course.py: the course's workloads written the way the course writes
them (np.dot, broadcasting, dictionaries of parameters), timed around the training loop only.

    python scripts/bench_reference/course_workloads.py --workload planar --iterations 10000

    python scripts/bench_reference/course_workloads.py --workload mnist --iterations 100 --dtype float32

Prints one JSON line: {"workload", "dtype", "seconds", "cpu_seconds", "cost", "iterations"} (plus "gflops"
for matmul); "seconds" is wall time, "cpu_seconds" the process's CPU time over the same span.
`--dtype float32` draws the same float64 data and initial parameters, rounds them to float32 and trains
on float32 arrays end to end (numpy keeps float32 when a Python number joins in).
The inputs come from np.random with fixed seeds; the Swift side (Sources/course-bench) draws the same
numbers with NeuralNet's numpy-compatible generator, so both train on identical data and must end with
the same cost. Set OPENBLAS_NUM_THREADS before starting this script (bench_course.py does).
"""
from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

CAT_FEATURES, CAT_EXAMPLES = 12288, 209  # the course's cat data set: 64 x 64 x 3 pixels, 209 pictures


LAST_CPU_SECONDS = 0.0  # CPU time of the last clock_start/clock_stop span
DTYPE = np.float64  # the element type of every array (--dtype)


def clock_start():
    return time.perf_counter(), time.process_time()


def clock_stop(start):
    """Wall seconds since `start`; the CPU seconds go to LAST_CPU_SECONDS."""
    global LAST_CPU_SECONDS
    LAST_CPU_SECONDS = time.process_time() - start[1]
    return time.perf_counter() - start[0]


def cat_like_data():
    """Pixels in [0, 1) and 0/1 labels with the cat data set's shapes, seed 1."""
    np.random.seed(1)
    X = np.random.rand(CAT_FEATURES, CAT_EXAMPLES)
    Y = (np.random.rand(1, CAT_EXAMPLES) > 0.5).astype(np.float64)
    return X.astype(DTYPE), Y.astype(DTYPE)


def planar_dataset():
    """The flower of C1 W3A1: seed 1, 400 points on an 8-petal rose, 200 per class."""
    np.random.seed(1)
    per_class, ray = 200, 4
    X = np.zeros((2 * per_class, 2))
    Y = np.zeros((2 * per_class, 1))
    for j in range(2):
        rows = slice(per_class * j, per_class * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, per_class) + np.random.randn(per_class) * 0.2
        r = ray * np.sin(4 * t) + np.random.randn(per_class) * 0.2
        X[rows] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[rows] = j
    return X.T.astype(DTYPE), Y.T.astype(DTYPE)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cross_entropy(A, Y):
    m = Y.shape[1]
    return float(np.squeeze(-1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))))


def softmax_cost(AL, Y):
    """Cross-entropy of a softmax output against one-hot labels, averaged over the examples."""
    return float(-np.sum(Y * np.log(AL)) / Y.shape[1])


# ---- C1 W2A2: logistic regression ------------------------------------------------------------------

def logistic_regression(iterations):
    X, Y = cat_like_data()
    m = X.shape[1]
    w, b = np.zeros((X.shape[0], 1), dtype=DTYPE), 0.0
    start = clock_start()
    for _ in range(iterations):
        A = sigmoid(np.dot(w.T, X) + b)
        cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
        dw = 1 / m * np.dot(X, (A - Y).T)
        db = 1 / m * np.sum(A - Y)
        w = w - 0.005 * dw
        b = b - 0.005 * db
    seconds = clock_stop(start)
    return seconds, cross_entropy(sigmoid(np.dot(w.T, X) + b), Y)


# ---- C1 W3A1: planar 2-4-1 network -----------------------------------------------------------------

def planar(iterations):
    X, Y = planar_dataset()
    m = X.shape[1]
    start = clock_start()
    np.random.seed(3)
    params = {"W1": np.random.randn(4, 2) * 0.01, "b1": np.zeros((4, 1)),
              "W2": np.random.randn(1, 4) * 0.01, "b2": np.zeros((1, 1))}
    params = {k: v.astype(DTYPE) for k, v in params.items()}
    for _ in range(iterations):
        W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
        Z1 = np.dot(W1, X) + b1
        A1 = np.tanh(Z1)
        Z2 = np.dot(W2, A1) + b2
        A2 = sigmoid(Z2)
        cost = cross_entropy(A2, Y)
        dZ2 = A2 - Y
        dW2 = np.dot(dZ2, A1.T) / m
        db2 = np.sum(dZ2, axis=1, keepdims=True) / m
        dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
        dW1 = np.dot(dZ1, X.T) / m
        db1 = np.sum(dZ1, axis=1, keepdims=True) / m
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        params = {k: params[k] - 1.2 * grads["d" + k] for k in ("W1", "b1", "W2", "b2")}
    seconds = clock_stop(start)
    A2 = sigmoid(np.dot(params["W2"], np.tanh(np.dot(params["W1"], X) + params["b1"])) + params["b2"])
    return seconds, cross_entropy(A2, Y)


# ---- C1 W4A1/A2: L-layer network, [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID ---------------------

def linear_activation_forward(A_prev, W, b, activation):
    Z = np.dot(W, A_prev) + b
    A = sigmoid(Z) if activation == "sigmoid" else np.maximum(0, Z)
    return A, ((A_prev, W, b), Z)


def linear_backward(dZ, linear_cache):
    A_prev, W, _ = linear_cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    return np.dot(W.T, dZ), dW, db


def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    if activation == "sigmoid":
        s = sigmoid(Z)
        dZ = dA * s * (1 - s)
    else:
        dZ = dA * (Z > 0)
    return linear_backward(dZ, linear_cache)


def l_model_forward(X, params, L, last="sigmoid"):
    caches, A = [], X
    for l in range(1, L):
        A, cache = linear_activation_forward(A, params["W%d" % l], params["b%d" % l], "relu")
        caches.append(cache)
    if last == "sigmoid":
        AL, cache = linear_activation_forward(A, params["W%d" % L], params["b%d" % L], "sigmoid")
    else:  # softmax over the classes (axis 0), shifted by the column maximum
        Z = np.dot(params["W%d" % L], A) + params["b%d" % L]
        e = np.exp(Z - np.max(Z, axis=0, keepdims=True))
        AL, cache = e / np.sum(e, axis=0, keepdims=True), ((A, params["W%d" % L], params["b%d" % L]), Z)
    caches.append(cache)
    return AL, caches


def l_model_backward(AL, Y, caches, last="sigmoid"):
    grads, L = {}, len(caches)
    if last == "sigmoid":
        dAL = -(Y / AL - (1 - Y) / (1 - AL))
        dA, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    else:  # softmax with cross-entropy: dZ = AL - Y
        dA, dW, db = linear_backward(AL - Y, caches[L - 1][0])
    grads["dW%d" % L], grads["db%d" % L] = dW, db
    for l in reversed(range(L - 1)):
        dA, dW, db = linear_activation_backward(dA, caches[l], "relu")
        grads["dW%d" % (l + 1)], grads["db%d" % (l + 1)] = dW, db
    return grads


def init_deep(dims, scale):
    """Biases zero; W[l] = randn(n[l], n[l-1]) * scale(n[l-1]), drawn layer by layer."""
    params = {}
    for l in range(1, len(dims)):
        params["W%d" % l] = np.random.randn(dims[l], dims[l - 1]) * scale(dims[l - 1])
        params["b%d" % l] = np.zeros((dims[l], 1))
    return {k: v.astype(DTYPE) for k, v in params.items()}


def deep(dims, iterations, last="sigmoid", X=None, Y=None, learning_rate=0.0075):
    if X is None:
        X, Y = cat_like_data()
    L = len(dims) - 1
    start = clock_start()
    np.random.seed(1)
    if len(dims) == 3 and last == "sigmoid":   # the two-layer model of W4A2: randn * 0.01
        params = init_deep(dims, lambda n: 0.01)
    elif last == "sigmoid":                   # L_layer_model of W4A2: randn / sqrt(n[l-1])
        params = init_deep(dims, lambda n: 1 / np.sqrt(n))
    else:                                     # He initialisation before ReLU layers
        params = init_deep(dims, lambda n: np.sqrt(2 / n))
    for _ in range(iterations):
        AL, caches = l_model_forward(X, params, L, last)
        cost = cross_entropy(AL, Y) if last == "sigmoid" else softmax_cost(AL, Y)
        grads = l_model_backward(AL, Y, caches, last)
        for k in list(params):
            params[k] = params[k] - learning_rate * grads["d" + k]
    seconds = clock_stop(start)
    AL, _ = l_model_forward(X, params, L, last)
    return seconds, cross_entropy(AL, Y) if last == "sigmoid" else softmax_cost(AL, Y)


def classes_data():
    """10 000 random 784-pixel 'images' in [0, 1) and one-hot labels of 10 classes, seed 1."""
    np.random.seed(1)
    X = np.random.rand(784, 10000)
    labels = np.floor(np.random.rand(10000) * 10).astype(int)
    Y = np.zeros((10, 10000))
    Y[labels, np.arange(10000)] = 1
    return X.astype(DTYPE), Y.astype(DTYPE)


def matmul(iterations):
    np.random.seed(1)
    A, B = np.random.rand(1024, 1024).astype(DTYPE), np.random.rand(1024, 1024).astype(DTYPE)
    C = np.dot(A, B)  # warm-up (thread start, page faults)
    start = clock_start()
    for _ in range(iterations):
        C = np.dot(A, B)
    seconds = clock_stop(start)
    return seconds, float(np.sum(C)) / C.size


WORKLOADS = {
    "logreg": logistic_regression,
    "planar": planar,
    "deep2": lambda n: deep([CAT_FEATURES, 7, 1], n),
    "deep4": lambda n: deep([CAT_FEATURES, 20, 7, 5, 1], n),
    "mnist": lambda n: deep([784, 256, 128, 10], n, "softmax", *classes_data(), learning_rate=0.1),
    "matmul": matmul,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workload", required=True, choices=sorted(WORKLOADS))
    ap.add_argument("--iterations", type=int, required=True)
    ap.add_argument("--dtype", choices=("float64", "float32"), default="float64")
    args = ap.parse_args()
    global DTYPE
    DTYPE = np.dtype(args.dtype).type
    seconds, cost = WORKLOADS[args.workload](args.iterations)
    out = {"workload": args.workload, "dtype": args.dtype, "seconds": seconds, "cpu_seconds": LAST_CPU_SECONDS, "cost": cost,
           "iterations": args.iterations}
    if args.workload == "matmul":
        out["gflops"] = 2 * 1024 ** 3 * args.iterations / seconds / 1e9
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
