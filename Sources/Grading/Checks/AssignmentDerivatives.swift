// Checks for notebook 1b, "Derivatives and computation graphs" (the course's week 2 lectures on
// derivatives, the computation graph and vectorisation): logistic regression's gradient for one example,
// with for-loops over m examples, and vectorised. The many-example cases are notebook 2's `propagate`
// cases (course-spec §3.2), whose values the three versions must all reproduce.

import NeuralNet

/// The cases of the many-example checks: notebook 2's test case (three features, four examples) and its
/// printed example (two features, three examples), with their gradients and costs.
private let manyExampleCases: [(w: Tensor, b: Double, X: Tensor, Y: Tensor, dw: Tensor, db: Double, cost: Double)] = [
    ([[1], [2], [-1]], 2.5, [[1, 2, -1, 0], [3, 4, -3.2, 1], [3, 4, -3.2, -3.5]], [[1, 1, 0, 0]],
     [[-0.03909332532409552], [0.12501463672994773], [-0.9996080943732777]], 0.288106326429569, 2.0424567983978403),
    ([[1], [2]], 1.5, [[1, -2, -1], [3, 0.5, -3.2]], [[1, 1, 0]],
     [[0.2507153166184082], [-0.06604096325829123]], -0.12500404500439652, 0.15900537707692405),
]

/// Checks a learner's `oneExampleGradients` on three single examples (labels 1 and 0, two and three
/// features): `dw = x · dz` and `db = dz` with `dz = σ(wᵀx + b) − y`.
public func checkOneExampleGradients(_ oneExampleGradients: @escaping (Tensor, Double, Tensor, Double) -> (dw: Tensor, db: Double)) {
    var check = ExerciseCheck("oneExampleGradients")
    let cases: [(x: Tensor, y: Double, w: Tensor, b: Double, dw: Tensor, db: Double)] = [
        ([[1.5], [0.5]], 1, [[0.2], [-0.4]], 0.1,
         [[-0.6752490040312831], [-0.22508300134376102]], -0.45016600268752205),
        ([[2], [1], [-0.5]], 0, [[0.5], [-1], [2]], -0.5,
         [[0.3648510476127127], [0.18242552380635635], [-0.09121276190317817]], 0.18242552380635635),
        ([[1], [3]], 1, [[1], [2]], 1.5,
         [[-0.00020342697805519894], [-0.0006102809341655968]], -0.00020342697805519894),
    ]
    for (number, c) in cases.enumerated() {
        let (dw, db) = oneExampleGradients(c.x, c.y, c.w, c.b)
        let name = "example \(number + 1) (label \(Int(c.y)))"
        check.expectNumber(db, c.db, "db, \(name)",
                           hint: "db = dz = a - y, with a = sigmoid(z) and z = w·x + b (did you add b? use y, not 1 - y)")
        check.expectTensor(dw, c.dw, "dw, \(name)", hint: "dw = x * dz, a column like x and w")
    }
    check.finish()
}

/// Checks a learner's `gradientsWithLoops` on notebook 2's two `propagate` cases: the cost, `dw` and `db`
/// averaged over the m examples.
public func checkGradientsWithLoops(_ gradientsWithLoops: @escaping (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)) {
    checkManyExampleGradients("gradientsWithLoops", gradientsWithLoops,
                              dwHint: "add X[j, i] * dz to dw[j] for every feature j of every example i, then divide by m")
}

/// Checks a learner's `vectorizedGradients` on notebook 2's two `propagate` cases: the cost, `dw` and `db`.
public func checkVectorizedGradients(_ vectorizedGradients: @escaping (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)) {
    checkManyExampleGradients("vectorizedGradients", vectorizedGradients,
                              dwHint: "dw = dot(X, dZ.T) / m with dZ = A - Y: (n, m) times (m, 1) gives (n, 1), like w")
}

/// The shared cases of the two many-example exercises.
private func checkManyExampleGradients(_ exercise: String,
                                       _ gradients: (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double),
                                       dwHint: String) {
    var check = ExerciseCheck(exercise)
    for (number, c) in manyExampleCases.enumerated() {
        let (grads, cost) = gradients(c.w, c.b, c.X, c.Y)
        let name = "case \(number + 1) (X of shape \(shapeText(c.X.shape)))"
        check.expectNumber(cost, c.cost, "cost, \(name)",
                           hint: "cost = -(1/m) · Σ [y log(a) + (1 - y) log(1 - a)], the average loss over the m examples")
        check.expectTensor(grads.dw, c.dw, "grads.dw, \(name)", hint: dwHint)
        check.expectNumber(grads.db, c.db, "grads.db, \(name)", hint: "db = Σ dz / m, the average of a - y over the examples")
    }
    check.finish()
}
