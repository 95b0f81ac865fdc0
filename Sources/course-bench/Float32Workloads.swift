// The workloads in float32 (`--dtype float32`): the same seeded data and initial parameters as the
// float64 ones, rounded to `Float`, then trained entirely on `NDArray<Float>` (sgemm and float loops),
// as the numpy reference does with `--dtype float32`.

import NeuralNet

/// numpy's `1 / (1 + np.exp(-z))` on float32.
func sigmoid32(_ z: NDArray<Float>) -> NDArray<Float> { 1 / (1 + exp(-z)) }

/// The binary cross-entropy of the course, `−Σ [Y log A + (1 − Y) log(1 − A)] / m`, on float32.
func crossEntropy32(_ A: NDArray<Float>, _ Y: NDArray<Float>) -> Float {
    -sum(Y * log(A) + (1 - Y) * log(1 - A)) / Float(Y.shape[1])
}

/// C1 W2A2 in float32: logistic regression by gradient descent, learning rate 0.005.
func logisticRegression32(_ iterations: Int) -> (seconds: Double, cost: Double) {
    let (X64, Y64) = catLikeData()
    let X = X64.astype(Float.self), Y = Y64.astype(Float.self)
    let m = Float(X.shape[1])
    var w = zeros(X.shape[0], 1).astype(Float.self), b: Float = 0
    let seconds = timed {
        for _ in 0..<iterations {
            let A = sigmoid32(dot(w.T, X) + b)
            _ = crossEntropy32(A, Y)
            let dZ = A - Y
            let dw = dot(X, dZ.T) / m
            let db = sum(dZ) / m
            w = w - 0.005 * dw
            b = b - 0.005 * db
        }
    }
    return (seconds, Double(crossEntropy32(sigmoid32(dot(w.T, X) + b), Y)))
}

/// C1 W3A1 in float32: the 2-4-1 tanh network on the flower data set, learning rate 1.2, trained
/// with `DenseNetworkTrainer` (tanh hidden layer, `dZ2 = A2 − Y`): numpy's float32 loop of
/// `forward_propagation`, `compute_cost`, `backward_propagation` and `update_parameters`, with its
/// operations in their order, in fewer passes and with vectorised tanh, sigmoid and log.
func planar32(_ iterations: Int) -> (seconds: Double, cost: Double) {
    let (X64, Y64) = loadPlanarDataset()
    let X = X64.astype(Float.self), Y = Y64.astype(Float.self)
    var trainer: DenseNetworkTrainer<Float>?
    let seconds = timed {
        let initial = initializeParameters(2, 4, 1, seed: 3)
        var network = DenseNetworkTrainer<Float>(weights: [initial["W1"]!.astype(Float.self), initial["W2"]!.astype(Float.self)],
                                                 biases: [initial["b1"]!.astype(Float.self), initial["b2"]!.astype(Float.self)],
                                                 hidden: .tanh, output: .sigmoidSimplified)
        for _ in 0..<iterations { _ = network.step(X, Y, learningRate: 1.2) }
        trainer = network
    }
    return (seconds, Double(trainer!.cost(X, Y)))
}

/// C1 W4A2 in float32: the two-layer ([12288, 7, 1], `randn · 0.01`) or L-layer (`randn / √n`)
/// network on cat-shaped data, learning rate 0.0075, without the data's gradient.
func deep32(_ dims: [Int], _ iterations: Int) -> (seconds: Double, cost: Double) {
    let (X64, Y64) = catLikeData()
    let X = X64.astype(Float.self), Y = Y64.astype(Float.self)
    let L = dims.count - 1
    var trainer: DenseNetworkTrainer<Float>?
    let seconds = timed {
        let parameters = L == 2 ? initializeParameters(dims[0], dims[1], dims[2], seed: 1)
                                : initializeParametersDeep(dims, initialization: .xavier, seed: 1)
        var network = DenseNetworkTrainer<Float>(weights: (1...L).map { parameters["W\($0)"]!.astype(Float.self) },
                                                 biases: (1...L).map { parameters["b\($0)"]!.astype(Float.self) },
                                                 output: .sigmoid)
        for _ in 0..<iterations { _ = network.step(X, Y, learningRate: 0.0075) }
        trainer = network
    }
    return (seconds, Double(trainer!.cost(X, Y)))
}

/// `iterations` float32 products of two 1024 × 1024 matrices; the "cost" is the mean of the last one.
func matrixProduct32(_ iterations: Int) -> (seconds: Double, cost: Double) {
    seed(1)
    let A = rand(1024, 1024).astype(Float.self), B = rand(1024, 1024).astype(Float.self)
    var C = dot(A, B)   // warm-up: thread start, page faults
    let seconds = timed { for _ in 0..<iterations { C = dot(A, B) } }
    return (seconds, Double(C.mean()))
}

/// The float32 versions of `workloads`, by the same names.
@MainActor let float32Workloads: [String: (Int) -> (seconds: Double, cost: Double)] = [
    "logreg": logisticRegression32,
    "planar": planar32,
    "deep2": { deep32([12288, 7, 1], $0) },
    "deep4": { deep32([12288, 20, 7, 5, 1], $0) },
    "mnist": { softmaxNetwork([784, 256, 128, 10], $0, as: Float.self) },
    "matmul": matrixProduct32,
]
