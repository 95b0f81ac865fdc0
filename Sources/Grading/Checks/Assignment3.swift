// Checks for notebook 3, "Planar data classification with one hidden layer" (the course's C1 W3A1).
// Inputs and expected values are the course's public tests (course-spec §4.3 and Appendix A); the
// seeded inputs come from the numpy-compatible generator, so they are the course's numbers exactly.

import NeuralNet

/// Checks a learner's `layerSizes` on the course's two cases: `X` (5, 3) with `Y` (2, 3) gives
/// (5, 4, 2), then `X` (7, 5) with `Y` (5, 5) gives (7, 4, 5).
public func checkLayerSizes(_ layerSizes: @escaping (Tensor, Tensor) -> (nX: Int, nH: Int, nY: Int)) {
    layerSizesCheck(layerSizes).finish()
}

/// The cases of `checkLayerSizes`, run but not yet reported.
func layerSizesCheck(_ layerSizes: (Tensor, Tensor) -> (nX: Int, nH: Int, nY: Int)) -> ExerciseCheck {
    var check = ExerciseCheck("layerSizes")
    seed(1)
    // (rows of X, rows of Y, examples, expected sizes); the second case continues the random stream.
    for (xRows, yRows, m, expected) in [(5, 2, 3, [5, 4, 2]), (7, 5, 5, [7, 4, 5])] {
        let X = randn(xRows, m), Y = randn(yRows, m)
        let sizes = layerSizes(X, Y)
        check.expectEqual([sizes.nX, sizes.nH, sizes.nY], expected,
                          "(nX, nH, nY) for X of shape (\(xRows), \(m)) and Y of shape (\(yRows), \(m))",
                          hint: "nX = X.shape[0], nH = 4, nY = Y.shape[0]")
    }
    return check
}

/// Checks a learner's `initializeParameters` of notebook 3, which does **not** seed the generator
/// itself (the caller does): after `seed(2)`, sizes (3, 5, 2) and then, after `seed(2)` again,
/// (2, 4, 1). Notebook 4's version, which seeds itself with 1, is checked by
/// `checkInitializeParametersSeeded`.
public func checkInitializeParameters(_ initializeParameters: @escaping (Int, Int, Int) -> Parameters) {
    initializeParametersCheck(initializeParameters).finish()
}

/// The cases of `checkInitializeParameters`, run but not yet reported.
func initializeParametersCheck(_ initializeParameters: (Int, Int, Int) -> Parameters) -> ExerciseCheck {
    var check = ExerciseCheck("initializeParameters")
    let weightHint = "W = randn(rows, columns) * 0.01, drawing W1 before W2; do not call seed() inside"
    seed(2)
    let p = initializeParameters(3, 5, 2)
    let W1: Tensor = [[-0.00416758, -0.00056267, -0.02136196], [0.01640271, -0.01793436, -0.00841747],
                      [0.00502881, -0.01245288, -0.01057952], [-0.00909008, 0.00551454, 0.02292208],
                      [0.00041539, -0.01117925, 0.00539058]]
    let W2: Tensor = [[-5.96159700e-03, -1.91304965e-04, 1.17500122e-02, -7.47870949e-03, 9.02525097e-05],
                      [-8.78107893e-03, -1.56434170e-03, 2.56570452e-03, -9.88779049e-03, -3.38821966e-03]]
    check.expectEntry(p, "W1", W1, in: "initializeParameters(3, 5, 2)", tolerance: 1e-8, hint: weightHint)
    check.expectEntry(p, "b1", zeros(5, 1), in: "initializeParameters(3, 5, 2)", tolerance: 0,
                      hint: "b1 = zeros(nH, 1)")
    check.expectEntry(p, "W2", W2, in: "initializeParameters(3, 5, 2)", tolerance: 1e-10, hint: weightHint)
    check.expectEntry(p, "b2", zeros(2, 1), in: "initializeParameters(3, 5, 2)", tolerance: 0,
                      hint: "b2 = zeros(nY, 1)")

    seed(2)
    let q = initializeParameters(2, 4, 1)
    let smallW1: Tensor = [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271],
                           [-0.01793436, -0.00841747], [0.00502881, -0.01245288]]
    let smallW2: Tensor = [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]
    check.expectEntry(q, "W1", smallW1, in: "initializeParameters(2, 4, 1)", tolerance: 1e-8, hint: weightHint)
    check.expectEntry(q, "W2", smallW2, in: "initializeParameters(2, 4, 1)", tolerance: 1e-8, hint: weightHint)
    return check
}

