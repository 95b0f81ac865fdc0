// Checks for notebook 4, "Building a deep network step by step" (the course's C1 W4A1): the cost,
// the backward pass and the parameter update. The course's public tests (course-spec §5.2 and
// Appendix A), with the seeded inputs drawn from the numpy-compatible generator.

import NeuralNet

/// Checks a learner's `computeCost` of notebook 4 on the course's case `Y = [[1, 1, 0]]`,
/// `AL = [[0.8, 0.9, 0.4]]` (cost 0.2797765635793423). Notebook 3's `computeCost` is checked by
/// `checkComputeCost`.
public func checkComputeCostDeep(_ computeCost: @escaping (Tensor, Tensor) -> Double) {
    computeCostDeepCheck(computeCost).finish()
}

/// The cases of `checkComputeCostDeep`, run but not yet reported.
func computeCostDeepCheck(_ computeCost: (Tensor, Tensor) -> Double) -> ExerciseCheck {
    var check = ExerciseCheck("computeCost")
    let Y: Tensor = [[1, 1, 0]]
    let AL: Tensor = [[0.8, 0.9, 0.4]]
    check.expectNumber(computeCost(AL, Y), 0.2797765635793423, "cost for AL = [[0.8, 0.9, 0.4]], Y = [[1, 1, 0]]",
                       hint: "J = −(1/m) Σ (Y·log(AL) + (1 − Y)·log(1 − AL)) with m = Y.shape[1]")
    return check
}

/// Checks a learner's `linearBackward` on the course's case drawn after `seed(1)`: `dZ` (3, 4) and
/// a cache with `A` (5, 4), `W` (3, 5), `b` (3, 1).
public func checkLinearBackward(_ linearBackward: @escaping (Tensor, LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)) {
    linearBackwardCheck(linearBackward).finish()
}

/// The cases of `checkLinearBackward`, run but not yet reported.
func linearBackwardCheck(_ linearBackward: (Tensor, LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)) -> ExerciseCheck {
    var check = ExerciseCheck("linearBackward")
    seed(1)
    let dZ = randn(3, 4)
    let cache = LinearCache(A: randn(5, 4), W: randn(3, 5), b: randn(3, 1))
    let (dAPrev, dW, db) = linearBackward(dZ, cache)
    check.expectTensor(dAPrev, [[-1.15171336, 0.06718465, -0.3204696, 2.09812712],
                                [0.60345879, -3.72508701, 5.81700741, -3.84326836],
                                [-0.4319552, -1.30987417, 1.72354705, 0.05070578],
                                [-0.38981415, 0.60811244, -1.25938424, 1.47191593],
                                [-2.52214926, 2.67882552, -0.67947465, 1.48119548]],
                       "dAPrev", hint: "dAPrev = dot(W.T, dZ)")
    check.expectTensor(dW, [[0.07313866, -0.0976715, -0.87585828, 0.73763362, 0.00785716],
                            [0.85508818, 0.37530413, -0.59912655, 0.71278189, -0.58931808],
                            [0.97913304, -0.24376494, -0.08839671, 0.55151192, -0.10290907]],
                       "dW", hint: "dW = (1/m)·dot(dZ, A.T) with m = A.shape[1]")
    check.expectTensor(db, [[-0.14713786], [-0.11313155], [-0.13209101]], "db",
                       hint: "db = (1/m)·sum(dZ, axis: 1, keepdims: true)")
    return check
}

/// Checks a learner's `linearActivationBackward` with both activations on the course's case drawn
/// after `seed(2)`: `dA` (1, 2) and a layer cache with `A` (3, 2), `W` (1, 3), `b` (1, 1), `Z` (1, 2).
public func checkLinearActivationBackward(
    _ linearActivationBackward: @escaping (Tensor, LayerCache, Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)
) {
    linearActivationBackwardCheck(linearActivationBackward).finish()
}

/// The cases of `checkLinearActivationBackward`, run but not yet reported.
func linearActivationBackwardCheck(
    _ linearActivationBackward: (Tensor, LayerCache, Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)
) -> ExerciseCheck {
    var check = ExerciseCheck("linearActivationBackward")
    seed(2)
    let dA = randn(1, 2)
    let linear = LinearCache(A: randn(3, 2), W: randn(1, 3), b: randn(1, 1))
    let cache: LayerCache = (linear, ActivationCache(Z: randn(1, 2)))
    let cases: [(Activation, dAPrev: Tensor, dW: Tensor, db: Tensor)] = [
        (.sigmoid, [[0.11017994, 0.01105339], [0.09466817, 0.00949723], [-0.05743092, -0.00576154]],
         [[0.10266786, 0.09778551, -0.01968084]], [[-0.05729622]]),
        (.relu, [[0.44090989, 0.0], [0.37883606, 0.0], [-0.2298228, 0.0]],
         [[0.44513824, 0.37371418, -0.10478989]], [[-0.20837892]]),
    ]
    for (activation, dAPrev, dW, db) in cases {
        let result = linearActivationBackward(dA, cache, activation)
        let hint = "dZ = \(activation)Backward(dA, activationCache), then linearBackward(dZ, linearCache)"
        check.expectTensor(result.dAPrev, dAPrev, "dAPrev with \(activation)", hint: hint)
        check.expectTensor(result.dW, dW, "dW with \(activation)", hint: hint)
        check.expectTensor(result.db, db, "db with \(activation)", hint: hint)
    }
    return check
}

