// Checks for notebook 4, "Building a deep network step by step" (the course's C1 W4A1): the
// initialisations and the forward pass. The cost, the backward pass and the update are in
// Assignment4Backward.swift. Inputs and expected values are the course's public tests
// (course-spec §5.2 and Appendix A), drawn from the numpy-compatible generator.

import NeuralNet

/// Checks a learner's `initializeParameters` of notebook 4, which seeds the generator with 1
/// **itself**, on the course's two cases (3, 2, 1) and (4, 3, 2). The generator is seeded with 0
/// before each call, so a version that forgets `seed(1)` fails. Notebook 3's version (seeded by
/// the caller) is checked by `checkInitializeParameters`.
public func checkInitializeParametersSeeded(_ initializeParameters: @escaping (Int, Int, Int) -> Parameters) {
    initializeParametersSeededCheck(initializeParameters).finish()
}

/// The cases of `checkInitializeParametersSeeded`, run but not yet reported.
func initializeParametersSeededCheck(_ initializeParameters: (Int, Int, Int) -> Parameters) -> ExerciseCheck {
    var check = ExerciseCheck("initializeParameters")
    let hint = "seed(1) first, then W1 = randn(nH, nX) * 0.01, b1 = zeros(nH, 1), W2 = randn(nY, nH) * 0.01, b2 = zeros(nY, 1)"
    seed(0)
    let p = initializeParameters(3, 2, 1)
    check.expectEntry(p, "W1", [[0.01624345, -0.00611756, -0.00528172], [-0.01072969, 0.00865408, -0.02301539]],
                      in: "initializeParameters(3, 2, 1)", tolerance: 1e-8, hint: hint)
    check.expectEntry(p, "b1", zeros(2, 1), in: "initializeParameters(3, 2, 1)", tolerance: 0, hint: hint)
    check.expectEntry(p, "W2", [[0.01744812, -0.00761207]], in: "initializeParameters(3, 2, 1)",
                      tolerance: 1e-8, hint: hint)
    check.expectEntry(p, "b2", zeros(1, 1), in: "initializeParameters(3, 2, 1)", tolerance: 0, hint: hint)

    seed(0)
    let q = initializeParameters(4, 3, 2)
    check.expectEntry(q, "W1", [[0.01624345, -0.00611756, -0.00528172, -0.01072969],
                                [0.00865408, -0.02301539, 0.01744812, -0.00761207],
                                [0.00319039, -0.0024937, 0.01462108, -0.02060141]],
                      in: "initializeParameters(4, 3, 2)", tolerance: 1e-8, hint: hint)
    check.expectEntry(q, "b1", zeros(3, 1), in: "initializeParameters(4, 3, 2)", tolerance: 0, hint: hint)
    check.expectEntry(q, "W2", [[-0.00322417, -0.00384054, 0.01133769], [-0.01099891, -0.00172428, -0.00877858]],
                      in: "initializeParameters(4, 3, 2)", tolerance: 1e-8, hint: hint)
    check.expectEntry(q, "b2", zeros(2, 1), in: "initializeParameters(4, 3, 2)", tolerance: 0, hint: hint)
    return check
}

/// Checks a learner's `initializeParametersDeep` in the course's one-argument form (it seeds the
/// generator with 3 itself) on the layer sizes [5, 4, 3] and [4, 3, 2]. The library's version takes
/// extra optional arguments; check it with `checkInitializeParametersDeep { initializeParametersDeep($0) }`.
public func checkInitializeParametersDeep(_ initializeParametersDeep: @escaping ([Int]) -> Parameters) {
    initializeParametersDeepCheck(initializeParametersDeep).finish()
}