/// Checks a learner's `forwardPropagation` (LINEAR → TANH → LINEAR → SIGMOID) on the course's
/// case: `X` (2, 3) and `b1` drawn after `seed(1)`, fixed `W1`, `W2` and `b2 = [[-1.3]]`.
public func checkForwardPropagation(_ forwardPropagation: @escaping (Tensor, Parameters) -> (A2: Tensor, cache: [String: Tensor])) {
    forwardPropagationCheck(forwardPropagation).finish()
}

/// The cases of `checkForwardPropagation`, run but not yet reported.
func forwardPropagationCheck(_ forwardPropagation: (Tensor, Parameters) -> (A2: Tensor, cache: [String: Tensor])) -> ExerciseCheck {
    var check = ExerciseCheck("forwardPropagation")
    seed(1)
    let X = randn(2, 3), b1 = randn(4, 1)
    let parameters: Parameters = [
        "W1": [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747],
               [0.00502881, -0.01245288]],
        "b1": b1,
        "W2": [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]],
        "b2": [[-1.3]],
    ]
    let (A2, cache) = forwardPropagation(X, parameters)
    check.expectTensor(A2, [[0.21292656, 0.21274673, 0.21295976]], "A2",
                       hint: "A2 = sigmoid(Z2), shape (1, m)")
    check.expectEntry(cache, "Z1", [[1.7386459, 1.74687437, 1.74830797], [-0.81350569, -0.73394355, -0.78767559],
                                    [0.29893918, 0.32272601, 0.34788465], [-0.2278403, -0.2632236, -0.22336567]],
                      in: "cache", hint: "Z1 = dot(W1, X) + b1 (a matrix product, not *)")
    check.expectEntry(cache, "A1", [[0.9400694, 0.94101876, 0.94118266], [-0.67151964, -0.62547205, -0.65709025],
                                    [0.29034152, 0.31196971, 0.33449821], [-0.22397799, -0.25730819, -0.2197236]],
                      in: "cache", hint: "A1 = tanh(Z1)")
    check.expectEntry(cache, "Z2", [[-1.30737426, -1.30844761, -1.30717618]], in: "cache",
                      hint: "Z2 = dot(W2, A1) + b2")
    check.expectEntry(cache, "A2", A2, in: "cache", tolerance: 0, hint: "the cache holds the A2 you return")
    return check
}

/// Checks a learner's `computeCost` of notebook 3 (cross-entropy of `A2` against `Y`) on the course's
/// two cases: five labels drawn after `seed(1)` with a (1, 5) `A2`, and a 1-D `A` of five values
/// against (1, 5) labels. Notebook 4's `computeCost` is checked by `checkComputeCostDeep`.
public func checkComputeCost(_ computeCost: @escaping (Tensor, Tensor) -> Double) {
    computeCostCheck(computeCost).finish()
}

/// The cases of `checkComputeCost`, run but not yet reported.
func computeCostCheck(_ computeCost: (Tensor, Tensor) -> Double) -> ExerciseCheck {
    var check = ExerciseCheck("computeCost")
    let hint = "J = −(1/m) Σ (Y·log(A2) + (1 − Y)·log(1 − A2)) with m = Y.shape[1]"
    seed(1)
    let Y = randn(1, 5) .> 0
    let A2: Tensor = [[0.5002307, 0.49985831, 0.50023963, 0.25, 0.7]]
    check.expectNumber(computeCost(A2, Y), 0.5447066599017815, "cost for A2 = \(A2), Y = \(Y)", hint: hint)
    let A: Tensor = [0.7, 0.3, 0.8, 0.9, 0.9]
    let labels: Tensor = [[1, 0, 1, 1, 1]]
    check.expectNumber(computeCost(A, labels), 0.22944289410146546,
                       "cost for a 1-D A = \(A) and Y = \(labels)", hint: hint)
    return check
}

/// Checks a learner's `backwardPropagation` (the six backprop equations of the 2-layer network) on
/// the course's public case (`seed(1)`, 3 features, 9 hidden units, 7 examples) and on the
/// notebook's small case (2 features, 4 hidden units, 3 examples).
public func checkBackwardPropagation(_ backwardPropagation: @escaping (Parameters, [String: Tensor], Tensor, Tensor) -> Gradients) {
    backwardPropagationCheck(backwardPropagation).finish()
}

