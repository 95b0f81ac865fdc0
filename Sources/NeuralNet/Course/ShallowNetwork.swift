// C1 W3A1 "Planar data classification with one hidden layer": a 2-layer network
// LINEAR → TANH → LINEAR → SIGMOID, trained with gradient descent.

import Foundation
import NotebookRuntime

extension CourseReference {
    /// The sizes of the three layers: `nX` input features (`X.shape[0]`), `nH = 4` hidden units
    /// (fixed, like the course), and `nY` outputs (`Y.shape[0]`).
    package static func layerSizes(_ X: Tensor, _ Y: Tensor) -> (nX: Int, nH: Int, nY: Int) {
        (X.shape[0], 4, Y.shape[0])
    }
}

/// Random small weights and zero biases for a 2-layer network.
///
/// `W1 = randn(nH, nX) · 0.01`, `b1 = zeros(nH, 1)`, `W2 = randn(nY, nH) · 0.01`, `b2 = zeros(nY, 1)`,
/// with `W1` drawn before `W2` like the course.
///
/// - Parameter seed: when given, the random generator is seeded first. The planar-data notebook (W3A1)
///   seeds *outside* (leave it `nil` and call `seed(2)` yourself); the deep-network notebook (W4A1)
///   seeds inside with 1: `initializeParameters(3, 2, 1, seed: 1)`.
/// - Returns: `["W1", "b1", "W2", "b2"]`.
public func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int, seed: Int? = nil) -> Parameters {
    LibraryCallLog.shared.record("initializeParameters")
    if let seed { reseed(seed) }
    let W1 = standardNormal(nH, nX) * 0.01
    let b1 = zeros(nH, 1)
    let W2 = standardNormal(nY, nH) * 0.01
    let b2 = zeros(nY, 1)
    return ["W1": W1, "b1": b1, "W2": W2, "b2": b2]
}

extension CourseReference {
    /// Forward pass of the 2-layer network: `Z1 = W1·X + b1`, `A1 = tanh(Z1)`, `Z2 = W2·A1 + b2`,
    /// `A2 = sigmoid(Z2)`.
    ///
    /// - Parameters:
    ///   - X: input data, shape `(nX, m)`.
    ///   - parameters: `W1`, `b1`, `W2`, `b2`.
    /// - Returns: the output `A2` (shape `(1, m)`) and a cache `["Z1", "A1", "Z2", "A2"]` for
    ///   `backwardPropagation`.
    package static func forwardPropagation(_ X: Tensor, _ parameters: Parameters) -> (A2: Tensor, cache: [String: Tensor]) {
        let pass = ShallowPass(X, lookup(parameters, "W1"), lookup(parameters, "b1"),
                               lookup(parameters, "W2"), lookup(parameters, "b2"))
        return (pass.A2, ["Z1": pass.Z1, "A1": pass.A1, "Z2": pass.Z2, "A2": pass.A2])
    }
}

/// One forward pass of the 2-layer network on plain tensors, the values `forwardPropagation` caches.
/// `nnModel` trains with it directly: no dictionary to build and search in each of its iterations.
struct ShallowPass {
    let Z1, A1, Z2, A2: Tensor

    init(_ X: Tensor, _ W1: Tensor, _ b1: Tensor, _ W2: Tensor, _ b2: Tensor) {
        Z1 = dot(W1, X) + b1
        A1 = tanh(Z1)
        Z2 = dot(W2, A1) + b2
        A2 = sigmoid(Z2)
    }

    /// `A1` and `A2` alone, each computed in the buffer of its linear output: training needs no `Z`.
    static func activations(_ X: Tensor, _ W1: Tensor, _ b1: Tensor, _ W2: Tensor, _ b2: Tensor) -> (A1: Tensor, A2: Tensor) {
        let A1 = tanh(dot(W1, X) + b1)
        return (A1, sigmoid(dot(W2, A1) + b2))
    }
}

typealias ShallowGradients = (dW1: Tensor, db1: Tensor, dW2: Tensor, db2: Tensor)

/// The six backprop equations of the 2-layer network, `backwardPropagation`'s arithmetic on plain tensors.
func shallowGradients(_ X: Tensor, _ Y: Tensor, _ W2: Tensor, A1: Tensor, A2: Tensor) -> ShallowGradients {
    let m = Double(exampleCount(X))
    let dZ2 = A2 - Y
    let dW2 = dotTransposing(dZ2, transposeA: false, A1, transposeB: true) / m   // dot(dZ2, A1.T)
    let db2 = sum(dZ2, axis: 1, keepdims: true) / m
    let dZ1 = timesTanhDerivative(dotTransposing(W2, transposeA: true, dZ2, transposeB: false), A1)   // dot(W2.T, dZ2) * (1 - A1²)
    let dW1 = dotTransposing(dZ1, transposeA: false, X, transposeB: true) / m
    let db1 = sum(dZ1, axis: 1, keepdims: true) / m
    return (dW1, db1, dW2, db2)
}