/// The cases of `checkInitializeParametersDeep`, run but not yet reported.
func initializeParametersDeepCheck(_ initializeParametersDeep: ([Int]) -> Parameters) -> ExerciseCheck {
    var check = ExerciseCheck("initializeParametersDeep")
    let hint = "seed(3) first, then for l in 1..<layerDims.count: W{l} = randn(layerDims[l], layerDims[l-1]) * 0.01 "
        + "and b{l} = zeros(layerDims[l], 1)"
    seed(0)
    let p = initializeParametersDeep([5, 4, 3])
    let what = "initializeParametersDeep([5, 4, 3])"
    check.expectEqual(p.keys.sorted(), ["W1", "W2", "b1", "b2"], "the keys of \(what)", hint: hint)
    check.expectEntry(p, "W1", [[0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388],
                                [-0.00354759, -0.00082741, -0.00627001, -0.00043818, -0.00477218],
                                [-0.01313865, 0.00884622, 0.00881318, 0.01709573, 0.00050034],
                                [-0.00404677, -0.0054536, -0.01546477, 0.00982367, -0.01101068]],
                      in: what, tolerance: 1e-8, hint: hint)
    check.expectEntry(p, "b1", zeros(4, 1), in: what, tolerance: 0, hint: hint)
    check.expectEntry(p, "W2", [[-0.01185047, -0.0020565, 0.01486148, 0.00236716],
                                [-0.01023785, -0.00712993, 0.00625245, -0.00160513],
                                [-0.00768836, -0.00230031, 0.00745056, 0.01976111]],
                      in: what, tolerance: 1e-8, hint: hint)
    check.expectEntry(p, "b2", zeros(3, 1), in: what, tolerance: 0, hint: hint)

    seed(0)
    let q = initializeParametersDeep([4, 3, 2])
    let whatQ = "initializeParametersDeep([4, 3, 2])"
    check.expectEntry(q, "W1", [[0.01788628, 0.0043651, 0.00096497, -0.01863493],
                                [-0.00277388, -0.00354759, -0.00082741, -0.00627001],
                                [-0.00043818, -0.00477218, -0.01313865, 0.00884622]],
                      in: whatQ, tolerance: 1e-8, hint: hint)
    check.expectEntry(q, "b1", zeros(3, 1), in: whatQ, tolerance: 0, hint: hint)
    check.expectEntry(q, "W2", [[0.00881318, 0.01709573, 0.00050034], [-0.00404677, -0.0054536, -0.01546477]],
                      in: whatQ, tolerance: 1e-8, hint: hint)
    check.expectEntry(q, "b2", zeros(2, 1), in: whatQ, tolerance: 0, hint: hint)
    return check
}

/// Checks a learner's `linearForward` (`Z = W·A + b`, cache `(A, W, b)`) on the course's case drawn
/// after `seed(1)`: `A` (3, 2), `W` (1, 3), `b` (1, 1).
public func checkLinearForward(_ linearForward: @escaping (Tensor, Tensor, Tensor) -> (Z: Tensor, cache: LinearCache)) {
    linearForwardCheck(linearForward).finish()
}

/// The cases of `checkLinearForward`, run but not yet reported.
func linearForwardCheck(_ linearForward: (Tensor, Tensor, Tensor) -> (Z: Tensor, cache: LinearCache)) -> ExerciseCheck {
    var check = ExerciseCheck("linearForward")
    seed(1)
    let A = randn(3, 2), W = randn(1, 3), b = randn(1, 1)
    let (Z, cache) = linearForward(A, W, b)
    check.expectTensor(Z, [[3.26295337, -1.23429987]], "Z", hint: "Z = dot(W, A) + b (a matrix product, not *)")
    check.expectLinearCache(cache, A: A, W: W, b: b, "cache")
    return check
}

/// Checks a learner's `linearActivationForward` with both activations on the course's case drawn
/// after `seed(2)`: `APrev` (3, 2), `W` (1, 3), `b` (1, 1).
public func checkLinearActivationForward(
    _ linearActivationForward: @escaping (Tensor, Tensor, Tensor, Activation) -> (A: Tensor, cache: LayerCache)
) {
    linearActivationForwardCheck(linearActivationForward).finish()
}