/// The cases of `checkBackwardPropagation`, run but not yet reported.
func backwardPropagationCheck(_ backwardPropagation: (Parameters, [String: Tensor], Tensor, Tensor) -> Gradients) -> ExerciseCheck {
    var check = ExerciseCheck("backwardPropagation")
    seed(1)
    let X = randn(3, 7)
    let Y = randn(1, 7) .> 0
    let parameters: Parameters = ["W1": randn(9, 3), "W2": randn(1, 9), "b1": zeros(9, 1), "b2": [[0.0]]]
    let cache: [String: Tensor] = ["A1": randn(9, 7), "A2": randn(1, 7), "Z1": randn(9, 7), "Z2": randn(1, 7)]
    let grads = backwardPropagation(parameters, cache, X, Y)
    let what = "grads (9 hidden units, 7 examples)"
    check.expectEntry(grads, "dW1", [[-0.24468458, -0.24371232, 0.15959609], [0.7370069, -0.64785999, 0.23669823],
                                     [0.47936123, -0.01516428, 0.01566728], [0.03361075, -0.0930929, 0.05581073],
                                     [0.52445178, -0.03895358, 0.09180612], [-0.17043596, 0.13406378, -0.20952062],
                                     [0.76144791, -0.41766018, 0.02544078], [0.22164791, -0.33081645, 0.19526915],
                                     [0.25619969, -0.09561825, 0.05679075]],
                      in: what, hint: "dZ1 = dot(W2.T, dZ2) * (1 − A1²); dW1 = (1/m)·dot(dZ1, X.T)")
    check.expectEntry(grads, "db1", [[0.1463639], [-0.33647992], [-0.51738006], [-0.07780329], [-0.57889514],
                                     [0.28357278], [-0.39756864], [-0.10510329], [-0.13443244]],
                      in: what, hint: "db1 = (1/m)·sum(dZ1, axis: 1, keepdims: true)")
    check.expectEntry(grads, "dW2", [[-0.35768529, 0.22046323, -0.29551566, -0.12202786, 0.18809552, 0.13700323,
                                      0.35892872, -0.02220353, -0.03976687]],
                      in: what, hint: "dZ2 = A2 − Y; dW2 = (1/m)·dot(dZ2, A1.T)")
    check.expectEntry(grads, "db2", [[-0.78032466]], in: what,
                      hint: "db2 = (1/m)·sum(dZ2, axis: 1, keepdims: true)")

    seed(1)
    let smallX = randn(2, 3)
    let smallY = randn(1, 3) .> 0
    let smallParameters: Parameters = [
        "W1": [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747],
               [0.00502881, -0.01245288]],
        "b1": zeros(4, 1), "W2": [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]], "b2": zeros(1, 1),
    ]
    let smallCache: [String: Tensor] = [
        "A1": [[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
               [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]],
        "A2": [[0.5002307, 0.49985831, 0.50023963]],
        "Z1": [[-0.00616586, 0.0020626, 0.0034962], [-0.05229879, 0.02726335, -0.02646869],
               [-0.02009991, 0.00368692, 0.02884556], [0.02153007, -0.01385322, 0.02600471]],
        "Z2": [[0.00092281, -0.00056678, 0.00095853]],
    ]
    let small = backwardPropagation(smallParameters, smallCache, smallX, smallY)
    let smallWhat = "grads (4 hidden units, 3 examples)"
    check.expectEntry(small, "dW1", [[0.00301023, -0.00747267], [0.00257968, -0.00641288], [-0.00156892, 0.003893],
                                     [-0.00652037, 0.01618243]], in: smallWhat)
    check.expectEntry(small, "db1", [[0.00176201], [0.00150995], [-0.00091736], [-0.00381422]], in: smallWhat)
    check.expectEntry(small, "dW2", [[0.00078841, 0.01765429, -0.00084166, -0.01022527]], in: smallWhat)
    check.expectEntry(small, "db2", [[-0.16655712]], in: smallWhat)
    return check
}

/// The parameters of the course's `update_parameters_test` (also the input of its `predict_test`).
let planarUpdateInput: Parameters = [
    "W1": [[-0.00615039, 0.0169021], [-0.02311792, 0.03137121], [-0.0169217, -0.01752545], [0.00935436, -0.05018221]],
    "W2": [[-0.0104319, -0.04019007, 0.01607211, 0.04440255]],
    "b1": [[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.54560700e-06]],
    "b2": [[9.14954378e-05]],
]

/// Checks a learner's `updateParameters` of notebook 3 with the learning rate 1.2 on the course's
/// case. Notebook 4's `updateParameters` is checked by `checkUpdateParametersDeep`.
public func checkUpdateParameters(_ updateParameters: @escaping (Parameters, Gradients, Double) -> Parameters) {
    updateParametersCheck(updateParameters).finish()
}