/// Checks a learner's `LModelBackward` on the course's 2-layer case drawn after `seed(3)`
/// (`AL` (1, 2), `Y = [[1, 0]]`, a hidden layer of 3 units on 4 inputs): compares `dA0`, `dA1`,
/// `dW1`, `db1`, `dW2` and `db2`.
public func checkLModelBackward(_ LModelBackward: @escaping (Tensor, Tensor, [LayerCache]) -> Gradients) {
    lModelBackwardCheck(LModelBackward).finish()
}

/// The cases of `checkLModelBackward`, run but not yet reported.
func lModelBackwardCheck(_ LModelBackward: (Tensor, Tensor, [LayerCache]) -> Gradients) -> ExerciseCheck {
    var check = ExerciseCheck("LModelBackward")
    seed(3)
    let AL = randn(1, 2)
    let Y: Tensor = [[1, 0]]
    let first = LinearCache(A: randn(4, 2), W: randn(3, 4), b: randn(3, 1))
    let firstCache: LayerCache = (first, ActivationCache(Z: randn(3, 2)))
    let second = LinearCache(A: randn(3, 2), W: randn(1, 3), b: randn(1, 1))
    let secondCache: LayerCache = (second, ActivationCache(Z: randn(1, 2)))
    let grads = LModelBackward(AL, Y, [firstCache, secondCache])
    let lastHint = "dAL = −(Y/AL − (1 − Y)/(1 − AL)), then linearActivationBackward(dAL, caches[L−1], \"sigmoid\")"
    let reluHint = "for l = L−2 down to 0: linearActivationBackward(grads[\"dA\\(l + 1)\"], caches[l], \"relu\")"
    check.expectEntry(grads, "dA1", [[0.12913162, -0.44014127], [-0.14175655, 0.48317296], [0.01663708, -0.05670698]],
                      in: "grads", hint: lastHint)
    check.expectEntry(grads, "dW2", [[-0.39202432, -0.13325855, -0.04601089]], in: "grads", hint: lastHint)
    check.expectEntry(grads, "db2", [[0.15187861]], in: "grads", hint: lastHint)
    check.expectEntry(grads, "dA0", [[0.0, 0.52257901], [0.0, -0.3269206], [0.0, -0.32070404], [0.0, -0.74079187]],
                      in: "grads", hint: reluHint)
    check.expectEntry(grads, "dW1", [[0.41010002, 0.07807203, 0.13798444, 0.10502167], [0.0, 0.0, 0.0, 0.0],
                                     [0.05283652, 0.01005865, 0.01777766, 0.0135308]], in: "grads", hint: reluHint)
    check.expectEntry(grads, "db1", [[-0.22007063], [0.0], [-0.02835349]], in: "grads", hint: reluHint)
    return check
}

/// Checks a learner's `updateParameters` of notebook 4 with the learning rate 0.1 on the course's
/// case (parameters drawn after `seed(2)`, gradients after `seed(3)`). Notebook 3's version
/// (learning rate 1.2) is checked by `checkUpdateParameters`.
public func checkUpdateParametersDeep(_ updateParameters: @escaping (Parameters, Gradients, Double) -> Parameters) {
    updateParametersDeepCheck(updateParameters).finish()
}

/// The cases of `checkUpdateParametersDeep`, run but not yet reported.
func updateParametersDeepCheck(_ updateParameters: (Parameters, Gradients, Double) -> Parameters) -> ExerciseCheck {
    var check = ExerciseCheck("updateParameters")
    seed(2)
    var parameters: Parameters = [:]
    parameters["W1"] = randn(3, 4)
    parameters["b1"] = randn(3, 1)
    parameters["W2"] = randn(1, 3)
    parameters["b2"] = randn(1, 1)
    seed(3)
    var grads: Gradients = [:]
    grads["dW1"] = randn(3, 4)
    grads["db1"] = randn(3, 1)
    grads["dW2"] = randn(1, 3)
    grads["db2"] = randn(1, 1)
    let updated = updateParameters(parameters, grads, 0.1)
    let hint = "for every layer l: W{l} = W{l} − learningRate · dW{l} and b{l} = b{l} − learningRate · db{l}"
    let what = "updateParameters(…, learningRate: 0.1)"
    check.expectEntry(updated, "W1", [[-0.59562069, -0.09991781, -2.14584584, 1.82662008],
                                      [-1.76569676, -0.80627147, 0.51115557, -1.18258802],
                                      [-1.0535704, -0.86128581, 0.68284052, 2.20374577]], in: what, hint: hint)
    check.expectEntry(updated, "b1", [[-0.04659241], [-1.28888275], [0.53405496]], in: what, hint: hint)
    check.expectEntry(updated, "W2", [[-0.55569196, 0.0354055, 1.32964895]], in: what, hint: hint)
    check.expectEntry(updated, "b2", [[-0.84610769]], in: what, hint: hint)
    check.expectEqual(updated.count, 4, "the number of entries of the result",
                      hint: "return the parameters only (W1, b1, W2, b2), not the gradients")
    return check
}
