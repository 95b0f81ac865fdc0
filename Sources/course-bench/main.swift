// The Swift side of scripts/bench_course.py: one course workload, trained with NeuralNet's building
// blocks on the same seeded data as the numpy reference (scripts/bench_reference/course_workloads.py).
//
//     course-bench --workload planar --iterations 10000
//
// Prints one JSON line: {"workload", "seconds", "cost", "iterations"} (plus "gflops" for matmul).
// Only the training loop is timed; the final cost lets the caller check both sides computed the same.

import Foundation
import NeuralNet

/// The cat data set's shapes (64 × 64 × 3 pixels, 209 pictures) with pixels in [0, 1) and 0/1 labels.
func catLikeData() -> (X: Tensor, Y: Tensor) {
    seed(1)
    let X = rand(12288, 209)
    let Y = rand(1, 209) .> 0.5
    return (X, Y)
}

/// 10 000 random 784-pixel "images" in [0, 1) and one-hot labels of 10 classes, shape (10, 10000).
func classesData() -> (X: Tensor, Y: Tensor) {
    seed(1)
    let m = 10_000
    let X = rand(784, m)
    let labels = rand(m).scalars.map { Int(($0 * 10).rounded(.down)) }
    var oneHot = [Double](repeating: 0, count: 10 * m)
    for (i, c) in labels.enumerated() { oneHot[c * m + i] = 1 }
    return (X, Tensor(shape: [10, m], scalars: oneHot))
}

/// CPU seconds used by this process so far (all threads).
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// CPU seconds of the last `timed` call (on a busy machine, wall time also counts waiting for a core).
nonisolated(unsafe) var lastCPUSeconds = 0.0

/// Wall seconds taken by `body`, on the monotonic clock; its CPU seconds go to `lastCPUSeconds`.
func timed(_ body: () -> Void) -> Double {
    let cpu = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    lastCPUSeconds = cpuSeconds() - cpu
    return wall
}

/// C1 W2A2: logistic regression by gradient descent, learning rate 0.005.
func logisticRegression(_ iterations: Int) -> (seconds: Double, cost: Double) {
    let (X, Y) = catLikeData()
    let (w0, b0) = CourseReference.initializeWithZeros(X.shape[0])
    var params = (w: w0, b: b0)
    let seconds = timed {
        params = CourseReference.optimize(w0, b0, X, Y, numIterations: iterations, learningRate: 0.005).params
    }
    return (seconds, CourseReference.propagate(params.w, params.b, X, Y).cost)
}

/// C1 W3A1: the 2-4-1 tanh network on the flower data set, learning rate 1.2.
func planar(_ iterations: Int) -> (seconds: Double, cost: Double) {
    let (X, Y) = loadPlanarDataset()
    var parameters: Parameters = [:]
    let seconds = timed { parameters = CourseReference.nnModel(X, Y, nH: 4, numIterations: iterations) }
    return (seconds, computeCost(CourseReference.forwardPropagation(X, parameters).A2, Y))
}

/// C1 W4A2: `twoLayerModel` ([12288, 7, 1]) or `LLayerModel` (longer `dims`) on cat-shaped data.
func deep(_ dims: [Int], _ iterations: Int) -> (seconds: Double, cost: Double) {
    let (X, Y) = catLikeData()
    var parameters: Parameters = [:]
    let seconds = timed {
        if dims.count == 3 {
            parameters = CourseReference.twoLayerModel(X, Y, layersDims: (dims[0], dims[1], dims[2]), learningRate: 0.0075,
                                       numIterations: iterations).parameters
        } else {
            parameters = CourseReference.LLayerModel(X, Y, layersDims: dims, learningRate: 0.0075, numIterations: iterations).parameters
        }
    }
    return (seconds, computeCost(LModelForward(X, parameters).AL, Y))
}

/// Softmax over the classes of every column (axis 0), shifted by the column maximum.
func softmaxColumns(_ Z: Tensor) -> Tensor {
    let e = exp(Z - max(Z, axis: 0, keepdims: true))
    return e / sum(e, axis: 0, keepdims: true)
}