/// The cross-entropy cost `J = −(1/m) Σ [Y log(A) + (1 − Y) log(1 − A)]`, with `m = Y.shape[1]`.
///
/// Used by both the planar-data network (`A` is `A2`) and the deep network (`A` is `AL`).
///
/// - Parameters:
///   - A: the predicted probabilities, shape `(1, m)`.
///   - Y: the true labels (0 or 1), shape `(1, m)`.
public func computeCost(_ A: Tensor, _ Y: Tensor) -> Double {
    LibraryCallLog.shared.record("computeCost")
    let m = Double(exampleCount(Y))
    return -crossEntropySum(A, Y) / m   // Σ [Y log(A) + (1 − Y) log(1 − A)] in one pass
}

extension CourseReference {
    /// Backward pass of the 2-layer network (the six backprop equations):
    ///
    ///     dZ2 = A2 − Y
    ///     dW2 = (1/m) dZ2 · A1ᵀ          db2 = (1/m) Σ_rows dZ2
    ///     dZ1 = (W2ᵀ · dZ2) * (1 − A1²)  (the derivative of tanh)
    ///     dW1 = (1/m) dZ1 · Xᵀ           db1 = (1/m) Σ_rows dZ1
    ///
    /// - Parameters:
    ///   - parameters: `W1`, `b1`, `W2`, `b2`.
    ///   - cache: `A1` and `A2` from `forwardPropagation`.
    ///   - X: input data, shape `(nX, m)`.
    ///   - Y: true labels, shape `(1, m)`.
    /// - Returns: `["dW1", "db1", "dW2", "db2"]`.
    package static func backwardPropagation(_ parameters: Parameters, _ cache: [String: Tensor], _ X: Tensor, _ Y: Tensor) -> Gradients {
        let A1 = lookup(cache, "A1", in: "cache"), A2 = lookup(cache, "A2", in: "cache")
        let g = shallowGradients(X, Y, lookup(parameters, "W2"), A1: A1, A2: A2)
        return ["dW1": g.dW1, "db1": g.db1, "dW2": g.dW2, "db2": g.db2]
    }
}

/// One step of gradient descent on every parameter: `θ = θ − learningRate · dθ`
/// (for `W1` it uses `grads["dW1"]`, and so on).
///
/// Works for any number of layers. The input dictionary is not changed; a new one is returned.
///
/// - Parameter learningRate: the step size α; 1.2 by default, like the planar-data notebook.
public func updateParameters(_ parameters: Parameters, _ grads: Gradients, learningRate: Double = 1.2) -> Parameters {
    LibraryCallLog.shared.record("updateParameters")
    var updated = parameters
    for (key, value) in parameters {
        updated[key] = gradientStep(value, learningRate, lookup(grads, "d" + key, in: "grads"))   // value - learningRate * grad
    }
    return updated
}

extension CourseReference {
    /// Trains the 2-layer network: seeds the generator with 3, initialises with `initializeParameters`,
    /// then loops forward → cost → backward → update (learning rate 1.2).
    ///
    /// - Parameters:
    ///   - X: data, shape `(2, m)`.
    ///   - Y: labels, shape `(1, m)`.
    ///   - nH: the size of the hidden layer.
    ///   - numIterations: number of gradient-descent steps.
    ///   - printCost: prints `Cost after iteration i: …` every 1000 iterations, with a progress bar
    ///     and a live learning curve (a cost every 100 iterations).
    /// - Returns: the learned parameters.
    package static func nnModel(_ X: Tensor, _ Y: Tensor, nH: Int, numIterations: Int = 10000, printCost: Bool = false) -> Parameters {
        reseed(3)
        let (nX, _, nY) = layerSizes(X, Y)
        let initial = initializeParameters(nX, nH, nY)
        // The loop of forwardPropagation, computeCost, backwardPropagation and updateParameters, on the
        // four tensors themselves, each updated in place.
        var W1 = initial["W1"]!, b1 = initial["b1"]!, W2 = initial["W2"]!, b2 = initial["b2"]!
        let curve = TrainingDisplay.curve(learningRate: 1.2, quiet: !printCost)
        for i in progress(0..<numIterations, quiet: !printCost) {
            let (A1, A2) = ShallowPass.activations(X, W1, b1, W2, b2)
            let cost = computeCost(A2, Y)
            let grads = shallowGradients(X, Y, W2, A1: A1, A2: A2)
            gradientStep(&W1, 1.2, grads.dW1)
            gradientStep(&b1, 1.2, grads.db1)
            gradientStep(&W2, 1.2, grads.dW2)
            gradientStep(&b2, 1.2, grads.db2)
            if i % 100 == 0 { curve?.append(cost) }
            if printCost && i % 1000 == 0 {
                print(String(format: "Cost after iteration %d: %f", i, cost))
            }
        }
        curve?.finish()
        return ["W1": W1, "b1": b1, "W2": W2, "b2": b2]
    }
}

extension CourseReference {
    /// Predicts a class for every example with the trained 2-layer network: 1 where `A2 > 0.5`, else 0.
    ///
    /// - Returns: the predictions as 0/1 values, shape `(1, m)`.
    package static func predict(_ parameters: Parameters, _ X: Tensor) -> Tensor {
        let (A2, _) = forwardPropagation(X, parameters)
        return A2 .> 0.5
    }
}