/// The cases of `checkLinearActivationForward`, run but not yet reported.
func linearActivationForwardCheck(
    _ linearActivationForward: (Tensor, Tensor, Tensor, Activation) -> (A: Tensor, cache: LayerCache)
) -> ExerciseCheck {
    var check = ExerciseCheck("linearActivationForward")
    seed(2)
    let APrev = randn(3, 2), W = randn(1, 3), b = randn(1, 1)
    let Z: Tensor = [[3.43896131, -2.08938436]]
    let cases: [(Activation, Tensor)] = [(.sigmoid, [[0.96890023, 0.11013289]]), (.relu, [[3.43896131, 0.0]])]
    for (activation, expected) in cases {
        let (A, cache) = linearActivationForward(APrev, W, b, activation)
        check.expectTensor(A, expected, "A with \(activation)",
                           hint: "Z from linearForward, then A = \(activation)(Z)")
        check.expectLinearCache(cache.linear, A: APrev, W: W, b: b, "cache.linear with \(activation)")
        check.expectTensor(cache.activation.Z, Z, "cache.activation.Z with \(activation)",
                           hint: "the activation cache holds Z, the input of the activation")
    }
    return check
}

/// Checks a learner's `LModelForward` on the course's 3-layer case drawn after `seed(6)`: `X` (5, 4)
/// and layers of 4, 3 and 1 units. Compares `AL` and every layer's cache.
public func checkLModelForward(_ LModelForward: @escaping (Tensor, Parameters) -> (AL: Tensor, caches: [LayerCache])) {
    lModelForwardCheck(LModelForward).finish()
}

/// The cases of `checkLModelForward`, run but not yet reported.
func lModelForwardCheck(_ LModelForward: (Tensor, Parameters) -> (AL: Tensor, caches: [LayerCache])) -> ExerciseCheck {
    var check = ExerciseCheck("LModelForward")
    seed(6)
    let X = randn(5, 4)
    var parameters: Parameters = [:]
    for (l, (rows, cols)) in [(4, 5), (3, 4), (1, 3)].enumerated() {
        parameters["W\(l + 1)"] = randn(rows, cols)
        parameters["b\(l + 1)"] = randn(rows, 1)
    }
    let (AL, caches) = LModelForward(X, parameters)
    check.expectTensor(AL, [[0.03921668, 0.70498921, 0.19734387, 0.04728177]], "AL",
                       hint: "layers 1 … L−1 use \"relu\", the last layer uses \"sigmoid\"")
    let Z: [Tensor] = [
        [[-5.23825714, 3.18040136, 0.4074501, -1.88612721], [-2.77358234, -0.56177316, 3.18141623, -0.99209432],
         [4.18500916, -1.78006909, -0.14502619, 2.72141638], [5.05850802, -1.25674082, -3.54566654, 3.82321852]],
        [[2.2644603, 1.09971298, -2.90298027, 1.54036335], [6.33722569, -2.38116246, -4.11228806, 4.48582383],
         [10.37508342, -0.66591468, 1.63635185, 8.17870169]],
        [[-3.19864676, 0.87117055, -1.40297864, -3.00319435]],
    ]
    check.expectEqual(caches.count, 3, "the number of caches", hint: "append one cache per layer, L in all")
    guard caches.count == 3 else { return check }
    for l in 0..<3 {
        // What went into layer l + 1: X, then the ReLU of the previous layer's Z.
        let input = l == 0 ? X : relu(Z[l - 1])
        check.expectLinearCache(caches[l].linear, A: input, W: parameters["W\(l + 1)"]!, b: parameters["b\(l + 1)"]!,
                                "caches[\(l)].linear", tolerance: 1e-7)
        check.expectTensor(caches[l].activation.Z, Z[l], "caches[\(l)].activation.Z (Z\(l + 1))",
                           hint: "Z\(l + 1) = dot(W\(l + 1), A\(l)) + b\(l + 1)")
    }
    return check
}

// MARK: - Shared by the checks of notebook 4

extension ExerciseCheck {
    /// Compares the three parts of a `LinearCache` with what went into the layer.
    mutating func expectLinearCache(_ cache: LinearCache, A: Tensor, W: Tensor, b: Tensor, _ what: String,
                                    tolerance: Double = 0) {
        expectTensor(cache.A, A, "\(what).A", tolerance: tolerance, hint: "the cache keeps the layer's input A")
        expectTensor(cache.W, W, "\(what).W", tolerance: tolerance, hint: "the cache keeps the weights W")
        expectTensor(cache.b, b, "\(what).b", tolerance: tolerance, hint: "the cache keeps the bias b")
    }
}
