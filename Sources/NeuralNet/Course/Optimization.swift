// C2 W2A1 "Optimization Methods": (mini-batch) gradient descent, momentum, Adam, and
// learning-rate decay.

import Foundation

/// One step of (batch or mini-batch) gradient descent: `W[l] = W[l] − α·dW[l]`, `b[l] = b[l] − α·db[l]`.
///
/// - Returns: the updated parameters (the input dictionary is not changed).
public func updateParametersWithGd(_ parameters: Parameters, _ grads: Gradients, learningRate: Double) -> Parameters {
    updateParameters(parameters, grads, learningRate: learningRate)
}

/// Shuffles the examples and cuts them into mini-batches.
///
/// Seeds the generator with `seed`, draws a random permutation of the `m` columns and applies it to
/// `X` and `Y` together (so each example keeps its label), then cuts full batches of
/// `miniBatchSize` columns; if `m` is not a multiple of `miniBatchSize`, the last batch is smaller
/// (`m mod miniBatchSize` columns).
///
/// - Parameters:
///   - X: data, shape `(n_x, m)`.
///   - Y: labels, shape `(1, m)`.
///   - miniBatchSize: columns per mini-batch (a power of 2 such as 64 is usual).
///   - seed: seed for the shuffle; the notebook changes it every epoch so each epoch shuffles differently.
/// - Returns: the list of `(X, Y)` mini-batches.
public func randomMiniBatches(_ X: Tensor, _ Y: Tensor, miniBatchSize: Int = 64,
                              seed: Int = 0) -> [(X: Tensor, Y: Tensor)] {
    precondition(miniBatchSize > 0, "miniBatchSize must be positive")
    reseed(seed)
    let m = exampleCount(X)
    var miniBatches: [(X: Tensor, Y: Tensor)] = []
    // Step 1: shuffle (X, Y) with the same permutation.
    let order = permutation(m)
    let shuffledX = takeColumns(X, order)
    let shuffledY = takeColumns(Y.reshape([Y.scalars.count / m, m]), order)
    // Step 2: partition; the last mini-batch may be smaller.
    var start = 0
    while start < m {
        let end = Swift.min(start + miniBatchSize, m)
        let columns = Array(start..<end)
        miniBatches.append((takeColumns(shuffledX, columns), takeColumns(shuffledY, columns)))
        start = end
    }
    return miniBatches
}

/// The starting velocity for momentum: for every `W[l]`, `b[l]` a tensor of zeros of the same shape,
/// keyed `"dW{l}"`, `"db{l}"`.
public func initializeVelocity(_ parameters: Parameters) -> [String: Tensor] {
    var v: [String: Tensor] = [:]
    for (key, value) in parameters { v["d" + key] = zerosLike(value) }
    return v
}

/// One step of gradient descent with momentum.
///
/// For every parameter: `v = β·v + (1 − β)·dθ` (an exponentially weighted average of the gradients),
/// then `θ = θ − α·v`.
///
/// - Parameters:
///   - parameters: `W1`, `b1`, ….
///   - grads: `dW1`, `db1`, ….
///   - v: the current velocity (start with `initializeVelocity`).
///   - beta: the momentum β (0.9 is a good default).
///   - learningRate: α.
/// - Returns: the updated parameters and velocity.
public func updateParametersWithMomentum(_ parameters: Parameters, _ grads: Gradients, _ v: [String: Tensor],
                                         beta: Double, learningRate: Double)
    -> (parameters: Parameters, v: [String: Tensor])
{
    var parameters = parameters, v = v
    for key in parameters.keys {
        let g = lookup(grads, "d" + key, in: "grads")
        let velocity = beta * lookup(v, "d" + key, in: "v") + (1 - beta) * g
        v["d" + key] = velocity
        parameters[key] = parameters[key]! - learningRate * velocity
    }
    return (parameters, v)
}

/// The starting state for Adam: `v` (average of the gradients) and `s` (average of the squared
/// gradients), both zeros shaped like the parameters and keyed `"dW{l}"`, `"db{l}"`.
public func initializeAdam(_ parameters: Parameters) -> (v: [String: Tensor], s: [String: Tensor]) {
    (initializeVelocity(parameters), initializeVelocity(parameters))
}

/// One step of Adam.
///
/// For every parameter θ with gradient g:
///
///     v = β1·v + (1 − β1)·g           vCorrected = v / (1 − β1^t)
///     s = β2·s + (1 − β2)·g²          sCorrected = s / (1 − β2^t)
///     θ = θ − α · vCorrected / (sqrt(sCorrected) + ε)
///
/// - Parameters:
///   - parameters: `W1`, `b1`, ….
///   - grads: `dW1`, `db1`, ….
///   - v, s: the current moving averages (start with `initializeAdam`).
///   - t: how many Adam steps have been taken, counting this one (starts at 1); used for bias correction.
///   - learningRate: α; beta1, beta2: the averaging rates; epsilon: avoids dividing by zero.
/// - Returns: the updated parameters, `v`, `s`, and the bias-corrected `vCorrected`, `sCorrected`.
public func updateParametersWithAdam(_ parameters: Parameters, _ grads: Gradients,
                                     _ v: [String: Tensor], _ s: [String: Tensor], t: Int,
                                     learningRate: Double = 0.01, beta1: Double = 0.9, beta2: Double = 0.999,
                                     epsilon: Double = 1e-8)
    -> (parameters: Parameters, v: [String: Tensor], s: [String: Tensor],
        vCorrected: [String: Tensor], sCorrected: [String: Tensor])
{
    var parameters = parameters, v = v, s = s
    var vCorrected: [String: Tensor] = [:], sCorrected: [String: Tensor] = [:]
    for key in parameters.keys {
        let name = "d" + key
        let g = lookup(grads, name, in: "grads")
        v[name] = beta1 * lookup(v, name, in: "v") + (1 - beta1) * g
        vCorrected[name] = v[name]! / (1 - Foundation.pow(beta1, Double(t)))
        s[name] = beta2 * lookup(s, name, in: "s") + (1 - beta2) * (g * g)
        sCorrected[name] = s[name]! / (1 - Foundation.pow(beta2, Double(t)))
        parameters[key] = parameters[key]! - learningRate * vCorrected[name]! / (sqrt(sCorrected[name]!) + epsilon)
    }
    return (parameters, v, s, vCorrected, sCorrected)
}

/// Learning-rate decay after every epoch: `α = α0 / (1 + decayRate · epochNum)`.
///
///     updateLr(0.5, 2, 1)   // 0.16666666666666666
public func updateLr(_ learningRate0: Double, _ epochNum: Int, _ decayRate: Double) -> Double {
    learningRate0 / (1 + decayRate * Double(epochNum))
}

/// Learning-rate decay in steps: `α = α0 / (1 + decayRate · ⌊epochNum / timeInterval⌋)`, so the rate only
/// changes every `timeInterval` epochs.
///
///     scheduleLrDecay(0.5, 100, 0.3, timeInterval: 100)   // 0.3846153846153846
public func scheduleLrDecay(_ learningRate0: Double, _ epochNum: Int, _ decayRate: Double,
                            timeInterval: Int = 1000) -> Double {
    learningRate0 / (1 + decayRate * Double(epochNum / timeInterval))
}