/// The cases of `checkUpdateParameters`, run but not yet reported.
func updateParametersCheck(_ updateParameters: (Parameters, Gradients, Double) -> Parameters) -> ExerciseCheck {
    var check = ExerciseCheck("updateParameters")
    let grads: Gradients = [
        "dW1": [[0.00023322, -0.00205423], [0.00082222, -0.00700776], [-0.00031831, 0.0028636], [-0.00092857, 0.00809933]],
        "dW2": [[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]],
        "db1": [[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]],
        "db2": [[-1.08923140e-05]],
    ]
    let p = updateParameters(planarUpdateInput, grads, 1.2)
    let hint = "θ = θ − learningRate · dθ, for W1, b1, W2 and b2"
    let what = "updateParameters(…, learningRate: 1.2)"
    check.expectEntry(p, "W1", [[-0.00643025, 0.01936718], [-0.02410458, 0.03978052], [-0.01653973, -0.02096177],
                                [0.01046864, -0.05990141]], in: what, tolerance: 1e-8, hint: hint)
    check.expectEntry(p, "b1", [[-1.02420756e-06], [1.27373948e-05], [8.32996807e-07], [-3.20136836e-06]],
                      in: what, tolerance: 1e-13, hint: hint)
    check.expectEntry(p, "W2", [[-0.01041081, -0.04463285, 0.01758031, 0.04747113]], in: what, tolerance: 1e-8, hint: hint)
    check.expectEntry(p, "b2", [[0.00010457]], in: what, tolerance: 1e-8, hint: hint)
    return check
}

/// Checks a learner's `nnModel` on the course's case: 4 examples with 2 features drawn after
/// `seed(1)`, 4 hidden units, 10000 iterations. The model must seed the generator with 3 itself.
public func checkNnModel(_ nnModel: @escaping (Tensor, Tensor, Int, Int, Bool) -> Parameters) {
    nnModelCheck(nnModel).finish()
}

/// The cases of `checkNnModel`, run but not yet reported.
func nnModelCheck(_ nnModel: (Tensor, Tensor, Int, Int, Bool) -> Parameters) -> ExerciseCheck {
    var check = ExerciseCheck("nnModel")
    seed(1)
    let X = randn(2, 4)
    let Y = randn(1, 4) .> 0
    let p = nnModel(X, Y, 4, 10000, false)
    let hint = "call seed(3) first, then layerSizes, initializeParameters(nX, nH, nY) and, in the loop, "
        + "forwardPropagation → computeCost → backwardPropagation → updateParameters with learning rate 1.2"
    let what = "nnModel(X, Y, nH: 4, numIterations: 10000)"
    check.expectEntry(p, "W1", [[0.71392202, 1.31281102], [-0.76411243, -1.41967065], [-0.75040545, -1.38857337],
                                [0.56495575, 1.04857776]], in: what, hint: hint)
    check.expectEntry(p, "b1", [[-0.0073536], [0.01534663], [0.01262938], [0.00218135]], in: what, hint: hint)
    check.expectEntry(p, "W2", [[2.82545815, -3.3063945, -3.16116615, 1.8549574]], in: what, hint: hint)
    check.expectEntry(p, "b2", [[0.00393452]], in: what, hint: hint)
    return check
}

/// Checks a learner's `predict` of notebook 3 (1 where `A2 > 0.5`, else 0) on the course's case:
/// `X` (2, 3) drawn after `seed(1)` with the parameters of the `updateParameters` case.
public func checkPredict(_ predict: @escaping (Parameters, Tensor) -> Tensor) {
    predictCheck(predict).finish()
}

/// The cases of `checkPredict`, run but not yet reported.
func predictCheck(_ predict: (Parameters, Tensor) -> Tensor) -> ExerciseCheck {
    var check = ExerciseCheck("predict")
    seed(1)
    let X = randn(2, 3)
    check.expectTensor(predict(planarUpdateInput, X), [[1, 0, 1]], "predictions", tolerance: 0,
                       hint: "run forwardPropagation, then 1 where A2 > 0.5 and 0 elsewhere (A2 .> 0.5)")
    return check
}

// MARK: - Shared by the checks of notebooks 3 and 4

extension ExerciseCheck {
    /// Compares `dictionary[key]` with `expected`; a missing key is a failed case rather than a crash.
    mutating func expectEntry(_ dictionary: [String: Tensor], _ key: String, _ expected: Tensor, in what: String,
                              tolerance: Double = 1e-7, hint: String? = nil) {
        guard let actual = dictionary[key] else {
            expect(false, "\(what)[\"\(key)\"]", expected: "a tensor of shape \(shapeText(expected.shape))",
                   actual: "no key \"\(key)\" (keys: \(dictionary.keys.sorted()))", hint: hint)
            return
        }
        expectTensor(actual, expected, "\(what)[\"\(key)\"]", tolerance: tolerance, hint: hint)
    }
}
