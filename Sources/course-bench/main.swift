// The Swift side of scripts/bench_course.py: one course workload, trained with NeuralNet's building
// blocks on the same seeded data as the numpy reference (scripts/bench_reference/course_workloads.py).
//
//     course-bench --workload planar --iterations 10000
//
//     course-bench --workload mnist --iterations 100 --dtype float32
//
// Prints one JSON line: {"workload", "dtype", "seconds", "cpu_seconds", "cost", "iterations"} (plus
// "gflops" for matmul). `--dtype float32` trains on `NDArray<Float>` (the same seeded data, rounded to
// float32), as the numpy reference does with `--dtype float32`.
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

/// A multi-class network (He initialisation, softmax output, learning rate 0.1) on 10 000 examples,
/// trained in `S`: forward, softmax cross-entropy (computed every iteration, as the numpy side does),
/// backward without the data's gradient, update.
func softmaxNetwork<S: TensorScalar>(_ dims: [Int], _ iterations: Int, as _: S.Type) -> (seconds: Double, cost: Double) {
    let (X64, Y64) = classesData()
    let X = X64.astype(S.self), Y = Y64.astype(S.self)
    var trainer: DenseNetworkTrainer<S>?
    let seconds = timed {
        let parameters = initializeParametersDeep(dims, initialization: .he, seed: 1)
        let L = dims.count - 1
        var network = DenseNetworkTrainer<S>(weights: (1...L).map { parameters["W\($0)"]!.astype(S.self) },
                                             biases: (1...L).map { parameters["b\($0)"]!.astype(S.self) },
                                             output: .softmax)
        for _ in 0..<iterations { _ = network.step(X, Y, learningRate: S(0.1)) }
        trainer = network
    }
    return (seconds, Double(trainer!.cost(X, Y)))
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
    "mnist": { softmaxNetwork([784, 256, 128, 10], $0, as: Double.self) },
    "matmul": matrixProduct,
]

@MainActor func usage() -> Never {
    FileHandle.standardError.write(Data(("usage: course-bench --workload {\(workloads.keys.sorted().joined(separator: ","))} "
        + "--iterations N [--dtype float64|float32]\n").utf8))
    exit(2)
}

var arguments = CommandLine.arguments.dropFirst()
var name: String?, iterations: Int?, dtype = "float64"
while let flag = arguments.popFirst() {
    switch flag {
    case "--workload": name = arguments.popFirst()
    case "--iterations": iterations = arguments.popFirst().flatMap { Int($0) }
    case "--dtype": dtype = arguments.popFirst() ?? ""
    default: usage()
    }
}
let table = dtype == "float64" ? workloads : dtype == "float32" ? float32Workloads : [:]
guard let name, let run = table[name], let iterations, iterations > 0 else { usage() }
let (seconds, cost) = run(iterations)
var fields = "\"workload\": \"\(name)\", \"dtype\": \"\(dtype)\", \"seconds\": \(seconds), \"cpu_seconds\": \(lastCPUSeconds), "
    + "\"cost\": \(cost), \"iterations\": \(iterations)"
if name == "matmul" { fields += ", \"gflops\": \(2 * pow(1024.0, 3) * Double(iterations) / seconds / 1e9)" }
print("{\(fields)}")