/// Forward pass of [LINEAR → RELU] × (L − 1) → LINEAR → SOFTMAX: the output and every layer's cache.
func softmaxForward(_ X: Tensor, _ parameters: Parameters, _ L: Int) -> (AL: Tensor, caches: [LayerCache]) {
    var caches: [LayerCache] = []
    var A = X
    for l in 1..<L {
        let (next, cache) = linearActivationForward(A, parameters["W\(l)"]!, parameters["b\(l)"]!, activation: .relu)
        caches.append(cache)
        A = next
    }
    let (Z, linearCache) = linearForward(A, parameters["W\(L)"]!, parameters["b\(L)"]!)
    caches.append((linearCache, ActivationCache(Z: Z)))
    return (softmaxColumns(Z), caches)
}

/// Cross-entropy of a softmax output against one-hot labels, averaged over the examples.
func softmaxCost(_ AL: Tensor, _ Y: Tensor) -> Double { -sum(Y * log(AL)) / Double(Y.shape[1]) }

/// A multi-class network (He initialisation, softmax output, learning rate 0.1) on 10 000 examples.
func softmaxNetwork(_ dims: [Int], _ iterations: Int) -> (seconds: Double, cost: Double) {
    let (X, Y) = classesData()
    let L = dims.count - 1
    var parameters: Parameters = [:]
    let seconds = timed {
        parameters = initializeParametersDeep(dims, initialization: .he, seed: 1)
        for _ in 0..<iterations {
            let (AL, caches) = softmaxForward(X, parameters, L)
            _ = softmaxCost(AL, Y)
            var grads: Gradients = [:]
            var (dA, dW, db) = linearBackward(AL - Y, caches[L - 1].linear)
            grads["dW\(L)"] = dW; grads["db\(L)"] = db
            for l in stride(from: L - 1, through: 1, by: -1) {
                (dA, dW, db) = linearActivationBackward(dA, caches[l - 1], activation: .relu)
                grads["dW\(l)"] = dW; grads["db\(l)"] = db
            }
            parameters = updateParameters(parameters, grads, learningRate: 0.1)
        }
    }
    return (seconds, softmaxCost(softmaxForward(X, parameters, L).AL, Y))
}

/// `iterations` products of two 1024 × 1024 matrices; the "cost" is the mean of the last product.
func matrixProduct(_ iterations: Int) -> (seconds: Double, cost: Double) {
    seed(1)
    let A = rand(1024, 1024), B = rand(1024, 1024)
    var C = dot(A, B)   // warm-up: thread start, page faults
    let seconds = timed { for _ in 0..<iterations { C = dot(A, B) } }
    return (seconds, C.mean())
}

let workloads: [String: (Int) -> (seconds: Double, cost: Double)] = [
    "logreg": logisticRegression,
    "planar": planar,
    "deep2": { deep([12288, 7, 1], $0) },
    "deep4": { deep([12288, 20, 7, 5, 1], $0) },
    "mnist": { softmaxNetwork([784, 256, 128, 10], $0) },
    "matmul": matrixProduct,
]

@MainActor func usage() -> Never {
    FileHandle.standardError.write(Data("usage: course-bench --workload {\(workloads.keys.sorted().joined(separator: ","))} --iterations N\n".utf8))
    exit(2)
}

var arguments = CommandLine.arguments.dropFirst()
var name: String?, iterations: Int?
while let flag = arguments.popFirst() {
    switch flag {
    case "--workload": name = arguments.popFirst()
    case "--iterations": iterations = arguments.popFirst().flatMap { Int($0) }
    default: usage()
    }
}
guard let name, let run = workloads[name], let iterations, iterations > 0 else { usage() }
let (seconds, cost) = run(iterations)
var fields = "\"workload\": \"\(name)\", \"seconds\": \(seconds), \"cpu_seconds\": \(lastCPUSeconds), \"cost\": \(cost), \"iterations\": \(iterations)"
if name == "matmul" { fields += ", \"gflops\": \(2 * pow(1024.0, 3) * Double(iterations) / seconds / 1e9)" }
print("{\(fields)}")
