// C2 W1A2 "Regularization": the L2-regularised cost and backward pass, and (inverted) dropout.
//
// These work for an L-layer network [LINEAR → RELU] × (L − 1) → LINEAR → SIGMOID (the notebook's
// network has L = 3). The cache is a dictionary holding, for every layer l, `"Z{l}"`, `"A{l}"`,
// `"W{l}"`, `"b{l}"` and, with dropout, the masks `"D{l}"` of the hidden layers — the course's tuple
// `(Z1, D1, A1, W1, b1, Z2, …)` with names instead of positions.

/// The cross-entropy cost plus the L2 penalty on the weights:
/// `J = cross-entropy + (λ / 2m) · Σ_l Σ W[l]²`.
///
/// - Parameters:
///   - AL: the network's output probabilities, shape `(1, m)` (`A3` in the notebook).
///   - Y: the true labels, shape `(1, m)`.
///   - parameters: the weights `W1 … WL` (and biases, which are not penalised).
///   - lambd: the regularisation strength λ (`lambda` is a Python keyword, hence the course's spelling).
public func computeCostWithRegularization(_ AL: Tensor, _ Y: Tensor, _ parameters: Parameters, _ lambd: Double) -> Double {
    let m = Double(exampleCount(Y))
    let crossEntropyCost = computeCost(AL, Y)
    var squares = 0.0
    for l in 1...max(layerCount(parameters), 1) {
        let W = lookup(parameters, "W\(l)")
        squares += totalSum(W * W)
    }
    let L2RegularizationCost = lambd / (2 * m) * squares
    return crossEntropyCost + L2RegularizationCost
}

/// Shared backward pass: plain (`lambd = 0`, `keepProb = 1`), L2-regularised, or with dropout masks.
func regularizedBackward(_ X: Tensor, _ Y: Tensor, _ cache: [String: Tensor],
                         lambd: Double, keepProb: Double?) -> Gradients {
    let m = Double(exampleCount(X))
    var L = 0
    while cache["W\(L + 1)"] != nil { L += 1 }
    precondition(L >= 1, "cache needs Z1, A1, W1, b1, …")
    var grads: Gradients = [:]
    var dZ = lookup(cache, "A\(L)", in: "cache") - Y
    for l in stride(from: L, through: 1, by: -1) {
        let W = lookup(cache, "W\(l)", in: "cache")
        let APrev = l == 1 ? X : lookup(cache, "A\(l - 1)", in: "cache")
        grads["dZ\(l)"] = dZ
        grads["dW\(l)"] = dot(dZ, APrev.T) / m + (lambd / m) * W
        grads["db\(l)"] = sum(dZ, axis: 1, keepdims: true) / m
        if l > 1 {
            var dAPrev = dot(W.T, dZ)
            if let keepProb {
                dAPrev = dAPrev * lookup(cache, "D\(l - 1)", in: "cache")  // shut down the same neurons
                dAPrev = dAPrev / keepProb                                  // and scale the survivors
            }
            grads["dA\(l - 1)"] = dAPrev
            dZ = dAPrev * (APrev .> 0)
        }
    }
    return grads
}

/// The backward pass with L2 regularisation: the usual gradients, plus `(λ/m) · W[l]` added to
/// every `dW[l]` (the derivative of the penalty `(λ/2m) · Σ W²`).
///
/// - Parameters:
///   - X: input data, shape `(n_x, m)`.
///   - Y: true labels, shape `(1, m)`.
///   - cache: `Z{l}`, `A{l}`, `W{l}`, `b{l}` for every layer, from the forward pass.
///   - lambd: the regularisation strength λ.
/// - Returns: `dZ{l}`, `dW{l}`, `db{l}` for every layer and `dA{l}` for the hidden layers.
public func backwardPropagationWithRegularization(_ X: Tensor, _ Y: Tensor, _ cache: [String: Tensor],
                                                  _ lambd: Double) -> Gradients {
    regularizedBackward(X, Y, cache, lambd: lambd, keepProb: nil)
}

/// The forward pass with (inverted) dropout on every hidden layer.
///
/// Seeds the generator with 1 (like the notebook), then for each hidden layer l:
/// `A = relu(W·A_prev + b)`, `D = (rand(A's shape) < keepProb)` (1 keeps a neuron, 0 shuts it down),
/// `A = A * D`, `A = A / keepProb` (so the expected value of `A` is unchanged). The output layer is
/// LINEAR → SIGMOID without dropout.
///
/// - Parameters:
///   - X: input data, shape `(n_x, m)`.
///   - parameters: `W1`, `b1`, …, `WL`, `bL`.
///   - keepProb: the probability of keeping each hidden neuron.
/// - Returns: the output `AL` (`A3` in the notebook) and the cache (`Z`, `D`, `A`, `W`, `b` of each layer).
public func forwardPropagationWithDropout(_ X: Tensor, _ parameters: Parameters,
                                          keepProb: Double = 0.5) -> (AL: Tensor, cache: [String: Tensor]) {
    reseed(1)
    let L = layerCount(parameters)
    var cache: [String: Tensor] = [:]
    var A = X
    for l in 1...L {
        let W = lookup(parameters, "W\(l)"), b = lookup(parameters, "b\(l)")
        let Z = dot(W, A) + b
        cache["Z\(l)"] = Z
        cache["W\(l)"] = W
        cache["b\(l)"] = b
        if l < L {
            A = relu(Z)
            let D = standardUniform(A.shape[0], A.shape[1]) .< keepProb
            A = A * D
            A = A / keepProb
            cache["D\(l)"] = D
        } else {
            A = sigmoid(Z)
        }
        cache["A\(l)"] = A
    }
    return (A, cache)
}

/// The backward pass with dropout: the gradient flowing into each hidden layer's `A` is multiplied by
/// the same mask `D` as in the forward pass and divided by `keepProb`.
///
/// - Parameters:
///   - X: input data, shape `(n_x, m)`.
///   - Y: true labels, shape `(1, m)`.
///   - cache: from `forwardPropagationWithDropout` (needs the masks `D{l}`).
///   - keepProb: the same keep probability as in the forward pass.
/// - Returns: `dZ{l}`, `dW{l}`, `db{l}` for every layer and `dA{l}` for the hidden layers.
public func backwardPropagationWithDropout(_ X: Tensor, _ Y: Tensor, _ cache: [String: Tensor],
                                           _ keepProb: Double) -> Gradients {
    regularizedBackward(X, Y, cache, lambd: 0, keepProb: keepProb)
}
